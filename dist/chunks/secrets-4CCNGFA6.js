import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readSecretValues
} from "./chunk-Y3CG5IWS.js";
import "./chunk-3SGOBNOT.js";
import "./chunk-ZESWLQGD.js";
import "./chunk-SLY4HKVV.js";
import "./chunk-HANBNIMK.js";
export {
  readSecretValues
};
