import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readEachWhileLoading,
  readWhileLoading,
  takeOverReads
} from "./chunk-FVYGPHOQ.js";
import "./chunk-IP6AB7RW.js";
import "./chunk-HANBNIMK.js";
export {
  readEachWhileLoading,
  readWhileLoading,
  takeOverReads
};
