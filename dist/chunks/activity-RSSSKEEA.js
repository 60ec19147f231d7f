import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_LOOKUPS,
  readFieldActivity,
  readRevertActivity
} from "./chunk-PXEAURZI.js";
import "./chunk-S3WGARH7.js";
import "./chunk-INZ72BRQ.js";
import "./chunk-PJKAMVHJ.js";
import "./chunk-AFHX7YSE.js";
import "./chunk-2AROFJEV.js";
import "./chunk-SLY4HKVV.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LOOKUPS,
  readFieldActivity,
  readRevertActivity
};
