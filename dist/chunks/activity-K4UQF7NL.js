import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_LOOKUPS,
  readFieldActivity,
  readRevertActivity
} from "./chunk-DS5CLUMW.js";
import "./chunk-TKKK6FGJ.js";
import "./chunk-WHOGCZ7W.js";
import "./chunk-ZESWLQGD.js";
import "./chunk-SLY4HKVV.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LOOKUPS,
  readFieldActivity,
  readRevertActivity
};
