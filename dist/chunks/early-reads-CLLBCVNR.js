import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readEachWhileLoading,
  readWhileLoading,
  takeOverReads
} from "./chunk-MIYLAAEP.js";
import "./chunk-IP6AB7RW.js";
import "./chunk-BPLZY4SY.js";
import "./chunk-DBF3MK5Z.js";
import "./chunk-IQCS6QOL.js";
import "./chunk-GSTMBUKU.js";
import "./chunk-HANBNIMK.js";
export {
  readEachWhileLoading,
  readWhileLoading,
  takeOverReads
};
