import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadProject
} from "./chunk-BPLZY4SY.js";
import "./chunk-DBF3MK5Z.js";
import "./chunk-IQCS6QOL.js";
import "./chunk-GSTMBUKU.js";
import "./chunk-HANBNIMK.js";
export {
  loadProject
};
