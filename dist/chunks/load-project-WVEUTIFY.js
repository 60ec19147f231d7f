import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadProject,
  loadProjectAnnouncingConfig
} from "./chunk-SJ4VGYXD.js";
import "./chunk-4JOGTZXF.js";
import "./chunk-2AROFJEV.js";
import "./chunk-SLY4HKVV.js";
import "./chunk-HANBNIMK.js";
export {
  loadProject,
  loadProjectAnnouncingConfig
};
