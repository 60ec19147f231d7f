import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readSecretValues
} from "./chunk-E7XSA44L.js";
import "./chunk-VST4TW6V.js";
import "./chunk-ONGOTDVW.js";
import "./chunk-HANBNIMK.js";
export {
  readSecretValues
};
