import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ConfigError,
  completeConnection,
  connect,
  locateConnection,
  planProject,
  readKeyVariable,
  resolveConnection,
  startReading,
  validateProject
} from "./chunk-G3A74DNA.js";
import "./chunk-27XKUHW6.js";
import "./chunk-5G5YLZFO.js";
import "./chunk-TVGFBXTR.js";
import "./chunk-IP6AB7RW.js";
import {
  loadProject
} from "./chunk-BPLZY4SY.js";
import "./chunk-DBF3MK5Z.js";
import "./chunk-IQCS6QOL.js";
import "./chunk-GSTMBUKU.js";
import "./chunk-HANBNIMK.js";
export {
  ConfigError,
  completeConnection,
  connect,
  loadProject,
  locateConnection,
  planProject,
  readKeyVariable,
  resolveConnection,
  startReading,
  validateProject
};
