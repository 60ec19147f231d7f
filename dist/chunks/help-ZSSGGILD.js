import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  HELP
} from "./chunk-HVWFFMBW.js";
import "./chunk-HANBNIMK.js";
export {
  HELP
};
