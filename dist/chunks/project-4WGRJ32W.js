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
  startReading,
  validateProject
} from "./chunk-EZFEKY22.js";
import "./chunk-QWMD3NVY.js";
import "./chunk-BPKE5F53.js";
import "./chunk-FWHMFG4G.js";
import "./chunk-4NC3SSOY.js";
import "./chunk-VST4TW6V.js";
import "./chunk-ONGOTDVW.js";
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
