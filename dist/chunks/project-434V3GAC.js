import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ConfigError,
  completeConnection,
  connect,
  loadProject,
  locateConnection,
  planProject,
  readKeyVariable,
  resolveConnection,
  validateProject
} from "./chunk-QBTAA57P.js";
import "./chunk-ULQEDGDC.js";
import "./chunk-C7624HI3.js";
import "./chunk-KMXZYHJI.js";
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
  validateProject
};
