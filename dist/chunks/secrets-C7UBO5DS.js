import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readSecretValues
} from "./chunk-7P5TECEZ.js";
import "./chunk-DBF3MK5Z.js";
import "./chunk-GSTMBUKU.js";
import "./chunk-HANBNIMK.js";
export {
  readSecretValues
};
