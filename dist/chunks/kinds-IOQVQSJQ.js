import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  KINDS,
  findKind,
  getKind,
  orderKinds,
  rankKind
} from "./chunk-WHOGCZ7W.js";
import "./chunk-ZESWLQGD.js";
import "./chunk-SLY4HKVV.js";
import "./chunk-HANBNIMK.js";
export {
  KINDS,
  findKind,
  getKind,
  orderKinds,
  rankKind
};
