import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baseResources,
  loadBaseCommit,
  loadBaseDirectory,
  loadBaseRef
} from "./chunk-PMLUTRIM.js";
import "./chunk-EZFEKY22.js";
import "./chunk-QWMD3NVY.js";
import "./chunk-BPKE5F53.js";
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
