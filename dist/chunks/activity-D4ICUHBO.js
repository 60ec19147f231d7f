import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_LOOKUPS,
  readFieldActivity,
  readRevertActivity
} from "./chunk-TWTLZAJ7.js";
import "./chunk-FWHMFG4G.js";
import "./chunk-4NC3SSOY.js";
import "./chunk-ONGOTDVW.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LOOKUPS,
  readFieldActivity,
  readRevertActivity
};
