import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseResources,
  loadBaseCommit,
  loadBaseDirectory,
  loadBaseRef
} from "./chunk-N3XY4ECX.js";
import "./chunk-4YC3VE4B.js";
import "./chunk-S3WGARH7.js";
import "./chunk-INZ72BRQ.js";
import "./chunk-PSDH3DXW.js";
import "./chunk-WPARJWHG.js";
import "./chunk-PJKAMVHJ.js";
import "./chunk-AFHX7YSE.js";
import "./chunk-LJ6XT3WX.js";
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
