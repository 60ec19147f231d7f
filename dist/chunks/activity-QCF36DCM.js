import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_LOOKUPS,
  readFieldActivity,
  readRevertActivity
} from "./chunk-Y5BS7LUF.js";
import "./chunk-S3WGARH7.js";
import "./chunk-IJIRTJKZ.js";
import "./chunk-LJQFIKR4.js";
import "./chunk-RHLKEUBH.js";
import "./chunk-2AROFJEV.js";
import "./chunk-SLY4HKVV.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LOOKUPS,
  readFieldActivity,
  readRevertActivity
};
