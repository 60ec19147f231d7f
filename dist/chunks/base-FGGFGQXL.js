import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseResources,
  loadBaseCommit,
  loadBaseDirectory,
  loadBaseRef
} from "./chunk-JGYP4VDC.js";
import "./chunk-LANFWXS2.js";
import "./chunk-S3WGARH7.js";
import "./chunk-IJIRTJKZ.js";
import "./chunk-VTQAI6QU.js";
import "./chunk-WPARJWHG.js";
import "./chunk-LJQFIKR4.js";
import "./chunk-RHLKEUBH.js";
import "./chunk-SJ4VGYXD.js";
import "./chunk-4JOGTZXF.js";
import "./chunk-2AROFJEV.js";
import "./chunk-SLY4HKVV.js";
import "./chunk-IP6AB7RW.js";
import "./chunk-HANBNIMK.js";
export {
  baseResources,
  loadBaseCommit,
  loadBaseDirectory,
  loadBaseRef
};
