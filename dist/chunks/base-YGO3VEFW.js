import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseResources,
  loadBaseCommit,
  loadBaseDirectory,
  loadBaseRef
} from "./chunk-VTFRA36H.js";
import "./chunk-S5OGMFBN.js";
import "./chunk-TKKK6FGJ.js";
import "./chunk-MS7WECDJ.js";
import "./chunk-3FPJMZYD.js";
import "./chunk-FZBIM76Z.js";
import "./chunk-WHOGCZ7W.js";
import "./chunk-A7CYTLTY.js";
import "./chunk-3SGOBNOT.js";
import "./chunk-ZESWLQGD.js";
import "./chunk-SLY4HKVV.js";
import "./chunk-IP6AB7RW.js";
import "./chunk-HANBNIMK.js";
export {
  baseResources,
  loadBaseCommit,
  loadBaseDirectory,
  loadBaseRef
};
