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
} from "./chunk-CWH57H4G.js";
import "./chunk-KGAQQZPC.js";
import "./chunk-KWNQI5HN.js";
import "./chunk-KGGJMVDQ.js";
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
