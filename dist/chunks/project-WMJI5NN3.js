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
} from "./chunk-YZIK3V2O.js";
import "./chunk-IPNOMO2O.js";
import "./chunk-RWCLT7NA.js";
import "./chunk-KGVS5YZE.js";
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
