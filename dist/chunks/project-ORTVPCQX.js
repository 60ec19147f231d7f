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
} from "./chunk-4YC3VE4B.js";
import "./chunk-S3WGARH7.js";
import "./chunk-INZ72BRQ.js";
import "./chunk-PSDH3DXW.js";
import "./chunk-WPARJWHG.js";
import "./chunk-PJKAMVHJ.js";
import "./chunk-AFHX7YSE.js";
import {
  loadProject
} from "./chunk-LJ6XT3WX.js";
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
