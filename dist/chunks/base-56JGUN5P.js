import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseResources,
  loadBaseCommit,
  loadBaseDirectory,
  loadBaseRef
} from "./chunk-A2TYVP7T.js";
import "./chunk-3S4QZO2J.js";
import "./chunk-S3WGARH7.js";
import "./chunk-KCFURPMC.js";
import "./chunk-JJVF4JZH.js";
import "./chunk-WPARJWHG.js";
import "./chunk-FPPRJU6S.js";
import "./chunk-I2GNXSVN.js";
import "./chunk-R73P4OLJ.js";
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
