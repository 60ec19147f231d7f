import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_LOOKUPS,
  readFieldActivity,
  readRevertActivity
} from "./chunk-IXAAEEBJ.js";
import "./chunk-S3WGARH7.js";
import "./chunk-KCFURPMC.js";
import "./chunk-FPPRJU6S.js";
import "./chunk-I2GNXSVN.js";
import "./chunk-2AROFJEV.js";
import "./chunk-SLY4HKVV.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LOOKUPS,
  readFieldActivity,
  readRevertActivity
};
