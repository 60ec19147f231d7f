import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseResources,
  loadBaseCommit,
  loadBaseDirectory,
  loadBaseRef
} from "./chunk-ZOWUZLRM.js";
import "./chunk-4QLFSHF6.js";
import "./chunk-34XYJN4M.js";
import "./chunk-J543PYFM.js";
import "./chunk-FWHMFG4G.js";
import "./chunk-4NC3SSOY.js";
import "./chunk-VST4TW6V.js";
import "./chunk-ONGOTDVW.js";
import "./chunk-HANBNIMK.js";
export {
  baseResources,
  loadBaseCommit,
  loadBaseDirectory,
  loadBaseRef
};
