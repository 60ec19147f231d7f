import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readSecretValues
} from "./chunk-U4ZETHWJ.js";
import "./chunk-4JOGTZXF.js";
import "./chunk-2AROFJEV.js";
import "./chunk-SLY4HKVV.js";
import "./chunk-HANBNIMK.js";
export {
  readSecretValues
};
