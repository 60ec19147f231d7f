import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadProject,
  loadProjectAnnouncingConfig
} from "./chunk-A7CYTLTY.js";
import "./chunk-3SGOBNOT.js";
import "./chunk-ZESWLQGD.js";
import "./chunk-SLY4HKVV.js";
import "./chunk-HANBNIMK.js";
export {
  loadProject,
  loadProjectAnnouncingConfig
};
