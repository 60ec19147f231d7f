import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  KINDS,
  findKind,
  getKind,
  orderKinds,
  rankKind
} from "./chunk-RHLKEUBH.js";
import "./chunk-2AROFJEV.js";
import "./chunk-SLY4HKVV.js";
import "./chunk-HANBNIMK.js";
export {
  KINDS,
  findKind,
  getKind,
  orderKinds,
  rankKind
};
