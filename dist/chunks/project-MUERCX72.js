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
} from "./chunk-3S4QZO2J.js";
import "./chunk-S3WGARH7.js";
import "./chunk-KCFURPMC.js";
import "./chunk-JJVF4JZH.js";
import "./chunk-WPARJWHG.js";
import "./chunk-FPPRJU6S.js";
import "./chunk-I2GNXSVN.js";
import {
  loadProject
} from "./chunk-R73P4OLJ.js";
import "./chunk-4JOGTZXF.js";
import "./chunk-2AROFJEV.js";
import "./chunk-SLY4HKVV.js";
import "./chunk-IP6AB7RW.js";
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
