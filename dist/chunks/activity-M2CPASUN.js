import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_LOOKUPS,
  readFieldActivity,
  readRevertActivity
} from "./chunk-SI3IGJ7M.js";
import "./chunk-27XKUHW6.js";
import "./chunk-IQCS6QOL.js";
import "./chunk-GSTMBUKU.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LOOKUPS,
  readFieldActivity,
  readRevertActivity
};
