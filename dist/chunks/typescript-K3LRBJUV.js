import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getKind,
  readSpecCall
} from "./chunk-RHLKEUBH.js";
import {
  formatAddress,
  isJsonObject,
  readRef
} from "./chunk-2AROFJEV.js";
import "./chunk-SLY4HKVV.js";
import {
  __export
} from "./chunk-HANBNIMK.js";

// node_modules/prettier/standalone.mjs
var Mu = Object.defineProperty;
var xt = (t, e) => {
  for (var r in e) Mu(t, r, { get: e[r], enumerable: true });
};
var Iu = {};
xt(Iu, { __debug: () => Ji, check: () => Ki, doc: () => lr, format: () => ku, formatWithCursor: () => bu, getSupportInfo: () => Hi, util: () => pr, version: () => Au });
var Q = (t, e) => (r, n, ...o) => r | 1 && n == null ? void 0 : (e.call(n) ?? n[t]).apply(n, o);
var Yu = String.prototype.replaceAll ?? function(t, e) {
  return t.global ? this.replace(t, e) : this.split(t).join(e);
};
var ju = Q("replaceAll", function() {
  if (typeof this == "string") return Yu;
});
var ue = ju;
var we = class {
  diff(e, r, n = {}) {
    let o;
    typeof n == "function" ? (o = n, n = {}) : "callback" in n && (o = n.callback);
    let u = this.castInput(e, n), i = this.castInput(r, n), a2 = this.removeEmpty(this.tokenize(u, n)), s = this.removeEmpty(this.tokenize(i, n));
    return this.diffWithOptionsObj(a2, s, n, o);
  }
  diffWithOptionsObj(e, r, n, o) {
    var u;
    let i = (C2) => {
      if (C2 = this.postProcess(C2, n), o) {
        setTimeout(function() {
          o(C2);
        }, 0);
        return;
      } else return C2;
    }, a2 = r.length, s = e.length, D2 = 1, c2 = a2 + s;
    n.maxEditLength != null && (c2 = Math.min(c2, n.maxEditLength));
    let p3 = (u = n.timeout) !== null && u !== void 0 ? u : 1 / 0, f = Date.now() + p3, m = [{ oldPos: -1, lastComponent: void 0 }], l2 = this.extractCommon(m[0], r, e, 0, n);
    if (m[0].oldPos + 1 >= s && l2 + 1 >= a2) return i(this.buildValues(m[0].lastComponent, r, e));
    let F3 = -1 / 0, d3 = 1 / 0, E3 = () => {
      for (let C2 = Math.max(F3, -D2); C2 <= Math.min(d3, D2); C2 += 2) {
        let g2, _2 = m[C2 - 1], P2 = m[C2 + 1];
        _2 && (m[C2 - 1] = void 0);
        let x2 = false;
        if (P2) {
          let q3 = P2.oldPos - C2;
          x2 = P2 && 0 <= q3 && q3 < a2;
        }
        let N3 = _2 && _2.oldPos + 1 < s;
        if (!x2 && !N3) {
          m[C2] = void 0;
          continue;
        }
        if (!N3 || x2 && _2.oldPos < P2.oldPos ? g2 = this.addToPath(P2, true, false, 0, n) : g2 = this.addToPath(_2, false, true, 1, n), l2 = this.extractCommon(g2, r, e, C2, n), g2.oldPos + 1 >= s && l2 + 1 >= a2) return i(this.buildValues(g2.lastComponent, r, e)) || true;
        m[C2] = g2, g2.oldPos + 1 >= s && (d3 = Math.min(d3, C2 - 1)), l2 + 1 >= a2 && (F3 = Math.max(F3, C2 + 1));
      }
      D2++;
    };
    if (o) (function C2() {
      setTimeout(function() {
        if (D2 > c2 || Date.now() > f) return o(void 0);
        E3() || C2();
      }, 0);
    })();
    else for (; D2 <= c2 && Date.now() <= f; ) {
      let C2 = E3();
      if (C2) return C2;
    }
  }
  addToPath(e, r, n, o, u) {
    let i = e.lastComponent;
    return i && !u.oneChangePerToken && i.added === r && i.removed === n ? { oldPos: e.oldPos + o, lastComponent: { count: i.count + 1, added: r, removed: n, previousComponent: i.previousComponent } } : { oldPos: e.oldPos + o, lastComponent: { count: 1, added: r, removed: n, previousComponent: i } };
  }
  extractCommon(e, r, n, o, u) {
    let i = r.length, a2 = n.length, s = e.oldPos, D2 = s - o, c2 = 0;
    for (; D2 + 1 < i && s + 1 < a2 && this.equals(n[s + 1], r[D2 + 1], u); ) D2++, s++, c2++, u.oneChangePerToken && (e.lastComponent = { count: 1, previousComponent: e.lastComponent, added: false, removed: false });
    return c2 && !u.oneChangePerToken && (e.lastComponent = { count: c2, previousComponent: e.lastComponent, added: false, removed: false }), e.oldPos = s, D2;
  }
  equals(e, r, n) {
    return n.comparator ? n.comparator(e, r) : e === r || !!n.ignoreCase && e.toLowerCase() === r.toLowerCase();
  }
  removeEmpty(e) {
    let r = [];
    for (let n = 0; n < e.length; n++) e[n] && r.push(e[n]);
    return r;
  }
  castInput(e, r) {
    return e;
  }
  tokenize(e, r) {
    return Array.from(e);
  }
  join(e) {
    return e.join("");
  }
  postProcess(e, r) {
    return e;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(e, r, n) {
    let o = [], u;
    for (; e; ) o.push(e), u = e.previousComponent, delete e.previousComponent, e = u;
    o.reverse();
    let i = o.length, a2 = 0, s = 0, D2 = 0;
    for (; a2 < i; a2++) {
      let c2 = o[a2];
      if (c2.removed) c2.value = this.join(n.slice(D2, D2 + c2.count)), D2 += c2.count;
      else {
        if (!c2.added && this.useLongestToken) {
          let p3 = r.slice(s, s + c2.count);
          p3 = p3.map(function(f, m) {
            let l2 = n[D2 + m];
            return l2.length > f.length ? l2 : f;
          }), c2.value = this.join(p3);
        } else c2.value = this.join(r.slice(s, s + c2.count));
        s += c2.count, c2.added || (D2 += c2.count);
      }
    }
    return o;
  }
};
var Tt = class extends we {
  tokenize(e) {
    return e.slice();
  }
  join(e) {
    return e;
  }
  removeEmpty(e) {
    return e;
  }
};
var dr = new Tt();
function Nt(t, e, r) {
  return dr.diff(t, e, r);
}
var Uu = () => {
};
var I = Uu;
var Er = "cr";
var Cr = "crlf";
var Vu = "lf";
var Wu = Vu;
var Bt = "\r";
var hr = `\r
`;
var ze = `
`;
var $u = ze;
function gr(t) {
  let e = t.indexOf(Bt);
  return e !== -1 ? t.charAt(e + 1) === ze ? Cr : Er : Wu;
}
function Se(t) {
  return t === Er ? Bt : t === Cr ? hr : $u;
}
var zu = /* @__PURE__ */ new Map([[ze, /\n/g], [Bt, /\r/g], [hr, /\r\n/g]]);
function wt(t, e) {
  let r = zu.get(e);
  return t.match(r)?.length ?? 0;
}
var Gu = /\r\n?/g;
function yr(t) {
  return ue(0, t, Gu, ze);
}
var oe = /* @__PURE__ */ Symbol.for("comments");
function Ku(t) {
  return this[t < 0 ? this.length + t : t];
}
var Hu = Q("at", function() {
  if (Array.isArray(this) || typeof this == "string") return Ku;
});
var A = Hu;
var K = "string";
var V = "array";
var W = "cursor";
var R = "indent";
var L = "align";
var v = "trim";
var T = "group";
var b = "fill";
var B = "if-break";
var M = "indent-if-break";
var Y = "line-suffix";
var j = "line-suffix-boundary";
var y = "line";
var k = "label";
var w = "break-parent";
var Ge = /* @__PURE__ */ new Set([W, R, L, v, T, b, B, M, Y, j, y, k, w]);
function _r(t) {
  let e = t.length;
  for (; e > 0 && (t[e - 1] === "\r" || t[e - 1] === `
`); ) e--;
  return e < t.length ? t.slice(0, e) : t;
}
function Ee(t, e, r) {
  if (!t.has(e)) {
    let n = r(e);
    t.set(e, n);
  }
  return t.get(e);
}
function Ju(t) {
  if (typeof t == "string") return K;
  if (Array.isArray(t)) return V;
  if (!t) return;
  let { type: e } = t;
  if (Ge.has(e)) return e;
}
var X = Ju;
var qu = (t) => new Intl.ListFormat("en-US", { type: "disjunction" }).format(t);
function Xu(t) {
  let e = t === null ? "null" : typeof t;
  if (e !== "string" && e !== "object") return `Unexpected doc '${e}', 
Expected it to be 'string' or 'object'.`;
  if (X(t)) throw new Error("doc is valid.");
  let r = Object.prototype.toString.call(t);
  if (r !== "[object Object]") return `Unexpected doc '${r}'.`;
  let n = qu([...Ge].map((o) => `'${o}'`));
  return `Unexpected doc.type '${t.type}'.
Expected it to be ${n}.`;
}
var St = class extends Error {
  name = "InvalidDocError";
  constructor(e) {
    super(Xu(e)), this.doc = e;
  }
};
var ee = St;
var Ar = {};
function Qu(t, e, r, n) {
  let o = [t];
  for (; o.length > 0; ) {
    let u = o.pop();
    if (u === Ar) {
      r(o.pop());
      continue;
    }
    r && o.push(u, Ar);
    let i = X(u);
    if (!i) throw new ee(u);
    if (e?.(u) !== false) switch (i) {
      case V:
      case b: {
        let a2 = i === V ? u : u.parts;
        for (let s = a2.length, D2 = s - 1; D2 >= 0; --D2) o.push(a2[D2]);
        break;
      }
      case B:
        o.push(u.flatContents, u.breakContents);
        break;
      case T:
        if (n && u.expandedStates) for (let a2 = u.expandedStates.length, s = a2 - 1; s >= 0; --s) o.push(u.expandedStates[s]);
        else o.push(u.contents);
        break;
      case L:
      case R:
      case M:
      case k:
      case Y:
        o.push(u.contents);
        break;
      case K:
      case W:
      case v:
      case j:
      case y:
      case w:
        break;
      default:
        throw new ee(u);
    }
  }
}
var Oe = Qu;
function be(t, e) {
  if (typeof t == "string") return e(t);
  let r = /* @__PURE__ */ new Map();
  return n(t);
  function n(u) {
    return Ee(r, u, o);
  }
  function o(u) {
    switch (X(u)) {
      case V:
        return e(u.map(n));
      case b:
        return e({ ...u, parts: u.parts.map(n) });
      case B:
        return e({ ...u, breakContents: n(u.breakContents), flatContents: n(u.flatContents) });
      case T: {
        let { expandedStates: i, contents: a2 } = u;
        return i ? (i = i.map(n), a2 = i[0]) : a2 = n(a2), e({ ...u, contents: a2, expandedStates: i });
      }
      case L:
      case R:
      case M:
      case k:
      case Y:
        return e({ ...u, contents: n(u.contents) });
      case K:
      case W:
      case v:
      case j:
      case y:
      case w:
        return e(u);
      default:
        throw new ee(u);
    }
  }
}
function Ke(t, e, r) {
  let n = r, o = false;
  function u(i) {
    if (o) return false;
    let a2 = e(i);
    a2 !== void 0 && (o = true, n = a2);
  }
  return Oe(t, u), n;
}
function Zu(t) {
  if (t.type === T && t.break || t.type === y && t.hard || t.type === w) return true;
}
function Nr(t) {
  return Ke(t, Zu, false);
}
function xr(t) {
  if (t.length > 0) {
    let e = A(0, t, -1);
    !e.expandedStates && !e.break && (e.break = "propagated");
  }
  return null;
}
function Br(t) {
  let e = /* @__PURE__ */ new Set(), r = [];
  function n(u) {
    if (u.type === w && xr(r), u.type === T) {
      if (r.push(u), e.has(u)) return false;
      e.add(u);
    }
  }
  function o(u) {
    u.type === T && r.pop().break && xr(r);
  }
  Oe(t, n, o, true);
}
function eo(t) {
  return t.type === y && !t.hard ? t.soft ? "" : " " : t.type === B ? t.flatContents : t;
}
function wr(t) {
  return be(t, eo);
}
function Tr(t) {
  for (t = [...t]; t.length >= 2 && A(0, t, -2).type === y && A(0, t, -1).type === w; ) t.length -= 2;
  if (t.length > 0) {
    let e = Pe(A(0, t, -1));
    t[t.length - 1] = e;
  }
  return t;
}
function Pe(t) {
  switch (X(t)) {
    case R:
    case M:
    case T:
    case Y:
    case k: {
      let e = Pe(t.contents);
      return { ...t, contents: e };
    }
    case B:
      return { ...t, breakContents: Pe(t.breakContents), flatContents: Pe(t.flatContents) };
    case b:
      return { ...t, parts: Tr(t.parts) };
    case V:
      return Tr(t);
    case K:
      return _r(t);
    case L:
    case W:
    case v:
    case j:
    case y:
    case w:
      break;
    default:
      throw new ee(t);
  }
  return t;
}
function He(t) {
  return Pe(ro(t));
}
function to(t) {
  switch (X(t)) {
    case b: {
      let { parts: e } = t;
      if (e.every((r) => r === "")) return "";
      if (e.length === 1) return e[0];
      break;
    }
    case T:
      if (!t.contents && !t.id && !t.break && !t.expandedStates) return "";
      if (t.contents.type === T && t.contents.id === t.id && t.contents.break === t.break && t.contents.expandedStates === t.expandedStates) return t.contents;
      break;
    case L:
    case R:
    case M:
    case Y:
      if (!t.contents) return "";
      break;
    case B:
      if (!t.flatContents && !t.breakContents) return "";
      break;
    case V: {
      let e = [];
      for (let r of t) {
        if (!r) continue;
        let [n, ...o] = Array.isArray(r) ? r : [r];
        typeof n == "string" && typeof A(0, e, -1) == "string" ? e[e.length - 1] += n : e.push(n), e.push(...o);
      }
      return e.length === 0 ? "" : e.length === 1 ? e[0] : e;
    }
    case K:
    case W:
    case v:
    case j:
    case y:
    case k:
    case w:
      break;
    default:
      throw new ee(t);
  }
  return t;
}
function ro(t) {
  return be(t, (e) => to(e));
}
function Sr(t, e = qe) {
  return be(t, (r) => typeof r == "string" ? Je(e, r.split(`
`)) : r);
}
function no(t) {
  if (t.type === y) return true;
}
function Or(t) {
  return Ke(t, no, false);
}
function Ce(t, e) {
  return t.type === k ? { ...t, contents: e(t.contents) } : e(t);
}
var S = I;
var Xe = I;
var Pr = I;
var br = I;
function ie(t) {
  return S(t), { type: R, contents: t };
}
function De(t, e) {
  return br(t), S(e), { type: L, contents: e, n: t };
}
function kr(t) {
  return De(Number.NEGATIVE_INFINITY, t);
}
function Qe(t) {
  return De({ type: "root" }, t);
}
function Ir(t) {
  return De(-1, t);
}
function Ze(t, e, r) {
  S(t);
  let n = t;
  if (e > 0) {
    for (let o = 0; o < Math.floor(e / r); ++o) n = ie(n);
    n = De(e % r, n), n = De(Number.NEGATIVE_INFINITY, n);
  }
  return n;
}
var ce = { type: w };
var te = { type: W };
function Rr(t) {
  return Pr(t), { type: b, parts: t };
}
function Ot(t, e = {}) {
  return S(t), Xe(e.expandedStates, true), { type: T, id: e.id, contents: t, break: !!e.shouldBreak, expandedStates: e.expandedStates };
}
function Lr(t, e) {
  return Ot(t[0], { ...e, expandedStates: t });
}
function vr(t, e = "", r = {}) {
  return S(t), e !== "" && S(e), { type: B, breakContents: t, flatContents: e, groupId: r.groupId };
}
function Mr(t, e) {
  return S(t), { type: M, contents: t, groupId: e.groupId, negate: e.negate };
}
function Je(t, e) {
  S(t), Xe(e);
  let r = [];
  for (let n = 0; n < e.length; n++) n !== 0 && r.push(t), r.push(e[n]);
  return r;
}
function Yr(t, e) {
  return S(e), t ? { type: k, label: t, contents: e } : e;
}
var et = { type: y };
var jr = { type: y, soft: true };
var ke = { type: y, hard: true };
var $ = [ke, ce];
var Pt = { type: y, hard: true, literal: true };
var qe = [Pt, ce];
function Ie(t) {
  return S(t), { type: Y, contents: t };
}
var Ur = { type: j };
var Vr = { type: v };
function re(t) {
  if (!t) return "";
  if (Array.isArray(t)) {
    let e = [];
    for (let r of t) if (Array.isArray(r)) e.push(...re(r));
    else {
      let n = re(r);
      n !== "" && e.push(n);
    }
    return e;
  }
  return t.type === B ? { ...t, breakContents: re(t.breakContents), flatContents: re(t.flatContents) } : t.type === T ? { ...t, contents: re(t.contents), expandedStates: t.expandedStates?.map(re) } : t.type === b ? { type: "fill", parts: t.parts.map(re) } : t.contents ? { ...t, contents: re(t.contents) } : t;
}
function Wr(t) {
  let e = /* @__PURE__ */ Object.create(null), r = /* @__PURE__ */ new Set();
  return n(re(t));
  function n(u, i, a2) {
    if (typeof u == "string") return JSON.stringify(u);
    if (Array.isArray(u)) {
      let s = u.map(n).filter(Boolean);
      return s.length === 1 ? s[0] : `[${s.join(", ")}]`;
    }
    if (u.type === y) {
      let s = a2?.[i + 1]?.type === w;
      return u.literal ? s ? "literalline" : "literallineWithoutBreakParent" : u.hard ? s ? "hardline" : "hardlineWithoutBreakParent" : u.soft ? "softline" : "line";
    }
    if (u.type === w) return a2?.[i - 1]?.type === y && a2[i - 1].hard ? void 0 : "breakParent";
    if (u.type === v) return "trim";
    if (u.type === R) return "indent(" + n(u.contents) + ")";
    if (u.type === L) return u.n === Number.NEGATIVE_INFINITY ? "dedentToRoot(" + n(u.contents) + ")" : u.n < 0 ? "dedent(" + n(u.contents) + ")" : u.n.type === "root" ? "markAsRoot(" + n(u.contents) + ")" : "align(" + JSON.stringify(u.n) + ", " + n(u.contents) + ")";
    if (u.type === B) return "ifBreak(" + n(u.breakContents) + (u.flatContents ? ", " + n(u.flatContents) : "") + (u.groupId ? (u.flatContents ? "" : ', ""') + `, { groupId: ${o(u.groupId)} }` : "") + ")";
    if (u.type === M) {
      let s = [];
      u.negate && s.push("negate: true"), u.groupId && s.push(`groupId: ${o(u.groupId)}`);
      let D2 = s.length > 0 ? `, { ${s.join(", ")} }` : "";
      return `indentIfBreak(${n(u.contents)}${D2})`;
    }
    if (u.type === T) {
      let s = [];
      u.break && u.break !== "propagated" && s.push("shouldBreak: true"), u.id && s.push(`id: ${o(u.id)}`);
      let D2 = s.length > 0 ? `, { ${s.join(", ")} }` : "";
      return u.expandedStates ? `conditionalGroup([${u.expandedStates.map((c2) => n(c2)).join(",")}]${D2})` : `group(${n(u.contents)}${D2})`;
    }
    if (u.type === b) return `fill([${u.parts.map((s) => n(s)).join(", ")}])`;
    if (u.type === Y) return "lineSuffix(" + n(u.contents) + ")";
    if (u.type === j) return "lineSuffixBoundary";
    if (u.type === k) return `label(${JSON.stringify(u.label)}, ${n(u.contents)})`;
    if (u.type === W) return "cursor";
    throw new Error("Unknown doc type " + u.type);
  }
  function o(u) {
    if (typeof u != "symbol") return JSON.stringify(String(u));
    if (u in e) return e[u];
    let i = u.description || "symbol";
    for (let a2 = 0; ; a2++) {
      let s = i + (a2 > 0 ? ` #${a2}` : "");
      if (!r.has(s)) return r.add(s), e[u] = `Symbol.for(${JSON.stringify(s)})`;
    }
  }
}
var $r = () => /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED9\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEFA](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDEC2\uDEC6\uDEC8\uDECC-\uDEDD\uDEDF-\uDEEB\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
var zr = 12288;
var Gr = 65510;
var Kr = [12288, 12288, 65281, 65376, 65504, 65510];
var Hr = 4352;
var Jr = 262141;
var bt = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];
var kt = (t, e) => {
  let r = 0, n = Math.floor(t.length / 2) - 1;
  for (; r <= n; ) {
    let o = Math.floor((r + n) / 2), u = o * 2;
    if (e < t[u]) n = o - 1;
    else if (e > t[u + 1]) r = o + 1;
    else return true;
  }
  return false;
};
var qr = 19968;
var [uo, oo] = io(bt);
function io(t) {
  let e = t[0], r = t[1];
  for (let n = 0; n < t.length; n += 2) {
    let o = t[n], u = t[n + 1];
    if (qr >= o && qr <= u) return [o, u];
    u - o > r - e && (e = o, r = u);
  }
  return [e, r];
}
var tt = (t) => t < zr || t > Gr ? false : kt(Kr, t);
var It = (t) => t >= uo && t <= oo ? true : t < Hr || t > Jr ? false : kt(bt, t);
var so = /^(?:[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u2600-\u2604\u260E\u2611\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26B0\u26B1\u26C8\u26CF\u26D1\u26D3\u26E9\u26F0\u26F1\u26F4\u26F7\u26F8\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2763\u2764\u27A1\u2934\u2935\u2B05-\u2B07]|\uD83C[\uDD70\uDD71\uDD7E\uDD7F\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF3\uDFF5\uDFF7]|\uD83D[\uDC3F\uDC41\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3])$/;
var Xr = (t) => so.test(t);
var ao = /[^\x20-\x7F]/;
var Do = /[\p{Nonspacing_Mark}\p{Enclosing_Mark}]/u;
function co(t) {
  if (!t) return 0;
  if (!ao.test(t)) return t.length;
  let e = 0;
  t = t.replace($r(), (r) => (e += Xr(r) ? 1 : 2, ""));
  for (let r of t) {
    let n = r.codePointAt(0);
    n <= 31 || n >= 127 && n <= 159 || Do.test(r) || (e += tt(n) || It(n) ? 2 : 1);
  }
  return e;
}
var Re = co;
var lo = { type: 0 };
var fo = { type: 1 };
var Rt = { value: "", length: 0, queue: [], get root() {
  return Rt;
} };
function Qr(t, e, r) {
  let n = e.type === 1 ? t.queue.slice(0, -1) : [...t.queue, e], o = "", u = 0, i = 0, a2 = 0;
  for (let l2 of n) switch (l2.type) {
    case 0:
      c2(), r.useTabs ? s(1) : D2(r.tabWidth);
      break;
    case 3: {
      let { string: F3 } = l2;
      c2(), o += F3, u += F3.length;
      break;
    }
    case 2: {
      let { width: F3 } = l2;
      i += 1, a2 += F3;
      break;
    }
    default:
      throw new Error(`Unexpected indent comment '${l2.type}'.`);
  }
  return f(), { ...t, value: o, length: u, queue: n };
  function s(l2) {
    o += "	".repeat(l2), u += r.tabWidth * l2;
  }
  function D2(l2) {
    o += " ".repeat(l2), u += l2;
  }
  function c2() {
    r.useTabs ? p3() : f();
  }
  function p3() {
    i > 0 && s(i), m();
  }
  function f() {
    a2 > 0 && D2(a2), m();
  }
  function m() {
    i = 0, a2 = 0;
  }
}
function Zr(t, e, r) {
  if (!e) return t;
  if (e.type === "root") return { ...t, root: t };
  if (e === Number.NEGATIVE_INFINITY) return t.root;
  let n;
  return typeof e == "number" ? e < 0 ? n = fo : n = { type: 2, width: e } : n = { type: 3, string: e }, Qr(t, n, r);
}
function en(t, e) {
  return Qr(t, lo, e);
}
function po(t) {
  let e = 0;
  for (let r = t.length - 1; r >= 0; r--) {
    let n = t[r];
    if (n === " " || n === "	") e++;
    else break;
  }
  return e;
}
function rt(t) {
  let e = po(t);
  return { text: e === 0 ? t : t.slice(0, t.length - e), count: e };
}
var Lt = class {
  #t = [];
  #e = "";
  #n = 0;
  #u = [];
  #r = [];
  #o() {
    let e = this.#e;
    e !== "" && (this.#t.push(e), this.#n += e.length, this.#e = "");
    for (let r of this.#r) this.#u.push(Math.min(r, this.#n));
    this.#r.length = 0;
  }
  markPosition() {
    if (this.#u.length + this.#r.length >= 2) throw new Error("There are too many 'cursor' in doc.");
    this.#r.push(this.#n + this.#e.length);
  }
  write(e) {
    this.#e += e;
  }
  trim() {
    let { text: e, count: r } = rt(this.#e);
    return this.#e = e, this.#o(), r;
  }
  finish() {
    return this.#o(), { text: this.#t.join(""), positions: this.#u };
  }
};
var tn = Lt;
var H = /* @__PURE__ */ Symbol("MODE_BREAK");
var Z = /* @__PURE__ */ Symbol("MODE_FLAT");
var vt = /* @__PURE__ */ Symbol("DOC_FILL_PRINTED_LENGTH");
function nt(t, e, r, n, o, u) {
  if (r === Number.POSITIVE_INFINITY) return true;
  let i = e.length, a2 = false, s = [t], D2 = "";
  for (; r >= 0; ) {
    if (s.length === 0) {
      if (i === 0) return true;
      s.push(e[--i]);
      continue;
    }
    let { mode: c2, doc: p3 } = s.pop(), f = X(p3);
    switch (f) {
      case K:
        p3 && (a2 && (D2 += " ", r -= 1, a2 = false), D2 += p3, r -= Re(p3));
        break;
      case V:
      case b: {
        let m = f === V ? p3 : p3.parts, l2 = p3[vt] ?? 0;
        for (let F3 = m.length - 1; F3 >= l2; F3--) s.push({ mode: c2, doc: m[F3] });
        break;
      }
      case R:
      case L:
      case M:
      case k:
        s.push({ mode: c2, doc: p3.contents });
        break;
      case v: {
        let { text: m, count: l2 } = rt(D2);
        D2 = m, r += l2;
        break;
      }
      case T: {
        if (u && p3.break) return false;
        let m = p3.break ? H : c2, l2 = p3.expandedStates && m === H ? A(0, p3.expandedStates, -1) : p3.contents;
        s.push({ mode: m, doc: l2 });
        break;
      }
      case B: {
        let l2 = (p3.groupId ? o[p3.groupId] || Z : c2) === H ? p3.breakContents : p3.flatContents;
        l2 && s.push({ mode: c2, doc: l2 });
        break;
      }
      case y:
        if (c2 === H || p3.hard) return true;
        p3.soft || (a2 = true);
        break;
      case Y:
        n = true;
        break;
      case j:
        if (n) return false;
        break;
    }
  }
  return false;
}
function he(t, e) {
  let r = /* @__PURE__ */ Object.create(null), n = e.printWidth, o = Se(e.endOfLine), u = 0, i = [{ indent: Rt, mode: H, doc: t }], a2 = false, s = [], D2 = new tn();
  for (Br(t); i.length > 0; ) {
    let { indent: l2, mode: F3, doc: d3 } = i.pop();
    switch (X(d3)) {
      case K: {
        let E3 = o !== `
` ? ue(0, d3, `
`, o) : d3;
        E3 && (D2.write(E3), i.length > 0 && (u += Re(E3)));
        break;
      }
      case V:
        for (let E3 = d3.length - 1; E3 >= 0; E3--) i.push({ indent: l2, mode: F3, doc: d3[E3] });
        break;
      case W:
        D2.markPosition();
        break;
      case R:
        i.push({ indent: en(l2, e), mode: F3, doc: d3.contents });
        break;
      case L:
        i.push({ indent: Zr(l2, d3.n, e), mode: F3, doc: d3.contents });
        break;
      case v:
        u -= D2.trim();
        break;
      case T: {
        let E3 = (function() {
          if (F3 === Z && !a2) return { indent: l2, mode: d3.break ? H : Z, doc: d3.contents };
          a2 = false;
          let g2 = n - u, _2 = s.length > 0, P2 = { indent: l2, mode: Z, doc: d3.contents };
          if (!d3.break && nt(P2, i, g2, _2, r)) return P2;
          if (!d3.expandedStates) return { indent: l2, mode: H, doc: d3.contents };
          if (!d3.break) for (let x2 = 1; x2 < d3.expandedStates.length - 1; x2++) {
            let N3 = { indent: l2, mode: Z, doc: d3.expandedStates[x2] };
            if (nt(N3, i, g2, _2, r)) return N3;
          }
          return { indent: l2, mode: H, doc: A(0, d3.expandedStates, -1) };
        })();
        i.push(E3), d3.id && (r[d3.id] = E3.mode);
        break;
      }
      case b: {
        let E3 = n - u, C2 = d3[vt] ?? 0, { parts: g2 } = d3, _2 = g2.length - C2;
        if (_2 === 0) break;
        let P2 = g2[C2 + 0], x2 = g2[C2 + 1], N3 = { indent: l2, mode: Z, doc: P2 }, q3 = { indent: l2, mode: H, doc: P2 }, $e3 = nt(N3, [], E3, s.length > 0, r, true);
        if (_2 === 1) {
          $e3 ? i.push(N3) : i.push(q3);
          break;
        }
        let mr3 = { indent: l2, mode: Z, doc: x2 }, At3 = { indent: l2, mode: H, doc: x2 };
        if (_2 === 2) {
          $e3 ? i.push(mr3, N3) : i.push(At3, q3);
          break;
        }
        let Ru2 = g2[C2 + 2], Lu2 = { indent: l2, mode: F3, doc: { ...d3, [vt]: C2 + 2 } }, vu2 = nt({ indent: l2, mode: Z, doc: [P2, x2, Ru2] }, [], E3, s.length > 0, r, true);
        i.push(Lu2), vu2 ? i.push(mr3, N3) : $e3 ? i.push(At3, N3) : i.push(At3, q3);
        break;
      }
      case B:
      case M: {
        let E3 = d3.groupId ? r[d3.groupId] : F3;
        if (E3 === H) {
          let C2 = d3.type === B ? d3.breakContents : d3.negate ? d3.contents : ie(d3.contents);
          C2 && i.push({ indent: l2, mode: F3, doc: C2 });
        }
        if (E3 === Z) {
          let C2 = d3.type === B ? d3.flatContents : d3.negate ? ie(d3.contents) : d3.contents;
          C2 && i.push({ indent: l2, mode: F3, doc: C2 });
        }
        break;
      }
      case Y:
        s.push({ indent: l2, mode: F3, doc: d3.contents });
        break;
      case j:
        s.length > 0 && i.push({ indent: l2, mode: F3, doc: ke });
        break;
      case y:
        switch (F3) {
          case Z:
            if (!d3.hard) {
              d3.soft || (D2.write(" "), u += 1);
              break;
            }
            a2 = true;
          case H:
            if (s.length > 0) {
              i.push({ indent: l2, mode: F3, doc: d3 }, ...s.reverse()), s.length = 0;
              break;
            }
            d3.literal ? (D2.write(o), u = 0, l2.root && (l2.root.value && D2.write(l2.root.value), u = l2.root.length)) : (D2.trim(), D2.write(o + l2.value), u = l2.length);
            break;
        }
        break;
      case k:
        i.push({ indent: l2, mode: F3, doc: d3.contents });
        break;
      case w:
        break;
      default:
        throw new ee(d3);
    }
    i.length === 0 && s.length > 0 && (i.push(...s.reverse()), s.length = 0);
  }
  let { text: c2, positions: p3 } = D2.finish();
  if (p3.length !== 2) return { formatted: c2 };
  let [f, m] = p3;
  return { formatted: c2, cursorNodeStart: f, cursorNodeText: c2.slice(f, m) };
}
var rn = (t) => t.charAt(0) === "\uFEFF";
var nn = (t) => "\uFEFF" + t;
function mo(t, e, r = 0) {
  let n = 0;
  for (let o = r; o < t.length; ++o) t[o] === "	" ? n = n + e - n % e : n++;
  return n;
}
var ge = mo;
var Mt = class {
  constructor(e) {
    this.stack = [e];
  }
  get key() {
    let { stack: e, siblings: r } = this;
    return A(0, e, r === null ? -2 : -4) ?? null;
  }
  get index() {
    return this.siblings === null ? null : A(0, this.stack, -2);
  }
  get node() {
    return A(0, this.stack, -1);
  }
  get parent() {
    return this.getNode(1);
  }
  get grandparent() {
    return this.getNode(2);
  }
  get isInArray() {
    return this.siblings !== null;
  }
  get siblings() {
    let { stack: e } = this, r = A(0, e, -3);
    return Array.isArray(r) ? r : null;
  }
  get next() {
    let { siblings: e } = this;
    return e === null ? null : e[this.index + 1];
  }
  get previous() {
    let { siblings: e } = this;
    return e === null ? null : e[this.index - 1];
  }
  get isFirst() {
    return this.index === 0;
  }
  get isLast() {
    let { siblings: e, index: r } = this;
    return e !== null && r === e.length - 1;
  }
  get isRoot() {
    return this.stack.length === 1;
  }
  get root() {
    return this.stack[0];
  }
  get ancestors() {
    return [...this.#e()];
  }
  getName() {
    let { stack: e } = this, { length: r } = e;
    return r > 1 ? A(0, e, -2) : null;
  }
  getValue() {
    return A(0, this.stack, -1);
  }
  getNode(e = 0) {
    let r = this.#t(e);
    return r === -1 ? null : this.stack[r];
  }
  getParentNode(e = 0) {
    return this.getNode(e + 1);
  }
  #t(e) {
    let { stack: r } = this;
    for (let n = r.length - 1; n >= 0; n -= 2) if (!Array.isArray(r[n]) && --e < 0) return n;
    return -1;
  }
  call(e, ...r) {
    let { stack: n } = this, { length: o } = n, u = A(0, n, -1);
    for (let i of r) u = u?.[i], n.push(i, u);
    try {
      return e(this);
    } finally {
      n.length = o;
    }
  }
  callParent(e, r = 0) {
    let n = this.#t(r + 1), o = this.stack.splice(n + 1);
    try {
      return e(this);
    } finally {
      this.stack.push(...o);
    }
  }
  each(e, ...r) {
    let { stack: n } = this, { length: o } = n, u = A(0, n, -1);
    for (let i of r) u = u[i], n.push(i, u);
    try {
      for (let i = 0; i < u.length; ++i) n.push(i, u[i]), e(this, i, u), n.length -= 2;
    } finally {
      n.length = o;
    }
  }
  map(e, ...r) {
    let n = [];
    return this.each((o, u, i) => {
      n[u] = e(o, u, i);
    }, ...r), n;
  }
  match(...e) {
    let r = this.stack.length - 1, n = null, o = this.stack[r--];
    for (let u of e) {
      if (o === void 0) return false;
      let i = null;
      if (typeof n == "number" && (i = n, n = this.stack[r--], o = this.stack[r--]), u && !u(o, n, i)) return false;
      n = this.stack[r--], o = this.stack[r--];
    }
    return true;
  }
  findAncestor(e) {
    for (let r of this.#e()) if (e(r)) return r;
  }
  hasAncestor(e) {
    for (let r of this.#e()) if (e(r)) return true;
    return false;
  }
  *#e() {
    let { stack: e } = this;
    for (let r = e.length - 3; r >= 0; r -= 2) {
      let n = e[r];
      Array.isArray(n) || (yield n);
    }
  }
};
var un = Mt;
function Fo(t) {
  return Array.isArray(t) && t.length > 0;
}
var ut = Fo;
function Eo(t) {
  return t !== null && typeof t == "object";
}
var ye = Eo;
function _e(t) {
  return (e, r, n) => {
    if (r === false) return false;
    let o = !!n?.backwards, { length: u } = e, i = r;
    for (; i >= 0 && i < u; ) {
      let a2 = e.charAt(i);
      if (t instanceof RegExp) {
        if (!t.test(a2)) return i;
      } else if (!t.includes(a2)) return i;
      o ? i-- : i++;
    }
    return i === -1 || i === u ? i : false;
  };
}
var on = _e(/\s/);
var U = _e(" 	");
var ot = _e(",; 	");
var it = _e(/[^\n\r]/);
var sn = (t) => t === `
` || t === "\r" || t === "\u2028" || t === "\u2029";
function Co(t, e, r) {
  if (e === false) return false;
  let n = !!r?.backwards, o = t.charAt(e);
  if (n) {
    if (t.charAt(e - 1) === "\r" && o === `
`) return e - 2;
    if (sn(o)) return e - 1;
  } else {
    if (o === "\r" && t.charAt(e + 1) === `
`) return e + 2;
    if (sn(o)) return e + 1;
  }
  return e;
}
var z = Co;
function ho(t, e, r = {}) {
  let n = U(t, r.backwards ? e - 1 : e, r), o = z(t, n, r);
  return n !== o;
}
var J = ho;
function* Ae(t, e) {
  let { getVisitorKeys: r, filter: n = () => true } = e, o = (u) => ye(u) && n(u);
  for (let u of r(t)) {
    let i = t[u];
    if (Array.isArray(i)) for (let a2 of i) o(a2) && (yield a2);
    else o(i) && (yield i);
  }
}
function* an(t, e) {
  let r = [t];
  for (let n = 0; n < r.length; n++) {
    let o = r[n];
    for (let u of Ae(o, e)) yield u, r.push(u);
  }
}
function Dn(t, e) {
  return Ae(t, e).next().done;
}
function go(t, e, r) {
  let { filter: n } = r;
  if (!n) return [];
  let o, u = (r.getChildren?.(t, r) ?? [...Ae(t, { getVisitorKeys: r.getVisitorKeys })]).flatMap((s) => (o ?? (o = [t, ...e]), n(s, o) ? [s] : cn(s, o, r))), { locStart: i, locEnd: a2 } = r;
  return u.sort((s, D2) => i(s) - i(D2) || a2(s) - a2(D2)), u;
}
function cn(t, e, r) {
  return Ee(r.cache, t, (n) => go(n, e, r));
}
var st = cn;
function yo(t) {
  let e = t.type || t.kind || "(unknown type)", r = String(t.name || t.id && (typeof t.id == "object" ? t.id.name : t.id) || t.key && (typeof t.key == "object" ? t.key.name : t.key) || t.value && (typeof t.value == "object" ? "" : String(t.value)) || t.operator || "");
  return r.length > 20 && (r = r.slice(0, 19) + "…"), e + (r ? " " + r : "");
}
function Yt(t, e) {
  return (t.comments ?? (t.comments = [])).push(e), e.printed = false, e.nodeDescription = yo(t), true;
}
function le(t, e) {
  return e.leading = true, e.trailing = false, Yt(t, e);
}
function ne(t, e, r) {
  return e.leading = false, e.trailing = false, r && (e.marker = r), Yt(t, e);
}
function fe(t, e) {
  return e.leading = false, e.trailing = true, Yt(t, e);
}
var Vt = /* @__PURE__ */ new WeakMap();
function fn(t, e, r, n, o = []) {
  let { locStart: u, locEnd: i } = r, a2 = u(e), s = i(e), D2 = st(t, o, { cache: Vt, locStart: u, locEnd: i, getVisitorKeys: r.getVisitorKeys, filter: r.printer.canAttachComment, getChildren: r.printer.getCommentChildNodes }), c2, p3, f = 0, m = D2.length;
  for (; f < m; ) {
    let l2 = f + m >> 1, F3 = D2[l2], d3 = u(F3), E3 = i(F3);
    if (d3 <= a2 && s <= E3) return fn(F3, e, r, F3, [F3, ...o]);
    if (E3 <= a2) {
      c2 = F3, f = l2 + 1;
      continue;
    }
    if (s <= d3) {
      p3 = F3, m = l2;
      continue;
    }
    throw new Error("Comment location overlaps with node location");
  }
  if (n?.type === "TemplateLiteral") {
    let { quasis: l2 } = n, F3 = Ut(l2, e, r);
    c2 && Ut(l2, c2, r) !== F3 && (c2 = null), p3 && Ut(l2, p3, r) !== F3 && (p3 = null);
  }
  return { enclosingNode: n, precedingNode: c2, followingNode: p3, ancestors: o };
}
var jt = () => false;
function pn(t, e) {
  let { comments: r } = t;
  if (delete t.comments, !ut(r) || !e.printer.canAttachComment) return;
  let n = [], { printer: { features: { experimental_avoidAstMutation: o }, handleComments: u = {} }, originalText: i } = e, { ownLine: a2 = jt, endOfLine: s = jt, remaining: D2 = jt } = u, c2 = r.map((f, m) => ({ ...fn(t, f, e), comment: f, text: i, options: e, ast: t, isLastComment: r.length - 1 === m, placement: void 0 })), p3 = !o;
  for (let [f, m] of c2.entries()) {
    let { comment: l2, precedingNode: F3, enclosingNode: d3, followingNode: E3, text: C2, options: g2, ast: _2, isLastComment: P2 } = m, x2 = _o(C2, g2, c2, f) ? "ownLine" : Ao(C2, g2, c2, f) ? "endOfLine" : "remaining", N3;
    if (o ? (m.placement = x2, N3 = [m]) : N3 = [l2, C2, g2, _2, P2], p3 && (l2.enclosingNode = d3, l2.precedingNode = F3, l2.followingNode = E3), l2.placement = x2, x2 === "ownLine") a2(...N3) || (E3 ? le(E3, l2) : F3 ? fe(F3, l2) : d3 ? ne(d3, l2) : ne(_2, l2));
    else if (x2 === "endOfLine") s(...N3) || (F3 ? fe(F3, l2) : E3 ? le(E3, l2) : d3 ? ne(d3, l2) : ne(_2, l2));
    else if (!D2(...N3)) if (F3 && E3) {
      let q3 = n.length;
      q3 > 0 && n[q3 - 1].followingNode !== E3 && ln(n, g2), n.push(m);
    } else F3 ? fe(F3, l2) : E3 ? le(E3, l2) : d3 ? ne(d3, l2) : ne(_2, l2);
  }
  if (ln(n, e), p3) for (let f of r) delete f.precedingNode, delete f.enclosingNode, delete f.followingNode;
}
var mn = (t) => !/[\S\n\u2028\u2029]/.test(t);
function _o(t, e, r, n) {
  let { comment: o, precedingNode: u } = r[n], { locStart: i, locEnd: a2 } = e, s = i(o);
  if (u) for (let D2 = n - 1; D2 >= 0; D2--) {
    let { comment: c2, precedingNode: p3 } = r[D2];
    if (p3 !== u || !mn(t.slice(a2(c2), s))) break;
    s = i(c2);
  }
  return J(t, s, { backwards: true });
}
function Ao(t, e, r, n) {
  let { comment: o, followingNode: u } = r[n], { locStart: i, locEnd: a2 } = e, s = a2(o);
  if (u) for (let D2 = n + 1; D2 < r.length; D2++) {
    let { comment: c2, followingNode: p3 } = r[D2];
    if (p3 !== u || !mn(t.slice(s, i(c2)))) break;
    s = a2(c2);
  }
  return J(t, s);
}
function ln(t, e) {
  let r = t.length;
  if (r === 0) return;
  let { precedingNode: n, followingNode: o } = t[0], u = e.locStart(o), i;
  for (i = r; i > 0; --i) {
    let { comment: a2, precedingNode: s, followingNode: D2 } = t[i - 1];
    I(s, n), I(D2, o);
    let c2 = e.originalText.slice(e.locEnd(a2), u);
    if (e.printer.isGap?.(c2, e) ?? /^[\s(]*$/.test(c2)) u = e.locStart(a2);
    else break;
  }
  for (let [a2, { comment: s }] of t.entries()) a2 < i ? fe(n, s) : le(o, s);
  for (let a2 of [n, o]) a2.comments && a2.comments.length > 1 && a2.comments.sort((s, D2) => e.locStart(s) - e.locStart(D2));
  t.length = 0;
}
function Ut(t, e, r) {
  let n = r.locStart(e) - 1;
  for (let o = 1; o < t.length; ++o) if (n < r.locStart(t[o])) return o - 1;
  return 0;
}
function xo(t, e) {
  let r = e - 1;
  r = U(t, r, { backwards: true }), r = z(t, r, { backwards: true }), r = U(t, r, { backwards: true });
  let n = z(t, r, { backwards: true });
  return r !== n;
}
var Le = xo;
var dn = () => true;
function Fn(t, e) {
  let r = t.node;
  return r.printed = true, e.printer.printComment(t, e);
}
function To(t, e) {
  let r = t.node, n = [Fn(t, e)], { printer: o, originalText: u, locStart: i, locEnd: a2 } = e;
  if (o.isBlockComment?.(r)) {
    let c2 = " ";
    J(u, a2(r)) && (J(u, i(r), { backwards: true }) ? c2 = $ : c2 = et), n.push(c2);
  } else n.push($);
  let D2 = z(u, U(u, a2(r)));
  return D2 !== false && J(u, D2) && n.push($), n;
}
function No(t, e, r) {
  let n = t.node, o = Fn(t, e), { printer: u, originalText: i, locStart: a2 } = e, s = u.isBlockComment?.(n);
  if (r?.hasLineSuffix && !r?.isBlock || J(i, a2(n), { backwards: true })) {
    let D2 = Le(i, a2(n));
    return { doc: Ie([$, D2 ? $ : "", o]), isBlock: s, hasLineSuffix: true };
  }
  return !s || r?.hasLineSuffix ? { doc: [Ie([" ", o]), ce], isBlock: s, hasLineSuffix: true } : { doc: [" ", o], isBlock: s, hasLineSuffix: false };
}
function Bo(t, e, r) {
  let n = e[/* @__PURE__ */ Symbol.for("printedComments")], o = r?.filter ?? dn, u = new Set(t.node?.comments?.filter((i) => !n?.has(i) && i.leading && o(i)));
  return u.size === 0 ? "" : t.map(({ node: i }) => u.has(i) ? To(t, e) : "", "comments").filter(Boolean);
}
function wo(t, e, r) {
  let n = t.node?.comments, o = new Set(n?.filter((c2) => c2.trailing)), u = e[/* @__PURE__ */ Symbol.for("printedComments")], i = r?.filter ?? dn, a2 = new Set(n?.filter((c2) => o.has(c2) && !u?.has(c2) && i(c2)));
  if (a2.size === 0) return "";
  let s = [], D2;
  return t.each(({ node: c2 }) => {
    o.has(c2) && (D2 = No(t, e, D2), a2.has(c2) && s.push(D2.doc));
  }, "comments"), s;
}
function En(t, e, r, n) {
  let o = Bo(t, r, n), u = wo(t, r, n);
  return o || u ? Ce(e, (i) => [o, i, u]) : e;
}
function Cn(t) {
  let { [oe]: e, [/* @__PURE__ */ Symbol.for("printedComments")]: r } = t;
  for (let n of e) {
    if (!n.printed && !r.has(n)) throw new Error('Comment "' + n.value.trim() + '" was not printed. Please report this error!');
    delete n.printed;
  }
}
var hn = () => I;
var ve = class extends Error {
  name = "ConfigError";
};
var Me = class extends Error {
  name = "UndefinedParserError";
};
var So = Object.hasOwn ?? Function.prototype.call.bind(Object.prototype.hasOwnProperty);
var pe = So;
var gn = { checkIgnorePragma: { category: "Special", type: "boolean", default: false, description: "Check whether the file's first docblock comment contains '@noprettier' or '@noformat' to determine if it should be formatted.", cliCategory: "Other" }, cursorOffset: { category: "Special", type: "int", default: -1, range: { start: -1, end: 1 / 0, step: 1 }, description: "Print (to stderr) where a cursor at the given position would move to after formatting.", cliCategory: "Editor" }, endOfLine: { category: "Global", type: "choice", default: "lf", description: "Which end of line characters to apply.", choices: [{ value: "lf", description: "Line Feed only (\\n), common on Linux and macOS as well as inside git repos" }, { value: "crlf", description: "Carriage Return + Line Feed characters (\\r\\n), common on Windows" }, { value: "cr", description: "Carriage Return character only (\\r), used very rarely" }, { value: "auto", description: `Maintain existing
(mixed values within one file are normalised by looking at what's used after the first line)` }] }, filepath: { category: "Special", type: "path", description: "Specify the input filepath. This will be used to do parser inference.", cliName: "stdin-filepath", cliCategory: "Other", cliDescription: "Path to the file to pretend that stdin comes from." }, insertPragma: { category: "Special", type: "boolean", default: false, description: "Insert @format pragma into file's first docblock comment.", cliCategory: "Other" }, parser: { category: "Global", type: "choice", default: void 0, description: "Which parser to use.", exception: (t) => typeof t == "string" || typeof t == "function", choices: [{ value: "flow", description: "Flow" }, { value: "babel", description: "JavaScript" }, { value: "babel-flow", description: "Flow" }, { value: "babel-ts", description: "TypeScript" }, { value: "typescript", description: "TypeScript" }, { value: "acorn", description: "JavaScript" }, { value: "espree", description: "JavaScript" }, { value: "meriyah", description: "JavaScript" }, { value: "css", description: "CSS" }, { value: "less", description: "Less" }, { value: "scss", description: "SCSS" }, { value: "json", description: "JSON" }, { value: "json5", description: "JSON5" }, { value: "jsonc", description: "JSON with Comments" }, { value: "json-stringify", description: "JSON.stringify" }, { value: "graphql", description: "GraphQL" }, { value: "markdown", description: "Markdown" }, { value: "mdx", description: "MDX" }, { value: "vue", description: "Vue" }, { value: "yaml", description: "YAML" }, { value: "glimmer", description: "Ember / Handlebars" }, { value: "html", description: "HTML" }, { value: "angular", description: "Angular" }, { value: "lwc", description: "Lightning Web Components" }, { value: "mjml", description: "MJML" }] }, plugins: { type: "path", array: true, default: [{ value: [] }], category: "Global", description: "Add a plugin. Multiple plugins can be passed as separate `--plugin`s.", exception: (t) => typeof t == "string" || typeof t == "object", cliName: "plugin", cliCategory: "Config" }, printWidth: { category: "Global", type: "int", default: 80, description: "The line length where Prettier will try wrap.", range: { start: 0, end: 1 / 0, step: 1 } }, rangeEnd: { category: "Special", type: "int", default: 1 / 0, range: { start: 0, end: 1 / 0, step: 1 }, description: `Format code ending at a given character offset (exclusive).
The range will extend forwards to the end of the selected statement.`, cliCategory: "Editor" }, rangeStart: { category: "Special", type: "int", default: 0, range: { start: 0, end: 1 / 0, step: 1 }, description: `Format code starting at a given character offset.
The range will extend backwards to the start of the first line containing the selected statement.`, cliCategory: "Editor" }, requirePragma: { category: "Special", type: "boolean", default: false, description: "Require either '@prettier' or '@format' to be present in the file's first docblock comment in order for it to be formatted.", cliCategory: "Other" }, tabWidth: { type: "int", category: "Global", default: 2, description: "Number of spaces per indentation level.", range: { start: 0, end: 1 / 0, step: 1 } }, useTabs: { category: "Global", type: "boolean", default: false, description: "Indent with tabs instead of spaces." }, embeddedLanguageFormatting: { category: "Global", type: "choice", default: "auto", description: "Control how Prettier formats quoted code embedded in the file.", choices: [{ value: "auto", description: "Format embedded code if Prettier can automatically identify it." }, { value: "off", description: "Never automatically format embedded code." }] } };
function at({ plugins: t = [], showDeprecated: e = false } = {}) {
  let r = t.flatMap((o) => o.languages ?? []), n = [];
  for (let o of Po(Object.assign({}, ...t.map(({ options: u }) => u), gn))) !e && o.deprecated || (Array.isArray(o.choices) && (e || (o.choices = o.choices.filter((u) => !u.deprecated)), o.name === "parser" && (o.choices = [...o.choices, ...Oo(o.choices, r, t)])), o.pluginDefaults = Object.fromEntries(t.filter((u) => u.defaultOptions?.[o.name] !== void 0).map((u) => [u.name, u.defaultOptions[o.name]])), n.push(o));
  return { languages: r, options: n };
}
function* Oo(t, e, r) {
  let n = new Set(t.map((o) => o.value));
  for (let o of e) if (o.parsers) {
    for (let u of o.parsers) if (!n.has(u)) {
      n.add(u);
      let i = r.find((s) => s.parsers && pe(s.parsers, u)), a2 = o.name;
      i?.name && (a2 += ` (plugin: ${i.name})`), yield { value: u, description: a2 };
    }
  }
}
function Po(t) {
  let e = [];
  for (let [r, n] of Object.entries(t)) {
    let o = { name: r, ...n };
    Array.isArray(o.default) && (o.default = A(0, o.default, -1).value), e.push(o);
  }
  return e;
}
var bo = Array.prototype.toReversed ?? function() {
  return [...this].reverse();
};
var ko = Q("toReversed", function() {
  if (Array.isArray(this)) return bo;
});
var yn = ko;
function Io() {
  let t = globalThis, e = t.process?.platform;
  if (typeof e == "string") return e.startsWith("win");
  let r = t.Deno?.build?.os;
  return typeof r == "string" ? r === "windows" : t.navigator?.platform?.startsWith("Win") ?? false;
}
var Ro = Io();
function _n(t) {
  if (t = t instanceof URL ? t : new URL(t), t.protocol !== "file:") throw new TypeError(`URL must be a file URL: received "${t.protocol}"`);
  return t;
}
function Lo(t) {
  return t = _n(t), decodeURIComponent(t.pathname.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"));
}
function vo(t) {
  t = _n(t);
  let e = decodeURIComponent(t.pathname.replace(/\//g, "\\").replace(/%(?![0-9A-Fa-f]{2})/g, "%25")).replace(/^\\*([A-Za-z]:)(\\|$)/, "$1\\");
  return t.hostname !== "" && (e = `\\\\${t.hostname}${e}`), e;
}
function Wt(t) {
  return Ro ? vo(t) : Lo(t);
}
var An = (t) => String(t).split(/[/\\]/).pop();
var xn = (t) => String(t).startsWith("file:");
function Tn(t, e) {
  if (!e) return;
  let r = An(e).toLowerCase();
  return t.find(({ filenames: n }) => n?.some((o) => o.toLowerCase() === r)) ?? t.find(({ extensions: n }) => n?.some((o) => r.endsWith(o)));
}
function Mo(t, e) {
  if (e) return t.find(({ name: r }) => r.toLowerCase() === e) ?? t.find(({ aliases: r }) => r?.includes(e)) ?? t.find(({ extensions: r }) => r?.includes(`.${e}`));
}
var Yo = void 0;
function Nn(t, e) {
  if (e) {
    if (xn(e)) try {
      e = Wt(e);
    } catch {
      return;
    }
    if (typeof e == "string") return t.find(({ isSupported: r }) => r?.({ filepath: e }));
  }
}
function jo(t, e) {
  let r = yn(0, t.plugins).flatMap((o) => o.languages ?? []);
  return (Mo(r, e.language) ?? Tn(r, e.physicalFile) ?? Tn(r, e.file) ?? Nn(r, e.physicalFile) ?? Nn(r, e.file) ?? Yo?.(r, e.physicalFile))?.parsers[0];
}
var Dt = jo;
var se = { key: (t) => /^[$_a-zA-Z][$_a-zA-Z0-9]*$/.test(t) ? t : JSON.stringify(t), value(t) {
  if (t === null || typeof t != "object") return JSON.stringify(t);
  if (Array.isArray(t)) return `[${t.map((r) => se.value(r)).join(", ")}]`;
  let e = Object.keys(t);
  return e.length === 0 ? "{}" : `{ ${e.map((r) => `${se.key(r)}: ${se.value(t[r])}`).join(", ")} }`;
}, pair: ({ key: t, value: e }) => se.value({ [t]: e }) };
var Bn = new Proxy(String, { get: () => Bn });
var G = Bn;
var wn = (t, e, { descriptor: r }) => {
  let n = [`${G.yellow(typeof t == "string" ? r.key(t) : r.pair(t))} is deprecated`];
  return e && n.push(`we now treat it as ${G.blue(typeof e == "string" ? r.key(e) : r.pair(e))}`), n.join("; ") + ".";
};
var ct = /* @__PURE__ */ Symbol.for("vnopts.VALUE_NOT_EXIST");
var xe = /* @__PURE__ */ Symbol.for("vnopts.VALUE_UNCHANGED");
var Sn = " ".repeat(2);
var Pn = (t, e, r) => {
  let { text: n, list: o } = r.normalizeExpectedResult(r.schemas[t].expected(r)), u = [];
  return n && u.push(On(t, e, n, r.descriptor)), o && u.push([On(t, e, o.title, r.descriptor)].concat(o.values.map((i) => bn(i, r.loggerPrintWidth))).join(`
`)), kn(u, r.loggerPrintWidth);
};
function On(t, e, r, n) {
  return [`Invalid ${G.red(n.key(t))} value.`, `Expected ${G.blue(r)},`, `but received ${e === ct ? G.gray("nothing") : G.red(n.value(e))}.`].join(" ");
}
function bn({ text: t, list: e }, r) {
  let n = [];
  return t && n.push(`- ${G.blue(t)}`), e && n.push([`- ${G.blue(e.title)}:`].concat(e.values.map((o) => bn(o, r - Sn.length).replace(/^|\n/g, `$&${Sn}`))).join(`
`)), kn(n, r);
}
function kn(t, e) {
  if (t.length === 1) return t[0];
  let [r, n] = t, [o, u] = t.map((i) => i.split(`
`, 1)[0].length);
  return o > e && o > u ? n : r;
}
var Te = [];
var $t = [];
function lt(t, e, r) {
  if (t === e) return 0;
  let n = r?.maxDistance, o = t;
  t.length > e.length && (t = e, e = o);
  let u = t.length, i = e.length;
  for (; u > 0 && t.charCodeAt(~-u) === e.charCodeAt(~-i); ) u--, i--;
  let a2 = 0;
  for (; a2 < u && t.charCodeAt(a2) === e.charCodeAt(a2); ) a2++;
  if (u -= a2, i -= a2, n !== void 0 && i - u > n) return n;
  if (u === 0) return n !== void 0 && i > n ? n : i;
  let s, D2, c2, p3, f = 0, m = 0;
  for (; f < u; ) $t[f] = t.charCodeAt(a2 + f), Te[f] = ++f;
  for (; m < i; ) {
    for (s = e.charCodeAt(a2 + m), c2 = m++, D2 = m, f = 0; f < u; f++) p3 = s === $t[f] ? c2 : c2 + 1, c2 = Te[f], D2 = Te[f] = c2 > D2 ? p3 > D2 ? D2 + 1 : p3 : p3 > c2 ? c2 + 1 : p3;
    if (n !== void 0) {
      let l2 = D2;
      for (f = 0; f < u; f++) Te[f] < l2 && (l2 = Te[f]);
      if (l2 > n) return n;
    }
  }
  return Te.length = u, $t.length = u, n !== void 0 && D2 > n ? n : D2;
}
function In(t, e, r) {
  if (!Array.isArray(e) || e.length === 0) return;
  let n = r?.maxDistance, o = t.length;
  for (let s of e) if (s === t) return s;
  if (n === 0) return;
  let u, i = Number.POSITIVE_INFINITY, a2 = /* @__PURE__ */ new Set();
  for (let s of e) {
    if (a2.has(s)) continue;
    a2.add(s);
    let D2 = Math.abs(s.length - o);
    if (D2 >= i || n !== void 0 && D2 > n) continue;
    let c2 = Number.isFinite(i) ? n === void 0 ? i : Math.min(i, n) : n, p3 = c2 === void 0 ? lt(t, s) : lt(t, s, { maxDistance: c2 });
    if (n !== void 0 && p3 > n) continue;
    let f = p3;
    if (c2 !== void 0 && p3 === c2 && c2 === n && (f = lt(t, s)), f < i && (i = f, u = s, i === 0)) break;
  }
  if (!(n !== void 0 && i > n)) return u;
}
var ft = (t, e, { descriptor: r, logger: n, schemas: o }) => {
  let u = [`Ignored unknown option ${G.yellow(r.pair({ key: t, value: e }))}.`], i = In(t, Object.keys(o), { maxDistance: 3 });
  i && u.push(`Did you mean ${G.blue(r.key(i))}?`), n.warn(u.join(" "));
};
var Uo = ["default", "expected", "validate", "deprecated", "forward", "redirect", "overlap", "preprocess", "postprocess"];
function Vo(t, e) {
  let r = new t(e), n = Object.create(r);
  for (let o of Uo) o in e && (n[o] = Wo(e[o], r, O.prototype[o].length));
  return n;
}
var O = class {
  static create(e) {
    return Vo(this, e);
  }
  constructor(e) {
    this.name = e.name;
  }
  default(e) {
  }
  expected(e) {
    return "nothing";
  }
  validate(e, r) {
    return false;
  }
  deprecated(e, r) {
    return false;
  }
  forward(e, r) {
  }
  redirect(e, r) {
  }
  overlap(e, r, n) {
    return e;
  }
  preprocess(e, r) {
    return e;
  }
  postprocess(e, r) {
    return xe;
  }
};
function Wo(t, e, r) {
  return typeof t == "function" ? (...n) => t(...n.slice(0, r - 1), e, ...n.slice(r - 1)) : () => t;
}
var pt = class extends O {
  constructor(e) {
    super(e), this._sourceName = e.sourceName;
  }
  expected(e) {
    return e.schemas[this._sourceName].expected(e);
  }
  validate(e, r) {
    return r.schemas[this._sourceName].validate(e, r);
  }
  redirect(e, r) {
    return this._sourceName;
  }
};
var mt = class extends O {
  expected() {
    return "anything";
  }
  validate() {
    return true;
  }
};
var dt = class extends O {
  constructor({ valueSchema: e, name: r = e.name, ...n }) {
    super({ ...n, name: r }), this._valueSchema = e;
  }
  expected(e) {
    let { text: r, list: n } = e.normalizeExpectedResult(this._valueSchema.expected(e));
    return { text: r && `an array of ${r}`, list: n && { title: "an array of the following values", values: [{ list: n }] } };
  }
  validate(e, r) {
    if (!Array.isArray(e)) return false;
    let n = [];
    for (let o of e) {
      let u = r.normalizeValidateResult(this._valueSchema.validate(o, r), o);
      u !== true && n.push(u.value);
    }
    return n.length === 0 ? true : { value: n };
  }
  deprecated(e, r) {
    let n = [];
    for (let o of e) {
      let u = r.normalizeDeprecatedResult(this._valueSchema.deprecated(o, r), o);
      u !== false && n.push(...u.map(({ value: i }) => ({ value: [i] })));
    }
    return n;
  }
  forward(e, r) {
    let n = [];
    for (let o of e) {
      let u = r.normalizeForwardResult(this._valueSchema.forward(o, r), o);
      n.push(...u.map(Rn));
    }
    return n;
  }
  redirect(e, r) {
    let n = [], o = [];
    for (let u of e) {
      let i = r.normalizeRedirectResult(this._valueSchema.redirect(u, r), u);
      "remain" in i && n.push(i.remain), o.push(...i.redirect.map(Rn));
    }
    return n.length === 0 ? { redirect: o } : { redirect: o, remain: n };
  }
  overlap(e, r) {
    return e.concat(r);
  }
};
function Rn({ from: t, to: e }) {
  return { from: [t], to: e };
}
var Ft = class extends O {
  expected() {
    return "true or false";
  }
  validate(e) {
    return typeof e == "boolean";
  }
};
function vn(t, e) {
  let r = /* @__PURE__ */ Object.create(null);
  for (let n of t) {
    let o = n[e];
    if (r[o]) throw new Error(`Duplicate ${e} ${JSON.stringify(o)}`);
    r[o] = n;
  }
  return r;
}
function Mn(t, e) {
  let r = /* @__PURE__ */ new Map();
  for (let n of t) {
    let o = n[e];
    if (r.has(o)) throw new Error(`Duplicate ${e} ${JSON.stringify(o)}`);
    r.set(o, n);
  }
  return r;
}
function Yn() {
  let t = /* @__PURE__ */ Object.create(null);
  return (e) => {
    let r = JSON.stringify(e);
    return t[r] ? true : (t[r] = true, false);
  };
}
function jn(t, e) {
  let r = [], n = [];
  for (let o of t) e(o) ? r.push(o) : n.push(o);
  return [r, n];
}
function Un(t) {
  return t === Math.floor(t);
}
function Vn(t, e) {
  if (t === e) return 0;
  let r = typeof t, n = typeof e, o = ["undefined", "object", "boolean", "number", "string"];
  return r !== n ? o.indexOf(r) - o.indexOf(n) : r !== "string" ? Number(t) - Number(e) : t.localeCompare(e);
}
function Wn(t) {
  return (...e) => {
    let r = t(...e);
    return typeof r == "string" ? new Error(r) : r;
  };
}
function zt(t) {
  return t === void 0 ? {} : t;
}
function Gt(t) {
  if (typeof t == "string") return { text: t };
  let { text: e, list: r } = t;
  return $o((e || r) !== void 0, "Unexpected `expected` result, there should be at least one field."), r ? { text: e, list: { title: r.title, values: r.values.map(Gt) } } : { text: e };
}
function Kt(t, e) {
  return t === true ? true : t === false ? { value: e } : t;
}
function Ht(t, e, r = false) {
  return t === false ? false : t === true ? r ? true : [{ value: e }] : "value" in t ? [t] : t.length === 0 ? false : t;
}
function Ln(t, e) {
  return typeof t == "string" || "key" in t ? { from: e, to: t } : "from" in t ? { from: t.from, to: t.to } : { from: e, to: t.to };
}
function Et(t, e) {
  return t === void 0 ? [] : Array.isArray(t) ? t.map((r) => Ln(r, e)) : [Ln(t, e)];
}
function Jt(t, e) {
  let r = Et(typeof t == "object" && "redirect" in t ? t.redirect : t, e);
  return r.length === 0 ? { remain: e, redirect: r } : typeof t == "object" && "remain" in t ? { remain: t.remain, redirect: r } : { redirect: r };
}
function $o(t, e) {
  if (!t) throw new Error(e);
}
var Ct = class extends O {
  constructor(e) {
    super(e), this._choices = Mn(e.choices.map((r) => r && typeof r == "object" ? r : { value: r }), "value");
  }
  expected({ descriptor: e }) {
    let r = Array.from(this._choices.keys()).map((i) => this._choices.get(i)).filter(({ hidden: i }) => !i).map((i) => i.value).sort(Vn).map(e.value), n = r.slice(0, -2), o = r.slice(-2);
    return { text: n.concat(o.join(" or ")).join(", "), list: { title: "one of the following values", values: r } };
  }
  validate(e) {
    return this._choices.has(e);
  }
  deprecated(e) {
    let r = this._choices.get(e);
    return r && r.deprecated ? { value: e } : false;
  }
  forward(e) {
    let r = this._choices.get(e);
    return r ? r.forward : void 0;
  }
  redirect(e) {
    let r = this._choices.get(e);
    return r ? r.redirect : void 0;
  }
};
var ht = class extends O {
  expected() {
    return "a number";
  }
  validate(e, r) {
    return typeof e == "number";
  }
};
var gt = class extends ht {
  expected() {
    return "an integer";
  }
  validate(e, r) {
    return r.normalizeValidateResult(super.validate(e, r), e) === true && Un(e);
  }
};
var Ye = class extends O {
  expected() {
    return "a string";
  }
  validate(e) {
    return typeof e == "string";
  }
};
var $n = se;
var zn = ft;
var Gn = Pn;
var Kn = wn;
var yt = class {
  constructor(e, r) {
    let { logger: n = console, loggerPrintWidth: o = 80, descriptor: u = $n, unknown: i = zn, invalid: a2 = Gn, deprecated: s = Kn, missing: D2 = () => false, required: c2 = () => false, preprocess: p3 = (m) => m, postprocess: f = () => xe } = r || {};
    this._utils = { descriptor: u, logger: n || { warn: () => {
    } }, loggerPrintWidth: o, schemas: vn(e, "name"), normalizeDefaultResult: zt, normalizeExpectedResult: Gt, normalizeDeprecatedResult: Ht, normalizeForwardResult: Et, normalizeRedirectResult: Jt, normalizeValidateResult: Kt }, this._unknownHandler = i, this._invalidHandler = Wn(a2), this._deprecatedHandler = s, this._identifyMissing = (m, l2) => !(m in l2) || D2(m, l2), this._identifyRequired = c2, this._preprocess = p3, this._postprocess = f, this.cleanHistory();
  }
  cleanHistory() {
    this._hasDeprecationWarned = Yn();
  }
  normalize(e) {
    let r = {}, o = [this._preprocess(e, this._utils)], u = () => {
      for (; o.length !== 0; ) {
        let i = o.shift(), a2 = this._applyNormalization(i, r);
        o.push(...a2);
      }
    };
    u();
    for (let i of Object.keys(this._utils.schemas)) {
      let a2 = this._utils.schemas[i];
      if (!(i in r)) {
        let s = zt(a2.default(this._utils));
        "value" in s && o.push({ [i]: s.value });
      }
    }
    u();
    for (let i of Object.keys(this._utils.schemas)) {
      if (!(i in r)) continue;
      let a2 = this._utils.schemas[i], s = r[i], D2 = a2.postprocess(s, this._utils);
      D2 !== xe && (this._applyValidation(D2, i, a2), r[i] = D2);
    }
    return this._applyPostprocess(r), this._applyRequiredCheck(r), r;
  }
  _applyNormalization(e, r) {
    let n = [], { knownKeys: o, unknownKeys: u } = this._partitionOptionKeys(e);
    for (let i of o) {
      let a2 = this._utils.schemas[i], s = a2.preprocess(e[i], this._utils);
      this._applyValidation(s, i, a2);
      let D2 = ({ from: m, to: l2 }) => {
        n.push(typeof l2 == "string" ? { [l2]: m } : { [l2.key]: l2.value });
      }, c2 = ({ value: m, redirectTo: l2 }) => {
        let F3 = Ht(a2.deprecated(m, this._utils), s, true);
        if (F3 !== false) if (F3 === true) this._hasDeprecationWarned(i) || this._utils.logger.warn(this._deprecatedHandler(i, l2, this._utils));
        else for (let { value: d3 } of F3) {
          let E3 = { key: i, value: d3 };
          if (!this._hasDeprecationWarned(E3)) {
            let C2 = typeof l2 == "string" ? { key: l2, value: d3 } : l2;
            this._utils.logger.warn(this._deprecatedHandler(E3, C2, this._utils));
          }
        }
      };
      Et(a2.forward(s, this._utils), s).forEach(D2);
      let f = Jt(a2.redirect(s, this._utils), s);
      if (f.redirect.forEach(D2), "remain" in f) {
        let m = f.remain;
        r[i] = i in r ? a2.overlap(r[i], m, this._utils) : m, c2({ value: m });
      }
      for (let { from: m, to: l2 } of f.redirect) c2({ value: m, redirectTo: l2 });
    }
    for (let i of u) {
      let a2 = e[i];
      this._applyUnknownHandler(i, a2, r, (s, D2) => {
        n.push({ [s]: D2 });
      });
    }
    return n;
  }
  _applyRequiredCheck(e) {
    for (let r of Object.keys(this._utils.schemas)) if (this._identifyMissing(r, e) && this._identifyRequired(r)) throw this._invalidHandler(r, ct, this._utils);
  }
  _partitionOptionKeys(e) {
    let [r, n] = jn(Object.keys(e).filter((o) => !this._identifyMissing(o, e)), (o) => o in this._utils.schemas);
    return { knownKeys: r, unknownKeys: n };
  }
  _applyValidation(e, r, n) {
    let o = Kt(n.validate(e, this._utils), e);
    if (o !== true) throw this._invalidHandler(r, o.value, this._utils);
  }
  _applyUnknownHandler(e, r, n, o) {
    let u = this._unknownHandler(e, r, this._utils);
    if (u) for (let i of Object.keys(u)) {
      if (this._identifyMissing(i, u)) continue;
      let a2 = u[i];
      i in this._utils.schemas ? o(i, a2) : n[i] = a2;
    }
  }
  _applyPostprocess(e) {
    let r = this._postprocess(e, this._utils);
    if (r !== xe) {
      if (r.delete) for (let n of r.delete) delete e[n];
      if (r.override) {
        let { knownKeys: n, unknownKeys: o } = this._partitionOptionKeys(r.override);
        for (let u of n) {
          let i = r.override[u];
          this._applyValidation(i, u, this._utils.schemas[u]), e[u] = i;
        }
        for (let u of o) {
          let i = r.override[u];
          this._applyUnknownHandler(u, i, e, (a2, s) => {
            let D2 = this._utils.schemas[a2];
            this._applyValidation(s, a2, D2), e[a2] = s;
          });
        }
      }
    }
  }
};
var qt;
function zo(t, e, { logger: r = false, isCLI: n = false, passThrough: o = false, FlagSchema: u, descriptor: i } = {}) {
  if (n) {
    if (!u) throw new Error("'FlagSchema' option is required.");
    if (!i) throw new Error("'descriptor' option is required.");
  } else i = se;
  let a2 = o ? Array.isArray(o) ? (f, m) => o.includes(f) ? { [f]: m } : void 0 : (f, m) => ({ [f]: m }) : (f, m, l2) => {
    let { _: F3, ...d3 } = l2.schemas;
    return ft(f, m, { ...l2, schemas: d3 });
  }, s = Go(e, { isCLI: n, FlagSchema: u }), D2 = new yt(s, { logger: r, unknown: a2, descriptor: i }), c2 = r !== false;
  c2 && qt && (D2._hasDeprecationWarned = qt);
  let p3 = D2.normalize(t);
  return c2 && (qt = D2._hasDeprecationWarned), p3;
}
function Go(t, { isCLI: e, FlagSchema: r }) {
  let n = [];
  e && n.push(mt.create({ name: "_" }));
  for (let o of t) n.push(Ko(o, { isCLI: e, optionInfos: t, FlagSchema: r })), o.alias && e && n.push(pt.create({ name: o.alias, sourceName: o.name }));
  return n;
}
function Ko(t, { isCLI: e, optionInfos: r, FlagSchema: n }) {
  let { name: o } = t, u = { name: o }, i, a2 = {};
  switch (t.type) {
    case "int":
      i = gt, e && (u.preprocess = Number);
      break;
    case "string":
      i = Ye;
      break;
    case "choice":
      i = Ct, u.choices = t.choices.map((s) => s?.redirect ? { ...s, redirect: { to: { key: t.name, value: s.redirect } } } : s);
      break;
    case "boolean":
      i = Ft;
      break;
    case "flag":
      i = n, u.flags = r.flatMap((s) => [s.alias, s.description && s.name, s.oppositeDescription && `no-${s.name}`].filter(Boolean));
      break;
    case "path":
      i = Ye;
      break;
    default:
      throw new Error(`Unexpected type ${t.type}`);
  }
  if (t.exception ? u.validate = (s, D2, c2) => t.exception(s) || D2.validate(s, c2) : u.validate = (s, D2, c2) => s === void 0 || D2.validate(s, c2), t.redirect && (a2.redirect = (s) => s ? { to: typeof t.redirect == "string" ? t.redirect : { key: t.redirect.option, value: t.redirect.value } } : void 0), t.deprecated && (a2.deprecated = true), e && !t.array) {
    let s = u.preprocess || ((D2) => D2);
    u.preprocess = (D2, c2, p3) => c2.preprocess(s(Array.isArray(D2) ? A(0, D2, -1) : D2), p3);
  }
  return t.array ? dt.create({ ...e ? { preprocess: (s) => Array.isArray(s) ? s : [s] } : {}, ...a2, valueSchema: i.create(u) }) : i.create({ ...u, ...a2 });
}
var Hn = zo;
var Ho = Array.prototype.findLast ?? function(t) {
  for (let e = this.length - 1; e >= 0; e--) {
    let r = this[e];
    if (t(r, e, this)) return r;
  }
};
var Jo = Q("findLast", function() {
  if (Array.isArray(this)) return Ho;
});
var Xt = Jo;
var Jn = /* @__PURE__ */ Symbol.for("PRETTIER_IS_FRONT_MATTER");
var Qt = [];
function qo(t) {
  return !!t?.[Jn];
}
var me = qo;
var qn = /* @__PURE__ */ new Set(["yaml", "toml"]);
var je = ({ node: t }) => me(t) && qn.has(t.language);
async function Zt(t, e, r, n) {
  let { node: o } = r, { language: u } = o;
  if (!qn.has(u)) return;
  let i = o.value.trim(), a2;
  if (i) {
    let s = u === "yaml" ? u : Dt(n, { language: u });
    if (!s) return;
    a2 = i ? await t(i, { parser: s }) : "";
  } else a2 = i;
  return Qe([o.startDelimiter, o.explicitLanguage ?? "", $, a2, a2 ? $ : "", o.endDelimiter]);
}
function Xo(t, e) {
  return je({ node: t }) && (delete e.end, delete e.raw, delete e.value), e;
}
var er = Xo;
function Qo({ node: t }) {
  return t.raw;
}
var tr = Qo;
var Xn = /* @__PURE__ */ new Set(["tokens", "comments", "parent", "enclosingNode", "precedingNode", "followingNode"]);
var Zo = (t) => Object.keys(t).filter((e) => !Xn.has(e));
function ei(t, e) {
  let r = t ? (n) => t(n, Xn) : Zo;
  return e ? new Proxy(r, { apply: (n, o, u) => me(u[0]) ? Qt : Reflect.apply(n, o, u) }) : r;
}
var rr = ei;
function nr(t, e) {
  if (!e) throw new Error("parserName is required.");
  let r = Xt(0, t, (o) => o.parsers && pe(o.parsers, e));
  if (r) return r;
  let n = `Couldn't resolve parser "${e}".`;
  throw n += " Plugins must be explicitly added to the standalone bundle.", new ve(n);
}
function Qn(t, e) {
  if (!e) throw new Error("astFormat is required.");
  let r = Xt(0, t, (o) => o.printers && pe(o.printers, e));
  if (r) return r;
  let n = `Couldn't find plugin for AST format "${e}".`;
  throw n += " Plugins must be explicitly added to the standalone bundle.", new ve(n);
}
function Ue({ plugins: t, parser: e }) {
  let r = nr(t, e);
  return ur(r, e);
}
function ur(t, e) {
  let r = t.parsers[e];
  return typeof r == "function" ? r() : r;
}
async function Zn(t, e) {
  let r = t.printers[e], n = typeof r == "function" ? await r() : r;
  return ni(n);
}
function ti(t) {
  let { features: e, getVisitorKeys: r, embed: n, massageAstNode: o, print: u, ...i } = t;
  e = si(e);
  let a2 = e.experimental_frontMatterSupport;
  r = rr(r, a2.massageAstNode || a2.embed || a2.print);
  let s = o;
  o && a2.massageAstNode && (s = new Proxy(o, { apply(f, m, l2) {
    return er(...l2), Reflect.apply(f, m, l2);
  } }));
  let D2 = n;
  if (n) {
    let f;
    D2 = new Proxy(n, { get(m, l2, F3) {
      return l2 === "getVisitorKeys" ? (f ?? (f = n.getVisitorKeys ? rr(n.getVisitorKeys, a2.massageAstNode || a2.embed) : r), f) : Reflect.get(m, l2, F3);
    }, apply: (m, l2, F3) => a2.embed && je(...F3) ? Zt : Reflect.apply(m, l2, F3) });
  }
  let c2 = u;
  return a2.print && (c2 = new Proxy(u, { apply(f, m, l2) {
    let [F3] = l2;
    return me(F3.node) ? tr(F3) : Reflect.apply(f, m, l2);
  } })), { features: e, getVisitorKeys: r, embed: D2, massageAstNode: s, print: c2, ...i };
}
var ri = /* @__PURE__ */ new WeakMap();
function ni(t) {
  return Ee(ri, t, ti);
}
var ui = ["clean", "embed", "print"];
var oi = Object.fromEntries(ui.map((t) => [t, false]));
function ii(t) {
  return { ...oi, ...t };
}
function si(t) {
  return { experimental_avoidAstMutation: false, ...t, experimental_frontMatterSupport: ii(t?.experimental_frontMatterSupport) };
}
var eu = { astFormat: "estree", printer: {}, originalText: void 0, locStart: null, locEnd: null, getVisitorKeys: null };
async function ai(t, e = {}) {
  let r = { ...t };
  if (!r.parser) {
    if (!r.filepath) throw new Me("No parser and no file path given, couldn't infer a parser.");
    if (r.parser = Dt(r, { physicalFile: r.filepath }), !r.parser) throw new Me(`No parser could be inferred for file "${r.filepath}".`);
  }
  let n = at({ plugins: t.plugins, showDeprecated: true }).options, o = { ...eu, ...Object.fromEntries(n.filter((p3) => p3.default !== void 0).map((p3) => [p3.name, p3.default])) }, u = nr(r.plugins, r.parser), i = await ur(u, r.parser);
  r.astFormat = i.astFormat, r.locEnd = i.locEnd, r.locStart = i.locStart;
  let a2 = u.printers?.[i.astFormat] ? u : Qn(r.plugins, i.astFormat), s = await Zn(a2, i.astFormat);
  r.printer = s, r.getVisitorKeys = s.getVisitorKeys;
  let D2 = a2.defaultOptions ? Object.fromEntries(Object.entries(a2.defaultOptions).filter(([, p3]) => p3 !== void 0)) : {}, c2 = { ...o, ...D2 };
  for (let [p3, f] of Object.entries(c2)) r[p3] ?? (r[p3] = f);
  return r.parser === "json" && (r.trailingComma = "none"), Hn(r, n, { passThrough: Object.keys(eu), ...e });
}
var ae = ai;
var tu = /\r\n|[\n\r\u2028\u2029]/;
function Di(t, e, r, n) {
  let o = { column: null, line: -1, ...t.start }, u = { ...o, ...t.end }, { linesAbove: i = 2, linesBelow: a2 = 3 } = r || {}, s = o.line - n, D2 = o.column, c2 = u.line - n, p3 = u.column, f = Math.max(s - (i + 1), 0), m = Math.min(e.length, c2 + a2);
  s === -1 && (f = 0), c2 === -1 && (m = e.length);
  let l2 = c2 - s, F3 = {};
  if (l2) for (let d3 = 0; d3 <= l2; d3++) {
    let E3 = d3 + s;
    if (D2 == null) F3[E3] = true;
    else if (d3 === 0) {
      let C2 = e[E3 - 1].length;
      F3[E3] = [D2, C2 - D2];
    } else if (d3 === l2) F3[E3] = [0, p3];
    else {
      let C2 = e[E3 - 1].length;
      F3[E3] = [0, C2];
    }
  }
  else if (D2 === p3) D2 != null ? F3[s] = [D2, 0] : F3[s] = true;
  else {
    let d3 = D2 ?? 0, E3 = p3 ?? d3;
    F3[s] = [d3, E3 - d3];
  }
  return { start: f, end: m, markerLines: F3 };
}
function ru(t, e, r = {}, n) {
  let { defs: o, highlight: u } = n || { defs: { gutter: String, marker: String, message: String, reset: String }, highlight: String }, i = (r.startLine || 1) - 1, a2 = t.split(tu), { start: s, end: D2, markerLines: c2 } = Di(e, a2, r, i), p3 = e.start && typeof e.start.column == "number", f = String(D2 + i).length, l2 = u(t).split(tu, D2).slice(s, D2).map((F3, d3) => {
    let E3 = s + 1 + d3, g2 = ` ${` ${E3 + i}`.slice(-f)} |`, _2 = c2[E3], P2 = !c2[E3 + 1];
    if (_2) {
      let x2 = "";
      if (Array.isArray(_2)) {
        let N3 = F3.slice(0, _2[0]).replace(/[^\t]/g, " "), q3 = _2[1] || 1;
        x2 = [`
 `, o.gutter(g2.replace(/\d/g, " ")), " ", N3, o.marker("^").repeat(q3)].join(""), P2 && r.message && (x2 += " " + o.message(r.message));
      }
      return [o.marker(">"), o.gutter(g2), F3.length > 0 ? ` ${F3}` : "", x2].join("");
    } else return ` ${o.gutter(g2)}${F3.length > 0 ? ` ${F3}` : ""}`;
  }).join(`
`);
  return r.message && !p3 && (l2 = `${" ".repeat(f + 1)}${r.message}
${l2}`), o.reset(l2);
}
function nu(t, e, r = {}) {
  return ru(t, e, r);
}
async function ci(t, e) {
  let r = await Ue(e), n = r.preprocess ? await r.preprocess(t, e) : t;
  e.originalText = n;
  let o;
  try {
    o = await r.parse(n, e, e);
  } catch (u) {
    li(u, t);
  }
  return { text: n, ast: o };
}
function li(t, e) {
  let { loc: r } = t;
  if (r) {
    let { start: n, end: o } = r;
    n && (n = { line: n.line, column: n.column - 1 }), o && (o = { line: o.line, column: o.column - 1 });
    let u = nu(e, { start: n, end: o }, { highlightCode: true });
    t.message += `
` + u, t.codeFrame = u;
  }
  throw t;
}
var de = ci;
async function uu(t, e, r, n, o) {
  if (r.embeddedLanguageFormatting !== "auto") return;
  let { printer: u } = r, { embed: i } = u;
  if (!i) return;
  if (i.length > 2) throw new Error("printer.embed has too many parameters. The API changed in Prettier v3. Please update your plugin. See https://prettier.io/docs/plugins#optional-embed");
  let { hasPrettierIgnore: a2 } = u, { getVisitorKeys: s } = i, D2 = [];
  f();
  let c2 = t.stack;
  for (let { print: m, node: l2, pathStack: F3 } of D2) try {
    t.stack = F3;
    let d3 = await m(p3, e, t, r);
    d3 && o.set(l2, d3);
  } catch (d3) {
    if (globalThis.PRETTIER_DEBUG) throw d3;
  }
  t.stack = c2;
  function p3(m, l2) {
    return fi(m, l2, r, n);
  }
  function f() {
    let { node: m } = t;
    if (m === null || typeof m != "object" || a2?.(t)) return;
    for (let F3 of s(m)) Array.isArray(m[F3]) ? t.each(f, F3) : t.call(f, F3);
    let l2 = i(t, r);
    if (l2) {
      if (typeof l2 == "function") {
        D2.push({ print: l2, node: m, pathStack: [...t.stack] });
        return;
      }
      o.set(m, l2);
    }
  }
}
async function fi(t, e, r, n) {
  let o = await ae({ ...r, ...e, parentParser: r.parser, originalText: t, cursorOffset: void 0, rangeStart: void 0, rangeEnd: void 0 }, { passThrough: true }), { ast: u } = await de(t, o), i = await n(u, o);
  return He(i);
}
function pi(t, e, r, n) {
  let { originalText: o, [oe]: u, locStart: i, locEnd: a2, [/* @__PURE__ */ Symbol.for("printedComments")]: s } = e, { node: D2 } = t, c2 = i(D2), p3 = a2(D2);
  for (let m of u) i(m) >= c2 && a2(m) <= p3 && s.add(m);
  let { printPrettierIgnored: f } = e.printer;
  return f ? f(t, e, r, n) : o.slice(c2, p3);
}
var ou = pi;
async function Ve(t, e) {
  ({ ast: t } = await or(t, e));
  let r = /* @__PURE__ */ new Map(), n = new un(t), o = hn(e), u = /* @__PURE__ */ new Map();
  await uu(n, a2, e, Ve, u);
  let i = await iu(n, e, a2, void 0, u);
  if (Cn(e), e.cursorOffset >= 0) {
    if (e.nodeAfterCursor && !e.nodeBeforeCursor) return [te, i];
    if (e.nodeBeforeCursor && !e.nodeAfterCursor) return [i, te];
  }
  return i;
  function a2(D2, c2) {
    return D2 === void 0 || D2 === n ? s(c2) : Array.isArray(D2) ? n.call(() => s(c2), ...D2) : n.call(() => s(c2), D2);
  }
  function s(D2) {
    o(n);
    let c2 = n.node;
    if (c2 == null) return "";
    let p3 = ye(c2) && D2 === void 0;
    if (p3 && r.has(c2)) return r.get(c2);
    let f = iu(n, e, a2, D2, u);
    return p3 && r.set(c2, f), f;
  }
}
function iu(t, e, r, n, o) {
  let { node: u } = t, { printer: i } = e, a2;
  switch (i.hasPrettierIgnore?.(t) ? a2 = ou(t, e, r, n) : o.has(u) ? a2 = o.get(u) : a2 = i.print(t, e, r, n), u) {
    case e.cursorNode:
      a2 = Ce(a2, (s) => [te, s, te]);
      break;
    case e.nodeBeforeCursor:
      a2 = Ce(a2, (s) => [s, te]);
      break;
    case e.nodeAfterCursor:
      a2 = Ce(a2, (s) => [te, s]);
      break;
  }
  return i.printComment && ut(u.comments) && !i.willPrintOwnComments?.(t, e) && (a2 = En(t, a2, e)), a2;
}
async function or(t, e) {
  let r = t.comments ?? [];
  e[oe] = r, e[/* @__PURE__ */ Symbol.for("printedComments")] = /* @__PURE__ */ new Set(), pn(t, e);
  let { printer: { preprocess: n } } = e;
  return t = n ? await n(t, e) : t, { ast: t, comments: r };
}
function mi(t, e) {
  let { cursorOffset: r, locStart: n, locEnd: o, getVisitorKeys: u } = e, i = (m) => n(m) <= r && o(m) >= r, a2 = t, s = [t];
  for (let m of an(t, { getVisitorKeys: u, filter: i })) s.push(m), a2 = m;
  if (Dn(a2, { getVisitorKeys: u })) return { cursorNode: a2 };
  let D2, c2, p3 = -1, f = Number.POSITIVE_INFINITY;
  for (; s.length > 0 && (D2 === void 0 || c2 === void 0); ) {
    a2 = s.pop();
    let m = D2 !== void 0, l2 = c2 !== void 0;
    for (let F3 of Ae(a2, { getVisitorKeys: u })) {
      if (!m) {
        let d3 = o(F3);
        d3 <= r && d3 > p3 && (D2 = F3, p3 = d3);
      }
      if (!l2) {
        let d3 = n(F3);
        d3 >= r && d3 < f && (c2 = F3, f = d3);
      }
    }
  }
  return { nodeBeforeCursor: D2, nodeAfterCursor: c2 };
}
var ir = mi;
function di(t, e) {
  let { printer: r } = e, n = r.massageAstNode;
  if (!n) return t;
  let { getVisitorKeys: o } = r, { ignoredProperties: u } = n;
  return i(t);
  function i(a2, s) {
    if (!ye(a2)) return a2;
    if (Array.isArray(a2)) return a2.map((f) => i(f, s)).filter(Boolean);
    let D2 = {}, c2 = new Set(o(a2));
    for (let f in a2) !pe(a2, f) || u?.has(f) || (c2.has(f) ? D2[f] = i(a2[f], a2) : D2[f] = a2[f]);
    let p3 = n(a2, D2, s);
    if (p3 !== null) return p3 ?? D2;
  }
}
var su = di;
var Fi = Array.prototype.findLastIndex ?? function(t) {
  for (let e = this.length - 1; e >= 0; e--) {
    let r = this[e];
    if (t(r, e, this)) return e;
  }
  return -1;
};
var Ei = Q("findLastIndex", function() {
  if (Array.isArray(this)) return Fi;
});
var au = Ei;
function h(t) {
  let e = new Set(t);
  return (r) => e.has(r?.type);
}
var hf = h(["TSAsExpression", "TSSatisfiesExpression", "AsExpression", "AsConstExpression", "SatisfiesExpression"]);
var gf = h(["SatisfiesExpression", "TSSatisfiesExpression"]);
var yf = h(["TSUnionType", "UnionTypeAnnotation"]);
var _f = h(["TSIntersectionType", "IntersectionTypeAnnotation"]);
var Af = h(["TupleTypeAnnotation", "TSTupleType"]);
var xf = h(["TSConditionalType", "ConditionalTypeAnnotation"]);
var Tf = h(["TSTemplateLiteralType", "TemplateLiteralTypeAnnotation"]);
var Nf = h(["TSImportType", "ImportType"]);
var Bf = h(["TSExternalModuleReference", "ExternalModuleReference"]);
var wf = h(["TSTypeAliasDeclaration", "TypeAlias"]);
var Sf = h(["ReturnStatement", "ThrowStatement"]);
var Of = h(["ReturnStatement", "ThrowStatement", "YieldExpression", "UnaryExpression"]);
var Pf = h(["ExportDefaultDeclaration", "DeclareExportDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "DeclareExportAllDeclaration"]);
var Du = h(["TSExportAssignment", "ExportAssignment"]);
var bf = h(["AbstractMethodDefinition", "TSAbstractMethodDefinition"]);
var kf = h(["AbstractPropertyDefinition", "TSAbstractPropertyDefinition"]);
var If = h(["TSParameterProperty", "ParameterProperty"]);
var Rf = h(["TSNonNullExpression", "NonNullExpression"]);
var Lf = h(["ArrayExpression"]);
var vf = h(["ObjectExpression"]);
var Mf = h(["Literal", "BooleanLiteral", "BigIntLiteral", "DirectiveLiteral", "NullLiteral", "NumericLiteral", "RegExpLiteral", "StringLiteral"]);
var Yf = h(["ObjectTypeAnnotation", "TSTypeLiteral", "TSMappedType"]);
var jf = h(["FunctionExpression", "ArrowFunctionExpression"]);
var Uf = h(["JSXElement", "JSXFragment"]);
var Vf = h(["BinaryExpression", "LogicalExpression", "NGPipeExpression"]);
var Wf = h(["CallExpression", "OptionalCallExpression"]);
var $f = h(["MemberExpression", "OptionalMemberExpression"]);
var zf = h(["CallExpression", "OptionalCallExpression", "NewExpression"]);
var Gf = h(["CallExpression", "OptionalCallExpression", "NewExpression", "ImportExpression"]);
var Kf = h(["ChainExpression", "TSNonNullExpression", "NonNullExpression"]);
var Hf = h(["TSArrayType", "ArrayTypeAnnotation"]);
var Jf = h(["TSTypeParameterInstantiation", "TypeParameterInstantiation"]);
var qf = h(["TSTypeAnnotation", "TypeAnnotation"]);
var Xf = h(["TSModuleDeclaration", "DeclareModule", "DeclareNamespace"]);
var Qf = h(["TSConstructorType", "ConstructorTypeAnnotation"]);
var Zf = h(["ClassDeclaration", "ClassExpression"]);
var ep = h(["ImportNamespaceSpecifier", "ExportNamespaceSpecifier"]);
var tp = h(["TSEnumDeclaration", "EnumDeclaration", "DeclareEnum"]);
var rp = h(["TSEnumBody", "EnumBody"]);
function Ci(t, e) {
  return e = new Set(e), t.find((r) => lu.has(r.type) && e.has(r));
}
function cu(t) {
  let e = au(0, t, (r) => r.type !== "Program" && r.type !== "File");
  return e === -1 ? t : t.slice(0, e + 1);
}
function hi(t, e, r) {
  let { locStart: n, locEnd: o } = r, [u, ...i] = t, [a2, ...s] = e;
  if (u === a2) return [u, a2];
  let D2 = n(u);
  for (let p3 of cu(s)) if (n(p3) >= D2) a2 = p3;
  else break;
  let c2 = o(a2);
  for (let p3 of cu(i)) {
    if (o(p3) <= c2) ar(r, p3) && (u = p3);
    else break;
    if (u === a2) break;
  }
  return [u, a2];
}
function sr(t, e, r, n, o = [], u, i) {
  let { locStart: a2, locEnd: s } = i, D2 = a2(t), c2 = s(t);
  if (e > c2 || e < D2 || u === "rangeEnd" && e === D2 || u === "rangeStart" && e === c2) return;
  let p3 = [t, ...o], f = st(t, p3, { cache: Vt, locStart: a2, locEnd: s, getVisitorKeys: r.getVisitorKeys, filter: r.printer.canAttachComment, getChildren: r.printer.getCommentChildNodes });
  for (let m of f) {
    let l2 = sr(m, e, r, n, p3, u, i);
    if (l2) return l2;
  }
  if (n(t, o[0])) return p3;
}
function gi(t, e) {
  return e?.type === "ForStatement" && e.init === t || (e?.type === "ForInStatement" || e?.type === "ForOfStatement") && e.left === t;
}
function yi(t, e) {
  let { type: r } = t;
  return e?.type !== "DeclareExportDeclaration" && r !== "TypeParameterDeclaration" && r !== "TSTypeParameterDeclaration" && !(r === "VariableDeclaration" && gi(t, e)) && (r === "Directive" || r === "TypeAlias" || Du(t) || r.startsWith("Declare") || r.startsWith("TSDeclare") || r.endsWith("Statement") || r.endsWith("Declaration"));
}
var lu = /* @__PURE__ */ new Set(["JsonRoot", "ObjectExpression", "ArrayExpression", "StringLiteral", "NumericLiteral", "BooleanLiteral", "NullLiteral", "UnaryExpression", "TemplateLiteral"]);
var _i = /* @__PURE__ */ new Set(["OperationDefinition", "FragmentDefinition", "VariableDefinition", "TypeExtensionDefinition", "ObjectTypeDefinition", "FieldDefinition", "DirectiveDefinition", "EnumTypeDefinition", "EnumValueDefinition", "InputValueDefinition", "InputObjectTypeDefinition", "SchemaDefinition", "OperationTypeDefinition", "InterfaceTypeDefinition", "UnionTypeDefinition", "ScalarTypeDefinition"]);
function ar(t, e, r) {
  if (!e) return false;
  switch (t.parser) {
    case "flow":
    case "hermes":
    case "babel":
    case "babel-flow":
    case "babel-ts":
    case "typescript":
    case "acorn":
    case "espree":
    case "meriyah":
    case "oxc":
    case "oxc-ts":
    case "yuku":
    case "yuku-ts":
    case "__babel_estree":
      return yi(e, r);
    case "json":
    case "json5":
    case "jsonc":
    case "json-stringify":
      return lu.has(e.type);
    case "graphql":
      return _i.has(e.kind);
    case "vue":
      return e.tag !== "root";
  }
  return false;
}
function fu(t, e, r) {
  let { rangeStart: n, rangeEnd: o } = e;
  I(o > n);
  let u = t.slice(n, o).search(/\S/), i = u === -1;
  if (!i) for (n += u; o > n && !/\S/.test(t[o - 1]); --o) ;
  let a2 = e.printer.features?.experimental_locForRangeFormat ?? e, s = sr(r, n, e, (l2, F3) => ar(e, l2, F3), [], "rangeStart", a2);
  if (!s) return;
  let D2 = i ? s : sr(r, o, e, (l2) => ar(e, l2), [], "rangeEnd", a2);
  if (!D2) return;
  let c2, p3;
  if (r.type === "JsonRoot") {
    let l2 = Ci(s, D2);
    c2 = l2, p3 = l2;
  } else [c2, p3] = hi(s, D2, e);
  let { locStart: f, locEnd: m } = a2;
  return [Math.min(f(c2), f(p3)), Math.max(m(c2), m(p3))];
}
var pu = /* @__PURE__ */ Symbol("cursor");
async function Fu(t, e, r = 0) {
  if (!t || t.trim().length === 0) return { formatted: "", cursorOffset: -1, comments: [] };
  let { ast: n, text: o } = await de(t, e);
  e.cursorOffset >= 0 && (e = { ...e, ...ir(n, e) });
  let u = await Ve(n, e, r);
  r > 0 && (u = Ze([$, u], r, e.tabWidth));
  let i = he(u, e);
  if (r > 0) {
    let s = i.formatted.trim();
    i.cursorNodeStart !== void 0 && (i.cursorNodeStart -= i.formatted.indexOf(s), i.cursorNodeStart < 0 && (i.cursorNodeStart = 0, i.cursorNodeText = i.cursorNodeText.trimStart()), i.cursorNodeStart + i.cursorNodeText.length > s.length && (i.cursorNodeText = i.cursorNodeText.trimEnd())), i.formatted = s + Se(e.endOfLine);
  }
  let a2 = e[oe];
  if (e.cursorOffset >= 0) {
    let s, D2, c2, p3;
    if ((e.cursorNode || e.nodeBeforeCursor || e.nodeAfterCursor) && i.cursorNodeText) if (c2 = i.cursorNodeStart, p3 = i.cursorNodeText, e.cursorNode) s = e.locStart(e.cursorNode), D2 = o.slice(s, e.locEnd(e.cursorNode));
    else {
      if (!e.nodeBeforeCursor && !e.nodeAfterCursor) throw new Error("Cursor location must contain at least one of cursorNode, nodeBeforeCursor, nodeAfterCursor");
      s = e.nodeBeforeCursor ? e.locEnd(e.nodeBeforeCursor) : 0;
      let E3 = e.nodeAfterCursor ? e.locStart(e.nodeAfterCursor) : o.length;
      D2 = o.slice(s, E3);
    }
    else s = 0, D2 = o, c2 = 0, p3 = i.formatted;
    let f = e.cursorOffset - s;
    if (D2 === p3) return { formatted: i.formatted, cursorOffset: c2 + f, comments: a2 };
    let m = D2.split("");
    m.splice(f, 0, pu);
    let l2 = p3.split(""), F3 = Nt(m, l2), d3 = c2;
    for (let E3 of F3) if (E3.removed) {
      if (E3.value.includes(pu)) break;
    } else d3 += E3.count;
    return { formatted: i.formatted, cursorOffset: d3, comments: a2 };
  }
  return { formatted: i.formatted, cursorOffset: -1, comments: a2 };
}
async function Ai(t, e) {
  let { ast: r, text: n } = await de(t, e), [o, u] = fu(n, e, r) ?? [0, 0], i = n.slice(o, u), a2 = Math.min(o, n.lastIndexOf(`
`, o) + 1), s = n.slice(a2, o).match(/^\s*/)[0], D2 = ge(s, e.tabWidth), c2 = await Fu(i, { ...e, rangeStart: 0, rangeEnd: Number.POSITIVE_INFINITY, cursorOffset: e.cursorOffset > o && e.cursorOffset <= u ? e.cursorOffset - o : -1, endOfLine: "lf" }, D2), p3 = c2.formatted.trimEnd(), { cursorOffset: f } = e;
  f > u ? f += p3.length - i.length : c2.cursorOffset >= 0 && (f = c2.cursorOffset + o);
  let m = n.slice(0, o) + p3 + n.slice(u);
  if (e.endOfLine !== "lf") {
    let l2 = Se(e.endOfLine);
    f >= 0 && l2 === `\r
` && (f += wt(m.slice(0, f), `
`)), m = ue(0, m, `
`, l2);
  }
  return { formatted: m, cursorOffset: f, comments: c2.comments };
}
function Dr(t, e, r) {
  return typeof e != "number" || Number.isNaN(e) || e < 0 || e > t.length ? r : e;
}
function mu(t, e) {
  let { cursorOffset: r, rangeStart: n, rangeEnd: o } = e;
  return r = Dr(t, r, -1), n = Dr(t, n, 0), o = Dr(t, o, t.length), { ...e, cursorOffset: r, rangeStart: n, rangeEnd: o };
}
function Eu(t, e) {
  let { cursorOffset: r, rangeStart: n, rangeEnd: o, endOfLine: u } = mu(t, e), i = rn(t);
  if (i && (t = t.slice(1), r--, n--, o--), u === "auto" && (u = gr(t)), t.includes("\r")) {
    let a2 = (s) => wt(t.slice(0, Math.max(s, 0)), `\r
`);
    r -= a2(r), n -= a2(n), o -= a2(o), t = yr(t);
  }
  return { hasBom: i, text: t, options: mu(t, { ...e, cursorOffset: r, rangeStart: n, rangeEnd: o, endOfLine: u }) };
}
async function du(t, e) {
  let r = await Ue(e);
  return !r.hasPragma || r.hasPragma(t);
}
async function xi(t, e) {
  return (await Ue(e)).hasIgnorePragma?.(t);
}
async function cr(t, e) {
  let { hasBom: r, text: n, options: o } = Eu(t, await ae(e));
  if (o.rangeStart >= o.rangeEnd && n !== "" || o.requirePragma && !await du(n, o) || o.checkIgnorePragma && await xi(n, o)) return { formatted: t, cursorOffset: e.cursorOffset, comments: [] };
  let u;
  return o.rangeStart > 0 || o.rangeEnd < n.length ? u = await Ai(n, o) : (!o.requirePragma && o.insertPragma && o.printer.insertPragma && !await du(n, o) && (n = o.printer.insertPragma(n)), u = await Fu(n, o)), r && (u.formatted = nn(u.formatted), u.cursorOffset >= 0 && u.cursorOffset++), u;
}
async function Cu(t, e, r) {
  let { text: n, options: o } = Eu(t, await ae(e)), u = await de(n, o);
  return r && (r.preprocessForPrint && (u.ast = await or(u.ast, o)), r.massage && (u.ast = su(u.ast, o))), u;
}
async function hu(t, e) {
  e = await ae(e);
  let r = await Ve(t, e);
  return he(r, e);
}
async function gu(t, e) {
  let r = Wr(t), { formatted: n } = await cr(r, { ...e, parser: "__js_expression" });
  return n;
}
async function yu(t, e) {
  e = await ae(e);
  let { ast: r } = await de(t, e);
  return e.cursorOffset >= 0 && (e = { ...e, ...ir(r, e) }), Ve(r, e);
}
async function _u(t, e) {
  return he(t, await ae(e));
}
var lr = {};
xt(lr, { builders: () => Ni, printer: () => Bi, utils: () => wi });
var Ni = { join: Je, line: et, softline: jr, hardline: $, literalline: qe, group: Ot, conditionalGroup: Lr, fill: Rr, lineSuffix: Ie, lineSuffixBoundary: Ur, cursor: te, breakParent: ce, ifBreak: vr, trim: Vr, indent: ie, indentIfBreak: Mr, align: De, addAlignmentToDoc: Ze, markAsRoot: Qe, dedentToRoot: kr, dedent: Ir, hardlineWithoutBreakParent: ke, literallineWithoutBreakParent: Pt, label: Yr, concat: (t) => t };
var Bi = { printDocToString: he };
var wi = { willBreak: Nr, traverseDoc: Oe, findInDoc: Ke, mapDoc: be, removeLines: wr, stripTrailingHardline: He, replaceEndOfLine: Sr, canBreak: Or };
var Au = "3.10.1";
var pr = {};
xt(pr, { addDanglingComment: () => ne, addLeadingComment: () => le, addTrailingComment: () => fe, getAlignmentSize: () => ge, getIndentSize: () => xu, getMaxContinuousCount: () => Tu, getNextNonSpaceNonCommentCharacter: () => Nu, getNextNonSpaceNonCommentCharacterIndex: () => Ui, getPreferredQuote: () => Su, getStringWidth: () => Re, hasNewline: () => J, hasNewlineInRange: () => Ou, hasSpaces: () => Pu, isNextLineEmpty: () => Gi, isNextLineEmptyAfterIndex: () => _t, isPreviousLineEmpty: () => Wi, makeString: () => zi, skip: () => _e, skipEverythingButNewLine: () => it, skipInlineComment: () => Ne, skipNewline: () => z, skipSpaces: () => U, skipToLineEnd: () => ot, skipTrailingComment: () => Be, skipWhitespace: () => on });
function Si(t, e) {
  if (e === false) return false;
  if (t.charAt(e) === "/" && t.charAt(e + 1) === "*") {
    for (let r = e + 2; r < t.length; ++r) if (t.charAt(r) === "*" && t.charAt(r + 1) === "/") return r + 2;
  }
  return e;
}
var Ne = Si;
function Oi(t, e) {
  return e === false ? false : t.charAt(e) === "/" && t.charAt(e + 1) === "/" ? it(t, e) : e;
}
var Be = Oi;
function Pi(t, e) {
  let r = null, n = e;
  for (; n !== r; ) r = n, n = U(t, n), n = Ne(t, n), n = Be(t, n), n = z(t, n);
  return n;
}
var We = Pi;
function bi(t, e) {
  let r = null, n = e;
  for (; n !== r; ) r = n, n = ot(t, n), n = Ne(t, n), n = U(t, n);
  return n = Be(t, n), n = z(t, n), n !== false && J(t, n);
}
var _t = bi;
function ki(t, e) {
  let r = t.lastIndexOf(`
`);
  return r === -1 ? 0 : ge(t.slice(r + 1).match(/^[\t ]*/)[0], e);
}
var xu = ki;
function fr(t) {
  if (typeof t != "string") throw new TypeError("Expected a string");
  return t.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}
function Ii(t, e) {
  let r = t.matchAll(new RegExp(`(?:${fr(e)})+`, "g"));
  return r.reduce || (r = [...r]), r.reduce((n, [o]) => Math.max(n, o.length), 0) / e.length;
}
var Tu = Ii;
function Ri(t, e) {
  let r = We(t, e);
  return r === false ? "" : t.charAt(r);
}
var Nu = Ri;
var Bu = Object.freeze({ character: "'", codePoint: 39 });
var wu = Object.freeze({ character: '"', codePoint: 34 });
var Li = Object.freeze({ preferred: Bu, alternate: wu });
var vi = Object.freeze({ preferred: wu, alternate: Bu });
function Su(t, e) {
  let { preferred: r, alternate: n } = e === true || e === "'" ? Li : vi, { length: o } = t, u = 0, i = 0;
  for (let a2 = 0; a2 < o; a2++) {
    let s = t.charCodeAt(a2);
    s === r.codePoint ? u++ : s === n.codePoint && i++;
  }
  return (u > i ? n : r).character;
}
function Mi(t, e, r) {
  for (let n = e; n < r; ++n) if (t.charAt(n) === `
`) return true;
  return false;
}
var Ou = Mi;
function Yi(t, e, r = {}) {
  return U(t, r.backwards ? e - 1 : e, r) !== e;
}
var Pu = Yi;
function ji(t, e, r) {
  return We(t, r(e));
}
function Ui(t, e) {
  return arguments.length === 2 || typeof e == "number" ? We(t, e) : ji(...arguments);
}
function Vi(t, e, r) {
  return Le(t, r(e));
}
function Wi(t, e) {
  return arguments.length === 2 || typeof e == "number" ? Le(t, e) : Vi(...arguments);
}
function $i(t, e, r) {
  return _t(t, r(e));
}
function zi(t, e, r) {
  let n = e === '"' ? "'" : '"', u = ue(0, t, /\\(.)|(["'])/gs, (i, a2, s) => a2 === n ? a2 : s === e ? "\\" + s : s || (r && /^[^\n\r"'0-7\\bfnrt-vx\u2028\u2029]$/.test(a2) ? a2 : "\\" + a2));
  return e + u + e;
}
function Gi(t, e) {
  return arguments.length === 2 || typeof e == "number" ? _t(t, e) : $i(...arguments);
}
function Fe(t, e = 1) {
  return async (...r) => {
    let n = r[e] ?? {}, o = n.plugins ?? [];
    return r[e] = { ...n, plugins: Array.isArray(o) ? o : Object.values(o) }, await t(...r);
  };
}
var bu = Fe(cr);
async function ku(t, e) {
  let { formatted: r } = await bu(t, { ...e, cursorOffset: -1 });
  return r;
}
async function Ki(t, e) {
  return await ku(t, e) === t;
}
var Hi = Fe(at, 0);
var Ji = { parse: Fe(Cu), formatAST: Fe(hu), formatDoc: Fe(gu), printToDoc: Fe(yu), printDocToString: Fe(_u) };

// node_modules/prettier/plugins/babel.mjs
var babel_exports = {};
__export(babel_exports, {
  default: () => ai2,
  parsers: () => ka
});
var ni2 = Object.defineProperty;
var Kt2 = (a2, e) => {
  for (var t in e) ni2(a2, t, { get: e[t], enumerable: true });
};
var ai2 = {};
Kt2(ai2, { parsers: () => ka });
var Re2 = {};
Kt2(Re2, { __babel_estree: () => Sa, __js_expression: () => Ta, __ts_expression: () => Aa, __vue_event_binding: () => Pa, __vue_expression: () => Ta, __vue_ts_event_binding: () => ga, __vue_ts_expression: () => Aa, babel: () => Pa, "babel-flow": () => ii2, "babel-ts": () => ga });
var Z2 = (a2, e) => (t, s, ...i) => t | 1 && s == null ? void 0 : (e.call(s) ?? s[a2]).apply(s, i);
var oi2 = String.prototype.replaceAll ?? function(a2, e) {
  return a2.global ? this.replace(a2, e) : this.split(a2).join(e);
};
var hi2 = Z2("replaceAll", function() {
  if (typeof this == "string") return oi2;
});
var R2 = hi2;
var ci2 = Object.hasOwn ?? Function.prototype.call.bind(Object.prototype.hasOwnProperty);
var lt2 = ci2;
var L2 = class {
  constructor(e, t, s) {
    this.line = void 0, this.column = void 0, s !== void 0 && (this.index = void 0), this.line = e, this.column = t, s !== void 0 && (this.index = s);
  }
};
var rt2 = class {
  start;
  end;
  filename;
  identifierName;
  constructor(e, t) {
    this.start = e, this.end = t;
  }
};
function F(a2, e) {
  let { line: t, column: s, index: i } = a2;
  return new L2(t, s + e, i + e);
}
var je2 = "BABEL_PARSER_SOURCETYPE_MODULE_REQUIRED";
var li2 = { ImportMetaOutsideModule: { message: `import.meta may appear only with 'sourceType: "module"'`, code: je2 }, ImportOutsideModule: { message: `'import' and 'export' may appear only with 'sourceType: "module"'`, code: je2 } };
var Ve2 = { ArrayPattern: "array destructuring pattern", AssignmentExpression: "assignment expression", AssignmentPattern: "assignment expression", ArrowFunctionExpression: "arrow function expression", ConditionalExpression: "conditional expression", CatchClause: "catch clause", ForOfStatement: "for-of statement", ForInStatement: "for-in statement", ForStatement: "for-loop", FormalParameters: "function parameter list", Identifier: "identifier", ImportSpecifier: "import specifier", ImportDefaultSpecifier: "import default specifier", ImportNamespaceSpecifier: "import namespace specifier", ObjectPattern: "object destructuring pattern", ParenthesizedExpression: "parenthesized expression", RestElement: "rest element", UpdateExpression: { true: "prefix operation", false: "postfix operation" }, VariableDeclarator: "variable declaration", YieldExpression: "yield expression" };
var wt2 = (a2) => a2.type === "UpdateExpression" ? Ve2.UpdateExpression[`${a2.prefix}`] : Ve2[a2.type];
var pi2 = { AccessorIsGenerator: ({ kind: a2 }) => `A ${a2}ter cannot be a generator.`, ArgumentsInClass: "'arguments' is only allowed in functions and class methods.", AsyncFunctionInSingleStatementContext: "Async functions can only be declared at the top level or inside a block.", AwaitBindingIdentifier: "Can not use 'await' as identifier inside an async function.", AwaitBindingIdentifierInStaticBlock: "Can not use 'await' as identifier inside a static block.", AwaitExpressionFormalParameter: "'await' is not allowed in async function parameters.", AwaitUsingNotInAsyncContext: "'await using' is only allowed within async functions and at the top levels of modules.", AwaitNotInAsyncContext: "'await' is only allowed within async functions and at the top levels of modules.", BadGetterArity: "A 'get' accessor must not have any formal parameters.", BadSetterArity: "A 'set' accessor must have exactly one formal parameter.", BadSetterRestParameter: "A 'set' accessor function argument must not be a rest parameter.", ConstructorClassField: "Classes may not have a field named 'constructor'.", ConstructorClassPrivateField: "Classes may not have a private field named '#constructor'.", ConstructorIsAccessor: "Class constructor may not be an accessor.", ConstructorIsAsync: "Constructor can't be an async function.", ConstructorIsGenerator: "Constructor can't be a generator.", DeclarationMissingInitializer: ({ kind: a2 }) => `Missing initializer in ${a2} declaration.`, DecoratorArgumentsOutsideParentheses: "Decorator arguments must be moved inside parentheses: use '@(decorator(args))' instead of '@(decorator)(args)'.", DecoratorsBeforeAfterExport: "Decorators can be placed *either* before or after the 'export' keyword, but not in both locations at the same time.", DecoratorConstructor: "Decorators can't be used with a constructor. Did you mean '@dec class { ... }'?", DecoratorSemicolon: "Decorators must not be followed by a semicolon.", DecoratorStaticBlock: "Decorators can't be used with a static block.", DeferImportRequiresNamespace: 'Only `import defer * as x from "./module"` is valid.', DeferExportInvalidAll: '`export defer * from "./module"` is invalid. Explicitly list the re-exported names.', DeletePrivateField: "Deleting a private field is not allowed.", DestructureNamedImport: "ES2015 named imports do not destructure. Use another statement for destructuring after the import.", DuplicateConstructor: "Duplicate constructor in the same class.", DuplicateDefaultExport: "Only one default export allowed per module.", DuplicateExport: ({ exportName: a2 }) => `\`${a2}\` has already been exported. Exported identifiers must be unique.`, DuplicateProto: "Redefinition of __proto__ property.", DuplicateRegExpFlags: "Duplicate regular expression flag.", ElementAfterRest: "Rest element must be last element.", EscapedCharNotAnIdentifier: "Invalid Unicode escape.", ExportBindingIsString: ({ localName: a2, exportName: e }) => `A string literal cannot be used as an exported binding without \`from\`.
- Did you mean \`export { '${a2}' as '${e}' } from 'some-module'\`?`, ExportDefaultFromAsIdentifier: "'from' is not allowed as an identifier after 'export default'.", FilteredNamespaceDuplicateName: ({ name: a2 }) => `Duplicate name '${a2}' in filtered namespace.`, FilteredNamespaceRename: "Names in a filtered namespace cannot be renamed using `as`.", FilteredNamespaceTypeModifier: "Names in a filtered namespace cannot have a type modifier.", ForInOfLoopInitializer: ({ type: a2 }) => `'${a2 === "ForInStatement" ? "for-in" : "for-of"}' loop variable declaration may not have an initializer.`, ForInUsing: "For-in loop may not start with 'using' declaration.", ForOfAsync: "The left-hand side of a for-of loop may not be 'async'.", ForOfLet: "The left-hand side of a for-of loop may not start with 'let'.", GeneratorInSingleStatementContext: "Generators can only be declared at the top level or inside a block.", IllegalBreakContinue: ({ type: a2 }) => `Unsyntactic ${a2 === "BreakStatement" ? "break" : "continue"}.`, IllegalLanguageModeDirective: "Illegal 'use strict' directive in function with non-simple parameter list.", IllegalReturn: "'return' outside of function.", ImportBindingIsString: ({ importName: a2 }) => `A string literal cannot be used as an imported binding.
- Did you mean \`import { "${a2}" as foo }\`?`, ImportCallArity: ({ phase: a2, sync: e }) => `\`import${a2 ? `.${a2}` : e ? ".sync" : ""}()\` requires exactly one or two arguments.`, ImportCallNotNewExpression: ({ phase: a2, sync: e }) => `Cannot use new with import${a2 ? `.${a2}` : e ? ".sync" : ""}().`, ImportCallSpreadArgument: ({ phase: a2, sync: e }) => `\`...\` is not allowed in \`import${a2 ? `.${a2}` : e ? ".sync" : ""}()\`.`, IncompatibleRegExpUVFlags: "The 'u' and 'v' regular expression flags cannot be enabled at the same time.", InvalidBigIntLiteral: "Invalid BigIntLiteral.", InvalidCodePoint: "Code point out of bounds.", InvalidCoverDiscardElement: "'void' must be followed by an expression when not used in a binding position.", InvalidCoverInitializedName: "Invalid shorthand property initializer.", InvalidDigit: ({ radix: a2 }) => `Expected number in radix ${a2}.`, InvalidEscapeSequence: "Bad character escape sequence.", InvalidEscapeSequenceTemplate: "Invalid escape sequence in template.", InvalidEscapedReservedWord: ({ reservedWord: a2 }) => `Escape sequence in keyword ${a2}.`, InvalidIdentifier: ({ identifierName: a2 }) => `Invalid identifier ${a2}.`, InvalidLhs: ({ ancestor: a2 }) => `Invalid left-hand side in ${wt2(a2)}.`, InvalidLhsBinding: ({ ancestor: a2 }) => `Binding invalid left-hand side in ${wt2(a2)}.`, InvalidLhsOptionalChaining: ({ ancestor: a2 }) => `Invalid optional chaining in the left-hand side of ${wt2(a2)}.`, InvalidOrMissingExponent: "Floating-point numbers require a valid exponent after the 'e'.", InvalidOrUnexpectedToken: ({ unexpected: a2 }) => `Unexpected character '${a2}'.`, InvalidParenthesizedAssignment: "Invalid parenthesized assignment pattern.", InvalidPrivateFieldResolution: ({ identifierName: a2 }) => `Private name #${a2} is not defined.`, InvalidPropertyBindingPattern: "Binding member expression.", InvalidRestAssignmentPattern: "Invalid rest operator's argument.", LabelRedeclaration: ({ labelName: a2 }) => `Label '${a2}' is already declared.`, LetInLexicalBinding: "'let' is disallowed as a lexically bound name.", LineTerminatorBeforeArrow: "No line break is allowed before '=>'.", MalformedRegExpFlags: "Invalid regular expression flag.", MissingClassName: "A class name is required.", MissingEqInAssignment: "Only '=' operator can be used for specifying default value.", MissingSemicolon: "Missing semicolon.", MissingPlugin: ({ missingPlugin: a2 }) => `This experimental syntax requires enabling the parser plugin: ${a2.map((e) => JSON.stringify(e)).join(", ")}.`, MissingOneOfPlugins: ({ missingPlugin: a2 }) => `This experimental syntax requires enabling one of the following parser plugin(s): ${a2.map((e) => JSON.stringify(e)).join(", ")}.`, MissingUnicodeEscape: "Expecting Unicode escape sequence \\uXXXX.", MixingCoalesceWithLogical: "Nullish coalescing operator(??) requires parens when mixing with logical operators.", ModuleAttributeInvalidValue: "Only string literals are allowed as module attribute values.", ModuleAttributesWithDuplicateKeys: ({ key: a2 }) => `Duplicate key "${a2}" is not allowed in module attributes.`, ModuleExportNameHasLoneSurrogate: ({ surrogateCharCode: a2 }) => `An export name cannot include a lone surrogate, found '\\u${a2.toString(16)}'.`, ModuleExportUndefined: ({ localName: a2 }) => `Export '${a2}' is not defined.`, MultipleDefaultsInSwitch: "Multiple default clauses.", NewlineAfterThrow: "Illegal newline after throw.", NoCatchOrFinally: "Missing catch or finally clause.", NumberIdentifier: "Identifier directly after number.", NumericSeparatorInEscapeSequence: "Numeric separators are not allowed inside unicode escape sequences or hex escape sequences.", ObsoleteAwaitStar: "'await*' has been removed from the async functions proposal. Use Promise.all() instead.", OptionalChainingNoNew: "Constructors in/after an Optional Chain are not allowed.", OptionalChainingNoTemplate: "Tagged Template Literals are not allowed in optionalChain.", OverrideOnConstructor: "'override' modifier cannot appear on a constructor declaration.", ParamDupe: "Argument name clash.", PatternHasAccessor: "Object pattern can't contain getter or setter.", PatternHasMethod: "Object pattern can't contain methods.", PrivateInExpectedIn: ({ identifierName: a2 }) => `Private names are only allowed in property accesses (\`obj.#${a2}\`) or in \`in\` expressions (\`#${a2} in obj\`).`, PrivateNameRedeclaration: ({ identifierName: a2 }) => `Duplicate private name #${a2}.`, RestTrailingComma: "Unexpected trailing comma after rest element.", SloppyFunction: "In non-strict mode code, functions can only be declared at top level or inside a block.", SloppyFunctionAnnexB: "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.", SourcePhaseImportRequiresDefault: 'Only `import source x from "./module"` is valid.', StaticPrototype: "Classes may not have static property named prototype.", SuperCallNotNewExpression: "Cannot use new with super(...).", SuperNotAllowed: "`super()` is only valid inside a class constructor of a subclass. Maybe a typo in the method name ('constructor') or not extending another class?", SuperPrivateField: "Private fields can't be accessed on super.", TrailingDecorator: "Decorators must be attached to a class element.", UnexpectedArgumentPlaceholder: "Unexpected argument placeholder.", UnexpectedDigitAfterHash: "Unexpected digit after hash token.", UnexpectedImportExport: "'import' and 'export' may only appear at the top level.", UnexpectedKeyword: ({ keyword: a2 }) => `Unexpected keyword '${a2}'.`, UnexpectedLeadingDecorator: "Leading decorators must be attached to a class declaration.", UnexpectedLexicalDeclaration: "Lexical declaration cannot appear in a single-statement context.", UnexpectedNewTarget: "`new.target` can only be used in functions or class properties.", UnexpectedNumericSeparator: "A numeric separator is only allowed between two digits.", UnexpectedPrivateField: "Unexpected private name.", UnexpectedReservedWord: ({ reservedWord: a2 }) => `Unexpected reserved word '${a2}'.`, UnexpectedSuper: "'super' is only allowed in object methods and classes.", UnexpectedToken: ({ expected: a2, unexpected: e }) => `Unexpected token${e ? ` '${e}'.` : ""}${a2 ? `, expected "${a2}"` : ""}`, UnexpectedTokenUnaryExponentiation: "Illegal expression. Wrap left hand side or entire exponentiation in parentheses.", UnexpectedUsingDeclaration: "Using declaration cannot appear in the top level when source type is `script` or in the bare case statement.", UnexpectedVoidPattern: "Unexpected void binding.", UnsupportedDecoratorExport: "A decorated export must export a class declaration.", UnsupportedDefaultExport: "Only expressions, functions or classes are allowed as the `default` export.", UnsupportedImport: "`import` can only be used in `import()` or `import.meta`.", UnsupportedMetaProperty: ({ target: a2, onlyValidPropertyName: e }) => `The only valid meta property for ${a2} is ${a2}.${e}.`, UnsupportedParameterDecorator: "Decorators cannot be used to decorate parameters.", UnsupportedPropertyDecorator: "Decorators cannot be used to decorate object literal properties.", UnsupportedSuper: "'super' can only be used with function calls (i.e. super()) or in property accesses (i.e. super.prop or super[prop]).", UnterminatedComment: "Unterminated comment.", UnterminatedRegExp: "Unterminated regular expression.", UnterminatedString: "Unterminated string constant.", UnterminatedTemplate: "Unterminated template.", UsingDeclarationExport: "Using declaration cannot be exported.", UsingDeclarationHasBindingPattern: "Using declaration cannot have destructuring patterns.", VarRedeclaration: ({ identifierName: a2 }) => `Identifier '${a2}' has already been declared.`, VoidPatternCatchClauseParam: "A void binding can not be the catch clause parameter. Use `try { ... } catch { ... }` if you want to discard the caught error.", VoidPatternInitializer: "A void binding may not have an initializer.", YieldBindingIdentifier: "Can not use 'yield' as identifier inside a generator.", YieldInParameter: "Yield expression is not allowed in formal parameters.", YieldNotInGeneratorFunction: "'yield' is only allowed within generator functions.", ZeroDigitNumericSeparator: "Numeric separator can not be used after leading 0." };
var ui2 = { StrictDelete: "Deleting local variable in strict mode.", StrictEvalArguments: ({ referenceName: a2 }) => `Assigning to '${a2}' in strict mode.`, StrictEvalArgumentsBinding: ({ bindingName: a2 }) => `Binding '${a2}' in strict mode.`, StrictFunction: "In strict mode code, functions can only be declared at top level or inside a block.", StrictNumericEscape: "The only valid numeric escape in strict mode is '\\0'.", StrictOctalLiteral: "Legacy octal literals are not allowed in strict mode.", StrictWith: "'with' in strict mode." };
var fi2 = { ParseExpressionEmptyInput: "Unexpected parseExpression() input: The input is empty or contains only comments.", ParseExpressionExpectsEOF: ({ unexpected: a2 }) => `Unexpected parseExpression() input: The input should contain exactly one expression, but the first expression is followed by the unexpected character \`${String.fromCodePoint(a2)}\`.` };
var di2 = /* @__PURE__ */ new Set(["ArrowFunctionExpression", "AssignmentExpression", "ConditionalExpression", "YieldExpression"]);
var mi2 = { PipeTopicRequiresHackPipes: 'Topic references are only supported when using the `"proposal": "hack"` version of the pipeline proposal.', PipeTopicUnbound: "Topic reference is unbound; it must be inside a pipe body.", PipeTopicUnconfiguredToken: ({ token: a2 }) => `Invalid topic token ${a2}. In order to use ${a2} as a topic reference, the pipelineOperator plugin must be configured with { "proposal": "hack", "topicToken": "${a2}" }.`, PipeTopicUnused: "Hack-style pipe body does not contain a topic reference; Hack-style pipes must use topic at least once.", PipeUnparenthesizedBody: ({ type: a2 }) => `Hack-style pipe body cannot be an unparenthesized ${wt2({ type: a2 })}; please wrap it in parentheses.`, PipelineUnparenthesized: "Cannot mix binary operator with solo-await F#-style pipeline. Please wrap the pipeline in parentheses." };
var yi2 = { UnsupportedBind: "Binding should be performed on object property.", UnsupportedBindRHS: "The right-hand side of binding can not be super or import." };
function ze2(a2, e, t) {
  Object.defineProperty(a2, e, { enumerable: false, configurable: true, value: t });
}
function xi2({ toMessage: a2, code: e, reasonCode: t, syntaxPlugin: s }) {
  let i = t === "MissingPlugin" || t === "MissingOneOfPlugins";
  return function r(n, o, h2) {
    let c2 = new SyntaxError();
    return c2.code = e, c2.reasonCode = t, c2.loc = n, c2.pos = o, c2.syntaxPlugin = s, i && (c2.missingPlugin = h2.missingPlugin), ze2(c2, "clone", function(f = {}) {
      let { line: m, column: x2, index: A2 = o } = f.loc ?? n;
      return r(new L2(m, x2), A2, { ...h2, ...f.details });
    }), ze2(c2, "details", h2), Object.defineProperty(c2, "message", { configurable: true, get() {
      let u = `${a2(h2)} (${n.line}:${n.column})`;
      return this.message = u, u;
    }, set(u) {
      Object.defineProperty(this, "message", { value: u, writable: true });
    } }), c2;
  };
}
function B2(a2, e) {
  if (Array.isArray(a2)) return (s) => B2(s, a2[0]);
  let t = {};
  for (let s of Object.keys(a2)) {
    let i = a2[s], { message: r, ...n } = typeof i == "string" ? { message: () => i } : typeof i == "function" ? { message: i } : i, o = typeof r == "string" ? () => r : r;
    t[s] = xi2({ code: "BABEL_PARSER_SYNTAX_ERROR", reasonCode: s, toMessage: o, ...e ? { syntaxPlugin: e } : {}, ...n });
  }
  return t;
}
var l = { ...B2(li2), ...B2(pi2), ...B2(ui2), ...B2(fi2), ...B2`pipelineOperator`(mi2), ...B2`functionBind`(yi2) };
function Pi2() {
  return { sourceType: "script", sourceFilename: void 0, startIndex: 0, startColumn: 0, startLine: 1, allowAwaitOutsideFunction: false, allowReturnOutsideFunction: false, allowNewTargetOutsideFunction: false, allowImportExportEverywhere: false, allowSuperOutsideMethod: false, allowUndeclaredExports: false, allowYieldOutsideFunction: false, plugins: [], strictMode: void 0, ranges: false, locations: true, tokens: false, createImportExpressions: true, createParenthesizedExpressions: false, errorRecovery: false, attachComment: true, annexB: true };
}
function gi2(a2) {
  let e = Pi2();
  if (a2 == null) return e;
  if (a2.annexB != null && a2.annexB !== false) throw new Error("The `annexB` option can only be set to `false`.");
  for (let t of Object.keys(e)) a2[t] != null && (e[t] = a2[t]);
  if (e.startLine === 1) a2.startIndex == null && e.startColumn > 0 ? e.startIndex = e.startColumn : a2.startColumn == null && e.startIndex > 0 && (e.startColumn = e.startIndex);
  else if (a2.startColumn == null || a2.startIndex == null) throw new Error("With a `startLine > 1` you must also specify `startIndex` and `startColumn`.");
  if (e.sourceType === "commonjs") {
    if (a2.allowAwaitOutsideFunction != null) throw new Error("The `allowAwaitOutsideFunction` option cannot be used with `sourceType: 'commonjs'`.");
    if (a2.allowReturnOutsideFunction != null) throw new Error("`sourceType: 'commonjs'` implies `allowReturnOutsideFunction: true`, please remove the `allowReturnOutsideFunction` option or use `sourceType: 'script'`.");
    if (a2.allowNewTargetOutsideFunction != null) throw new Error("`sourceType: 'commonjs'` implies `allowNewTargetOutsideFunction: true`, please remove the `allowNewTargetOutsideFunction` option or use `sourceType: 'script'`.");
  }
  return e;
}
function tt2(a2) {
  if (a2.loc) {
    let { start: e, end: t } = a2.loc;
    a2.loc.start = new L2(e.line, e.column), a2.loc.end = new L2(t.line, t.column);
  }
  return a2;
}
var Ti = (a2) => class extends a2 {
  createPosition(t) {
    return new L2(t.line, t.column);
  }
  parse() {
    let t = super.parse();
    return this.optionFlags & 512 && (t.tokens = t.tokens.map(tt2)), tt2(t);
  }
  parseRegExpLiteral({ pattern: t, flags: s }) {
    let i = null;
    try {
      i = new RegExp(t, s);
    } catch {
    }
    let r = this.estreeParseLiteral(i);
    return r.regex = { pattern: t, flags: s }, r;
  }
  parseBigIntLiteral(t) {
    let s;
    try {
      s = BigInt(t);
    } catch {
      s = null;
    }
    let i = this.estreeParseLiteral(s);
    return i.bigint = i.value !== null ? String(i.value) : t, i;
  }
  estreeParseLiteral(t) {
    return this.parseLiteral(t, "Literal");
  }
  parseStringLiteral(t) {
    return this.estreeParseLiteral(t);
  }
  parseNumericLiteral(t) {
    return this.estreeParseLiteral(t);
  }
  parseNullLiteral() {
    return this.estreeParseLiteral(null);
  }
  parseBooleanLiteral(t) {
    return this.estreeParseLiteral(t);
  }
  estreeParseChainExpression(t, s) {
    let i = this.startNodeAtNode(t);
    return i.expression = t, this.finishNodeAtNode(i, "ChainExpression", s);
  }
  directiveToStmt(t) {
    let s = t.value;
    delete t.value, this.castNodeTo(s, "Literal"), s.raw = s.extra.raw, s.value = s.extra.expressionValue;
    let i = this.castNodeTo(t, "ExpressionStatement");
    return i.expression = s, i.directive = s.extra.rawValue, delete s.extra, i;
  }
  fillOptionalPropertiesForTSESLint(t) {
  }
  cloneEstreeStringLiteral(t) {
    let { start: s, end: i, loc: r, range: n, raw: o, value: h2 } = t, c2 = Object.create(t.constructor.prototype);
    return c2.type = "Literal", c2.start = s, c2.end = i, c2.loc = r, c2.range = n, c2.raw = o, c2.value = h2, c2;
  }
  initFunction(t, s) {
    super.initFunction(t, s), t.expression = false;
  }
  checkDeclaration(t) {
    t != null && this.isObjectProperty(t) ? this.checkDeclaration(t.value) : super.checkDeclaration(t);
  }
  getObjectOrClassMethodParams(t) {
    return t.value.params;
  }
  isValidDirective(t) {
    return t.type === "ExpressionStatement" && t.expression.type === "Literal" && typeof t.expression.value == "string" && !t.expression.extra?.parenthesized;
  }
  parseBlockBody(t, s, i, r, n) {
    super.parseBlockBody(t, s, i, r, n);
    let o = t.directives.map((h2) => this.directiveToStmt(h2));
    t.body = o.concat(t.body), delete t.directives;
  }
  parsePrivateName() {
    let t = super.parsePrivateName();
    return this.convertPrivateNameToPrivateIdentifier(t);
  }
  convertPrivateNameToPrivateIdentifier(t) {
    let s = super.getPrivateNameSV(t);
    return delete t.id, t.name = s, this.castNodeTo(t, "PrivateIdentifier");
  }
  isPrivateName(t) {
    return t.type === "PrivateIdentifier";
  }
  getPrivateNameSV(t) {
    return t.name;
  }
  parseLiteral(t, s) {
    let i = super.parseLiteral(t, s);
    return i.raw = i.extra.raw, delete i.extra, i;
  }
  parseFunctionBody(t, s, i = false) {
    super.parseFunctionBody(t, s, i), t.expression = t.body.type !== "BlockStatement";
  }
  parseMethod(t, s, i, r, n, o, h2 = false) {
    let c2 = this.startNode();
    c2.kind = t.kind, c2 = super.parseMethod(c2, s, i, r, n, o, h2), delete c2.kind;
    let { typeParameters: u } = t;
    u && (delete t.typeParameters, c2.typeParameters = u, this.resetStartLocationFromNode(c2, u));
    let f = this.castNodeTo(c2, this.hasPlugin("typescript") && !c2.body ? "TSEmptyBodyFunctionExpression" : "FunctionExpression");
    return t.value = f, o === "ClassPrivateMethod" && (t.computed = false), this.hasPlugin("typescript") && t.abstract ? (delete t.abstract, this.finishNode(t, "TSAbstractMethodDefinition")) : o === "ObjectMethod" ? (t.kind === "method" && (t.kind = "init"), t.shorthand = false, this.finishNode(t, "Property")) : this.finishNode(t, "MethodDefinition");
  }
  nameIsConstructor(t) {
    return t.type === "Literal" ? t.value === "constructor" : super.nameIsConstructor(t);
  }
  parseClassProperty(...t) {
    let s = super.parseClassProperty(...t);
    return s.abstract && this.hasPlugin("typescript") ? (delete s.abstract, this.castNodeTo(s, "TSAbstractPropertyDefinition")) : this.castNodeTo(s, "PropertyDefinition"), s;
  }
  parseClassPrivateProperty(...t) {
    let s = super.parseClassPrivateProperty(...t);
    return s.abstract && this.hasPlugin("typescript") ? this.castNodeTo(s, "TSAbstractPropertyDefinition") : this.castNodeTo(s, "PropertyDefinition"), s.computed = false, s;
  }
  parseClassAccessorProperty(t) {
    let s = super.parseClassAccessorProperty(t);
    return s.abstract && this.hasPlugin("typescript") ? (delete s.abstract, this.castNodeTo(s, "TSAbstractAccessorProperty")) : this.castNodeTo(s, "AccessorProperty"), s;
  }
  parseObjectProperty(t, s, i, r) {
    let n = super.parseObjectProperty(t, s, i, r);
    return n && (n.kind = "init", this.castNodeTo(n, "Property")), n;
  }
  finishObjectProperty(t) {
    return t.kind = "init", this.finishNode(t, "Property");
  }
  isValidLVal(t, s, i, r) {
    return t === "Property" ? "value" : super.isValidLVal(t, s, i, r);
  }
  isAssignable(t, s) {
    return t != null && this.isObjectProperty(t) ? this.isAssignable(t.value, s) : super.isAssignable(t, s);
  }
  toAssignable(t, s = false) {
    if (t != null && this.isObjectProperty(t)) {
      let { key: i, value: r } = t;
      this.isPrivateName(i) && this.classScope.usePrivateName(this.getPrivateNameSV(i), i.start), this.toAssignable(r, s);
    } else super.toAssignable(t, s);
  }
  toAssignableObjectExpressionProp(t, s, i) {
    t.type === "Property" && (t.kind === "get" || t.kind === "set") ? this.raise(l.PatternHasAccessor, t.key) : t.type === "Property" && t.method ? this.raise(l.PatternHasMethod, t.key) : super.toAssignableObjectExpressionProp(t, s, i);
  }
  finishCallExpression(t, s) {
    let i = super.finishCallExpression(t, s);
    return i.callee.type === "Import" ? (this.castNodeTo(i, "ImportExpression"), i.source = i.arguments[0], i.options = i.arguments[1] ?? null, delete i.arguments, delete i.callee) : i.type === "OptionalCallExpression" ? this.castNodeTo(i, "CallExpression") : i.optional = false, i;
  }
  parseExport(t, s) {
    let i = this.state.lastTokStartLoc, r = super.parseExport(t, s);
    switch (r.type) {
      case "ExportAllDeclaration":
        r.exported = null;
        break;
      case "ExportNamedDeclaration":
        r.specifiers.length === 1 && r.specifiers[0].type === "ExportNamespaceSpecifier" && !r.specifiers[0].exportsFilter && (this.castNodeTo(r, "ExportAllDeclaration"), r.exported = r.specifiers[0].exported, delete r.specifiers);
      case "ExportDefaultDeclaration":
        {
          let { declaration: n } = r;
          n?.type === "ClassDeclaration" && n.decorators?.length > 0 && n.start === r.start && this.resetStartLocation(r, i);
        }
        break;
    }
    return r;
  }
  stopParseSubscript(t, s) {
    let i = super.stopParseSubscript(t, s);
    return s.optionalChainMember ? this.estreeParseChainExpression(i, t) : i;
  }
  parseMember(t, s, i, r, n) {
    let o = super.parseMember(t, s, i, r, n);
    return o.type === "OptionalMemberExpression" ? this.castNodeTo(o, "MemberExpression") : o.optional = false, o;
  }
  isOptionalMemberExpression(t) {
    return t.type === "ChainExpression" ? t.expression.type === "MemberExpression" : super.isOptionalMemberExpression(t);
  }
  hasPropertyAsPrivateName(t) {
    return t.type === "ChainExpression" && (t = t.expression), super.hasPropertyAsPrivateName(t);
  }
  isObjectProperty(t) {
    return t.type === "Property" && t.kind === "init" && !t.method;
  }
  isObjectMethod(t) {
    return t.type === "Property" && (t.method || t.kind === "get" || t.kind === "set");
  }
  castNodeTo(t, s) {
    let i = super.castNodeTo(t, s);
    return this.fillOptionalPropertiesForTSESLint(i), i;
  }
  cloneIdentifier(t) {
    let s = super.cloneIdentifier(t);
    return this.fillOptionalPropertiesForTSESLint(s), s;
  }
  cloneStringLiteral(t) {
    return t.type === "Literal" ? this.cloneEstreeStringLiteral(t) : super.cloneStringLiteral(t);
  }
  finishNodeAt(t, s, i) {
    return tt2(super.finishNodeAt(t, s, i));
  }
  finishNodeAtNode(t, s, i) {
    return tt2(super.finishNodeAtNode(t, s, i));
  }
  finishNode(t, s) {
    let i = super.finishNode(t, s);
    return this.fillOptionalPropertiesForTSESLint(i), i;
  }
  resetStartLocation(t, s) {
    super.resetStartLocation(t, s), tt2(t);
  }
  resetEndLocation(t, s = this.state.lastTokEndLoc) {
    super.resetEndLocation(t, s), tt2(t);
  }
};
var S2 = true;
var y2 = true;
var Ht2 = true;
var pt2 = true;
var z2 = true;
var Ai2 = true;
var vt2 = class {
  label;
  keyword;
  beforeExpr;
  startsExpr;
  rightAssociative;
  isLoop;
  isAssign;
  prefix;
  postfix;
  binop;
  constructor(e, t = {}) {
    this.label = e, this.keyword = t.keyword, this.beforeExpr = !!t.beforeExpr, this.startsExpr = !!t.startsExpr, this.rightAssociative = !!t.rightAssociative, this.isLoop = !!t.isLoop, this.isAssign = !!t.isAssign, this.prefix = !!t.prefix, this.postfix = !!t.postfix, this.binop = t.binop != null ? t.binop : null;
  }
};
var Ce2 = /* @__PURE__ */ new Map();
function b2(a2, e = {}) {
  e.keyword = a2;
  let t = g(a2, e);
  return Ce2.set(a2, t), t;
}
function M2(a2, e) {
  return g(a2, { beforeExpr: S2, binop: e });
}
var mt2 = -1;
var Ie2 = [];
var Ee2 = [];
var we2 = [];
var Ne2 = [];
var ke2 = [];
var ve2 = [];
function g(a2, e = {}) {
  return ++mt2, Ee2.push(a2), we2.push(e.binop ?? -1), Ne2.push(e.beforeExpr ?? false), ke2.push(e.startsExpr ?? false), ve2.push(e.prefix ?? false), Ie2.push(new vt2(a2, e)), mt2;
}
function T2(a2, e = {}) {
  return ++mt2, Ce2.set(a2, mt2), Ee2.push(a2), we2.push(e.binop ?? -1), Ne2.push(e.beforeExpr ?? false), ke2.push(e.startsExpr ?? false), ve2.push(e.prefix ?? false), Ie2.push(new vt2("name", e)), mt2;
}
var Si2 = { bracketL: g("[", { beforeExpr: S2, startsExpr: y2 }), bracketR: g("]"), braceL: g("{", { beforeExpr: S2, startsExpr: y2 }), braceBarL: g("{|", { beforeExpr: S2, startsExpr: y2 }), braceR: g("}"), braceBarR: g("|}"), parenL: g("(", { beforeExpr: S2, startsExpr: y2 }), parenR: g(")"), comma: g(",", { beforeExpr: S2 }), semi: g(";", { beforeExpr: S2 }), colon: g(":", { beforeExpr: S2 }), doubleColon: g("::", { beforeExpr: S2 }), dot: g("."), question: g("?", { beforeExpr: S2 }), questionDot: g("?."), arrow: g("=>", { beforeExpr: S2 }), template: g("template"), ellipsis: g("...", { beforeExpr: S2 }), backQuote: g("`", { startsExpr: y2 }), dollarBraceL: g("${", { beforeExpr: S2, startsExpr: y2 }), templateTail: g("...`", { startsExpr: y2 }), templateNonTail: g("...${", { beforeExpr: S2, startsExpr: y2 }), at: g("@"), hash: g("#", { startsExpr: y2 }), interpreterDirective: g("#!..."), eq: g("=", { beforeExpr: S2, isAssign: pt2 }), assign: g("_=", { beforeExpr: S2, isAssign: pt2 }), slashAssign: g("_=", { beforeExpr: S2, isAssign: pt2 }), xorAssign: g("_=", { beforeExpr: S2, isAssign: pt2 }), moduloAssign: g("_=", { beforeExpr: S2, isAssign: pt2 }), incDec: g("++/--", { prefix: z2, postfix: Ai2, startsExpr: y2 }), bang: g("!", { beforeExpr: S2, prefix: z2, startsExpr: y2 }), tilde: g("~", { beforeExpr: S2, prefix: z2, startsExpr: y2 }), doubleCaret: g("^^", { startsExpr: y2 }), doubleAt: g("@@", { startsExpr: y2 }), pipeline: M2("|>", 0), nullishCoalescing: M2("??", 1), logicalOR: M2("||", 1), logicalAND: M2("&&", 2), bitwiseOR: M2("|", 3), bitwiseXOR: M2("^", 4), bitwiseAND: M2("&", 5), equality: M2("==/!=/===/!==", 6), lt: M2("</>/<=/>=", 7), gt: M2("</>/<=/>=", 7), relational: M2("</>/<=/>=", 7), bitShift: M2("<</>>/>>>", 8), bitShiftL: M2("<</>>/>>>", 8), bitShiftR: M2("<</>>/>>>", 8), plusMin: g("+/-", { beforeExpr: S2, binop: 9, prefix: z2, startsExpr: y2 }), modulo: g("%", { binop: 10, startsExpr: y2 }), star: g("*", { binop: 10 }), slash: M2("/", 10), exponent: g("**", { beforeExpr: S2, binop: 11, rightAssociative: true }), _in: b2("in", { beforeExpr: S2, binop: 7 }), _instanceof: b2("instanceof", { beforeExpr: S2, binop: 7 }), _break: b2("break"), _case: b2("case", { beforeExpr: S2 }), _catch: b2("catch"), _continue: b2("continue"), _debugger: b2("debugger"), _default: b2("default", { beforeExpr: S2 }), _else: b2("else", { beforeExpr: S2 }), _finally: b2("finally"), _function: b2("function", { startsExpr: y2 }), _if: b2("if"), _return: b2("return", { beforeExpr: S2 }), _switch: b2("switch"), _throw: b2("throw", { beforeExpr: S2, prefix: z2, startsExpr: y2 }), _try: b2("try"), _var: b2("var"), _const: b2("const"), _with: b2("with"), _new: b2("new", { beforeExpr: S2, startsExpr: y2 }), _this: b2("this", { startsExpr: y2 }), _super: b2("super", { startsExpr: y2 }), _class: b2("class", { startsExpr: y2 }), _extends: b2("extends", { beforeExpr: S2 }), _export: b2("export"), _import: b2("import", { startsExpr: y2 }), _null: b2("null", { startsExpr: y2 }), _true: b2("true", { startsExpr: y2 }), _false: b2("false", { startsExpr: y2 }), _typeof: b2("typeof", { beforeExpr: S2, prefix: z2, startsExpr: y2 }), _void: b2("void", { beforeExpr: S2, prefix: z2, startsExpr: y2 }), _delete: b2("delete", { beforeExpr: S2, prefix: z2, startsExpr: y2 }), _do: b2("do", { isLoop: Ht2, beforeExpr: S2 }), _for: b2("for", { isLoop: Ht2 }), _while: b2("while", { isLoop: Ht2 }), _arguments: T2("arguments", { startsExpr: y2 }), _as: T2("as", { startsExpr: y2 }), _assert: T2("assert", { startsExpr: y2 }), _async: T2("async", { startsExpr: y2 }), _await: T2("await", { startsExpr: y2 }), _defer: T2("defer", { startsExpr: y2 }), _from: T2("from", { startsExpr: y2 }), _get: T2("get", { startsExpr: y2 }), _let: T2("let", { startsExpr: y2 }), _meta: T2("meta", { startsExpr: y2 }), _of: T2("of", { startsExpr: y2 }), _sent: T2("sent", { startsExpr: y2 }), _set: T2("set", { startsExpr: y2 }), _source: T2("source", { startsExpr: y2 }), _static: T2("static", { startsExpr: y2 }), _struct: T2("struct", { startsExpr: y2 }), _sync: T2("sync", { startsExpr: y2 }), _using: T2("using", { startsExpr: y2 }), _yield: T2("yield", { startsExpr: y2 }), _asserts: T2("asserts", { startsExpr: y2 }), _checks: T2("checks", { startsExpr: y2 }), _exports: T2("exports", { startsExpr: y2 }), _global: T2("global", { startsExpr: y2 }), _implements: T2("implements", { startsExpr: y2 }), _intrinsic: T2("intrinsic", { startsExpr: y2 }), _infer: T2("infer", { startsExpr: y2 }), _is: T2("is", { startsExpr: y2 }), _mixins: T2("mixins", { startsExpr: y2 }), _proto: T2("proto", { startsExpr: y2 }), _require: T2("require", { startsExpr: y2 }), _satisfies: T2("satisfies", { startsExpr: y2 }), _keyof: T2("keyof", { startsExpr: y2 }), _readonly: T2("readonly", { startsExpr: y2 }), _unique: T2("unique", { startsExpr: y2 }), _abstract: T2("abstract", { startsExpr: y2 }), _declare: T2("declare", { startsExpr: y2 }), _enum: T2("enum", { startsExpr: y2 }), _module: T2("module", { startsExpr: y2 }), _namespace: T2("namespace", { startsExpr: y2 }), _interface: T2("interface", { startsExpr: y2 }), _type: T2("type", { startsExpr: y2 }), _opaque: T2("opaque", { startsExpr: y2 }), name: g("name", { startsExpr: y2 }), placeholder: g("%%", { startsExpr: y2 }), string: g("string", { startsExpr: y2 }), num: g("num", { startsExpr: y2 }), bigint: g("bigint", { startsExpr: y2 }), regexp: g("regexp", { startsExpr: y2 }), privateName: g("#name", { startsExpr: y2 }), eof: g("eof"), jsxName: g("jsxName"), jsxText: g("jsxText", { beforeExpr: S2 }), jsxTagStart: g("jsxTagStart", { startsExpr: y2 }), jsxTagEnd: g("jsxTagEnd") };
function C(a2) {
  return a2 >= 89 && a2 <= 132;
}
function bi2(a2) {
  return a2 <= 88;
}
function O2(a2) {
  return a2 >= 54 && a2 <= 132;
}
function es(a2) {
  return a2 >= 54 && a2 <= 135;
}
function Ci2(a2) {
  return Ne2[a2];
}
function ft2(a2) {
  return ke2[a2];
}
function Ii2(a2) {
  return a2 >= 25 && a2 <= 29;
}
function qe2(a2) {
  return a2 >= 128 && a2 <= 130;
}
function Ei2(a2) {
  return a2 >= 86 && a2 <= 88;
}
function Ot2(a2) {
  return a2 >= 54 && a2 <= 88;
}
function wi2(a2) {
  return a2 >= 35 && a2 <= 55;
}
function Ni2(a2) {
  return a2 === 30;
}
function ki2(a2) {
  return ve2[a2];
}
function vi2(a2) {
  return a2 >= 120 && a2 <= 122;
}
function Li2(a2) {
  return a2 >= 123 && a2 <= 129;
}
function $2(a2) {
  return Ee2[a2];
}
function Nt2(a2) {
  return we2[a2];
}
function Di2(a2) {
  return a2 === 53;
}
function te2(a2) {
  return a2 >= 20 && a2 <= 21;
}
function ss(a2) {
  return Ie2[a2];
}
var et2 = class {
  constructor(e, t) {
    this.token = e, this.preserveSpace = !!t;
  }
  token;
  preserveSpace;
};
var E = { brace: new et2("{"), j_oTag: new et2("<tag"), j_cTag: new et2("</tag"), j_expr: new et2("<tag>...</tag>", true) };
var $e = /[\p{ID_Start}\u0558\u058b\u058c\u088f\u0c5c\u0cdc\u208f\u209d-\u209f\ua7ce\ua7cf\ua7d2\ua7d4\ua7dd\ua7e2\ua7f1\uab6c\uab6d]/u;
var Ke2 = /[\p{ID_Continue}\u0558\u058b\u058c\u088f\u0c5c\u0cdc\u208f\u209d-\u209f\ua7ce\ua7cf\ua7d2\ua7d4\ua7dd\ua7e2\ua7f1\uab6c\uab6d\u05c8\u05c9\u0b53\u0b54\u1acf-\u1af0]/u;
var is = [1979, 4, 385, 25, 1388, 2, 18, 21, 3100, 0, 678, 43, 22, 0, 1662, 0, 6, 10, 209, 310, 18458, 24, 3, 24, 287, 4, 6146, 7, 1239, 4, 47, 23, 96, 114, 14, 913, 15, 50, 8017, 5, 64, 0, 9534, 0, 2169, 5, 7, 86, 15, 6, 55, 50, 1729, 30, 2, 2, 2, 1, 2, 6, 3, 4, 10, 1, 53307, 5, 223, 0, 5764, 11, 21763, 4297, 39815, 11327];
var Mi2 = [3787, 4, 33, 11, 3173, 7, 633, 9, 7, 0, 45879, 1, 296, 2, 9, 1, 3, 0, 33, 1, 5218, 0, 3, 0, 8, 1, 6, 0];
function ee2(a2, e) {
  let t = 65536;
  for (let s = 0, i = e.length; s < i; s += 2) {
    if (t += e[s], t > a2) return false;
    if (t += e[s + 1], t >= a2) return true;
  }
  return false;
}
function _(a2) {
  return a2 < 65 ? a2 === 36 : a2 <= 90 ? true : a2 < 97 ? a2 === 95 : a2 <= 122 ? true : a2 <= 65535 ? a2 >= 170 && $e.test(String.fromCharCode(a2)) : !isNaN(a2) && a2 <= 1114111 && ($e.test(String.fromCodePoint(a2)) || ee2(a2, is));
}
function K2(a2) {
  return a2 < 48 ? a2 === 36 : a2 < 58 ? true : a2 < 65 ? false : a2 <= 90 ? true : a2 < 97 ? a2 === 95 : a2 <= 122 ? true : a2 <= 65535 ? a2 >= 170 && Ke2.test(String.fromCharCode(a2)) : !isNaN(a2) && a2 <= 1114111 && (Ke2.test(String.fromCodePoint(a2)) || ee2(a2, is) || ee2(a2, Mi2));
}
var Le2 = { keyword: ["break", "case", "catch", "continue", "debugger", "default", "do", "else", "finally", "for", "function", "if", "return", "switch", "throw", "try", "var", "const", "while", "with", "new", "this", "super", "class", "extends", "export", "import", "null", "true", "false", "in", "instanceof", "typeof", "void", "delete"], strict: ["implements", "interface", "let", "package", "private", "protected", "public", "static", "yield"], strictBind: ["eval", "arguments"] };
var Oi2 = new Set(Le2.keyword);
var Fi2 = new Set(Le2.strict);
var Bi2 = new Set(Le2.strictBind);
function De2(a2, e) {
  return e && a2 === "await" || a2 === "enum";
}
function rs(a2, e) {
  return De2(a2, e) || Fi2.has(a2);
}
function as(a2) {
  return Bi2.has(a2);
}
function ns(a2, e) {
  return rs(a2, e) || as(a2);
}
function os(a2) {
  return Oi2.has(a2);
}
function Ri2(a2, e, t) {
  return a2 === 64 && e === 64 && _(t);
}
var _i2 = /* @__PURE__ */ new Set(["break", "case", "catch", "continue", "debugger", "default", "do", "else", "finally", "for", "function", "if", "return", "switch", "throw", "try", "var", "const", "while", "with", "new", "this", "super", "class", "extends", "export", "import", "null", "true", "false", "in", "instanceof", "typeof", "void", "delete", "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield", "eval", "arguments", "enum", "await"]);
function Ui2(a2) {
  return _i2.has(a2);
}
var yt2 = class {
  flags = 0;
  names = /* @__PURE__ */ new Map();
  firstLexicalName = "";
  constructor(e) {
    this.flags = e;
  }
};
var xt2 = class {
  parser;
  scopeStack = [];
  inModule;
  undefinedExports = /* @__PURE__ */ new Map();
  constructor(e, t) {
    this.parser = e, this.inModule = t;
  }
  get inTopLevel() {
    return (this.currentScope().flags & 1) > 0;
  }
  get inFunction() {
    return (this.currentVarScopeFlags() & 2) > 0;
  }
  get allowSuper() {
    return (this.currentThisScopeFlags() & 16) > 0;
  }
  get allowDirectSuper() {
    return (this.currentThisScopeFlags() & 32) > 0;
  }
  get allowNewTarget() {
    return (this.currentThisScopeFlags() & 512) > 0;
  }
  get inClass() {
    return (this.currentThisScopeFlags() & 64) > 0;
  }
  get inClassAndNotInNonArrowFunction() {
    let e = this.currentThisScopeFlags();
    return (e & 64) > 0 && (e & 2) === 0;
  }
  get inStaticBlock() {
    for (let e = this.scopeStack.length - 1; ; e--) {
      let { flags: t } = this.scopeStack[e];
      if (t & 128) return true;
      if (t & 3779) return false;
    }
  }
  get inNonArrowFunction() {
    return (this.currentThisScopeFlags() & 2) > 0;
  }
  get inBareCaseStatement() {
    return (this.currentScope().flags & 256) > 0;
  }
  get treatFunctionsAsVar() {
    return this.treatFunctionsAsVarInScope(this.currentScope());
  }
  createScope(e) {
    return new yt2(e);
  }
  enter(e) {
    this.scopeStack.push(this.createScope(e));
  }
  exit() {
    return this.scopeStack.pop().flags;
  }
  treatFunctionsAsVarInScope(e) {
    return !!(e.flags & 130 || !this.parser.inModule && e.flags & 1);
  }
  declareName(e, t, s) {
    let i = this.currentScope();
    if (t & 8 || t & 16) {
      this.checkRedeclarationInScope(i, e, t, s);
      let r = i.names.get(e) || 0;
      t & 16 ? r = r | 4 : (i.firstLexicalName || (i.firstLexicalName = e), r = r | 2), i.names.set(e, r), t & 8 && this.maybeExportDefined(i, e);
    } else if (t & 4) for (let r = this.scopeStack.length - 1; r >= 0 && (i = this.scopeStack[r], this.checkRedeclarationInScope(i, e, t, s), i.names.set(e, (i.names.get(e) || 0) | 1), this.maybeExportDefined(i, e), !(i.flags & 3715)); --r) ;
    this.parser.inModule && i.flags & 1 && this.undefinedExports.delete(e);
  }
  maybeExportDefined(e, t) {
    this.parser.inModule && e.flags & 1 && this.undefinedExports.delete(t);
  }
  checkRedeclarationInScope(e, t, s, i) {
    this.isRedeclaredInScope(e, t, s) && this.parser.raise(l.VarRedeclaration, i, { identifierName: t });
  }
  isRedeclaredInScope(e, t, s) {
    if (!(s & 1)) return false;
    if (s & 8) return e.names.has(t);
    let i = e.names.get(t) || 0;
    return s & 16 ? (i & 2) > 0 || !this.treatFunctionsAsVarInScope(e) && (i & 1) > 0 : (i & 2) > 0 && !(e.flags & 8 && e.firstLexicalName === t) || !this.treatFunctionsAsVarInScope(e) && (i & 4) > 0;
  }
  checkLocalExport(e) {
    let { name: t } = e;
    this.scopeStack[0].names.has(t) || this.undefinedExports.set(t, e.start);
  }
  currentScope() {
    return this.scopeStack[this.scopeStack.length - 1];
  }
  currentVarScopeFlags() {
    for (let e = this.scopeStack.length - 1; ; e--) {
      let { flags: t } = this.scopeStack[e];
      if (t & 3715) return t;
    }
  }
  currentThisScopeFlags() {
    for (let e = this.scopeStack.length - 1; ; e--) {
      let { flags: t } = this.scopeStack[e];
      if (t & 3779 && !(t & 4)) return t;
    }
  }
};
var se2 = class extends yt2 {
  declareFunctions = /* @__PURE__ */ new Set();
};
var ie2 = class extends xt2 {
  createScope(e) {
    return new se2(e);
  }
  declareName(e, t, s) {
    let i = this.currentScope();
    if (t & 2048) {
      this.checkRedeclarationInScope(i, e, t, s), this.maybeExportDefined(i, e), i.declareFunctions.add(e);
      return;
    }
    super.declareName(e, t, s);
  }
  isRedeclaredInScope(e, t, s) {
    if (super.isRedeclaredInScope(e, t, s)) return true;
    if (s & 2048 && !e.declareFunctions.has(t)) {
      let i = e.names.get(t);
      return (i & 4) > 0 || (i & 2) > 0;
    }
    return false;
  }
  checkLocalExport(e) {
    this.scopeStack[0].declareFunctions.has(e.name) || super.checkLocalExport(e);
  }
};
var ji2 = /* @__PURE__ */ new Set(["_", "any", "bool", "boolean", "empty", "extends", "false", "interface", "mixed", "null", "number", "static", "string", "true", "typeof", "void"]);
var Vi2 = { AmbiguousConditionalArrow: "Ambiguous expression: wrap the arrow functions in parentheses to disambiguate.", AmbiguousDeclareModuleKind: "Found both `declare module.exports` and `declare export` in the same module. Modules can only have 1 since they are either an ES module or they are a CommonJS module.", AssignReservedType: ({ reservedType: a2 }) => `Cannot overwrite reserved type ${a2}.`, DeclareClassElement: "The `declare` modifier can only appear on class fields.", DeclareClassFieldInitializer: "Initializers are not allowed in fields with the `declare` modifier.", DuplicateDeclareModuleExports: "Duplicate `declare module.exports` statement.", EnumBooleanMemberNotInitialized: ({ memberName: a2, enumName: e }) => `Boolean enum members need to be initialized. Use either \`${a2} = true,\` or \`${a2} = false,\` in enum \`${e}\`.`, EnumDuplicateMemberName: ({ memberName: a2, enumName: e }) => `Enum member names need to be unique, but the name \`${a2}\` has already been used before in enum \`${e}\`.`, EnumInconsistentMemberValues: ({ enumName: a2 }) => `Enum \`${a2}\` has inconsistent member initializers. Either use no initializers, or consistently use literals (either booleans, numbers, or strings) for all member initializers.`, EnumInvalidExplicitType: ({ invalidEnumType: a2, enumName: e }) => `Enum type \`${a2}\` is not valid. Use one of \`boolean\`, \`number\`, \`string\`, or \`symbol\` in enum \`${e}\`.`, EnumInvalidExplicitTypeUnknownSupplied: ({ enumName: a2 }) => `Supplied enum type is not valid. Use one of \`boolean\`, \`number\`, \`string\`, or \`symbol\` in enum \`${a2}\`.`, EnumInvalidMemberInitializerPrimaryType: ({ enumName: a2, memberName: e, explicitType: t }) => `Enum \`${a2}\` has type \`${t}\`, so the initializer of \`${e}\` needs to be a ${t} literal.`, EnumInvalidMemberInitializerSymbolType: ({ enumName: a2, memberName: e }) => `Symbol enum members cannot be initialized. Use \`${e},\` in enum \`${a2}\`.`, EnumInvalidMemberInitializerUnknownType: ({ enumName: a2, memberName: e }) => `The enum member initializer for \`${e}\` needs to be a literal (either a boolean, number, or string) in enum \`${a2}\`.`, EnumInvalidMemberName: ({ enumName: a2, memberName: e, suggestion: t }) => `Enum member names cannot start with lowercase 'a' through 'z'. Instead of using \`${e}\`, consider using \`${t}\`, in enum \`${a2}\`.`, EnumNumberMemberNotInitialized: ({ enumName: a2, memberName: e }) => `Number enum members need to be initialized, e.g. \`${e} = 1\` in enum \`${a2}\`.`, EnumStringMemberInconsistentlyInitialized: ({ enumName: a2 }) => `String enum members need to consistently either all use initializers, or use no initializers, in enum \`${a2}\`.`, GetterMayNotHaveThisParam: "A getter cannot have a `this` parameter.", ImportTypeShorthandOnlyInPureImport: "The `type` and `typeof` keywords on named imports can only be used on regular `import` statements. It cannot be used with `import type` or `import typeof` statements.", InexactInsideExact: "Explicit inexact syntax cannot appear inside an explicit exact object type.", InexactInsideNonObject: "Explicit inexact syntax cannot appear in class or interface definitions.", InexactVariance: "Explicit inexact syntax cannot have variance.", InvalidNonTypeImportInDeclareModule: "Imports within a `declare module` body must always be `import type` or `import typeof`.", MissingTypeParamDefault: "Type parameter declaration needs a default, since a preceding type parameter declaration has a default.", NestedDeclareModule: "`declare module` cannot be used inside another `declare module`.", NestedFlowComment: "Cannot have a flow comment inside another flow comment.", PatternIsOptional: { message: "A binding pattern parameter cannot be optional in an implementation signature." }, SetterMayNotHaveThisParam: "A setter cannot have a `this` parameter.", SpreadVariance: "Spread properties cannot have variance.", ThisParamAnnotationRequired: "A type annotation is required for the `this` parameter.", ThisParamBannedInConstructor: "Constructors cannot have a `this` parameter; constructors don't bind `this` like other functions.", ThisParamMayNotBeOptional: "The `this` parameter cannot be optional.", ThisParamMustBeFirst: "The `this` parameter must be the first function parameter.", ThisParamNoDefault: "The `this` parameter may not have a default value.", TypeBeforeInitializer: "Type annotations must come before default assignments, e.g. instead of `age = 25: number` use `age: number = 25`.", TypeCastInPattern: "The type cast expression is expected to be wrapped with parenthesis.", UnexpectedExplicitInexactInObject: "Explicit inexact syntax must appear at the end of an inexact object.", UnexpectedReservedType: ({ reservedType: a2 }) => `Unexpected reserved type ${a2}.`, UnexpectedReservedUnderscore: "`_` is only allowed as a type argument to call or new.", UnexpectedSpaceBetweenModuloChecks: "Spaces between `%` and `checks` are not allowed here.", UnexpectedSpreadType: "Spread operator cannot appear in class or interface definitions.", UnexpectedSubtractionOperand: 'Unexpected token, expected "number" or "bigint".', UnexpectedTokenAfterTypeParameter: "Expected an arrow function after this type parameter declaration.", UnexpectedTypeParameterBeforeAsyncArrowFunction: "Type parameters must come after the async keyword, e.g. instead of `<T> async () => {}`, use `async <T>() => {}`.", UnsupportedDeclareExportKind: ({ unsupportedExportKind: a2, suggestion: e }) => `\`declare export ${a2}\` is not supported. Use \`${e}\` instead.`, UnsupportedStatementInDeclareModule: "Only declares and type imports are allowed inside declare module.", UnterminatedFlowComment: "Unterminated flow-comment." };
var P = B2`flow`(Vi2);
function zi2(a2) {
  return a2.type === "DeclareExportAllDeclaration" || a2.type === "DeclareExportDeclaration" && (!a2.declaration || a2.declaration.type !== "TypeAlias" && a2.declaration.type !== "InterfaceDeclaration");
}
function Wt2(a2) {
  return a2.importKind === "type" || a2.importKind === "typeof";
}
var qi = { const: "declare export var", let: "declare export var", type: "export type", interface: "export interface" };
function $i2(a2, e) {
  let t = [], s = [];
  for (let i = 0; i < a2.length; i++) (e(a2[i], i, a2) ? t : s).push(a2[i]);
  return [t, s];
}
var Ki2 = /\*?\s*@((?:no)?flow)\b/;
var Hi2 = (a2) => class extends a2 {
  flowPragma = void 0;
  getScopeHandler() {
    return ie2;
  }
  shouldParseTypes() {
    return this.getPluginOption("flow", "all") || this.flowPragma === "flow";
  }
  finishToken(t, s) {
    t !== 133 && t !== 9 && t !== 24 && this.flowPragma === void 0 && (this.flowPragma = null), super.finishToken(t, s);
  }
  addComment(t) {
    if (this.flowPragma === void 0) {
      let s = Ki2.exec(t.value);
      if (s) if (s[1] === "flow") this.flowPragma = "flow";
      else if (s[1] === "noflow") this.flowPragma = "noflow";
      else throw new Error("Unexpected flow pragma");
    }
    super.addComment(t);
  }
  flowParseTypeInitialiser(t) {
    let s = this.state.inType;
    this.state.inType = true, this.expect(t || 10);
    let i = this.flowParseType();
    return this.state.inType = s, i;
  }
  flowParsePredicate() {
    let t = this.startNode(), s = this.state.startLoc;
    return this.next(), this.expectContextual(109), this.state.lastTokStartLoc.index > s.index + 1 && this.raise(P.UnexpectedSpaceBetweenModuloChecks, s), this.eat(6) ? (t.value = super.parseExpression(), this.expect(7), this.finishNode(t, "DeclaredPredicate")) : this.finishNode(t, "InferredPredicate");
  }
  flowParseTypeAndPredicateInitialiser(t) {
    let s = this.state.inType;
    this.state.inType = true, this.expect(10);
    let i = null, r = null;
    return t && this.match(50) ? (this.state.inType = s, r = this.flowParsePredicate()) : (i = this.flowParseType(), this.state.inType = s, this.match(50) && (r = this.flowParsePredicate())), [i, r];
  }
  flowParseDeclareClass(t) {
    return this.next(), this.flowParseInterfaceish(t, true), this.finishNode(t, "DeclareClass");
  }
  flowParseDeclareFunction(t) {
    this.next();
    let s = t.id = this.parseIdentifier(), i = this.startNode(), r = this.startNode();
    this.match(43) ? i.typeParameters = this.flowParseTypeParameterDeclaration() : i.typeParameters = null, this.expect(6);
    let n = this.flowParseFunctionTypeParams();
    return i.params = n.params, i.rest = n.rest, i.this = n._this, this.expect(7), [i.returnType, t.predicate] = this.flowParseTypeAndPredicateInitialiser(false), r.typeAnnotation = this.finishNode(i, "FunctionTypeAnnotation"), s.typeAnnotation = this.finishNode(r, "TypeAnnotation"), this.resetEndLocation(s), this.semicolon(), this.scope.declareName(t.id.name, 2048, t.id.start), this.finishNode(t, "DeclareFunction");
  }
  flowParseDeclare(t, s) {
    if (this.match(76)) return this.flowParseDeclareClass(t);
    if (this.match(64)) return this.flowParseDeclareFunction(t);
    if (this.match(70)) return this.flowParseDeclareVariable(t);
    if (this.eatContextual(126)) return this.match(12) ? this.flowParseDeclareModuleExports(t) : (s && this.raise(P.NestedDeclareModule, this.state.lastTokStartLoc), this.flowParseDeclareModule(t));
    if (this.isContextual(129)) return this.flowParseDeclareTypeAlias(t);
    if (this.isContextual(130)) return this.flowParseDeclareOpaqueType(t);
    if (this.isContextual(128)) return this.flowParseDeclareInterface(t);
    if (this.match(78)) return this.flowParseDeclareExportDeclaration(t, s);
    throw this.unexpected();
  }
  flowParseDeclareVariable(t) {
    return this.next(), t.id = this.flowParseTypeAnnotatableIdentifier(), this.scope.declareName(t.id.name, 5, t.id.start), this.semicolon(), this.finishNode(t, "DeclareVariable");
  }
  flowParseDeclareModule(t) {
    this.scope.enter(0), this.match(133) ? t.id = super.parseExprAtom() : t.id = this.parseIdentifier();
    let s = this.startNode(), i = s.body = [];
    for (this.expect(2); !this.match(4); ) {
      let o = this.startNode();
      this.match(79) ? (this.next(), !this.isContextual(129) && !this.match(83) && this.raise(P.InvalidNonTypeImportInDeclareModule, this.state.lastTokStartLoc), i.push(super.parseImport(o))) : (this.expectContextual(124, P.UnsupportedStatementInDeclareModule), i.push(this.flowParseDeclare(o, true)));
    }
    this.scope.exit(), this.expect(4), t.body = this.finishNode(s, "BlockStatement");
    let r = null, n = false;
    return i.forEach((o) => {
      zi2(o) ? (r === "CommonJS" && this.raise(P.AmbiguousDeclareModuleKind, o), r = "ES") : o.type === "DeclareModuleExports" && (n && this.raise(P.DuplicateDeclareModuleExports, o), r === "ES" && this.raise(P.AmbiguousDeclareModuleKind, o), r = "CommonJS", n = true);
    }), t.kind = r || "CommonJS", this.finishNode(t, "DeclareModule");
  }
  flowParseDeclareExportDeclaration(t, s) {
    if (this.expect(78), this.eat(61)) return this.match(64) || this.match(76) ? t.declaration = this.flowParseDeclare(this.startNode()) : (t.declaration = this.flowParseType(), this.semicolon()), t.default = true, this.finishNode(t, "DeclareExportDeclaration");
    if (this.match(71) || this.isLet() || (this.isContextual(129) || this.isContextual(128)) && !s) {
      let i = this.state.value;
      throw this.raise(P.UnsupportedDeclareExportKind, this.state.startLoc, { unsupportedExportKind: i, suggestion: qi[i] });
    }
    if (this.match(70) || this.match(64) || this.match(76) || this.isContextual(130)) return t.declaration = this.flowParseDeclare(this.startNode()), t.default = false, this.finishNode(t, "DeclareExportDeclaration");
    if (this.match(51) || this.match(2) || this.isContextual(128) || this.isContextual(129) || this.isContextual(130)) {
      let i = this.parseExport(t, null);
      return i.type === "ExportNamedDeclaration" ? (i.default = false, delete i.exportKind, this.castNodeTo(i, "DeclareExportDeclaration")) : this.castNodeTo(i, "DeclareExportAllDeclaration");
    }
    throw this.unexpected();
  }
  flowParseDeclareModuleExports(t) {
    return this.next(), this.expectContextual(110), t.typeAnnotation = this.flowParseTypeAnnotation(), this.semicolon(), this.finishNode(t, "DeclareModuleExports");
  }
  flowParseDeclareTypeAlias(t) {
    this.next();
    let s = this.flowParseTypeAlias(t);
    return this.castNodeTo(s, "DeclareTypeAlias"), s;
  }
  flowParseDeclareOpaqueType(t) {
    return this.next(), this.flowParseOpaqueType(t, true);
  }
  flowParseDeclareInterface(t) {
    return this.next(), this.flowParseInterfaceish(t, false), this.finishNode(t, "DeclareInterface");
  }
  flowParseInterfaceish(t, s) {
    if (t.id = this.flowParseRestrictedIdentifier(!s, true), this.scope.declareName(t.id.name, s ? 17 : 8201, t.id.start), this.match(43) ? t.typeParameters = this.flowParseTypeParameterDeclaration() : t.typeParameters = null, t.extends = [], this.eat(77)) do
      t.extends.push(this.flowParseInterfaceExtends());
    while (!s && this.eat(8));
    if (s) {
      let i = [], r = [];
      if (this.eatContextual(116)) do
        r.push(this.flowParseInterfaceExtends());
      while (this.eat(8));
      if (this.eatContextual(112)) do
        i.push(this.flowParseClassImplements());
      while (this.eat(8));
      t.implements = i, t.mixins = r;
    }
    t.body = this.flowParseObjectType({ allowStatic: s, allowExact: false, allowSpread: false, allowProto: s, allowInexact: false });
  }
  flowParseInterfaceExtends() {
    let t = this.startNode();
    return t.id = this.flowParseQualifiedTypeIdentifier(), this.match(43) ? t.typeParameters = this.flowParseTypeParameterInstantiation() : t.typeParameters = null, this.finishNode(t, "InterfaceExtends");
  }
  flowParseInterface(t) {
    return this.flowParseInterfaceish(t, false), this.finishNode(t, "InterfaceDeclaration");
  }
  checkNotUnderscore(t) {
    t === "_" && this.raise(P.UnexpectedReservedUnderscore, this.state.startLoc);
  }
  checkReservedType(t, s, i) {
    ji2.has(t) && this.raise(i ? P.AssignReservedType : P.UnexpectedReservedType, s, { reservedType: t });
  }
  flowParseRestrictedIdentifierName(t, s) {
    return this.checkReservedType(this.state.value, this.state.startLoc, s), this.parseIdentifierName(t);
  }
  flowParseRestrictedIdentifier(t, s) {
    let i = this.startNode(), r = this.flowParseRestrictedIdentifierName(t, s);
    return this.createIdentifier(i, r);
  }
  flowParseTypeAlias(t) {
    return t.id = this.flowParseRestrictedIdentifier(false, true), this.scope.declareName(t.id.name, 8201, t.id.start), this.match(43) ? t.typeParameters = this.flowParseTypeParameterDeclaration() : t.typeParameters = null, t.right = this.flowParseTypeInitialiser(25), this.semicolon(), this.finishNode(t, "TypeAlias");
  }
  flowParseOpaqueType(t, s) {
    return this.expectContextual(129), t.id = this.flowParseRestrictedIdentifier(true, true), this.scope.declareName(t.id.name, 8201, t.id.start), this.match(43) ? t.typeParameters = this.flowParseTypeParameterDeclaration() : t.typeParameters = null, t.supertype = null, this.match(10) && (t.supertype = this.flowParseTypeInitialiser(10)), t.impltype = null, s || (t.impltype = this.flowParseTypeInitialiser(25)), this.semicolon(), this.finishNode(t, s ? "DeclareOpaqueType" : "OpaqueType");
  }
  flowParseTypeParameterBound() {
    if (this.match(10) || this.isContextual(77)) {
      let t = this.startNode();
      return this.next(), t.typeAnnotation = this.flowParseType(), this.finishNode(t, "TypeAnnotation");
    }
  }
  flowParseTypeParameter(t = false) {
    let s = this.state.startLoc, i = this.startNode(), r = this.flowParseVariance();
    return i.name = this.flowParseRestrictedIdentifierName(), i.variance = r, i.bound = this.flowParseTypeParameterBound(), this.match(25) ? (this.eat(25), i.default = this.flowParseType()) : t && this.raise(P.MissingTypeParamDefault, s), this.finishNode(i, "TypeParameter");
  }
  flowParseTypeParameterDeclaration() {
    let t = this.state.inType, s = this.startNode();
    s.params = [], this.state.inType = true, this.match(43) || this.match(141) ? this.next() : this.unexpected();
    let i = false;
    do {
      let r = this.flowParseTypeParameter(i);
      s.params.push(r), r.default && (i = true), this.match(44) || this.expect(8);
    } while (!this.match(44));
    return this.expect(44), this.state.inType = t, this.finishNode(s, "TypeParameterDeclaration");
  }
  flowInTopLevelContext(t) {
    if (this.curContext() !== E.brace) {
      let s = this.state.context;
      this.state.context = [s[0]];
      try {
        return t();
      } finally {
        this.state.context = s;
      }
    } else return t();
  }
  flowParseTypeParameterInstantiationInExpression() {
    if (this.reScan_lt() === 43) return this.flowParseTypeParameterInstantiation();
  }
  flowParseTypeParameterInstantiation() {
    let t = this.startNode(), s = this.state.inType;
    return this.state.inType = true, t.params = [], this.flowInTopLevelContext(() => {
      this.expect(43);
      let i = this.state.noAnonFunctionType;
      for (this.state.noAnonFunctionType = false; !this.match(44); ) t.params.push(this.flowParseType()), this.match(44) || this.expect(8);
      this.state.noAnonFunctionType = i;
    }), this.state.inType = s, !this.state.inType && this.curContext() === E.brace && this.reScan_lt_gt(), this.expect(44), this.finishNode(t, "TypeParameterInstantiation");
  }
  flowParseTypeParameterInstantiationCallOrNew() {
    if (this.reScan_lt() !== 43) return null;
    let t = this.startNode(), s = this.state.inType;
    for (t.params = [], this.state.inType = true, this.expect(43); !this.match(44); ) t.params.push(this.flowParseTypeOrImplicitInstantiation()), this.match(44) || this.expect(8);
    return this.expect(44), this.state.inType = s, this.finishNode(t, "TypeParameterInstantiation");
  }
  flowParseInterfaceType() {
    let t = this.startNode();
    if (this.expectContextual(128), t.extends = [], this.eat(77)) do
      t.extends.push(this.flowParseInterfaceExtends());
    while (this.eat(8));
    return t.body = this.flowParseObjectType({ allowStatic: false, allowExact: false, allowSpread: false, allowProto: false, allowInexact: false }), this.finishNode(t, "InterfaceTypeAnnotation");
  }
  flowParseObjectPropertyKey() {
    return this.match(134) || this.match(133) ? super.parseExprAtom() : this.parseIdentifier(true);
  }
  flowParseObjectTypeIndexer(t, s, i) {
    return t.static = s, this.lookahead().type === 10 ? (t.id = this.parseIdentifier(true), t.key = this.flowParseTypeInitialiser()) : (t.id = null, t.key = this.flowParseType()), this.expect(1), t.value = this.flowParseTypeInitialiser(), t.variance = i, this.finishNode(t, "ObjectTypeIndexer");
  }
  flowParseObjectTypeInternalSlot(t, s) {
    return t.static = s, t.id = this.parseIdentifier(true), this.expect(1), this.expect(1), this.match(43) || this.match(6) ? (t.method = true, t.optional = false, t.value = this.flowParseObjectTypeMethodish(this.startNodeAtNode(t))) : (t.method = false, this.eat(13) && (t.optional = true), t.value = this.flowParseTypeInitialiser()), this.finishNode(t, "ObjectTypeInternalSlot");
  }
  flowParseObjectTypeMethodish(t) {
    for (t.params = [], t.rest = null, t.typeParameters = null, t.this = null, this.match(43) && (t.typeParameters = this.flowParseTypeParameterDeclaration()), this.expect(6), this.match(74) && (t.this = this.flowParseFunctionTypeParam(true), t.this.name = null, this.match(7) || this.expect(8)); !this.match(7) && !this.match(17); ) t.params.push(this.flowParseFunctionTypeParam(false)), this.match(7) || this.expect(8);
    return this.eat(17) && (t.rest = this.flowParseFunctionTypeParam(false)), this.expect(7), t.returnType = this.flowParseTypeInitialiser(), this.finishNode(t, "FunctionTypeAnnotation");
  }
  flowParseObjectTypeCallProperty(t, s) {
    let i = this.startNode();
    return t.static = s, t.value = this.flowParseObjectTypeMethodish(i), this.finishNode(t, "ObjectTypeCallProperty");
  }
  flowParseObjectType({ allowStatic: t, allowExact: s, allowSpread: i, allowProto: r, allowInexact: n }) {
    let o = this.state.inType;
    this.state.inType = true;
    let h2 = this.startNode();
    h2.callProperties = [], h2.properties = [], h2.indexers = [], h2.internalSlots = [];
    let c2, u, f = false;
    for (s && this.match(3) ? (this.expect(3), c2 = 5, u = true) : (this.expect(2), c2 = 4, u = false), h2.exact = u; !this.match(c2); ) {
      let x2 = false, A2 = null, D2 = null, v3 = this.startNode();
      if (r && this.isContextual(117)) {
        let w3 = this.lookahead();
        w3.type !== 10 && w3.type !== 13 && (this.next(), A2 = this.state.startLoc, t = false);
      }
      if (t && this.isContextual(103)) {
        let w3 = this.lookahead();
        w3.type !== 10 && w3.type !== 13 && (this.next(), x2 = true);
      }
      let I2 = this.flowParseVariance();
      if (this.eat(0)) A2 != null && this.unexpected(A2), this.eat(0) ? (I2 && this.unexpected(I2.start), h2.internalSlots.push(this.flowParseObjectTypeInternalSlot(v3, x2))) : h2.indexers.push(this.flowParseObjectTypeIndexer(v3, x2, I2));
      else if (this.match(6) || this.match(43)) A2 != null && this.unexpected(A2), I2 && this.unexpected(I2.start), h2.callProperties.push(this.flowParseObjectTypeCallProperty(v3, x2));
      else {
        let w3 = "init";
        if (this.isContextual(96) || this.isContextual(101)) {
          let bt3 = this.lookahead();
          es(bt3.type) && (w3 = this.state.value, this.next());
        }
        let St2 = this.flowParseObjectTypeProperty(v3, x2, A2, I2, w3, i, n ?? !u);
        St2 === null ? (f = true, D2 = this.state.lastTokStartLoc) : h2.properties.push(St2);
      }
      this.flowObjectTypeSemicolon(), D2 && !this.match(4) && !this.match(5) && this.raise(P.UnexpectedExplicitInexactInObject, D2);
    }
    this.expect(c2), i && (h2.inexact = f);
    let m = this.finishNode(h2, "ObjectTypeAnnotation");
    return this.state.inType = o, m;
  }
  flowParseObjectTypeProperty(t, s, i, r, n, o, h2) {
    if (this.eat(17)) return this.match(8) || this.match(9) || this.match(4) || this.match(5) ? (o ? h2 || this.raise(P.InexactInsideExact, this.state.lastTokStartLoc) : this.raise(P.InexactInsideNonObject, this.state.lastTokStartLoc), r && this.raise(P.InexactVariance, r), null) : (o || this.raise(P.UnexpectedSpreadType, this.state.lastTokStartLoc), i != null && this.unexpected(i), r && this.raise(P.SpreadVariance, r), t.argument = this.flowParseType(), this.finishNode(t, "ObjectTypeSpreadProperty"));
    {
      t.key = this.flowParseObjectPropertyKey(), t.static = s, t.proto = i != null, t.kind = n;
      let c2 = false;
      return this.match(43) || this.match(6) ? (t.method = true, i != null && this.unexpected(i), r && this.unexpected(r.start), t.value = this.flowParseObjectTypeMethodish(this.startNodeAtNode(t)), n === "get" || n === "set" ? this.flowCheckGetterSetterParams(t) : !s && !o && t.key.name === "constructor" && t.value.this && this.raise(P.ThisParamBannedInConstructor, t.value.this)) : (n !== "init" && this.unexpected(), t.method = false, this.eat(13) && (c2 = true), t.value = this.flowParseTypeInitialiser(), t.variance = r), t.optional = c2, this.finishNode(t, "ObjectTypeProperty");
    }
  }
  flowCheckGetterSetterParams(t) {
    let s = t.kind === "get" ? 0 : 1, i = t.value, r = i.params.length + (i.rest ? 1 : 0);
    i.this && this.raise(t.kind === "get" ? P.GetterMayNotHaveThisParam : P.SetterMayNotHaveThisParam, i.this), r !== s && this.raise(t.kind === "get" ? l.BadGetterArity : l.BadSetterArity, t), t.kind === "set" && i.rest && this.raise(l.BadSetterRestParameter, t);
  }
  flowObjectTypeSemicolon() {
    !this.eat(9) && !this.eat(8) && !this.match(4) && !this.match(5) && this.unexpected();
  }
  flowParseQualifiedTypeIdentifier(t, s) {
    t ?? (t = this.state.startLoc);
    let i = s || this.flowParseRestrictedIdentifier(true);
    for (; this.eat(12); ) {
      let r = this.startNodeAt(t);
      r.qualification = i, r.id = this.flowParseRestrictedIdentifier(true), i = this.finishNode(r, "QualifiedTypeIdentifier");
    }
    return i;
  }
  flowParseGenericType(t, s) {
    let i = this.startNodeAt(t);
    return i.typeParameters = null, i.id = this.flowParseQualifiedTypeIdentifier(t, s), this.match(43) && (i.typeParameters = this.flowParseTypeParameterInstantiation()), this.finishNode(i, "GenericTypeAnnotation");
  }
  flowParseTypeofType() {
    let t = this.startNode();
    return this.expect(83), t.argument = this.flowParsePrimaryType(), this.finishNode(t, "TypeofTypeAnnotation");
  }
  flowParseTupleType() {
    let t = this.startNode();
    for (t.types = [], this.expect(0); this.state.pos < this.length && !this.match(1) && (t.types.push(this.flowParseType()), !this.match(1)); ) this.expect(8);
    return this.expect(1), this.finishNode(t, "TupleTypeAnnotation");
  }
  flowParseFunctionTypeParam(t) {
    let s = null, i = false, r, n = this.startNode(), o = this.lookahead(), h2 = this.state.type === 74;
    return o.type === 10 || o.type === 13 ? (h2 && !t && this.raise(P.ThisParamMustBeFirst, n), s = this.parseIdentifier(h2), this.eat(13) && (i = true, h2 && this.raise(P.ThisParamMayNotBeOptional, n)), r = this.flowParseTypeInitialiser()) : r = this.flowParseType(), n.name = s, n.optional = i, n.typeAnnotation = r, this.finishNode(n, "FunctionTypeParam");
  }
  reinterpretTypeAsFunctionTypeParam(t) {
    let s = this.startNodeAtNode(t);
    return s.name = null, s.optional = false, s.typeAnnotation = t, this.finishNode(s, "FunctionTypeParam");
  }
  flowParseFunctionTypeParams(t = []) {
    let s = null, i = null;
    for (this.match(74) && (i = this.flowParseFunctionTypeParam(true), i.name = null, this.match(7) || this.expect(8)); !this.match(7) && !this.match(17); ) t.push(this.flowParseFunctionTypeParam(false)), this.match(7) || this.expect(8);
    return this.eat(17) && (s = this.flowParseFunctionTypeParam(false)), { params: t, rest: s, _this: i };
  }
  flowIdentToTypeAnnotation(t, s, i) {
    switch (i.name) {
      case "any":
        return this.finishNode(s, "AnyTypeAnnotation");
      case "bool":
      case "boolean":
        return this.finishNode(s, "BooleanTypeAnnotation");
      case "mixed":
        return this.finishNode(s, "MixedTypeAnnotation");
      case "empty":
        return this.finishNode(s, "EmptyTypeAnnotation");
      case "number":
        return this.finishNode(s, "NumberTypeAnnotation");
      case "string":
        return this.finishNode(s, "StringTypeAnnotation");
      case "symbol":
        return this.finishNode(s, "SymbolTypeAnnotation");
      default:
        return this.checkNotUnderscore(i.name), this.flowParseGenericType(t, i);
    }
  }
  flowParsePrimaryType() {
    let t = this.state.startLoc, s = this.startNode(), i, r, n = false, o = this.state.noAnonFunctionType;
    switch (this.state.type) {
      case 2:
        return this.flowParseObjectType({ allowStatic: false, allowExact: false, allowSpread: true, allowProto: false, allowInexact: true });
      case 3:
        return this.flowParseObjectType({ allowStatic: false, allowExact: true, allowSpread: true, allowProto: false, allowInexact: false });
      case 0:
        return this.state.noAnonFunctionType = false, r = this.flowParseTupleType(), this.state.noAnonFunctionType = o, r;
      case 43: {
        let h2 = this.startNode();
        return h2.typeParameters = this.flowParseTypeParameterDeclaration(), this.expect(6), i = this.flowParseFunctionTypeParams(), h2.params = i.params, h2.rest = i.rest, h2.this = i._this, this.expect(7), this.expect(15), h2.returnType = this.flowParseType(), this.finishNode(h2, "FunctionTypeAnnotation");
      }
      case 6: {
        let h2 = this.startNode();
        if (this.next(), !this.match(7) && !this.match(17)) if (C(this.state.type) || this.match(74)) {
          let c2 = this.lookahead().type;
          n = c2 !== 13 && c2 !== 10;
        } else n = true;
        if (n) {
          if (this.state.noAnonFunctionType = false, r = this.flowParseType(), this.state.noAnonFunctionType = o, this.state.noAnonFunctionType || !(this.match(8) || this.match(7) && this.lookahead().type === 15)) return this.expect(7), r;
          this.eat(8);
        }
        return r ? i = this.flowParseFunctionTypeParams([this.reinterpretTypeAsFunctionTypeParam(r)]) : i = this.flowParseFunctionTypeParams(), h2.params = i.params, h2.rest = i.rest, h2.this = i._this, this.expect(7), this.expect(15), h2.returnType = this.flowParseType(), h2.typeParameters = null, this.finishNode(h2, "FunctionTypeAnnotation");
      }
      case 133:
        return this.parseLiteral(this.state.value, "StringLiteralTypeAnnotation");
      case 81:
      case 82:
        return s.value = this.match(81), this.next(), this.finishNode(s, "BooleanLiteralTypeAnnotation");
      case 49:
        if (this.state.value === "-") {
          if (this.next(), this.match(134)) return this.parseLiteralAtNode(-this.state.value, "NumberLiteralTypeAnnotation", s);
          if (this.match(135)) return this.parseLiteralAtNode(-this.state.value, "BigIntLiteralTypeAnnotation", s);
          throw this.raise(P.UnexpectedSubtractionOperand, this.state.startLoc);
        }
        throw this.unexpected();
      case 134:
        return this.parseLiteral(this.state.value, "NumberLiteralTypeAnnotation");
      case 135:
        return this.parseLiteral(this.state.value, "BigIntLiteralTypeAnnotation");
      case 84:
        return this.next(), this.finishNode(s, "VoidTypeAnnotation");
      case 80:
        return this.next(), this.finishNode(s, "NullLiteralTypeAnnotation");
      case 74:
        return this.next(), this.finishNode(s, "ThisTypeAnnotation");
      case 51:
        return this.next(), this.finishNode(s, "ExistsTypeAnnotation");
      case 83:
        return this.flowParseTypeofType();
      default:
        if (Ot2(this.state.type)) {
          let h2 = $2(this.state.type);
          return this.next(), super.createIdentifier(s, h2);
        } else if (C(this.state.type)) return this.isContextual(128) ? this.flowParseInterfaceType() : this.flowIdentToTypeAnnotation(t, s, this.parseIdentifier());
    }
    throw this.unexpected();
  }
  flowParsePostfixType() {
    let t = this.state.startLoc, s = this.flowParsePrimaryType(), i = false;
    for (; (this.match(0) || this.match(14)) && !this.canInsertSemicolon(); ) {
      let r = this.startNodeAt(t), n = this.eat(14);
      i = i || n, this.expect(0), !n && this.match(1) ? (r.elementType = s, this.next(), s = this.finishNode(r, "ArrayTypeAnnotation")) : (r.objectType = s, r.indexType = this.flowParseType(), this.expect(1), i ? (r.optional = n, s = this.finishNode(r, "OptionalIndexedAccessType")) : s = this.finishNode(r, "IndexedAccessType"));
    }
    return s;
  }
  flowParsePrefixType() {
    let t = this.startNode();
    return this.eat(13) ? (t.typeAnnotation = this.flowParsePrefixType(), this.finishNode(t, "NullableTypeAnnotation")) : this.flowParsePostfixType();
  }
  flowParseAnonFunctionWithoutParens() {
    let t = this.flowParsePrefixType();
    if (!this.state.noAnonFunctionType && this.eat(15)) {
      let s = this.startNodeAtNode(t);
      return s.params = [this.reinterpretTypeAsFunctionTypeParam(t)], s.rest = null, s.this = null, s.returnType = this.flowParseType(), s.typeParameters = null, this.finishNode(s, "FunctionTypeAnnotation");
    }
    return t;
  }
  flowParseIntersectionType() {
    let t = this.startNode();
    this.eat(41);
    let s = this.flowParseAnonFunctionWithoutParens();
    for (t.types = [s]; this.eat(41); ) t.types.push(this.flowParseAnonFunctionWithoutParens());
    return t.types.length === 1 ? s : this.finishNode(t, "IntersectionTypeAnnotation");
  }
  flowParseUnionType() {
    let t = this.startNode();
    this.eat(39);
    let s = this.flowParseIntersectionType();
    for (t.types = [s]; this.eat(39); ) t.types.push(this.flowParseIntersectionType());
    return t.types.length === 1 ? s : this.finishNode(t, "UnionTypeAnnotation");
  }
  flowParseType() {
    let t = this.state.inType;
    this.state.inType = true;
    let s = this.flowParseUnionType();
    return this.state.inType = t, s;
  }
  flowParseTypeOrImplicitInstantiation() {
    if (this.state.type === 131 && this.state.value === "_") {
      let t = this.state.startLoc, s = this.parseIdentifier();
      return this.flowParseGenericType(t, s);
    } else return this.flowParseType();
  }
  flowParseTypeAnnotation() {
    let t = this.startNode();
    return t.typeAnnotation = this.flowParseTypeInitialiser(), this.finishNode(t, "TypeAnnotation");
  }
  flowParseTypeAnnotatableIdentifier() {
    let t = this.startNode(), s = this.parseIdentifierName();
    return this.match(10) && (t.typeAnnotation = this.flowParseTypeAnnotation()), this.createIdentifier(t, s);
  }
  typeCastToParameter(t) {
    return t.expression.typeAnnotation = t.typeAnnotation, this.resetEndLocationFromNode(t.expression, t.typeAnnotation), t.expression;
  }
  flowParseVariance() {
    let t = null;
    return this.match(49) ? (t = this.startNode(), this.state.value === "+" ? t.kind = "plus" : t.kind = "minus", this.next(), this.finishNode(t, "Variance")) : t;
  }
  parseFunctionBody(t, s, i = false) {
    if (s) {
      this.forwardNoArrowParamsConversionAt(t, () => super.parseFunctionBody(t, true, i));
      return;
    }
    super.parseFunctionBody(t, false, i);
  }
  parseFunctionBodyAndFinish(t, s, i = false) {
    if (this.match(10)) {
      let r = this.startNode();
      s === "FunctionDeclaration" || s === "FunctionExpression" || s === "ArrowFunctionExpression" ? [r.typeAnnotation, t.predicate] = this.flowParseTypeAndPredicateInitialiser(true) : r.typeAnnotation = this.flowParseTypeInitialiser(), t.returnType = r.typeAnnotation ? this.finishNode(r, "TypeAnnotation") : null;
    }
    return super.parseFunctionBodyAndFinish(t, s, i);
  }
  parseStatementLike(t) {
    if (this.state.strict && this.isContextual(128)) {
      let i = this.lookahead();
      if (O2(i.type)) {
        let r = this.startNode();
        return this.next(), this.flowParseInterface(r);
      }
    } else if (this.isContextual(125)) {
      let i = this.startNode();
      return this.next(), this.flowParseEnumDeclaration(i);
    }
    let s = super.parseStatementLike(t);
    return this.flowPragma === void 0 && !this.isValidDirective(s) && (this.flowPragma = null), s;
  }
  parseExpressionStatement(t, s, i) {
    if (s.type === "Identifier") {
      if (s.name === "declare") {
        if (this.match(76) || C(this.state.type) || this.match(64) || this.match(70) || this.match(78)) return this.flowParseDeclare(t);
      } else if (C(this.state.type)) {
        if (s.name === "interface") return this.flowParseInterface(t);
        if (s.name === "type") return this.flowParseTypeAlias(t);
        if (s.name === "opaque") return this.flowParseOpaqueType(t, false);
      }
    }
    return super.parseExpressionStatement(t, s, i);
  }
  shouldParseExportDeclaration() {
    let { type: t } = this.state;
    return t === 125 || qe2(t) ? !this.state.containsEsc : super.shouldParseExportDeclaration();
  }
  isExportDefaultSpecifier() {
    let { type: t } = this.state;
    return t === 125 || qe2(t) ? this.state.containsEsc : super.isExportDefaultSpecifier();
  }
  parseExportDefaultExpression() {
    if (this.isContextual(125)) {
      let t = this.startNode();
      return this.next(), this.flowParseEnumDeclaration(t);
    }
    return super.parseExportDefaultExpression();
  }
  parseConditional(t, s, i) {
    if (!this.match(13)) return t;
    if (i != null) {
      let x2 = this.lookaheadCharCode();
      if (x2 === 44 || x2 === 61 || x2 === 58 || x2 === 41) return this.setOptionalParametersError(i), t;
    }
    this.expect(13);
    let r = this.state.clone(), n = this.state.noArrowAt, o = this.startNodeAt(s), { consequent: h2, failed: c2 } = this.tryParseConditionalConsequent(), u = this.getArrowLikeExpressions(h2), f = u[0], m = u[1];
    if (c2 || m.length > 0) {
      let x2 = [...n];
      if (m.length > 0) {
        this.state = r, this.state.noArrowAt = x2;
        for (let A2 = 0; A2 < m.length; A2++) x2.push(m[A2].start);
        ({ consequent: h2, failed: c2 } = this.tryParseConditionalConsequent()), [f] = this.getArrowLikeExpressions(h2);
      }
      c2 && f.length > 1 && this.raise(P.AmbiguousConditionalArrow, r.startLoc), c2 && f.length === 1 && (this.state = r, x2.push(f[0].start), this.state.noArrowAt = x2, { consequent: h2 } = this.tryParseConditionalConsequent());
    }
    return this.getArrowLikeExpressions(h2, true), this.state.noArrowAt = n, this.expect(10), o.test = t, o.consequent = h2, o.alternate = this.forwardNoArrowParamsConversionAt(o, () => this.parseMaybeAssign()), this.finishNode(o, "ConditionalExpression");
  }
  tryParseConditionalConsequent() {
    this.state.noArrowParamsConversionAt.push(this.state.start);
    let t = this.parseMaybeAssignAllowIn(), s = !this.match(10);
    return this.state.noArrowParamsConversionAt.pop(), { consequent: t, failed: s };
  }
  getArrowLikeExpressions(t, s) {
    let i = [t], r = [];
    for (; i.length !== 0; ) {
      let n = i.pop();
      n.type === "ArrowFunctionExpression" ? (n.typeParameters || !n.returnType ? this.finishArrowValidation(n) : r.push(n), n.body.type !== "BlockStatement" && i.push(n.body)) : n.type === "ConditionalExpression" && (i.push(n.consequent), i.push(n.alternate));
    }
    return s ? (r.forEach((n) => this.finishArrowValidation(n)), [r, []]) : $i2(r, (n) => n.params.every((o) => this.isAssignable(o, true)));
  }
  finishArrowValidation(t) {
    this.toAssignableList(t.params, t.extra?.trailingCommaLoc, false), this.scope.enter(518), super.checkParams(t, false, true), this.scope.exit();
  }
  forwardNoArrowParamsConversionAt(t, s) {
    let i;
    return this.state.noArrowParamsConversionAt.includes(this.offsetToSourcePos(t.start)) ? (this.state.noArrowParamsConversionAt.push(this.state.start), i = s(), this.state.noArrowParamsConversionAt.pop()) : i = s(), i;
  }
  parseParenItem(t, s) {
    let i = super.parseParenItem(t, s);
    if (this.eat(13) && (i.optional = true, this.resetEndLocation(t)), this.match(10)) {
      let r = this.startNodeAt(s);
      return r.expression = i, r.typeAnnotation = this.flowParseTypeAnnotation(), this.finishNode(r, "TypeCastExpression");
    }
    return i;
  }
  assertModuleNodeAllowed(t) {
    t.type === "ImportDeclaration" && (t.importKind === "type" || t.importKind === "typeof") || t.type === "ExportNamedDeclaration" && t.exportKind === "type" || t.type === "ExportAllDeclaration" && t.exportKind === "type" || super.assertModuleNodeAllowed(t);
  }
  parseExportDeclaration(t) {
    if (this.isContextual(129)) {
      t.exportKind = "type";
      let s = this.startNode();
      return this.next(), this.match(2) ? (t.specifiers = this.parseExportSpecifiers(true), super.parseExportFrom(t), null) : this.flowParseTypeAlias(s);
    } else if (this.isContextual(130)) {
      t.exportKind = "type";
      let s = this.startNode();
      return this.next(), this.flowParseOpaqueType(s, false);
    } else if (this.isContextual(128)) {
      t.exportKind = "type";
      let s = this.startNode();
      return this.next(), this.flowParseInterface(s);
    } else if (this.isContextual(125)) {
      t.exportKind = "value";
      let s = this.startNode();
      return this.next(), this.flowParseEnumDeclaration(s);
    } else return super.parseExportDeclaration(t);
  }
  eatExportStar(t) {
    return super.eatExportStar(t) ? true : this.isContextual(129) && this.lookahead().type === 51 ? (t.exportKind = "type", this.next(), this.next(), true) : false;
  }
  maybeParseExportNamespaceSpecifier(t) {
    let { startLoc: s } = this.state, i = super.maybeParseExportNamespaceSpecifier(t);
    return i && t.exportKind === "type" && this.unexpected(s), i;
  }
  maybeParseExportNamedSpecifiers(t) {
    if (!super.maybeParseExportNamedSpecifiers(t)) return false;
    let s = t.specifiers[t.specifiers.length - 1];
    return t.exportKind === "type" && s?.type === "ExportNamespaceSpecifier" && this.unexpected(s.start), true;
  }
  parseClassId(t, s, i) {
    if ((!s || i) && this.isContextual(112)) {
      t.id = null;
      return;
    }
    super.parseClassId(t, s, i), this.match(43) && (t.typeParameters = this.flowParseTypeParameterDeclaration());
  }
  parseClassMember(t, s, i) {
    let { startLoc: r } = this.state;
    if (this.isContextual(124)) {
      if (super.parseClassMemberFromModifier(t, s)) return;
      s.declare = true;
    }
    super.parseClassMember(t, s, i), s.declare && (s.type !== "ClassProperty" && s.type !== "ClassPrivateProperty" && s.type !== "PropertyDefinition" ? this.raise(P.DeclareClassElement, r) : s.value && this.raise(P.DeclareClassFieldInitializer, s.value));
  }
  isIterator(t) {
    return t === "iterator" || t === "asyncIterator";
  }
  readIterator() {
    let t = super.readWord1(), s = "@@" + t;
    (!this.isIterator(t) || !this.state.inType) && this.raise(l.InvalidIdentifier, this.state.curPosition(), { identifierName: s }), this.finishToken(131, s);
  }
  getTokenFromCode(t) {
    let s = this.input.charCodeAt(this.state.pos + 1);
    t === 123 && s === 124 ? this.finishOp(3, 2) : this.state.inType && (t === 62 || t === 60) ? this.finishOp(t === 62 ? 44 : 43, 1) : this.state.inType && t === 63 ? s === 46 ? this.finishOp(14, 2) : this.finishOp(13, 1) : Ri2(t, s, this.input.charCodeAt(this.state.pos + 2)) ? (this.state.pos += 2, this.readIterator()) : super.getTokenFromCode(t);
  }
  isAssignable(t, s) {
    return t.type === "TypeCastExpression" ? this.isAssignable(t.expression, s) : super.isAssignable(t, s);
  }
  toAssignable(t, s = false) {
    !s && t.type === "AssignmentExpression" && t.left.type === "TypeCastExpression" && (t.left = this.typeCastToParameter(t.left)), super.toAssignable(t, s);
  }
  toAssignableListItem(t, s, i) {
    let r = t[s];
    r.type === "TypeCastExpression" && (t[s] = this.typeCastToParameter(r)), super.toAssignableListItem(t, s, i);
  }
  toReferencedList(t, s) {
    for (let i = 0; i < t.length; i++) {
      let r = t[i];
      r?.type === "TypeCastExpression" && !r.extra?.parenthesized && (t.length > 1 || !s) && this.raise(P.TypeCastInPattern, r.typeAnnotation);
    }
    return t;
  }
  parseArrayLike(t, s) {
    let i = super.parseArrayLike(t, s);
    return i.type === "ArrayExpression" && this.toReferencedList(i.elements), i;
  }
  isValidLVal(t, s, i, r) {
    return t === "TypeCastExpression" || super.isValidLVal(t, s, i, r);
  }
  parseClassProperty(t) {
    return this.match(10) && (t.typeAnnotation = this.flowParseTypeAnnotation()), super.parseClassProperty(t);
  }
  parseClassPrivateProperty(t) {
    return this.match(10) && (t.typeAnnotation = this.flowParseTypeAnnotation()), super.parseClassPrivateProperty(t);
  }
  isClassMethod() {
    return this.match(43) || super.isClassMethod();
  }
  isClassProperty() {
    return this.match(10) || super.isClassProperty();
  }
  isNonstaticConstructor(t) {
    return !this.match(10) && super.isNonstaticConstructor(t);
  }
  pushClassMethod(t, s, i, r, n, o) {
    if (s.variance && this.unexpected(s.variance.start), delete s.variance, this.match(43) && (s.typeParameters = this.flowParseTypeParameterDeclaration()), super.pushClassMethod(t, s, i, r, n, o), s.params && n) {
      let h2 = s.params;
      h2.length > 0 && this.isThisParam(h2[0]) && this.raise(P.ThisParamBannedInConstructor, s);
    } else if (s.type === "MethodDefinition" && n && s.value.params) {
      let h2 = s.value.params;
      h2.length > 0 && this.isThisParam(h2[0]) && this.raise(P.ThisParamBannedInConstructor, s);
    }
  }
  pushClassPrivateMethod(t, s, i, r) {
    s.variance && this.unexpected(s.variance.start), delete s.variance, this.match(43) && (s.typeParameters = this.flowParseTypeParameterDeclaration()), super.pushClassPrivateMethod(t, s, i, r);
  }
  flowParseClassImplements() {
    let t = this.startNode();
    return t.id = this.flowParseRestrictedIdentifier(true), this.match(43) ? t.typeParameters = this.flowParseTypeParameterInstantiation() : t.typeParameters = null, this.finishNode(t, "ClassImplements");
  }
  parseClassSuper(t) {
    if (super.parseClassSuper(t), t.superClass && (this.match(43) || this.match(47)) && (t.superTypeArguments = this.flowParseTypeParameterInstantiationInExpression()), this.eatContextual(112)) {
      let s = t.implements = [];
      do
        s.push(this.flowParseClassImplements());
      while (this.eat(8));
    }
  }
  checkGetterSetterParams(t) {
    super.checkGetterSetterParams(t);
    let s = this.getObjectOrClassMethodParams(t);
    if (s.length > 0) {
      let i = s[0];
      this.isThisParam(i) && t.kind === "get" ? this.raise(P.GetterMayNotHaveThisParam, i) : this.isThisParam(i) && this.raise(P.SetterMayNotHaveThisParam, i);
    }
  }
  parsePropertyNamePrefixOperator(t) {
    t.variance = this.flowParseVariance();
  }
  parseObjPropValue(t, s, i, r, n, o, h2) {
    t.variance && this.unexpected(t.variance.start), delete t.variance;
    let c2;
    this.match(43) && !o && (c2 = this.flowParseTypeParameterDeclaration(), this.match(6) || this.unexpected());
    let u = super.parseObjPropValue(t, s, i, r, n, o, h2);
    return c2 && ((u.value || u).typeParameters = c2), u;
  }
  parseFunctionParamType(t) {
    return this.eat(13) && (t.type !== "Identifier" && this.raise(P.PatternIsOptional, t), this.isThisParam(t) && this.raise(P.ThisParamMayNotBeOptional, t), t.optional = true), this.match(10) ? t.typeAnnotation = this.flowParseTypeAnnotation() : this.isThisParam(t) && this.raise(P.ThisParamAnnotationRequired, t), this.match(25) && this.isThisParam(t) && this.raise(P.ThisParamNoDefault, t), this.resetEndLocation(t), t;
  }
  parseMaybeDefault(t, s) {
    let i = super.parseMaybeDefault(t, s);
    return i.type === "AssignmentPattern" && i.typeAnnotation && i.right.start < i.typeAnnotation.start && this.raise(P.TypeBeforeInitializer, i.typeAnnotation), i;
  }
  parseImportSpecifierLocal(t, s, i) {
    s.local = Wt2(t) ? this.flowParseRestrictedIdentifier(true, true) : this.parseIdentifier(), t.specifiers.push(this.finishImportSpecifier(s, i));
  }
  isPotentialImportPhase(t) {
    if (super.isPotentialImportPhase(t)) return true;
    if (this.isContextual(129)) {
      if (!t) return true;
      let s = this.lookaheadCharCode();
      return s === 123 || s === 42;
    }
    return !t && this.isContextual(83);
  }
  applyImportPhase(t, s, i, r) {
    if (super.applyImportPhase(t, s, i, r), s) {
      if (!i && this.match(61)) return;
      t.exportKind = i === "type" ? i : "value";
    } else i === "type" && this.match(51) && this.unexpected(), t.importKind = i === "type" || i === "typeof" ? i : "value";
  }
  parseNamedOrFilteredImportSpecifiers(t) {
    super.parseNamedOrFilteredImportSpecifiers(t);
    let s = t.specifiers[t.specifiers.length - 1];
    Wt2(t) && s?.type === "ImportNamespaceSpecifier" && this.unexpected(s.start);
  }
  parseImportSpecifier(t, s, i, r) {
    let n = t.imported, o = null;
    if (n.type === "Identifier" && (n.name === "type" ? o = "type" : n.name === "typeof" && (o = "typeof")), this.isContextual(90) && !this.isLookaheadContextual("as")) {
      let h2 = this.parseIdentifier(true);
      o !== null && !O2(this.state.type) ? (t.imported = h2, t.importKind = o, t.local = this.cloneIdentifier(h2)) : (t.imported = n, t.importKind = null, t.local = this.parseIdentifier());
    } else o !== null && O2(this.state.type) ? (t.imported = this.parseIdentifier(true), t.importKind = o) : (t.imported = n, t.importKind = null), this.eatContextual(90) ? t.local = this.parseIdentifier() : t.local = this.cloneIdentifier(t.imported);
    return this.finishNode(t, "ImportSpecifier");
  }
  checkImportSpecifier(t, s) {
    let i = Wt2(t), r = s || i;
    if (r) {
      s && i && this.raise(P.ImportTypeShorthandOnlyInPureImport, t);
      let { local: n } = t;
      this.checkReservedType(n.name, n.start, true);
    }
    super.checkImportSpecifier(t, s, 8201, !r);
  }
  parseBindingAtom() {
    return this.state.type === 74 ? this.parseIdentifier(true) : super.parseBindingAtom();
  }
  parseFunctionParams(t, s) {
    let i = t.kind;
    i !== "get" && i !== "set" && this.match(43) && (t.typeParameters = this.flowParseTypeParameterDeclaration()), super.parseFunctionParams(t, s);
  }
  parseVarId(t, s) {
    super.parseVarId(t, s), this.match(10) && (t.id.typeAnnotation = this.flowParseTypeAnnotation(), this.resetEndLocation(t.id));
  }
  parseAsyncArrowFromCallExpression(t, s) {
    if (this.match(10)) {
      let i = this.state.noAnonFunctionType;
      this.state.noAnonFunctionType = true, t.returnType = this.flowParseTypeAnnotation(), this.state.noAnonFunctionType = i;
    }
    return super.parseAsyncArrowFromCallExpression(t, s);
  }
  shouldParseAsyncArrow() {
    return this.match(10) || super.shouldParseAsyncArrow();
  }
  parseMaybeAssign(t, s) {
    let i = null, r;
    if (this.hasPlugin("jsx") && (this.match(141) || this.match(43))) {
      if (i = this.state.clone(), r = this.tryParse(() => super.parseMaybeAssign(t, s), i), !r.error) return r.node;
      let { context: n } = this.state, o = n[n.length - 1];
      (o === E.j_oTag || o === E.j_expr) && n.pop();
    }
    if (r?.error || this.match(43)) {
      i = i || this.state.clone();
      let n, o = this.tryParse((c2) => {
        n = this.flowParseTypeParameterDeclaration();
        let u = this.forwardNoArrowParamsConversionAt(n, () => {
          let m = super.parseMaybeAssign(t, s);
          return this.resetStartLocationFromNode(m, n), m;
        });
        u.extra?.parenthesized && c2();
        let f = this.maybeUnwrapTypeCastExpression(u);
        return f.type !== "ArrowFunctionExpression" && c2(), f.typeParameters = n, this.resetStartLocationFromNode(f, n), u;
      }, i), h2 = null;
      if (o.node && this.maybeUnwrapTypeCastExpression(o.node).type === "ArrowFunctionExpression") {
        if (!o.error && !o.aborted) return o.node.async && this.raise(P.UnexpectedTypeParameterBeforeAsyncArrowFunction, n), o.node;
        h2 = o.node;
      }
      if (r?.node) return this.state = r.failState, r.node;
      if (h2) return this.state = o.failState, h2;
      throw r?.thrown ? r.error : o.thrown ? o.error : this.raise(P.UnexpectedTokenAfterTypeParameter, n);
    }
    return super.parseMaybeAssign(t, s);
  }
  parseArrow(t) {
    if (this.match(10)) {
      let s = this.tryParse(() => {
        let i = this.state.noAnonFunctionType;
        this.state.noAnonFunctionType = true;
        let r = this.startNode();
        return [r.typeAnnotation, t.predicate] = this.flowParseTypeAndPredicateInitialiser(true), this.state.noAnonFunctionType = i, this.canInsertSemicolon() && this.unexpected(), this.match(15) || this.unexpected(), r;
      });
      if (s.thrown) return null;
      s.error && (this.state = s.failState), t.returnType = s.node.typeAnnotation ? this.finishNode(s.node, "TypeAnnotation") : null;
    }
    return super.parseArrow(t);
  }
  shouldParseArrow(t) {
    return this.match(10) || super.shouldParseArrow(t);
  }
  setArrowFunctionParameters(t, s) {
    this.state.noArrowParamsConversionAt.includes(this.offsetToSourcePos(t.start)) ? t.params = s : super.setArrowFunctionParameters(t, s);
  }
  checkParams(t, s, i, r = true) {
    if (!(i && this.state.noArrowParamsConversionAt.includes(this.offsetToSourcePos(t.start)))) {
      for (let n = 0; n < t.params.length; n++) this.isThisParam(t.params[n]) && n > 0 && this.raise(P.ThisParamMustBeFirst, t.params[n]);
      super.checkParams(t, s, i, r);
    }
  }
  parseParenAndDistinguishExpression(t) {
    return super.parseParenAndDistinguishExpression(t && !this.state.noArrowAt.includes(this.sourceToOffsetPos(this.state.start)));
  }
  parseSubscripts(t, s, i) {
    if (t.type === "Identifier" && t.name === "async" && this.state.noArrowAt.includes(s.index)) {
      this.next();
      let r = this.startNodeAt(s);
      r.callee = t, r.arguments = super.parseCallExpressionArguments(), t = this.finishNode(r, "CallExpression");
    } else if (t.type === "Identifier" && t.name === "async" && this.match(43)) {
      let r = this.state.clone(), n = this.tryParse((h2) => this.parseAsyncArrowWithTypeParameters(s) || h2(), r);
      if (!n.error && !n.aborted) return n.node;
      let o = this.tryParse(() => super.parseSubscripts(t, s, i), r);
      if (o.node && !o.error) return o.node;
      if (n.node) return this.state = n.failState, n.node;
      if (o.node) return this.state = o.failState, o.node;
      throw n.error || o.error;
    }
    return super.parseSubscripts(t, s, i);
  }
  parseSubscript(t, s, i, r) {
    if (this.match(14) && this.isLookaheadToken_lt()) {
      if (r.optionalChainMember = true, i) return r.stop = true, t;
      this.next();
      let n = this.startNodeAt(s);
      return n.callee = t, n.typeArguments = this.flowParseTypeParameterInstantiationInExpression(), this.expect(6), n.arguments = this.parseCallExpressionArguments(), n.optional = true, this.finishCallExpression(n, true);
    } else if (!i && this.shouldParseTypes() && (this.match(43) || this.match(47))) {
      let n = this.startNodeAt(s);
      n.callee = t;
      let o = this.tryParse(() => (n.typeArguments = this.flowParseTypeParameterInstantiationCallOrNew(), this.expect(6), n.arguments = super.parseCallExpressionArguments(), r.optionalChainMember && (n.optional = false), this.finishCallExpression(n, r.optionalChainMember)));
      if (o.node) return o.error && (this.state = o.failState), o.node;
    }
    return super.parseSubscript(t, s, i, r);
  }
  parseNewCallee(t) {
    super.parseNewCallee(t);
    let s = null;
    this.shouldParseTypes() && this.match(43) && (s = this.tryParse(() => this.flowParseTypeParameterInstantiationCallOrNew()).node), t.typeArguments = s;
  }
  parseAsyncArrowWithTypeParameters(t) {
    let s = this.startNodeAt(t);
    if (this.parseFunctionParams(s, false), !!this.parseArrow(s)) return super.parseArrowExpression(s, void 0, true);
  }
  readToken_mult_modulo(t) {
    let s = this.input.charCodeAt(this.state.pos + 1);
    if (t === 42 && s === 47 && this.state.hasFlowComment) {
      this.state.hasFlowComment = false, this.state.pos += 2, this.nextToken();
      return;
    }
    super.readToken_mult_modulo(t);
  }
  readToken_pipe_amp(t) {
    let s = this.input.charCodeAt(this.state.pos + 1);
    if (t === 124 && s === 125) {
      this.finishOp(5, 2);
      return;
    }
    super.readToken_pipe_amp(t);
  }
  parseTopLevel(t, s) {
    let i = super.parseTopLevel(t, s);
    return this.state.hasFlowComment && this.raise(P.UnterminatedFlowComment, this.state.curPosition()), i;
  }
  skipBlockComment() {
    if (this.hasPlugin("flowComments") && this.skipFlowComment()) {
      if (this.state.hasFlowComment) throw this.raise(P.NestedFlowComment, this.state.startLoc);
      this.hasFlowCommentCompletion();
      let t = this.skipFlowComment();
      t && (this.state.pos += t, this.state.hasFlowComment = true);
      return;
    }
    return super.skipBlockComment(this.state.hasFlowComment ? "*-/" : "*/");
  }
  skipFlowComment() {
    let { pos: t } = this.state, s = 2;
    for (; [32, 9].includes(this.input.charCodeAt(t + s)); ) s++;
    let i = this.input.charCodeAt(s + t), r = this.input.charCodeAt(s + t + 1);
    return i === 58 && r === 58 ? s + 2 : this.input.slice(s + t, s + t + 12) === "flow-include" ? s + 12 : i === 58 && r !== 58 ? s : false;
  }
  hasFlowCommentCompletion() {
    if (this.input.indexOf("*/", this.state.pos) === -1) throw this.raise(l.UnterminatedComment, this.state.curPosition());
  }
  flowEnumErrorBooleanMemberNotInitialized(t, s) {
    this.raise(P.EnumBooleanMemberNotInitialized, t, s);
  }
  flowEnumErrorInvalidMemberInitializer(t, s) {
    return this.raise(s.explicitType ? s.explicitType === "symbol" ? P.EnumInvalidMemberInitializerSymbolType : P.EnumInvalidMemberInitializerPrimaryType : P.EnumInvalidMemberInitializerUnknownType, t, s);
  }
  flowEnumErrorNumberMemberNotInitialized(t, s) {
    this.raise(P.EnumNumberMemberNotInitialized, t, s);
  }
  flowEnumErrorStringMemberInconsistentlyInitialized(t, s) {
    this.raise(P.EnumStringMemberInconsistentlyInitialized, t, s);
  }
  flowEnumMemberInit() {
    let t = this.state.startLoc, s = () => this.match(8) || this.match(4);
    switch (this.state.type) {
      case 134: {
        let i = this.parseNumericLiteral(this.state.value);
        if (s()) return { type: "number", loc: i.start, value: i };
        break;
      }
      case 133: {
        let i = this.parseStringLiteral(this.state.value);
        if (s()) return { type: "string", loc: i.start, value: i };
        break;
      }
      case 81:
      case 82: {
        let i = this.parseBooleanLiteral(this.match(81));
        if (s()) return { type: "boolean", loc: i.start, value: i };
      }
    }
    return { type: "invalid", loc: t };
  }
  flowEnumMemberRaw() {
    let t = this.state.startLoc, s = this.parseIdentifier(true), i = this.eat(25) ? this.flowEnumMemberInit() : { type: "none", loc: t };
    return { id: s, init: i };
  }
  flowEnumCheckExplicitTypeMismatch(t, s, i) {
    let { explicitType: r } = s;
    r !== null && r !== i && this.flowEnumErrorInvalidMemberInitializer(t, s);
  }
  flowEnumMembers({ enumName: t, explicitType: s }) {
    let i = /* @__PURE__ */ new Set(), r = { booleanMembers: [], numberMembers: [], stringMembers: [], defaultedMembers: [] }, n = false;
    for (; !this.match(4); ) {
      if (this.eat(17)) {
        n = true;
        break;
      }
      let o = this.startNode(), { id: h2, init: c2 } = this.flowEnumMemberRaw(), u = h2.name;
      if (u === "") continue;
      /^[a-z]/.test(u) && this.raise(P.EnumInvalidMemberName, h2, { memberName: u, suggestion: u[0].toUpperCase() + u.slice(1), enumName: t }), i.has(u) && this.raise(P.EnumDuplicateMemberName, h2, { memberName: u, enumName: t }), i.add(u);
      let f = { enumName: t, explicitType: s, memberName: u };
      switch (o.id = h2, c2.type) {
        case "boolean": {
          this.flowEnumCheckExplicitTypeMismatch(c2.loc, f, "boolean"), o.init = c2.value, r.booleanMembers.push(this.finishNode(o, "EnumBooleanMember"));
          break;
        }
        case "number": {
          this.flowEnumCheckExplicitTypeMismatch(c2.loc, f, "number"), o.init = c2.value, r.numberMembers.push(this.finishNode(o, "EnumNumberMember"));
          break;
        }
        case "string": {
          this.flowEnumCheckExplicitTypeMismatch(c2.loc, f, "string"), o.init = c2.value, r.stringMembers.push(this.finishNode(o, "EnumStringMember"));
          break;
        }
        case "invalid":
          throw this.flowEnumErrorInvalidMemberInitializer(c2.loc, f);
        case "none":
          switch (s) {
            case "boolean":
              this.flowEnumErrorBooleanMemberNotInitialized(c2.loc, f);
              break;
            case "number":
              this.flowEnumErrorNumberMemberNotInitialized(c2.loc, f);
              break;
            default:
              r.defaultedMembers.push(this.finishNode(o, "EnumDefaultedMember"));
          }
      }
      this.match(4) || this.expect(8);
    }
    return { members: r, hasUnknownMembers: n };
  }
  flowEnumStringMembers(t, s, { enumName: i }) {
    if (t.length === 0) return s;
    if (s.length === 0) return t;
    if (s.length > t.length) {
      for (let r of t) this.flowEnumErrorStringMemberInconsistentlyInitialized(r, { enumName: i });
      return s;
    } else {
      for (let r of s) this.flowEnumErrorStringMemberInconsistentlyInitialized(r, { enumName: i });
      return t;
    }
  }
  flowEnumParseExplicitType({ enumName: t }) {
    if (!this.eatContextual(99)) return null;
    if (!C(this.state.type)) throw this.raise(P.EnumInvalidExplicitTypeUnknownSupplied, this.state.startLoc, { enumName: t });
    let { value: s } = this.state;
    return this.next(), s !== "boolean" && s !== "number" && s !== "string" && s !== "symbol" && this.raise(P.EnumInvalidExplicitType, this.state.startLoc, { enumName: t, invalidEnumType: s }), s;
  }
  flowEnumBody(t, s) {
    let i = s.name, r = s.start, n = this.flowEnumParseExplicitType({ enumName: i });
    this.expect(2);
    let { members: o, hasUnknownMembers: h2 } = this.flowEnumMembers({ enumName: i, explicitType: n });
    switch (t.hasUnknownMembers = h2, n) {
      case "boolean":
        return t.explicitType = true, t.members = o.booleanMembers, this.expect(4), this.finishNode(t, "EnumBooleanBody");
      case "number":
        return t.explicitType = true, t.members = o.numberMembers, this.expect(4), this.finishNode(t, "EnumNumberBody");
      case "string":
        return t.explicitType = true, t.members = this.flowEnumStringMembers(o.stringMembers, o.defaultedMembers, { enumName: i }), this.expect(4), this.finishNode(t, "EnumStringBody");
      case "symbol":
        return t.members = o.defaultedMembers, this.expect(4), this.finishNode(t, "EnumSymbolBody");
      default: {
        let c2 = () => (t.members = [], this.expect(4), this.finishNode(t, "EnumStringBody"));
        t.explicitType = false;
        let u = o.booleanMembers.length, f = o.numberMembers.length, m = o.stringMembers.length, x2 = o.defaultedMembers.length;
        if (!u && !f && !m && !x2) return c2();
        if (!u && !f) return t.members = this.flowEnumStringMembers(o.stringMembers, o.defaultedMembers, { enumName: i }), this.expect(4), this.finishNode(t, "EnumStringBody");
        if (!f && !m && u >= x2) {
          for (let A2 of o.defaultedMembers) this.flowEnumErrorBooleanMemberNotInitialized(A2.start, { enumName: i, memberName: A2.id.name });
          return t.members = o.booleanMembers, this.expect(4), this.finishNode(t, "EnumBooleanBody");
        } else if (!u && !m && f >= x2) {
          for (let A2 of o.defaultedMembers) this.flowEnumErrorNumberMemberNotInitialized(A2.start, { enumName: i, memberName: A2.id.name });
          return t.members = o.numberMembers, this.expect(4), this.finishNode(t, "EnumNumberBody");
        } else return this.raise(P.EnumInconsistentMemberValues, r, { enumName: i }), c2();
      }
    }
  }
  flowParseEnumDeclaration(t) {
    let s = this.parseIdentifier();
    return t.id = s, t.body = this.flowEnumBody(this.startNode(), s), this.finishNode(t, "EnumDeclaration");
  }
  jsxParseOpeningElementAfterName(t) {
    return this.shouldParseTypes() && (this.match(43) || this.match(47)) && (t.typeArguments = this.flowParseTypeParameterInstantiationInExpression()), super.jsxParseOpeningElementAfterName(t);
  }
  isLookaheadToken_lt() {
    let t = this.nextTokenStart();
    if (this.input.charCodeAt(t) === 60) {
      let s = this.input.charCodeAt(t + 1);
      return s !== 60 && s !== 61;
    }
    return false;
  }
  reScan_lt_gt() {
    let { type: t } = this.state;
    t === 43 ? (this.state.pos -= 1, this.readToken_lt()) : t === 44 && (this.state.pos -= 1, this.readToken_gt());
  }
  reScan_lt() {
    let { type: t } = this.state;
    return t === 47 ? (this.state.pos -= 2, this.finishOp(43, 1), 43) : t;
  }
  maybeUnwrapTypeCastExpression(t) {
    return t.type === "TypeCastExpression" ? t.expression : t;
  }
};
var Ct2 = /\r\n|[\r\n\u2028\u2029]/g;
function it2(a2) {
  switch (a2) {
    case 10:
    case 13:
    case 8232:
    case 8233:
      return true;
    default:
      return false;
  }
}
function re2(a2, e, t) {
  for (let s = e; s < t; s++) if (it2(a2.charCodeAt(s))) return true;
  return false;
}
var Wi2 = /(?:\s|\/\/.*|\/\*[^]*?\*\/)*/g;
var Ji2 = /(?:[^\S\n\r\u2028\u2029]|\/\*.*?\*\/)*(?:(?!-->)(?:\s|\/\/.*|\/\*[^]*?\*\/|<!--.*|-->.*)*)?/g;
var Jt2 = /(?:[^\S\n\r\u2028\u2029]|\/\/.*|\/\*.*?\*\/)*/g;
function Gi2(a2) {
  switch (a2) {
    case 9:
    case 11:
    case 12:
    case 32:
    case 160:
    case 5760:
    case 8192:
    case 8193:
    case 8194:
    case 8195:
    case 8196:
    case 8197:
    case 8198:
    case 8199:
    case 8200:
    case 8201:
    case 8202:
    case 8239:
    case 8287:
    case 12288:
    case 65279:
      return true;
    default:
      return false;
  }
}
var Xi = { AttributeIsEmpty: "JSX attributes must only be assigned a non-empty expression.", MissingClosingTagElement: ({ openingTagName: a2 }) => `Expected corresponding JSX closing tag for <${a2}>.`, MissingClosingTagFragment: "Expected corresponding JSX closing tag for <>.", UnexpectedSequenceExpression: "Sequence expressions cannot be directly nested inside JSX. Did you mean to wrap it in parentheses (...)?", UnexpectedToken: ({ unexpected: a2, HTMLEntity: e }) => `Unexpected token \`${a2}\`. Did you mean \`${e}\` or \`{'${a2}'}\`?`, UnsupportedJsxValue: "JSX value should be either an expression or a quoted JSX text.", UnterminatedJsxContent: "Unterminated JSX contents.", UnwrappedAdjacentJSXElements: "Adjacent JSX elements must be wrapped in an enclosing tag. Did you want a JSX fragment <>...</>?" };
var U2 = B2`jsx`(Xi);
function q(a2) {
  return a2 ? a2.type === "JSXOpeningFragment" || a2.type === "JSXClosingFragment" : false;
}
function st2(a2) {
  if (a2.type === "JSXIdentifier") return a2.name;
  if (a2.type === "JSXNamespacedName") return a2.namespace.name + ":" + a2.name.name;
  if (a2.type === "JSXMemberExpression") return st2(a2.object) + "." + st2(a2.property);
  throw new Error("Node had unexpected type: " + a2.type);
}
var Yi2 = (a2) => class extends a2 {
  jsxReadToken() {
    let t = "", s = this.state.pos;
    for (; ; ) {
      if (this.state.pos >= this.length) throw this.raise(U2.UnterminatedJsxContent, this.state.startLoc);
      let i = this.input.charCodeAt(this.state.pos);
      switch (i) {
        case 60:
        case 123:
          if (this.state.pos === this.state.start) {
            i === 60 && this.state.canStartJSXElement ? (++this.state.pos, this.finishToken(141)) : super.getTokenFromCode(i);
            return;
          }
          t += this.input.slice(s, this.state.pos), this.finishToken(140, t);
          return;
        case 38:
          t += this.input.slice(s, this.state.pos), t += this.jsxReadEntity(), s = this.state.pos;
          break;
        case 62:
        case 125:
          this.raise(U2.UnexpectedToken, this.state.curPosition(), { unexpected: this.input[this.state.pos], HTMLEntity: i === 125 ? "&rbrace;" : "&gt;" });
        default:
          it2(i) ? (t += this.input.slice(s, this.state.pos), t += this.jsxReadNewLine(true), s = this.state.pos) : ++this.state.pos;
      }
    }
  }
  jsxReadNewLine(t) {
    let s = this.input.charCodeAt(this.state.pos), i;
    return ++this.state.pos, s === 13 && this.input.charCodeAt(this.state.pos) === 10 ? (++this.state.pos, i = t ? `
` : `\r
`) : i = String.fromCharCode(s), ++this.state.curLine, this.state.lineStart = this.state.pos, i;
  }
  jsxReadString(t) {
    let s = "", i = ++this.state.pos;
    for (; ; ) {
      if (this.state.pos >= this.length) throw this.raise(l.UnterminatedString, this.state.startLoc);
      let r = this.input.charCodeAt(this.state.pos);
      if (r === t) break;
      r === 38 ? (s += this.input.slice(i, this.state.pos), s += this.jsxReadEntity(), i = this.state.pos) : it2(r) ? (s += this.input.slice(i, this.state.pos), s += this.jsxReadNewLine(false), i = this.state.pos) : ++this.state.pos;
    }
    s += this.input.slice(i, this.state.pos++), this.finishToken(133, s);
  }
  jsxReadEntity() {
    let t = ++this.state.pos;
    if (this.codePointAtPos(this.state.pos) === 35) {
      ++this.state.pos;
      let s = 10;
      this.codePointAtPos(this.state.pos) === 120 && (s = 16, ++this.state.pos);
      let i = this.readInt(s, void 0, false, "bail");
      if (i !== null && i <= 1114111 && this.codePointAtPos(this.state.pos) === 59) return ++this.state.pos, String.fromCodePoint(i);
    } else {
      let s = 0, i = false;
      for (; s++ < 10 && this.state.pos < this.length && !(i = this.codePointAtPos(this.state.pos) === 59); ) ++this.state.pos;
      if (i) {
        let r = this.input.slice(t, this.state.pos), n = void 0;
        if (++this.state.pos, n) return n;
      }
    }
    return this.state.pos = t, "&";
  }
  jsxReadWord() {
    let t, s = this.state.pos;
    do
      t = this.input.charCodeAt(++this.state.pos);
    while (K2(t) || t === 45);
    this.finishToken(139, this.input.slice(s, this.state.pos));
  }
  jsxParseIdentifier() {
    let t = this.startNode();
    return this.match(139) ? t.name = this.state.value : Ot2(this.state.type) ? t.name = $2(this.state.type) : this.unexpected(), this.next(), this.finishNode(t, "JSXIdentifier");
  }
  jsxParseNamespacedName() {
    let t = this.state.startLoc, s = this.jsxParseIdentifier();
    if (!this.eat(10)) return s;
    let i = this.startNodeAt(t);
    return i.namespace = s, i.name = this.jsxParseIdentifier(), this.finishNode(i, "JSXNamespacedName");
  }
  jsxParseElementName() {
    let t = this.state.startLoc, s = this.jsxParseNamespacedName();
    if (s.type === "JSXNamespacedName") return s;
    for (; this.eat(12); ) {
      let i = this.startNodeAt(t);
      i.object = s, i.property = this.jsxParseIdentifier(), s = this.finishNode(i, "JSXMemberExpression");
    }
    return s;
  }
  jsxParseAttributeValue() {
    let t;
    switch (this.state.type) {
      case 2:
        return t = this.startNode(), this.setContext(E.brace), this.next(), t = this.jsxParseExpressionContainer(t, E.j_oTag), t.expression.type === "JSXEmptyExpression" && this.raise(U2.AttributeIsEmpty, t), t;
      case 141:
      case 133:
        return this.parseExprAtom();
      default:
        throw this.raise(U2.UnsupportedJsxValue, this.state.startLoc);
    }
  }
  jsxParseEmptyExpression() {
    let t = this.startNodeAt(this.state.lastTokEndLoc);
    return this.finishNodeAt(t, "JSXEmptyExpression", this.state.startLoc);
  }
  jsxParseSpreadChild(t) {
    return this.next(), t.expression = this.parseExpression(), this.setContext(E.j_expr), this.state.canStartJSXElement = true, this.expect(4), this.finishNode(t, "JSXSpreadChild");
  }
  jsxParseExpressionContainer(t, s) {
    if (this.match(4)) t.expression = this.jsxParseEmptyExpression();
    else {
      let i = this.parseExpression();
      i.type === "SequenceExpression" && !i.extra?.parenthesized && this.raise(U2.UnexpectedSequenceExpression, i.expressions[1]), t.expression = i;
    }
    return this.setContext(s), this.state.canStartJSXElement = true, this.expect(4), this.finishNode(t, "JSXExpressionContainer");
  }
  jsxParseAttribute() {
    if (this.match(2)) {
      let s = this.startNode();
      return this.setContext(E.brace), this.next(), this.expect(17), s.argument = this.parseMaybeAssignAllowIn(), this.setContext(E.j_oTag), this.state.canStartJSXElement = true, this.expect(4), this.finishNode(s, "JSXSpreadAttribute");
    }
    let t = this.startNode();
    return t.name = this.jsxParseNamespacedName(), t.value = this.eat(25) ? this.jsxParseAttributeValue() : null, this.finishNode(t, "JSXAttribute");
  }
  jsxParseOpeningElementAt(t) {
    if (this.eat(142)) {
      let i = this.startNodeAt(t);
      return this.finishNode(i, "JSXOpeningFragment");
    }
    let s = this.startNodeAt(t);
    return s.name = this.jsxParseElementName(), this.jsxParseOpeningElementAfterName(s);
  }
  jsxParseOpeningElementAfterName(t) {
    let s = [];
    for (; !this.match(52) && !this.match(142); ) s.push(this.jsxParseAttribute());
    return t.attributes = s, t.selfClosing = this.eat(52), this.expect(142), this.finishNode(t, "JSXOpeningElement");
  }
  jsxParseClosingElementAt(t) {
    if (this.eat(142)) {
      let i = this.startNodeAt(t);
      return this.finishNode(i, "JSXClosingFragment");
    }
    let s = this.startNodeAt(t);
    return s.name = this.jsxParseElementName(), this.expect(142), this.finishNode(s, "JSXClosingElement");
  }
  jsxParseElementAt(t) {
    let s = this.startNodeAt(t), i = [], r = this.jsxParseOpeningElementAt(t), n = null;
    if (!r.selfClosing) {
      t: for (; ; ) switch (this.state.type) {
        case 141:
          if (t = this.state.startLoc, this.next(), this.eat(52)) {
            n = this.jsxParseClosingElementAt(t);
            break t;
          }
          i.push(this.jsxParseElementAt(t));
          break;
        case 140:
          i.push(this.parseLiteral(this.state.value, "JSXText"));
          break;
        case 2: {
          let o = this.startNode();
          this.setContext(E.brace), this.next(), this.match(17) ? i.push(this.jsxParseSpreadChild(o)) : i.push(this.jsxParseExpressionContainer(o, E.j_expr));
          break;
        }
        default:
          this.unexpected();
      }
      q(r) && !q(n) && n !== null ? this.raise(U2.MissingClosingTagFragment, n) : !q(r) && q(n) ? this.raise(U2.MissingClosingTagElement, n, { openingTagName: st2(r.name) }) : !q(r) && !q(n) && st2(n.name) !== st2(r.name) && this.raise(U2.MissingClosingTagElement, n, { openingTagName: st2(r.name) });
    }
    if (q(r) ? (s.openingFragment = r, s.closingFragment = n) : (s.openingElement = r, s.closingElement = n), s.children = i, this.match(43)) throw this.raise(U2.UnwrappedAdjacentJSXElements, this.state.startLoc);
    return q(r) ? this.finishNode(s, "JSXFragment") : this.finishNode(s, "JSXElement");
  }
  jsxParseElement() {
    let t = this.state.startLoc;
    return this.next(), this.jsxParseElementAt(t);
  }
  setContext(t) {
    let { context: s } = this.state;
    s[s.length - 1] = t;
  }
  parseExprAtom(t) {
    return this.match(141) ? this.jsxParseElement() : this.match(43) && this.input.charCodeAt(this.state.pos) !== 33 ? (this.replaceToken(141), this.jsxParseElement()) : super.parseExprAtom(t);
  }
  skipSpace() {
    this.curContext().preserveSpace || super.skipSpace();
  }
  getTokenFromCode(t) {
    let s = this.curContext();
    if (s === E.j_expr) {
      this.jsxReadToken();
      return;
    }
    if (s === E.j_oTag || s === E.j_cTag) {
      if (_(t)) {
        this.jsxReadWord();
        return;
      }
      if (t === 62) {
        ++this.state.pos, this.finishToken(142);
        return;
      }
      if ((t === 34 || t === 39) && s === E.j_oTag) {
        this.jsxReadString(t);
        return;
      }
    }
    if (t === 60 && this.state.canStartJSXElement && this.input.charCodeAt(this.state.pos + 1) !== 33) {
      ++this.state.pos, this.finishToken(141);
      return;
    }
    super.getTokenFromCode(t);
  }
  updateContext(t) {
    let { context: s, type: i } = this.state;
    if (i === 52 && t === 141) s.splice(-2, 2, E.j_cTag), this.state.canStartJSXElement = false;
    else if (i === 141) s.push(E.j_oTag);
    else if (i === 142) {
      let r = s[s.length - 1];
      r === E.j_oTag && t === 52 || r === E.j_cTag ? (s.pop(), this.state.canStartJSXElement = s[s.length - 1] === E.j_expr) : (this.setContext(E.j_expr), this.state.canStartJSXElement = true);
    } else this.state.canStartJSXElement = Ci2(i);
  }
};
var ae2 = class extends yt2 {
  tsNames = /* @__PURE__ */ new Map();
};
var ne2 = class extends xt2 {
  get inTSNamespace() {
    let e = this.scopeStack;
    return e.length >= 2 && e[e.length - 1].flags === 0 && (e[e.length - 2].flags & 2048) > 0;
  }
  importsStack = [];
  createScope(e) {
    return this.importsStack.push(/* @__PURE__ */ new Set()), new ae2(e);
  }
  enter(e) {
    e & 3072 && this.importsStack.push(/* @__PURE__ */ new Set()), super.enter(e);
  }
  exit() {
    let e = super.exit();
    return e & 3072 && this.importsStack.pop(), e;
  }
  hasImport(e, t) {
    let s = this.importsStack.length;
    if (this.importsStack[s - 1].has(e)) return true;
    if (!t && s > 1) {
      for (let i = 0; i < s - 1; i++) if (this.importsStack[i].has(e)) return true;
    }
    return false;
  }
  declareName(e, t, s) {
    if (t & 4096) {
      this.hasImport(e, true) && this.parser.raise(l.VarRedeclaration, s, { identifierName: e }), this.importsStack[this.importsStack.length - 1].add(e);
      return;
    }
    let i = this.currentScope(), r = i.tsNames.get(e) || 0;
    if (t & 1024) {
      this.maybeExportDefined(i, e), i.tsNames.set(e, r | 16);
      return;
    }
    super.declareName(e, t, s), t & 2 && (t & 1 || (this.checkRedeclarationInScope(i, e, t, s), this.maybeExportDefined(i, e)), r = r | 1), t & 256 && (r = r | 2), t & 512 && (r = r | 4), t & 128 && (r = r | 8), r && i.tsNames.set(e, r);
  }
  isRedeclaredInScope(e, t, s) {
    let i = e.tsNames.get(t);
    if ((i & 2) > 0) {
      if (s & 256) {
        let r = (s & 512) > 0, n = (i & 4) > 0;
        return r !== n;
      }
      return true;
    }
    return s & 128 && (i & 8) > 0 ? e.names.get(t) & 2 ? !!(s & 1) : false : s & 2 && (i & 1) > 0 ? true : super.isRedeclaredInScope(e, t, s);
  }
  checkLocalExport(e) {
    let { name: t } = e;
    if (this.hasImport(t)) return;
    let s = this.scopeStack.length;
    for (let i = s - 1; i >= 0; i--) {
      let n = this.scopeStack[i].tsNames.get(t);
      if ((n & 1) > 0 || (n & 16) > 0) return;
    }
    super.checkLocalExport(e);
  }
};
var oe2 = class {
  sawUnambiguousESM = false;
  ambiguousScriptDifferentAst = false;
  sourceToOffsetPos(e) {
    return e + this.startIndex;
  }
  offsetToSourcePos(e) {
    return e - this.startIndex;
  }
  hasPlugin(e) {
    if (typeof e == "string") return this.plugins.has(e);
    {
      let [t, s] = e;
      if (!this.hasPlugin(t)) return false;
      let i = this.plugins.get(t);
      for (let r of Object.keys(s)) if (i?.[r] !== s[r]) return false;
      return true;
    }
  }
  getPluginOption(e, t) {
    return this.plugins.get(e)?.[t];
  }
};
function hs(a2, e) {
  a2.trailingComments === void 0 ? a2.trailingComments = e : a2.trailingComments.unshift(...e);
}
function Qi(a2, e) {
  a2.leadingComments === void 0 ? a2.leadingComments = e : a2.leadingComments.unshift(...e);
}
function Pt2(a2, e) {
  a2.innerComments === void 0 ? a2.innerComments = e : a2.innerComments.unshift(...e);
}
function j2(a2, e, t) {
  let s = null, i = e.length;
  for (; s === null && i > 0; ) s = e[--i];
  s === null || s.start > t.start ? Pt2(a2, t.comments) : hs(s, t.comments);
}
var he2 = class extends oe2 {
  addComment(e) {
    this.filename && (e.loc.filename = this.filename);
    let { commentsLen: t } = this.state;
    this.comments.length !== t && (this.comments.length = t), this.comments.push(e), this.state.commentsLen++;
  }
  processComment(e) {
    let { commentStack: t } = this.state, s = t.length;
    if (s === 0) return;
    let i = s - 1, r = t[i];
    r.start === e.end && (r.leadingNode = e, i--);
    let n = e.start;
    for (; i >= 0; i--) {
      let o = t[i], h2 = o.end;
      if (h2 > n) o.containingNode = e, this.finalizeComment(o), t.splice(i, 1);
      else {
        h2 === n && (o.trailingNode = e);
        break;
      }
    }
  }
  finalizeComment(e) {
    let { comments: t } = e;
    if (e.leadingNode !== null || e.trailingNode !== null) e.leadingNode !== null && hs(e.leadingNode, t), e.trailingNode !== null && Qi(e.trailingNode, t);
    else {
      let s = e.containingNode, i = e.start;
      if (this.input.charCodeAt(this.offsetToSourcePos(i) - 1) === 44) switch (s.type) {
        case "ObjectExpression":
        case "ObjectPattern":
          j2(s, s.properties, e);
          break;
        case "CallExpression":
        case "NewExpression":
        case "OptionalCallExpression":
          j2(s, s.arguments, e);
          break;
        case "ImportExpression":
          j2(s, [s.source, s.options ?? null], e);
          break;
        case "FunctionDeclaration":
        case "FunctionExpression":
        case "ArrowFunctionExpression":
        case "ObjectMethod":
        case "ClassMethod":
        case "ClassPrivateMethod":
        case "TSTypeParameterDeclaration":
          j2(s, s.params, e);
          break;
        case "ArrayExpression":
        case "ArrayPattern":
          j2(s, s.elements, e);
          break;
        case "ExportNamedDeclaration":
        case "ImportDeclaration":
          j2(s, s.specifiers, e);
          break;
        case "ImportNamespaceSpecifier":
        case "ExportNamespaceSpecifier":
          j2(s, s.exportsFilter ?? [], e);
          break;
        case "TSEnumBody":
          j2(s, s.members, e);
          break;
        case "TSInterfaceBody":
          j2(s, s.body, e);
          break;
        default:
          Pt2(s, t);
      }
      else Pt2(s, t);
    }
  }
  finalizeRemainingComments() {
    let { commentStack: e } = this.state;
    for (let t = e.length - 1; t >= 0; t--) this.finalizeComment(e[t]);
    this.state.commentStack = [];
  }
  resetPreviousNodeTrailingComments(e) {
    let { commentStack: t } = this.state, { length: s } = t;
    if (s === 0) return;
    let i = t[s - 1];
    i.leadingNode === e && (i.leadingNode = null);
  }
  replaceNodeInPendingComments(e, t) {
    for (let s of this.state.commentStack) s.leadingNode === e && (s.leadingNode = t), s.trailingNode === e && (s.trailingNode = t);
  }
  takeSurroundingComments(e, t, s) {
    let { commentStack: i } = this.state, r = i.length;
    if (r === 0) return;
    let n = r - 1;
    for (; n >= 0; n--) {
      let o = i[n], h2 = o.end;
      if (o.start === s) o.leadingNode = e;
      else if (h2 === t) o.trailingNode = e;
      else if (h2 < t) break;
    }
  }
};
var ce2 = class a {
  flags = 2048;
  get strict() {
    return (this.flags & 1) > 0;
  }
  set strict(e) {
    e ? this.flags |= 1 : this.flags &= -2;
  }
  startIndex;
  curLine;
  lineStart;
  startLoc;
  endLoc;
  init({ strictMode: e, sourceType: t, startIndex: s, startLine: i, startColumn: r }) {
    this.strict = e === false ? false : e === true ? true : t === "module", this.startIndex = s, this.curLine = i, this.lineStart = -r, this.startLoc = this.endLoc = new L2(i, r, s);
  }
  errors = [];
  noArrowAt = [];
  noArrowParamsConversionAt = [];
  regExpAllowedAt = -1;
  get canStartArrow() {
    return (this.flags & 2) > 0;
  }
  set canStartArrow(e) {
    e ? this.flags |= 2 : this.flags &= -3;
  }
  get inType() {
    return (this.flags & 4) > 0;
  }
  set inType(e) {
    e ? this.flags |= 4 : this.flags &= -5;
  }
  get noAnonFunctionType() {
    return (this.flags & 8) > 0;
  }
  set noAnonFunctionType(e) {
    e ? this.flags |= 8 : this.flags &= -9;
  }
  get hasFlowComment() {
    return (this.flags & 16) > 0;
  }
  set hasFlowComment(e) {
    e ? this.flags |= 16 : this.flags &= -17;
  }
  get isAmbientContext() {
    return (this.flags & 32) > 0;
  }
  set isAmbientContext(e) {
    e ? this.flags |= 32 : this.flags &= -33;
  }
  get inAbstractClass() {
    return (this.flags & 64) > 0;
  }
  set inAbstractClass(e) {
    e ? this.flags |= 64 : this.flags &= -65;
  }
  get inDisallowConditionalTypesContext() {
    return (this.flags & 128) > 0;
  }
  set inDisallowConditionalTypesContext(e) {
    e ? this.flags |= 128 : this.flags &= -129;
  }
  get inConditionalConsequent() {
    return (this.flags & 256) > 0;
  }
  set inConditionalConsequent(e) {
    e ? this.flags |= 256 : this.flags &= -257;
  }
  get inHackPipelineBody() {
    return (this.flags & 512) > 0;
  }
  set inHackPipelineBody(e) {
    e ? this.flags |= 512 : this.flags &= -513;
  }
  get seenTopicReference() {
    return (this.flags & 1024) > 0;
  }
  set seenTopicReference(e) {
    e ? this.flags |= 1024 : this.flags &= -1025;
  }
  labels = [];
  commentsLen = 0;
  commentStack = [];
  pos = 0;
  type = 138;
  value = null;
  start = 0;
  end = 0;
  lastTokEndLoc = null;
  lastTokStartLoc = null;
  context = [E.brace];
  get canStartJSXElement() {
    return (this.flags & 2048) > 0;
  }
  set canStartJSXElement(e) {
    e ? this.flags |= 2048 : this.flags &= -2049;
  }
  get containsEsc() {
    return (this.flags & 4096) > 0;
  }
  set containsEsc(e) {
    e ? this.flags |= 4096 : this.flags &= -4097;
  }
  firstInvalidTemplateEscapePos = null;
  get hasTopLevelAwait() {
    return (this.flags & 8192) > 0;
  }
  set hasTopLevelAwait(e) {
    e ? this.flags |= 8192 : this.flags &= -8193;
  }
  strictErrors = /* @__PURE__ */ new Map();
  tokensLength = 0;
  curPosition() {
    return new L2(this.curLine, this.pos - this.lineStart, this.pos + this.startIndex);
  }
  clone() {
    let e = new a();
    return e.flags = this.flags, e.startIndex = this.startIndex, e.curLine = this.curLine, e.lineStart = this.lineStart, e.startLoc = this.startLoc, e.endLoc = this.endLoc, e.errors = this.errors.slice(), e.noArrowAt = this.noArrowAt.slice(), e.noArrowParamsConversionAt = this.noArrowParamsConversionAt.slice(), e.regExpAllowedAt = this.regExpAllowedAt, e.labels = this.labels.slice(), e.commentsLen = this.commentsLen, e.commentStack = this.commentStack.slice(), e.pos = this.pos, e.type = this.type, e.value = this.value, e.start = this.start, e.end = this.end, e.lastTokEndLoc = this.lastTokEndLoc, e.lastTokStartLoc = this.lastTokStartLoc, e.context = this.context.slice(), e.firstInvalidTemplateEscapePos = this.firstInvalidTemplateEscapePos, e.strictErrors = this.strictErrors, e.tokensLength = this.tokensLength, e;
  }
};
var Zi = function(e) {
  return e >= 48 && e <= 57;
};
var He2 = { decBinOct: /* @__PURE__ */ new Set([46, 66, 69, 79, 95, 98, 101, 111, 43, 45]), hex: /* @__PURE__ */ new Set([46, 88, 95, 120]) };
var It2 = { bin: (a2) => a2 === 48 || a2 === 49, oct: (a2) => a2 >= 48 && a2 <= 55, dec: (a2) => a2 >= 48 && a2 <= 57, hex: (a2) => a2 >= 48 && a2 <= 57 || a2 >= 65 && a2 <= 70 || a2 >= 97 && a2 <= 102 };
function We2(a2, e, t, s, i, r) {
  let n = t, o = s, h2 = i, c2 = "", u = null, f = t, { length: m } = e;
  for (; ; ) {
    if (t >= m) {
      r.unterminated(n, o, h2), c2 += e.slice(f, t);
      break;
    }
    let x2 = e.charCodeAt(t);
    if (tr2(a2, x2, e, t)) {
      c2 += e.slice(f, t);
      break;
    }
    if (x2 === 92) {
      c2 += e.slice(f, t);
      let A2 = er2(e, t, s, i, a2 === "template", r);
      A2.ch === null && !u ? u = { pos: t, lineStart: s, curLine: i } : c2 += A2.ch, { pos: t, lineStart: s, curLine: i } = A2, f = t;
    } else x2 === 8232 || x2 === 8233 ? (++t, ++i, s = t) : x2 === 10 || x2 === 13 ? a2 === "template" ? (c2 += e.slice(f, t) + `
`, ++t, x2 === 13 && e.charCodeAt(t) === 10 && ++t, ++i, f = s = t) : r.unterminated(n, o, h2) : ++t;
  }
  return { pos: t, str: c2, firstInvalidLoc: u, lineStart: s, curLine: i };
}
function tr2(a2, e, t, s) {
  return a2 === "template" ? e === 96 || e === 36 && t.charCodeAt(s + 1) === 123 : e === (a2 === "double" ? 34 : 39);
}
function er2(a2, e, t, s, i, r) {
  let n = !i;
  e++;
  let o = (c2) => ({ pos: e, ch: c2, lineStart: t, curLine: s }), h2 = a2.charCodeAt(e++);
  switch (h2) {
    case 110:
      return o(`
`);
    case 114:
      return o("\r");
    case 120: {
      let c2;
      return { code: c2, pos: e } = le2(a2, e, t, s, 2, false, n, r), o(c2 === null ? null : String.fromCharCode(c2));
    }
    case 117: {
      let c2;
      return { code: c2, pos: e } = ls(a2, e, t, s, n, r), o(c2 === null ? null : String.fromCodePoint(c2));
    }
    case 116:
      return o("	");
    case 98:
      return o("\b");
    case 118:
      return o("\v");
    case 102:
      return o("\f");
    case 13:
      a2.charCodeAt(e) === 10 && ++e;
    case 10:
      t = e, ++s;
    case 8232:
    case 8233:
      return o("");
    case 56:
    case 57:
      if (i) return o(null);
      r.strictNumericEscape(e - 1, t, s);
    default:
      if (h2 >= 48 && h2 <= 55) {
        let c2 = e - 1, f = /^[0-7]+/.exec(a2.slice(c2, e + 2))[0], m = parseInt(f, 8);
        m > 255 && (f = f.slice(0, -1), m = parseInt(f, 8)), e += f.length - 1;
        let x2 = a2.charCodeAt(e);
        if (f !== "0" || x2 === 56 || x2 === 57) {
          if (i) return o(null);
          r.strictNumericEscape(c2, t, s);
        }
        return o(String.fromCharCode(m));
      }
      return o(String.fromCharCode(h2));
  }
}
function le2(a2, e, t, s, i, r, n, o) {
  let h2 = e, c2;
  return { n: c2, pos: e } = cs(a2, e, t, s, 16, i, r, false, o, !n), c2 === null && (n ? o.invalidEscapeSequence(h2, t, s) : e = h2 - 1), { code: c2, pos: e };
}
function cs(a2, e, t, s, i, r, n, o, h2, c2) {
  let u = e, f = i === 16 ? He2.hex : He2.decBinOct, m = i === 16 ? It2.hex : i === 10 ? It2.dec : i === 8 ? It2.oct : It2.bin, x2 = false, A2 = 0;
  for (let D2 = 0, v3 = r ?? 1 / 0; D2 < v3; ++D2) {
    let I2 = a2.charCodeAt(e), w3;
    if (I2 === 95 && o !== "bail") {
      let St2 = a2.charCodeAt(e - 1), bt3 = a2.charCodeAt(e + 1);
      if (o) {
        if (Number.isNaN(bt3) || !m(bt3) || f.has(St2)) {
          if (c2) return { n: null, pos: e };
          h2.unexpectedNumericSeparator(e, t, s);
        }
      } else {
        if (c2) return { n: null, pos: e };
        h2.numericSeparatorInEscapeSequence(e, t, s);
      }
      ++e;
      continue;
    }
    if (I2 >= 97 ? w3 = I2 - 97 + 10 : I2 >= 65 ? w3 = I2 - 65 + 10 : Zi(I2) ? w3 = I2 - 48 : w3 = 1 / 0, w3 >= i) if (w3 <= 9) {
      if (c2) return { n: null, pos: e };
      h2.invalidDigit(e, t, s, i), w3 = 0;
    } else if (n) w3 = 0, x2 = true;
    else break;
    ++e, A2 = A2 * i + w3;
  }
  return e === u || r != null && e - u !== r || x2 ? { n: null, pos: e } : { n: A2, pos: e };
}
function ls(a2, e, t, s, i, r) {
  let n = a2.charCodeAt(e), o;
  if (n === 123) {
    if (++e, { code: o, pos: e } = le2(a2, e, t, s, a2.indexOf("}", e) - e, true, i, r), ++e, o !== null && o > 1114111) if (i) r.invalidCodePoint(e, t, s);
    else return { code: null, pos: e };
  } else ({ code: o, pos: e } = le2(a2, e, t, s, 4, false, i, r));
  return { code: o, pos: e };
}
function ut2(a2, e, t) {
  return new L2(t, a2 - e, a2);
}
var sr2 = /* @__PURE__ */ new Set([103, 109, 115, 105, 121, 117, 100, 118]);
var pe2 = class {
  constructor(e) {
    let t = e.startIndex || 0;
    this.type = e.type, this.value = e.value, this.start = t + e.start, this.end = t + e.end, this.loc = new rt2(e.startLoc, e.endLoc);
  }
};
var Et2;
var ue2 = class extends he2 {
  isLookahead;
  tokens = [];
  constructor(e, t) {
    super(), this.state = new ce2(), this.state.init(e), this.input = t, this.length = t.length, this.comments = [], this.isLookahead = false, (!Et2 || Et2.length < (this.length + 1) * 2) && (Et2 = new Uint32Array((this.length + 1) * 2)), this.locData = Et2;
  }
  setLoc(e) {
    let t = this.offsetToSourcePos(e.index);
    this.locData[t * 2] = e.line, this.locData[t * 2 + 1] = e.column;
  }
  getLoc(e) {
    let t = this.offsetToSourcePos(e);
    return new L2(this.locData[t * 2], this.locData[t * 2 + 1], e);
  }
  pushToken(e) {
    this.tokens.length = this.state.tokensLength, this.tokens.push(e), ++this.state.tokensLength;
  }
  next() {
    this.checkKeywordEscapes(), this.optionFlags & 512 && this.pushToken(new pe2(this.state)), this.state.lastTokEndLoc = this.state.endLoc, this.state.lastTokStartLoc = this.state.startLoc, this.nextToken();
  }
  eat(e) {
    return this.match(e) ? (this.next(), true) : false;
  }
  match(e) {
    return this.state.type === e;
  }
  createLookaheadState(e) {
    return { pos: e.pos, value: null, type: e.type, start: e.start, end: e.end, context: [this.curContext()], inType: e.inType, strict: e.strict, startLoc: e.startLoc, lastTokEndLoc: e.lastTokEndLoc, curLine: e.curLine, lineStart: e.lineStart, curPosition: e.curPosition };
  }
  lookahead() {
    let e = this.state;
    this.state = this.createLookaheadState(e), this.isLookahead = true, this.nextToken(), this.isLookahead = false;
    let t = this.state;
    return this.state = e, t;
  }
  nextTokenStart() {
    return this.nextTokenStartSince(this.state.pos);
  }
  nextTokenStartSince(e) {
    let t = this.inModule || !(this.optionFlags & 16384) ? Wi2 : Ji2;
    return t.lastIndex = e, t.test(this.input) ? t.lastIndex : e;
  }
  lookaheadCharCode() {
    return this.lookaheadCharCodeSince(this.state.pos);
  }
  lookaheadCharCodeSince(e) {
    return this.input.charCodeAt(this.nextTokenStartSince(e));
  }
  nextTokenInLineStart() {
    return this.nextTokenInLineStartSince(this.state.pos);
  }
  nextTokenInLineStartSince(e) {
    return Jt2.lastIndex = e, Jt2.test(this.input) ? Jt2.lastIndex : e;
  }
  lookaheadInLineCharCode() {
    return this.input.charCodeAt(this.nextTokenInLineStart());
  }
  codePointAtPos(e) {
    let t = this.input.charCodeAt(e);
    if ((t & 64512) === 55296 && ++e < this.input.length) {
      let s = this.input.charCodeAt(e);
      (s & 64512) === 56320 && (t = 65536 + ((t & 1023) << 10) + (s & 1023));
    }
    return t;
  }
  setStrict(e) {
    this.state.strict = e, e && (this.state.strictErrors.forEach(([t, s]) => this.raise(t, s)), this.state.strictErrors.clear());
  }
  curContext() {
    return this.state.context[this.state.context.length - 1];
  }
  nextToken() {
    if (this.skipSpace(), this.state.start = this.state.pos, this.isLookahead || (this.state.startLoc = this.state.curPosition()), this.state.pos >= this.length) {
      this.finishToken(138);
      return;
    }
    this.getTokenFromCode(this.codePointAtPos(this.state.pos));
  }
  skipBlockComment(e) {
    let t;
    this.isLookahead || (t = this.state.curPosition());
    let s = this.state.pos, i = this.input.indexOf(e, s + 2);
    if (i === -1) throw this.raise(l.UnterminatedComment, this.state.curPosition());
    for (this.state.pos = i + e.length, Ct2.lastIndex = s + 2; Ct2.test(this.input) && Ct2.lastIndex <= i; ) ++this.state.curLine, this.state.lineStart = Ct2.lastIndex;
    if (this.isLookahead) return;
    let r = { type: "CommentBlock", value: this.input.slice(s + 2, i), start: this.sourceToOffsetPos(s), end: this.sourceToOffsetPos(i + e.length), loc: new rt2(t, this.state.curPosition()) };
    return this.optionFlags & 512 && this.pushToken(r), r;
  }
  skipLineComment(e) {
    let t = this.state.pos, s;
    this.isLookahead || (s = this.state.curPosition());
    let i = this.input.charCodeAt(this.state.pos += e);
    if (this.state.pos < this.length) for (; !it2(i) && ++this.state.pos < this.length; ) i = this.input.charCodeAt(this.state.pos);
    if (this.isLookahead) return;
    let r = this.state.pos, o = { type: "CommentLine", value: this.input.slice(t + e, r), start: this.sourceToOffsetPos(t), end: this.sourceToOffsetPos(r), loc: new rt2(s, this.state.curPosition()) };
    return this.optionFlags & 512 && this.pushToken(o), o;
  }
  skipSpace() {
    let e = this.state.pos, t = (this.optionFlags & 8192) > 0, s;
    t: for (; this.state.pos < this.length; ) {
      let i = this.input.charCodeAt(this.state.pos);
      switch (i) {
        case 32:
        case 160:
        case 9:
          ++this.state.pos;
          break;
        case 13:
          this.input.charCodeAt(this.state.pos + 1) === 10 && ++this.state.pos;
        case 10:
        case 8232:
        case 8233:
          ++this.state.pos, ++this.state.curLine, this.state.lineStart = this.state.pos;
          break;
        case 47:
          switch (this.input.charCodeAt(this.state.pos + 1)) {
            case 42: {
              let r = this.skipBlockComment("*/");
              r !== void 0 && (this.addComment(r), t && (s ?? (s = [])).push(r));
              break;
            }
            case 47: {
              let r = this.skipLineComment(2);
              r !== void 0 && (this.addComment(r), t && (s ?? (s = [])).push(r));
              break;
            }
            default:
              break t;
          }
          break;
        default:
          if (Gi2(i)) ++this.state.pos;
          else if (i === 45 && !this.inModule && this.optionFlags & 16384) {
            let r = this.state.pos;
            if (this.input.charCodeAt(r + 1) === 45 && this.input.charCodeAt(r + 2) === 62 && (e === 0 || this.state.lineStart > e)) {
              let n = this.skipLineComment(3);
              n !== void 0 && (this.addComment(n), t && (s ?? (s = [])).push(n));
            } else break t;
          } else if (i === 60 && !this.inModule && this.optionFlags & 16384) {
            let r = this.state.pos;
            if (this.input.charCodeAt(r + 1) === 33 && this.input.charCodeAt(r + 2) === 45 && this.input.charCodeAt(r + 3) === 45) {
              let n = this.skipLineComment(4);
              n !== void 0 && (this.addComment(n), t && (s ?? (s = [])).push(n));
            } else break t;
          } else break t;
      }
    }
    if (s?.length) {
      let i = this.state.pos, r = { start: this.sourceToOffsetPos(e), end: this.sourceToOffsetPos(i), comments: s, leadingNode: null, trailingNode: null, containingNode: null };
      this.state.commentStack.push(r);
    }
  }
  finishToken(e, t) {
    this.state.end = this.state.pos, this.state.endLoc = this.state.curPosition();
    let s = this.state.type;
    this.state.type = e, this.state.value = t, this.isLookahead || this.updateContext(s);
  }
  replaceToken(e) {
    this.state.type = e, this.updateContext();
  }
  readToken_numberSign() {
    if (this.state.pos === 0 && this.readToken_interpreter()) return;
    let e = this.state.pos + 1, t = this.codePointAtPos(e);
    if (t >= 48 && t <= 57) throw this.raise(l.UnexpectedDigitAfterHash, this.state.curPosition());
    _(t) ? (++this.state.pos, this.finishToken(137, this.readWord1(t))) : t === 92 ? (++this.state.pos, this.finishToken(137, this.readWord1())) : this.finishOp(23, 1);
  }
  readToken_dot() {
    let e = this.input.charCodeAt(this.state.pos + 1);
    if (e >= 48 && e <= 57) {
      this.readNumber(true);
      return;
    }
    e === 46 && this.input.charCodeAt(this.state.pos + 2) === 46 ? (this.state.pos += 3, this.finishToken(17)) : (++this.state.pos, this.finishToken(12));
  }
  readToken_slash() {
    this.input.charCodeAt(this.state.pos + 1) === 61 ? this.finishOp(27, 2) : this.finishOp(52, 1);
  }
  readToken_interpreter() {
    if (this.state.pos !== 0 || this.length < 2) return false;
    let e = this.input.charCodeAt(this.state.pos + 1);
    if (e !== 33) return false;
    let t = this.state.pos;
    for (this.state.pos += 1; !it2(e) && ++this.state.pos < this.length; ) e = this.input.charCodeAt(this.state.pos);
    let s = this.input.slice(t + 2, this.state.pos);
    return this.finishToken(24, s), true;
  }
  readToken_mult_modulo(e) {
    let t = e === 42 ? 51 : 50, s = 1, i = this.input.charCodeAt(this.state.pos + 1);
    e === 42 && i === 42 && (s++, i = this.input.charCodeAt(this.state.pos + 2), t = 53), i === 61 && !this.state.inType && (s++, t = e === 37 ? 29 : 26), this.finishOp(t, s);
  }
  readToken_pipe_amp(e) {
    let t = this.input.charCodeAt(this.state.pos + 1);
    if (t === e) {
      this.input.charCodeAt(this.state.pos + 2) === 61 ? this.finishOp(26, 3) : this.finishOp(e === 124 ? 37 : 38, 2);
      return;
    }
    if (e === 124 && t === 62) {
      this.finishOp(35, 2);
      return;
    }
    if (t === 61) {
      this.finishOp(26, 2);
      return;
    }
    this.finishOp(e === 124 ? 39 : 41, 1);
  }
  readToken_caret() {
    let e = this.input.charCodeAt(this.state.pos + 1);
    e === 61 && !this.state.inType ? this.finishOp(28, 2) : e === 94 && this.hasPlugin(["pipelineOperator", { proposal: "hack", topicToken: "^^" }]) ? (this.finishOp(33, 2), this.input.codePointAt(this.state.pos) === 94 && this.unexpected()) : this.finishOp(40, 1);
  }
  readToken_atSign() {
    this.input.charCodeAt(this.state.pos + 1) === 64 && this.hasPlugin(["pipelineOperator", { proposal: "hack", topicToken: "@@" }]) ? this.finishOp(34, 2) : this.finishOp(22, 1);
  }
  readToken_plus_min(e) {
    let t = this.input.charCodeAt(this.state.pos + 1);
    if (t === e) {
      this.finishOp(30, 2);
      return;
    }
    t === 61 ? this.finishOp(26, 2) : this.finishOp(49, 1);
  }
  readToken_lt() {
    let { pos: e } = this.state, t = this.input.charCodeAt(e + 1);
    if (t === 60) {
      if (this.input.charCodeAt(e + 2) === 61) {
        this.finishOp(26, 3);
        return;
      }
      this.finishOp(47, 2);
      return;
    }
    if (t === 61) {
      this.finishOp(45, 2);
      return;
    }
    this.finishOp(43, 1);
  }
  readToken_gt() {
    let { pos: e } = this.state, t = this.input.charCodeAt(e + 1);
    if (t === 62) {
      let s = this.input.charCodeAt(e + 2) === 62 ? 3 : 2;
      if (this.input.charCodeAt(e + s) === 61) {
        this.finishOp(26, s + 1);
        return;
      }
      this.finishOp(48, s);
      return;
    }
    if (t === 61) {
      this.finishOp(45, 2);
      return;
    }
    this.finishOp(44, 1);
  }
  readToken_eq_excl(e) {
    let t = this.input.charCodeAt(this.state.pos + 1);
    if (t === 61) {
      this.finishOp(42, this.input.charCodeAt(this.state.pos + 2) === 61 ? 3 : 2);
      return;
    }
    if (e === 61 && t === 62) {
      this.state.pos += 2, this.finishToken(15);
      return;
    }
    this.finishOp(e === 61 ? 25 : 31, 1);
  }
  readToken_question() {
    let e = this.input.charCodeAt(this.state.pos + 1), t = this.input.charCodeAt(this.state.pos + 2);
    e === 63 ? t === 61 ? this.finishOp(26, 3) : this.finishOp(36, 2) : e === 46 && !(t >= 48 && t <= 57) ? (this.state.pos += 2, this.finishToken(14)) : (++this.state.pos, this.finishToken(13));
  }
  getTokenFromCode(e) {
    switch (e) {
      case 46:
        this.readToken_dot();
        return;
      case 40:
        ++this.state.pos, this.finishToken(6);
        return;
      case 41:
        ++this.state.pos, this.finishToken(7);
        return;
      case 59:
        ++this.state.pos, this.finishToken(9);
        return;
      case 44:
        ++this.state.pos, this.finishToken(8);
        return;
      case 91:
        ++this.state.pos, this.finishToken(0);
        return;
      case 93:
        ++this.state.pos, this.finishToken(1);
        return;
      case 123:
        ++this.state.pos, this.finishToken(2);
        return;
      case 125:
        ++this.state.pos, this.finishToken(4);
        return;
      case 58:
        this.hasPlugin("functionBind") && this.input.charCodeAt(this.state.pos + 1) === 58 ? this.finishOp(11, 2) : (++this.state.pos, this.finishToken(10));
        return;
      case 63:
        this.readToken_question();
        return;
      case 96:
        this.readTemplateToken();
        return;
      case 48: {
        let t = this.input.charCodeAt(this.state.pos + 1);
        if (t === 120 || t === 88) {
          this.readRadixNumber(16);
          return;
        }
        if (t === 111 || t === 79) {
          this.readRadixNumber(8);
          return;
        }
        if (t === 98 || t === 66) {
          this.readRadixNumber(2);
          return;
        }
      }
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        this.readNumber(false);
        return;
      case 34:
      case 39:
        this.readString(e);
        return;
      case 47:
        this.readToken_slash();
        return;
      case 37:
      case 42:
        this.readToken_mult_modulo(e);
        return;
      case 124:
      case 38:
        this.readToken_pipe_amp(e);
        return;
      case 94:
        this.readToken_caret();
        return;
      case 43:
      case 45:
        this.readToken_plus_min(e);
        return;
      case 60:
        this.readToken_lt();
        return;
      case 62:
        this.readToken_gt();
        return;
      case 61:
      case 33:
        this.readToken_eq_excl(e);
        return;
      case 126:
        this.finishOp(32, 1);
        return;
      case 64:
        this.readToken_atSign();
        return;
      case 35:
        this.readToken_numberSign();
        return;
      case 92:
        this.readWord();
        return;
      default:
        if (_(e)) {
          this.readWord(e);
          return;
        }
    }
    throw this.raise(l.InvalidOrUnexpectedToken, this.state.curPosition(), { unexpected: String.fromCodePoint(e) });
  }
  finishOp(e, t) {
    let s = this.input.slice(this.state.pos, this.state.pos + t);
    this.state.pos += t, this.finishToken(e, s);
  }
  readRegexp() {
    let e = this.state.startLoc, t = this.state.start + 1, s, i, { pos: r } = this.state;
    for (; ; ++r) {
      if (r >= this.length) throw this.raise(l.UnterminatedRegExp, F(e, 1));
      let c2 = this.input.charCodeAt(r);
      if (it2(c2)) throw this.raise(l.UnterminatedRegExp, F(e, 1));
      if (s) s = false;
      else {
        if (c2 === 91) i = true;
        else if (c2 === 93 && i) i = false;
        else if (c2 === 47 && !i) break;
        s = c2 === 92;
      }
    }
    let n = this.input.slice(t, r);
    ++r;
    let o = "", h2 = () => F(e, r + 2 - t);
    for (; r < this.length; ) {
      let c2 = this.codePointAtPos(r), u = String.fromCharCode(c2);
      if (sr2.has(c2)) c2 === 118 ? o.includes("u") && this.raise(l.IncompatibleRegExpUVFlags, h2()) : c2 === 117 && o.includes("v") && this.raise(l.IncompatibleRegExpUVFlags, h2()), o.includes(u) && this.raise(l.DuplicateRegExpFlags, h2());
      else if (K2(c2) || c2 === 92) this.raise(l.MalformedRegExpFlags, h2());
      else break;
      ++r, o += u;
    }
    this.state.pos = r, this.finishToken(136, { pattern: n, flags: o });
  }
  readInt(e, t, s = false, i = true) {
    let { n: r, pos: n } = cs(this.input, this.state.pos, this.state.lineStart, this.state.curLine, e, t, s, i, this.errorHandlers_readInt, false);
    return this.state.pos = n, r;
  }
  readLiteralInt(e) {
    let t = this.state.pos, s = 0, i;
    for (; ; ) {
      i = this.input.charCodeAt(t);
      let r;
      if (i >= 48 && i <= 57) r = i - 48;
      else {
        if (r = (i | 32) - 97, r < 0 || r > 5) break;
        r += 10;
      }
      if (r >= e) break;
      s = s * e + r, ++t;
    }
    return i === 95 || i >= 48 && i <= 57 ? this.readInt(e) : t === this.state.pos ? null : (this.state.pos = t, s);
  }
  readRadixNumber(e) {
    let t = this.state.pos, s = this.state.curPosition();
    this.state.pos += 2;
    let i = this.readLiteralInt(e), r = this.state.pos;
    i == null && this.raise(l.InvalidDigit, F(s, 2), { radix: e });
    let n = this.input.charCodeAt(this.state.pos) === 110;
    if (n && ++this.state.pos, _(this.codePointAtPos(this.state.pos))) throw this.raise(l.NumberIdentifier, this.state.curPosition());
    if (n || i !== null && i > Number.MAX_SAFE_INTEGER) {
      let o = R2(0, this.input.slice(t, r), "_", "");
      if (n) {
        this.finishToken(135, o);
        return;
      }
      i = Number(e !== 16 && this.optionFlags & 4096 ? o.replace(e === 2 ? /[2-9]/g : /[89]/g, "0") : o);
    }
    this.finishToken(134, i);
  }
  readNumber(e) {
    let t = this.state.pos, s = this.state.curPosition(), i = false, r = false, n = e ? 0 : this.readLiteralInt(10), o = this.state.pos - t >= 2 && this.input.charCodeAt(t) === 48;
    if (o) {
      let x2 = this.input.slice(t, this.state.pos);
      if (this.recordStrictModeErrors(l.StrictOctalLiteral, s), !this.state.strict) {
        let A2 = x2.indexOf("_");
        A2 > 0 && this.raise(l.ZeroDigitNumericSeparator, F(s, A2));
      }
      r = !/[89]/.test(x2);
    }
    let h2 = this.input.charCodeAt(this.state.pos);
    h2 === 46 && !r && (++this.state.pos, this.readLiteralInt(10), i = true, h2 = this.input.charCodeAt(this.state.pos)), (h2 === 69 || h2 === 101) && !r && (h2 = this.input.charCodeAt(++this.state.pos), (h2 === 43 || h2 === 45) && ++this.state.pos, this.readLiteralInt(10) === null && this.raise(l.InvalidOrMissingExponent, s), i = true, h2 = this.input.charCodeAt(this.state.pos));
    let c2 = this.state.pos, u = h2 === 110;
    if (u && ((i || o) && this.raise(l.InvalidBigIntLiteral, s), ++this.state.pos), _(this.codePointAtPos(this.state.pos))) throw this.raise(l.NumberIdentifier, this.state.curPosition());
    if (!i && !u && !o && n <= Number.MAX_SAFE_INTEGER) {
      this.finishToken(134, n);
      return;
    }
    let f = R2(0, this.input.slice(t, c2), "_", "");
    if (u) {
      this.finishToken(135, f);
      return;
    }
    let m = r ? parseInt(f, 8) : parseFloat(f);
    this.finishToken(134, m);
  }
  readCodePoint(e) {
    let { code: t, pos: s } = ls(this.input, this.state.pos, this.state.lineStart, this.state.curLine, e, this.errorHandlers_readCodePoint);
    return this.state.pos = s, t;
  }
  readString(e) {
    let { str: t, pos: s, curLine: i, lineStart: r } = We2(e === 34 ? "double" : "single", this.input, this.state.pos + 1, this.state.lineStart, this.state.curLine, this.errorHandlers_readStringContents_string);
    this.state.pos = s + 1, this.state.lineStart = r, this.state.curLine = i, this.finishToken(133, t);
  }
  readTemplateContinuation() {
    this.match(4) || this.unexpected(null, 4), this.state.pos--, this.readTemplateToken();
  }
  readTemplateToken() {
    let e = this.input[this.state.pos], { str: t, firstInvalidLoc: s, pos: i, curLine: r, lineStart: n } = We2("template", this.input, this.state.pos + 1, this.state.lineStart, this.state.curLine, this.errorHandlers_readStringContents_template);
    this.state.pos = i + 1, this.state.lineStart = n, this.state.curLine = r, s && (this.state.firstInvalidTemplateEscapePos = new L2(s.curLine, s.pos - s.lineStart, this.sourceToOffsetPos(s.pos))), this.input.codePointAt(i) === 96 ? this.finishToken(20, s ? null : e + t + "`") : (this.state.pos++, this.finishToken(21, s ? null : e + t + "${"));
  }
  recordStrictModeErrors(e, t) {
    if (this.isLookahead) return;
    let s = t.index;
    this.state.strict && !this.state.strictErrors.has(s) ? this.raise(e, t) : this.state.strictErrors.set(s, [e, t]);
  }
  readWord1(e) {
    this.state.containsEsc = false;
    let t = "", s = this.state.pos, i = this.state.pos;
    for (e !== void 0 && (this.state.pos += e <= 65535 ? 1 : 2); this.state.pos < this.length; ) {
      let r = this.codePointAtPos(this.state.pos);
      if (K2(r)) this.state.pos += r <= 65535 ? 1 : 2;
      else if (r === 92) {
        this.state.containsEsc = true, t += this.input.slice(i, this.state.pos);
        let n = this.state.curPosition(), o = this.state.pos === s ? _ : K2;
        if (this.input.charCodeAt(++this.state.pos) !== 117) {
          this.raise(l.MissingUnicodeEscape, this.state.curPosition()), i = this.state.pos - 1;
          continue;
        }
        ++this.state.pos;
        let h2 = this.readCodePoint(true);
        h2 !== null && (o(h2) || this.raise(l.EscapedCharNotAnIdentifier, n), t += String.fromCodePoint(h2)), i = this.state.pos;
      } else break;
    }
    return t + this.input.slice(i, this.state.pos);
  }
  readWord(e) {
    let t = this.readWord1(e), s = Ce2.get(t);
    s !== void 0 ? this.finishToken(s, $2(s)) : this.finishToken(131, t);
  }
  checkKeywordEscapes() {
    let { type: e } = this.state;
    Ot2(e) && this.state.containsEsc && this.raise(l.InvalidEscapedReservedWord, this.state.startLoc, { reservedWord: $2(e) });
  }
  raise(e, t, s = {}) {
    let i = t instanceof L2 ? t : typeof t == "number" ? this.getLoc(t) : this.optionFlags & 256 ? t.loc.start : this.getLoc(t.start), r = t instanceof L2 ? i.index : typeof t == "number" ? t : t.start, n = e(i, r, s);
    if (!(this.optionFlags & 4096)) throw n;
    return this.isLookahead || this.state.errors.push(n), n;
  }
  raiseOverwrite(e, t, s = {}) {
    let i = t instanceof L2 ? t : this.optionFlags & 256 ? t.loc.start : this.getLoc(t.start), r = t instanceof L2 ? i.index : t.start, n = this.state.errors;
    for (let o = n.length - 1; o >= 0; o--) {
      let h2 = n[o];
      if (h2.pos === r) return n[o] = e(i, r, s);
      if (h2.pos < r) break;
    }
    return this.raise(e, i, s);
  }
  updateContext(e) {
  }
  unexpected(e, t) {
    throw this.raise(l.UnexpectedToken, e ?? this.state.startLoc, { expected: t ? $2(t) : null });
  }
  expectPlugin(e, t) {
    if (this.hasPlugin(e)) return true;
    throw this.raise(l.MissingPlugin, t ?? this.state.startLoc, { missingPlugin: [e] });
  }
  expectOnePlugin(e) {
    if (!e.some((t) => this.hasPlugin(t))) throw this.raise(l.MissingOneOfPlugins, this.state.startLoc, { missingPlugin: e });
  }
  errorBuilder(e) {
    return (t, s, i) => {
      this.raise(e, ut2(t, s, i));
    };
  }
  errorHandlers_readInt = { invalidDigit: (e, t, s, i) => {
    this.raise(l.InvalidDigit, ut2(e, t, s), { radix: i });
  }, numericSeparatorInEscapeSequence: this.errorBuilder(l.NumericSeparatorInEscapeSequence), unexpectedNumericSeparator: this.errorBuilder(l.UnexpectedNumericSeparator) };
  errorHandlers_readCodePoint = { ...this.errorHandlers_readInt, invalidEscapeSequence: this.errorBuilder(l.InvalidEscapeSequence), invalidCodePoint: this.errorBuilder(l.InvalidCodePoint) };
  errorHandlers_readStringContents_string = { ...this.errorHandlers_readCodePoint, strictNumericEscape: (e, t, s) => {
    this.recordStrictModeErrors(l.StrictNumericEscape, ut2(e, t, s));
  }, unterminated: (e, t, s) => {
    throw this.raise(l.UnterminatedString, ut2(e - 1, t, s));
  } };
  errorHandlers_readStringContents_template = { ...this.errorHandlers_readCodePoint, strictNumericEscape: this.errorBuilder(l.StrictNumericEscape), unterminated: (e, t, s) => {
    throw this.raise(l.UnterminatedTemplate, ut2(e, t, s));
  } };
};
var fe2 = class {
  privateNames = /* @__PURE__ */ new Set();
  loneAccessors = /* @__PURE__ */ new Map();
  undefinedPrivateNames = /* @__PURE__ */ new Map();
};
var de2 = class {
  parser;
  stack = [];
  constructor(e) {
    this.parser = e;
  }
  current() {
    return this.stack[this.stack.length - 1];
  }
  enter() {
    this.stack.push(new fe2());
  }
  exit() {
    let e = this.stack.pop(), t = this.current();
    for (let [s, i] of Array.from(e.undefinedPrivateNames)) t ? t.undefinedPrivateNames.has(s) || t.undefinedPrivateNames.set(s, i) : this.parser.raise(l.InvalidPrivateFieldResolution, i, { identifierName: s });
  }
  declarePrivateName(e, t, s) {
    let { privateNames: i, loneAccessors: r, undefinedPrivateNames: n } = this.current(), o = i.has(e);
    if (t & 3) {
      let h2 = o && r.get(e);
      if (h2) {
        let c2 = h2 & 4, u = t & 4, f = h2 & 3, m = t & 3;
        o = f === m || c2 !== u, o || r.delete(e);
      } else o || r.set(e, t);
    }
    o && this.parser.raise(l.PrivateNameRedeclaration, s, { identifierName: e }), i.add(e), n.delete(e);
  }
  usePrivateName(e, t) {
    let s;
    for (s of this.stack) if (s.privateNames.has(e)) return;
    s ? s.undefinedPrivateNames.set(e, t) : this.parser.raise(l.InvalidPrivateFieldResolution, t, { identifierName: e });
  }
};
var X2 = class {
  constructor(e = 0) {
    this.type = e;
  }
  canBeArrowParameterDeclaration() {
    return this.type === 2 || this.type === 1;
  }
  isCertainlyParameterDeclaration() {
    return this.type === 3;
  }
  isInitializer() {
    return this.type === 4;
  }
};
var Lt2 = class extends X2 {
  declarationErrors = /* @__PURE__ */ new Map();
  constructor(e) {
    super(e);
  }
  recordDeclarationError(e, t) {
    this.declarationErrors.set(t, e);
  }
  clearDeclarationError(e) {
    this.declarationErrors.delete(e);
  }
  iterateErrors(e) {
    this.declarationErrors.forEach(e);
  }
};
var me2 = class {
  parser;
  stack = [new X2()];
  constructor(e) {
    this.parser = e;
  }
  enter(e) {
    this.stack.push(e);
  }
  exit() {
    this.stack.pop();
  }
  canBeInParameters() {
    let e = this.stack[this.stack.length - 1];
    return e.canBeArrowParameterDeclaration() || e.isCertainlyParameterDeclaration();
  }
  recordParameterInitializerError(e, t) {
    let { stack: s } = this, i = s.length - 1, r = s[i];
    for (; !r.isCertainlyParameterDeclaration(); ) {
      if (r.canBeArrowParameterDeclaration()) r.recordDeclarationError(e, t);
      else if (!r.isInitializer()) return;
      r = s[--i];
    }
    this.parser.raise(e, t);
  }
  recordArrowParameterBindingError(e, t) {
    let { stack: s } = this, i = s[s.length - 1], r = t.start;
    if (i.isCertainlyParameterDeclaration()) this.parser.raise(e, r);
    else if (i.canBeArrowParameterDeclaration()) i.recordDeclarationError(e, r);
    else return;
  }
  recordAsyncArrowParametersError(e) {
    let { stack: t } = this;
    for (let s = t.length - 1; ; s--) {
      let i = t[s];
      if (i.canBeArrowParameterDeclaration()) i.type === 2 && i.recordDeclarationError(l.AwaitBindingIdentifier, e);
      else if (!i.isInitializer()) return;
    }
  }
  validateAsPattern() {
    let { stack: e } = this, t = e[e.length - 1];
    t.canBeArrowParameterDeclaration() && t.iterateErrors((s, i) => {
      this.parser.raise(s, i);
      for (let r = e.length - 2; ; r--) {
        let n = e[r];
        if (n.canBeArrowParameterDeclaration()) n.clearDeclarationError(i);
        else if (!n.isInitializer()) break;
      }
    });
  }
};
function ir2() {
  return new Lt2(1);
}
function rr2() {
  return new Lt2(2);
}
var ye2 = new X2();
var ar2 = new X2(3);
var nr2 = new X2(4);
var xe2 = class {
  stacks = [];
  enter(e) {
    this.stacks.push(e);
  }
  exit() {
    this.stacks.pop();
  }
  currentFlags() {
    return this.stacks[this.stacks.length - 1];
  }
  get hasAwait() {
    return (this.currentFlags() & 2) > 0;
  }
  get hasYield() {
    return (this.currentFlags() & 1) > 0;
  }
  get hasReturn() {
    return (this.currentFlags() & 4) > 0;
  }
  get hasIn() {
    return (this.currentFlags() & 8) > 0;
  }
  get inFSharpPipelineDirectBody() {
    return (this.currentFlags() & 16) === 0;
  }
};
function kt2(a2, e) {
  return (a2 ? 2 : 0) | (e ? 1 : 0);
}
var Pe2 = class extends ue2 {
  addExtra(e, t, s, i = true) {
    if (!e) return;
    let { extra: r } = e;
    r == null && (r = {}, e.extra = r), i ? r[t] = s : Object.defineProperty(r, t, { enumerable: i, value: s });
  }
  isContextual(e) {
    return this.state.type === e && !this.state.containsEsc;
  }
  isUnparsedContextual(e, t) {
    if (this.input.startsWith(t, e)) {
      let s = this.input.charCodeAt(e + t.length);
      return !(K2(s) || s === 92 || (s & 64512) === 55296);
    }
    return false;
  }
  isLookaheadContextual(e) {
    let t = this.nextTokenStart();
    return this.isUnparsedContextual(t, e);
  }
  eatContextual(e) {
    return this.isContextual(e) ? (this.next(), true) : false;
  }
  expectContextual(e, t) {
    if (!this.eatContextual(e)) {
      if (t != null) throw this.raise(t, this.state.startLoc);
      this.unexpected(null, e);
    }
  }
  canInsertSemicolon() {
    return this.match(138) || this.match(4) || this.hasPrecedingLineBreak();
  }
  hasPrecedingLineBreak() {
    return re2(this.input, this.offsetToSourcePos(this.state.lastTokEndLoc.index), this.state.start);
  }
  hasFollowingLineBreak() {
    return re2(this.input, this.state.end, this.nextTokenStart());
  }
  isLineTerminator() {
    return this.eat(9) || this.canInsertSemicolon();
  }
  semicolon(e = true) {
    (e ? this.isLineTerminator() : this.eat(9)) || this.raise(l.MissingSemicolon, this.state.lastTokEndLoc);
  }
  expect(e, t) {
    this.eat(e) || this.unexpected(t, e);
  }
  snapshotScopeStacks() {
    return { scopeDepth: this.scope.scopeStack.length, prodParamDepth: this.prodParam.stacks.length, classScopeDepth: this.classScope.stack.length, expressionScopeDepth: this.expressionScope.stack.length };
  }
  restoreScopeStacks(e) {
    let { scope: t } = this;
    for (; t.scopeStack.length > e.scopeDepth; ) t.exit();
    this.prodParam.stacks.length = e.prodParamDepth, this.classScope.stack.length = e.classScopeDepth, this.expressionScope.stack.length = e.expressionScopeDepth;
  }
  tryParse(e, t = this.state.clone()) {
    let s = { node: null }, i = this.snapshotScopeStacks();
    try {
      let r = e((n = null) => {
        throw s.node = n, s;
      });
      if (this.state.errors.length > t.errors.length) {
        let n = this.state;
        return this.state = t, this.state.tokensLength = n.tokensLength, { node: r, error: n.errors[t.errors.length], thrown: false, aborted: false, failState: n };
      }
      return { node: r, error: null, thrown: false, aborted: false, failState: null };
    } catch (r) {
      let n = this.state;
      if (this.state = t, this.restoreScopeStacks(i), r instanceof SyntaxError) return { node: null, error: r, thrown: true, aborted: false, failState: n };
      if (r === s) return { node: s.node, error: null, thrown: false, aborted: true, failState: n };
      throw r;
    }
  }
  checkExpressionErrors(e, t) {
    if (!e) return false;
    let { shorthandAssignLoc: s, doubleProtoLoc: i, privateKeyLoc: r, optionalParametersLoc: n, voidPatternLoc: o } = e, h2 = !!s || !!i || !!n || !!r || !!o;
    if (!t) return h2;
    s != null && this.raise(l.InvalidCoverInitializedName, s), i != null && this.raise(l.DuplicateProto, i), r != null && this.raise(l.UnexpectedPrivateField, r), n != null && this.unexpected(n), o != null && this.raise(l.InvalidCoverDiscardElement, o);
  }
  isLiteralPropertyName() {
    return es(this.state.type);
  }
  isPrivateName(e) {
    return e.type === "PrivateName";
  }
  getPrivateNameSV(e) {
    return e.id.name;
  }
  hasPropertyAsPrivateName(e) {
    return (e.type === "MemberExpression" || e.type === "OptionalMemberExpression") && this.isPrivateName(e.property);
  }
  isObjectProperty(e) {
    return e.type === "ObjectProperty";
  }
  isObjectMethod(e) {
    return e.type === "ObjectMethod";
  }
  initializeScopes(e = this.options.sourceType === "module") {
    let t = this.state.labels;
    this.state.labels = [];
    let s = this.exportedIdentifiers;
    this.exportedIdentifiers = /* @__PURE__ */ new Set();
    let i = this.inModule;
    this.inModule = e;
    let r = this.scope, n = this.getScopeHandler();
    this.scope = new n(this, e);
    let o = this.prodParam;
    this.prodParam = new xe2();
    let h2 = this.classScope;
    this.classScope = new de2(this);
    let c2 = this.expressionScope;
    return this.expressionScope = new me2(this), () => {
      this.state.labels = t, this.exportedIdentifiers = s, this.inModule = i, this.scope = r, this.prodParam = o, this.classScope = h2, this.expressionScope = c2;
    };
  }
  enterInitialScopes() {
    let e = 0;
    (this.inModule || this.optionFlags & 1) && (e |= 2), this.optionFlags & 32 && (e |= 1);
    let t = !this.inModule && this.options.sourceType === "commonjs";
    (t || this.optionFlags & 2) && (e |= 4), this.prodParam.enter(e);
    let s = t ? 514 : 1;
    this.optionFlags & 4 && (s |= 512), this.optionFlags & 16 && (s |= 48), this.scope.enter(s);
  }
  checkDestructuringPrivate(e) {
    let { privateKeyLoc: t } = e;
    t !== null && this.expectPlugin("destructuringPrivate", t);
  }
};
var W2 = class {
  shorthandAssignLoc = null;
  doubleProtoLoc = null;
  privateKeyLoc = null;
  optionalParametersLoc = null;
  voidPatternLoc = null;
};
var J2 = class {
  constructor(e, t, s, i) {
    this.start = s, this.end = 0, i !== void 0 && (this.loc = new rt2(i)), e & 128 && (this.range = [s, 0]), i !== void 0 && t && (this.loc.filename = t);
  }
  type = "";
};
var Je2 = J2.prototype;
var ge2 = class extends Pe2 {
  createPosition(e) {
    return e;
  }
  startNode() {
    return this.startNodeAt(this.state.startLoc);
  }
  startNodeAt(e) {
    this.setLoc(e);
    let { optionFlags: t, filename: s } = this;
    return t & 256 ? new J2(t, s, e.index, this.createPosition(e)) : new J2(t, s, e.index);
  }
  startNodeAtNode(e) {
    let { optionFlags: t, filename: s } = this;
    return t & 256 ? new J2(t, s, e.start, e.loc.start) : new J2(t, s, e.start);
  }
  finishNode(e, t) {
    return this.finishNodeAt(e, t, this.state.lastTokEndLoc);
  }
  finishNodeAt(e, t, s) {
    e.type = t, e.end = s.index;
    let { optionFlags: i } = this;
    return i & 256 && (e.loc.end = this.createPosition(s)), i & 128 && (e.range[1] = s.index), i & 8192 && this.processComment(e), e;
  }
  finishNodeAtNode(e, t, s) {
    e.type = t, e.end = s.end;
    let { optionFlags: i } = this;
    return i & 256 && (e.loc.end = s.loc.end), i & 128 && (e.range[1] = e.end), i & 8192 && this.processComment(e), e;
  }
  resetStartLocation(e, t) {
    e.start = t.index;
    let { optionFlags: s } = this;
    s & 256 && (e.loc.start = this.createPosition(t)), s & 128 && (e.range[0] = t.index);
  }
  resetEndLocation(e, t = this.state.lastTokEndLoc) {
    e.end = t.index;
    let { optionFlags: s } = this;
    s & 256 && (e.loc.end = this.createPosition(t)), s & 128 && (e.range[1] = t.index);
  }
  resetStartLocationFromNode(e, t) {
    e.start = t.start;
    let { optionFlags: s } = this;
    s & 256 && (e.loc.start = t.loc.start), s & 128 && (e.range[0] = t.start);
  }
  resetEndLocationFromNode(e, t) {
    e.end = t.end;
    let { optionFlags: s } = this;
    s & 256 && (e.loc.end = t.loc.end), s & 128 && (e.range[1] = t.end);
  }
  castNodeTo(e, t) {
    return e.type = t, e;
  }
  cloneIdentifier(e) {
    let { type: t, start: s, end: i, loc: r, range: n, name: o } = e, h2 = Object.create(Je2);
    return h2.type = t, h2.start = s, h2.end = i, h2.loc = r, h2.range = n, h2.name = o, e.extra && (h2.extra = e.extra), h2;
  }
  cloneStringLiteral(e) {
    let { type: t, start: s, end: i, loc: r, range: n, extra: o } = e, h2 = Object.create(Je2);
    return h2.type = t, h2.start = s, h2.end = i, h2.loc = r, h2.range = n, h2.extra = o, h2.value = e.value, h2;
  }
};
var Dt2 = (a2) => a2.type === "ParenthesizedExpression" ? Dt2(a2.expression) : a2;
var Te2 = class extends ge2 {
  raiseOnce(e, t) {
    let { errors: s } = this.state, i = s.length, r = this.raise(e, t);
    if (s.length !== i) {
      for (let n = i - 1; n >= 0; n--) if (s[n].pos === r.pos && s[n].reasonCode === r.reasonCode) {
        s.pop();
        return;
      }
    }
  }
  toAssignable(e, t = false) {
    let s;
    switch ((e.type === "ParenthesizedExpression" || e.extra?.parenthesized) && (s = Dt2(e), t ? s.type === "Identifier" ? this.expressionScope.recordArrowParameterBindingError(l.InvalidParenthesizedAssignment, e) : s.type !== "CallExpression" && s.type !== "MemberExpression" && !this.isOptionalMemberExpression(s) && this.raiseOnce(l.InvalidParenthesizedAssignment, e) : this.raiseOnce(l.InvalidParenthesizedAssignment, e)), e.type) {
      case "Identifier":
      case "ObjectPattern":
      case "ArrayPattern":
      case "AssignmentPattern":
      case "RestElement":
      case "VoidPattern":
        break;
      case "ObjectExpression":
        this.castNodeTo(e, "ObjectPattern");
        for (let i = 0, r = e.properties.length, n = r - 1; i < r; i++) {
          let o = e.properties[i], h2 = i === n;
          this.toAssignableObjectExpressionProp(o, h2, t), h2 && o.type === "RestElement" && e.extra?.trailingCommaLoc && this.raise(l.RestTrailingComma, e.extra.trailingCommaLoc);
        }
        break;
      case "ObjectProperty": {
        let { key: i, value: r } = e;
        this.isPrivateName(i) && this.classScope.usePrivateName(this.getPrivateNameSV(i), i.start), this.toAssignable(r, t);
        break;
      }
      case "SpreadElement":
        throw new Error("Internal @babel/parser error (this is a bug, please report it). SpreadElement should be converted by .toAssignable's caller.");
      case "ArrayExpression":
        this.castNodeTo(e, "ArrayPattern"), this.toAssignableList(e.elements, e.extra?.trailingCommaLoc, t);
        break;
      case "AssignmentExpression":
        e.operator !== "=" && this.raise(l.MissingEqInAssignment, this.optionFlags & 256 ? e.left.loc.end : e.left), this.castNodeTo(e, "AssignmentPattern"), delete e.operator, e.left.type === "VoidPattern" && this.raise(l.VoidPatternInitializer, e.left), this.toAssignable(e.left, t);
        break;
      case "ParenthesizedExpression":
        this.toAssignable(s, t);
        break;
    }
  }
  toAssignableObjectExpressionProp(e, t, s) {
    if (e.type === "ObjectMethod") this.raise(e.kind === "get" || e.kind === "set" ? l.PatternHasAccessor : l.PatternHasMethod, e.key);
    else if (e.type === "SpreadElement") {
      this.castNodeTo(e, "RestElement");
      let i = e.argument;
      this.checkToRestConversion(i, false), this.toAssignable(i, s), t || this.raise(l.RestTrailingComma, e);
    } else this.toAssignable(e, s);
  }
  toAssignableList(e, t, s) {
    let i = e.length - 1;
    for (let r = 0; r <= i; r++) {
      let n = e[r];
      n && (this.toAssignableListItem(e, r, s), n.type === "RestElement" && (r < i ? this.raise(l.RestTrailingComma, n) : t && this.raise(l.RestTrailingComma, t)));
    }
  }
  toAssignableListItem(e, t, s) {
    let i = e[t];
    if (i.type === "SpreadElement") {
      this.castNodeTo(i, "RestElement");
      let r = i.argument;
      this.checkToRestConversion(r, true), this.toAssignable(r, s);
    } else this.toAssignable(i, s);
  }
  isAssignable(e, t) {
    switch (e.type) {
      case "Identifier":
      case "ObjectPattern":
      case "ArrayPattern":
      case "AssignmentPattern":
      case "RestElement":
      case "VoidPattern":
        return true;
      case "ObjectExpression": {
        let s = e.properties.length - 1;
        return e.properties.every((i, r) => i.type !== "ObjectMethod" && (r === s || i.type !== "SpreadElement") && this.isAssignable(i));
      }
      case "ObjectProperty":
        return this.isAssignable(e.value);
      case "SpreadElement":
        return this.isAssignable(e.argument);
      case "ArrayExpression":
        return e.elements.every((s) => s === null || this.isAssignable(s));
      case "AssignmentExpression":
        return e.operator === "=";
      case "ParenthesizedExpression":
        return this.isAssignable(e.expression);
      case "MemberExpression":
      case "OptionalMemberExpression":
        return !t;
      default:
        return false;
    }
  }
  toReferencedList(e, t) {
    return e;
  }
  parseSpread(e) {
    let t = this.startNode();
    return this.next(), t.argument = this.parseMaybeAssignAllowIn(e), this.finishNode(t, "SpreadElement");
  }
  parseRestBinding() {
    let e = this.startNode();
    this.next();
    let t = this.parseBindingAtom();
    return t.type === "VoidPattern" && this.raise(l.UnexpectedVoidPattern, t), e.argument = t, this.finishNode(e, "RestElement");
  }
  parseBindingAtom() {
    switch (this.state.type) {
      case 0: {
        let e = this.startNode();
        return this.next(), e.elements = this.parseBindingList(1, 93, 1), this.finishNode(e, "ArrayPattern");
      }
      case 2:
        return this.parseObjectLike(4, true);
      case 84:
        return this.parseVoidPattern(null);
    }
    return this.parseIdentifier();
  }
  parseBindingList(e, t, s) {
    let i = s & 1, r = [], n = true;
    for (; !this.eat(e); ) if (n ? n = false : this.expect(8), i && this.match(8)) r.push(null);
    else {
      if (this.eat(e)) break;
      if (this.match(17)) {
        let o = this.parseRestBinding();
        if (s & 2 && (o = this.parseFunctionParamType(o)), r.push(o), !this.checkCommaAfterRest(t)) {
          this.expect(e);
          break;
        }
      } else {
        let o = [];
        if (s & 2) for (this.match(22) && this.hasPlugin("decorators") && this.raise(l.UnsupportedParameterDecorator, this.state.startLoc); this.match(22); ) o.push(this.parseDecorator());
        r.push(this.parseBindingElement(s, o));
      }
    }
    return r;
  }
  parseBindingRestProperty(e) {
    return this.next(), this.hasPlugin("discardBinding") && this.match(84) ? (e.argument = this.parseVoidPattern(null), this.raise(l.UnexpectedVoidPattern, e.argument)) : e.argument = this.parseIdentifier(), this.checkCommaAfterRest(125), this.finishNode(e, "RestElement");
  }
  parseBindingProperty() {
    let { type: e, startLoc: t } = this.state;
    if (e === 17) return this.parseBindingRestProperty(this.startNode());
    let s = this.startNode();
    return e === 137 ? (this.expectPlugin("destructuringPrivate", t), this.classScope.usePrivateName(this.state.value, t), s.key = this.parsePrivateName()) : this.parsePropertyName(s), s.method = false, this.parseObjPropValue(s, t, false, false, true, false);
  }
  parseBindingElement(e, t) {
    let { startLoc: s } = this.state, i = this.parseMaybeDefault();
    return e & 2 && this.parseFunctionParamType(i), t.length && (i.decorators = t, this.resetStartLocationFromNode(i, t[0])), this.parseMaybeDefault(s, i);
  }
  parseFunctionParamType(e) {
    return e;
  }
  parseMaybeDefault(e, t) {
    if (e ?? (e = this.state.startLoc), t = t ?? this.parseBindingAtom(), !this.eat(25)) return t;
    let s = this.startNodeAt(e);
    return t.type === "VoidPattern" && this.raise(l.VoidPatternInitializer, t), s.left = t, s.right = this.parseMaybeAssignAllowIn(), this.finishNode(s, "AssignmentPattern");
  }
  isValidLVal(e, t, s, i) {
    switch (e) {
      case "AssignmentPattern":
        return "left";
      case "RestElement":
        return "argument";
      case "ObjectProperty":
        return "value";
      case "ParenthesizedExpression":
        return "expression";
      case "ArrayPattern":
        return "elements";
      case "ObjectPattern":
        return "properties";
      case "VoidPattern":
        return true;
      case "CallExpression":
        if (!t && !this.state.strict && this.optionFlags & 16384) return true;
    }
    return false;
  }
  isOptionalMemberExpression(e) {
    return e.type === "OptionalMemberExpression";
  }
  checkLVal(e, t, s = 64, i = false, r = false, n = false, o = false) {
    let h2 = e.type;
    if (this.isObjectMethod(e)) return;
    let c2 = this.isOptionalMemberExpression(e);
    if (c2 || h2 === "MemberExpression") {
      c2 && (this.expectPlugin("optionalChainingAssign", e.start), t.type !== "AssignmentExpression" && this.raise(l.InvalidLhsOptionalChaining, e, { ancestor: t })), s !== 64 && this.raise(l.InvalidPropertyBindingPattern, e);
      return;
    }
    if (h2 === "Identifier") {
      this.checkIdentifier(e, s, r);
      let { name: v3 } = e;
      i && (i.has(v3) ? this.raise(l.ParamDupe, e) : i.add(v3));
      return;
    } else h2 === "VoidPattern" && t.type === "CatchClause" && this.raise(l.VoidPatternCatchClauseParam, e);
    let u = Dt2(e);
    o || (o = s !== 64 || u.type === "CallExpression" && (u.callee.type === "Import" || u.callee.type === "Super"));
    let f = this.isValidLVal(h2, o, !(n || e.extra?.parenthesized) && t.type === "AssignmentExpression", s);
    if (f === true) return;
    if (f === false) {
      let v3 = s === 64 ? l.InvalidLhs : l.InvalidLhsBinding;
      this.raise(v3, e, { ancestor: t });
      return;
    }
    let m, x2;
    typeof f == "string" ? (m = f, x2 = h2 === "ParenthesizedExpression") : [m, x2] = f;
    let A2 = h2 === "ArrayPattern" || h2 === "ObjectPattern" ? { type: h2 } : t, D2 = e[m];
    if (Array.isArray(D2)) for (let v3 of D2) v3 && this.checkLVal(v3, A2, s, i, r, x2, true);
    else D2 && this.checkLVal(D2, A2, s, i, r, x2, o);
  }
  checkIdentifier(e, t, s = false) {
    this.checkStrictBindReservedWord(e, t, s), t & 8192 && e.name === "let" && this.raise(l.LetInLexicalBinding, e), t & 64 || this.declareNameFromIdentifier(e, t);
  }
  checkStrictBindReservedWord(e, t, s = false) {
    this.state.strict && (s ? ns(e.name, this.inModule) : as(e.name)) && (t === 64 ? this.raise(l.StrictEvalArguments, e, { referenceName: e.name }) : this.raise(l.StrictEvalArgumentsBinding, e, { bindingName: e.name }));
  }
  declareNameFromIdentifier(e, t) {
    this.scope.declareName(e.name, t, e.start);
  }
  checkToRestConversion(e, t) {
    switch (e.type) {
      case "ParenthesizedExpression":
        this.checkToRestConversion(e.expression, t);
        break;
      case "Identifier":
      case "MemberExpression":
        break;
      case "ArrayExpression":
      case "ObjectExpression":
        if (t) break;
      default:
        this.raise(l.InvalidRestAssignmentPattern, e);
    }
  }
  checkCommaAfterRest(e) {
    return this.match(8) ? (this.raise(this.lookaheadCharCode() === e ? l.RestTrailingComma : l.ElementAfterRest, this.state.startLoc), true) : false;
  }
};
var Ae2 = class extends Te2 {
  checkProto(e, t, s) {
    if (e.type === "SpreadElement" || this.isObjectMethod(e) || e.computed || e.shorthand) return t;
    let i = e.key;
    return (i.type === "Identifier" ? i.name : i.value) === "__proto__" ? (t && (s ? s.doubleProtoLoc === null && (s.doubleProtoLoc = this.getLoc(i.start)) : this.raise(l.DuplicateProto, i)), true) : t;
  }
  shouldExitDescending(e) {
    return e.type === "ArrowFunctionExpression" && !e.extra?.parenthesized;
  }
  getExpression() {
    if (this.enterInitialScopes(), this.nextToken(), this.match(138)) throw this.raise(l.ParseExpressionEmptyInput, this.state.startLoc);
    let e = this.parseExpression();
    if (!this.match(138)) throw this.raise(l.ParseExpressionExpectsEOF, this.state.startLoc, { unexpected: this.input.codePointAt(this.state.start) });
    return this.finalizeRemainingComments(), e.comments = this.comments, e.errors = this.state.errors, this.optionFlags & 512 && (e.tokens = ps(this.tokens)), e;
  }
  parseExpression(e, t) {
    return e ? this.disallowInAnd(() => this.parseExpressionBase(t)) : this.allowInAnd(() => this.parseExpressionBase(t));
  }
  parseExpressionBase(e) {
    let t = this.state.startLoc, s = this.parseMaybeAssign(e);
    if (this.match(8)) {
      let i = this.startNodeAt(t);
      for (i.expressions = [s]; this.eat(8); ) i.expressions.push(this.parseMaybeAssign(e));
      return this.toReferencedList(i.expressions), this.finishNode(i, "SequenceExpression");
    }
    return s;
  }
  parseMaybeAssignDisallowIn(e) {
    return this.disallowInAnd(() => this.parseMaybeAssign(e));
  }
  parseMaybeAssignAllowIn(e, t) {
    return this.allowInAnd(() => this.parseMaybeAssign(e, t));
  }
  setOptionalParametersError(e) {
    e.optionalParametersLoc = this.state.startLoc;
  }
  parseMaybeAssign(e, t) {
    let s = this.state.startLoc, i = this.isContextual(107);
    if (i && this.prodParam.hasYield) {
      this.next();
      let h2 = this.parseYield(s);
      return t && (h2 = this.parseParenItem(h2, s)), h2;
    }
    let r, n = false;
    e ? r = false : (e = new W2(), r = true, this.expressionScope.canBeInParameters() && (this.expressionScope.enter(nr2), n = true)), this.state.canStartArrow = true;
    let o = this.parseMaybeConditional(e);
    if (t && (o = this.parseParenItem(o, s)), Ii2(this.state.type) && !(this.match(27) && this.state.lastTokEndLoc.index === this.state.regExpAllowedAt)) {
      let h2 = this.startNodeAt(s), c2 = this.state.value;
      if (h2.operator = c2, this.match(25)) {
        this.toAssignable(o, true), h2.left = o;
        let u = s.index;
        e.doubleProtoLoc != null && e.doubleProtoLoc.index >= u && (e.doubleProtoLoc = null), e.shorthandAssignLoc != null && e.shorthandAssignLoc.index >= u && (e.shorthandAssignLoc = null), e.privateKeyLoc != null && e.privateKeyLoc.index >= u && (this.checkDestructuringPrivate(e), e.privateKeyLoc = null), e.voidPatternLoc != null && e.voidPatternLoc.index >= u && (e.voidPatternLoc = null);
      } else h2.left = o;
      return this.next(), h2.right = this.parseMaybeAssign(), n && this.expressionScope.exit(), this.checkLVal(o, this.finishNode(h2, "AssignmentExpression"), void 0, void 0, void 0, void 0, c2 === "||=" || c2 === "&&=" || c2 === "??="), h2;
    } else r && (this.checkExpressionErrors(e, true), n && this.expressionScope.exit());
    if (i) {
      let { type: h2 } = this.state;
      if ((this.hasPlugin("v8intrinsic") ? ft2(h2) : ft2(h2) && !this.match(50)) && !this.isAmbiguousPrefixOrIdentifier()) return this.raiseOverwrite(l.YieldNotInGeneratorFunction, s), this.parseYield(s);
    }
    return o;
  }
  parseMaybeConditional(e) {
    let t = this.state.startLoc, s = this.parseExprOps(e);
    return this.shouldExitDescending(s) ? s : this.parseConditional(s, t, e);
  }
  parseConditional(e, t, s) {
    if (this.eat(13)) {
      let i = this.startNodeAt(t);
      return i.test = e, i.consequent = this.parseMaybeAssignAllowIn(), this.expect(10), i.alternate = this.parseMaybeAssign(), this.finishNode(i, "ConditionalExpression");
    }
    return e;
  }
  parseMaybeUnaryOrPrivate(e) {
    return this.match(137) ? this.parsePrivateName() : this.parseMaybeUnary(e);
  }
  parseExprOps(e) {
    let t = this.state.startLoc, s = this.parseMaybeUnaryOrPrivate(e);
    return this.shouldExitDescending(s) ? s : (this.state.canStartArrow = false, this.parseExprOp(s, t, -1));
  }
  isEscapedKeywordOperatorAfterLineBreak() {
    return Ot2(this.state.type) && this.state.containsEsc && this.hasPrecedingLineBreak();
  }
  isBinaryOperator(e) {
    return wi2(e) && (this.prodParam.hasIn || e !== 54) && !this.isEscapedKeywordOperatorAfterLineBreak();
  }
  parseExprOp(e, t, s) {
    let i = this.state.type, r = this.isBinaryOperator(i);
    if (this.isPrivateName(e)) {
      let n = this.getPrivateNameSV(e);
      (s >= Nt2(54) || i !== 54 || !r) && this.raise(l.PrivateInExpectedIn, t, { identifierName: n }), this.classScope.usePrivateName(n, t);
    }
    if (r) {
      let n = Nt2(i);
      if (n > s) {
        if (i === 35 && (this.expectPlugin("pipelineOperator"), this.prodParam.inFSharpPipelineDirectBody)) return e;
        let o = this.startNodeAt(t);
        o.left = e, o.operator = this.state.value;
        let h2 = i === 37 || i === 38, c2 = i === 36;
        c2 && (n = Nt2(38)), this.next(), o.right = this.parseExprOpRightExpr(i, n);
        let u = this.finishNode(o, h2 || c2 ? "LogicalExpression" : "BinaryExpression"), f = this.state.type;
        if (c2 && (f === 37 || f === 38) || h2 && f === 36) throw this.raise(l.MixingCoalesceWithLogical, this.state.startLoc);
        return this.parseExprOp(u, t, s);
      }
    }
    return e;
  }
  parseExprOpRightExpr(e, t) {
    switch (e) {
      case 35:
        switch (this.getPluginOption("pipelineOperator", "proposal")) {
          case "hack":
            return this.withTopicBindingContext(() => this.parseHackPipeBody());
          case "fsharp":
            return this.parseFSharpPipelineBody(t);
        }
      default:
        return this.parseExprOpBaseRightExpr(e, t);
    }
  }
  parseExprOpBaseRightExpr(e, t) {
    let s = this.state.startLoc;
    return this.parseExprOp(this.parseMaybeUnaryOrPrivate(), s, Di2(e) ? t - 1 : t);
  }
  parseHackPipeBody() {
    let { startLoc: e } = this.state, t = this.parseMaybeAssign();
    return di2.has(t.type) && !t.extra?.parenthesized && this.raise(l.PipeUnparenthesizedBody, e, { type: t.type }), this.topicReferenceWasUsedInCurrentContext() || this.raise(l.PipeTopicUnused, e), t;
  }
  checkExponentialAfterUnary(e) {
    this.match(53) && this.raise(l.UnexpectedTokenUnaryExponentiation, e.argument);
  }
  parseMaybeUnary(e, t) {
    let s = this.state.startLoc, i = this.isContextual(93);
    if (i && this.recordAwaitIfAllowed()) {
      this.next();
      let h2 = this.parseAwait(s);
      return t || this.checkExponentialAfterUnary(h2), h2;
    }
    let r = this.match(30), n = this.startNode();
    if (ki2(this.state.type)) {
      n.operator = this.state.value, n.prefix = true, this.state.canStartArrow = false, this.match(68) && this.expectPlugin("throwExpressions");
      let h2 = this.match(85);
      if (this.next(), n.argument = this.parseMaybeUnary(null, true), this.checkExpressionErrors(e, true), this.state.strict && h2) {
        let c2 = Dt2(n.argument);
        c2.type === "Identifier" ? this.raise(l.StrictDelete, n) : this.hasPropertyAsPrivateName(c2) && this.raise(l.DeletePrivateField, n);
      }
      if (!r) return t || this.checkExponentialAfterUnary(n), this.finishNode(n, "UnaryExpression");
    }
    let o = this.parseUpdate(n, r, e);
    if (i) {
      let { type: h2 } = this.state;
      if ((this.hasPlugin("v8intrinsic") ? ft2(h2) : ft2(h2) && !this.match(50)) && !this.isAmbiguousPrefixOrIdentifier()) return this.raiseOverwrite(l.AwaitNotInAsyncContext, s), this.parseAwait(s);
    }
    return o;
  }
  parseUpdate(e, t, s) {
    if (t) {
      let n = this.finishNode(e, "UpdateExpression");
      return this.checkLVal(n.argument, n), n;
    }
    let i = this.state.startLoc, r = this.parseExprSubscripts(s);
    if (this.checkExpressionErrors(s, false)) return r;
    for (; Ni2(this.state.type) && !this.canInsertSemicolon(); ) {
      let n = this.startNodeAt(i);
      n.operator = this.state.value, n.prefix = false, n.argument = r, this.next(), this.checkLVal(r, r = this.finishNode(n, "UpdateExpression"));
    }
    return r;
  }
  parseExprSubscripts(e) {
    let t = this.state.startLoc;
    if (e != null && (this.match(2) || this.match(0))) {
      let i = new W2(), r = this.parseExprAtom(i), n = this.parseSubscripts(r, t);
      return n !== r ? this.checkExpressionErrors(i, true) : (e.shorthandAssignLoc ?? (e.shorthandAssignLoc = i.shorthandAssignLoc), e.doubleProtoLoc ?? (e.doubleProtoLoc = i.doubleProtoLoc), e.privateKeyLoc ?? (e.privateKeyLoc = i.privateKeyLoc), e.optionalParametersLoc ?? (e.optionalParametersLoc = i.optionalParametersLoc), e.voidPatternLoc ?? (e.voidPatternLoc = i.voidPatternLoc)), n;
    }
    let s = this.parseExprAtom(e);
    return this.shouldExitDescending(s) ? s : this.parseSubscripts(s, t);
  }
  parseSubscripts(e, t, s) {
    let i = { optionalChainMember: false, maybeAsyncArrow: this.atPossibleAsyncArrow(e), stop: false };
    do
      e = this.parseSubscript(e, t, s, i), i.maybeAsyncArrow = false;
    while (!i.stop);
    return e;
  }
  parseSubscript(e, t, s, i) {
    let { type: r } = this.state;
    if (!s && r === 11) return this.parseBind(e, t, i);
    if (te2(r)) return this.parseTaggedTemplateExpression(e, t, i);
    let n = false;
    if (r === 14) {
      if (s && (this.raise(l.OptionalChainingNoNew, this.state.startLoc), this.lookaheadCharCode() === 40)) return this.stopParseSubscript(e, i);
      i.optionalChainMember = n = true, this.next();
    }
    if (!s && this.match(6)) return this.parseCoverCallAndAsyncArrowHead(e, t, i, n);
    {
      let o = this.eat(0);
      return o || n || this.eat(12) ? this.parseMember(e, t, i, o, n) : this.stopParseSubscript(e, i);
    }
  }
  stopParseSubscript(e, t) {
    return t.stop = true, e;
  }
  parseMember(e, t, s, i, r) {
    let n = this.startNodeAt(t);
    return n.object = e, n.computed = i, i ? (n.property = this.parseExpression(), this.expect(1)) : this.match(137) ? (e.type === "Super" && this.raise(l.SuperPrivateField, t), this.classScope.usePrivateName(this.state.value, this.state.startLoc), n.property = this.parsePrivateName()) : n.property = this.parseIdentifier(true), s.optionalChainMember ? (n.optional = r, this.finishNode(n, "OptionalMemberExpression")) : this.finishNode(n, "MemberExpression");
  }
  parseBind(e, t, s) {
    let i = this.startNodeAt(t);
    i.object = e, this.next();
    let r = this.parseNoCallExpr((n) => {
      throw this.raise(l.UnsupportedBindRHS, n);
    });
    if (r.type === "Super" || r.type === "Import") throw this.raise(l.UnsupportedBindRHS, r);
    return i.callee = r, s.stop = true, this.parseSubscripts(this.finishNode(i, "BindExpression"), t, false);
  }
  parseCoverCallAndAsyncArrowHead(e, t, s, i) {
    let r = null;
    this.next();
    let n = this.startNodeAt(t);
    n.callee = e;
    let { maybeAsyncArrow: o, optionalChainMember: h2 } = s;
    o && (this.expressionScope.enter(rr2()), r = new W2()), h2 && (n.optional = i), i ? n.arguments = this.parseCallExpressionArguments() : n.arguments = this.parseCallExpressionArguments(e.type !== "Super", n, r);
    let c2 = this.finishCallExpression(n, h2);
    return o && this.shouldParseAsyncArrow() && !i ? (s.stop = true, this.checkDestructuringPrivate(r), this.expressionScope.validateAsPattern(), this.expressionScope.exit(), c2 = this.parseAsyncArrowFromCallExpression(this.startNodeAt(t), c2)) : (o && (this.checkExpressionErrors(r, true), this.expressionScope.exit()), this.toReferencedList(n.arguments)), c2;
  }
  parseTaggedTemplateExpression(e, t, s) {
    let i = this.startNodeAt(t);
    return i.tag = e, i.quasi = this.parseTemplate(true), s.optionalChainMember && this.raise(l.OptionalChainingNoTemplate, t), this.finishNode(i, "TaggedTemplateExpression");
  }
  atPossibleAsyncArrow(e) {
    return e.type === "Identifier" && e.name === "async" && this.state.lastTokEndLoc.index === e.end && !this.canInsertSemicolon() && e.end - e.start === 5 && this.state.canStartArrow;
  }
  finishCallExpression(e, t) {
    if (e.callee.type === "Import") if (e.arguments.length === 0 || e.arguments.length > 2) this.raise(l.ImportCallArity, e);
    else for (let s of e.arguments) s.type === "SpreadElement" && this.raise(l.ImportCallSpreadArgument, s);
    return this.finishNode(e, t ? "OptionalCallExpression" : "CallExpression");
  }
  parseCallExpressionArguments(e, t, s) {
    let i = [], r = true;
    for (; !this.eat(7); ) {
      if (r) r = false;
      else if (this.expect(8), this.match(7)) {
        t && this.addTrailingCommaExtraToNode(t), this.next();
        break;
      }
      i.push(this.parseExprListItem(7, false, s, e));
    }
    return i;
  }
  shouldParseAsyncArrow() {
    return this.match(15) && !this.canInsertSemicolon();
  }
  parseAsyncArrowFromCallExpression(e, t) {
    return this.resetPreviousNodeTrailingComments(t), this.expect(15), this.parseArrowExpression(e, t.arguments, true, t.extra?.trailingCommaLoc), t.innerComments && Pt2(e, t.innerComments), t.callee.trailingComments && Pt2(e, t.callee.trailingComments), e;
  }
  parseNoCallExpr(e) {
    let t = this.state.startLoc, s = this.match(79);
    this.state.canStartArrow = false;
    let i = this.parseExprAtom();
    return s && i.type === "ImportExpression" && e(i), this.parseSubscripts(i, t, true);
  }
  parseExprAtom(e) {
    let t, s = null, { type: i } = this.state;
    switch (i) {
      case 75:
        return this.parseSuper();
      case 79:
        return t = this.startNode(), this.next(), this.match(12) ? this.parseImportMetaPropertyOrPhaseCallOrSyncCall(t) : this.match(6) ? this.optionFlags & 1024 ? this.parseImportCall(t) : this.finishNode(t, "Import") : (this.raise(l.UnsupportedImport, this.state.lastTokStartLoc), this.finishNode(t, "Import"));
      case 74:
        return t = this.startNode(), this.next(), this.finishNode(t, "ThisExpression");
      case 86:
        return this.parseDo(this.startNode(), false);
      case 52:
      case 27:
        return this.readRegexp(), this.parseRegExpLiteral(this.state.value);
      case 134:
        return this.parseNumericLiteral(this.state.value);
      case 135:
        return this.parseBigIntLiteral(this.state.value);
      case 133:
        return this.parseStringLiteral(this.state.value);
      case 80:
        return this.parseNullLiteral();
      case 81:
        return this.parseBooleanLiteral(true);
      case 82:
        return this.parseBooleanLiteral(false);
      case 6:
        return this.parseParenAndDistinguishExpression(this.state.canStartArrow);
      case 0:
        return this.parseArrayLike(1, e);
      case 2:
        return this.parseObjectLike(4, false, e);
      case 64:
        return this.parseFunctionOrFunctionSent();
      case 22:
        s = this.parseDecorators();
      case 76:
        return this.parseClass(this.maybeTakeDecorators(s, this.startNode()), false);
      case 73:
        return this.parseNewOrNewTarget();
      case 21:
      case 20:
        return this.parseTemplate(false);
      case 11: {
        t = this.startNode(), this.next(), t.object = null;
        let r = t.callee = this.parseNoCallExpr((n) => {
          throw this.raise(l.UnsupportedBind, n);
        });
        if (r.type === "MemberExpression") return this.finishNode(t, "BindExpression");
        throw this.raise(l.UnsupportedBind, r);
      }
      case 137:
        return this.raise(l.PrivateInExpectedIn, this.state.startLoc, { identifierName: this.state.value }), this.parsePrivateName();
      case 29:
        return this.parseTopicReferenceThenEqualsSign(50, "%");
      case 28:
        return this.parseTopicReferenceThenEqualsSign(40, "^");
      case 33:
      case 34:
        return this.parseTopicReference("hack");
      case 40:
      case 50:
      case 23: {
        let r = this.getPluginOption("pipelineOperator", "proposal");
        if (r) return this.parseTopicReference(r);
        throw this.unexpected();
      }
      case 43: {
        let r = this.input.codePointAt(this.nextTokenStart());
        throw (_(r) || r === 62) && this.expectOnePlugin(["jsx", "flow", "typescript"]), this.unexpected();
      }
      default:
        if (C(i)) {
          if (this.isContextual(126) && this.lookaheadInLineCharCode() === 123) return this.parseModuleExpression();
          let { canStartArrow: r, containsEsc: n } = this.state, o = this.parseIdentifier();
          if (!n && o.name === "async" && !this.canInsertSemicolon()) {
            let { type: h2 } = this.state;
            if (h2 === 64) return this.resetPreviousNodeTrailingComments(o), this.next(), this.parseAsyncFunctionExpression(this.startNodeAtNode(o));
            if (C(h2)) return r && this.lookaheadCharCode() === 61 ? this.parseAsyncArrowUnaryFunction(this.startNodeAtNode(o)) : o;
            if (h2 === 86) return this.resetPreviousNodeTrailingComments(o), this.parseDo(this.startNodeAtNode(o), true);
          }
          return r && this.match(15) && !this.canInsertSemicolon() ? (this.next(), this.parseArrowExpression(this.startNodeAtNode(o), [o], false)) : o;
        } else throw this.unexpected();
    }
  }
  parseTopicReferenceThenEqualsSign(e, t) {
    let s = this.getPluginOption("pipelineOperator", "proposal");
    if (s) return this.state.type = e, this.state.value = t, this.state.pos--, this.state.end--, this.state.endLoc = F(this.state.endLoc, -1), this.parseTopicReference(s);
    throw this.unexpected();
  }
  parseTopicReference(e) {
    let t = this.startNode(), s = this.state.startLoc, i = this.state.type;
    return this.next(), this.finishTopicReference(t, s, e, i);
  }
  finishTopicReference(e, t, s, i) {
    if (this.testTopicReferenceConfiguration(s, t, i)) return this.topicReferenceIsAllowedInCurrentContext() || this.raise(l.PipeTopicUnbound, t), this.registerTopicReference(), this.finishNode(e, "TopicReference");
    throw this.raise(l.PipeTopicUnconfiguredToken, t, { token: $2(i) });
  }
  testTopicReferenceConfiguration(e, t, s) {
    if (e === "hack") return this.hasPlugin(["pipelineOperator", { topicToken: $2(s) }]);
    throw this.raise(l.PipeTopicRequiresHackPipes, t);
  }
  parseAsyncArrowUnaryFunction(e) {
    this.prodParam.enter(kt2(true, this.prodParam.hasYield));
    let t = [this.parseIdentifier()];
    return this.prodParam.exit(), this.hasPrecedingLineBreak() && this.raise(l.LineTerminatorBeforeArrow, this.state.curPosition()), this.expect(15), this.parseArrowExpression(e, t, true);
  }
  parseDo(e, t) {
    this.expectPlugin("doExpressions"), t && this.expectPlugin("asyncDoExpressions"), e.async = t, this.next();
    let s = this.state.labels;
    return this.state.labels = [], t ? (this.prodParam.enter(2), e.body = this.parseBlock(), this.prodParam.exit()) : e.body = this.parseBlock(), this.state.labels = s, this.finishNode(e, "DoExpression");
  }
  parseSuper() {
    let e = this.startNode();
    return this.next(), this.match(6) && !this.scope.allowDirectSuper ? this.raise(l.SuperNotAllowed, e) : this.scope.allowSuper || this.raise(l.UnexpectedSuper, e), !this.match(6) && !this.match(0) && !this.match(12) && this.raise(l.UnsupportedSuper, e), this.finishNode(e, "Super");
  }
  parsePrivateName() {
    let e = this.startNode(), t = this.startNodeAt(F(this.state.startLoc, 1)), s = this.state.value;
    return this.next(), e.id = this.createIdentifier(t, s), this.finishNode(e, "PrivateName");
  }
  parseFunctionOrFunctionSent() {
    let e = this.startNode();
    if (this.next(), this.prodParam.hasYield && this.match(12)) {
      let t = this.createIdentifier(this.startNodeAtNode(e), "function");
      return this.next(), this.match(100) ? this.expectPlugin("functionSent") : this.hasPlugin("functionSent") || this.unexpected(), this.parseMetaProperty(e, t, "sent");
    }
    return this.parseFunction(e);
  }
  parseMetaProperty(e, t, s) {
    e.meta = t;
    let i = this.state.containsEsc;
    return e.property = this.parseIdentifier(true), (e.property.name !== s || i) && this.raise(l.UnsupportedMetaProperty, e.property, { target: t.name, onlyValidPropertyName: s }), this.finishNode(e, "MetaProperty");
  }
  parseImportMetaPropertyOrPhaseCallOrSyncCall(e) {
    if (this.next(), this.isContextual(102) || this.isContextual(94)) {
      let t = this.isContextual(102);
      return this.expectPlugin(t ? "sourcePhaseImports" : "deferredImportEvaluation"), this.next(), e.phase = t ? "source" : "defer", this.parseImportCall(e);
    } else {
      if (this.isContextual(105)) return this.expectPlugin("importSync"), this.next(), e.sync = true, this.parseImportCall(e);
      {
        let t = this.createIdentifierAt(this.startNodeAtNode(e), "import", this.state.lastTokStartLoc);
        return this.isContextual(98) && (this.inModule || this.raise(l.ImportMetaOutsideModule, t), this.sawUnambiguousESM = true), this.parseMetaProperty(e, t, "meta");
      }
    }
  }
  parseLiteralAtNode(e, t, s) {
    return this.addExtra(s, "rawValue", e), this.addExtra(s, "raw", this.input.slice(this.offsetToSourcePos(s.start), this.state.end)), s.value = e, this.next(), this.finishNode(s, t);
  }
  parseLiteral(e, t) {
    let s = this.startNode();
    return this.parseLiteralAtNode(e, t, s);
  }
  parseStringLiteral(e) {
    return this.parseLiteral(e, "StringLiteral");
  }
  parseNumericLiteral(e) {
    return this.parseLiteral(e, "NumericLiteral");
  }
  parseBigIntLiteral(e) {
    let t;
    try {
      t = BigInt(e);
    } catch {
      t = null;
    }
    return this.parseLiteral(t, "BigIntLiteral");
  }
  parseRegExpLiteral(e) {
    let t = this.startNode();
    return this.addExtra(t, "raw", this.input.slice(this.offsetToSourcePos(t.start), this.state.end)), t.pattern = e.pattern, t.flags = e.flags, this.next(), this.finishNode(t, "RegExpLiteral");
  }
  parseBooleanLiteral(e) {
    let t = this.startNode();
    return t.value = e, this.next(), this.finishNode(t, "BooleanLiteral");
  }
  parseNullLiteral() {
    let e = this.startNode();
    return this.next(), this.finishNode(e, "NullLiteral");
  }
  parseParenAndDistinguishExpression(e) {
    let t = this.state.startLoc, s;
    this.next(), this.expressionScope.enter(ir2());
    let i = this.state.startLoc, r = [], n = new W2(), o = true, h2, c2;
    for (; !this.match(7); ) {
      if (o) o = false;
      else if (this.expect(8, n.optionalParametersLoc === null ? null : n.optionalParametersLoc), this.match(7)) {
        c2 = this.state.startLoc;
        break;
      }
      if (this.match(17)) {
        let m = this.state.startLoc;
        if (h2 = this.state.startLoc, r.push(this.parseParenItem(this.parseRestBinding(), m)), !this.checkCommaAfterRest(41)) break;
      } else r.push(this.parseMaybeAssignAllowInOrVoidPattern(7, n, true));
    }
    let u = this.state.lastTokEndLoc;
    this.expect(7);
    let f = this.startNodeAt(t);
    return e && this.shouldParseArrow(r) && (f = this.parseArrow(f)) ? (this.checkDestructuringPrivate(n), this.expressionScope.validateAsPattern(), this.expressionScope.exit(), this.parseArrowExpression(f, r, false), f) : (this.expressionScope.exit(), r.length || this.unexpected(this.state.lastTokStartLoc), c2 && this.unexpected(c2), h2 && this.unexpected(h2), this.checkExpressionErrors(n, true), this.toReferencedList(r, true), r.length > 1 ? (s = this.startNodeAt(i), s.expressions = r, this.finishNode(s, "SequenceExpression"), this.resetEndLocation(s, u)) : s = r[0], this.wrapParenthesis(t, s));
  }
  wrapParenthesis(e, t) {
    if (!(this.optionFlags & 2048)) return this.addExtra(t, "parenthesized", true), this.addExtra(t, "parenStart", e.index), this.takeSurroundingComments(t, e.index, this.state.lastTokEndLoc.index), t;
    let s = this.startNodeAt(e);
    return s.expression = t, this.finishNode(s, "ParenthesizedExpression");
  }
  shouldParseArrow(e) {
    return !this.canInsertSemicolon();
  }
  parseArrow(e) {
    if (this.eat(15)) return e;
  }
  parseParenItem(e, t) {
    return e;
  }
  parseNewOrNewTarget() {
    let e = this.startNode();
    if (this.next(), this.match(12)) {
      let t = this.createIdentifier(this.startNodeAtNode(e), "new");
      this.next();
      let s = this.parseMetaProperty(e, t, "target");
      return this.scope.allowNewTarget || this.raise(l.UnexpectedNewTarget, s), s;
    }
    return this.parseNew(e);
  }
  parseNew(e) {
    if (this.parseNewCallee(e), this.eat(6)) {
      let t = this.parseExprList(7);
      this.toReferencedList(t), e.arguments = t;
    } else e.arguments = [];
    return this.finishNode(e, "NewExpression");
  }
  parseNewCallee(e) {
    let t = this.parseNoCallExpr((s) => {
      this.raise(l.ImportCallNotNewExpression, s, s);
    });
    e.callee = t, t.type === "Import" && this.raise(l.ImportCallNotNewExpression, t), t.type === "Super" && this.raise(l.SuperCallNotNewExpression, t);
  }
  parseTemplateElement(e) {
    let { start: t, startLoc: s, end: i, value: r } = this.state, n = t + 1, o = this.startNodeAt(F(s, 1));
    r === null && (e || this.raise(l.InvalidEscapeSequenceTemplate, F(this.state.firstInvalidTemplateEscapePos, 1)));
    let h2 = this.match(20), c2 = h2 ? -1 : -2, u = i + c2;
    o.value = { raw: this.input.slice(n, u).replace(/\r\n?/g, `
`), cooked: r === null ? null : r.slice(1, c2) }, o.tail = h2, this.next();
    let f = this.finishNode(o, "TemplateElement");
    return this.resetEndLocation(f, F(this.state.lastTokEndLoc, c2)), f;
  }
  parseTemplate(e) {
    let t = this.startNode(), s = this.parseTemplateElement(e), i = [s], r = [];
    for (; !s.tail; ) r.push(this.parseTemplateSubstitution()), this.readTemplateContinuation(), i.push(s = this.parseTemplateElement(e));
    return t.expressions = r, t.quasis = i, this.finishNode(t, "TemplateLiteral");
  }
  parseTemplateSubstitution() {
    return this.parseExpression();
  }
  parseObjectLike(e, t, s) {
    let i = false, r = true, n = this.startNode();
    for (n.properties = [], this.next(); !this.match(e); ) {
      if (r) r = false;
      else if (this.expect(8), this.match(e)) {
        this.addTrailingCommaExtraToNode(n);
        break;
      }
      let h2;
      t ? h2 = this.parseBindingProperty() : (h2 = this.parsePropertyDefinition(s), i = this.checkProto(h2, i, s)), n.properties.push(h2);
    }
    this.next();
    let o = t ? "ObjectPattern" : "ObjectExpression";
    return this.finishNode(n, o);
  }
  addTrailingCommaExtraToNode(e) {
    this.addExtra(e, "trailingComma", this.state.lastTokStartLoc.index), this.addExtra(e, "trailingCommaLoc", this.state.lastTokStartLoc, false);
  }
  maybeAsyncOrAccessorProp(e) {
    return !e.computed && e.key.type === "Identifier" && (this.isLiteralPropertyName() || this.match(0) || this.match(51));
  }
  parsePropertyDefinition(e) {
    let t = [];
    if (this.match(22)) for (this.hasPlugin("decorators") && this.raise(l.UnsupportedPropertyDecorator, this.state.startLoc); this.match(22); ) t.push(this.parseDecorator());
    let s = this.startNode(), i = false, r = false, n;
    if (this.match(17)) return t.length && this.unexpected(), this.parseSpread();
    t.length && (s.decorators = t), s.method = false, e && (n = this.state.startLoc);
    let o = this.eat(51);
    this.parsePropertyNamePrefixOperator(s);
    let h2 = this.state.containsEsc;
    if (this.parsePropertyName(s, e), !o && !h2 && this.maybeAsyncOrAccessorProp(s)) {
      let { key: c2 } = s, u = c2.name;
      u === "async" && !this.hasPrecedingLineBreak() && (i = true, this.resetPreviousNodeTrailingComments(c2), o = this.eat(51), this.parsePropertyName(s)), (u === "get" || u === "set") && (r = true, this.resetPreviousNodeTrailingComments(c2), s.kind = u, this.match(51) && (o = true, this.raise(l.AccessorIsGenerator, this.state.curPosition(), { kind: u }), this.next()), this.parsePropertyName(s));
    }
    return this.parseObjPropValue(s, n, o, i, false, r, e);
  }
  getGetterSetterExpectedParamCount(e) {
    return e.kind === "get" ? 0 : 1;
  }
  getObjectOrClassMethodParams(e) {
    return e.params;
  }
  checkGetterSetterParams(e) {
    let t = this.getGetterSetterExpectedParamCount(e), s = this.getObjectOrClassMethodParams(e);
    s.length !== t && this.raise(e.kind === "get" ? l.BadGetterArity : l.BadSetterArity, e), e.kind === "set" && s[s.length - 1]?.type === "RestElement" && this.raise(l.BadSetterRestParameter, e);
  }
  parseObjectMethod(e, t, s, i, r) {
    if (r) {
      let n = this.parseMethod(e, t, false, false, false, "ObjectMethod");
      return this.checkGetterSetterParams(n), n;
    }
    if (s || t || this.match(6)) return i && this.unexpected(), e.kind = "method", e.method = true, this.parseMethod(e, t, s, false, false, "ObjectMethod");
  }
  parseObjectProperty(e, t, s, i) {
    if (e.shorthand = false, this.eat(10)) return e.value = s ? this.parseMaybeDefault(this.state.startLoc) : this.parseMaybeAssignAllowInOrVoidPattern(4, i), this.finishObjectProperty(e);
    if (!e.computed && e.key.type === "Identifier") {
      if (this.checkReservedWord(e.key.name, e.key.start, true, false), s) e.value = this.parseMaybeDefault(t, this.cloneIdentifier(e.key));
      else if (this.match(25)) {
        let r = this.state.startLoc;
        i != null ? i.shorthandAssignLoc === null && (i.shorthandAssignLoc = r) : this.raise(l.InvalidCoverInitializedName, r), e.value = this.parseMaybeDefault(t, this.cloneIdentifier(e.key));
      } else e.value = this.cloneIdentifier(e.key);
      return e.shorthand = true, this.finishObjectProperty(e);
    }
  }
  finishObjectProperty(e) {
    return this.finishNode(e, "ObjectProperty");
  }
  parseObjPropValue(e, t, s, i, r, n, o) {
    let h2 = this.parseObjectMethod(e, s, i, r, n) || this.parseObjectProperty(e, t, r, o);
    return h2 || this.unexpected(), h2;
  }
  parsePropertyName(e, t) {
    if (this.eat(0)) e.computed = true, e.key = this.parseMaybeAssignAllowIn(), this.expect(1);
    else {
      let { type: s, value: i } = this.state, r;
      if (O2(s)) r = this.parseIdentifier(true);
      else switch (s) {
        case 134:
          r = this.parseNumericLiteral(i);
          break;
        case 133:
          r = this.parseStringLiteral(i);
          break;
        case 135:
          r = this.parseBigIntLiteral(i);
          break;
        case 137: {
          let n = this.state.startLoc;
          t != null ? t.privateKeyLoc === null && (t.privateKeyLoc = n) : this.raise(l.UnexpectedPrivateField, n), r = this.parsePrivateName();
          break;
        }
        default:
          throw this.unexpected();
      }
      e.key = r, s !== 137 && (e.computed = false);
    }
  }
  initFunction(e, t) {
    e.id = null, e.generator = false, e.async = t;
  }
  parseMethod(e, t, s, i, r, n, o = false) {
    this.initFunction(e, s), e.generator = t, this.scope.enter(530 | (o ? 576 : 0) | (r ? 32 : 0)), this.prodParam.enter(kt2(s, e.generator)), this.parseFunctionParams(e, i);
    let h2 = this.parseFunctionBodyAndFinish(e, n, true);
    return this.prodParam.exit(), this.scope.exit(), h2;
  }
  parseArrayLike(e, t) {
    let s = this.startNode();
    return this.next(), s.elements = this.parseExprList(e, true, t, s), this.finishNode(s, "ArrayExpression");
  }
  parseArrowExpression(e, t, s, i) {
    this.scope.enter(518);
    let r = kt2(s, false), n = this.match(2);
    return n || (r |= this.prodParam.currentFlags() & 24), this.prodParam.enter(r), this.initFunction(e, s), t && this.setArrowFunctionParameters(e, t, i), this.parseFunctionBody(e, true), n && (this.state.regExpAllowedAt = this.state.lastTokEndLoc.index), this.prodParam.exit(), this.scope.exit(), this.finishNode(e, "ArrowFunctionExpression");
  }
  setArrowFunctionParameters(e, t, s) {
    this.toAssignableList(t, s, false), e.params = t;
  }
  parseFunctionBodyAndFinish(e, t, s = false) {
    return this.parseFunctionBody(e, false, s), this.finishNode(e, t);
  }
  parseFunctionBody(e, t, s = false) {
    let i = t && !this.match(2);
    if (this.expressionScope.enter(ye2), i) e.body = this.parseMaybeAssign(), this.checkParams(e, false, t, false);
    else {
      let r = this.state.strict, n = this.state.labels;
      this.state.labels = [], this.prodParam.enter(this.prodParam.currentFlags() | 4), e.body = this.parseBlock(true, false, (o) => {
        let h2 = !this.isSimpleParamList(e.params);
        o && h2 && this.raise(l.IllegalLanguageModeDirective, (e.kind === "method" || e.kind === "constructor") && e.key ? this.optionFlags & 256 ? e.key.loc.end : e.key : e);
        let c2 = !r && this.state.strict;
        this.checkParams(e, !this.state.strict && !t && !s && !h2, t, c2), e.id && this.checkStrictBindReservedWord(e.id, 65, c2);
      }), this.prodParam.exit(), this.state.labels = n;
    }
    this.expressionScope.exit();
  }
  isSimpleParameter(e) {
    return e.type === "Identifier";
  }
  isSimpleParamList(e) {
    for (let t = 0, s = e.length; t < s; t++) if (!this.isSimpleParameter(e[t])) return false;
    return true;
  }
  checkParams(e, t, s, i = true) {
    let r = !t && /* @__PURE__ */ new Set(), n = { type: "FormalParameters" };
    for (let o of e.params) this.checkLVal(o, n, 5, r, i);
  }
  parseExprList(e, t, s, i) {
    let r = [], n = true;
    for (; !this.eat(e); ) {
      if (n) n = false;
      else if (this.expect(8), this.match(e)) {
        i && this.addTrailingCommaExtraToNode(i), this.next();
        break;
      }
      r.push(this.parseExprListItem(e, t, s));
    }
    return r;
  }
  parseExprListItem(e, t, s, i) {
    let r;
    if (this.match(8)) t || this.raise(l.UnexpectedToken, this.state.curPosition(), { unexpected: "," }), r = null;
    else if (this.match(17)) {
      let n = this.state.startLoc;
      r = this.parseParenItem(this.parseSpread(s), n);
    } else if (this.match(13)) {
      this.expectPlugin("partialApplication"), i || this.raise(l.UnexpectedArgumentPlaceholder, this.state.startLoc);
      let n = this.startNode();
      this.next(), r = this.finishNode(n, "ArgumentPlaceholder");
    } else r = this.parseMaybeAssignAllowInOrVoidPattern(e, s, true);
    return r;
  }
  parseIdentifier(e) {
    let t = this.startNode(), s = this.parseIdentifierName(e);
    return this.createIdentifier(t, s);
  }
  createIdentifier(e, t) {
    return e.name = t, this.optionFlags & 256 && (e.loc.identifierName = t), this.finishNode(e, "Identifier");
  }
  createIdentifierAt(e, t, s) {
    return e.name = t, this.optionFlags & 256 && (e.loc.identifierName = t), this.finishNodeAt(e, "Identifier", s);
  }
  parseIdentifierName(e) {
    let t, { start: s, type: i } = this.state;
    O2(i) ? t = this.state.value : this.unexpected();
    let r = bi2(i);
    return e ? r && this.replaceToken(131) : this.checkReservedWord(t, this.sourceToOffsetPos(s), r, false), this.next(), t;
  }
  checkReservedWord(e, t, s, i) {
    if (e.length > 10 || !Ui2(e)) return;
    if (s && os(e)) {
      this.raise(l.UnexpectedKeyword, t, { keyword: e });
      return;
    }
    if ((this.state.strict ? i ? ns : rs : De2)(e, this.inModule)) {
      this.raise(l.UnexpectedReservedWord, t, { reservedWord: e });
      return;
    } else if (e === "yield") {
      if (this.prodParam.hasYield) {
        this.raise(l.YieldBindingIdentifier, t);
        return;
      }
    } else if (e === "await") {
      if (this.prodParam.hasAwait) {
        this.raise(l.AwaitBindingIdentifier, t);
        return;
      }
      if (this.scope.inStaticBlock) {
        this.raise(l.AwaitBindingIdentifierInStaticBlock, t);
        return;
      }
      this.expressionScope.recordAsyncArrowParametersError(t);
    } else if (e === "arguments" && this.scope.inClassAndNotInNonArrowFunction) {
      this.raise(l.ArgumentsInClass, t);
      return;
    }
  }
  recordAwaitIfAllowed() {
    let e = this.prodParam.hasAwait;
    return e && !this.scope.inFunction && (this.state.hasTopLevelAwait = true), e;
  }
  parseAwait(e, t) {
    let s = e.index, i = this.startNodeAt(e);
    return this.expressionScope.recordParameterInitializerError(l.AwaitExpressionFormalParameter, s), this.eat(51) && this.raise(l.ObsoleteAwaitStar, e), !this.scope.inFunction && !(this.optionFlags & 1) && (this.isAmbiguousPrefixOrIdentifier() ? this.ambiguousScriptDifferentAst = true : this.sawUnambiguousESM = true), t || (this.state.canStartArrow = false, i.argument = this.parseMaybeUnary(null, true)), this.finishNode(i, "AwaitExpression");
  }
  isAmbiguousPrefixOrIdentifier() {
    if (this.hasPrecedingLineBreak()) return true;
    let { type: e } = this.state;
    return e === 49 || e === 6 || e === 0 || te2(e) || e === 99 && !this.state.containsEsc || e === 136 || e === 52 || this.hasPlugin("v8intrinsic") && e === 50;
  }
  parseYield(e) {
    let t = this.startNodeAt(e);
    this.expressionScope.recordParameterInitializerError(l.YieldInParameter, e.index);
    let s = false, i = null;
    if (!this.hasPrecedingLineBreak()) switch (s = this.eat(51), this.state.type) {
      case 9:
      case 138:
      case 4:
      case 7:
      case 1:
      case 5:
      case 10:
      case 8:
        if (!s) break;
      case 54:
        if (this.options.annexB && !s) break;
      default:
        i = this.parseMaybeAssign();
    }
    return i || (this.state.regExpAllowedAt = this.state.lastTokEndLoc.index), t.delegate = s, t.argument = i, this.finishNode(t, "YieldExpression");
  }
  parseImportCall(e) {
    this.next();
    let t = this.parseCallExpressionArguments();
    if (t.length === 0 || t.length > 2) this.raise(l.ImportCallArity, e, e);
    else for (let s of t) s.type === "SpreadElement" && this.raise(l.ImportCallSpreadArgument, s, e);
    return e.source = t[0], e.options = t[1] ?? null, this.finishNode(e, "ImportExpression");
  }
  withTopicBindingContext(e) {
    let t = this.state.inHackPipelineBody;
    this.state.inHackPipelineBody = true;
    let s = this.state.seenTopicReference;
    this.state.seenTopicReference = false;
    try {
      return e();
    } finally {
      this.state.inHackPipelineBody = t, this.state.seenTopicReference = s;
    }
  }
  allowInAnd(e) {
    let t = this.prodParam.currentFlags();
    if (24 & ~t) {
      this.prodParam.enter(t | 8 | 16);
      try {
        return e();
      } finally {
        this.prodParam.exit();
      }
    }
    return e();
  }
  disallowInAnd(e) {
    let t = this.prodParam.currentFlags(), s = 8 & t, i = 16 & ~t;
    if (s || i) {
      this.prodParam.enter(t & -9 | 16);
      try {
        return e();
      } finally {
        this.prodParam.exit();
      }
    }
    return e();
  }
  registerTopicReference() {
    this.state.seenTopicReference = true;
  }
  topicReferenceIsAllowedInCurrentContext() {
    return this.state.inHackPipelineBody;
  }
  topicReferenceWasUsedInCurrentContext() {
    return this.state.seenTopicReference;
  }
  parseFSharpPipelineBody(e) {
    let t = this.state.startLoc;
    this.prodParam.enter(this.prodParam.currentFlags() & -17);
    let s;
    if (this.isContextual(93) && this.recordAwaitIfAllowed()) {
      this.next(), s = this.parseAwait(t, true);
      let i = this.state.type;
      i !== 35 && this.isBinaryOperator(i) && this.raise(l.PipelineUnparenthesized, t);
    } else this.state.canStartArrow = true, s = this.parseExprOp(this.parseMaybeUnaryOrPrivate(), t, e);
    return this.prodParam.exit(), s;
  }
  parseModuleExpression() {
    this.expectPlugin("moduleBlocks");
    let e = this.startNode();
    this.next(), this.match(2) || this.unexpected(null, 2);
    let t = this.startNodeAt(this.state.endLoc);
    this.next();
    let s = this.initializeScopes(true);
    this.enterInitialScopes();
    try {
      e.body = this.parseProgram(t, 4, "module");
    } finally {
      s();
    }
    return this.finishNode(e, "ModuleExpression");
  }
  parseVoidPattern(e) {
    this.expectPlugin("discardBinding");
    let t = this.startNode();
    return e != null && (e.voidPatternLoc = this.state.startLoc), this.next(), this.finishNode(t, "VoidPattern");
  }
  parseMaybeAssignAllowInOrVoidPattern(e, t, s) {
    if (t != null && this.match(84)) {
      let i = this.lookaheadCharCode();
      if (i === 44 || i === (e === 1 ? 93 : e === 4 ? 125 : 41) || i === 61) return this.parseMaybeDefault(this.state.startLoc, this.parseVoidPattern(t));
    }
    return this.parseMaybeAssignAllowIn(t, s);
  }
  parsePropertyNamePrefixOperator(e) {
  }
};
var Gt2 = { kind: 1 };
var or2 = { kind: 2 };
var hr2 = /[\uD800-\uDFFF]/u;
var Xt2 = /in(?:stanceof)?/y;
var Yt2 = /[a-z]{2,10}/y;
function ps(a2) {
  for (let e = 0; e < a2.length; e++) {
    let t = a2[e], { type: s } = t;
    typeof s == "number" && (t.type = ss(s));
  }
  return a2;
}
var Se2 = class extends Ae2 {
  parseTopLevel(e, t) {
    return e.program = this.parseProgram(t, 138, this.options.sourceType === "module" ? "module" : "script"), e.comments = this.comments, this.optionFlags & 512 && (e.tokens = ps(this.tokens)), this.finishNode(e, "File");
  }
  parseProgram(e, t, s) {
    if (e.sourceType = s, e.interpreter = this.parseInterpreterDirective(), this.parseBlockBody(e, true, true, t), this.inModule) {
      if (!(this.optionFlags & 64) && this.scope.undefinedExports.size > 0) for (let [r, n] of Array.from(this.scope.undefinedExports)) this.raise(l.ModuleExportUndefined, n, { localName: r });
      this.addExtra(e, "topLevelAwait", this.state.hasTopLevelAwait);
    }
    let i;
    return t === 138 ? i = this.finishNode(e, "Program") : i = this.finishNodeAt(e, "Program", F(this.state.startLoc, -1)), i;
  }
  stmtToDirective(e) {
    let t = this.castNodeTo(e, "Directive"), s = this.castNodeTo(e.expression, "DirectiveLiteral"), i = s.value, r = this.input.slice(this.offsetToSourcePos(s.start), this.offsetToSourcePos(s.end)), n = s.value = r.slice(1, -1);
    return this.addExtra(s, "raw", r), this.addExtra(s, "rawValue", n), this.addExtra(s, "expressionValue", i), t.value = s, delete e.expression, t;
  }
  parseInterpreterDirective() {
    if (!this.match(24)) return null;
    let e = this.startNode();
    return e.value = this.state.value, this.next(), this.finishNode(e, "InterpreterDirective");
  }
  isLet() {
    return this.isContextual(97) ? this.hasFollowingBindingAtom() : false;
  }
  isUsing() {
    return this.isContextual(106) ? this.nextTokenIsIdentifierOnSameLine() : false;
  }
  isForUsing() {
    if (!this.isContextual(106)) return false;
    let e = this.nextTokenInLineStart(), t = this.codePointAtPos(e);
    if (this.isUnparsedContextual(e, "of")) {
      let s = this.lookaheadCharCodeSince(e + 2);
      if (s !== 61 && s !== 58 && s !== 59) return false;
    }
    return !!(this.chStartsBindingIdentifier(t, e) || this.isUnparsedContextual(e, "void"));
  }
  nextTokenIsIdentifierOnSameLine() {
    let e = this.nextTokenInLineStart(), t = this.codePointAtPos(e);
    return this.chStartsBindingIdentifier(t, e);
  }
  isAwaitUsing() {
    if (!this.isContextual(93)) return false;
    let e = this.nextTokenInLineStart();
    if (this.isUnparsedContextual(e, "using")) {
      e = this.nextTokenInLineStartSince(e + 5);
      let t = this.codePointAtPos(e);
      if (this.chStartsBindingIdentifier(t, e)) return true;
    }
    return false;
  }
  chStartsBindingIdentifier(e, t) {
    if (_(e)) {
      if (Xt2.lastIndex = t, Xt2.test(this.input)) {
        let s = this.codePointAtPos(Xt2.lastIndex);
        if (!K2(s) && s !== 92) return false;
      }
      return true;
    } else return e === 92;
  }
  isReservedWordOnNewLineAfterLet(e) {
    if (!re2(this.input, this.state.end, e) || (Yt2.lastIndex = e, !Yt2.test(this.input))) return false;
    let t = Yt2.lastIndex, s = this.codePointAtPos(t);
    if (K2(s) || s === 92) return false;
    let i = this.input.slice(e, t);
    return os(i) || De2(i, false);
  }
  chStartsBindingPattern(e) {
    return e === 91 || e === 123;
  }
  hasFollowingBindingAtom() {
    let e = this.nextTokenStart(), t = this.codePointAtPos(e);
    return this.chStartsBindingPattern(t) || this.chStartsBindingIdentifier(t, e);
  }
  hasInLineFollowingBindingIdentifierOrBrace() {
    let e = this.nextTokenInLineStart(), t = this.codePointAtPos(e);
    return t === 123 || this.chStartsBindingIdentifier(t, e);
  }
  allowsUsing() {
    return (this.scope.inModule || !this.scope.inTopLevel) && !this.scope.inBareCaseStatement;
  }
  parseModuleItem() {
    return this.parseStatementLike(15);
  }
  parseStatementListItem() {
    return this.parseStatementLike(6 | (!this.options.annexB || this.state.strict ? 0 : 8));
  }
  parseStatementOrSloppyAnnexBFunctionDeclaration(e = false) {
    let t = 0;
    return this.options.annexB && !this.state.strict && (t |= 4, e && (t |= 8)), this.parseStatementLike(t);
  }
  parseStatement() {
    return this.parseStatementLike(0);
  }
  parseStatementLike(e) {
    let t = null;
    return this.match(22) && (t = this.parseDecorators(true)), this.parseStatementContent(e, t);
  }
  parseStatementContent(e, t) {
    let s = this.state.type, i = this.startNode(), r = !!(e & 2), n = !!(e & 4), o = e & 1;
    switch (s) {
      case 56:
        return this.parseBreakContinueStatement(i, true);
      case 59:
        return this.parseBreakContinueStatement(i, false);
      case 60:
        return this.parseDebuggerStatement(i);
      case 86:
        return this.parseDoWhileStatement(i);
      case 87:
        return this.parseForStatement(i);
      case 64:
        if (this.lookaheadCharCode() === 46) break;
        return n || this.raise(this.state.strict ? l.StrictFunction : this.options.annexB ? l.SloppyFunctionAnnexB : l.SloppyFunction, this.state.startLoc), this.parseFunctionStatement(i, false, e);
      case 76:
        return r || this.unexpected(), this.parseClass(this.maybeTakeDecorators(t, i), true);
      case 104:
        if (!this.state.containsEsc && this.nextTokenIsIdentifierOnSameLine()) return this.expectPlugin("structs"), r || this.unexpected(), this.parseStructDeclaration(i, false);
        break;
      case 65:
        return this.parseIfStatement(i);
      case 66:
        return this.parseReturnStatement(i);
      case 67:
        return this.parseSwitchStatement(i);
      case 68:
        return this.parseThrowStatement(i);
      case 69:
        return this.parseTryStatement(i);
      case 93:
        if (this.isAwaitUsing()) return this.allowsUsing() ? r ? this.recordAwaitIfAllowed() || this.raise(l.AwaitUsingNotInAsyncContext, i) : this.raise(l.UnexpectedLexicalDeclaration, i) : this.raise(l.UnexpectedUsingDeclaration, i), this.next(), this.parseVarStatement(i, "await using");
        break;
      case 106:
        if (this.state.containsEsc || !this.hasInLineFollowingBindingIdentifierOrBrace()) break;
        return this.allowsUsing() ? r || this.raise(l.UnexpectedLexicalDeclaration, this.state.startLoc) : this.raise(l.UnexpectedUsingDeclaration, this.state.startLoc), this.parseVarStatement(i, "using");
      case 97: {
        if (this.state.containsEsc) break;
        let u = this.nextTokenStart(), f = this.codePointAtPos(u);
        if (f !== 91 && (!r && this.hasFollowingLineBreak() || !this.chStartsBindingIdentifier(f, u) && f !== 123 || this.isReservedWordOnNewLineAfterLet(u))) break;
      }
      case 71:
        r || this.raise(l.UnexpectedLexicalDeclaration, this.state.startLoc);
      case 70: {
        let u = this.state.value;
        return this.parseVarStatement(i, u);
      }
      case 88:
        return this.parseWhileStatement(i);
      case 72:
        return this.parseWithStatement(i);
      case 2:
        return this.parseBlock();
      case 9:
        return this.parseEmptyStatement(i);
      case 79: {
        let u = this.lookaheadCharCode();
        if (u === 40 || u === 46) break;
      }
      case 78: {
        !(this.optionFlags & 8) && !o && this.raise(l.UnexpectedImportExport, this.state.startLoc), this.next();
        let u;
        return s === 79 ? u = this.parseImport(i) : u = this.parseExport(i, t), this.assertModuleNodeAllowed(u), u;
      }
      default:
        if (this.isAsyncFunction()) return r || this.raise(l.AsyncFunctionInSingleStatementContext, this.state.startLoc), this.next(), this.parseFunctionStatement(i, true, e);
    }
    let h2 = this.state.value;
    if (s === 89 && this.lookahead().type === 10) {
      let u = this.parseIdentifier(true);
      return this.next(), this.parseLabeledStatement(i, h2, u, e);
    }
    let c2 = this.parseExpression();
    return C(s) && c2.type === "Identifier" && this.eat(10) ? this.parseLabeledStatement(i, h2, c2, e) : this.parseExpressionStatement(i, c2, e);
  }
  assertModuleNodeAllowed(e) {
    !(this.optionFlags & 8) && !this.inModule && this.raise(l.ImportOutsideModule, e);
  }
  maybeTakeDecorators(e, t, s) {
    return e && (t.decorators?.length ? (this.raise(l.DecoratorsBeforeAfterExport, t.decorators[0]), t.decorators.unshift(...e)) : t.decorators = e, this.resetStartLocationFromNode(t, e[0]), s && this.resetStartLocationFromNode(s, t)), t;
  }
  canHaveLeadingDecorator() {
    return this.match(76);
  }
  parseDecorators(e) {
    let t = [];
    do
      t.push(this.parseDecorator());
    while (this.match(22));
    if (this.match(78)) e || this.unexpected();
    else if (!this.canHaveLeadingDecorator()) throw this.raise(l.UnexpectedLeadingDecorator, this.state.startLoc);
    return t;
  }
  parseDecorator() {
    this.expectOnePlugin(["decorators", "decorators-legacy"]);
    let e = this.startNode();
    if (this.next(), this.hasPlugin("decorators")) {
      let t = this.state.startLoc, s;
      if (this.match(6)) {
        let i = this.state.startLoc;
        this.next(), s = this.parseExpression(), this.expect(7), s = this.wrapParenthesis(i, s);
        let r = this.state.startLoc;
        e.expression = this.parseMaybeDecoratorArguments(s, i), e.expression !== s && this.raise(l.DecoratorArgumentsOutsideParentheses, r);
      } else {
        for (s = this.parseIdentifier(false); this.eat(12); ) {
          let i = this.startNodeAt(t);
          i.object = s, this.match(137) ? (this.classScope.usePrivateName(this.state.value, this.state.startLoc), i.property = this.parsePrivateName()) : i.property = this.parseIdentifier(true), i.computed = false, s = this.finishNode(i, "MemberExpression");
        }
        e.expression = this.parseMaybeDecoratorArguments(s, t);
      }
    } else this.state.canStartArrow = false, e.expression = this.parseExprSubscripts();
    return this.finishNode(e, "Decorator");
  }
  parseMaybeDecoratorArguments(e, t) {
    if (this.eat(6)) {
      let s = this.startNodeAt(t);
      return s.callee = e, s.arguments = this.parseCallExpressionArguments(), this.toReferencedList(s.arguments), this.finishNode(s, "CallExpression");
    }
    return e;
  }
  parseBreakContinueStatement(e, t) {
    return this.next(), this.isLineTerminator() ? e.label = null : (e.label = this.parseIdentifier(this.match(89)), this.semicolon()), this.verifyBreakContinue(e, t), this.finishNode(e, t ? "BreakStatement" : "ContinueStatement");
  }
  verifyBreakContinue(e, t) {
    let s;
    for (s = 0; s < this.state.labels.length; ++s) {
      let i = this.state.labels[s];
      if ((e.label == null || i.name === e.label.name) && (i.kind != null && (t || i.kind === 1) || e.label && t)) break;
    }
    if (s === this.state.labels.length) {
      let i = t ? "BreakStatement" : "ContinueStatement";
      this.raise(l.IllegalBreakContinue, e, { type: i });
    }
  }
  parseDebuggerStatement(e) {
    return this.next(), this.semicolon(), this.finishNode(e, "DebuggerStatement");
  }
  parseHeaderExpression() {
    this.expect(6);
    let e = this.parseExpression();
    return this.expect(7), e;
  }
  parseDoWhileStatement(e) {
    return this.next(), this.state.labels.push(Gt2), e.body = this.parseStatement(), this.state.labels.pop(), this.expect(88), e.test = this.parseHeaderExpression(), this.eat(9), this.finishNode(e, "DoWhileStatement");
  }
  parseForStatement(e) {
    this.next(), this.state.labels.push(Gt2);
    let t = null;
    if (this.isContextual(93) && this.recordAwaitIfAllowed() && (t = this.state.startLoc, this.next()), this.scope.enter(0), this.expect(6), this.match(9)) return t !== null && this.unexpected(t), this.parseFor(e, null);
    let s = this.isContextual(97);
    {
      let h2 = this.isAwaitUsing(), c2 = h2 || this.isForUsing(), u = s && this.hasFollowingBindingAtom() || c2;
      if (this.match(70) || this.match(71) || u) {
        let f = this.startNode(), m;
        h2 ? (m = "await using", this.recordAwaitIfAllowed() || this.raise(l.AwaitUsingNotInAsyncContext, this.state.startLoc), this.next()) : m = this.state.value, this.next(), this.parseVar(f, true, m);
        let x2 = this.finishNode(f, "VariableDeclaration"), A2 = this.match(54);
        return A2 && c2 && this.raise(l.ForInUsing, x2), (A2 || this.isContextual(99)) && x2.declarations.length === 1 ? this.parseForX(e, x2, t) : (t !== null && this.unexpected(t), this.parseFor(e, x2));
      }
    }
    let i = this.isContextual(92), r = new W2(), n = this.parseExpression(true, r), o = this.isContextual(99);
    if (o && (s && this.raise(l.ForOfLet, n), t === null && i && n.type === "Identifier" && this.raise(l.ForOfAsync, n)), o || this.match(54)) {
      this.checkDestructuringPrivate(r), this.toAssignable(n, true);
      let h2 = o ? "ForOfStatement" : "ForInStatement";
      return this.checkLVal(n, { type: h2 }), this.parseForX(e, n, t);
    } else this.checkExpressionErrors(r, true);
    return t !== null && this.unexpected(t), this.parseFor(e, n);
  }
  parseFunctionStatement(e, t, s) {
    this.next();
    let i = 1 | (t ? 8 : 0);
    return !(s & 2) && s & 4 && (i |= 16, s & 8 || (i |= 2)), this.parseFunction(e, i);
  }
  parseIfStatement(e) {
    return this.next(), e.test = this.parseHeaderExpression(), e.consequent = this.parseStatementOrSloppyAnnexBFunctionDeclaration(), e.alternate = this.eat(62) ? this.parseStatementOrSloppyAnnexBFunctionDeclaration() : null, this.finishNode(e, "IfStatement");
  }
  parseReturnStatement(e) {
    return this.prodParam.hasReturn || this.raise(l.IllegalReturn, this.state.startLoc), this.next(), this.isLineTerminator() ? e.argument = null : (e.argument = this.parseExpression(), this.semicolon()), this.finishNode(e, "ReturnStatement");
  }
  parseSwitchStatement(e) {
    this.next(), e.discriminant = this.parseHeaderExpression();
    let t = e.cases = [];
    this.expect(2), this.state.labels.push(or2), this.scope.enter(256);
    let s;
    for (let i; !this.match(4); ) if (this.match(57) || this.match(61)) {
      let r = this.match(57);
      s && this.finishNode(s, "SwitchCase"), t.push(s = this.startNode()), s.consequent = [], this.next(), r ? s.test = this.parseExpression() : (i && this.raise(l.MultipleDefaultsInSwitch, this.state.lastTokStartLoc), i = true, s.test = null), this.expect(10);
    } else s ? s.consequent.push(this.parseStatementListItem()) : this.unexpected();
    return this.scope.exit(), s && this.finishNode(s, "SwitchCase"), this.next(), this.state.labels.pop(), this.finishNode(e, "SwitchStatement");
  }
  parseThrowStatement(e) {
    return this.next(), this.hasPrecedingLineBreak() && this.raise(l.NewlineAfterThrow, this.state.lastTokEndLoc), e.argument = this.parseExpression(), this.semicolon(), this.finishNode(e, "ThrowStatement");
  }
  parseCatchClauseParam() {
    let e = this.parseBindingAtom();
    return this.scope.enter(this.options.annexB && e.type === "Identifier" ? 8 : 0), this.checkLVal(e, { type: "CatchClause" }, 9), e;
  }
  parseTryStatement(e) {
    if (this.next(), e.block = this.parseBlock(), e.handler = null, this.match(58)) {
      let t = this.startNode();
      this.next(), this.match(6) ? (this.expect(6), t.param = this.parseCatchClauseParam(), this.expect(7)) : (t.param = null, this.scope.enter(0)), t.body = this.parseBlock(false, false), this.scope.exit(), e.handler = this.finishNode(t, "CatchClause");
    }
    return e.finalizer = this.eat(63) ? this.parseBlock() : null, !e.handler && !e.finalizer && this.raise(l.NoCatchOrFinally, e), this.finishNode(e, "TryStatement");
  }
  parseVarStatement(e, t, s = false) {
    return this.next(), this.parseVar(e, false, t, s), this.semicolon(), this.finishNode(e, "VariableDeclaration");
  }
  parseWhileStatement(e) {
    return this.next(), e.test = this.parseHeaderExpression(), this.state.labels.push(Gt2), e.body = this.parseStatement(), this.state.labels.pop(), this.finishNode(e, "WhileStatement");
  }
  parseWithStatement(e) {
    return this.state.strict && this.raise(l.StrictWith, this.state.startLoc), this.next(), e.object = this.parseHeaderExpression(), e.body = this.parseStatement(), this.finishNode(e, "WithStatement");
  }
  parseEmptyStatement(e) {
    return this.next(), this.finishNode(e, "EmptyStatement");
  }
  parseLabeledStatement(e, t, s, i) {
    for (let n of this.state.labels) n.name === t && this.raise(l.LabelRedeclaration, s, { labelName: t });
    let r = Ei2(this.state.type) ? 1 : this.match(67) ? 2 : null;
    for (let n = this.state.labels.length - 1; n >= 0; n--) {
      let o = this.state.labels[n];
      if (o.statementStart === e.start) o.statementStart = this.sourceToOffsetPos(this.state.start), o.kind = r;
      else break;
    }
    return this.state.labels.push({ name: t, kind: r, statementStart: this.sourceToOffsetPos(this.state.start) }), e.body = i & 8 ? this.parseStatementOrSloppyAnnexBFunctionDeclaration(true) : this.parseStatement(), this.state.labels.pop(), e.label = s, this.finishNode(e, "LabeledStatement");
  }
  parseExpressionStatement(e, t, s) {
    return e.expression = t, this.semicolon(), this.finishNode(e, "ExpressionStatement");
  }
  parseBlock(e = false, t = true, s) {
    let i = this.startNode();
    return e && this.state.strictErrors.clear(), this.expect(2), t && this.scope.enter(0), this.parseBlockBody(i, e, false, 4, s), t && this.scope.exit(), this.finishNode(i, "BlockStatement");
  }
  isValidDirective(e) {
    return e.type === "ExpressionStatement" && e.expression.type === "StringLiteral" && !e.expression.extra.parenthesized;
  }
  parseBlockBody(e, t, s, i, r) {
    let n = e.body = [], o = e.directives = [];
    this.parseBlockOrModuleBlockBody(n, t ? o : void 0, s, i, r);
  }
  parseBlockOrModuleBlockBody(e, t, s, i, r) {
    let n = this.state.strict, o = false, h2 = false;
    for (; !this.match(i); ) {
      let c2 = s ? this.parseModuleItem() : this.parseStatementListItem();
      if (t && !h2) {
        if (this.isValidDirective(c2)) {
          let u = this.stmtToDirective(c2);
          t.push(u), !o && u.value.value === "use strict" && (o = true, this.setStrict(true));
          continue;
        }
        h2 = true, this.state.strictErrors.clear();
      }
      e.push(c2);
    }
    r?.call(this, o), n || this.setStrict(false), this.next();
  }
  parseFor(e, t) {
    return e.init = t, this.semicolon(false), e.test = this.match(9) ? null : this.parseExpression(), this.semicolon(false), e.update = this.match(7) ? null : this.parseExpression(), this.expect(7), e.body = this.parseStatement(), this.scope.exit(), this.state.labels.pop(), this.finishNode(e, "ForStatement");
  }
  parseForX(e, t, s) {
    let i = this.match(54);
    return this.next(), i ? s !== null && this.unexpected(s) : e.await = s !== null, t.type === "VariableDeclaration" && t.declarations[0].init != null && (!i || !this.options.annexB || this.state.strict || t.kind !== "var" || t.declarations[0].id.type !== "Identifier") && this.raise(l.ForInOfLoopInitializer, t, { type: i ? "ForInStatement" : "ForOfStatement" }), t.type === "AssignmentPattern" && this.raise(l.InvalidLhs, t, { ancestor: { type: "ForStatement" } }), e.left = t, e.right = i ? this.parseExpression() : this.parseMaybeAssignAllowIn(), this.expect(7), e.body = this.parseStatement(), this.scope.exit(), this.state.labels.pop(), this.finishNode(e, i ? "ForInStatement" : "ForOfStatement");
  }
  parseVar(e, t, s, i = false) {
    let r = e.declarations = [];
    for (e.kind = s; ; ) {
      let n = this.startNode();
      if (this.parseVarId(n, s), n.init = this.eat(25) ? t ? this.parseMaybeAssignDisallowIn() : this.parseMaybeAssignAllowIn() : null, n.init === null && !i && !(t && r.length === 0 && (this.match(54) || this.isContextual(99))) && (n.id.type !== "Identifier" ? this.raise(l.DeclarationMissingInitializer, this.state.lastTokEndLoc, { kind: "destructuring" }) : (s === "const" || s === "using" || s === "await using") && this.raise(l.DeclarationMissingInitializer, this.state.lastTokEndLoc, { kind: s })), r.push(this.finishNode(n, "VariableDeclarator")), !this.eat(8)) break;
    }
    return e;
  }
  parseVarId(e, t) {
    let s = this.parseBindingAtom();
    t === "using" || t === "await using" ? (s.type === "ArrayPattern" || s.type === "ObjectPattern") && this.raise(l.UsingDeclarationHasBindingPattern, s) : s.type === "VoidPattern" && this.raise(l.UnexpectedVoidPattern, s), this.checkLVal(s, { type: "VariableDeclarator" }, t === "var" ? 5 : 8201), e.id = s;
  }
  parseAsyncFunctionExpression(e) {
    return this.parseFunction(e, 8);
  }
  parseFunction(e, t = 0) {
    let s = !!(t & 1), i = s && !(t & 4), r = !!(t & 8);
    return this.initFunction(e, r), this.match(51) && (t & 16 && this.raise(l.GeneratorInSingleStatementContext, this.state.startLoc), this.next(), e.generator = true), s && (e.id = this.parseFunctionId(i)), this.scope.enter(514), this.prodParam.enter(kt2(r, e.generator)), !s && C(this.state.type) && (this.expressionScope.enter(ye2), e.id = this.parseFunctionId(), this.expressionScope.exit()), this.parseFunctionParams(e, false), this.parseFunctionBodyAndFinish(e, s ? "FunctionDeclaration" : "FunctionExpression"), this.prodParam.exit(), this.scope.exit(), s && !(t & 2) && this.registerFunctionStatementId(e), e;
  }
  parseFunctionId(e) {
    return e || C(this.state.type) ? this.parseIdentifier() : null;
  }
  parseFunctionParams(e, t) {
    this.expect(6), this.expressionScope.enter(ar2), e.params = this.parseBindingList(7, 41, 2 | (t ? 4 : 0)), this.expressionScope.exit();
  }
  registerFunctionStatementId(e) {
    e.id && this.scope.declareName(e.id.name, !this.options.annexB || this.state.strict || e.generator || e.async ? this.scope.treatFunctionsAsVar ? 5 : 8201 : 17, e.id.start);
  }
  parseClass(e, t, s) {
    this.next();
    let i = this.state.strict;
    return this.state.strict = true, this.parseClassId(e, t, s), this.parseClassSuper(e), e.body = this.parseClassBody(!!e.superClass, i), this.finishNode(e, t ? "ClassDeclaration" : "ClassExpression");
  }
  isClassProperty() {
    return this.match(25) || this.match(9) || this.match(4);
  }
  isClassMethod() {
    return this.match(6);
  }
  nameIsConstructor(e) {
    return e.type === "Identifier" && e.name === "constructor" || e.type === "StringLiteral" && e.value === "constructor";
  }
  isNonstaticConstructor(e) {
    return !e.computed && !e.static && this.nameIsConstructor(e.key);
  }
  parseClassBody(e, t) {
    this.classScope.enter();
    let s = { hadConstructor: false, hadSuperClass: e }, i = [], r = this.startNode();
    for (r.body = [], this.expect(2); !this.match(4); ) {
      if (this.eat(9)) {
        if (i.length > 0) throw this.raise(l.DecoratorSemicolon, this.state.lastTokEndLoc);
        continue;
      }
      if (this.match(22)) {
        i.push(this.parseDecorator());
        continue;
      }
      let n = this.startNode();
      i.length && (n.decorators = i, this.resetStartLocationFromNode(n, i[0]), i = []), this.parseClassMember(r, n, s);
    }
    if (this.state.strict = t, this.next(), i.length) throw this.raise(l.TrailingDecorator, this.state.startLoc);
    return this.classScope.exit(), this.finishNode(r, "ClassBody");
  }
  parseClassMemberFromModifier(e, t) {
    let s = this.parseIdentifier(true);
    if (this.isClassMethod()) {
      let i = t;
      return i.kind = "method", i.computed = false, i.key = s, i.static = false, this.pushClassMethod(e, i, false, false, false, false), true;
    } else if (this.isClassProperty()) {
      let i = t;
      return i.computed = false, i.key = s, i.static = false, e.body.push(this.parseClassProperty(i)), true;
    }
    return this.resetPreviousNodeTrailingComments(s), false;
  }
  parseClassMember(e, t, s) {
    let i = this.isContextual(103);
    if (i) {
      if (this.parseClassMemberFromModifier(e, t)) return;
      if (this.eat(2)) {
        this.parseClassStaticBlock(e, t);
        return;
      }
    }
    this.parseClassMemberWithIsStatic(e, t, s, i);
  }
  parseClassMemberWithIsStatic(e, t, s, i) {
    let r = t, n = t, o = t, h2 = t, c2 = t, u = r, f = r;
    if (t.static = i, this.parsePropertyNamePrefixOperator(t), this.eat(51)) {
      u.kind = "method";
      let I2 = this.match(137);
      if (this.parseClassElementName(u), this.parsePostMemberNameModifiers(u), I2) {
        this.pushClassPrivateMethod(e, n, true, false);
        return;
      }
      this.isNonstaticConstructor(r) && this.raise(l.ConstructorIsGenerator, r.key), this.pushClassMethod(e, r, true, false, false, false);
      return;
    }
    let m = !this.state.containsEsc && C(this.state.type), x2 = this.parseClassElementName(t), A2 = m ? x2.name : null, D2 = this.isPrivateName(x2), v3 = this.state.startLoc;
    if (this.parsePostMemberNameModifiers(f), this.isClassMethod()) {
      if (u.kind = "method", D2) {
        this.pushClassPrivateMethod(e, n, false, false);
        return;
      }
      let I2 = this.isNonstaticConstructor(r), w3 = false;
      I2 && (r.kind = "constructor", r.decorators && r.decorators.length > 0 && this.raise(l.DecoratorConstructor, t), s.hadConstructor && !this.hasPlugin("typescript") && this.raise(l.DuplicateConstructor, x2), I2 && this.hasPlugin("typescript") && t.override && this.raise(l.OverrideOnConstructor, x2), s.hadConstructor = true, w3 = s.hadSuperClass), this.pushClassMethod(e, r, false, false, I2, w3);
    } else if (this.isClassProperty()) D2 ? this.pushClassPrivateProperty(e, h2) : this.pushClassProperty(e, o);
    else if (A2 === "async" && !this.isLineTerminator()) {
      this.resetPreviousNodeTrailingComments(x2);
      let I2 = this.eat(51);
      f.optional && this.unexpected(v3), u.kind = "method";
      let w3 = this.match(137);
      this.parseClassElementName(u), this.parsePostMemberNameModifiers(f), w3 ? this.pushClassPrivateMethod(e, n, I2, true) : (this.isNonstaticConstructor(r) && this.raise(l.ConstructorIsAsync, r.key), this.pushClassMethod(e, r, I2, true, false, false));
    } else if ((A2 === "get" || A2 === "set") && !(this.match(51) && this.isLineTerminator())) {
      this.resetPreviousNodeTrailingComments(x2), u.kind = A2;
      let I2 = this.match(137);
      this.parseClassElementName(r), I2 ? this.pushClassPrivateMethod(e, n, false, false) : (this.isNonstaticConstructor(r) && this.raise(l.ConstructorIsAccessor, r.key), this.pushClassMethod(e, r, false, false, false, false)), this.checkGetterSetterParams(r);
    } else if (A2 === "accessor" && !this.isLineTerminator()) {
      this.expectPlugin("decoratorAutoAccessors"), this.resetPreviousNodeTrailingComments(x2);
      let I2 = this.match(137);
      this.parseClassElementName(o), this.pushClassAccessorProperty(e, c2, I2);
    } else this.isLineTerminator() ? D2 ? this.pushClassPrivateProperty(e, h2) : this.pushClassProperty(e, o) : this.unexpected();
  }
  parseClassElementName(e) {
    let { type: t, value: s } = this.state;
    if ((t === 131 || t === 133) && e.static && s === "prototype" && this.raise(l.StaticPrototype, this.state.startLoc), t === 137) {
      s === "constructor" && this.raise(l.ConstructorClassPrivateField, this.state.startLoc);
      let i = this.parsePrivateName();
      return e.key = i, i;
    }
    return this.parsePropertyName(e), e.key;
  }
  parseClassStaticBlock(e, t) {
    this.scope.enter(720);
    let s = this.state.labels;
    this.state.labels = [], this.prodParam.enter(0);
    let i = t.body = [];
    this.parseBlockOrModuleBlockBody(i, void 0, false, 4), this.prodParam.exit(), this.scope.exit(), this.state.labels = s, e.body.push(this.finishNode(t, "StaticBlock")), t.decorators?.length && this.raise(l.DecoratorStaticBlock, t);
  }
  pushClassProperty(e, t) {
    !t.computed && this.nameIsConstructor(t.key) && this.raise(l.ConstructorClassField, t.key), e.body.push(this.parseClassProperty(t));
  }
  pushClassPrivateProperty(e, t) {
    let s = this.parseClassPrivateProperty(t);
    e.body.push(s), this.classScope.declarePrivateName(this.getPrivateNameSV(s.key), 0, s.key.start);
  }
  pushClassAccessorProperty(e, t, s) {
    !s && !t.computed && this.nameIsConstructor(t.key) && this.raise(l.ConstructorClassField, t.key);
    let i = this.parseClassAccessorProperty(t);
    e.body.push(i), s && this.classScope.declarePrivateName(this.getPrivateNameSV(i.key), 0, i.key.start);
  }
  pushClassMethod(e, t, s, i, r, n) {
    e.body.push(this.parseMethod(t, s, i, r, n, "ClassMethod", true));
  }
  pushClassPrivateMethod(e, t, s, i) {
    let r = this.parseMethod(t, s, i, false, false, "ClassPrivateMethod", true);
    e.body.push(r);
    let n = r.kind === "get" ? r.static ? 6 : 2 : r.kind === "set" ? r.static ? 5 : 1 : 0;
    this.declareClassPrivateMethodInScope(r, n);
  }
  declareClassPrivateMethodInScope(e, t) {
    this.classScope.declarePrivateName(this.getPrivateNameSV(e.key), t, e.key.start);
  }
  parsePostMemberNameModifiers(e) {
  }
  parseClassPrivateProperty(e) {
    return this.parseInitializer(e), this.semicolon(), this.finishNode(e, "ClassPrivateProperty");
  }
  parseClassProperty(e) {
    return this.parseInitializer(e), this.semicolon(), this.finishNode(e, "ClassProperty");
  }
  parseClassAccessorProperty(e) {
    return this.parseInitializer(e), this.semicolon(), this.finishNode(e, "ClassAccessorProperty");
  }
  parseInitializer(e) {
    this.scope.enter(592), this.expressionScope.enter(ye2), this.prodParam.enter(0), e.value = this.eat(25) ? this.parseMaybeAssignAllowIn() : null, this.expressionScope.exit(), this.prodParam.exit(), this.scope.exit();
  }
  parseClassId(e, t, s, i = 8331) {
    if (C(this.state.type)) e.id = this.parseIdentifier(), this.checkStrictBindReservedWord(e.id, i), t && this.declareNameFromIdentifier(e.id, i);
    else if (s || !t) e.id = null;
    else throw this.raise(l.MissingClassName, this.state.startLoc);
  }
  parseClassSuper(e) {
    this.eat(77) ? (this.state.canStartArrow = false, e.superClass = this.parseExprSubscripts()) : e.superClass = null;
  }
  parseStructDeclaration(e, t) {
    this.next();
    let s = this.state.strict;
    return this.state.strict = true, this.parseClassId(e, true, t), this.parseClassSuper(e), e.body = this.parseStructBody(!!e.superClass, s), this.finishNode(e, "StructDeclaration");
  }
  parseStructBody(e, t) {
    this.classScope.enter();
    let s = { hadConstructor: false, hadSuperClass: e }, i = this.startNode();
    for (i.body = [], this.expect(2); !this.match(4); ) {
      if (this.eat(9)) continue;
      let r = this.startNode();
      this.parseClassMember(i, r, s);
    }
    return this.state.strict = t, this.next(), this.classScope.exit(), this.finishNode(i, "StructBody");
  }
  parseExport(e, t) {
    let s = this.parseMaybeImportPhase(e, true), i = this.maybeParseExportDefaultSpecifier(e, s), r = !i || this.eat(8), n = r && this.eatExportStar(e), o = n && this.maybeParseExportNamespaceSpecifier(e), h2 = r && !o;
    if (n && !o) {
      if (i && this.unexpected(), t) throw this.raise(l.UnsupportedDecoratorExport, e);
      return e.phase === "defer" && this.raise(l.DeferExportInvalidAll, e), this.parseExportFrom(e, true), this.sawUnambiguousESM = true, this.finishNode(e, "ExportAllDeclaration");
    }
    let c2 = h2 && this.maybeParseExportNamedSpecifiers(e), u = i || n || e.phase === "defer" || c2 && e.specifiers[0]?.type === "ExportNamespaceSpecifier";
    i && r && !n && !c2 && this.unexpected(null, 2);
    let f;
    if (u || c2) {
      if (f = false, t) throw this.raise(l.UnsupportedDecoratorExport, e);
      this.parseExportFrom(e, u);
    } else f = this.maybeParseExportDeclaration(e);
    if (u || c2 || f) {
      let m = e;
      if (this.checkNamedExport(m, !!m.source), m.declaration?.type === "ClassDeclaration") this.maybeTakeDecorators(t, m.declaration, m);
      else if (t) throw this.raise(l.UnsupportedDecoratorExport, e);
      return this.hasPlugin("deferredReexports") && (m.phase ?? (m.phase = null)), this.sawUnambiguousESM = true, this.finishNode(m, "ExportNamedDeclaration");
    }
    if (this.eat(61)) {
      let m = e, x2 = this.parseExportDefaultExpression();
      if (m.declaration = x2, x2.type === "ClassDeclaration") this.maybeTakeDecorators(t, x2, m);
      else if (t) throw this.raise(l.UnsupportedDecoratorExport, e);
      return this.checkDuplicateExports(e, "default"), this.hasPlugin("exportDefaultFrom") && x2.type === "Identifier" && x2.name === "from" && x2.end - x2.start === 4 && !x2.extra?.parenthesized && this.raise(l.ExportDefaultFromAsIdentifier, x2), this.sawUnambiguousESM = true, this.finishNode(m, "ExportDefaultDeclaration");
    }
    throw this.unexpected(null, 2);
  }
  eatExportStar(e) {
    return this.eat(51);
  }
  maybeParseExportDefaultSpecifier(e, t) {
    if (t || this.isExportDefaultSpecifier()) {
      this.expectPlugin("exportDefaultFrom", t?.start);
      let s = t || this.parseIdentifier(true), i = this.startNodeAtNode(s);
      return i.exported = s, e.specifiers = [this.finishNode(i, "ExportDefaultSpecifier")], true;
    }
    return false;
  }
  maybeParseExportNamespaceSpecifier(e) {
    if (this.isContextual(90)) {
      e.specifiers ?? (e.specifiers = []);
      let t = this.startNodeAt(this.state.lastTokStartLoc);
      return this.next(), t.exported = this.parseModuleExportName(), e.specifiers.push(this.finishNode(t, "ExportNamespaceSpecifier")), true;
    }
    return false;
  }
  maybeParseExportNamedSpecifiers(e) {
    if (this.match(2)) {
      let t = e;
      t.specifiers || (t.specifiers = []);
      let s = t.exportKind === "type", i = this.state.startLoc;
      this.setLoc(i);
      let r = this.parseExportSpecifiers(s);
      if (this.isContextual(90) && !this.hasPrecedingLineBreak()) {
        this.expectPlugin("namespaceImportFilter");
        let n = this.startNodeAt(i);
        n.exportsFilter = this.toNamespaceExportsFilter(r), this.next(), n.exported = this.parseModuleExportName(), t.specifiers.push(this.finishNode(n, "ExportNamespaceSpecifier"));
      } else t.specifiers.push(...r);
      return t.source = null, t.attributes = [], t.declaration = null, true;
    }
    return false;
  }
  maybeParseExportDeclaration(e) {
    return this.shouldParseExportDeclaration() ? (e.specifiers = [], e.source = null, e.attributes = [], e.declaration = this.parseExportDeclaration(e), true) : false;
  }
  isAsyncFunction() {
    if (!this.isContextual(92)) return false;
    let e = this.nextTokenInLineStart();
    return this.isUnparsedContextual(e, "function");
  }
  parseExportDefaultExpression() {
    let e = this.startNode();
    if (this.match(64)) return this.next(), this.parseFunction(e, 5);
    if (this.isAsyncFunction()) return this.next(), this.next(), this.parseFunction(e, 13);
    if (this.match(76)) return this.parseClass(e, true, true);
    if (this.isContextual(104)) {
      let s = this.nextTokenInLineStart(), i = this.codePointAtPos(s);
      if (i === 123 || this.chStartsBindingIdentifier(i, s)) return this.expectPlugin("structs"), this.parseStructDeclaration(e, true);
    }
    if (this.match(22)) return this.parseClass(this.maybeTakeDecorators(this.parseDecorators(false), this.startNode()), true, true);
    if (this.match(71) || this.match(70) || this.isLet() && !this.isReservedWordOnNewLineAfterLet(this.nextTokenStart()) || this.isUsing() || this.isAwaitUsing()) throw this.raise(l.UnsupportedDefaultExport, this.state.startLoc);
    let t = this.parseMaybeAssignAllowIn();
    return this.semicolon(), t;
  }
  parseExportDeclaration(e) {
    return this.match(76) ? this.parseClass(this.startNode(), true, false) : this.isContextual(104) && this.nextTokenIsIdentifierOnSameLine() ? (this.expectPlugin("structs"), this.parseStructDeclaration(this.startNode(), false)) : this.isContextual(97) ? this.parseVarStatement(this.startNode(), "let") : this.parseStatementListItem();
  }
  isExportDefaultSpecifier() {
    let { type: e } = this.state;
    if (C(e)) {
      if (e === 92 && !this.state.containsEsc || e === 97) return false;
      if ((e === 129 || e === 128 || e === 104) && !this.state.containsEsc) {
        let i = this.nextTokenStart(), r = this.input.charCodeAt(i);
        if (r === 123 || this.chStartsBindingIdentifier(r, i) && !this.isUnparsedContextual(i, "from")) return e !== 104 && this.expectOnePlugin(["flow", "typescript"]), false;
      }
    } else if (!this.match(61)) return false;
    let t = this.nextTokenStart(), s = this.isUnparsedContextual(t, "from");
    if (this.input.charCodeAt(t) === 44 || C(this.state.type) && s) return true;
    if (this.match(61) && s) {
      let i = this.input.charCodeAt(this.hasPlugin("exportDefaultFrom") ? this.nextTokenStartSince(t + 4) : this.nextTokenInLineStartSince(t + 4));
      return i === 34 || i === 39;
    }
    return false;
  }
  parseExportFrom(e, t) {
    this.eatContextual(95) ? (e.source = this.parseImportSource(), this.maybeParseImportAttributes(e)) : t && this.unexpected(null, 95), this.semicolon();
  }
  shouldParseExportDeclaration() {
    let { type: e } = this.state;
    return e === 22 && (this.expectOnePlugin(["decorators", "decorators-legacy"]), this.hasPlugin("decorators")) ? true : this.isUsing() ? (this.raise(l.UsingDeclarationExport, this.state.startLoc), true) : this.isAwaitUsing() ? (this.raise(l.UsingDeclarationExport, this.state.startLoc), true) : e === 70 || e === 71 || e === 64 || e === 76 || this.isLet() || this.isAsyncFunction() || this.isContextual(104) && this.nextTokenIsIdentifierOnSameLine();
  }
  checkNamedExport(e, t) {
    if (e.specifiers?.length) for (let s of e.specifiers) {
      let { exported: i } = s, r = i.type === "Identifier" ? i.name : i.value;
      if (this.checkDuplicateExports(s, r), !t && s.type === "ExportSpecifier") {
        let { local: n } = s;
        n.type !== "Identifier" ? this.raise(l.ExportBindingIsString, s, { localName: n.value, exportName: r }) : (this.checkReservedWord(n.name, n.start, true, false), this.scope.checkLocalExport(n));
      }
    }
    else if (e.declaration) {
      let s = e.declaration;
      if (s.type === "FunctionDeclaration" || s.type === "ClassDeclaration" || s.type === "StructDeclaration") {
        let { id: i } = s;
        if (!i) throw new Error("Assertion failure");
        this.checkDuplicateExports(e, i.name);
      } else if (s.type === "VariableDeclaration") for (let i of s.declarations) this.checkDeclaration(i.id);
    }
  }
  checkDeclaration(e) {
    if (e.type === "Identifier") this.checkDuplicateExports(e, e.name);
    else if (e.type === "ObjectPattern") for (let t of e.properties) this.checkDeclaration(t);
    else if (e.type === "ArrayPattern") for (let t of e.elements) t && this.checkDeclaration(t);
    else e.type === "ObjectProperty" ? this.checkDeclaration(e.value) : e.type === "RestElement" ? this.checkDeclaration(e.argument) : e.type === "AssignmentPattern" && this.checkDeclaration(e.left);
  }
  checkDuplicateExports(e, t) {
    this.exportedIdentifiers.has(t) && (t === "default" ? this.raise(l.DuplicateDefaultExport, e) : this.raise(l.DuplicateExport, e, { exportName: t })), this.exportedIdentifiers.add(t);
  }
  parseExportSpecifiers(e) {
    let t = [], s = true;
    for (this.expect(2); !this.eat(4); ) {
      if (s) s = false;
      else if (this.expect(8), this.eat(4)) break;
      let i = this.isContextual(129), r = this.match(133), n = this.startNode();
      n.local = this.parseModuleExportName(), t.push(this.parseExportSpecifier(n, r, e, i));
    }
    return t;
  }
  parseExportSpecifier(e, t, s, i) {
    return this.eatContextual(90) ? e.exported = this.parseModuleExportName() : t ? e.exported = this.cloneStringLiteral(e.local) : e.exported || (e.exported = this.cloneIdentifier(e.local)), this.finishNode(e, "ExportSpecifier");
  }
  parseModuleExportName() {
    if (this.match(133)) {
      let e = this.parseStringLiteral(this.state.value), t = hr2.exec(e.value);
      return t && this.raise(l.ModuleExportNameHasLoneSurrogate, e, { surrogateCharCode: t[0].charCodeAt(0) }), e;
    }
    return this.parseIdentifier(true);
  }
  toNamespaceExportsFilter(e) {
    let t = /* @__PURE__ */ new Set();
    return e.map((s) => {
      let i, r, n;
      s.type === "ImportSpecifier" ? { imported: i, local: r, importKind: n } = s : { local: i, exported: r, exportKind: n } = s;
      let o = i.type === "Identifier" ? i.name : this.isStringModuleExportName(i) ? i.value : null;
      o !== null && (t.has(o) && this.raise(l.FilteredNamespaceDuplicateName, i, { name: o }), t.add(o));
      let h2 = false;
      return r.start !== i.start && (this.raise(l.FilteredNamespaceRename, r), h2 = true), (n === "type" || n === "typeof") && (this.raise(l.FilteredNamespaceTypeModifier, s), h2 = true), h2 ? s : (this.replaceNodeInPendingComments(s, i), i);
    });
  }
  checkImportPhase(e) {
    if (e.phase == null) return;
    let { specifiers: t } = e, s = t.length === 1 ? t[0].type : null;
    e.phase === "source" ? s !== "ImportDefaultSpecifier" && this.raise(l.SourcePhaseImportRequiresDefault, e) : e.phase === "defer" && s !== "ImportNamespaceSpecifier" && this.raise(l.DeferImportRequiresNamespace, e);
  }
  isPotentialImportPhase(e) {
    if (e) {
      if (!this.isContextual(94)) return false;
      let t = this.lookaheadCharCode();
      return t === 123 || t === 42;
    }
    return this.isContextual(102) || this.isContextual(94);
  }
  applyImportPhase(e, t, s, i) {
    if (t) {
      s === "defer" && (this.expectPlugin("deferredReexports", i), e.phase = "defer");
      return;
    }
    s === "source" ? (this.expectPlugin("sourcePhaseImports", i), e.phase = "source") : s === "defer" ? (this.expectPlugin("deferredImportEvaluation", i), e.phase = "defer") : (this.hasPlugin("sourcePhaseImports") || this.hasPlugin("deferredImportEvaluation")) && (e.phase = null);
  }
  parseMaybeImportPhase(e, t) {
    if (!this.isPotentialImportPhase(t)) return this.applyImportPhase(e, t, null), null;
    let s = this.startNode(), i = this.parseIdentifierName(true), { type: r } = this.state;
    return (O2(r) ? r !== 95 || this.lookaheadCharCode() === 102 : r !== 8) ? (this.applyImportPhase(e, t, i, s.start), null) : (this.applyImportPhase(e, t, null), this.createIdentifier(s, i));
  }
  isPrecedingIdImportPhase(e) {
    let { type: t } = this.state;
    return C(t) ? t !== 95 || this.lookaheadCharCode() === 102 : t !== 8;
  }
  parseImport(e) {
    return this.match(133) ? this.parseImportSourceAndAttributes(e) : this.parseImportSpecifiersAndAfter(e, this.parseMaybeImportPhase(e, false));
  }
  parseImportSpecifiersAndAfter(e, t) {
    e.specifiers = [];
    let i = !this.maybeParseDefaultImportSpecifier(e, t) || this.eat(8), r = i && this.maybeParseStarImportSpecifier(e);
    return i && !r && this.parseNamedOrFilteredImportSpecifiers(e), this.expectContextual(95), this.parseImportSourceAndAttributes(e);
  }
  parseImportSourceAndAttributes(e) {
    return e.specifiers ?? (e.specifiers = []), e.source = this.parseImportSource(), this.maybeParseImportAttributes(e), this.checkImportPhase(e), this.semicolon(), this.sawUnambiguousESM = true, this.finishNode(e, "ImportDeclaration");
  }
  parseImportSource() {
    return this.match(133) || this.unexpected(), this.parseExprAtom();
  }
  parseImportSpecifierLocal(e, t, s) {
    t.local = this.parseIdentifier(), e.specifiers.push(this.finishImportSpecifier(t, s));
  }
  finishImportSpecifier(e, t) {
    return this.checkLVal(e.local, { type: t }, 8201), this.finishNode(e, t);
  }
  parseImportAttributes() {
    this.expect(2);
    let e = [], t = /* @__PURE__ */ new Set();
    do {
      if (this.match(4)) break;
      let s = this.startNode(), i = this.state.value;
      if (t.has(i) && this.raise(l.ModuleAttributesWithDuplicateKeys, this.state.startLoc, { key: i }), t.add(i), this.match(133) ? s.key = this.parseStringLiteral(i) : s.key = this.parseIdentifier(true), this.expect(10), !this.match(133)) throw this.raise(l.ModuleAttributeInvalidValue, this.state.startLoc);
      s.value = this.parseStringLiteral(this.state.value), e.push(this.finishNode(s, "ImportAttribute"));
    } while (this.eat(8));
    return this.expect(4), e;
  }
  maybeParseImportAttributes(e) {
    let t;
    if (this.match(72)) {
      if (this.hasPrecedingLineBreak() && this.lookaheadCharCode() === 40) return;
      this.next(), t = this.parseImportAttributes();
    } else t = [];
    e.attributes = t;
  }
  maybeParseDefaultImportSpecifier(e, t) {
    if (t) {
      let s = this.startNodeAtNode(t);
      return s.local = t, e.specifiers.push(this.finishImportSpecifier(s, "ImportDefaultSpecifier")), true;
    } else if (O2(this.state.type)) return this.parseImportSpecifierLocal(e, this.startNode(), "ImportDefaultSpecifier"), true;
    return false;
  }
  maybeParseStarImportSpecifier(e) {
    if (this.match(51)) {
      let t = this.startNode();
      return this.next(), this.expectContextual(90), this.parseImportSpecifierLocal(e, t, "ImportNamespaceSpecifier"), true;
    }
    return false;
  }
  parseNamedOrFilteredImportSpecifiers(e) {
    let t = this.state.startLoc;
    this.setLoc(t);
    let s = e.specifiers.length;
    if (this.parseNamedImportSpecifiers(e), this.isContextual(90)) {
      this.expectPlugin("namespaceImportFilter");
      let r = this.startNodeAt(t);
      r.exportsFilter = this.toNamespaceExportsFilter(e.specifiers.splice(s)), this.next(), this.parseImportSpecifierLocal(e, r, "ImportNamespaceSpecifier");
      return;
    }
    let i = e.importKind === "type" || e.importKind === "typeof";
    for (let r = s; r < e.specifiers.length; r++) this.checkImportSpecifier(e.specifiers[r], i);
  }
  parseNamedImportSpecifiers(e) {
    let t = true;
    for (this.expect(2); !this.eat(4); ) {
      if (t) t = false;
      else {
        if (this.eat(10)) throw this.raise(l.DestructureNamedImport, this.state.startLoc);
        if (this.expect(8), this.eat(4)) break;
      }
      let s = this.startNode(), i = this.match(133), r = this.isContextual(129);
      s.imported = this.parseModuleExportName();
      let n = this.parseImportSpecifier(s, i, e.importKind === "type" || e.importKind === "typeof", r);
      e.specifiers.push(n);
    }
  }
  parseImportSpecifier(e, t, s, i) {
    return this.eatContextual(90) ? e.local = this.parseIdentifier() : e.local ?? (e.local = this.cloneIdentifier(e.imported)), this.finishNode(e, "ImportSpecifier");
  }
  checkImportSpecifier(e, t, s = 8201, i = true) {
    let { imported: r, local: n } = e;
    if (this.isStringModuleExportName(n)) throw this.raise(l.ImportBindingIsString, e, { importName: r.value });
    i && n.start === r.start && this.checkReservedWord(n.name, n.start, true, true), this.checkLVal(n, { type: "ImportSpecifier" }, s);
  }
  isStringModuleExportName(e) {
    return e.type === "StringLiteral" || e.type === "Literal";
  }
  isThisParam(e) {
    return e.type === "Identifier" && e.name === "this";
  }
};
var Qt2 = /in(?:stanceof)?|as|satisfies/y;
function cr2(a2) {
  if (a2 == null) throw new Error(`Unexpected ${a2} value.`);
  return a2;
}
function Ge2(a2) {
  if (!a2) throw new Error("Assert fail");
}
var lr2 = { AbstractMethodHasImplementation: ({ methodName: a2 }) => `Method '${a2}' cannot have an implementation because it is marked abstract.`, AbstractPropertyHasInitializer: ({ propertyName: a2 }) => `Property '${a2}' cannot have an initializer because it is marked abstract.`, AccessorCannotBeOptional: "An 'accessor' property cannot be declared optional.", AccessorCannotDeclareThisParameter: "'get' and 'set' accessors cannot declare 'this' parameters.", AccessorCannotHaveTypeParameters: "An accessor cannot have type parameters.", ClassMethodHasDeclare: "Class methods cannot have the 'declare' modifier.", ClassMethodHasReadonly: "Class methods cannot have the 'readonly' modifier.", ConstInitializerMustBeStringOrNumericLiteralOrLiteralEnumReference: "A 'const' initializer in an ambient context must be a string or numeric literal or literal enum reference.", ConstructorHasTypeParameters: "Type parameters cannot appear on a constructor declaration.", DeclaratorDefiniteAssertionRequiresTypeAnnotation: "Declarations with definite assignment assertions must also have type annotations.", DeclaratorDefiniteAssertionWithInitializer: "Declarations with initializers cannot also have definite assignment assertions.", DeclareAccessor: ({ kind: a2 }) => `'declare' is not allowed in ${a2}ters.`, DeclareClassFieldHasInitializer: "Initializers are not allowed in ambient contexts.", DeclareFunctionHasImplementation: "An implementation cannot be declared in ambient contexts.", DecoratorAbstractMethod: ({ kind: a2 }) => `Decorators can't be used with ${a2.startsWith("a") ? "an" : "a"} ${a2}.`, DuplicateAccessibilityModifier: ({ modifier: a2 }) => `Accessibility modifier already seen: '${a2}'.`, DuplicateModifier: ({ modifier: a2 }) => `Duplicate modifier: '${a2}'.`, EmptyHeritageClauseType: ({ token: a2 }) => `'${a2}' list cannot be empty.`, EmptyNamespaceName: "Namespace must be given a name.", EmptyTypeArguments: "Type argument list cannot be empty.", EmptyTypeParameters: "Type parameter list cannot be empty.", ExpectedAmbientAfterExportDeclare: "'export declare' must be followed by an ambient declaration.", ExportAssignmentInTSNamespace: "An export assignment cannot be used in a namespace.", ExportInTSNamespace: "Export declarations are not permitted in a namespace.", ImportAliasHasImportType: "An import alias can not use 'import type'.", ImportInTSNamespace: "Import declarations in a namespace cannot reference a module.", IncompatibleModifiers: ({ modifiers: a2 }) => `'${a2[0]}' modifier cannot be used with '${a2[1]}' modifier.`, IndexSignatureHasAbstract: "Index signatures cannot have the 'abstract' modifier.", IndexSignatureHasAccessibility: ({ modifier: a2 }) => `Index signatures cannot have an accessibility modifier ('${a2}').`, IndexSignatureHasDeclare: "Index signatures cannot have the 'declare' modifier.", IndexSignatureHasOverride: "'override' modifier cannot appear on an index signature.", IndexSignatureHasStatic: "Index signatures cannot have the 'static' modifier.", InitializerNotAllowedInAmbientContext: "Initializers are not allowed in ambient contexts.", InlineModuleDeclarationMustUseString: "`module ... {}` declarations must have a string name. Use `namespace ... {}` instead.", InvalidHeritageClauseType: ({ token: a2 }) => `'${a2}' list can only include identifiers or qualified-names with optional type arguments.`, InvalidModifierOnAwaitUsingDeclaration: (a2) => `'${a2}' modifier cannot appear on an await using declaration.`, InvalidModifierOnTypeMember: ({ modifier: a2 }) => `'${a2}' modifier cannot appear on a type member.`, InvalidModifierOnTypeParameter: ({ modifier: a2 }) => `'${a2}' modifier cannot appear on a type parameter.`, InvalidModifierOnTypeParameterPositions: ({ modifier: a2 }) => `'${a2}' modifier can only appear on a type parameter of a class, interface or type alias.`, InvalidModifierOnUsingDeclaration: (a2) => `'${a2}' modifier cannot appear on a using declaration.`, InvalidModifiersOrder: ({ orderedModifiers: a2 }) => `'${a2[0]}' modifier must precede '${a2[1]}' modifier.`, InvalidNamespaceName: (a2) => `Namespace name cannot be '${a2}'.`, InvalidPropertyAccessAfterInstantiationExpression: "Invalid property access after an instantiation expression. You can either wrap the instantiation expression in parentheses, or delete the type arguments.", InvalidTupleMemberLabel: "Tuple members must be labeled with a simple identifier.", MissingInterfaceName: "'interface' declarations must be followed by an identifier.", NamespaceExportInTSNamespace: "Global module exports may only appear at top level.", NonAbstractClassHasAbstractMethod: "Abstract methods can only appear within an abstract class.", NonClassMethodPropertyHasAbstractModifier: "'abstract' modifier can only appear on a class, method, or property declaration.", OptionalTypeBeforeRequired: "A required element cannot follow an optional element.", OverrideNotInSubClass: "This member cannot have an 'override' modifier because its containing class does not extend another class.", PatternIsOptional: "A binding pattern parameter cannot be optional in an implementation signature.", PrivateElementHasAbstract: "Private elements cannot have the 'abstract' modifier.", PrivateElementHasAccessibility: ({ modifier: a2 }) => `Private elements cannot have an accessibility modifier ('${a2}').`, ReadonlyForMethodSignature: "'readonly' modifier can only appear on a property declaration or index signature.", ReservedArrowTypeParam: "This syntax is reserved in files with the .mts or .cts extension. Add a trailing comma, as in `<T,>() => ...`.", ReservedTypeAssertion: "This syntax is reserved in files with the .mts or .cts extension. Use an `as` expression instead.", SetAccessorCannotHaveOptionalParameter: "A 'set' accessor cannot have an optional parameter.", SetAccessorCannotHaveRestParameter: "A 'set' accessor cannot have rest parameter.", SetAccessorCannotHaveReturnType: "A 'set' accessor cannot have a return type annotation.", SingleTypeParameterWithoutTrailingComma: ({ typeParameterName: a2 }) => `Single type parameter ${a2} should have a trailing comma. Example usage: <${a2},>.`, StaticBlockCannotHaveModifier: "Static class blocks cannot have any modifier.", TupleOptionalAfterType: "A labeled tuple optional element must be declared using a question mark after the name and before the colon (`name?: type`), rather than after the type (`name: type?`).", TypeAnnotationAfterAssign: "Type annotations must come before default assignments, e.g. instead of `age = 25: number` use `age: number = 25`.", TypeImportCannotSpecifyDefaultAndNamed: "A type-only import can specify a default import or named bindings, but not both.", TypeModifierIsUsedInTypeExports: "The 'type' modifier cannot be used on a named export when 'export type' is used on its export statement.", TypeModifierIsUsedInTypeImports: "The 'type' modifier cannot be used on a named import when 'import type' is used on its import statement.", UnexpectedParameterInitializer: "A parameter initializer is only allowed in a function or constructor implementation.", UnexpectedParameterModifier: "A parameter property is only allowed in a constructor implementation.", UnexpectedReadonly: "'readonly' type modifier is only permitted on array and tuple literal types.", UnexpectedTypeAnnotation: "Did not expect a type annotation here.", UnexpectedTypeCastInParameter: "Unexpected type cast in parameter position.", UnexpectedTypeDeclaration: (a2) => `'${a2}' declarations can only be declared inside a block.`, UnsupportedImportTypeArgument: "Argument in a type import must be a string literal.", UnsupportedParameterPropertyKind: "A parameter property may not be declared using a binding pattern.", UnsupportedSignatureParameterKind: ({ type: a2 }) => `Name in a signature must be an Identifier, ObjectPattern or ArrayPattern, instead got ${a2}.`, UsingDeclarationInAmbientContext: (a2) => `'${a2}' declarations are not allowed in ambient contexts.` };
var d = B2`typescript`(lr2);
function pr2(a2) {
  switch (a2) {
    case "any":
      return "TSAnyKeyword";
    case "boolean":
      return "TSBooleanKeyword";
    case "bigint":
      return "TSBigIntKeyword";
    case "never":
      return "TSNeverKeyword";
    case "number":
      return "TSNumberKeyword";
    case "object":
      return "TSObjectKeyword";
    case "string":
      return "TSStringKeyword";
    case "symbol":
      return "TSSymbolKeyword";
    case "undefined":
      return "TSUndefinedKeyword";
    case "unknown":
      return "TSUnknownKeyword";
    default:
      return;
  }
}
function Xe2(a2) {
  return a2 === "private" || a2 === "public" || a2 === "protected";
}
function ur2(a2) {
  return a2 === "in" || a2 === "out";
}
function be2(a2) {
  if (a2.extra?.parenthesized) return false;
  switch (a2.type) {
    case "Identifier":
      return true;
    case "MemberExpression":
      return !a2.computed && be2(a2.object);
    case "TSInstantiationExpression":
      return be2(a2.expression);
    default:
      return false;
  }
}
function Zt2(a2) {
  switch (a2.type) {
    case "TSAsExpression":
    case "TSSatisfiesExpression":
    case "TSNonNullExpression":
    case "TSTypeAssertion":
      return true;
    default:
      return false;
  }
}
var fr2 = G2(["declare", "private", "public", "protected", "override", "abstract", "readonly", "static"], ["in", "out"]);
var dr2 = G2(["readonly"], ["declare", "abstract", "private", "protected", "public", "static", "override"]);
var mr = G2(["public", "private", "protected", "override", "readonly"]);
var yr2 = G2(["private", "public", "protected"]);
var xr2 = (a2) => class extends a2 {
  getScopeHandler() {
    return ne2;
  }
  tsIsIdentifier() {
    return C(this.state.type);
  }
  tsTokenCanFollowModifier() {
    return this.match(0) || this.match(2) || this.match(51) || this.match(17) || this.match(137) || this.isLiteralPropertyName();
  }
  tsNextTokenOnSameLineAndCanFollowModifier() {
    return this.next(), this.hasPrecedingLineBreak() ? false : this.tsTokenCanFollowModifier();
  }
  tsNextTokenCanFollowModifier() {
    return this.match(103) ? (this.next(), this.tsTokenCanFollowModifier()) : this.tsNextTokenOnSameLineAndCanFollowModifier();
  }
  tsParseModifier(t, s, i) {
    if (!C(this.state.type) && this.state.type !== 54 && this.state.type !== 71) return;
    let r = this.state.value;
    if (t.has(r)) {
      if (i && this.match(103) || s && this.tsIsStartOfStaticBlocks()) return;
      let n = this.state.containsEsc && !C(this.state.type) ? this.state.startLoc : null;
      if (n && (this.state.containsEsc = false), this.tsTryParse(this.tsNextTokenCanFollowModifier.bind(this))) return n && this.raise(l.InvalidEscapedReservedWord, n, { reservedWord: r }), r;
      n && (this.state.containsEsc = true);
    }
  }
  tsParseModifiers(t, s = d.InvalidModifierOnTypeMember, i, r = false) {
    let n = (h2, c2, u, f) => {
      c2 === u && i[f] && this.raise(d.InvalidModifiersOrder, h2, { orderedModifiers: [u, f] });
    }, o = (h2, c2, u, f) => {
      (i[u] && c2 === f || i[f] && c2 === u) && this.raise(d.IncompatibleModifiers, h2, { modifiers: [u, f] });
    };
    for (; ; ) {
      let { startLoc: h2 } = this.state, c2 = this.tsParseModifier(t, r, i.static);
      if (!c2) break;
      Xe2(c2) ? i.accessibility ? this.raise(d.DuplicateAccessibilityModifier, h2, { modifier: c2 }) : (n(h2, c2, c2, "override"), n(h2, c2, c2, "static"), n(h2, c2, c2, "readonly"), i.accessibility = c2) : ur2(c2) ? (i[c2] && this.raise(d.DuplicateModifier, h2, { modifier: c2 }), i[c2] = true, n(h2, c2, "in", "out")) : (lt2(i, c2) ? this.raise(d.DuplicateModifier, h2, { modifier: c2 }) : (n(h2, c2, "static", "readonly"), n(h2, c2, "static", "override"), n(h2, c2, "override", "readonly"), n(h2, c2, "abstract", "override"), o(h2, c2, "declare", "override"), o(h2, c2, "static", "abstract")), i[c2] = true), t.get(c2) || this.raise(s, h2, { modifier: c2 });
    }
  }
  tsIsListTerminator(t) {
    switch (t) {
      case "EnumMembers":
      case "TypeMembers":
        return this.match(4);
      case "HeritageClauseElement":
        return this.match(2);
      case "TupleElementTypes":
        return this.match(1);
      case "TypeParametersOrArguments":
        return this.match(44);
    }
  }
  tsParseList(t, s) {
    let i = [];
    for (; !this.tsIsListTerminator(t); ) i.push(s());
    return i;
  }
  tsParseDelimitedList(t, s, i) {
    return cr2(this.tsParseDelimitedListWorker(t, s, true, i));
  }
  tsParseDelimitedListWorker(t, s, i, r) {
    let n = [], o = -1;
    for (; !this.tsIsListTerminator(t); ) {
      o = -1;
      let h2 = s();
      if (h2 == null) return;
      if (n.push(h2), this.eat(8)) {
        o = this.state.lastTokStartLoc.index;
        continue;
      }
      if (this.tsIsListTerminator(t)) break;
      i && this.expect(8);
      return;
    }
    return r && (r.value = o), n;
  }
  tsParseBracketedList(t, s, i, r, n) {
    r || (i ? this.expect(0) : this.expect(43));
    let o = this.tsParseDelimitedList(t, s, n);
    return i ? this.expect(1) : this.expect(44), o;
  }
  tsParseImportType() {
    let t = this.startNode();
    return this.expect(79), this.expect(6), this.match(133) ? t.source = this.parseStringLiteral(this.state.value) : (this.raise(d.UnsupportedImportTypeArgument, this.state.startLoc), t.source = this.tsParseNonConditionalType()), this.eat(8) ? t.options = this.tsParseImportTypeOptions() : t.options = null, this.expect(7), this.eat(12) && (t.qualifier = this.tsParseEntityName(3)), this.match(43) && (t.typeArguments = this.tsParseTypeArguments()), this.finishNode(t, "TSImportType");
  }
  tsParseImportTypeOptions() {
    let t = this.startNode();
    this.expect(2);
    let s = this.startNode();
    return this.isContextual(72) ? (s.method = false, s.key = this.parseIdentifier(true), s.computed = false, s.shorthand = false) : this.unexpected(null, 72), this.expect(10), s.value = this.tsParseImportTypeWithPropertyValue(), t.properties = [this.finishObjectProperty(s)], this.eat(8), this.expect(4), this.finishNode(t, "ObjectExpression");
  }
  tsParseImportTypeWithPropertyValue() {
    let t = this.startNode(), s = [];
    for (this.expect(2); !this.match(4); ) {
      let i = this.state.type;
      C(i) || i === 133 ? s.push(super.parsePropertyDefinition(null)) : this.unexpected(), this.eat(8);
    }
    return t.properties = s, this.next(), this.finishNode(t, "ObjectExpression");
  }
  tsParseEntityName(t) {
    let s;
    if (t & 1 && this.match(74)) if (t & 2) s = this.parseIdentifier(true);
    else {
      let i = this.startNode();
      this.next(), s = this.finishNode(i, "ThisExpression");
    }
    else s = this.parseIdentifier(!!(t & 1));
    for (; this.eat(12); ) {
      let i = this.startNodeAtNode(s);
      i.left = s, i.right = this.parseIdentifier(!!(t & 1)), s = this.finishNode(i, "TSQualifiedName");
    }
    return s;
  }
  tsParseTypeReference() {
    let t = this.startNode();
    return t.typeName = this.tsParseEntityName(1), !this.hasPrecedingLineBreak() && this.match(43) && (t.typeArguments = this.tsParseTypeArguments()), this.finishNode(t, "TSTypeReference");
  }
  tsParseThisTypePredicate(t) {
    this.next();
    let s = this.startNodeAtNode(t);
    return s.parameterName = t, s.typeAnnotation = this.tsParseTypeAnnotation(false), s.asserts = false, this.finishNode(s, "TSTypePredicate");
  }
  tsParseThisTypeNode() {
    let t = this.startNode();
    return this.next(), this.finishNode(t, "TSThisType");
  }
  tsParseTypeQuery() {
    let t = this.startNode();
    return this.expect(83), this.match(79) ? t.exprName = this.tsParseImportType() : t.exprName = this.tsParseEntityName(1), !this.hasPrecedingLineBreak() && this.match(43) && (t.typeArguments = this.tsParseTypeArguments()), this.finishNode(t, "TSTypeQuery");
  }
  tsParseInOutModifiers = this.tsParseModifiers.bind(this, G2(["in", "out"], ["const", "public", "private", "protected", "readonly", "declare", "abstract", "override"]), d.InvalidModifierOnTypeParameter);
  tsParseConstModifier = this.tsParseModifiers.bind(this, G2(["const"], ["in", "out"]), d.InvalidModifierOnTypeParameterPositions);
  tsParseInOutConstModifiers = this.tsParseModifiers.bind(this, G2(["in", "out", "const"], ["public", "private", "protected", "readonly", "declare", "abstract", "override"]), d.InvalidModifierOnTypeParameter);
  tsParseTypeParameter(t) {
    let s = this.startNode();
    return t(s), s.name = this.tsParseTypeParameterName(), s.constraint = this.tsEatThenParseType(77), s.default = this.tsEatThenParseType(25), this.finishNode(s, "TSTypeParameter");
  }
  tsTryParseTypeParameters(t) {
    if (this.match(43)) return this.tsParseTypeParameters(t);
  }
  tsParseTypeParameters(t) {
    let s = this.startNode();
    this.match(43) || this.match(141) ? this.next() : this.unexpected();
    let i = { value: -1 };
    return s.params = this.tsParseBracketedList("TypeParametersOrArguments", this.tsParseTypeParameter.bind(this, t), false, true, i), s.params.length === 0 && this.raise(d.EmptyTypeParameters, s), i.value !== -1 && this.addExtra(s, "trailingComma", i.value), this.finishNode(s, "TSTypeParameterDeclaration");
  }
  tsFillSignature(t, s) {
    let i = t === 15, r = "params", n = "returnType";
    s.typeParameters = this.tsTryParseTypeParameters(this.tsParseConstModifier), this.expect(6), s[r] = this.tsParseBindingListForSignature(), i ? s[n] = this.tsParseTypeOrTypePredicateAnnotation(t) : this.match(t) && (s[n] = this.tsParseTypeOrTypePredicateAnnotation(t));
  }
  tsParseBindingListForSignature() {
    let t = super.parseBindingList(7, 41, 2);
    for (let s of t) {
      let { type: i } = s;
      (i === "AssignmentPattern" || i === "TSParameterProperty") && this.raise(d.UnsupportedSignatureParameterKind, s, { type: i });
    }
    return t;
  }
  tsParseTypeMemberSemicolon() {
    !this.eat(8) && !this.isLineTerminator() && this.expect(9);
  }
  tsParseSignatureMember(t, s) {
    return this.tsFillSignature(10, s), this.tsParseTypeMemberSemicolon(), this.finishNode(s, t);
  }
  tsIsUnambiguouslyIndexSignature() {
    return this.next(), C(this.state.type) ? (this.next(), this.match(10)) : false;
  }
  tsTryParseIndexSignature(t) {
    if (!(this.match(0) && this.tsLookAhead(this.tsIsUnambiguouslyIndexSignature.bind(this)))) return;
    this.expect(0);
    let s = this.parseIdentifier();
    s.typeAnnotation = this.tsParseTypeAnnotation(), this.resetEndLocation(s), this.expect(1), t.parameters = [s];
    let i = this.tsTryParseTypeAnnotation();
    return i && (t.typeAnnotation = i), this.tsParseTypeMemberSemicolon(), this.finishNode(t, "TSIndexSignature");
  }
  tsParsePropertyOrMethodSignature(t, s) {
    if (this.eat(13) && (t.optional = true), this.match(6) || this.match(43)) {
      s && this.raise(d.ReadonlyForMethodSignature, t);
      let i = t;
      if (i.kind && this.match(43) && this.raise(d.AccessorCannotHaveTypeParameters, this.state.curPosition()), this.tsFillSignature(10, i), this.tsParseTypeMemberSemicolon(), i.kind === "get") i.params.length > 0 && (this.raise(l.BadGetterArity, this.state.curPosition()), this.isThisParam(i.params[0]) && this.raise(d.AccessorCannotDeclareThisParameter, this.state.curPosition()));
      else if (i.kind === "set") {
        if (i.params.length !== 1) this.raise(l.BadSetterArity, this.state.curPosition());
        else {
          let r = i.params[0];
          this.isThisParam(r) && this.raise(d.AccessorCannotDeclareThisParameter, this.state.curPosition()), r.type === "Identifier" && r.optional && this.raise(d.SetAccessorCannotHaveOptionalParameter, this.state.curPosition()), r.type === "RestElement" && this.raise(d.SetAccessorCannotHaveRestParameter, this.state.curPosition());
        }
        i.returnType && this.raise(d.SetAccessorCannotHaveReturnType, i.returnType);
      } else i.kind = "method";
      return this.finishNode(i, "TSMethodSignature");
    } else {
      let i = t;
      s && (i.readonly = true);
      let r = this.tsTryParseTypeAnnotation();
      return r && (i.typeAnnotation = r), this.tsParseTypeMemberSemicolon(), this.finishNode(i, "TSPropertySignature");
    }
  }
  tsParseTypeMember() {
    let t = this.startNode();
    if (this.match(6) || this.match(43)) return this.tsParseSignatureMember("TSCallSignatureDeclaration", t);
    if (this.match(73)) {
      let i = this.startNode();
      return this.next(), this.match(6) || this.match(43) ? this.tsParseSignatureMember("TSConstructSignatureDeclaration", t) : (t.key = this.createIdentifier(i, "new"), this.tsParsePropertyOrMethodSignature(t, false));
    }
    this.tsParseModifiers(dr2, void 0, t);
    let s = this.tsTryParseIndexSignature(t);
    return s || (super.parsePropertyName(t), !t.computed && t.key.type === "Identifier" && (t.key.name === "get" || t.key.name === "set") && this.tsTokenCanFollowModifier() && (t.kind = t.key.name, super.parsePropertyName(t), !this.match(6) && !this.match(43) && this.unexpected(null, 6)), this.tsParsePropertyOrMethodSignature(t, !!t.readonly));
  }
  tsParseTypeLiteral() {
    let t = this.startNode();
    return t.members = this.tsParseObjectTypeMembers(), this.finishNode(t, "TSTypeLiteral");
  }
  tsParseObjectTypeMembers() {
    this.expect(2);
    let t = this.tsParseList("TypeMembers", this.tsParseTypeMember.bind(this));
    return this.expect(4), t;
  }
  tsIsStartOfMappedType() {
    return this.next(), this.eat(49) ? this.isContextual(121) : (this.isContextual(121) && this.next(), !this.match(0) || (this.next(), !this.tsIsIdentifier()) ? false : (this.next(), this.match(54)));
  }
  tsParseMappedType() {
    let t = this.startNode();
    return this.expect(2), this.match(49) ? (t.readonly = this.state.value, this.next(), this.expectContextual(121)) : this.eatContextual(121) && (t.readonly = true), this.expect(0), t.key = this.tsParseTypeParameterName(), t.constraint = this.tsExpectThenParseType(54), t.nameType = this.eatContextual(90) ? this.tsParseType() : null, this.expect(1), this.match(49) ? (t.optional = this.state.value, this.next(), this.expect(13)) : this.eat(13) && (t.optional = true), t.typeAnnotation = this.tsTryParseType(), this.semicolon(), this.expect(4), this.finishNode(t, "TSMappedType");
  }
  tsParseTupleType() {
    let t = this.startNode();
    t.elementTypes = this.tsParseBracketedList("TupleElementTypes", this.tsParseTupleElementType.bind(this), true, false);
    let s = false;
    return t.elementTypes.forEach((i) => {
      let { type: r } = i;
      s && r !== "TSRestType" && r !== "TSOptionalType" && !(r === "TSNamedTupleMember" && i.optional) && this.raise(d.OptionalTypeBeforeRequired, i), s || (s = r === "TSNamedTupleMember" && i.optional || r === "TSOptionalType");
    }), this.finishNode(t, "TSTupleType");
  }
  tsParseTupleElementType() {
    let t = this.state.startLoc, s = this.eat(17), { startLoc: i } = this.state, r, n, o, h2, u = O2(this.state.type) ? this.lookaheadCharCode() : null;
    if (u === 58) r = true, o = false, n = this.parseIdentifier(true), this.expect(10), h2 = this.tsParseType();
    else if (u === 63) {
      o = true;
      let f = this.state.value, m = this.tsParseNonArrayType();
      this.lookaheadCharCode() === 58 ? (r = true, n = this.createIdentifier(this.startNodeAt(i), f), this.expect(13), this.expect(10), h2 = this.tsParseType()) : (r = false, h2 = m, this.expect(13));
    } else h2 = this.tsParseType(), o = this.eat(13), r = this.eat(10);
    if (r) {
      let f;
      n ? (f = this.startNodeAt(i), f.optional = o, f.label = n, f.elementType = h2, this.eat(13) && (f.optional = true, this.raise(d.TupleOptionalAfterType, this.state.lastTokStartLoc))) : (f = this.startNodeAt(i), f.optional = o, this.raise(d.InvalidTupleMemberLabel, h2), f.label = h2, f.elementType = this.tsParseType()), h2 = this.finishNode(f, "TSNamedTupleMember");
    } else if (o) {
      let f = this.startNodeAt(i);
      f.typeAnnotation = h2, h2 = this.finishNode(f, "TSOptionalType");
    }
    if (s) {
      let f = this.startNodeAt(t);
      f.typeAnnotation = h2, h2 = this.finishNode(f, "TSRestType");
    }
    return h2;
  }
  tsParseParenthesizedType() {
    let t = this.startNode();
    return this.expect(6), t.typeAnnotation = this.tsParseType(), this.expect(7), this.finishNode(t, "TSParenthesizedType");
  }
  tsParseFunctionOrConstructorType(t, s) {
    let i = this.startNode();
    return t === "TSConstructorType" && (i.abstract = !!s, s && this.next(), this.next()), this.tsInAllowConditionalTypesContext(() => this.tsFillSignature(15, i)), this.finishNode(i, t);
  }
  tsParseLiteralTypeNode() {
    let t = this.startNode();
    switch (this.state.type) {
      case 134:
      case 135:
      case 133:
      case 81:
      case 82:
        t.literal = super.parseExprAtom();
        break;
      default:
        this.unexpected();
    }
    return this.finishNode(t, "TSLiteralType");
  }
  tsParseTemplateLiteralType() {
    let t = this.state.startLoc, s = this.parseTemplateElement(false), i = [s];
    if (s.tail) {
      let r = this.startNodeAt(t), n = this.startNodeAt(t);
      return n.expressions = [], n.quasis = i, r.literal = this.finishNode(n, "TemplateLiteral"), this.finishNode(r, "TSLiteralType");
    } else {
      let r = [];
      for (; !s.tail; ) r.push(this.tsParseType()), this.readTemplateContinuation(), i.push(s = this.parseTemplateElement(false));
      let n = this.startNodeAt(t);
      return n.types = r, n.quasis = i, this.finishNode(n, "TSTemplateLiteralType");
    }
  }
  parseTemplateSubstitution() {
    return this.state.inType ? this.tsParseType() : super.parseTemplateSubstitution();
  }
  tsParseThisTypeOrThisTypePredicate() {
    let t = this.tsParseThisTypeNode();
    return this.isContextual(115) && !this.hasPrecedingLineBreak() ? this.tsParseThisTypePredicate(t) : t;
  }
  tsParseNonArrayType() {
    switch (this.state.type) {
      case 133:
      case 134:
      case 135:
      case 81:
      case 82:
        return this.tsParseLiteralTypeNode();
      case 49:
        if (this.state.value === "-") {
          let t = this.startNode(), s = this.lookahead();
          return s.type !== 134 && s.type !== 135 && this.unexpected(), t.literal = this.parseMaybeUnary(), this.finishNode(t, "TSLiteralType");
        }
        break;
      case 74:
        return this.tsParseThisTypeOrThisTypePredicate();
      case 83:
        return this.tsParseTypeQuery();
      case 79:
        return this.tsParseImportType();
      case 2:
        return this.tsLookAhead(this.tsIsStartOfMappedType.bind(this)) ? this.tsParseMappedType() : this.tsParseTypeLiteral();
      case 0:
        return this.tsParseTupleType();
      case 6:
        if (!(this.optionFlags & 2048)) {
          let t = this.state.startLoc;
          this.next();
          let s = this.tsParseType();
          return this.expect(7), this.addExtra(s, "parenthesized", true), this.addExtra(s, "parenStart", t.index), s;
        }
        return this.tsParseParenthesizedType();
      case 21:
      case 20:
        return this.tsParseTemplateLiteralType();
      default: {
        let { type: t } = this.state;
        if (C(t) || t === 84 || t === 80) {
          let s = t === 84 ? "TSVoidKeyword" : t === 80 ? "TSNullKeyword" : pr2(this.state.value);
          if (s !== void 0 && this.lookaheadCharCode() !== 46) {
            let i = this.startNode();
            return this.next(), this.finishNode(i, s);
          }
          return this.tsParseTypeReference();
        }
      }
    }
    throw this.unexpected();
  }
  tsParseArrayTypeOrHigher() {
    let { startLoc: t } = this.state, s = this.tsParseNonArrayType();
    for (; !this.hasPrecedingLineBreak() && this.eat(0); ) if (this.match(1)) {
      let i = this.startNodeAt(t);
      i.elementType = s, this.expect(1), s = this.finishNode(i, "TSArrayType");
    } else {
      let i = this.startNodeAt(t);
      i.objectType = s, i.indexType = this.tsParseType(), this.expect(1), s = this.finishNode(i, "TSIndexedAccessType");
    }
    return s;
  }
  tsParseTypeOperator() {
    let t = this.startNode(), s = this.state.value;
    return this.next(), t.operator = s, t.typeAnnotation = this.tsParseTypeOperatorOrHigher(), s === "readonly" && this.tsCheckTypeAnnotationForReadOnly(t), this.finishNode(t, "TSTypeOperator");
  }
  tsCheckTypeAnnotationForReadOnly(t) {
    switch (t.typeAnnotation.type) {
      case "TSTupleType":
      case "TSArrayType":
        return;
      default:
        this.raise(d.UnexpectedReadonly, t);
    }
  }
  tsParseInferType() {
    let t = this.startNode();
    this.expectContextual(114);
    let s = this.startNode();
    return s.name = this.tsParseTypeParameterName(), s.constraint = this.tsTryParse(() => this.tsParseConstraintForInferType()), t.typeParameter = this.finishNode(s, "TSTypeParameter"), this.finishNode(t, "TSInferType");
  }
  tsParseConstraintForInferType() {
    if (this.eat(77)) {
      let t = this.tsInDisallowConditionalTypesContext(() => this.tsParseType());
      if (this.state.inDisallowConditionalTypesContext || !this.match(13)) return t;
    }
  }
  tsParseTypeOperatorOrHigher() {
    return vi2(this.state.type) && !this.state.containsEsc ? this.tsParseTypeOperator() : this.isContextual(114) ? this.tsParseInferType() : this.tsInAllowConditionalTypesContext(() => this.tsParseArrayTypeOrHigher());
  }
  tsParseUnionOrIntersectionType(t, s, i) {
    let r = this.startNode(), n = this.eat(i), o = [];
    do
      o.push(s());
    while (this.eat(i));
    return o.length === 1 && !n ? o[0] : (r.types = o, this.finishNode(r, t));
  }
  tsParseIntersectionTypeOrHigher() {
    return this.tsParseUnionOrIntersectionType("TSIntersectionType", this.tsParseTypeOperatorOrHigher.bind(this), 41);
  }
  tsParseUnionTypeOrHigher() {
    return this.tsParseUnionOrIntersectionType("TSUnionType", this.tsParseIntersectionTypeOrHigher.bind(this), 39);
  }
  tsIsStartOfFunctionType() {
    return this.match(43) ? true : this.match(6) && this.tsLookAhead(this.tsIsUnambiguouslyStartOfFunctionType.bind(this));
  }
  tsSkipParameterStart() {
    if (C(this.state.type) || this.match(74)) return this.next(), true;
    let t = this.match(2);
    if (t || this.match(0)) {
      t || this.next();
      let { errors: s } = this.state, i = s.length, r = this.snapshotScopeStacks();
      try {
        return t ? this.parseObjectLike(4, true) : super.parseBindingList(1, 93, 1), s.length === i;
      } catch {
        return this.restoreScopeStacks(r), false;
      }
    }
    return false;
  }
  tsIsUnambiguouslyStartOfFunctionType() {
    return this.next(), !!(this.match(7) || this.match(17) || this.tsSkipParameterStart() && (this.match(10) || this.match(8) || this.match(13) || this.match(25) || this.match(7) && (this.next(), this.match(15))));
  }
  tsParseTypeOrTypePredicateAnnotation(t) {
    return this.tsInType(() => {
      let s = this.startNode();
      this.expect(t);
      let i = this.startNode(), r = !!this.tsTryParse(this.tsParseTypePredicateAsserts.bind(this));
      if (r && this.match(74)) {
        let h2 = this.tsParseThisTypeOrThisTypePredicate();
        return h2.type === "TSThisType" ? (i.parameterName = h2, i.asserts = true, i.typeAnnotation = null, h2 = this.finishNode(i, "TSTypePredicate")) : (this.resetStartLocationFromNode(h2, i), h2.asserts = true), s.typeAnnotation = h2, this.finishNode(s, "TSTypeAnnotation");
      }
      let n = this.tsIsIdentifier() && this.tsTryParse(this.tsParseTypePredicatePrefix.bind(this));
      if (!n) return r ? (i.parameterName = this.parseIdentifier(), i.asserts = r, i.typeAnnotation = null, s.typeAnnotation = this.finishNode(i, "TSTypePredicate"), this.finishNode(s, "TSTypeAnnotation")) : this.tsParseTypeAnnotation(false, s);
      let o = this.tsParseTypeAnnotation(false);
      return i.parameterName = n, i.typeAnnotation = o, i.asserts = r, s.typeAnnotation = this.finishNode(i, "TSTypePredicate"), this.finishNode(s, "TSTypeAnnotation");
    });
  }
  tsTryParseTypeOrTypePredicateAnnotation() {
    if (this.match(10)) return this.tsParseTypeOrTypePredicateAnnotation(10);
  }
  tsTryParseTypeAnnotation() {
    if (this.match(10)) return this.tsParseTypeAnnotation();
  }
  tsTryParseType() {
    return this.tsEatThenParseType(10);
  }
  tsParseTypePredicatePrefix() {
    let t = this.parseIdentifier();
    if (this.isContextual(115) && !this.hasPrecedingLineBreak()) return this.next(), t;
  }
  tsParseTypePredicateAsserts() {
    if (this.state.type !== 108) return false;
    let t = this.state.containsEsc;
    return this.next(), !C(this.state.type) && !this.match(74) ? false : (t && this.raise(l.InvalidEscapedReservedWord, this.state.lastTokStartLoc, { reservedWord: "asserts" }), true);
  }
  tsParseTypeAnnotation(t = true, s = this.startNode()) {
    return this.tsInType(() => {
      t && this.expect(10), s.typeAnnotation = this.tsParseType();
    }), this.finishNode(s, "TSTypeAnnotation");
  }
  tsParseType() {
    Ge2(this.state.inType);
    let t = this.tsParseNonConditionalType();
    if (this.state.inDisallowConditionalTypesContext || this.hasPrecedingLineBreak() || !this.eat(77)) return t;
    let s = this.startNodeAtNode(t);
    return s.checkType = t, s.extendsType = this.tsInDisallowConditionalTypesContext(() => this.tsParseNonConditionalType()), this.expect(13), s.trueType = this.tsInAllowConditionalTypesContext(() => this.tsParseType()), this.expect(10), s.falseType = this.tsInAllowConditionalTypesContext(() => this.tsParseType()), this.finishNode(s, "TSConditionalType");
  }
  isAbstractConstructorSignature() {
    return this.isContextual(123) && this.isLookaheadContextual("new");
  }
  tsParseNonConditionalType() {
    return this.tsIsStartOfFunctionType() ? this.tsParseFunctionOrConstructorType("TSFunctionType") : this.match(73) ? this.tsParseFunctionOrConstructorType("TSConstructorType") : this.isAbstractConstructorSignature() ? this.tsParseFunctionOrConstructorType("TSConstructorType", true) : this.tsParseUnionTypeOrHigher();
  }
  tsParseTypeAssertion() {
    this.getPluginOption("typescript", "disallowAmbiguousJSXLike") && this.raise(d.ReservedTypeAssertion, this.state.startLoc);
    let t = this.startNode();
    return t.typeAnnotation = this.tsInType(() => (this.next(), this.match(71) ? this.tsParseTypeReference() : this.tsParseType())), this.expect(44), this.state.canStartArrow = false, t.expression = this.parseMaybeUnary(), this.finishNode(t, "TSTypeAssertion");
  }
  tsParseHeritageClause(t) {
    let s = this.state.startLoc, i = this.tsParseDelimitedList("HeritageClauseElement", () => {
      let r = (this.state.canStartArrow = false, super.parseExprSubscripts());
      be2(r) || this.raise(d.InvalidHeritageClauseType, r.start, { token: t });
      let n = t === "extends" ? "TSInterfaceHeritage" : "TSClassImplements";
      if (r.type === "TSInstantiationExpression") return r.type = n, r;
      let o = this.startNodeAtNode(r);
      return o.expression = r, (this.match(43) || this.match(47)) && (o.typeArguments = this.tsParseTypeArgumentsInExpression()), this.finishNode(o, n);
    });
    return i.length || this.raise(d.EmptyHeritageClauseType, s, { token: t }), i;
  }
  tsParseInterfaceDeclaration(t, s = {}) {
    if (this.hasFollowingLineBreak()) return null;
    this.expectContextual(128), s.declare && (t.declare = true), C(this.state.type) ? (t.id = this.parseIdentifier(), this.checkIdentifier(t.id, 130)) : (t.id = null, this.raise(d.MissingInterfaceName, this.state.startLoc)), t.typeParameters = this.tsTryParseTypeParameters(this.tsParseInOutConstModifiers), this.eat(77) && (t.extends = this.tsParseHeritageClause("extends"));
    let i = this.startNode();
    return i.body = this.tsInType(this.tsParseObjectTypeMembers.bind(this)), t.body = this.finishNode(i, "TSInterfaceBody"), this.finishNode(t, "TSInterfaceDeclaration");
  }
  tsParseTypeAliasDeclaration(t) {
    return t.id = this.parseIdentifier(), this.checkIdentifier(t.id, 2), t.typeAnnotation = this.tsInType(() => {
      if (t.typeParameters = this.tsTryParseTypeParameters(this.tsParseInOutModifiers), this.expect(25), this.isContextual(113) && this.lookaheadCharCode() !== 46) {
        let s = this.startNode();
        return this.next(), this.finishNode(s, "TSIntrinsicKeyword");
      }
      return this.tsParseType();
    }), this.semicolon(), this.finishNode(t, "TSTypeAliasDeclaration");
  }
  tsInTopLevelContext(t) {
    if (this.curContext() !== E.brace) {
      let s = this.state.context;
      this.state.context = [s[0]];
      try {
        return t();
      } finally {
        this.state.context = s;
      }
    } else return t();
  }
  tsInType(t) {
    let s = this.state.inType;
    this.state.inType = true;
    try {
      return t();
    } finally {
      this.state.inType = s;
    }
  }
  tsInDisallowConditionalTypesContext(t) {
    let s = this.state.inDisallowConditionalTypesContext;
    this.state.inDisallowConditionalTypesContext = true;
    try {
      return t();
    } finally {
      this.state.inDisallowConditionalTypesContext = s;
    }
  }
  tsInAllowConditionalTypesContext(t) {
    let s = this.state.inDisallowConditionalTypesContext;
    this.state.inDisallowConditionalTypesContext = false;
    try {
      return t();
    } finally {
      this.state.inDisallowConditionalTypesContext = s;
    }
  }
  tsEatThenParseType(t) {
    if (this.match(t)) return this.tsNextThenParseType();
  }
  tsExpectThenParseType(t) {
    return this.tsInType(() => (this.expect(t), this.tsParseType()));
  }
  tsNextThenParseType() {
    return this.tsInType(() => (this.next(), this.tsParseType()));
  }
  tsParseEnumMember() {
    let t = this.startNode();
    return t.id = this.match(133) ? super.parseStringLiteral(this.state.value) : this.parseIdentifier(true), this.eat(25) && (t.initializer = super.parseMaybeAssignAllowIn()), this.finishNode(t, "TSEnumMember");
  }
  tsParseEnumDeclaration(t, s = {}) {
    return s.const && (t.const = true), s.declare && (t.declare = true), this.expectContextual(125), t.id = this.parseIdentifier(), this.checkIdentifier(t.id, t.const ? 8971 : 8459), t.body = this.tsParseEnumBody(), this.finishNode(t, "TSEnumDeclaration");
  }
  tsParseEnumBody() {
    let t = this.startNode();
    return this.expect(2), t.members = this.tsParseDelimitedList("EnumMembers", this.tsParseEnumMember.bind(this)), this.expect(4), this.finishNode(t, "TSEnumBody");
  }
  tsParseModuleBlock(t) {
    let s = this.startNode();
    return t || this.scope.enter(0), this.expect(2), super.parseBlockOrModuleBlockBody(s.body = [], void 0, true, 4), t || this.scope.exit(), this.finishNode(s, "TSModuleBlock");
  }
  tsParseNamespaceDeclaration(t) {
    return t.id = this.tsParseEntityName(0), t.id.type === "Identifier" && this.checkIdentifier(t.id, 1024), this.scope.enter(2048), this.prodParam.enter(0), t.body = this.tsParseModuleBlock(false), this.prodParam.exit(), this.scope.exit(), this.finishNode(t, "TSModuleDeclaration");
  }
  tsParseAmbientExternalModuleDeclaration(t) {
    let s = this.isContextual(111);
    if (s) t.kind = "global", t.id = this.parseIdentifier();
    else {
      t.kind = "module";
      let { type: i, value: r } = this.state;
      i === 133 ? t.id = super.parseStringLiteral(r) : C(i) ? (this.raise(d.InlineModuleDeclarationMustUseString, this.state.startLoc), t.id = this.tsParseEntityName(0)) : i === 2 ? this.raise(d.EmptyNamespaceName, this.state.startLoc) : (this.raise(d.InvalidNamespaceName, this.state.startLoc, r), t.id = super.parseExprAtom());
    }
    return this.match(2) ? (s || this.scope.enter(1024), this.prodParam.enter(0), t.body = this.tsParseModuleBlock(s), this.prodParam.exit(), s || this.scope.exit()) : this.semicolon(), this.finishNode(t, "TSModuleDeclaration");
  }
  tsParseImportEqualsDeclaration(t, s) {
    t.id = s || this.parseIdentifier(), this.checkIdentifier(t.id, 4096), this.expect(25);
    let i = this.tsParseModuleReference();
    return t.importKind === "type" && i.type !== "TSExternalModuleReference" && this.raise(d.ImportAliasHasImportType, i), t.moduleReference = i, this.semicolon(), this.finishNode(t, "TSImportEqualsDeclaration");
  }
  tsIsExternalModuleReference() {
    return this.isContextual(118) && this.lookaheadCharCode() === 40;
  }
  tsParseModuleReference() {
    return this.tsIsExternalModuleReference() ? this.tsParseExternalModuleReference() : this.tsParseEntityName(0);
  }
  tsParseExternalModuleReference() {
    let t = this.startNode();
    return this.expectContextual(118), this.expect(6), this.match(133) || this.unexpected(), t.expression = super.parseExprAtom(), this.expect(7), this.sawUnambiguousESM = true, this.finishNode(t, "TSExternalModuleReference");
  }
  tsLookAhead(t) {
    let s = this.state.clone(), i = t();
    return this.state = s, i;
  }
  tsTryParseAndCatch(t) {
    let s = this.tryParse((i) => t() || i());
    if (!(s.aborted || !s.node)) return s.error && (this.state = s.failState), s.node;
  }
  tsTryParse(t) {
    let s = this.state.clone(), i = t();
    if (i !== void 0 && i !== false) return i;
    this.state = s;
  }
  tsTryParseDeclare(t) {
    if (this.isLineTerminator()) return;
    let s = this.state.type;
    return this.tsInAmbientContext(() => {
      switch (s) {
        case 64:
          return t.declare = true, super.parseFunctionStatement(t, false, 2);
        case 76:
          return t.declare = true, this.parseClass(t, true, false);
        case 125:
          return this.tsParseEnumDeclaration(t, { declare: true });
        case 111:
          return this.tsParseAmbientExternalModuleDeclaration(t);
        case 97:
          if (this.state.containsEsc) return;
        case 71:
        case 70:
          return !this.match(71) || !this.isLookaheadContextual("enum") ? (t.declare = true, this.parseVarStatement(t, this.state.value, true)) : (this.expect(71), this.tsParseEnumDeclaration(t, { const: true, declare: true }));
        case 106:
          if (this.isUsing()) return this.raise(d.InvalidModifierOnUsingDeclaration, this.state.startLoc, "declare"), t.declare = true, this.parseVarStatement(t, "using", true);
          break;
        case 93:
          if (this.isAwaitUsing()) return this.raise(d.InvalidModifierOnAwaitUsingDeclaration, this.state.startLoc, "declare"), t.declare = true, this.next(), this.parseVarStatement(t, "await using", true);
          break;
        case 128: {
          let i = this.tsParseInterfaceDeclaration(t, { declare: true });
          if (i) return i;
        }
        default:
          if (C(s)) return this.tsParseDeclaration(t, this.state.type, true, null);
      }
    });
  }
  tsTryParseExportDeclaration() {
    return this.tsParseDeclaration(this.startNode(), this.state.type, true, null);
  }
  tsParseDeclaration(t, s, i, r) {
    switch (s) {
      case 123:
        if (this.tsCheckLineTerminator(i) && (this.match(76) || C(this.state.type))) return this.tsParseAbstractDeclaration(t, r);
        break;
      case 126:
        if (this.tsCheckLineTerminator(i)) return this.tsParseAmbientExternalModuleDeclaration(t);
        break;
      case 127:
        if (this.tsCheckLineTerminator(i) && C(this.state.type)) return t.kind = "namespace", this.tsParseNamespaceDeclaration(t);
        break;
      case 129:
        if (this.tsCheckLineTerminator(i) && C(this.state.type)) return this.tsParseTypeAliasDeclaration(t);
        break;
    }
  }
  tsCheckLineTerminator(t) {
    return t ? this.hasFollowingLineBreak() ? false : (this.next(), true) : !this.isLineTerminator();
  }
  tsTryParseGenericAsyncArrowFunction(t) {
    if (!this.match(43)) return;
    let s = this.tsTryParseAndCatch(() => {
      let i = this.startNodeAt(t);
      return i.typeParameters = this.tsParseTypeParameters(this.tsParseConstModifier), super.parseFunctionParams(i), i.returnType = this.tsTryParseTypeOrTypePredicateAnnotation(), this.expect(15), i;
    });
    if (s) return super.parseArrowExpression(s, null, true);
  }
  tsParseTypeArgumentsInExpression() {
    if (this.reScan_lt() === 43) return this.tsParseTypeArguments();
  }
  tsParseTypeArguments() {
    let t = this.startNode();
    return t.params = this.tsInType(() => this.tsInTopLevelContext(() => (this.expect(43), this.tsParseDelimitedList("TypeParametersOrArguments", this.tsParseType.bind(this))))), t.params.length === 0 ? this.raise(d.EmptyTypeArguments, t) : !this.state.inType && this.curContext() === E.brace && this.reScan_lt_gt(), this.expect(44), this.finishNode(t, "TSTypeParameterInstantiation");
  }
  tsIsDeclarationStart() {
    return Li2(this.state.type);
  }
  isExportDefaultSpecifier() {
    return this.tsIsDeclarationStart() ? false : super.isExportDefaultSpecifier();
  }
  parseBindingElement(t, s) {
    let i = s.length ? null : this.state.startLoc, r = {};
    this.tsParseModifiers(mr, void 0, r);
    let n = r.accessibility, o = r.override, h2 = r.readonly;
    !(t & 4) && (n || h2 || o) && this.raise(d.UnexpectedParameterModifier, i || s[0]);
    let c2 = this.state.startLoc, u = this.parseMaybeDefault(c2);
    t & 2 && this.parseFunctionParamType(u);
    let f = this.parseMaybeDefault(c2, u);
    if (n || h2 || o) {
      let m = i ? this.startNodeAt(i) : this.startNodeAtNode(s[0]);
      return s.length && (m.decorators = s), n && (m.accessibility = n), h2 && (m.readonly = h2), o && (m.override = o), f.type !== "Identifier" && f.type !== "AssignmentPattern" && this.raise(d.UnsupportedParameterPropertyKind, i || s[0]), m.parameter = f, this.finishNode(m, "TSParameterProperty");
    }
    return s.length && (u.decorators = s), f;
  }
  isSimpleParameter(t) {
    return t.type === "TSParameterProperty" && super.isSimpleParameter(t.parameter) || super.isSimpleParameter(t);
  }
  tsDisallowOptionalPattern(t) {
    for (let s of t.params) s.type !== "Identifier" && s.optional && !this.state.isAmbientContext && this.raise(d.PatternIsOptional, s);
  }
  setArrowFunctionParameters(t, s, i) {
    super.setArrowFunctionParameters(t, s, i), this.tsDisallowOptionalPattern(t);
  }
  parseFunctionBodyAndFinish(t, s, i = false) {
    this.match(10) && (t.returnType = this.tsParseTypeOrTypePredicateAnnotation(10));
    let r = s === "FunctionDeclaration" ? "TSDeclareFunction" : s === "ClassMethod" || s === "ClassPrivateMethod" ? "TSDeclareMethod" : void 0;
    if (r && !this.match(2) && this.isLineTerminator()) {
      if (r === "TSDeclareMethod" && t.kind === "constructor") for (let n of t.params) n.type === "TSParameterProperty" ? this.raise(d.UnexpectedParameterModifier, n) : n.type === "AssignmentPattern" && this.raise(d.UnexpectedParameterInitializer, n);
      else for (let n of t.params) n.type === "AssignmentPattern" && this.raise(d.UnexpectedParameterInitializer, n);
      return this.finishNode(t, r);
    }
    return r && this.state.isAmbientContext && (this.raise(d.DeclareFunctionHasImplementation, this.state.startLoc), r === "TSDeclareFunction" && t.declare) ? super.parseFunctionBodyAndFinish(t, r, i) : (this.tsDisallowOptionalPattern(t), super.parseFunctionBodyAndFinish(t, s, i));
  }
  registerFunctionStatementId(t) {
    !t.body && t.id ? this.checkIdentifier(t.id, 1024) : super.registerFunctionStatementId(t);
  }
  tsCheckForInvalidTypeCasts(t) {
    t.forEach((s) => {
      s?.type === "TSTypeCastExpression" && this.raise(d.UnexpectedTypeAnnotation, s.typeAnnotation);
    });
  }
  toReferencedList(t, s) {
    return this.tsCheckForInvalidTypeCasts(t), t;
  }
  parseArrayLike(t, s) {
    let i = super.parseArrayLike(t, s);
    return i.type === "ArrayExpression" && this.tsCheckForInvalidTypeCasts(i.elements), i;
  }
  parseSubscript(t, s, i, r) {
    if (!this.hasPrecedingLineBreak() && this.match(31)) {
      this.state.canStartJSXElement = false, this.next();
      let o = this.startNodeAt(s);
      return o.expression = t, this.finishNode(o, "TSNonNullExpression");
    }
    let n = false;
    if (this.match(14) && this.lookaheadCharCode() === 60) {
      if (i) return r.stop = true, t;
      r.optionalChainMember = n = true, this.next();
    }
    if (this.match(43) || this.match(47)) {
      let o, h2 = this.tsTryParseAndCatch(() => {
        if (!i && this.atPossibleAsyncArrow(t)) {
          let m = this.tsTryParseGenericAsyncArrowFunction(s);
          if (m) return r.stop = true, m;
        }
        let c2 = this.tsParseTypeArgumentsInExpression();
        if (!c2) return;
        if (n && !this.match(6)) {
          o = this.state.curPosition();
          return;
        }
        if (te2(this.state.type)) {
          let m = super.parseTaggedTemplateExpression(t, s, r);
          return m.typeArguments = c2, m;
        }
        if (!i && this.eat(6)) {
          let m = this.startNodeAt(s);
          return m.callee = t, m.arguments = this.parseCallExpressionArguments(), this.tsCheckForInvalidTypeCasts(m.arguments), m.typeArguments = c2, r.optionalChainMember && (m.optional = n), this.finishCallExpression(m, r.optionalChainMember);
        }
        let u = this.state.type;
        if (u === 44 || u === 48 || u !== 6 && u !== 90 && u !== 119 && ft2(u) && !this.hasPrecedingLineBreak()) return;
        let f = this.startNodeAt(s);
        return f.expression = t, f.typeArguments = c2, this.finishNode(f, "TSInstantiationExpression");
      });
      if (o && this.unexpected(o, 6), h2) return h2.type === "TSInstantiationExpression" && ((this.match(12) || this.match(14) && this.lookaheadCharCode() !== 40) && this.raise(d.InvalidPropertyAccessAfterInstantiationExpression, this.state.startLoc), !this.match(12) && !this.match(14) && (h2.expression = super.stopParseSubscript(t, r))), h2;
    }
    return super.parseSubscript(t, s, i, r);
  }
  parseNewCallee(t) {
    super.parseNewCallee(t);
    let { callee: s } = t;
    s.type === "TSInstantiationExpression" && !s.extra?.parenthesized && (t.typeArguments = s.typeArguments, t.callee = s.expression);
  }
  parseExprOp(t, s, i) {
    let r;
    if (Nt2(54) > i && !this.hasPrecedingLineBreak() && (this.isContextual(90) || (r = this.isContextual(119)))) {
      let n = this.startNodeAt(s);
      n.expression = t, n.typeAnnotation = this.tsInType(() => (this.next(), this.match(71) ? (r && this.raise(l.UnexpectedKeyword, this.state.startLoc, { keyword: "const" }), this.tsParseTypeReference()) : this.tsParseType()));
      let o = this.finishNode(n, r ? "TSSatisfiesExpression" : "TSAsExpression");
      return this.reScan_lt_gt(), this.parseExprOp(o, s, i);
    }
    return super.parseExprOp(t, s, i);
  }
  checkReservedWord(t, s, i, r) {
    this.state.isAmbientContext || super.checkReservedWord(t, s, i, r);
  }
  checkDuplicateExports() {
  }
  isPotentialImportPhase(t) {
    if (super.isPotentialImportPhase(t)) return true;
    if (this.isContextual(129)) {
      let s = this.lookaheadCharCode();
      return t ? s === 123 || s === 42 : s !== 61;
    }
    return !t && this.isContextual(83);
  }
  applyImportPhase(t, s, i, r) {
    super.applyImportPhase(t, s, i, r), s ? t.exportKind = i === "type" ? "type" : "value" : t.importKind = i === "type" || i === "typeof" ? i : "value";
  }
  parseImport(t) {
    if (this.match(133)) return t.importKind = "value", this.scope.inTSNamespace && this.raise(d.ImportInTSNamespace, t), super.parseImport(t);
    let s;
    if (C(this.state.type) && this.lookaheadCharCode() === 61) {
      t.importKind = "value";
      let i = this.tsParseImportEqualsDeclaration(t);
      return this.scope.inTSNamespace && i.moduleReference.type === "TSExternalModuleReference" && this.raise(d.ImportInTSNamespace, t), i;
    } else if (this.isContextual(129)) {
      let i = this.parseMaybeImportPhase(t, false);
      if (this.lookaheadCharCode() === 61) return this.scope.inTSNamespace && this.raise(d.ImportInTSNamespace, t), this.tsParseImportEqualsDeclaration(t, i);
      s = super.parseImportSpecifiersAndAfter(t, i);
    } else s = super.parseImport(t);
    return s.importKind === "type" && s.specifiers.length > 1 && s.specifiers[0].type === "ImportDefaultSpecifier" ? this.raise(d.TypeImportCannotSpecifyDefaultAndNamed, s) : this.scope.inTSNamespace && this.raise(d.ImportInTSNamespace, s), s;
  }
  parseExport(t, s) {
    if (this.match(79)) {
      let i = this.startNode();
      this.next();
      let r = null;
      this.isContextual(129) && this.isPotentialImportPhase(false) ? r = this.parseMaybeImportPhase(i, false) : i.importKind = "value";
      let n = this.tsParseImportEqualsDeclaration(i, r);
      return t.attributes = [], t.declaration = n, t.exportKind = "value", t.source = null, t.specifiers = [], this.finishNode(t, "ExportNamedDeclaration");
    } else if (this.eat(25)) {
      let i = t;
      return i.expression = super.parseExpression(), this.semicolon(), this.sawUnambiguousESM = true, this.scope.inTSNamespace && this.raise(d.ExportAssignmentInTSNamespace, i), this.finishNode(i, "TSExportAssignment");
    } else if (this.eatContextual(90)) {
      let i = t;
      return this.expectContextual(127), i.id = this.parseIdentifier(), this.checkIdentifier(i.id, 8201), this.semicolon(), this.scope.inTSNamespace && this.raise(d.NamespaceExportInTSNamespace, i), this.finishNode(i, "TSNamespaceExportDeclaration");
    } else {
      let i = super.parseExport(t, s);
      return this.scope.inTSNamespace && (i.type !== "ExportNamedDeclaration" || i.source || !i.declaration && !this.state.isAmbientContext) && this.raise(d.ExportInTSNamespace, i), i;
    }
  }
  isAbstractClass() {
    return this.isContextual(123) && this.isLookaheadContextual("class");
  }
  parseExportDefaultExpression() {
    if (this.isAbstractClass()) {
      let t = this.startNode();
      return this.next(), t.abstract = true, this.parseClass(t, true, true);
    }
    if (this.match(128)) {
      let t = this.tsParseInterfaceDeclaration(this.startNode());
      if (t) return t;
    }
    return super.parseExportDefaultExpression();
  }
  parseVarStatement(t, s, i = false) {
    let { isAmbientContext: r } = this.state, n = super.parseVarStatement(t, s, i || r);
    if (r && !t.declare && (s === "using" || s === "await using")) return this.raiseOverwrite(d.UsingDeclarationInAmbientContext, t, s), n;
    for (let o of n.declarations) {
      let { id: h2, init: c2, definite: u } = o;
      u && (c2 ? this.raise(d.DeclaratorDefiniteAssertionWithInitializer, h2) : h2.typeAnnotation || this.raise(d.DeclaratorDefiniteAssertionRequiresTypeAnnotation, h2)), r && c2 && (s === "var" || s === "let" || h2.typeAnnotation ? this.raise(d.InitializerNotAllowedInAmbientContext, c2) : gr2(c2, this.hasPlugin("estree")) || this.raise(d.ConstInitializerMustBeStringOrNumericLiteralOrLiteralEnumReference, c2));
    }
    return n;
  }
  parseStatementContent(t, s) {
    let i = !!(t & 2);
    if (!this.state.containsEsc) switch (this.state.type) {
      case 71: {
        if (this.isLookaheadContextual("enum")) {
          let r = this.startNode();
          return this.next(), this.tsParseEnumDeclaration(r, { const: true });
        }
        break;
      }
      case 123:
      case 124: {
        if (this.nextTokenIsIdentifierAndNotTSRelationalOperatorOnSameLine()) {
          let r = this.state.type, n = this.startNode();
          this.next();
          let o = r === 124 ? this.tsTryParseDeclare(n) : this.tsParseAbstractDeclaration(n, s);
          return o ? (r === 124 && (o.declare = true), o) : (n.expression = this.createIdentifier(this.startNodeAtNode(n), r === 124 ? "declare" : "abstract"), this.semicolon(false), this.finishNode(n, "ExpressionStatement"));
        }
        break;
      }
      case 125:
        return this.tsParseEnumDeclaration(this.startNode());
      case 111: {
        if (this.lookaheadCharCode() === 123) {
          let n = this.startNode();
          return this.tsParseAmbientExternalModuleDeclaration(n);
        }
        break;
      }
      case 128: {
        let r = this.tsParseInterfaceDeclaration(this.startNode());
        if (r) return i || this.raise(d.UnexpectedTypeDeclaration, r, "interface"), r;
        break;
      }
      case 126: {
        if (this.nextTokenIsStringLiteralOnSameLine()) {
          let r = this.startNode();
          return this.next(), this.tsParseDeclaration(r, 126, false, s);
        } else if (this.nextTokenIsIdentifierOnSameLine()) {
          this.raise(d.InlineModuleDeclarationMustUseString, this.state.startLoc);
          let r = this.startNode();
          return this.next(), this.tsParseDeclaration(r, 127, false, s);
        }
        break;
      }
      case 127: {
        if (this.nextTokenIsIdentifierOnSameLine()) {
          let r = this.startNode();
          return this.next(), this.tsParseDeclaration(r, 127, false, s);
        }
        break;
      }
      case 129: {
        if (this.nextTokenIsIdentifierOnSameLine()) {
          let r = this.startNode();
          return i || this.raise(d.UnexpectedTypeDeclaration, r, "type"), this.next(), this.tsParseTypeAliasDeclaration(r);
        }
        break;
      }
    }
    return super.parseStatementContent(t, s);
  }
  parseAccessModifier() {
    return this.tsParseModifier(yr2);
  }
  tsHasSomeModifiers(t, s) {
    return s.some((i) => Xe2(i) ? t.accessibility === i : !!t[i]);
  }
  tsIsStartOfStaticBlocks() {
    return this.isContextual(103) && this.lookaheadCharCode() === 123;
  }
  parseClassMember(t, s, i) {
    this.tsParseModifiers(fr2, d.InvalidModifierOnTypeParameterPositions, s, true);
    let r = () => {
      this.tsIsStartOfStaticBlocks() ? (this.next(), this.next(), this.tsHasSomeModifiers(s, ["declare", "private", "public", "protected", "override", "abstract", "readonly", "static"]) && this.raise(d.StaticBlockCannotHaveModifier, this.state.curPosition()), super.parseClassStaticBlock(t, s)) : this.parseClassMemberWithIsStatic(t, s, i, !!s.static);
    };
    s.declare ? this.tsInAmbientContext(r) : r(), s.decorators && s.decorators.length > 0 && !this.hasPlugin("decorators-legacy") && (s.type === "TSAbstractMethodDefinition" || s.type === "TSDeclareMethod" ? this.raise(d.DecoratorAbstractMethod, s, { kind: "abstract method" }) : (s.type === "ClassProperty" && s.abstract || s.type === "ClassProperty" && s.declare || s.type === "TSAbstractPropertyDefinition" || s.type === "PropertyDefinition" && s.declare) && this.raise(d.DecoratorAbstractMethod, s, { kind: s.declare ? "declare field" : "abstract field" }));
  }
  parseClassMemberWithIsStatic(t, s, i, r) {
    let n = this.tsTryParseIndexSignature(s);
    if (n) {
      t.body.push(n), s.abstract && this.raise(d.IndexSignatureHasAbstract, s), s.accessibility && this.raise(d.IndexSignatureHasAccessibility, s, { modifier: s.accessibility }), s.declare && this.raise(d.IndexSignatureHasDeclare, s), s.override && this.raise(d.IndexSignatureHasOverride, s);
      return;
    }
    !this.state.inAbstractClass && s.abstract && this.raise(d.NonAbstractClassHasAbstractMethod, s), s.override && (i.hadSuperClass || this.raise(d.OverrideNotInSubClass, s)), super.parseClassMemberWithIsStatic(t, s, i, r);
  }
  parsePostMemberNameModifiers(t) {
    this.eat(13) && (t.optional = true), t.readonly && this.match(6) && this.raise(d.ClassMethodHasReadonly, t), t.declare && this.match(6) && this.raise(d.ClassMethodHasDeclare, t);
  }
  shouldParseExportDeclaration() {
    return this.tsIsDeclarationStart() ? true : super.shouldParseExportDeclaration();
  }
  parseConditional(t, s, i) {
    if (!this.match(13)) return t;
    if (i != null) {
      let o = this.lookaheadCharCode();
      if (o === 44 || o === 61 || o === 58 || o === 41) return this.setOptionalParametersError(i), t;
    }
    this.next();
    let r = this.startNodeAt(s);
    r.test = t;
    let n = this.state.inConditionalConsequent;
    return this.state.inConditionalConsequent = true, r.consequent = this.parseMaybeAssignAllowIn(), this.state.inConditionalConsequent = n, this.expect(10), r.alternate = this.parseMaybeAssign(), this.finishNode(r, "ConditionalExpression");
  }
  parseParenItem(t, s) {
    let i = super.parseParenItem(t, s);
    if (this.eat(13) && (i.optional = true, this.resetEndLocation(t)), this.match(10)) {
      let r = this.startNodeAt(s);
      return r.expression = t, r.typeAnnotation = this.tsParseTypeAnnotation(), this.finishNode(r, "TSTypeCastExpression");
    }
    return t;
  }
  parseExportDeclaration(t) {
    if (!this.state.isAmbientContext && this.isContextual(124)) return this.tsInAmbientContext(() => this.parseExportDeclaration(t));
    let s = this.state.startLoc, i = this.eatContextual(124);
    if (i && (this.isContextual(124) || !this.shouldParseExportDeclaration())) throw this.raise(d.ExpectedAmbientAfterExportDeclare, this.state.startLoc);
    let n = C(this.state.type) && this.tsTryParseExportDeclaration() || super.parseExportDeclaration(t);
    return n ? ((n.type === "TSInterfaceDeclaration" || n.type === "TSTypeAliasDeclaration" || i) && (t.exportKind = "type"), i && n.type !== "TSImportEqualsDeclaration" && (this.resetStartLocation(n, s), n.declare = true), n) : null;
  }
  parseClassId(t, s, i, r) {
    if ((!s || i) && this.isContextual(112)) {
      t.id = null;
      return;
    }
    super.parseClassId(t, s, i, t.declare ? 1024 : 8331);
    let n = this.tsTryParseTypeParameters(this.tsParseInOutConstModifiers);
    n && (t.typeParameters = n);
  }
  parseClassPropertyAnnotation(t) {
    t.optional || (this.eat(31) ? t.definite = true : this.eat(13) && (t.optional = true));
    let s = this.tsTryParseTypeAnnotation();
    s && (t.typeAnnotation = s), t.definite && (this.match(25) ? this.raise(d.DeclaratorDefiniteAssertionWithInitializer, t) : s || this.raise(d.DeclaratorDefiniteAssertionRequiresTypeAnnotation, t));
  }
  parseClassProperty(t) {
    if (this.parseClassPropertyAnnotation(t), this.state.isAmbientContext && !(t.readonly && !t.typeAnnotation) && this.match(25) && this.raise(d.DeclareClassFieldHasInitializer, this.state.startLoc), t.abstract && this.match(25)) {
      let { key: s } = t;
      this.raise(d.AbstractPropertyHasInitializer, this.state.startLoc, { propertyName: s.type === "Identifier" && !t.computed ? s.name : `[${this.input.slice(this.offsetToSourcePos(s.start), this.offsetToSourcePos(s.end))}]` });
    }
    return super.parseClassProperty(t);
  }
  parseClassPrivateProperty(t) {
    return t.abstract && this.raise(d.PrivateElementHasAbstract, t), t.accessibility && this.raise(d.PrivateElementHasAccessibility, t, { modifier: t.accessibility }), this.parseClassPropertyAnnotation(t), super.parseClassPrivateProperty(t);
  }
  parseClassAccessorProperty(t) {
    return this.parseClassPropertyAnnotation(t), t.optional && this.raise(d.AccessorCannotBeOptional, t), super.parseClassAccessorProperty(t);
  }
  pushClassMethod(t, s, i, r, n, o) {
    let h2 = this.tsTryParseTypeParameters(this.tsParseConstModifier);
    h2 && n && this.raise(d.ConstructorHasTypeParameters, h2);
    let { declare: c2 = false, kind: u } = s;
    c2 && (u === "get" || u === "set") && this.raise(d.DeclareAccessor, s, { kind: u }), h2 && (s.typeParameters = h2), super.pushClassMethod(t, s, i, r, n, o);
  }
  pushClassPrivateMethod(t, s, i, r) {
    let n = this.tsTryParseTypeParameters(this.tsParseConstModifier);
    n && (s.typeParameters = n), super.pushClassPrivateMethod(t, s, i, r);
  }
  declareClassPrivateMethodInScope(t, s) {
    t.type !== "TSDeclareMethod" && (t.type === "MethodDefinition" && t.value.body == null || super.declareClassPrivateMethodInScope(t, s));
  }
  parseClassSuper(t) {
    if (super.parseClassSuper(t), t.superClass) if (t.superClass.type === "TSInstantiationExpression") {
      let s = t.superClass, i = s.expression;
      this.takeSurroundingComments(i, i.start, i.end);
      let r = s.typeArguments;
      this.takeSurroundingComments(r, r.start, r.end), t.superClass = i, t.superTypeArguments = r;
    } else (this.match(43) || this.match(47)) && (t.superTypeArguments = this.tsParseTypeArgumentsInExpression());
    this.eatContextual(112) && (t.implements = this.tsParseHeritageClause("implements"));
  }
  parseObjPropValue(t, s, i, r, n, o, h2) {
    let c2 = this.tsTryParseTypeParameters(this.tsParseConstModifier);
    return c2 && (t.typeParameters = c2), super.parseObjPropValue(t, s, i, r, n, o, h2);
  }
  parseFunctionParams(t, s) {
    let i = this.tsTryParseTypeParameters(this.tsParseConstModifier);
    i && (t.typeParameters = i), super.parseFunctionParams(t, s);
  }
  parseVarId(t, s) {
    super.parseVarId(t, s), t.id.type === "Identifier" && !this.hasPrecedingLineBreak() && this.eat(31) && (t.definite = true);
    let i = this.tsTryParseTypeAnnotation();
    i && (t.id.typeAnnotation = i, this.resetEndLocation(t.id));
  }
  parseAsyncArrowFromCallExpression(t, s) {
    return this.match(10) && (t.returnType = this.tsParseTypeAnnotation()), super.parseAsyncArrowFromCallExpression(t, s);
  }
  parseMaybeAssign(t, s) {
    let i, r, n;
    if (this.hasPlugin("jsx") && (this.match(141) || this.match(43))) {
      if (i = this.state.clone(), r = this.tryParse(() => super.parseMaybeAssign(t, s), i), !r.error) return r.node;
      let { context: c2 } = this.state, u = c2[c2.length - 1];
      (u === E.j_oTag || u === E.j_expr) && c2.pop();
    }
    if (!r?.error && !this.match(43)) return super.parseMaybeAssign(t, s);
    (!i || i === this.state) && (i = this.state.clone());
    let o, h2 = this.tryParse((c2) => {
      o = this.tsParseTypeParameters(this.tsParseConstModifier);
      let u = super.parseMaybeAssign(t, s);
      if ((u.type !== "ArrowFunctionExpression" || u.extra?.parenthesized) && c2(), o?.params.length !== 0 && this.resetStartLocationFromNode(u, o), u.typeParameters = o, this.hasPlugin("jsx") && u.typeParameters.params.length === 1 && !u.typeParameters.extra?.trailingComma) {
        let f = u.typeParameters.params[0];
        f.constraint || this.raise(d.SingleTypeParameterWithoutTrailingComma, this.optionFlags & 256 ? F(f.loc.end, 1) : f, { typeParameterName: f.name.name });
      }
      return u;
    }, i);
    if (!h2.error && !h2.aborted) return o && this.reportReservedArrowTypeParam(o), h2.node;
    if (!r && (Ge2(!this.hasPlugin("jsx")), n = this.tryParse(() => super.parseMaybeAssign(t, s), i), !n.error)) return n.node;
    if (r?.node) return this.state = r.failState, r.node;
    if (h2.node) return this.state = h2.failState, o && this.reportReservedArrowTypeParam(o), h2.node;
    if (n?.node) return this.state = n.failState, n.node;
    throw r?.error || h2.error || n?.error;
  }
  reportReservedArrowTypeParam(t) {
    t.params.length === 1 && !t.params[0].constraint && !t.extra?.trailingComma && this.getPluginOption("typescript", "disallowAmbiguousJSXLike") && this.raise(d.ReservedArrowTypeParam, t);
  }
  parseMaybeUnary(t, s) {
    return !this.hasPlugin("jsx") && this.match(43) ? this.tsParseTypeAssertion() : super.parseMaybeUnary(t, s);
  }
  parseArrow(t) {
    if (this.match(10)) {
      let s = this.tryParse((i) => {
        let r = this.tsParseTypeOrTypePredicateAnnotation(10);
        return (this.canInsertSemicolon() || !this.match(15)) && i(), r;
      });
      if (s.aborted) return;
      s.thrown || (s.error && (this.state = s.failState), t.returnType = s.node);
    }
    return super.parseArrow(t);
  }
  parseFunctionParamType(t) {
    this.eat(13) && (t.optional = true);
    let s = this.tsTryParseTypeAnnotation();
    return s && (t.typeAnnotation = s), this.resetEndLocation(t), t;
  }
  isAssignable(t, s) {
    switch (t.type) {
      case "TSTypeCastExpression":
        return this.isAssignable(t.expression, s);
      case "TSParameterProperty":
        return true;
      default:
        return super.isAssignable(t, s);
    }
  }
  toAssignable(t, s = false) {
    if (Zt2(t)) {
      s ? this.expressionScope.recordArrowParameterBindingError(d.UnexpectedTypeCastInParameter, t) : this.raiseOnce(d.UnexpectedTypeCastInParameter, t), this.toAssignable(t.expression, s);
      return;
    }
    switch (t.type) {
      case "ParenthesizedExpression":
        this.toAssignableParenthesizedExpression(t, s);
        break;
      case "AssignmentExpression":
        !s && t.left.type === "TSTypeCastExpression" && (t.left = this.typeCastToParameter(t.left));
      default:
        super.toAssignable(t, s);
    }
  }
  toAssignableParenthesizedExpression(t, s) {
    Zt2(t.expression) || t.expression.type === "ParenthesizedExpression" ? this.toAssignable(t.expression, s) : super.toAssignable(t, s);
  }
  checkToRestConversion(t, s) {
    Zt2(t) ? this.checkToRestConversion(t.expression, false) : super.checkToRestConversion(t, s);
  }
  isValidLVal(t, s, i, r) {
    switch (t) {
      case "TSTypeCastExpression":
        return true;
      case "TSParameterProperty":
        return "parameter";
      case "TSNonNullExpression":
        return "expression";
      case "TSAsExpression":
      case "TSSatisfiesExpression":
      case "TSTypeAssertion":
        return (r !== 64 || !i) && ["expression", true];
      default:
        return super.isValidLVal(t, s, i, r);
    }
  }
  parseBindingAtom() {
    return this.state.type === 74 ? this.parseIdentifier(true) : super.parseBindingAtom();
  }
  parseMaybeDecoratorArguments(t, s) {
    if (this.match(43) || this.match(47)) {
      let i = this.tsParseTypeArgumentsInExpression();
      if (this.match(6)) {
        let r = super.parseMaybeDecoratorArguments(t, s);
        return r.typeArguments = i, r;
      }
      this.unexpected(null, 6);
    }
    return super.parseMaybeDecoratorArguments(t, s);
  }
  checkCommaAfterRest(t) {
    return this.state.isAmbientContext && this.match(8) && this.lookaheadCharCode() === t ? (this.next(), false) : super.checkCommaAfterRest(t);
  }
  isClassMethod() {
    return this.match(43) || super.isClassMethod();
  }
  isClassProperty() {
    return this.match(31) || this.match(10) || super.isClassProperty();
  }
  parseMaybeDefault(t, s) {
    let i = super.parseMaybeDefault(t, s);
    return i.type === "AssignmentPattern" && i.typeAnnotation && i.right.start < i.typeAnnotation.start && this.raise(d.TypeAnnotationAfterAssign, i.typeAnnotation), i;
  }
  getTokenFromCode(t) {
    if (this.state.inType) {
      if (t === 62) {
        this.finishOp(44, 1);
        return;
      }
      if (t === 60) {
        this.finishOp(43, 1);
        return;
      }
    }
    super.getTokenFromCode(t);
  }
  reScan_lt_gt() {
    let { type: t } = this.state;
    t === 43 ? (this.state.pos -= 1, this.readToken_lt()) : t === 44 && (this.state.pos -= 1, this.readToken_gt());
  }
  reScan_lt() {
    let { type: t } = this.state;
    return t === 47 ? (this.state.pos -= 2, this.finishOp(43, 1), 43) : t;
  }
  toAssignableListItem(t, s, i) {
    let r = t[s];
    r.type === "TSTypeCastExpression" && (t[s] = this.typeCastToParameter(r)), super.toAssignableListItem(t, s, i);
  }
  typeCastToParameter(t) {
    return t.expression.typeAnnotation = t.typeAnnotation, this.resetEndLocationFromNode(t.expression, t.typeAnnotation), t.expression;
  }
  shouldParseArrow(t) {
    return this.match(10) ? t.every((s) => this.isAssignable(s, true)) : super.shouldParseArrow(t);
  }
  shouldParseAsyncArrow() {
    return this.match(10) ? !this.state.inConditionalConsequent : super.shouldParseAsyncArrow();
  }
  parseParenAndDistinguishExpression(t) {
    let s = this.state.inConditionalConsequent;
    this.state.inConditionalConsequent = false;
    let i = super.parseParenAndDistinguishExpression(t);
    return this.state.inConditionalConsequent = s, i;
  }
  canHaveLeadingDecorator() {
    return super.canHaveLeadingDecorator() || this.isAbstractClass();
  }
  jsxParseOpeningElementAfterName(t) {
    if (this.match(43) || this.match(47)) {
      let s = this.tsTryParseAndCatch(() => this.tsParseTypeArgumentsInExpression());
      s && (t.typeArguments = s);
    }
    return super.jsxParseOpeningElementAfterName(t);
  }
  getGetterSetterExpectedParamCount(t) {
    let s = super.getGetterSetterExpectedParamCount(t), r = this.getObjectOrClassMethodParams(t)[0];
    return r && this.isThisParam(r) ? s + 1 : s;
  }
  parseCatchClauseParam() {
    let t = super.parseCatchClauseParam(), s = this.tsTryParseTypeAnnotation();
    return s && (t.typeAnnotation = s, this.resetEndLocation(t)), t;
  }
  tsInAmbientContext(t) {
    let { isAmbientContext: s, strict: i } = this.state;
    this.state.isAmbientContext = true, this.state.strict = false;
    try {
      return t();
    } finally {
      this.state.isAmbientContext = s, this.state.strict = i;
    }
  }
  parseClass(t, s, i) {
    let r = this.state.inAbstractClass;
    this.state.inAbstractClass = !!t.abstract;
    try {
      return super.parseClass(t, s, i);
    } finally {
      this.state.inAbstractClass = r;
    }
  }
  tsParseAbstractDeclaration(t, s) {
    if (this.match(76)) return t.abstract = true, this.maybeTakeDecorators(s, this.parseClass(t, true, false));
    if (this.isContextual(128)) return this.hasFollowingLineBreak() ? null : (t.abstract = true, this.raise(d.NonClassMethodPropertyHasAbstractModifier, t), this.tsParseInterfaceDeclaration(t));
    throw this.unexpected(null, 76);
  }
  parseMethod(t, s, i, r, n, o, h2) {
    let c2 = super.parseMethod(t, s, i, r, n, o, h2);
    if ((c2.abstract || c2.type === "TSAbstractMethodDefinition") && (this.hasPlugin("estree") ? c2.value : c2).body) {
      let { key: m } = c2;
      this.raise(d.AbstractMethodHasImplementation, c2, { methodName: m.type === "Identifier" && !c2.computed ? m.name : `[${this.input.slice(this.offsetToSourcePos(m.start), this.offsetToSourcePos(m.end))}]` });
    }
    return c2;
  }
  tsParseTypeParameterName() {
    return this.parseIdentifier();
  }
  shouldParseAsAmbientContext() {
    return !!this.getPluginOption("typescript", "dts");
  }
  parse() {
    return this.shouldParseAsAmbientContext() && (this.state.isAmbientContext = true), super.parse();
  }
  getExpression() {
    return this.shouldParseAsAmbientContext() && (this.state.isAmbientContext = true), super.getExpression();
  }
  parseExportSpecifier(t, s, i, r) {
    return !s && r ? (this.parseTypeOnlyExportSpecifier(t, i), this.finishNode(t, "ExportSpecifier")) : (t.exportKind = "value", super.parseExportSpecifier(t, s, i, r));
  }
  parseImportSpecifier(t, s, i, r) {
    return !s && r ? (this.parseTypeOnlyImportSpecifier(t), this.finishNode(t, "ImportSpecifier")) : (t.importKind = "value", super.parseImportSpecifier(t, s, i, r));
  }
  checkImportSpecifier(t, s) {
    let i = t.importKind === "type";
    i && s && this.raise(d.TypeModifierIsUsedInTypeImports, t), super.checkImportSpecifier(t, s, i || s ? 4098 : 4096);
  }
  parseTypeOnlyImportSpecifier(t) {
    let s = t.imported, i = false;
    if (this.isContextual(90)) {
      let r = this.parseIdentifier();
      if (this.isContextual(90)) {
        let n = this.parseIdentifier();
        O2(this.state.type) ? (i = true, s = r, t.local = this.parseIdentifier()) : t.local = n;
      } else O2(this.state.type) ? t.local = this.parseIdentifier() : (i = true, s = r);
    } else O2(this.state.type) && (i = true, s = this.parseIdentifier(true));
    t.imported = s, t.importKind = i ? "type" : "value", t.local ?? (t.local = this.eatContextual(90) ? this.parseIdentifier() : this.cloneIdentifier(t.imported));
  }
  parseTypeOnlyExportSpecifier(t, s) {
    let i = t.local, r = false;
    if (this.isContextual(90)) {
      let n = this.parseIdentifier();
      if (this.isContextual(90)) {
        let o = this.parseIdentifier();
        O2(this.state.type) ? (r = true, t.local = n, t.exported = this.parseModuleExportName()) : t.exported = o;
      } else O2(this.state.type) ? t.exported = this.parseModuleExportName() : (r = true, t.local = n);
    } else O2(this.state.type) && (r = true, t.local = this.parseModuleExportName());
    r && s && this.raise(d.TypeModifierIsUsedInTypeExports, i), t.exportKind = r ? "type" : "value", t.exported ?? (t.exported = this.eatContextual(90) ? this.parseModuleExportName() : this.cloneIdentifier(t.local));
  }
  fillOptionalPropertiesForTSESLint(t) {
    switch (t.type) {
      case "ImportDeclaration":
        t.phase ?? (t.phase = null);
        return;
      case "ExpressionStatement":
        t.directive ?? (t.directive = void 0);
        return;
      case "RestElement":
        t.value = void 0;
      case "Identifier":
      case "ArrayPattern":
      case "AssignmentPattern":
      case "ObjectPattern":
        t.decorators ?? (t.decorators = []), t.optional ?? (t.optional = false), t.typeAnnotation ?? (t.typeAnnotation = void 0);
        return;
      case "TSParameterProperty":
        t.accessibility ?? (t.accessibility = void 0), t.decorators ?? (t.decorators = []), t.override ?? (t.override = false), t.readonly ?? (t.readonly = false), t.static ?? (t.static = false);
        return;
      case "TSEmptyBodyFunctionExpression":
        t.body = null;
      case "TSDeclareFunction":
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ClassMethod":
      case "ClassPrivateMethod":
        t.declare ?? (t.declare = false), t.returnType ?? (t.returnType = void 0), t.typeParameters ?? (t.typeParameters = void 0);
        return;
      case "Property":
        t.optional ?? (t.optional = false);
        return;
      case "TSMethodSignature":
      case "TSPropertySignature":
        t.optional ?? (t.optional = false);
      case "TSIndexSignature":
        t.accessibility ?? (t.accessibility = void 0), t.readonly ?? (t.readonly = false), t.static ?? (t.static = false);
        return;
      case "TSAbstractPropertyDefinition":
      case "PropertyDefinition":
      case "TSAbstractAccessorProperty":
      case "AccessorProperty":
        t.declare ?? (t.declare = false), t.definite ?? (t.definite = false), t.readonly ?? (t.readonly = false), t.typeAnnotation ?? (t.typeAnnotation = void 0);
      case "TSAbstractMethodDefinition":
      case "MethodDefinition":
        t.accessibility ?? (t.accessibility = void 0), t.decorators ?? (t.decorators = []), t.override ?? (t.override = false), t.optional ?? (t.optional = false);
        return;
      case "ClassExpression":
        t.id ?? (t.id = null);
      case "ClassDeclaration":
        t.abstract ?? (t.abstract = false), t.declare ?? (t.declare = false), t.decorators ?? (t.decorators = []), t.implements ?? (t.implements = []), t.superTypeArguments ?? (t.superTypeArguments = void 0), t.typeParameters ?? (t.typeParameters = void 0);
        return;
      case "TSTypeAliasDeclaration":
      case "VariableDeclaration":
        t.declare ?? (t.declare = false);
        return;
      case "VariableDeclarator":
        t.definite ?? (t.definite = false);
        return;
      case "TSEnumDeclaration":
        t.const ?? (t.const = false), t.declare ?? (t.declare = false);
        return;
      case "TSEnumMember":
        t.computed ?? (t.computed = false);
        return;
      case "TSImportType":
        t.qualifier ?? (t.qualifier = null), t.options ?? (t.options = null), t.typeArguments ?? (t.typeArguments = null);
        return;
      case "TSInterfaceDeclaration":
        t.declare ?? (t.declare = false), t.extends ?? (t.extends = []);
        return;
      case "TSMappedType":
        t.optional ?? (t.optional = false), t.readonly ?? (t.readonly = void 0);
        return;
      case "TSModuleDeclaration":
        t.declare ?? (t.declare = false), t.global ?? (t.global = t.kind === "global");
        return;
      case "TSTypeParameter":
        t.const ?? (t.const = false), t.in ?? (t.in = false), t.out ?? (t.out = false);
        return;
    }
  }
  chStartsBindingIdentifierAndNotRelationalOperator(t, s) {
    if (_(t)) {
      if (Qt2.lastIndex = s, Qt2.test(this.input)) {
        let i = this.codePointAtPos(Qt2.lastIndex);
        if (!K2(i) && i !== 92) return false;
      }
      return true;
    } else return t === 92;
  }
  nextTokenIsIdentifierAndNotTSRelationalOperatorOnSameLine() {
    let t = this.nextTokenInLineStart(), s = this.codePointAtPos(t);
    return this.chStartsBindingIdentifierAndNotRelationalOperator(s, t);
  }
  nextTokenIsStringLiteralOnSameLine() {
    let t = this.nextTokenInLineStart(), s = this.codePointAtPos(t);
    return s === 34 || s === 39;
  }
};
function Pr2(a2) {
  if (a2.type !== "MemberExpression") return false;
  let { computed: e, property: t } = a2;
  return e && t.type !== "StringLiteral" && (t.type !== "TemplateLiteral" || t.expressions.length > 0) ? false : fs(a2.object);
}
function gr2(a2, e) {
  let { type: t } = a2;
  if (a2.extra?.parenthesized) return false;
  if (e) {
    if (t === "Literal") {
      let { value: s } = a2;
      if (typeof s == "string" || typeof s == "boolean") return true;
    }
  } else if (t === "StringLiteral" || t === "BooleanLiteral") return true;
  return !!(us(a2, e) || Tr2(a2, e) || t === "TemplateLiteral" && a2.expressions.length === 0 || Pr2(a2));
}
function us(a2, e) {
  return e ? a2.type === "Literal" && (typeof a2.value == "number" || "bigint" in a2) : a2.type === "NumericLiteral" || a2.type === "BigIntLiteral";
}
function Tr2(a2, e) {
  if (a2.type === "UnaryExpression") {
    let { operator: t, argument: s } = a2;
    if (t === "-" && us(s, e)) return true;
  }
  return false;
}
function fs(a2) {
  return a2.type === "Identifier" ? true : a2.type !== "MemberExpression" || a2.computed ? false : fs(a2.object);
}
function G2(a2, e = []) {
  let t = /* @__PURE__ */ new Map();
  for (let s of a2) t.set(s, true);
  for (let s of e) t.set(s, false);
  return t;
}
var Ar2 = { ClassNameIsRequired: "A class name is required.", UnexpectedSpace: "Unexpected space in placeholder." };
var Ye2 = B2`placeholders`(Ar2);
var Sr2 = (a2) => class extends a2 {
  parsePlaceholder(t) {
    if (this.match(132)) {
      let s = this.startNode();
      return this.next(), this.assertNoSpace(), s.name = super.parseIdentifier(true), this.assertNoSpace(), this.expect(132), this.finishPlaceholder(s, t);
    }
  }
  finishPlaceholder(t, s) {
    let i = t;
    return (!i.expectedNode || !i.type) && (i = this.finishNode(i, "Placeholder")), i.expectedNode = s, i;
  }
  getTokenFromCode(t) {
    t === 37 && this.input.charCodeAt(this.state.pos + 1) === 37 ? this.finishOp(132, 2) : super.getTokenFromCode(t);
  }
  parseExprAtom(t) {
    return this.parsePlaceholder("Expression") || super.parseExprAtom(t);
  }
  parseIdentifier(t) {
    return this.parsePlaceholder("Identifier") || super.parseIdentifier(t);
  }
  checkReservedWord(t, s, i, r) {
    t !== void 0 && super.checkReservedWord(t, s, i, r);
  }
  cloneIdentifier(t) {
    let s = super.cloneIdentifier(t);
    return s.type === "Placeholder" && (s.expectedNode = t.expectedNode), s;
  }
  cloneStringLiteral(t) {
    return t.type === "Placeholder" ? this.cloneIdentifier(t) : super.cloneStringLiteral(t);
  }
  parseBindingAtom() {
    return this.parsePlaceholder("Pattern") || super.parseBindingAtom();
  }
  isValidLVal(t, s, i, r) {
    return t === "Placeholder" || super.isValidLVal(t, s, i, r);
  }
  toAssignable(t, s) {
    t && t.type === "Placeholder" && t.expectedNode === "Expression" ? t.expectedNode = "Pattern" : super.toAssignable(t, s);
  }
  chStartsBindingIdentifier(t, s) {
    if (super.chStartsBindingIdentifier(t, s)) return true;
    let i = this.nextTokenStart();
    return this.input.charCodeAt(i) === 37 && this.input.charCodeAt(i + 1) === 37;
  }
  verifyBreakContinue(t, s) {
    t.label?.type !== "Placeholder" && super.verifyBreakContinue(t, s);
  }
  parseExpressionStatement(t, s, i) {
    if (s.type !== "Placeholder" || s.extra?.parenthesized) return super.parseExpressionStatement(t, s, i);
    if (this.match(10)) {
      let n = t;
      return n.label = this.finishPlaceholder(s, "Identifier"), this.next(), n.body = i & 8 ? super.parseStatementOrSloppyAnnexBFunctionDeclaration(true) : super.parseStatement(), this.finishNode(n, "LabeledStatement");
    }
    this.semicolon();
    let r = t;
    return r.name = s.name, this.finishPlaceholder(r, "Statement");
  }
  parseBlock(t, s, i) {
    return this.parsePlaceholder("BlockStatement") || super.parseBlock(t, s, i);
  }
  parseFunctionId(t) {
    return this.parsePlaceholder("Identifier") || super.parseFunctionId(t);
  }
  parseClass(t, s, i) {
    let r = s ? "ClassDeclaration" : "ClassExpression";
    this.next();
    let n = this.state.strict, o = this.parsePlaceholder("Identifier");
    if (o) if (this.match(77) || this.match(132) || this.match(2)) t.id = o;
    else {
      if (i || !s) return t.id = null, t.body = this.finishPlaceholder(o, "ClassBody"), this.finishNode(t, r);
      throw this.raise(Ye2.ClassNameIsRequired, this.state.startLoc);
    }
    else this.parseClassId(t, s, i);
    return super.parseClassSuper(t), t.body = this.parsePlaceholder("ClassBody") || super.parseClassBody(!!t.superClass, n), this.finishNode(t, r);
  }
  parseExport(t, s) {
    let i = this.parsePlaceholder("Identifier");
    if (!i) return super.parseExport(t, s);
    let r = t;
    if (!this.isContextual(95) && !this.match(8)) return r.specifiers = [], r.source = null, r.declaration = this.finishPlaceholder(i, "Declaration"), this.finishNode(r, "ExportNamedDeclaration");
    this.expectPlugin("exportDefaultFrom");
    let n = this.startNode();
    return n.exported = i, r.specifiers = [this.finishNode(n, "ExportDefaultSpecifier")], super.parseExport(r, s);
  }
  isExportDefaultSpecifier() {
    if (this.match(61)) {
      let t = this.nextTokenStart();
      if (this.isUnparsedContextual(t, "from") && this.input.startsWith($2(132), this.hasPlugin("exportDefaultFrom") ? this.nextTokenStartSince(t + 4) : this.nextTokenInLineStartSince(t + 4))) return true;
    }
    return super.isExportDefaultSpecifier();
  }
  maybeParseExportDefaultSpecifier(t, s) {
    return t.specifiers?.length ? true : super.maybeParseExportDefaultSpecifier(t, s);
  }
  checkNamedExport() {
  }
  parseImport(t) {
    let s = this.parsePlaceholder("Identifier");
    if (!s) return super.parseImport(t);
    if (t.specifiers = [], !this.isContextual(95) && !this.match(8)) return t.source = this.finishPlaceholder(s, "StringLiteral"), this.semicolon(), this.finishNode(t, "ImportDeclaration");
    let i = this.startNodeAtNode(s);
    return i.local = s, t.specifiers.push(this.finishNode(i, "ImportDefaultSpecifier")), this.eat(8) && (this.maybeParseStarImportSpecifier(t) || this.parseNamedOrFilteredImportSpecifiers(t)), this.expectContextual(95), t.source = this.parseImportSource(), this.semicolon(), this.finishNode(t, "ImportDeclaration");
  }
  parseImportSource() {
    return this.parsePlaceholder("StringLiteral") || super.parseImportSource();
  }
  assertNoSpace() {
    this.state.start > this.offsetToSourcePos(this.state.lastTokEndLoc.index) && this.raise(Ye2.UnexpectedSpace, this.state.lastTokEndLoc);
  }
};
var br2 = (a2) => class extends a2 {
  parseV8Intrinsic() {
    if (this.match(50)) {
      let t = this.state.startLoc, s = this.startNode();
      if (this.next(), C(this.state.type)) {
        this.setLoc(this.state.startLoc);
        let i = this.parseIdentifierName(), r = this.createIdentifier(s, i);
        if (this.castNodeTo(r, "V8IntrinsicIdentifier"), this.match(6)) return r;
      }
      this.unexpected(t);
    }
  }
  parseExprAtom(t) {
    return this.parseV8Intrinsic() || super.parseExprAtom(t);
  }
};
var Qe2 = ["fsharp", "hack"];
var Ze2 = ["^^", "@@", "^", "%", "#"];
function Cr2(a2) {
  if (a2.has("decorators") && a2.has("decorators-legacy")) throw new Error("Cannot use the decorators and decorators-legacy plugin together");
  if (a2.has("flow") && a2.has("typescript")) throw new Error("Cannot combine flow and typescript plugins.");
  if (a2.has("placeholders") && a2.has("v8intrinsic")) throw new Error("Cannot combine placeholders and v8intrinsic plugins.");
  if (a2.has("pipelineOperator")) {
    let e = a2.get("pipelineOperator").proposal;
    if (!Qe2.includes(e)) {
      let t = Qe2.map((s) => `"${s}"`).join(", ");
      throw new Error(`"pipelineOperator" requires "proposal" option whose value must be one of: ${t}.`);
    }
    if (e === "hack") {
      if (a2.has("placeholders")) throw new Error("Cannot combine placeholders plugin and Hack-style pipes.");
      if (a2.has("v8intrinsic")) throw new Error("Cannot combine v8intrinsic plugin and Hack-style pipes.");
      let t = a2.get("pipelineOperator").topicToken;
      if (!Ze2.includes(t)) {
        let s = Ze2.map((i) => `"${i}"`).join(", ");
        throw new Error(`"pipelineOperator" in "proposal": "hack" mode also requires a "topicToken" option whose value must be one of: ${s}.`);
      }
    }
  }
  if (a2.has("moduleAttributes")) throw new Error("`moduleAttributes` has been removed in Babel 8, please migrate to import attributes instead.");
  if (a2.has("importAssertions")) throw new Error("`importAssertions` has been removed in Babel 8, please use import attributes instead.");
  if (a2.has("deprecatedImportAssert") ? console.warn("`deprecatedImportAssert` has been removed in Babel 8, please use import attributes instead.") : a2.has("importAttributes") && a2.get("importAttributes").deprecatedAssertSyntax && console.warn("The 'importAttributes' plugin has been removed in Babel 8. Please migrate any usage of `assert`-style attributes to `with`."), a2.has("recordAndTuple")) throw new Error("The 'recordAndTuple' plugin has been removed in Babel 8. Please remove it from your configuration.");
  if (a2.has("asyncDoExpressions") && !a2.has("doExpressions")) {
    let e = new Error("'asyncDoExpressions' requires 'doExpressions', please add 'doExpressions' to parser plugins.");
    throw e.missingPlugins = "doExpressions", e;
  }
  if (a2.has("optionalChainingAssign") && a2.get("optionalChainingAssign").version !== "2023-07") throw new Error("The 'optionalChainingAssign' plugin requires a 'version' option, representing the last proposal update. Currently, the only supported value is '2023-07'.");
  if (a2.has("discardBinding") && a2.get("discardBinding").syntaxType !== "void") throw new Error("The 'discardBinding' plugin requires a 'syntaxType' option. Currently the only supported value is 'void'.");
  if (a2.has("decimal")) throw new Error("The 'decimal' plugin has been removed in Babel 8. Please remove it from your configuration.");
  if (a2.has("importReflection")) throw new Error("The 'importReflection' plugin has been removed in Babel 8. Use 'sourcePhaseImports' instead, and replace 'import module' with 'import source' in your code.");
  if (a2.has("deferredReexports") && !a2.has("deferredImportEvaluation")) throw new Error("The 'deferredReexports' plugin requires 'deferredImportEvaluation'.");
}
var ds = { estree: Ti, jsx: Yi2, flow: Hi2, typescript: xr2, v8intrinsic: br2, placeholders: Sr2 };
var Ir2 = Object.keys(ds);
var Mt2 = class extends Se2 {
  constructor(e, t, s) {
    let i = gi2(e);
    super(i, t), this.options = i, this.initializeScopes(), this.plugins = s, this.filename = i.sourceFilename, this.startIndex = i.startIndex;
    let r = 0;
    i.allowAwaitOutsideFunction && (r |= 1), i.allowReturnOutsideFunction && (r |= 2), i.allowImportExportEverywhere && (r |= 8), i.allowSuperOutsideMethod && (r |= 16), i.allowUndeclaredExports && (r |= 64), i.allowNewTargetOutsideFunction && (r |= 4), i.allowYieldOutsideFunction && (r |= 32), i.ranges && (r |= 128), i.locations === true && (r |= 256), i.tokens && (r |= 512), i.createImportExpressions && (r |= 1024), i.createParenthesizedExpressions && (r |= 2048), i.errorRecovery && (r |= 4096), i.attachComment && (r |= 8192), i.annexB && (r |= 16384), this.optionFlags = r;
  }
  getScopeHandler() {
    return xt2;
  }
  parse() {
    this.enterInitialScopes();
    let e = this.startNode(), t = this.startNode();
    this.nextToken(), e.errors = [];
    let s = this.parseTopLevel(e, t);
    return s.errors = this.state.errors, s.comments.length = this.state.commentsLen, s;
  }
};
function Ft2(a2, e) {
  if (e?.sourceType === "unambiguous") {
    e = { ...e };
    try {
      e.sourceType = "module";
      let t = dt2(e, a2), s = t.parse();
      if (t.sawUnambiguousESM) return s;
      if (t.ambiguousScriptDifferentAst) try {
        return e.sourceType = "script", dt2(e, a2).parse();
      } catch {
      }
      else s.program.sourceType = "script";
      return s;
    } catch (t) {
      try {
        return e.sourceType = "script", dt2(e, a2).parse();
      } catch {
      }
      throw t;
    }
  } else return dt2(e, a2).parse();
}
function Bt2(a2, e) {
  let t = dt2(e, a2);
  return t.options.strictMode && (t.state.strict = true), t.getExpression();
}
function Er2(a2) {
  let e = {};
  for (let t of Object.keys(a2)) e[t] = ss(a2[t]);
  return e;
}
var qa = Er2(Si2);
function dt2(a2, e) {
  let t = Mt2, s = /* @__PURE__ */ new Map();
  if (a2?.plugins) {
    for (let i of a2.plugins) {
      let r, n;
      typeof i == "string" ? r = i : [r, n] = i, s.has(r) || s.set(r, n || {});
    }
    Cr2(s), t = wr2(s);
  }
  return new t(a2, e, s);
}
var ts = /* @__PURE__ */ new Map();
function wr2(a2) {
  let e = [];
  for (let i of Ir2) a2.has(i) && e.push(i);
  let t = e.join("|"), s = ts.get(t);
  if (!s) {
    s = Mt2;
    for (let i of e) s = ds[i](s);
    ts.set(t, s);
  }
  return s;
}
function Rt2(a2) {
  return (e, t, s) => {
    if (t === false) return false;
    let i = !!s?.backwards, { length: r } = e, n = t;
    for (; n >= 0 && n < r; ) {
      let o = e.charAt(n);
      if (a2 instanceof RegExp) {
        if (!a2.test(o)) return n;
      } else if (!a2.includes(o)) return n;
      i ? n-- : n++;
    }
    return n === -1 || n === r ? n : false;
  };
}
var Ka = Rt2(/\s/);
var ms = Rt2(" 	");
var Ha = Rt2(",; 	");
var ys = Rt2(/[^\n\r]/);
function Nr2(a2, e) {
  if (e === false) return false;
  if (a2.charAt(e) === "/" && a2.charAt(e + 1) === "*") {
    for (let t = e + 2; t < a2.length; ++t) if (a2.charAt(t) === "*" && a2.charAt(t + 1) === "/") return t + 2;
  }
  return e;
}
var xs = Nr2;
var Ps = (a2) => a2 === `
` || a2 === "\r" || a2 === "\u2028" || a2 === "\u2029";
function kr2(a2, e, t) {
  if (e === false) return false;
  let s = !!t?.backwards, i = a2.charAt(e);
  if (s) {
    if (a2.charAt(e - 1) === "\r" && i === `
`) return e - 2;
    if (Ps(i)) return e - 1;
  } else {
    if (i === "\r" && a2.charAt(e + 1) === `
`) return e + 2;
    if (Ps(i)) return e + 1;
  }
  return e;
}
var gs = kr2;
function vr2(a2, e) {
  return e === false ? false : a2.charAt(e) === "/" && a2.charAt(e + 1) === "/" ? ys(a2, e) : e;
}
var Ts = vr2;
function Lr2(a2, e) {
  let t = null, s = e;
  for (; s !== t; ) t = s, s = ms(a2, s), s = xs(a2, s), s = Ts(a2, s), s = gs(a2, s);
  return s;
}
var As = Lr2;
function Ss(a2) {
  let e = [];
  for (let t of a2) try {
    return t();
  } catch (s) {
    e.push(s);
  }
  throw Object.assign(new Error("All combinations failed"), { errors: e });
}
function Dr2(a2) {
  if (!a2.startsWith("#!")) return "";
  let e = a2.indexOf(`
`);
  return e === -1 ? a2 : a2.slice(0, e);
}
var _t2 = Dr2;
var Mr2 = Array.prototype.findLast ?? function(a2) {
  for (let e = this.length - 1; e >= 0; e--) {
    let t = this[e];
    if (a2(t, e, this)) return t;
  }
};
var Or2 = Z2("findLast", function() {
  if (Array.isArray(this)) return Mr2;
});
var bs = Or2;
var Ut2 = /* @__PURE__ */ Symbol.for("comments");
function Fr(a2) {
  return this[a2 < 0 ? this.length + a2 : a2];
}
var Br2 = Z2("at", function() {
  if (Array.isArray(this) || typeof this == "string") return Fr;
});
var Cs = Br2;
function Y2(a2) {
  let e = new Set(a2);
  return (t) => e.has(t?.type);
}
function at2(a2) {
  return a2.range?.[1] ?? a2.end;
}
function N(a2) {
  let e = a2.range?.[0] ?? a2.start, t = (a2.declaration?.decorators ?? a2.decorators)?.[0];
  return t ? Math.min(N(t), e) : e;
}
var Rr2 = 5;
var _r2 = 8;
var Ur2 = 8;
var Is = (a2) => (e) => e.label ? k2(e.label) : N(e) + a2;
var jr2 = (a2) => a2.__contentEnd ?? at2(a2);
var Es = ["ExpressionStatement", "Directive", "ImportDeclaration", "ExportDefaultDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "ReturnStatement", "ThrowStatement", "DoWhileStatement", "ClassProperty", "PropertyDefinition", "ClassPrivateProperty", "ClassAccessorProperty", "AccessorProperty", "AbstractPropertyDefinition", "TSAbstractPropertyDefinition", "TSAbstractAccessorProperty"];
var Vr2 = new Map([["BreakStatement", Is(Rr2)], ["ContinueStatement", Is(_r2)], ["DebuggerStatement", (a2) => N(a2) + Ur2], ["VariableDeclaration", (a2) => k2(Cs(0, a2.declarations, -1))], ...Es.map((a2) => [a2, jr2])]);
var Me2 = Y2(Es);
function k2(a2) {
  let { type: e } = a2;
  return e === "IfStatement" ? k2(a2.alternate ?? a2.consequent) : e === "ForInStatement" || e === "ForOfStatement" || e === "ForStatement" || e === "LabeledStatement" || e === "WithStatement" || e === "WhileStatement" ? k2(a2.body) : Vr2.get(e)?.(a2) ?? at2(a2);
}
var nt2 = Y2(["Block", "CommentBlock", "MultiLine"]);
var ws = Y2(["Line", "CommentLine", "SingleLine", "HashbangComment", "HTMLOpen", "HTMLClose", "Hashbang", "InterpreterDirective"]);
function ot2(a2, e, t) {
  if (!a2.has(e)) {
    let s = t(e);
    a2.set(e, s);
  }
  return a2.get(e);
}
var zr2 = /* @__PURE__ */ new WeakMap();
function Ns(a2) {
  return ot2(zr2, a2, (e) => nt2(e) && e.value[0] === "*" && /@(?:type|satisfies)\b/.test(e.value));
}
function qr2(a2) {
  return R2(0, a2, /[^\n]/g, " ");
}
var ks = qr2;
function $r2(a2, e) {
  if (e.length === 0) return a2;
  let t = "", s = 0;
  for (let i of e) {
    let r = N(i), n = k2(i);
    t += a2.slice(s, r) + ks(a2.slice(r, n)), s = n;
  }
  return t + a2.slice(s);
}
var Kr2 = /* @__PURE__ */ new WeakMap();
function vs(a2) {
  let e = a2[Ut2];
  return ot2(Kr2, e, (t) => $r2(a2.originalText, t));
}
function Hr2(a2) {
  if (!nt2(a2)) return [];
  if (!a2.value.includes(`
`)) return [];
  let e = [];
  for (let t of `*${a2.value}*`.split(`
`)) {
    if (t = t.trimStart(), !t.startsWith("*")) return [];
    e.push(t);
  }
  return e;
}
var Ls = /* @__PURE__ */ new WeakMap();
function Wr2(a2) {
  return ot2(Ls, a2, Hr2);
}
function Ds(a2) {
  Ls.delete(a2);
}
function Oe2(a2) {
  return Wr2(a2).length > 0;
}
function Ms(a2) {
  if (a2.length < 2) return;
  let e;
  for (let t = a2.length - 1; t >= 0; t--) {
    let s = a2[t];
    if (e && k2(s) === N(e) && Oe2(s) && Oe2(e) && (a2.splice(t + 1, 1), s.value += "*//*" + e.value, s.range = [N(s), k2(e)], Ds(s)), !ws(s) && !nt2(s)) throw new TypeError(`Unknown comment type: "${s.type}".`);
    e = s;
  }
}
function Jr2(a2) {
  return a2 !== null && typeof a2 == "object";
}
var Os = Jr2;
var gt2 = null;
function Tt2(a2) {
  if (gt2 !== null && typeof gt2.property) {
    let e = gt2;
    return gt2 = Tt2.prototype = null, e;
  }
  return gt2 = Tt2.prototype = a2 ?? /* @__PURE__ */ Object.create(null), new Tt2();
}
var Gr2 = 10;
for (let a2 = 0; a2 <= Gr2; a2++) Tt2();
function Fe2(a2) {
  return Tt2(a2);
}
function Xr2(a2, e = "type") {
  Fe2(a2);
  function t(s) {
    let i = s[e], r = a2[i];
    if (!Array.isArray(r)) throw Object.assign(new Error(`Missing visitor keys for '${i}'.`), { node: s });
    return r;
  }
  return t;
}
var Fs = Xr2;
var p = [["elements"], ["left", "right"], ["value"], ["directives", "body"], ["label"], ["callee", "typeArguments", "arguments"], ["test", "consequent", "alternate"], ["body", "test"], ["expression"], ["left", "right", "body"], ["id", "typeParameters", "params", "predicate", "returnType", "body"], ["object", "property"], ["properties"], ["decorators", "key", "typeParameters", "params", "returnType", "body"], ["decorators", "key", "value"], ["argument"], ["expressions"], ["id", "init"], ["body"], ["decorators", "id", "typeParameters", "superClass", "superTypeArguments", "mixins", "implements", "body"], ["declaration", "specifiers", "source", "attributes"], ["decorators", "variance", "key", "typeAnnotation", "value"], ["id"], ["key", "value"], ["elementType"], ["id", "typeArguments"], ["id", "typeParameters", "extends", "body"], ["id", "body"], ["typeAnnotation"], ["id", "typeParameters", "right"], ["name", "typeAnnotation"], ["types"], ["qualification", "id"], ["elementTypes"], ["expression", "typeAnnotation"], ["params"], ["members"], ["objectType", "indexType"], ["decorators", "key", "typeAnnotation", "value"], ["id", "typeParameters", "params", "returnType", "body"], ["key", "typeParameters", "params", "returnType"], ["typeParameters", "params", "returnType"], ["parameterName", "typeAnnotation"], ["checkType", "extendsType", "trueType", "falseType"], ["typeParameter"], ["quasis", "types"], ["literal"], ["expression", "typeArguments"], ["id", "moduleReference"], ["decorators", "key", "typeAnnotation"], ["params", "returnType", "rest", "typeParameters"], ["argument", "cases"], ["pattern", "body", "guard"], ["properties", "rest"], ["node"]];
var Bs = { ArrayExpression: p[0], AssignmentExpression: p[1], BinaryExpression: p[1], InterpreterDirective: [], Directive: p[2], DirectiveLiteral: [], BlockStatement: p[3], BreakStatement: p[4], CallExpression: p[5], CatchClause: ["param", "body"], ConditionalExpression: p[6], ContinueStatement: p[4], DebuggerStatement: [], DoWhileStatement: p[7], EmptyStatement: [], ExpressionStatement: p[8], File: ["program"], ForInStatement: p[9], ForStatement: ["init", "test", "update", "body"], FunctionDeclaration: p[10], FunctionExpression: p[10], Identifier: ["typeAnnotation", "decorators"], IfStatement: p[6], LabeledStatement: ["label", "body"], StringLiteral: [], NumericLiteral: [], NullLiteral: [], BooleanLiteral: [], RegExpLiteral: [], LogicalExpression: p[1], MemberExpression: p[11], NewExpression: p[5], Program: p[3], ObjectExpression: p[12], ObjectMethod: p[13], ObjectProperty: p[14], RestElement: ["argument", "typeAnnotation", "decorators"], ReturnStatement: p[15], SequenceExpression: p[16], ParenthesizedExpression: p[8], SwitchCase: ["test", "consequent"], SwitchStatement: ["discriminant", "cases"], ThisExpression: [], ThrowStatement: p[15], TryStatement: ["block", "handler", "finalizer"], UnaryExpression: p[15], UpdateExpression: p[15], VariableDeclaration: ["declarations"], VariableDeclarator: p[17], WhileStatement: p[7], WithStatement: ["object", "body"], AssignmentPattern: ["left", "right", "decorators", "typeAnnotation"], ArrayPattern: ["elements", "typeAnnotation", "decorators"], ArrowFunctionExpression: ["typeParameters", "params", "predicate", "returnType", "body"], ClassBody: p[18], ClassExpression: p[19], ClassDeclaration: p[19], ExportAllDeclaration: ["source", "attributes", "exported"], ExportDefaultDeclaration: ["declaration"], ExportNamedDeclaration: p[20], ExportSpecifier: ["local", "exported"], ForOfStatement: p[9], ImportDeclaration: ["specifiers", "source", "attributes"], ImportDefaultSpecifier: ["local"], ImportNamespaceSpecifier: ["exportsFilter", "local"], ImportSpecifier: ["imported", "local"], MetaProperty: ["meta", "property"], ClassMethod: p[13], ObjectPattern: ["decorators", "properties", "typeAnnotation"], SpreadElement: p[15], Super: [], TaggedTemplateExpression: ["tag", "typeArguments", "quasi"], TemplateElement: [], TemplateLiteral: ["quasis", "expressions"], YieldExpression: p[15], AwaitExpression: p[15], ImportExpression: ["source", "options"], BigIntLiteral: [], ExportNamespaceSpecifier: ["exportsFilter", "exported"], OptionalMemberExpression: p[11], OptionalCallExpression: p[5], ClassProperty: p[21], ClassPrivateProperty: p[21], ClassPrivateMethod: p[13], PrivateName: p[22], StaticBlock: p[18], ImportAttribute: p[23], AnyTypeAnnotation: [], ArrayTypeAnnotation: p[24], BooleanTypeAnnotation: [], BooleanLiteralTypeAnnotation: [], NullLiteralTypeAnnotation: [], ClassImplements: p[25], DeclareClass: ["id", "typeParameters", "extends", "mixins", "implements", "body"], DeclareFunction: ["id", "predicate", "typeAnnotation"], DeclareInterface: p[26], DeclareModule: p[27], DeclareModuleExports: p[28], DeclareTypeAlias: p[29], DeclareOpaqueType: ["id", "typeParameters", "supertype", "lowerBound", "upperBound"], DeclareVariable: ["id", "declarations"], DeclareExportDeclaration: p[20], DeclareExportAllDeclaration: ["source", "attributes"], DeclaredPredicate: p[2], ExistsTypeAnnotation: [], FunctionTypeAnnotation: ["typeParameters", "this", "params", "rest", "returnType"], FunctionTypeParam: p[30], GenericTypeAnnotation: p[25], InferredPredicate: [], InterfaceExtends: p[25], InterfaceDeclaration: p[26], InterfaceTypeAnnotation: ["extends", "body"], IntersectionTypeAnnotation: p[31], MixedTypeAnnotation: [], EmptyTypeAnnotation: [], NullableTypeAnnotation: p[28], NumberLiteralTypeAnnotation: [], BigIntLiteralTypeAnnotation: [], NumberTypeAnnotation: [], ObjectTypeAnnotation: ["properties", "indexers", "callProperties", "internalSlots"], ObjectTypeInternalSlot: ["id", "value"], ObjectTypeCallProperty: p[2], ObjectTypeIndexer: ["variance", "id", "key", "value"], ObjectTypeProperty: ["key", "value", "variance", "init"], ObjectTypeSpreadProperty: p[15], OpaqueType: ["id", "typeParameters", "supertype", "impltype", "lowerBound", "upperBound"], QualifiedTypeIdentifier: p[32], StringLiteralTypeAnnotation: [], StringTypeAnnotation: [], SymbolTypeAnnotation: [], ThisTypeAnnotation: [], TupleTypeAnnotation: p[33], TypeofTypeAnnotation: ["argument", "typeArguments"], TypeAlias: p[29], TypeAnnotation: p[28], TypeCastExpression: p[34], TypeParameter: ["bound", "default", "variance"], TypeParameterDeclaration: p[35], TypeParameterInstantiation: p[35], UnionTypeAnnotation: p[31], Variance: [], VoidTypeAnnotation: [], EnumDeclaration: p[27], EnumBooleanBody: p[36], EnumNumberBody: p[36], EnumStringBody: p[36], EnumSymbolBody: p[36], EnumBooleanMember: p[17], EnumNumberMember: p[17], EnumStringMember: p[17], EnumDefaultedMember: p[22], IndexedAccessType: p[37], OptionalIndexedAccessType: p[37], JSXAttribute: ["name", "value"], JSXClosingElement: ["name"], JSXElement: ["openingElement", "children", "closingElement"], JSXEmptyExpression: [], JSXExpressionContainer: p[8], JSXSpreadChild: p[8], JSXIdentifier: [], JSXMemberExpression: p[11], JSXNamespacedName: ["namespace", "name"], JSXOpeningElement: ["name", "typeArguments", "attributes"], JSXSpreadAttribute: p[15], JSXText: [], JSXFragment: ["openingFragment", "children", "closingFragment"], JSXOpeningFragment: [], JSXClosingFragment: [], Placeholder: [], V8IntrinsicIdentifier: [], ArgumentPlaceholder: [], BindExpression: ["object", "callee"], ClassAccessorProperty: p[38], Decorator: p[8], DoExpression: p[18], ExportDefaultSpecifier: ["exported"], ModuleExpression: p[18], TopicReference: [], VoidPattern: [], StructDeclaration: ["id", "superClass", "body"], StructBody: p[18], TSParameterProperty: ["decorators", "parameter"], TSDeclareFunction: p[39], TSDeclareMethod: p[40], TSQualifiedName: p[1], TSCallSignatureDeclaration: p[41], TSConstructSignatureDeclaration: p[41], TSPropertySignature: ["key", "typeAnnotation"], TSMethodSignature: p[40], TSIndexSignature: ["parameters", "typeAnnotation"], TSAnyKeyword: [], TSBooleanKeyword: [], TSBigIntKeyword: [], TSIntrinsicKeyword: [], TSNeverKeyword: [], TSNullKeyword: [], TSNumberKeyword: [], TSObjectKeyword: [], TSStringKeyword: [], TSSymbolKeyword: [], TSUndefinedKeyword: [], TSUnknownKeyword: [], TSVoidKeyword: [], TSThisType: [], TSFunctionType: p[41], TSConstructorType: p[41], TSTypeReference: ["typeName", "typeArguments"], TSTypePredicate: p[42], TSTypeQuery: ["exprName", "typeArguments"], TSTypeLiteral: p[36], TSArrayType: p[24], TSTupleType: p[33], TSOptionalType: p[28], TSRestType: p[28], TSNamedTupleMember: ["label", "elementType"], TSUnionType: p[31], TSIntersectionType: p[31], TSConditionalType: p[43], TSInferType: p[44], TSParenthesizedType: p[28], TSTypeOperator: p[28], TSIndexedAccessType: p[37], TSMappedType: ["key", "constraint", "nameType", "typeAnnotation"], TSTemplateLiteralType: p[45], TSLiteralType: p[46], TSClassImplements: p[47], TSInterfaceHeritage: p[47], TSInterfaceDeclaration: p[26], TSInterfaceBody: p[18], TSTypeAliasDeclaration: ["id", "typeParameters", "typeAnnotation"], TSInstantiationExpression: p[47], TSAsExpression: p[34], TSSatisfiesExpression: p[34], TSTypeAssertion: p[34], TSEnumBody: p[36], TSEnumDeclaration: p[27], TSEnumMember: ["id", "initializer"], TSModuleDeclaration: p[27], TSModuleBlock: p[18], TSImportType: ["source", "options", "qualifier", "typeArguments"], TSImportEqualsDeclaration: p[48], TSExternalModuleReference: p[8], TSNonNullExpression: p[8], TSExportAssignment: p[8], TSNamespaceExportDeclaration: p[22], TSTypeAnnotation: p[28], TSTypeParameterInstantiation: p[35], TSTypeParameterDeclaration: p[35], TSTypeParameter: ["name", "constraint", "default"], ChainExpression: p[8], Literal: [], MethodDefinition: p[14], PrivateIdentifier: [], Property: p[23], PropertyDefinition: p[21], AccessorProperty: p[38], TSAbstractAccessorProperty: p[49], TSAbstractKeyword: [], TSAbstractMethodDefinition: p[23], TSAbstractPropertyDefinition: p[49], TSAsyncKeyword: [], TSDeclareKeyword: [], TSEmptyBodyFunctionExpression: ["id", "typeParameters", "params", "returnType"], TSExportKeyword: [], TSPrivateKeyword: [], TSProtectedKeyword: [], TSPublicKeyword: [], TSReadonlyKeyword: [], TSStaticKeyword: [], AbstractMethodDefinition: p[23], AbstractPropertyDefinition: ["key", "value", "typeAnnotation", "variance"], AsConstExpression: p[8], AsExpression: p[34], BigIntTypeAnnotation: [], ComponentDeclaration: ["id", "params", "body", "typeParameters", "rendersType"], ComponentParameter: ["name", "local"], ComponentTypeAnnotation: ["params", "rest", "typeParameters", "rendersType"], ComponentTypeParameter: p[30], ConditionalTypeAnnotation: p[43], ConstructorTypeAnnotation: p[50], DeclareClassExtendsCall: ["callee", "argument"], DeclareComponent: ["id", "params", "rest", "typeParameters", "rendersType"], DeclareEnum: p[27], DeclareHook: p[22], DeclareNamespace: p[27], EnumBigIntMember: p[17], EnumBody: p[36], ExportAssignment: p[8], ExternalModuleReference: p[8], HookDeclaration: p[39], HookTypeAnnotation: p[50], ImportEqualsDeclaration: p[48], ImportType: ["source"], InferTypeAnnotation: p[44], KeyofTypeAnnotation: p[15], MatchArrayPattern: ["elements", "rest"], MatchAsPattern: ["pattern", "target"], MatchBindingPattern: p[22], MatchExpression: p[51], MatchExpressionCase: p[52], MatchIdentifierPattern: p[22], MatchInstanceObjectPattern: p[53], MatchInstancePattern: ["targetConstructor", "properties"], MatchLiteralPattern: p[46], MatchMemberPattern: ["base", "property"], MatchObjectPattern: p[53], MatchObjectPatternProperty: ["key", "pattern"], MatchOrPattern: ["patterns"], MatchRestPattern: p[15], MatchStatement: p[51], MatchStatementCase: p[52], MatchUnaryPattern: p[15], MatchWildcardPattern: [], NamespaceExportDeclaration: p[22], NeverTypeAnnotation: [], NonNullExpression: p[8], ObjectTypeMappedTypeProperty: ["keyTparam", "propType", "sourceType", "nameType", "variance"], ObjectTypePrivateField: ["key"], ParameterProperty: p[21], QualifiedTypeofIdentifier: p[32], RecordDeclaration: ["id", "typeParameters", "implements", "body"], RecordDeclarationBody: p[0], RecordDeclarationImplements: p[25], RecordDeclarationProperty: ["key", "typeAnnotation", "defaultValue"], RecordDeclarationStaticProperty: ["key", "typeAnnotation", "value"], RecordExpression: ["recordConstructor", "typeArguments", "properties"], RecordExpressionProperties: p[12], SatisfiesExpression: p[34], TemplateLiteralTypeAnnotation: p[45], TupleTypeElement: p[24], TupleTypeLabeledElement: ["label", "elementType", "variance"], TupleTypeSpreadElement: ["label", "typeAnnotation"], TypeOperator: p[28], TypePredicate: p[42], UndefinedTypeAnnotation: [], UnknownTypeAnnotation: [], NGChainedExpression: p[16], NGEmptyExpression: [], NGPipeExpression: ["left", "right", "arguments"], NGMicrosyntax: p[18], NGMicrosyntaxAs: ["key", "alias"], NGMicrosyntaxExpression: ["expression", "alias"], NGMicrosyntaxKey: [], NGMicrosyntaxKeyedExpression: ["key", "expression"], NGMicrosyntaxLet: p[23], NGRoot: p[54], JsExpressionRoot: p[54], JsonRoot: p[54], TSJSDocAllType: [], TSJSDocUnknownType: [], TSJSDocNullableType: p[28], TSJSDocNonNullableType: p[28], EnumBigIntBody: p[36] };
var Yr2 = Fs(Bs);
var Rs = Yr2;
function jt2(a2, e) {
  if (!Os(a2)) return a2;
  if (Array.isArray(a2)) {
    for (let s = 0; s < a2.length; s++) a2[s] = jt2(a2[s], e);
    return a2;
  }
  if (e.onEnter) {
    let s = e.onEnter(a2) ?? a2;
    if (s !== a2) return jt2(s, e);
    a2 = s;
  }
  let t = Rs(a2);
  for (let s = 0; s < t.length; s++) a2[t[s]] = jt2(a2[t[s]], e);
  return e.onLeave && (a2 = e.onLeave(a2) || a2), a2;
}
var _s = jt2;
var ho2 = Y2(["RegExpLiteral", "BigIntLiteral", "NumericLiteral", "StringLiteral", "DirectiveLiteral", "Literal", "JSXText", "TemplateElement", "StringLiteralTypeAnnotation", "NumberLiteralTypeAnnotation", "BigIntLiteralTypeAnnotation"]);
function Qr2(a2, e) {
  let { text: t, astType: s } = e, { comments: i } = a2;
  Ms(i);
  let r = a2.type === "File" ? a2.program : a2;
  r.interpreter && (i.unshift(r.interpreter), delete r.interpreter), a2.hashbang && ((s === "oxc-ts" || s === "yuku-js" || s === "yuku-ts") && i.unshift(a2.hashbang), delete a2.hashbang);
  let n;
  return a2 = _s(a2, { onEnter(o) {
    Zr2(o, i, t);
    let { type: h2 } = o;
    switch (h2) {
      case "ParenthesizedExpression": {
        let { expression: c2 } = o, u = N(o);
        if (c2.type === "TypeCastExpression") return c2.range = [u, k2(o)], c2;
        let f = false;
        if (s !== "oxc-ts") {
          if (!n) {
            n = [];
            for (let x2 of i) Ns(x2) && n.push(k2(x2));
          }
          let m = bs(0, n, (x2) => x2 <= u);
          f = m && t.slice(m, u).trim().length === 0;
        }
        return f ? void 0 : (c2.extra = { ...c2.extra, parenthesized: true }, c2);
      }
      case "TemplateLiteral":
        if (o.expressions.length !== o.quasis.length - 1) throw new Error("Malformed template literal.");
        break;
      case "TemplateElement":
        if (s === "flow" || s === "hermes" || s === "espree" || s === "typescript" || s === "oxc-ts" || s === "yuku-ts") {
          let c2 = N(o) + 1, u = k2(o) - (o.tail ? 1 : 2);
          o.range = [c2, u];
        }
        break;
      case "TSParenthesizedType":
        return o.typeAnnotation;
      case "TSUnionType":
      case "TSIntersectionType":
        if (o.types.length === 1) return o.types[0];
        break;
      case "TupleTypeAnnotation":
        o.types && !o.elementTypes && (o.elementTypes = o.types, delete o.types);
        break;
      case "ImportDeclaration":
        s === "hermes" && o.assertions && !o.attributes && (o.attributes = o.assertions, delete o.assertions);
        break;
      case "TypeParameter":
        s !== "flow" && o.bound?.type === "TypeAnnotation" && (o.bound = o.bound.typeAnnotation);
        break;
      case "EnumBooleanBody":
      case "EnumNumberBody":
      case "EnumBigIntBody":
      case "EnumStringBody":
      case "EnumSymbolBody":
        s === "hermes" && ((o.explicitType || h2 === "EnumSymbolBody") && (o.explicitType = h2.slice(4, -4).toLowerCase()), o.type = "EnumBody");
        break;
      case "GenericTypeAnnotation":
      case "ClassImplements":
      case "InterfaceExtends":
        s !== "flow" && o.typeParameters && !o.typeArguments && (o.typeArguments = o.typeParameters, delete o.typeParameters);
    }
  }, onLeave(o) {
    switch (o.type) {
      case "LogicalExpression":
        if (Us(o)) return Be2(o);
        break;
    }
  } }), a2;
}
function Us(a2) {
  return a2.type === "LogicalExpression" && a2.right.type === "LogicalExpression" && a2.operator === a2.right.operator;
}
function Be2(a2) {
  return Us(a2) ? Be2({ type: "LogicalExpression", operator: a2.operator, left: Be2({ type: "LogicalExpression", operator: a2.operator, left: a2.left, right: a2.right.left, range: [N(a2.left), k2(a2.right.left)] }), right: a2.right.right, range: [N(a2), k2(a2)] }) : a2;
}
function Zr2(a2, e, t) {
  if (!Me2(a2)) return;
  let s = at2(a2);
  if (t[s - 1] !== ";") return;
  let i = vs({ [Ut2]: e, originalText: t });
  s -= 1;
  let r = i.slice(N(a2), s), n = r.trimEnd();
  a2.__contentEnd = s - (r.length - n.length);
}
var js = Qr2;
function ta(a2, e) {
  let t = new SyntaxError(a2 + " (" + e.loc.start.line + ":" + e.loc.start.column + ")");
  return Object.assign(t, e);
}
var Vt2 = ta;
var Vs = "Unexpected parseExpression() input: ";
function ea(a2) {
  let { message: e, loc: t, reasonCode: s } = a2;
  if (!t) return a2;
  let { line: i, column: r } = t, n = a2;
  (s === "MissingPlugin" || s === "MissingOneOfPlugins") && (e = "Unexpected token.", n = void 0);
  let o = ` (${i}:${r})`;
  return e.endsWith(o) && (e = e.slice(0, -o.length)), e.startsWith(Vs) && (e = e.slice(Vs.length)), Vt2(e, { loc: { start: { line: i, column: r + 1 } }, cause: n });
}
var zt2 = ea;
var sa = /\*\/$/;
var ia = /^\/\*\*?/;
var ra = /^\s*(\/\*\*?(.|\r?\n)*?\*\/)/;
var aa = /(^|\s+)\/\/([^\n\r]*)/g;
var zs = /^(\r?\n)+/;
var na = /(?:^|\r?\n) *(@[^\n\r]*?) *\r?\n *(?![^\n\r@]*\/\/[^]*)([^\s@][^\n\r@]+?) *\r?\n/g;
var qs = /(?:^|\r?\n) *@(\S+) *([^\n\r]*)/g;
var oa = /(\r?\n|^) *\* ?/g;
var ha = [];
function $s(a2) {
  let e = a2.match(ra);
  return e ? e[0].trimStart() : "";
}
function Ks(a2) {
  a2 = R2(0, a2.replace(ia, "").replace(sa, ""), oa, "$1");
  let t = "";
  for (; t !== a2; ) t = a2, a2 = R2(0, a2, na, `
$1 $2
`);
  a2 = a2.replace(zs, "").trimEnd();
  let s = /* @__PURE__ */ Object.create(null), i = R2(0, a2, qs, "").replace(zs, "").trimEnd(), r;
  for (; r = qs.exec(a2); ) {
    let n = R2(0, r[2], aa, "");
    if (typeof s[r[1]] == "string" || Array.isArray(s[r[1]])) {
      let o = s[r[1]];
      s[r[1]] = [...ha, ...Array.isArray(o) ? o : [o], n];
    } else s[r[1]] = n;
  }
  return { comments: i, pragmas: s };
}
var Hs = ["noformat", "noprettier"];
var Ws = ["format", "prettier"];
function Js(a2) {
  let e = _t2(a2);
  e && (a2 = a2.slice(e.length + 1));
  let t = $s(a2), { pragmas: s, comments: i } = Ks(t);
  return { shebang: e, text: a2, pragmas: s, comments: i };
}
function Gs(a2) {
  let { pragmas: e } = Js(a2);
  return Ws.some((t) => lt2(e, t));
}
function Xs(a2) {
  let { pragmas: e } = Js(a2);
  return Hs.some((t) => lt2(e, t));
}
function ca(a2) {
  return a2 = typeof a2 == "function" ? { parse: a2 } : a2, { astFormat: "estree", hasPragma: Gs, hasIgnorePragma: Xs, locStart: N, locEnd: k2, ...a2 };
}
var Q2 = ca;
var Ys = "module";
var qt2 = "commonjs";
var Qs = [Ys, qt2];
function Zs(a2) {
  if (typeof a2 == "string") {
    if (/\.(?:mjs|mts)$/i.test(a2)) return Ys;
    if (/\.(?:cjs|cts)$/i.test(a2)) return qt2;
  }
}
function la(a2) {
  let { type: e = "JsExpressionRoot", expression: t, comments: s = t?.comments ?? [], text: i, rootMarker: r } = a2, n = { type: e, comments: s, range: [0, i.length], rootMarker: r };
  return t && (delete t.comments, n.node = t), n;
}
var $t2 = la;
var ht2 = (a2) => Q2(ma(a2));
var pa = { allowImportExportEverywhere: true, allowReturnOutsideFunction: true, allowNewTargetOutsideFunction: true, allowSuperOutsideMethod: true, allowUndeclaredExports: true, errorRecovery: true, createParenthesizedExpressions: true, attachComment: false, plugins: ["doExpressions", "exportDefaultFrom", "functionBind", "functionSent", "throwExpressions", ["partialApplication", { version: "2018-07" }], "decorators", "moduleBlocks", "asyncDoExpressions", "destructuringPrivate", "decoratorAutoAccessors", "sourcePhaseImports", "deferredImportEvaluation", ["optionalChainingAssign", { version: "2023-07" }], ["discardBinding", { syntaxType: "void" }], "structs", "importSync", "deferredReexports", "namespaceImportFilter"], tokens: false, ranges: false };
var ti2 = "v8intrinsic";
var ei2 = [["pipelineOperator", { proposal: "hack", topicToken: "%" }], ["pipelineOperator", { proposal: "fsharp" }]];
var V2 = (a2, e = pa) => ({ ...e, plugins: [...e.plugins, ...a2] });
var ua = /@(?:no)?flow\b/;
function fa(a2, e) {
  if (e?.endsWith(".js.flow")) return true;
  let t = _t2(a2);
  t && (a2 = a2.slice(t.length));
  let s = As(a2, 0);
  return s !== false && (a2 = a2.slice(0, s)), ua.test(a2);
}
function da(a2, e, t) {
  let s = a2(e, t), i = s.errors.find((r) => !xa.has(r.reasonCode));
  if (i) throw i;
  return s;
}
function ma({ isExpression: a2 = false, optionsCombinations: e }) {
  return (t, s = {}) => {
    let { filepath: i } = s;
    if (typeof i != "string" && (i = void 0), (s.parser === "babel" || s.parser === "__babel_estree") && fa(t, i)) return s.parser = "babel-flow", ii2.parse(t, s);
    let r = e, n = s.__babelSourceType ?? Zs(i);
    r = (n ? [n] : Qs).flatMap((u) => r.map((f) => ({ ...f, sourceType: u, ...u === qt2 ? { allowReturnOutsideFunction: void 0, allowNewTargetOutsideFunction: void 0 } : void 0 })));
    let o = /%[A-Z]/.test(t);
    t.includes("|>") ? r = (o ? [...ei2, ti2] : ei2).flatMap((f) => r.map((m) => V2([f], m))) : o && (r = r.map((u) => V2([ti2], u)));
    let h2 = a2 ? Bt2 : Ft2, c2;
    try {
      c2 = Ss(r.map((u) => () => da(h2, t, u)));
    } catch ({ errors: [u] }) {
      throw zt2(u);
    }
    return a2 && (c2 = $t2({ expression: c2, text: t, rootMarker: s.rootMarker })), js(c2, { text: t });
  };
}
var ya = ["StrictNumericEscape", "StrictWith", "StrictOctalLiteral", "StrictDelete", "StrictEvalArguments", "StrictEvalArgumentsBinding", "StrictFunction", "ForInOfLoopInitializer", "IllegalBreakContinue", "ParamDupe", "RestTrailingComma", "UnsupportedParameterDecorator", "UnterminatedJsxContent", "UnexpectedReservedWord", "ModuleAttributesWithDuplicateKeys", "InvalidEscapeSequenceTemplate", "NonAbstractClassHasAbstractMethod", "PatternIsOptional", "VarRedeclaration", "InvalidPrivateFieldResolution", "DuplicateExport", "DeclarationMissingInitializer", "DecoratorAbstractMethod"];
var xa = new Set(ya);
var si2 = [V2(["jsx"])];
var Pa = ht2({ optionsCombinations: si2 });
var ga = ht2({ optionsCombinations: [V2(["jsx", "typescript"]), V2(["typescript"])] });
var Ta = ht2({ isExpression: true, optionsCombinations: [V2(["jsx"])] });
var Aa = ht2({ isExpression: true, optionsCombinations: [V2(["typescript"])] });
var ii2 = ht2({ optionsCombinations: [V2(["jsx", ["flow", { all: true }], "flowComments"])] });
var Sa = ht2({ optionsCombinations: si2.map((a2) => V2(["estree"], a2)) });
var Ue2 = {};
Kt2(Ue2, { json: () => Ia, "json-stringify": () => Na, json5: () => Ea, jsonc: () => wa });
function ba(a2) {
  return Array.isArray(a2) && a2.length > 0;
}
var _e2 = ba;
var ri2 = { tokens: false, ranges: false, attachComment: false, createParenthesizedExpressions: true };
function Ca(a2) {
  let e = Ft2(a2, ri2), { program: t } = e;
  if (t.body.length === 0 && t.directives.length === 0 && !t.interpreter) return { comments: e.comments };
}
function At(a2, e = {}) {
  let { allowComments: t = true, allowEmpty: s = false } = e, i, r;
  try {
    i = Bt2(a2, ri2), r = i.comments;
  } catch (n) {
    if (s && n.code === "BABEL_PARSER_SYNTAX_ERROR" && n.reasonCode === "ParseExpressionEmptyInput") try {
      ({ comments: r } = Ca(a2));
    } catch {
    }
    if (!r) throw zt2(n);
  }
  if (!t && _e2(r)) throw H2(r[0], "Comment");
  return (!s || i) && ct2(i), i = $t2({ type: "JsonRoot", expression: i, comments: r, text: a2 }), i;
}
function H2(a2, e) {
  let [t, s] = [a2.loc.start, a2.loc.end].map(({ line: i, column: r }) => ({ line: i, column: r + 1 }));
  return Vt2(`${e} is not allowed in JSON.`, { loc: { start: t, end: s } });
}
function ct2(a2) {
  switch (a2.type) {
    case "ArrayExpression":
      for (let e of a2.elements) e !== null && ct2(e);
      return;
    case "ObjectExpression":
      for (let e of a2.properties) ct2(e);
      return;
    case "ObjectProperty":
      if (a2.computed) throw H2(a2.key, "Computed key");
      if (a2.shorthand) throw H2(a2.key, "Shorthand property");
      a2.key.type !== "Identifier" && ct2(a2.key), ct2(a2.value);
      return;
    case "UnaryExpression": {
      let { operator: e, argument: t } = a2;
      if (e !== "+" && e !== "-") throw H2(a2, `Operator '${a2.operator}'`);
      if (t.type === "NumericLiteral" || t.type === "Identifier" && (t.name === "Infinity" || t.name === "NaN")) return;
      throw H2(t, `Operator '${e}' before '${t.type}'`);
    }
    case "Identifier":
      if (a2.name !== "Infinity" && a2.name !== "NaN" && a2.name !== "undefined") throw H2(a2, `Identifier '${a2.name}'`);
      return;
    case "TemplateLiteral":
      if (_e2(a2.expressions)) throw H2(a2.expressions[0], "'TemplateLiteral' with expression");
      for (let e of a2.quasis) ct2(e);
      return;
    case "NullLiteral":
    case "BooleanLiteral":
    case "NumericLiteral":
    case "StringLiteral":
    case "TemplateElement":
      return;
    default:
      throw H2(a2, `'${a2.type}'`);
  }
}
var Ia = Q2({ parse: (a2) => At(a2), hasPragma: () => true, hasIgnorePragma: () => false });
var Ea = Q2((a2) => At(a2));
var wa = Q2((a2) => At(a2, { allowEmpty: true }));
var Na = Q2({ parse: (a2) => At(a2, { allowComments: false }), astFormat: "estree-json" });
var ka = { ...Re2, ...Ue2 };

// node_modules/prettier/plugins/estree.mjs
var estree_exports = {};
__export(estree_exports, {
  default: () => Nc,
  languages: () => aE,
  options: () => _c,
  printers: () => uE
});
var Jc = Object.defineProperty;
var Ro2 = (e, t) => {
  for (var r in t) Jc(e, r, { get: t[r], enumerable: true });
};
var Nc = {};
Ro2(Nc, { languages: () => aE, options: () => _c, printers: () => uE });
var is2 = [{ name: "JavaScript", type: "programming", aceMode: "javascript", extensions: [".js", "._js", ".bones", ".cjs", ".es", ".es6", ".gs", ".jake", ".javascript", ".jsb", ".jscad", ".jsfl", ".jslib", ".jsm", ".jspre", ".jss", ".mjs", ".njs", ".pac", ".sjs", ".ssjs", ".xsjs", ".xsjslib", ".start.frag", ".end.frag", ".wxs"], filenames: ["Jakefile", "start.frag", "end.frag"], tmScope: "source.js", aliases: ["js", "node"], codemirrorMode: "javascript", codemirrorMimeType: "text/javascript", interpreters: ["bun", "chakra", "d8", "deno", "gjs", "js", "node", "nodejs", "qjs", "rhino", "v8", "v8-shell", "zx"], parsers: ["babel", "acorn", "espree", "meriyah", "babel-flow", "babel-ts", "flow", "typescript"], vscodeLanguageIds: ["javascript", "mongo"], linguistLanguageId: 183 }, { name: "Flow", type: "programming", aceMode: "javascript", extensions: [".js.flow"], filenames: [], tmScope: "source.js", aliases: [], codemirrorMode: "javascript", codemirrorMimeType: "text/javascript", interpreters: ["bun", "chakra", "d8", "deno", "gjs", "js", "node", "nodejs", "qjs", "rhino", "v8", "v8-shell"], parsers: ["flow", "babel-flow"], vscodeLanguageIds: ["javascript"], linguistLanguageId: 183 }, { name: "JSX", type: "programming", aceMode: "javascript", extensions: [".jsx"], filenames: void 0, tmScope: "source.js.jsx", aliases: void 0, codemirrorMode: "jsx", codemirrorMimeType: "text/jsx", interpreters: void 0, parsers: ["babel", "babel-flow", "babel-ts", "flow", "typescript", "espree", "meriyah"], vscodeLanguageIds: ["javascriptreact"], group: "JavaScript", linguistLanguageId: 183 }, { name: "TypeScript", type: "programming", aceMode: "typescript", extensions: [".ts", ".cts", ".mts"], tmScope: "source.ts", aliases: ["ts"], codemirrorMode: "javascript", codemirrorMimeType: "application/typescript", interpreters: ["bun", "deno", "ts-node", "tsx", "node"], parsers: ["typescript", "babel-ts"], vscodeLanguageIds: ["typescript"], linguistLanguageId: 378 }, { name: "TSX", type: "programming", aceMode: "tsx", extensions: [".tsx"], tmScope: "source.tsx", aliases: ["typescriptreact"], codemirrorMode: "jsx", codemirrorMimeType: "text/typescript-jsx", group: "TypeScript", parsers: ["typescript", "babel-ts"], vscodeLanguageIds: ["typescriptreact"], linguistLanguageId: 94901924 }];
var zi3 = {};
Ro2(zi3, { estree: () => $i3 });
function Gc(e) {
  return Array.isArray(e) && e.length > 0;
}
var j3 = Gc;
var Uc = () => {
};
var Je3 = Uc;
function S3(e) {
  let t = new Set(e);
  return (r) => t.has(r?.type);
}
var nr3 = (e, t) => (r, n, ...o) => r | 1 && n == null ? void 0 : (t.call(n) ?? n[e]).apply(n, o);
function qc(e) {
  return this[e < 0 ? this.length + e : e];
}
var Yc = nr3("at", function() {
  if (Array.isArray(this) || typeof this == "string") return qc;
});
var w2 = Yc;
function z3(e, t, r) {
  if (!e.has(t)) {
    let n = r(t);
    e.set(t, n);
  }
  return e.get(t);
}
function Hc(e) {
  let t = [];
  return e.this && t.push(e.this), t.push(...e.params), e.rest && t.push(e.rest), t;
}
var Xc = /* @__PURE__ */ new WeakMap();
function te3(e) {
  return z3(Xc, e, Hc);
}
function ss2(e, t) {
  let { node: r } = e, n = 0, o = () => t(e, n++);
  r.this && e.call(o, "this"), e.each(o, "params"), r.rest && e.call(o, "rest");
}
function us2(e) {
  if (e.rest) return true;
  let t = te3(e);
  return w2(0, t, -1)?.type === "RestElement";
}
var as2 = (e) => e?.type === "TSAsExpression" && e.typeAnnotation.type === "TSTypeReference" && e.typeAnnotation.typeName.type === "Identifier" && e.typeAnnotation.typeName.name === "const";
function or3({ node: e, parent: t }) {
  return e?.type !== "EmptyStatement" ? false : t.type === "IfStatement" ? t.consequent === e || t.alternate === e : t.type === "DoWhileStatement" || t.type === "ForInStatement" || t.type === "ForOfStatement" || t.type === "ForStatement" || t.type === "LabeledStatement" || t.type === "WithStatement" || t.type === "WhileStatement" ? t.body === e : false;
}
function ze3(e) {
  return e.method && e.kind === "init" || e.kind === "get" || e.kind === "set";
}
var Jo2 = (e) => Number.isSafeInteger(e) && e >= 0;
function _t3(e) {
  return e.range?.[1] ?? e.end;
}
function b3(e) {
  let t = e.range?.[0] ?? e.start, r = (e.declaration?.decorators ?? e.decorators)?.[0];
  return r ? Math.min(b3(r), t) : t;
}
var Vc = 5;
var Kc = 8;
var $c = 8;
var ps2 = (e) => (t) => t.label ? B3(t.label) : b3(t) + e;
var zc = (e) => e.__contentEnd ?? _t3(e);
var cs2 = ["ExpressionStatement", "Directive", "ImportDeclaration", "ExportDefaultDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "ReturnStatement", "ThrowStatement", "DoWhileStatement", "ClassProperty", "PropertyDefinition", "ClassPrivateProperty", "ClassAccessorProperty", "AccessorProperty", "AbstractPropertyDefinition", "TSAbstractPropertyDefinition", "TSAbstractAccessorProperty"];
var Qc = new Map([["BreakStatement", ps2(Vc)], ["ContinueStatement", ps2(Kc)], ["DebuggerStatement", (e) => b3(e) + $c], ["VariableDeclaration", (e) => B3(w2(0, e.declarations, -1))], ...cs2.map((e) => [e, zc])]);
var Go2 = S3(cs2);
function B3(e) {
  let { type: t } = e;
  return t === "IfStatement" ? B3(e.alternate ?? e.consequent) : t === "ForInStatement" || t === "ForOfStatement" || t === "ForStatement" || t === "LabeledStatement" || t === "WithStatement" || t === "WhileStatement" ? B3(e.body) : Qc.get(t)?.(e) ?? _t3(e);
}
function Nt3(e, t) {
  let r = b3(e);
  return Jo2(r) && r === b3(t);
}
function Zc(e, t) {
  let r = B3(e);
  return Jo2(r) && r === B3(t);
}
function Uo2(e, t) {
  return Nt3(e, t) && Zc(e, t);
}
function Fe3(e) {
  return e.extra?.raw ?? e.raw;
}
function ls2(e) {
  return e.type === "BigIntLiteral" || e.type === "Literal" && !!e.bigint;
}
function ms2(e) {
  return e.type === "BooleanLiteral" || e.type === "Literal" && typeof e.value == "boolean";
}
function xe3(e) {
  return e.type === "NumericLiteral" || e.type === "Literal" && typeof e.value == "number";
}
function rn2(e) {
  return e.type === "RegExpLiteral" || e.type === "Literal" && !!e.regex;
}
function G3(e) {
  return e?.type === "StringLiteral" || e?.type === "Literal" && typeof e.value == "string";
}
var fe3 = S3(["TSAsExpression", "TSSatisfiesExpression", "AsExpression", "AsConstExpression", "SatisfiesExpression"]);
var fs2 = S3(["SatisfiesExpression", "TSSatisfiesExpression"]);
var ue3 = S3(["TSUnionType", "UnionTypeAnnotation"]);
var bt2 = S3(["TSIntersectionType", "IntersectionTypeAnnotation"]);
var ir3 = S3(["TupleTypeAnnotation", "TSTupleType"]);
var Qe3 = S3(["TSConditionalType", "ConditionalTypeAnnotation"]);
var Ds2 = S3(["TSTemplateLiteralType", "TemplateLiteralTypeAnnotation"]);
var Et3 = S3(["TSImportType", "ImportType"]);
var dt3 = S3(["TSExternalModuleReference", "ExternalModuleReference"]);
var nn2 = S3(["TSTypeAliasDeclaration", "TypeAlias"]);
var jt3 = S3(["ReturnStatement", "ThrowStatement"]);
var on2 = S3(["ReturnStatement", "ThrowStatement", "YieldExpression", "UnaryExpression"]);
var ys2 = S3(["ExportDefaultDeclaration", "DeclareExportDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "DeclareExportAllDeclaration"]);
var Es2 = S3(["TSExportAssignment", "ExportAssignment"]);
var sn2 = S3(["AbstractMethodDefinition", "TSAbstractMethodDefinition"]);
var un2 = S3(["AbstractPropertyDefinition", "TSAbstractPropertyDefinition"]);
var an2 = S3(["TSParameterProperty", "ParameterProperty"]);
var be3 = S3(["TSNonNullExpression", "NonNullExpression"]);
var Yt3 = (e) => e?.type === "TSOptionalType" || e?.type === "TupleTypeElement" && e.optional === true;
var V3 = S3(["ArrayExpression"]);
var ae3 = S3(["ObjectExpression"]);
var sr3 = S3(["Literal", "BooleanLiteral", "BigIntLiteral", "DirectiveLiteral", "NullLiteral", "NumericLiteral", "RegExpLiteral", "StringLiteral"]);
var Xe3 = S3(["ObjectTypeAnnotation", "TSTypeLiteral", "TSMappedType"]);
var vt3 = S3(["FunctionExpression", "ArrowFunctionExpression"]);
var q2 = S3(["JSXElement", "JSXFragment"]);
var Pe3 = S3(["BinaryExpression", "LogicalExpression", "NGPipeExpression"]);
var M3 = S3(["CallExpression", "OptionalCallExpression"]);
var N2 = S3(["MemberExpression", "OptionalMemberExpression"]);
var Pt3 = S3(["CallExpression", "OptionalCallExpression", "NewExpression"]);
var Ct3 = S3(["CallExpression", "OptionalCallExpression", "NewExpression", "ImportExpression"]);
var Ge3 = S3(["ChainExpression", "TSNonNullExpression", "NonNullExpression"]);
var ds2 = S3(["TSArrayType", "ArrayTypeAnnotation"]);
var Cs2 = S3(["TSTypeParameterInstantiation", "TypeParameterInstantiation"]);
var ur3 = S3(["TSTypeAnnotation", "TypeAnnotation"]);
var pn2 = S3(["TSModuleDeclaration", "DeclareModule", "DeclareNamespace"]);
var Fs2 = S3(["TSConstructorType", "ConstructorTypeAnnotation"]);
var ar3 = S3(["ClassDeclaration", "ClassExpression"]);
var jr3 = S3(["ImportNamespaceSpecifier", "ExportNamespaceSpecifier"]);
var xs2 = S3(["TSEnumDeclaration", "EnumDeclaration", "DeclareEnum"]);
var cn2 = S3(["TSEnumBody", "EnumBody"]);
function vr3(e) {
  if (e.type !== "ImportSpecifier" && e.type !== "ExportSpecifier") return false;
  let { local: t, [e.type === "ImportSpecifier" ? "imported" : "exported"]: r } = e;
  return t.type !== r.type || !Uo2(t, r) ? false : G3(t) ? t.value === r.value && Fe3(t) === Fe3(r) : t.type === "Identifier" ? t.name === r.name : false;
}
var el = S3(["File", "TemplateElement", "TSEmptyBodyFunctionExpression", "ChainExpression"]);
var tl = (e, [t]) => t?.type === "ComponentParameter" && t.shorthand && t.name === e && t.local !== t.name || t?.type === "MatchObjectPatternProperty" && t.shorthand && t.key === e || t?.type === "ObjectProperty" && t.shorthand && t.key === e && t.value !== t.key || t?.type === "Property" && t.shorthand && t.key === e && !ze3(t) && t.value !== t.key || t?.type === "ImportSpecifier" && vr3(t) && t.local === e && t.local !== t.imported || t?.type === "ExportSpecifier" && vr3(t) && t.exported === e && t.local !== t.exported;
var rl = (e, [t]) => !!(e.type === "FunctionExpression" && t.type === "MethodDefinition" && t.value === e && te3(e).length === 0 && !e.returnType && !j3(e.typeParameters) && e.body);
var As2 = (e, [t]) => t?.typeAnnotation === e && as2(t);
var nl = (e, [t, ...r]) => As2(e, [t]) || t?.typeName === e && As2(t, r);
function ol(e, t) {
  return el(e) || tl(e, t) || rl(e, t) ? false : e.type === "EmptyStatement" ? or3({ node: e, parent: t[0] }) : !(nl(e, t) || e.type === "TSTypeAnnotation" && t[0].type === "TSPropertySignature");
}
var Ts2 = ol;
function il(e) {
  let t = e.type || e.kind || "(unknown type)", r = String(e.name || e.id && (typeof e.id == "object" ? e.id.name : e.id) || e.key && (typeof e.key == "object" ? e.key.name : e.key) || e.value && (typeof e.value == "object" ? "" : String(e.value)) || e.operator || "");
  return r.length > 20 && (r = r.slice(0, 19) + "…"), t + (r ? " " + r : "");
}
function qo2(e, t) {
  return (e.comments ?? (e.comments = [])).push(t), t.printed = false, t.nodeDescription = il(e), true;
}
function X3(e, t) {
  return t.leading = true, t.trailing = false, qo2(e, t);
}
function he3(e, t, r) {
  return t.leading = false, t.trailing = false, r && (t.marker = r), qo2(e, t);
}
function Y3(e, t) {
  return t.leading = false, t.trailing = true, qo2(e, t);
}
function ln2(e) {
  return (t, r, n) => {
    if (r === false) return false;
    let o = !!n?.backwards, { length: i } = t, s = r;
    for (; s >= 0 && s < i; ) {
      let u = t.charAt(s);
      if (e instanceof RegExp) {
        if (!e.test(u)) return s;
      } else if (!e.includes(u)) return s;
      o ? s-- : s++;
    }
    return s === -1 || s === i ? s : false;
  };
}
var ud = ln2(/\s/);
var pt3 = ln2(" 	");
var gs2 = ln2(",; 	");
var hs2 = ln2(/[^\n\r]/);
function sl(e, t) {
  if (t === false) return false;
  if (e.charAt(t) === "/" && e.charAt(t + 1) === "*") {
    for (let r = t + 2; r < e.length; ++r) if (e.charAt(r) === "*" && e.charAt(r + 1) === "/") return r + 2;
  }
  return t;
}
var pr3 = sl;
var Ss2 = (e) => e === `
` || e === "\r" || e === "\u2028" || e === "\u2029";
function ul(e, t, r) {
  if (t === false) return false;
  let n = !!r?.backwards, o = e.charAt(t);
  if (n) {
    if (e.charAt(t - 1) === "\r" && o === `
`) return t - 2;
    if (Ss2(o)) return t - 1;
  } else {
    if (o === "\r" && e.charAt(t + 1) === `
`) return t + 2;
    if (Ss2(o)) return t + 1;
  }
  return t;
}
var ct3 = ul;
function al(e, t) {
  return t === false ? false : e.charAt(t) === "/" && e.charAt(t + 1) === "/" ? hs2(e, t) : t;
}
var cr3 = al;
function pl(e, t) {
  let r = null, n = t;
  for (; n !== r; ) r = n, n = pt3(e, n), n = pr3(e, n), n = cr3(e, n), n = ct3(e, n);
  return n;
}
var Ht3 = pl;
function cl(e, t) {
  let r = Ht3(e, t);
  return r === false ? "" : e.charAt(r);
}
var _e3 = cl;
function ll(e, t, r = {}) {
  let n = pt3(e, r.backwards ? t - 1 : t, r), o = ct3(e, n, r);
  return n !== o;
}
var J3 = ll;
function ml(e, t, r) {
  for (let n = t; n < r; ++n) if (e.charAt(n) === `
`) return true;
  return false;
}
var re3 = ml;
var fl = /* @__PURE__ */ new WeakMap();
function Dl(e) {
  let t;
  return e.type === "ImportExpression" || Et3(e) ? (t = [e.source], e.options && t.push(e.options)) : dt3(e) ? t = [e.expression] : e.type === "DeclareClassExtendsCall" ? t = [e.argument] : t = e.arguments, t;
}
function pe3(e) {
  return z3(fl, e, Dl);
}
function Rr3(e, t) {
  let { node: r } = e;
  r.type === "ImportExpression" || Et3(r) ? (e.call(() => t(e, 0), "source"), r.options && e.call(() => t(e, 1), "options")) : dt3(r) ? e.call(() => t(e, 0), "expression") : r.type === "DeclareClassExtendsCall" ? e.call(() => t(e, 0), "argument") : e.each(t, "arguments");
}
function Yo2(e, t) {
  if (e.type === "ImportExpression" || Et3(e)) {
    if (t === 0 || t === (e.options ? -2 : -1)) return ["source"];
    if (e.options && (t === 1 || t === -1)) return ["options"];
    throw new RangeError("Invalid argument index");
  }
  if (dt3(e)) {
    if (t === 0 || t === -1) return ["expression"];
  } else if (e.type === "DeclareClassExtendsCall") {
    if (t === 0 || t === -1) return ["argument"];
  } else if (t < 0 && (t = e.arguments.length + t), t >= 0 && t < e.arguments.length) return ["arguments", t];
  throw new RangeError("Invalid argument index");
}
var Bs2 = /* @__PURE__ */ Symbol.for("comments");
var yl = String.prototype.replaceAll ?? function(e, t) {
  return e.global ? this.replace(e, t) : this.split(e).join(t);
};
var El = nr3("replaceAll", function() {
  if (typeof this == "string") return yl;
});
var $3 = El;
function dl(e) {
  return $3(0, e, /[^\n]/g, " ");
}
var bs2 = dl;
function Cl(e, t) {
  if (t.length === 0) return e;
  let r = "", n = 0;
  for (let o of t) {
    let i = b3(o), s = B3(o);
    r += e.slice(n, i) + bs2(e.slice(i, s)), n = s;
  }
  return r + e.slice(n);
}
var Fl = /* @__PURE__ */ new WeakMap();
function oe3(e) {
  let t = e[Bs2];
  return z3(Fl, t, (r) => Cl(e.originalText, r));
}
function Ps2(e, t) {
  let r = B3(e) - 1;
  if (t.originalText[r] === ")") return r;
}
function xl(e, t) {
  if (Ps2(e, t) === void 0) return;
  let n = oe3(t), o = B3(e.typeArguments ?? e.callee), i = n.indexOf("(", o);
  if (i !== -1) return i;
}
function Is2(e, t, r) {
  let n = Ps2(e, r);
  if (n === void 0 || B3(t) > n) return false;
  let o = xl(e, r);
  return o === void 0 ? false : b3(t) > o;
}
var ce3 = S3(["Block", "CommentBlock", "MultiLine"]);
var Ne3 = S3(["Line", "CommentLine", "SingleLine", "HashbangComment", "HTMLOpen", "HTMLClose", "Hashbang", "InterpreterDirective"]);
function mn2(e) {
  return e.type === "LogicalExpression" && e.operator === "??";
}
function Ue3(e) {
  return e?.type === "ObjectProperty" || e?.type === "Property" && !ze3(e);
}
function Ft3(e) {
  return e.value.trim() === "prettier-ignore" && !e.unignore;
}
var Al = /* @__PURE__ */ new WeakMap();
function lr3(e) {
  return z3(Al, e, (t) => ce3(t) && t.value[0] === "*" && /@(?:type|satisfies)\b/.test(t.value));
}
function fn2({ comment: e, enclosingNode: t, precedingNode: r, followingNode: n, options: o }) {
  if ((t?.type === "ForInStatement" || t?.type === "ForOfStatement") && r === t.left && n === t.right) {
    let i = oe3(o).indexOf(t.type === "ForInStatement" ? "in" : "of", B3(r));
    return b3(e) > i ? X3(n, e) : Y3(r, e), true;
  }
  if ((t?.type === "ForInStatement" || t?.type === "ForOfStatement" || t?.type === "ForStatement") && n && n === t.body) {
    let i = oe3(o).lastIndexOf(")", b3(n));
    if (b3(e) > i) return X3(n, e);
  }
  return false;
}
var Ho2 = (e, t) => ce3(e) && !re3(t, b3(e), B3(e));
var Wr3 = (e, t) => Ne3(e) || Ho2(e, t);
function Dn2(e, t) {
  return e.type === "BlockStatement" ? mr2(e, t) : X3(e, t);
}
function mr2(e, t) {
  let r;
  return e.type === "BlockStatement" || e.type === "TSModuleBlock" ? r = e.body.find(({ type: n }) => n !== "EmptyStatement") : e.type === "ClassBody" || e.type === "StructBody" || e.type === "TSInterfaceBody" ? r = e.body[0] : e.type === "RecordDeclarationBody" ? r = e.elements[0] : e.type === "ObjectTypeAnnotation" ? r = e.properties[0] : cn2(e) && (r = e.members[0]), r ? X3(r, t) : he3(e, t), true;
}
function yn2({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o, options: i }) {
  return r?.type !== "IfStatement" || !n ? false : _e3(o, B3(e)) === ")" ? Y3(t, e) : n === r.consequent ? X3(n, e) : t === r.consequent && n === r.alternate ? Tl({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o, options: i }) : false;
}
function Tl({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o, options: i }) {
  let s = oe3(i).indexOf("else", B3(r.consequent));
  return b3(e) >= s ? X3(n, e) : !(t.type === "BlockStatement") && Wr3(e, o) && !re3(o, B3(t), b3(e)) ? Y3(t, e) : he3(r, e);
}
function En2({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o }) {
  return r?.type === "SwitchStatement" && r.cases.length === 0 && !n && t === r.discriminant && _e3(o, B3(e)) === "}" ? he3(r, e) : false;
}
function dn2({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o }) {
  return (r?.type === "WhileStatement" || r?.type === "WithStatement") && n ? _e3(o, B3(e)) === ")" ? Y3(t, e) : r.body === n ? X3(n, e) : false : false;
}
function Xo2(e, { comment: t, text: r, options: n }) {
  if (ue3(e) && Ho2(t, r) && !Ft3(t)) {
    let i = oe3(n).slice(B3(t), b3(e));
    return /^[ \t]*$/.test(i);
  }
  return false;
}
function Cn2(e, t) {
  return X3(Xo2(e, t) ? e.types[0] : e, t.comment);
}
function gl(e) {
  return [Ko2, Gs2, Vo2, Ms2, vs2, Bl, yn2, dn2, En2, Os2, _s2, fn2, Ll, Ol, $o2, Ws2, _l, Ns2, Rs2, bl, Us2, zo2, Qo2, Hs2, Zo2].some((t) => t(e));
}
function hl(e) {
  return [Ko2, Vo2, vs2, Ms2, Ws2, yn2, dn2, En2, Os2, _s2, fn2, Rs2, wl, Ml, $o2, Js2, Jl, Gl, Ul, Us2, zo2, Yl, Ys2, qs2, Qo2, vl, Zo2].some((t) => t(e));
}
function Sl(e) {
  return [Ko2, Gs2, Vo2, yn2, dn2, En2, fn2, Ns2, $o2, Js2, zo2, Il, Pl, Rl, Ys2, qs2, Qo2, Hs2, Zo2].some((t) => t(e));
}
function Vo2({ comment: e, followingNode: t, enclosingNode: r }) {
  return t && lr3(e) ? X3(r?.type === "ConditionalExpression" && mn2(t) ? t.left : t, e) : false;
}
function Os2({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n }) {
  return r?.type !== "TryStatement" && r?.type !== "CatchClause" || !n ? false : r.type === "CatchClause" && t ? Y3(t, e) : n.type === "BlockStatement" ? mr2(n, e) : n.type === "TryStatement" ? Dn2(n.finalizer, e) : n.type === "CatchClause" ? Dn2(n.body, e) : false;
}
function Bl({ comment: e, enclosingNode: t, followingNode: r }) {
  return N2(t) && r?.type === "Identifier" ? X3(t, e) : false;
}
function bl({ comment: e, enclosingNode: t, followingNode: r, options: n }) {
  return !n.experimentalTernaries || !(t?.type === "ConditionalExpression" || Qe3(t)) ? false : r?.type === "ConditionalExpression" || Qe3(r) ? he3(t, e) : false;
}
function Ms2({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o, options: i }) {
  let s = t && !re3(o, B3(t), b3(e));
  return (!t || !s) && (r?.type === "ConditionalExpression" || Qe3(r)) && n ? i.experimentalTernaries && r.alternate === n && !(ce3(e) && !re3(i.originalText, b3(e), B3(e))) ? he3(r, e) : X3(n, e) : false;
}
var ks2 = S3(["ClassDeclaration", "ClassExpression", "StructDeclaration", "DeclareClass", "DeclareInterface", "InterfaceDeclaration", "RecordDeclaration", "TSInterfaceDeclaration"]);
function _s2({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, options: o }) {
  if (n && (ks2(r) || pn2(r) || xs2(r)) && n === r.body) return mr2(r.body, e);
  if (ks2(r)) {
    let { decorators: i } = r;
    if (j3(i) && n?.type !== "Decorator") return Y3(w2(0, i, -1), e);
    if (n && t) {
      let { superClass: s } = r;
      if (s && n === s && (t === r.id || t === r.typeParameters)) return Y3(t, e);
      for (let u of ["implements", "extends", "mixins"]) {
        let a2 = r[u]?.[0];
        if (n === a2) if (t === r.id || t === r.typeParameters || t === s) {
          if (oe3(o).slice(B3(e), b3(a2)).trim() === u) return Y3(t, e);
        } else return he3(r, e, u);
      }
    }
  }
  return false;
}
var ws2 = S3(["ClassMethod", "ClassProperty", "PropertyDefinition", "AbstractPropertyDefinition", "AbstractMethodDefinition", "TSAbstractPropertyDefinition", "TSAbstractMethodDefinition", "TSDeclareMethod", "MethodDefinition", "ClassAccessorProperty", "AccessorProperty", "TSAbstractAccessorProperty", "TSParameterProperty", "ParameterProperty"]);
function Ns2({ placement: e, comment: t, precedingNode: r, enclosingNode: n, followingNode: o, text: i }) {
  return n && r && _e3(i, B3(t)) === "(" && (n.type === "Property" || n.type === "TSDeclareMethod" || sn2(n)) && r.type === "Identifier" && n.key === r && _e3(i, B3(r)) !== ":" ? Y3(r, t) : ws2(n) && !o && e === "remaining" ? Y3(_e3(i, B3(t)) === "(" ? r : n, t) : r?.type === "Decorator" && ws2(n) && (Ne3(t) || e === "ownLine") ? Y3(r, t) : false;
}
var js2 = S3(["FunctionDeclaration", "FunctionExpression", "ClassMethod", "MethodDefinition", "ObjectMethod", "ComponentDeclaration", "HookDeclaration"]);
function Pl({ comment: e, precedingNode: t, enclosingNode: r, text: n }) {
  return _e3(n, B3(e)) !== "(" ? false : t && js2(r) ? Y3(t, e) : false;
}
function Il({ comment: e, enclosingNode: t, text: r }) {
  if (t?.type !== "ArrowFunctionExpression") return false;
  let n = Ht3(r, B3(e));
  return n !== false && r.slice(n, n + 2) === "=>" ? he3(t, e, "commentBeforeArrow") : false;
}
function Ls2(e, t, r) {
  let n = b3(t), o = B3(e);
  if (n >= o) return false;
  let i = B3(t), s = b3(e);
  if (i <= s) return false;
  let u = oe3(r);
  return u.slice(0, b3(t)).trimEnd().endsWith("(") && u.slice(B3(t)).trimStart().startsWith(")");
}
var kl = S3(["ComponentDeclaration", "DeclareComponent", "ComponentTypeAnnotation"]);
function Ko2({ comment: e, enclosingNode: t, options: r }) {
  if (!t) return false;
  if (Ct3(t) && pe3(t).length === 0 && Ls2(t, e, r)) return he3(t, e);
  let n = Xs2(t) || kl(t) || t.type === "HookTypeAnnotation" ? t : t.type === "MethodDefinition" || sn2(t) || t.type === "Property" && ze3(t) ? t.value : void 0;
  return n && te3(n).length === 0 && Ls2(n, e, r) ? he3(n, e) : false;
}
function vs2({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o }) {
  return t?.type === "FunctionTypeParam" && (r?.type === "FunctionTypeAnnotation" || r?.type === "ConstructorTypeAnnotation" || r?.type === "HookTypeAnnotation") && n?.type !== "FunctionTypeParam" ? Y3(t, e) : t?.type === "ComponentTypeParameter" && (r?.type === "DeclareComponent" || r?.type === "ComponentTypeAnnotation") && n?.type !== "ComponentTypeParameter" ? Y3(t, e) : (t?.type === "Identifier" || t?.type === "AssignmentPattern" || t?.type === "ObjectPattern" || t?.type === "ArrayPattern" || t?.type === "RestElement" || an2(t)) && (Xs2(r) || (r?.type === "TSAbstractMethodDefinition" || r?.type === "MethodDefinition") && r.value.type === "TSEmptyBodyFunctionExpression") && _e3(o, B3(e)) === ")" ? Y3(t, e) : (t?.type === "ComponentParameter" || t?.type === "RestElement") && (r?.type === "ComponentDeclaration" || r?.type === "DeclareComponent") && _e3(o, B3(e)) === ")" ? Y3(t, e) : !ce3(e) && n?.type === "BlockStatement" && js2(r) && (r.type === "MethodDefinition" ? r.value.body : r.body) === n && Ht3(o, B3(e)) === b3(n) ? mr2(n, e) : false;
}
function Rs2({ comment: e, enclosingNode: t }) {
  return t?.type === "LabeledStatement" ? X3(t, e) : false;
}
function wl({ comment: e, precedingNode: t, enclosingNode: r, options: n }) {
  return Pt3(r) && r.callee === t && r.arguments.length > 0 && Is2(r, e, n) ? X3(r.arguments[0], e) : false;
}
function Ll({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n }) {
  return ue3(r) ? (Ft3(e) && (n.prettierIgnore = true, e.unignore = true), t ? Y3(t, e) : false) : (ue3(n) && Ft3(e) && (n.types[0].prettierIgnore = true, e.unignore = true), false);
}
function Ol({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n }) {
  return r && r.type === "MatchOrPattern" ? (Ft3(e) && (n.prettierIgnore = true, e.unignore = true), t ? Y3(t, e) : false) : (n && n.type === "MatchOrPattern" && Ft3(e) && (n.types[0].prettierIgnore = true, e.unignore = true), false);
}
function Ml({ comment: e, enclosingNode: t }) {
  return Ue3(t) ? X3(t, e) : false;
}
function $o2({ comment: e, enclosingNode: t, ast: r, isLastComment: n }) {
  return r?.body?.length === 0 ? (n ? he3(r, e) : X3(r, e), true) : t?.type === "Program" && t.body.length === 0 && !j3(t.directives) ? (n ? he3(t, e) : X3(t, e), true) : false;
}
function Ws2({ comment: e, precedingNode: t, enclosingNode: r, text: n }) {
  if (r?.type === "ImportSpecifier" || r?.type === "ExportSpecifier") return X3(r, e);
  let o = t?.type === "ImportSpecifier" && r?.type === "ImportDeclaration", i = t?.type === "ExportSpecifier" && r?.type === "ExportNamedDeclaration";
  return (o || i) && J3(n, B3(e)) ? Y3(t, e) : false;
}
function _l({ comment: e, enclosingNode: t }) {
  return t?.type === "AssignmentPattern" ? X3(t, e) : false;
}
var Nl = S3(["VariableDeclarator", "AssignmentExpression", "TypeAlias", "TSTypeAliasDeclaration"]);
var jl = S3(["ObjectExpression", "ArrayExpression", "TemplateLiteral", "TaggedTemplateExpression", "ObjectTypeAnnotation", "TSTypeLiteral"]);
function Js2(e) {
  let { comment: t, enclosingNode: r, followingNode: n, options: o, placement: i } = e;
  if (Nl(r) && n && i === "endOfLine" && (jl(n) || ce3(t))) return Cn2(n, e);
  if (nn2(r) && n) {
    let s = r.id, u = oe3(o).indexOf("=", B3(s));
    if (b3(t) >= u) return Cn2(n, e);
  }
  return false;
}
function vl({ comment: e, enclosingNode: t, followingNode: r }) {
  return t?.type === "TaggedTemplateExpression" && r === t.quasi ? X3(r, e) : false;
}
function Rl({ comment: e, enclosingNode: t, precedingNode: r, followingNode: n, text: o }) {
  return !n && (t?.type === "TSMethodSignature" || t?.type === "TSDeclareFunction" || sn2(t)) && (!r || r !== t.returnType) && _e3(o, B3(e)) === ";" ? Y3(t, e) : false;
}
function Gs2({ comment: e, enclosingNode: t, followingNode: r }) {
  if (Ft3(e) && t?.type === "TSMappedType" && r === t.key) return t.prettierIgnore = true, e.unignore = true, true;
}
function Wl(e, t, r) {
  let n = oe3(r).indexOf("[", b3(e));
  return B3(t) < n;
}
function zo2({ comment: e, enclosingNode: t, options: r }) {
  if (t?.type === "TSMappedType" && Wl(t, e, r)) return he3(t, e);
}
function Jl({ comment: e, enclosingNode: t, followingNode: r }) {
  return !t || t.type !== "SwitchCase" || t.test || !r || r !== t.consequent[0] ? false : r.type === "BlockStatement" && Ne3(e) ? mr2(r, e) : he3(t, e);
}
function Gl({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n }) {
  return ue3(t) && (ds2(r) && !n || bt2(r) || ue3(r)) ? Y3(w2(0, t.types, -1), e) : false;
}
function Us2({ comment: e, enclosingNode: t, precedingNode: r, followingNode: n, text: o }) {
  if (t && n && (t.type === "ObjectPattern" || t.type === "ArrayPattern") && t.typeAnnotation === n && ur3(n)) return _e3(o, B3(e)) === (t.type === "ObjectPattern" ? "}" : "]") ? r ? Y3(r, e) : he3(t, e) : X3(n, e);
}
function Ul({ comment: e, precedingNode: t, enclosingNode: r, followingNode: n, text: o }) {
  return !n && r?.type === "UnaryExpression" && (t?.type === "LogicalExpression" || t?.type === "BinaryExpression") && re3(o, b3(r.argument), b3(t.right)) && Wr3(e, o) && !re3(o, b3(t.right), b3(e)) ? Y3(t.right, e) : false;
}
function qs2(e) {
  let { enclosingNode: t, followingNode: r, comment: n, options: o, placement: i } = e;
  if (!r) return false;
  let s, u;
  switch (t?.type) {
    case "TSPropertySignature":
      s = t.key, u = t.typeAnnotation;
      break;
    case "TSMappedType":
      s = t.nameType ?? t.constraint, u = t.typeAnnotation;
      break;
    case "ObjectTypeProperty":
    case "ObjectTypeIndexer":
      s = t.key, u = t.value;
      break;
    case "ObjectTypeInternalSlot":
      s = t.id, u = t.value;
      break;
    case "ObjectTypeMappedTypeProperty":
      s = t.nameType ?? t.sourceType, u = t.propType;
      break;
    default:
      return false;
  }
  return i === "endOfLine" && (ue3(r) || bt2(r)) ? X3(r, n) : u && ce3(n) && oe3(o).indexOf(":", B3(s)) < b3(n) ? Cn2(r, e) : false;
}
function Qo2({ enclosingNode: e, precedingNode: t, followingNode: r, comment: n, text: o }) {
  if (fe3(e) && t === e.expression && !Wr3(n, o)) return r ? X3(r, n) : Y3(e, n), true;
}
function ql(e, t, r) {
  let n = oe3(r).lastIndexOf("=>", b3(t.body));
  return B3(e) < n;
}
function Yl({ comment: e, enclosingNode: t, followingNode: r, precedingNode: n, options: o }) {
  return t?.type !== "ArrowFunctionExpression" || !r || !n || ql(e, t, o) ? false : Dn2(r, e);
}
function Hl(e, t) {
  let r = e;
  for (let n of t) {
    if (n.type === "AssignmentExpression" && n.right === r || n.type === "ArrowFunctionExpression" && n.body === r) {
      r = n;
      continue;
    }
    return n.type === "ExpressionStatement" && n.expression === r ? n : void 0;
  }
}
function Zo2({ comment: e, enclosingNode: t, precedingNode: r, followingNode: n }) {
  return !r && t?.type === "SequenceExpression" && n === t.expressions[0] ? X3(t, e) : false;
}
function Ys2({ comment: e, enclosingNode: t, precedingNode: r, followingNode: n, ancestors: o }) {
  if (!n && t && r) {
    if (t.type === "ExpressionStatement" && t.expression === r) return Y3(t, e);
    let i = r.type === "AssignmentExpression";
    if (i && t.type === "AssignmentExpression" && t.right === r || r.type === "ArrowFunctionExpression" && t.type === "ArrowFunctionExpression" && t.body === r) {
      let u = Hl(t, o.slice(1));
      if (u) return Y3(u, e);
    }
    let s = r.type === "SequenceExpression";
    if ((s || i) && (t.type === "ArrowFunctionExpression" && t.body === r || t.type === "VariableDeclarator" && t.init === r || t.type === "ReturnStatement" && t.argument === r || t.type === "AssignmentExpression" && t.right === r)) return Y3(s ? w2(0, r.expressions, -1) : r.right, e);
  }
  return false;
}
function Hs2(e) {
  let { followingNode: t, comment: r } = e;
  return Xo2(t, e) ? X3(t.types[0], r) : false;
}
var Xs2 = S3(["ArrowFunctionExpression", "FunctionExpression", "FunctionDeclaration", "ObjectMethod", "ClassMethod", "TSDeclareFunction", "TSCallSignatureDeclaration", "TSConstructSignatureDeclaration", "TSMethodSignature", "TSConstructorType", "ConstructorTypeAnnotation", "TSFunctionType", "FunctionTypeAnnotation", "TSDeclareMethod", "HookDeclaration"]);
var Xl = { endOfLine: hl, ownLine: gl, remaining: Sl };
var Vs2 = Xl;
function Vl(e, { parser: t }) {
  if (t === "flow" || t === "hermes" || t === "babel-flow") return e = $3(0, e, /[\s(]/g, ""), e === "" || e === "/*" || e === "/*::";
}
var Ks2 = Vl;
var x = { Leading: 2, Trailing: 4, Dangling: 8, Block: 16, Line: 32, PrettierIgnore: 64, First: 128, Last: 256 };
var $s2 = (e, t) => {
  if (typeof e == "function" && (t = e, e = 0), e || t) return (r, n, o) => !(e & x.Leading && !r.leading || e & x.Trailing && !r.trailing || e & x.Dangling && (r.leading || r.trailing) || e & x.Block && !ce3(r) || e & x.Line && !Ne3(r) || e & x.First && n !== 0 || e & x.Last && n !== o.length - 1 || e & x.PrettierIgnore && !Ft3(r) || t && !t(r));
};
function F2(e, t, r) {
  if (!j3(e?.comments)) return false;
  let n = $s2(t, r);
  return n ? e.comments.some(n) : true;
}
function ne3(e, t, r) {
  if (!Array.isArray(e?.comments)) return [];
  let n = $s2(t, r);
  return n ? e.comments.filter(n) : e.comments;
}
function xt3(e) {
  return e?.prettierIgnore || F2(e, x.PrettierIgnore);
}
function Fn2(e) {
  let { node: t } = e;
  return (t.type === "FunctionExpression" || t.type === "ArrowFunctionExpression") && (e.key === "callee" && M3(e.parent) || e.key === "tag" && e.parent.type === "TaggedTemplateExpression");
}
var Kl = new Map([["|>"], ["??"], ["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "===", "!=", "!=="], ["<", ">", "<=", ">=", "in", "instanceof"], [">>", "<<", ">>>"], ["+", "-"], ["*", "/", "%"], ["**"]].flatMap((e, t) => e.map((r) => [r, t])));
function fr3(e) {
  return Kl.get(e);
}
var zs2 = { "==": true, "!=": true, "===": true, "!==": true };
var xn2 = { "*": true, "/": true, "%": true };
var An2 = { ">>": true, ">>>": true, "<<": true };
function Jr3(e, t) {
  return !(fr3(t) !== fr3(e) || e === "**" || zs2[e] && zs2[t] || t === "%" && xn2[e] || e === "%" && xn2[t] || t !== e && xn2[t] && xn2[e] || An2[e] && An2[t] || e === ">" && t === "<");
}
function Qs2(e) {
  return !!An2[e] || e === "|" || e === "^" || e === "&";
}
function De3(e, t) {
  switch (e.type) {
    case "BinaryExpression":
    case "LogicalExpression":
    case "AssignmentExpression":
    case "NGPipeExpression":
      return De3(e.left, t);
    case "MemberExpression":
    case "OptionalMemberExpression":
      return De3(e.object, t);
    case "TaggedTemplateExpression":
      return e.tag.type === "FunctionExpression" ? false : De3(e.tag, t);
    case "CallExpression":
    case "OptionalCallExpression":
      return e.callee.type === "FunctionExpression" ? false : De3(e.callee, t);
    case "ConditionalExpression":
      return De3(e.test, t);
    case "UpdateExpression":
      return !e.prefix && De3(e.argument, t);
    case "BindExpression":
      return e.object && De3(e.object, t);
    case "SequenceExpression":
      return De3(e.expressions[0], t);
    case "ChainExpression":
    case "TSNonNullExpression":
    case "NonNullExpression":
    case "TSSatisfiesExpression":
    case "TSAsExpression":
    case "AsExpression":
    case "AsConstExpression":
    case "SatisfiesExpression":
      return De3(e.expression, t);
    default:
      return t(e);
  }
}
function $l(e) {
  let { key: t, parent: r } = e;
  return t === "object" && r.type === "MemberExpression" && !r.optional || t === "callee" && r.type === "CallExpression" && !r.optional || t === "callee" && r.type === "NewExpression" || t === "tag" && r.type === "TaggedTemplateExpression" || t === "expression" && be3(r);
}
var Zs2 = (e) => e.extra?.parenthesized;
var zl = S3(["OptionalCallExpression", "OptionalMemberExpression"]);
function Ql(e) {
  let { node: t } = e, r = t;
  for (; be3(r); ) if (r = r.expression, Zs2(r)) return false;
  return zl(r) ? Zs2(t) ? true : !(e.key === "expression" && be3(e.parent)) : false;
}
function Zl(e) {
  return e.node.type === "ChainExpression" || Ql(e);
}
function eu2(e) {
  return Zl(e) && $l(e);
}
var em = /* @__PURE__ */ new Set(["await", "interface", "module", "using", "yield", "let", "component", "hook", "type"]);
function tu2(e) {
  let { node: t } = e;
  if (t.type !== "Identifier") return false;
  if (t.extra?.parenthesized && /^PRETTIER_HTML_PLACEHOLDER_\d+_\d+_IN_JS$/.test(t.name)) return true;
  let { key: r, parent: n } = e;
  if (r === "left" && (t.name === "async" && !n.await || t.name === "let") && n.type === "ForOfStatement") return true;
  if (t.name === "let") {
    let o = e.findAncestor((i) => i.type === "ForOfStatement" || i.type === "ForInStatement");
    if (o && De3(o.left, (i) => i === t)) return true;
  }
  if (r === "object" && t.name === "let" && n.type === "MemberExpression" && n.computed && !n.optional) {
    let o = e.findAncestor((i) => i.type === "ExpressionStatement" || i.type === "ForStatement" || i.type === "ForInStatement");
    if (o) {
      let i = o.type === "ExpressionStatement" ? o.expression : o.type === "ForStatement" ? o.init : o.left;
      if (De3(i, (s) => s === t)) return true;
    }
  }
  if (t.name === "await") {
    let o = e.findAncestor((i) => i.type === "ExpressionStatement");
    if (o) {
      let { expression: i } = o;
      if (De3(i, (s) => s === t)) return true;
    }
  }
  return !!(r === "expression" && fe3(n) && em.has(t.name) && e.findAncestor((o) => !fe3(o)).type === "ExpressionStatement");
}
function tm(e) {
  return e !== null && typeof e == "object";
}
var Tn2 = tm;
function* rm(e, t) {
  let { getVisitorKeys: r, filter: n = () => true } = t, o = (i) => Tn2(i) && n(i);
  for (let i of r(e)) {
    let s = e[i];
    if (Array.isArray(s)) for (let u of s) o(u) && (yield u);
    else o(s) && (yield s);
  }
}
function* nm(e, t) {
  let r = [e];
  for (let n = 0; n < r.length; n++) {
    let o = r[n];
    for (let i of rm(o, t)) yield i, r.push(i);
  }
}
function ru2(e, { getVisitorKeys: t, predicate: r }) {
  for (let n of nm(e, { getVisitorKeys: t })) if (r(n)) return true;
  return false;
}
var Gr3 = null;
function Ur3(e) {
  if (Gr3 !== null && typeof Gr3.property) {
    let t = Gr3;
    return Gr3 = Ur3.prototype = null, t;
  }
  return Gr3 = Ur3.prototype = e ?? /* @__PURE__ */ Object.create(null), new Ur3();
}
var om = 10;
for (let e = 0; e <= om; e++) Ur3();
function ei3(e) {
  return Ur3(e);
}
function im(e, t = "type") {
  ei3(e);
  function r(n) {
    let o = n[t], i = e[o];
    if (!Array.isArray(i)) throw Object.assign(new Error(`Missing visitor keys for '${o}'.`), { node: n });
    return i;
  }
  return r;
}
var gn2 = im;
var c = [["elements"], ["left", "right"], ["value"], ["directives", "body"], ["label"], ["callee", "typeArguments", "arguments"], ["test", "consequent", "alternate"], ["body", "test"], ["expression"], ["left", "right", "body"], ["id", "typeParameters", "params", "predicate", "returnType", "body"], ["object", "property"], ["properties"], ["decorators", "key", "typeParameters", "params", "returnType", "body"], ["decorators", "key", "value"], ["argument"], ["expressions"], ["id", "init"], ["body"], ["decorators", "id", "typeParameters", "superClass", "superTypeArguments", "mixins", "implements", "body"], ["declaration", "specifiers", "source", "attributes"], ["decorators", "variance", "key", "typeAnnotation", "value"], ["id"], ["key", "value"], ["elementType"], ["id", "typeArguments"], ["id", "typeParameters", "extends", "body"], ["id", "body"], ["typeAnnotation"], ["id", "typeParameters", "right"], ["name", "typeAnnotation"], ["types"], ["qualification", "id"], ["elementTypes"], ["expression", "typeAnnotation"], ["params"], ["members"], ["objectType", "indexType"], ["decorators", "key", "typeAnnotation", "value"], ["id", "typeParameters", "params", "returnType", "body"], ["key", "typeParameters", "params", "returnType"], ["typeParameters", "params", "returnType"], ["parameterName", "typeAnnotation"], ["checkType", "extendsType", "trueType", "falseType"], ["typeParameter"], ["quasis", "types"], ["literal"], ["expression", "typeArguments"], ["id", "moduleReference"], ["decorators", "key", "typeAnnotation"], ["params", "returnType", "rest", "typeParameters"], ["argument", "cases"], ["pattern", "body", "guard"], ["properties", "rest"], ["node"]];
var nu2 = { ArrayExpression: c[0], AssignmentExpression: c[1], BinaryExpression: c[1], InterpreterDirective: [], Directive: c[2], DirectiveLiteral: [], BlockStatement: c[3], BreakStatement: c[4], CallExpression: c[5], CatchClause: ["param", "body"], ConditionalExpression: c[6], ContinueStatement: c[4], DebuggerStatement: [], DoWhileStatement: c[7], EmptyStatement: [], ExpressionStatement: c[8], File: ["program"], ForInStatement: c[9], ForStatement: ["init", "test", "update", "body"], FunctionDeclaration: c[10], FunctionExpression: c[10], Identifier: ["typeAnnotation", "decorators"], IfStatement: c[6], LabeledStatement: ["label", "body"], StringLiteral: [], NumericLiteral: [], NullLiteral: [], BooleanLiteral: [], RegExpLiteral: [], LogicalExpression: c[1], MemberExpression: c[11], NewExpression: c[5], Program: c[3], ObjectExpression: c[12], ObjectMethod: c[13], ObjectProperty: c[14], RestElement: ["argument", "typeAnnotation", "decorators"], ReturnStatement: c[15], SequenceExpression: c[16], ParenthesizedExpression: c[8], SwitchCase: ["test", "consequent"], SwitchStatement: ["discriminant", "cases"], ThisExpression: [], ThrowStatement: c[15], TryStatement: ["block", "handler", "finalizer"], UnaryExpression: c[15], UpdateExpression: c[15], VariableDeclaration: ["declarations"], VariableDeclarator: c[17], WhileStatement: c[7], WithStatement: ["object", "body"], AssignmentPattern: ["left", "right", "decorators", "typeAnnotation"], ArrayPattern: ["elements", "typeAnnotation", "decorators"], ArrowFunctionExpression: ["typeParameters", "params", "predicate", "returnType", "body"], ClassBody: c[18], ClassExpression: c[19], ClassDeclaration: c[19], ExportAllDeclaration: ["source", "attributes", "exported"], ExportDefaultDeclaration: ["declaration"], ExportNamedDeclaration: c[20], ExportSpecifier: ["local", "exported"], ForOfStatement: c[9], ImportDeclaration: ["specifiers", "source", "attributes"], ImportDefaultSpecifier: ["local"], ImportNamespaceSpecifier: ["exportsFilter", "local"], ImportSpecifier: ["imported", "local"], MetaProperty: ["meta", "property"], ClassMethod: c[13], ObjectPattern: ["decorators", "properties", "typeAnnotation"], SpreadElement: c[15], Super: [], TaggedTemplateExpression: ["tag", "typeArguments", "quasi"], TemplateElement: [], TemplateLiteral: ["quasis", "expressions"], YieldExpression: c[15], AwaitExpression: c[15], ImportExpression: ["source", "options"], BigIntLiteral: [], ExportNamespaceSpecifier: ["exportsFilter", "exported"], OptionalMemberExpression: c[11], OptionalCallExpression: c[5], ClassProperty: c[21], ClassPrivateProperty: c[21], ClassPrivateMethod: c[13], PrivateName: c[22], StaticBlock: c[18], ImportAttribute: c[23], AnyTypeAnnotation: [], ArrayTypeAnnotation: c[24], BooleanTypeAnnotation: [], BooleanLiteralTypeAnnotation: [], NullLiteralTypeAnnotation: [], ClassImplements: c[25], DeclareClass: ["id", "typeParameters", "extends", "mixins", "implements", "body"], DeclareFunction: ["id", "predicate", "typeAnnotation"], DeclareInterface: c[26], DeclareModule: c[27], DeclareModuleExports: c[28], DeclareTypeAlias: c[29], DeclareOpaqueType: ["id", "typeParameters", "supertype", "lowerBound", "upperBound"], DeclareVariable: ["id", "declarations"], DeclareExportDeclaration: c[20], DeclareExportAllDeclaration: ["source", "attributes"], DeclaredPredicate: c[2], ExistsTypeAnnotation: [], FunctionTypeAnnotation: ["typeParameters", "this", "params", "rest", "returnType"], FunctionTypeParam: c[30], GenericTypeAnnotation: c[25], InferredPredicate: [], InterfaceExtends: c[25], InterfaceDeclaration: c[26], InterfaceTypeAnnotation: ["extends", "body"], IntersectionTypeAnnotation: c[31], MixedTypeAnnotation: [], EmptyTypeAnnotation: [], NullableTypeAnnotation: c[28], NumberLiteralTypeAnnotation: [], BigIntLiteralTypeAnnotation: [], NumberTypeAnnotation: [], ObjectTypeAnnotation: ["properties", "indexers", "callProperties", "internalSlots"], ObjectTypeInternalSlot: ["id", "value"], ObjectTypeCallProperty: c[2], ObjectTypeIndexer: ["variance", "id", "key", "value"], ObjectTypeProperty: ["key", "value", "variance", "init"], ObjectTypeSpreadProperty: c[15], OpaqueType: ["id", "typeParameters", "supertype", "impltype", "lowerBound", "upperBound"], QualifiedTypeIdentifier: c[32], StringLiteralTypeAnnotation: [], StringTypeAnnotation: [], SymbolTypeAnnotation: [], ThisTypeAnnotation: [], TupleTypeAnnotation: c[33], TypeofTypeAnnotation: ["argument", "typeArguments"], TypeAlias: c[29], TypeAnnotation: c[28], TypeCastExpression: c[34], TypeParameter: ["bound", "default", "variance"], TypeParameterDeclaration: c[35], TypeParameterInstantiation: c[35], UnionTypeAnnotation: c[31], Variance: [], VoidTypeAnnotation: [], EnumDeclaration: c[27], EnumBooleanBody: c[36], EnumNumberBody: c[36], EnumStringBody: c[36], EnumSymbolBody: c[36], EnumBooleanMember: c[17], EnumNumberMember: c[17], EnumStringMember: c[17], EnumDefaultedMember: c[22], IndexedAccessType: c[37], OptionalIndexedAccessType: c[37], JSXAttribute: ["name", "value"], JSXClosingElement: ["name"], JSXElement: ["openingElement", "children", "closingElement"], JSXEmptyExpression: [], JSXExpressionContainer: c[8], JSXSpreadChild: c[8], JSXIdentifier: [], JSXMemberExpression: c[11], JSXNamespacedName: ["namespace", "name"], JSXOpeningElement: ["name", "typeArguments", "attributes"], JSXSpreadAttribute: c[15], JSXText: [], JSXFragment: ["openingFragment", "children", "closingFragment"], JSXOpeningFragment: [], JSXClosingFragment: [], Placeholder: [], V8IntrinsicIdentifier: [], ArgumentPlaceholder: [], BindExpression: ["object", "callee"], ClassAccessorProperty: c[38], Decorator: c[8], DoExpression: c[18], ExportDefaultSpecifier: ["exported"], ModuleExpression: c[18], TopicReference: [], VoidPattern: [], StructDeclaration: ["id", "superClass", "body"], StructBody: c[18], TSParameterProperty: ["decorators", "parameter"], TSDeclareFunction: c[39], TSDeclareMethod: c[40], TSQualifiedName: c[1], TSCallSignatureDeclaration: c[41], TSConstructSignatureDeclaration: c[41], TSPropertySignature: ["key", "typeAnnotation"], TSMethodSignature: c[40], TSIndexSignature: ["parameters", "typeAnnotation"], TSAnyKeyword: [], TSBooleanKeyword: [], TSBigIntKeyword: [], TSIntrinsicKeyword: [], TSNeverKeyword: [], TSNullKeyword: [], TSNumberKeyword: [], TSObjectKeyword: [], TSStringKeyword: [], TSSymbolKeyword: [], TSUndefinedKeyword: [], TSUnknownKeyword: [], TSVoidKeyword: [], TSThisType: [], TSFunctionType: c[41], TSConstructorType: c[41], TSTypeReference: ["typeName", "typeArguments"], TSTypePredicate: c[42], TSTypeQuery: ["exprName", "typeArguments"], TSTypeLiteral: c[36], TSArrayType: c[24], TSTupleType: c[33], TSOptionalType: c[28], TSRestType: c[28], TSNamedTupleMember: ["label", "elementType"], TSUnionType: c[31], TSIntersectionType: c[31], TSConditionalType: c[43], TSInferType: c[44], TSParenthesizedType: c[28], TSTypeOperator: c[28], TSIndexedAccessType: c[37], TSMappedType: ["key", "constraint", "nameType", "typeAnnotation"], TSTemplateLiteralType: c[45], TSLiteralType: c[46], TSClassImplements: c[47], TSInterfaceHeritage: c[47], TSInterfaceDeclaration: c[26], TSInterfaceBody: c[18], TSTypeAliasDeclaration: ["id", "typeParameters", "typeAnnotation"], TSInstantiationExpression: c[47], TSAsExpression: c[34], TSSatisfiesExpression: c[34], TSTypeAssertion: c[34], TSEnumBody: c[36], TSEnumDeclaration: c[27], TSEnumMember: ["id", "initializer"], TSModuleDeclaration: c[27], TSModuleBlock: c[18], TSImportType: ["source", "options", "qualifier", "typeArguments"], TSImportEqualsDeclaration: c[48], TSExternalModuleReference: c[8], TSNonNullExpression: c[8], TSExportAssignment: c[8], TSNamespaceExportDeclaration: c[22], TSTypeAnnotation: c[28], TSTypeParameterInstantiation: c[35], TSTypeParameterDeclaration: c[35], TSTypeParameter: ["name", "constraint", "default"], ChainExpression: c[8], Literal: [], MethodDefinition: c[14], PrivateIdentifier: [], Property: c[23], PropertyDefinition: c[21], AccessorProperty: c[38], TSAbstractAccessorProperty: c[49], TSAbstractKeyword: [], TSAbstractMethodDefinition: c[23], TSAbstractPropertyDefinition: c[49], TSAsyncKeyword: [], TSDeclareKeyword: [], TSEmptyBodyFunctionExpression: ["id", "typeParameters", "params", "returnType"], TSExportKeyword: [], TSPrivateKeyword: [], TSProtectedKeyword: [], TSPublicKeyword: [], TSReadonlyKeyword: [], TSStaticKeyword: [], AbstractMethodDefinition: c[23], AbstractPropertyDefinition: ["key", "value", "typeAnnotation", "variance"], AsConstExpression: c[8], AsExpression: c[34], BigIntTypeAnnotation: [], ComponentDeclaration: ["id", "params", "body", "typeParameters", "rendersType"], ComponentParameter: ["name", "local"], ComponentTypeAnnotation: ["params", "rest", "typeParameters", "rendersType"], ComponentTypeParameter: c[30], ConditionalTypeAnnotation: c[43], ConstructorTypeAnnotation: c[50], DeclareClassExtendsCall: ["callee", "argument"], DeclareComponent: ["id", "params", "rest", "typeParameters", "rendersType"], DeclareEnum: c[27], DeclareHook: c[22], DeclareNamespace: c[27], EnumBigIntMember: c[17], EnumBody: c[36], ExportAssignment: c[8], ExternalModuleReference: c[8], HookDeclaration: c[39], HookTypeAnnotation: c[50], ImportEqualsDeclaration: c[48], ImportType: ["source"], InferTypeAnnotation: c[44], KeyofTypeAnnotation: c[15], MatchArrayPattern: ["elements", "rest"], MatchAsPattern: ["pattern", "target"], MatchBindingPattern: c[22], MatchExpression: c[51], MatchExpressionCase: c[52], MatchIdentifierPattern: c[22], MatchInstanceObjectPattern: c[53], MatchInstancePattern: ["targetConstructor", "properties"], MatchLiteralPattern: c[46], MatchMemberPattern: ["base", "property"], MatchObjectPattern: c[53], MatchObjectPatternProperty: ["key", "pattern"], MatchOrPattern: ["patterns"], MatchRestPattern: c[15], MatchStatement: c[51], MatchStatementCase: c[52], MatchUnaryPattern: c[15], MatchWildcardPattern: [], NamespaceExportDeclaration: c[22], NeverTypeAnnotation: [], NonNullExpression: c[8], ObjectTypeMappedTypeProperty: ["keyTparam", "propType", "sourceType", "nameType", "variance"], ObjectTypePrivateField: ["key"], ParameterProperty: c[21], QualifiedTypeofIdentifier: c[32], RecordDeclaration: ["id", "typeParameters", "implements", "body"], RecordDeclarationBody: c[0], RecordDeclarationImplements: c[25], RecordDeclarationProperty: ["key", "typeAnnotation", "defaultValue"], RecordDeclarationStaticProperty: ["key", "typeAnnotation", "value"], RecordExpression: ["recordConstructor", "typeArguments", "properties"], RecordExpressionProperties: c[12], SatisfiesExpression: c[34], TemplateLiteralTypeAnnotation: c[45], TupleTypeElement: c[24], TupleTypeLabeledElement: ["label", "elementType", "variance"], TupleTypeSpreadElement: ["label", "typeAnnotation"], TypeOperator: c[28], TypePredicate: c[42], UndefinedTypeAnnotation: [], UnknownTypeAnnotation: [], NGChainedExpression: c[16], NGEmptyExpression: [], NGPipeExpression: ["left", "right", "arguments"], NGMicrosyntax: c[18], NGMicrosyntaxAs: ["key", "alias"], NGMicrosyntaxExpression: ["expression", "alias"], NGMicrosyntaxKey: [], NGMicrosyntaxKeyedExpression: ["key", "expression"], NGMicrosyntaxLet: c[23], NGRoot: c[54], JsExpressionRoot: c[54], JsonRoot: c[54], TSJSDocAllType: [], TSJSDocUnknownType: [], TSJSDocNullableType: c[28], TSJSDocNonNullableType: c[28], EnumBigIntBody: c[36] };
var sm = gn2(nu2);
var hn2 = sm;
function Xt3(e, t) {
  return t(e) || ru2(e, { getVisitorKeys: hn2, predicate: t });
}
function Dr3(e) {
  return e.type === "AssignmentExpression" || e.type === "BinaryExpression" || e.type === "LogicalExpression" || e.type === "NGPipeExpression" || e.type === "ConditionalExpression" || M3(e) || N2(e) || e.type === "SequenceExpression" || e.type === "TaggedTemplateExpression" || e.type === "BindExpression" || e.type === "UpdateExpression" && !e.prefix || fe3(e) || Ge3(e) || e.type === "TSInstantiationExpression";
}
function ou2(e) {
  return e.expressions ? e.expressions[0] : e.left ?? e.test ?? e.callee ?? e.object ?? e.tag ?? e.argument ?? e.expression;
}
function Sn2(e) {
  if (e.expressions) return ["expressions", 0];
  if (e.left) return ["left"];
  if (e.test) return ["test"];
  if (e.object) return ["object"];
  if (e.callee) return ["callee"];
  if (e.tag) return ["tag"];
  if (e.argument) return ["argument"];
  if (e.expression) return ["expression"];
  throw new Error("Unexpected node has no left side.");
}
function Ie3(e, t) {
  return q2(t) ? xt3(t) : F2(t, x.Leading, (r) => J3(e, B3(r)));
}
function um(e, t) {
  if (Ie3(t.originalText, e) || F2(e, x.Leading, (r) => re3(t.originalText, b3(r), B3(r))) && !q2(e)) return true;
  if (Dr3(e)) {
    let r = e, n;
    for (; n = ou2(r); ) if (r = n, Ie3(t.originalText, r)) return true;
  }
  return false;
}
var am = /* @__PURE__ */ new WeakMap();
function Bn2(e, t) {
  return z3(am, e, (r) => um(r, t));
}
function we3(e) {
  for (; Ge3(e); ) e = e.expression;
  return e;
}
function iu2(e, t, r) {
  let { node: n, key: o, parent: i } = e;
  switch (i.type) {
    case "ReturnStatement":
    case "ThrowStatement":
    case "YieldExpression":
      if (cm(e, t)) return false;
      break;
    case "ParenthesizedExpression":
      return false;
    case "ClassDeclaration":
    case "ClassExpression":
    case "StructDeclaration":
      if (o === "superClass") {
        let s = we3(n);
        if (s.type === "ArrowFunctionExpression" || s.type === "AssignmentExpression" || s.type === "AwaitExpression" || s.type === "BinaryExpression" || s.type === "ConditionalExpression" || s.type === "LogicalExpression" || s.type === "NewExpression" || s.type === "ObjectExpression" || s.type === "SequenceExpression" || s.type === "TaggedTemplateExpression" || s.type === "UnaryExpression" || s.type === "UpdateExpression" || s.type === "YieldExpression" || s.type === "ClassExpression" && j3(s.decorators)) return true;
      }
      break;
    case "ExportDefaultDeclaration":
      if (su2(e, t, r)) return true;
      break;
    case "Decorator":
      if (o === "expression" && !lm(n)) return true;
      break;
    case "TypeAnnotation":
      if (e.match(void 0, void 0, (s, u) => u === "returnType" && s.type === "ArrowFunctionExpression") && !(n.type === "NullableTypeAnnotation" && e.call(() => r(e, t), "typeAnnotation")) && mm(n)) return true;
      break;
    case "VariableDeclarator":
      if (o === "init" && e.match(void 0, void 0, (s, u) => u === "declarations" && s.type === "VariableDeclaration", (s, u) => u === "left" && s.type === "ForInStatement")) return true;
      break;
    case "BinaryExpression":
      if (!(o === "right" && n.type === "TSInstantiationExpression" && (i.operator === "instanceof" || i.operator === "in")) && pm(n)) return true;
      break;
    case "TSInstantiationExpression":
      if (o === "expression" && (n.type === "AwaitExpression" || n.type === "YieldExpression")) return true;
      break;
  }
}
function pm(e) {
  for (; e; ) if (e.type === "UnaryExpression" || e.type === "AwaitExpression" || e.type === "YieldExpression") e = e.argument;
  else if (e.type === "TSTypeAssertion") e = e.expression;
  else break;
  return e?.type === "TSInstantiationExpression";
}
function cm(e, t) {
  let { key: r, parent: n } = e;
  if (!(r === "argument" && (jt3(n) || n.type === "YieldExpression"))) return false;
  let { node: o } = e;
  return !!((o.type === "SequenceExpression" || o.type === "AssignmentExpression") && Bn2(o, t));
}
function su2(e, t, r) {
  let { node: n, parent: o } = e;
  return n.type === "FunctionExpression" || n.type === "ClassExpression" ? o.type === "ExportDefaultDeclaration" || !r(e, t) : !Dr3(n) || o.type !== "ExportDefaultDeclaration" && r(e, t) ? false : e.call(() => su2(e, t, r), ...Sn2(n));
}
function lm(e) {
  return e.type === "ChainExpression" && (e = e.expression), ti3(e) || M3(e) && !e.optional && ti3(e.callee);
}
function ti3(e) {
  return e.type === "Identifier" ? true : N2(e) ? !e.computed && !e.optional && e.property.type === "Identifier" && ti3(e.object) : false;
}
function mm(e) {
  return Xt3(e, (t) => t.type === "ObjectTypeAnnotation" && Xt3(t, (r) => r.type === "FunctionTypeAnnotation" || r.type === "ConstructorTypeAnnotation"));
}
function uu2(e, t) {
  if (e.isRoot) return false;
  let { node: r, key: n, parent: o } = e;
  if (t.__isInHtmlInterpolation && !t.bracketSpacing && ym(r) && qr3(e)) return true;
  if (fm(r)) return false;
  if (r.type === "Identifier") return tu2(e);
  if (r.type === "ObjectExpression" || r.type === "FunctionExpression" || r.type === "ClassExpression" || r.type === "DoExpression" || r.type === "UnaryExpression" && r.operator === "throw") {
    let s = e.findAncestor((u) => u.type === "ExpressionStatement")?.expression;
    if (s && De3(s, (u) => u === r)) return true;
  }
  if (r.type === "ObjectExpression") {
    let s = e.findAncestor((u) => u.type === "ArrowFunctionExpression")?.body;
    if (s && s.type !== "SequenceExpression" && s.type !== "AssignmentExpression" && De3(s, (u) => u === r)) return true;
  }
  let i = iu2(e, t, uu2);
  if (typeof i == "boolean") return i;
  switch (r.type) {
    case "UpdateExpression":
      if (o.type === "UnaryExpression") return r.prefix && (r.operator === "++" && o.operator === "+" || r.operator === "--" && o.operator === "-");
    case "UnaryExpression":
      switch (o.type) {
        case "UnaryExpression":
          return r.operator === o.operator && (r.operator === "+" || r.operator === "-");
        case "BindExpression":
          return true;
        case "MemberExpression":
        case "OptionalMemberExpression":
          return n === "object";
        case "TaggedTemplateExpression":
          return true;
        case "NewExpression":
        case "CallExpression":
        case "OptionalCallExpression":
          return n === "callee";
        case "BinaryExpression":
          return n === "left" && r.type === "UnaryExpression" && (o.operator === "in" || o.operator === "instanceof") ? true : n === "left" && o.operator === "**";
        case "TSNonNullExpression":
        case "NonNullExpression":
        case "TSInstantiationExpression":
          return true;
        default:
          return false;
      }
    case "BinaryExpression":
      if (o.type === "UpdateExpression" || r.operator === "in" && Dm(e)) return true;
      if (r.operator === "|>" && r.extra?.parenthesized) {
        let s = e.grandparent;
        if (s.type === "BinaryExpression" && s.operator === "|>") return true;
      }
    case "TSTypeAssertion":
    case "TSAsExpression":
    case "TSSatisfiesExpression":
    case "AsExpression":
    case "AsConstExpression":
    case "SatisfiesExpression":
    case "LogicalExpression":
      switch (o.type) {
        case "TSAsExpression":
        case "TSSatisfiesExpression":
        case "AsExpression":
        case "AsConstExpression":
        case "SatisfiesExpression":
          return !fe3(r);
        case "ConditionalExpression":
          return fe3(r) || mn2(r);
        case "CallExpression":
        case "NewExpression":
        case "OptionalCallExpression":
          return n === "callee";
        case "ClassExpression":
        case "ClassDeclaration":
        case "StructDeclaration":
          return n === "superClass";
        case "TSTypeAssertion":
        case "TaggedTemplateExpression":
        case "JSXSpreadAttribute":
        case "SpreadElement":
        case "BindExpression":
        case "AwaitExpression":
        case "TSNonNullExpression":
        case "NonNullExpression":
        case "TSInstantiationExpression":
        case "UpdateExpression":
          return true;
        case "UnaryExpression":
          if (!F2(r)) return true;
          break;
        case "MemberExpression":
        case "OptionalMemberExpression":
          return n === "object";
        case "AssignmentExpression":
        case "AssignmentPattern":
          return n === "left" && (r.type === "TSTypeAssertion" || fe3(r));
        case "LogicalExpression":
          if (r.type === "LogicalExpression") return o.operator !== r.operator;
        case "BinaryExpression": {
          let { operator: s, type: u } = r;
          if (!s && u !== "TSTypeAssertion") return true;
          let a2 = fr3(s), l2 = o.operator, f = fr3(l2);
          return !!(f > a2 || n === "right" && f === a2 || f === a2 && !Jr3(l2, s) || f < a2 && s === "%" && (l2 === "+" || l2 === "-") || Qs2(l2));
        }
        default:
          return false;
      }
      break;
    case "SequenceExpression":
      return o.type !== "ForStatement";
    case "YieldExpression":
      if (o.type === "AwaitExpression" || o.type === "TSTypeAssertion") return true;
    case "AwaitExpression":
      switch (o.type) {
        case "TaggedTemplateExpression":
        case "UnaryExpression":
        case "LogicalExpression":
        case "SpreadElement":
        case "TSAsExpression":
        case "TSSatisfiesExpression":
        case "TSNonNullExpression":
        case "NonNullExpression":
        case "AsExpression":
        case "AsConstExpression":
        case "SatisfiesExpression":
        case "BindExpression":
          return true;
        case "MemberExpression":
        case "OptionalMemberExpression":
          return n === "object";
        case "NewExpression":
        case "CallExpression":
        case "OptionalCallExpression":
          return n === "callee";
        case "ConditionalExpression":
          return n === "test";
        case "BinaryExpression":
          return !(!r.argument && o.operator === "|>");
        default:
          return false;
      }
    case "TSFunctionType":
      if (e.match((s) => s.type === "TSFunctionType", (s, u) => u === "typeAnnotation" && s.type === "TSTypeAnnotation", (s, u) => u === "returnType" && s.type === "ArrowFunctionExpression")) return true;
    case "TSConditionalType":
    case "TSConstructorType":
    case "ConditionalTypeAnnotation":
      if (n === "extendsType" && Qe3(r) && o.type === r.type || n === "constraint" && r.type === "TSConditionalType" && o.type === "TSTypeParameter" || n === "bound" && r.type === "ConditionalTypeAnnotation" && o.type === "TypeParameter" && o.usesExtendsBound || n === "checkType" && Qe3(o)) return true;
      if (n === "extendsType" && o.type === "TSConditionalType") {
        let { typeAnnotation: s } = r.returnType || r.typeAnnotation;
        if (s.type === "TSTypePredicate" && s.typeAnnotation && (s = s.typeAnnotation.typeAnnotation), s.type === "TSInferType" && s.typeParameter.constraint) return true;
      }
    case "TSUnionType":
    case "TSIntersectionType":
      if (ue3(o) || bt2(o)) return true;
    case "TSInferType":
      if (r.type === "TSInferType") {
        if (o.type === "TSRestType") return false;
        if (n === "types" && (o.type === "TSUnionType" || o.type === "TSIntersectionType") && r.typeParameter.type === "TSTypeParameter" && r.typeParameter.constraint) return true;
      }
    case "TSTypeOperator":
      return o.type === "TSArrayType" || Yt3(o) || o.type === "TSRestType" || n === "objectType" && o.type === "TSIndexedAccessType" || o.type === "TSTypeOperator" || o.type === "TSTypeAnnotation" && e.grandparent.type.startsWith("TSJSDoc");
    case "TSTypeQuery":
      return n === "objectType" && o.type === "TSIndexedAccessType" || n === "elementType" && o.type === "TSArrayType";
    case "TypeOperator":
      return o.type === "ArrayTypeAnnotation" || o.type === "NullableTypeAnnotation" || Yt3(o) || n === "objectType" && (o.type === "IndexedAccessType" || o.type === "OptionalIndexedAccessType") || o.type === "TypeOperator";
    case "TypeofTypeAnnotation":
    case "KeyofTypeAnnotation":
      return n === "objectType" && (o.type === "IndexedAccessType" || o.type === "OptionalIndexedAccessType") || n === "elementType" && o.type === "ArrayTypeAnnotation" || r.type === "KeyofTypeAnnotation" && Yt3(o);
    case "ArrayTypeAnnotation":
      return o.type === "NullableTypeAnnotation";
    case "IntersectionTypeAnnotation":
    case "UnionTypeAnnotation":
      return o.type === "TypeOperator" || o.type === "KeyofTypeAnnotation" || o.type === "ArrayTypeAnnotation" || o.type === "NullableTypeAnnotation" || o.type === "IntersectionTypeAnnotation" || o.type === "UnionTypeAnnotation" || Yt3(o) || n === "objectType" && (o.type === "IndexedAccessType" || o.type === "OptionalIndexedAccessType");
    case "InferTypeAnnotation":
    case "NullableTypeAnnotation":
      if (o.type === "ArrayTypeAnnotation" || Yt3(o) || n === "objectType" && (o.type === "IndexedAccessType" || o.type === "OptionalIndexedAccessType")) return true;
      break;
    case "ComponentTypeAnnotation":
    case "ConstructorTypeAnnotation":
    case "FunctionTypeAnnotation": {
      if (r.type === "ComponentTypeAnnotation" && (r.rendersType === null || r.rendersType === void 0)) return false;
      if (e.match(void 0, (u, a2) => a2 === "typeAnnotation" && u.type === "TypeAnnotation", (u, a2) => a2 === "returnType" && u.type === "ArrowFunctionExpression") || e.match(void 0, (u, a2) => a2 === "typeAnnotation" && u.type === "NullableTypeAnnotation", (u, a2) => a2 === "typeAnnotation" && u.type === "TypeAnnotation", (u, a2) => a2 === "returnType" && u.type === "ArrowFunctionExpression") || e.match(void 0, (u, a2) => a2 === "typeAnnotation" && u.type === "TypePredicate", (u, a2) => a2 === "typeAnnotation" && u.type === "TypeAnnotation", (u, a2) => a2 === "returnType" && u.type === "ArrowFunctionExpression")) return true;
      let s = o.type === "NullableTypeAnnotation" ? e.grandparent : o;
      return s.type === "UnionTypeAnnotation" || s.type === "IntersectionTypeAnnotation" || s.type === "ArrayTypeAnnotation" || Yt3(s) || n === "objectType" && (s.type === "IndexedAccessType" || s.type === "OptionalIndexedAccessType") || n === "checkType" && o.type === "ConditionalTypeAnnotation" || n === "extendsType" && o.type === "ConditionalTypeAnnotation" && r.returnType?.type === "InferTypeAnnotation" && r.returnType.typeParameter.bound || s.type === "NullableTypeAnnotation" || o.type === "FunctionTypeParam" && o.name === null && te3(r).some((u) => u.typeAnnotation?.type === "NullableTypeAnnotation");
    }
    case "OptionalIndexedAccessType":
      return n === "objectType" && o.type === "IndexedAccessType";
    case "StringLiteral":
    case "NumericLiteral":
    case "Literal":
      if (typeof r.value == "string" && o.type === "ExpressionStatement" && typeof o.directive != "string") {
        let s = e.grandparent;
        return s.type === "Program" || s.type === "BlockStatement";
      }
      return n === "object" && N2(o) && xe3(r);
    case "AssignmentExpression":
      return !((n === "init" || n === "update") && o.type === "ForStatement" || n === "expression" && r.left.type !== "ObjectPattern" && o.type === "ExpressionStatement" || n === "key" && o.type === "TSPropertySignature" || o.type === "AssignmentExpression" || n === "expressions" && o.type === "SequenceExpression" && e.match(void 0, void 0, (s, u) => (u === "init" || u === "update") && s.type === "ForStatement") || n === "value" && o.type === "Property" && e.match(void 0, void 0, (s, u) => u === "properties" && s.type === "ObjectPattern") || o.type === "NGChainedExpression" || n === "node" && o.type === "JsExpressionRoot");
    case "ConditionalExpression":
      switch (o.type) {
        case "TaggedTemplateExpression":
        case "UnaryExpression":
        case "SpreadElement":
        case "BinaryExpression":
        case "LogicalExpression":
        case "NGPipeExpression":
        case "AwaitExpression":
        case "JSXSpreadAttribute":
        case "TSTypeAssertion":
        case "TypeCastExpression":
        case "TSAsExpression":
        case "TSSatisfiesExpression":
        case "AsExpression":
        case "AsConstExpression":
        case "SatisfiesExpression":
        case "TSNonNullExpression":
        case "NonNullExpression":
        case "TSInstantiationExpression":
          return true;
        case "NewExpression":
        case "CallExpression":
        case "OptionalCallExpression":
          return n === "callee";
        case "ConditionalExpression":
          return t.experimentalTernaries ? false : n === "test";
        case "MemberExpression":
        case "OptionalMemberExpression":
          return n === "object";
        default:
          return false;
      }
    case "FunctionExpression":
      switch (o.type) {
        case "NewExpression":
        case "CallExpression":
        case "OptionalCallExpression":
          return n === "callee";
        case "TaggedTemplateExpression":
          return true;
        case "ExportDefaultDeclaration":
          return n === "declaration";
        default:
          return false;
      }
    case "ArrowFunctionExpression":
      switch (o.type) {
        case "BinaryExpression":
          return o.operator !== "|>" || r.extra?.parenthesized;
        case "NewExpression":
        case "CallExpression":
        case "OptionalCallExpression":
          return n === "callee";
        case "MemberExpression":
        case "OptionalMemberExpression":
          return n === "object";
        case "TSAsExpression":
        case "TSSatisfiesExpression":
        case "AsExpression":
        case "AsConstExpression":
        case "SatisfiesExpression":
        case "TSNonNullExpression":
        case "NonNullExpression":
        case "BindExpression":
        case "TaggedTemplateExpression":
        case "UnaryExpression":
        case "LogicalExpression":
        case "AwaitExpression":
        case "TSTypeAssertion":
        case "MatchExpressionCase":
          return true;
        case "TSInstantiationExpression":
          return n === "expression";
        case "ConditionalExpression":
          return n === "test";
        default:
          return false;
      }
    case "ClassExpression":
      switch (o.type) {
        case "NewExpression":
          return n === "callee";
        case "ExportDefaultDeclaration":
          return n === "declaration";
        default:
          return false;
      }
    case "OptionalMemberExpression":
    case "OptionalCallExpression":
    case "ChainExpression":
    case "TSNonNullExpression":
    case "NonNullExpression":
      if (eu2(e)) return true;
    case "CallExpression":
    case "MemberExpression":
    case "TaggedTemplateExpression":
    case "ImportExpression":
      if (n === "callee" && (o.type === "BindExpression" || o.type === "NewExpression")) {
        let s = r;
        for (; s; ) switch (s.type) {
          case "CallExpression":
          case "ImportExpression":
            return true;
          case "MemberExpression":
          case "OptionalMemberExpression":
          case "BindExpression":
            s = s.object;
            break;
          case "TaggedTemplateExpression":
            s = s.tag;
            break;
          case "TSNonNullExpression":
          case "NonNullExpression":
            s = s.expression;
            break;
          default:
            return false;
        }
      }
      return false;
    case "BindExpression":
      return n === "callee" && (o.type === "BindExpression" || o.type === "NewExpression") || n === "object" && N2(o);
    case "NGPipeExpression":
      return !(o.type === "NGRoot" || o.type === "NGMicrosyntaxExpression" || o.type === "ObjectProperty" && !r.extra?.parenthesized || V3(o) || n === "arguments" && M3(o) || n === "right" && o.type === "NGPipeExpression" || n === "property" && o.type === "MemberExpression" || o.type === "AssignmentExpression");
    case "JSXFragment":
    case "JSXElement":
      return n === "callee" || n === "left" && o.type === "BinaryExpression" && o.operator === "<" || !V3(o) && o.type !== "ArrowFunctionExpression" && o.type !== "AssignmentExpression" && o.type !== "AssignmentPattern" && o.type !== "BinaryExpression" && o.type !== "ConditionalExpression" && o.type !== "ExpressionStatement" && o.type !== "JsExpressionRoot" && o.type !== "JSXAttribute" && o.type !== "JSXElement" && o.type !== "JSXExpressionContainer" && o.type !== "JSXFragment" && o.type !== "LogicalExpression" && !Pt3(o) && !Ue3(o) && !jt3(o) && o.type !== "TypeCastExpression" && o.type !== "VariableDeclarator" && o.type !== "YieldExpression" && o.type !== "MatchExpressionCase" && !(n === "declaration" && o.type === "ExportDefaultDeclaration");
    case "TSInstantiationExpression":
      if (n === "object" && N2(o) || n === "callee" && o.type === "CallExpression" || n === "callee" && o.type === "NewExpression" || n === "tag" && o.type === "TaggedTemplateExpression" || n === "expression" && (be3(o) || o.type === "TSInstantiationExpression") || n === "superClass" && (ar3(o) || o.type === "StructDeclaration")) return true;
      break;
    case "MatchOrPattern":
      return o.type === "MatchAsPattern";
  }
  return false;
}
var fm = S3(["BlockStatement", "BreakStatement", "ComponentDeclaration", "ClassBody", "StructBody", "ClassDeclaration", "StructDeclaration", "ClassMethod", "ClassProperty", "PropertyDefinition", "ClassPrivateProperty", "ContinueStatement", "DebuggerStatement", "DeclareComponent", "DeclareClass", "DeclareExportAllDeclaration", "DeclareExportDeclaration", "DeclareFunction", "DeclareHook", "DeclareInterface", "DeclareModule", "DeclareModuleExports", "DeclareNamespace", "DeclareVariable", "DeclareEnum", "DoWhileStatement", "EnumDeclaration", "ExportAllDeclaration", "ExportDefaultDeclaration", "ExportNamedDeclaration", "ExpressionStatement", "ForInStatement", "ForOfStatement", "ForStatement", "FunctionDeclaration", "HookDeclaration", "IfStatement", "ImportDeclaration", "InterfaceDeclaration", "LabeledStatement", "MethodDefinition", "ReturnStatement", "SwitchStatement", "ThrowStatement", "TryStatement", "TSDeclareFunction", "TSEnumDeclaration", "ImportEqualsDeclaration", "TSImportEqualsDeclaration", "TSInterfaceDeclaration", "TSModuleDeclaration", "TSNamespaceExportDeclaration", "NamespaceExportDeclaration", "TypeAlias", "VariableDeclaration", "WhileStatement", "WithStatement"]);
function Dm(e) {
  let t = 0, { node: r } = e;
  for (; r; ) {
    let n = e.getParentNode(t++);
    if (n?.type === "ForStatement" && n.init === r) return true;
    r = n;
  }
  return false;
}
function ym(e) {
  return ae3(e);
}
function qr3(e) {
  let { parent: t, key: r } = e;
  switch (t.type) {
    case "NGPipeExpression":
      if (r === "arguments" && e.isLast) return e.callParent(qr3);
      break;
    case "ObjectProperty":
      if (r === "value") return e.callParent(() => e.key === "properties" && e.isLast);
      break;
    case "BinaryExpression":
    case "LogicalExpression":
      if (r === "right") return e.callParent(qr3);
      break;
    case "ConditionalExpression":
      if (r === "alternate") return e.callParent(qr3);
      break;
    case "UnaryExpression":
      if (t.prefix && e.callParent(qr3)) return true;
      break;
  }
  return false;
}
var ie3 = uu2;
var Ze3 = "string";
var je3 = "array";
var lt3 = "cursor";
var et3 = "indent";
var tt3 = "align";
var mt3 = "trim";
var Se3 = "group";
var qe3 = "fill";
var ve3 = "if-break";
var rt3 = "indent-if-break";
var nt3 = "line-suffix";
var Ve3 = "line-suffix-boundary";
var Ae3 = "line";
var Re3 = "label";
var Ye3 = "break-parent";
var bn2 = /* @__PURE__ */ new Set([lt3, et3, tt3, mt3, Se3, qe3, ve3, rt3, nt3, Ve3, Ae3, Re3, Ye3]);
function Em(e) {
  if (typeof e == "string") return Ze3;
  if (Array.isArray(e)) return je3;
  if (!e) return;
  let { type: t } = e;
  if (bn2.has(t)) return t;
}
var He3 = Em;
var dm = (e) => new Intl.ListFormat("en-US", { type: "disjunction" }).format(e);
function Cm(e) {
  let t = e === null ? "null" : typeof e;
  if (t !== "string" && t !== "object") return `Unexpected doc '${t}', 
Expected it to be 'string' or 'object'.`;
  if (He3(e)) throw new Error("doc is valid.");
  let r = Object.prototype.toString.call(e);
  if (r !== "[object Object]") return `Unexpected doc '${r}'.`;
  let n = dm([...bn2].map((o) => `'${o}'`));
  return `Unexpected doc.type '${e.type}'.
Expected it to be ${n}.`;
}
var ri3 = class extends Error {
  name = "InvalidDocError";
  constructor(t) {
    super(Cm(t)), this.doc = t;
  }
};
var Rt3 = ri3;
var au2 = {};
function Fm(e, t, r, n) {
  let o = [e];
  for (; o.length > 0; ) {
    let i = o.pop();
    if (i === au2) {
      r(o.pop());
      continue;
    }
    r && o.push(i, au2);
    let s = He3(i);
    if (!s) throw new Rt3(i);
    if (t?.(i) !== false) switch (s) {
      case je3:
      case qe3: {
        let u = s === je3 ? i : i.parts;
        for (let a2 = u.length, l2 = a2 - 1; l2 >= 0; --l2) o.push(u[l2]);
        break;
      }
      case ve3:
        o.push(i.flatContents, i.breakContents);
        break;
      case Se3:
        if (n && i.expandedStates) for (let u = i.expandedStates.length, a2 = u - 1; a2 >= 0; --a2) o.push(i.expandedStates[a2]);
        else o.push(i.contents);
        break;
      case tt3:
      case et3:
      case rt3:
      case Re3:
      case nt3:
        o.push(i.contents);
        break;
      case Ze3:
      case lt3:
      case mt3:
      case Ve3:
      case Ae3:
      case Ye3:
        break;
      default:
        throw new Rt3(i);
    }
  }
}
var Pn2 = Fm;
function It3(e, t) {
  if (typeof e == "string") return t(e);
  let r = /* @__PURE__ */ new Map();
  return n(e);
  function n(i) {
    return z3(r, i, o);
  }
  function o(i) {
    switch (He3(i)) {
      case je3:
        return t(i.map(n));
      case qe3:
        return t({ ...i, parts: i.parts.map(n) });
      case ve3:
        return t({ ...i, breakContents: n(i.breakContents), flatContents: n(i.flatContents) });
      case Se3: {
        let { expandedStates: s, contents: u } = i;
        return s ? (s = s.map(n), u = s[0]) : u = n(u), t({ ...i, contents: u, expandedStates: s });
      }
      case tt3:
      case et3:
      case rt3:
      case Re3:
      case nt3:
        return t({ ...i, contents: n(i.contents) });
      case Ze3:
      case lt3:
      case mt3:
      case Ve3:
      case Ae3:
      case Ye3:
        return t(i);
      default:
        throw new Rt3(i);
    }
  }
}
function cu2(e, t, r) {
  let n = r, o = false;
  function i(s) {
    if (o) return false;
    let u = t(s);
    u !== void 0 && (o = true, n = u);
  }
  return Pn2(e, i), n;
}
function xm(e) {
  if (e.type === Se3 && e.break || e.type === Ae3 && e.hard || e.type === Ye3) return true;
}
function le3(e) {
  return cu2(e, xm, false);
}
function pu2(e) {
  if (e.length > 0) {
    let t = w2(0, e, -1);
    !t.expandedStates && !t.break && (t.break = "propagated");
  }
  return null;
}
function lu2(e) {
  let t = /* @__PURE__ */ new Set(), r = [];
  function n(i) {
    if (i.type === Ye3 && pu2(r), i.type === Se3) {
      if (r.push(i), t.has(i)) return false;
      t.add(i);
    }
  }
  function o(i) {
    i.type === Se3 && r.pop().break && pu2(r);
  }
  Pn2(e, n, o, true);
}
function Am(e) {
  return e.type === Ae3 && !e.hard ? e.soft ? "" : " " : e.type === ve3 ? e.flatContents : e;
}
function Vt3(e) {
  return It3(e, Am);
}
function Tm(e) {
  switch (He3(e)) {
    case qe3: {
      let { parts: t } = e;
      if (t.every((r) => r === "")) return "";
      if (t.length === 1) return t[0];
      break;
    }
    case Se3:
      if (!e.contents && !e.id && !e.break && !e.expandedStates) return "";
      if (e.contents.type === Se3 && e.contents.id === e.id && e.contents.break === e.break && e.contents.expandedStates === e.expandedStates) return e.contents;
      break;
    case tt3:
    case et3:
    case rt3:
    case nt3:
      if (!e.contents) return "";
      break;
    case ve3:
      if (!e.flatContents && !e.breakContents) return "";
      break;
    case je3: {
      let t = [];
      for (let r of e) {
        if (!r) continue;
        let [n, ...o] = Array.isArray(r) ? r : [r];
        typeof n == "string" && typeof w2(0, t, -1) == "string" ? t[t.length - 1] += n : t.push(n), t.push(...o);
      }
      return t.length === 0 ? "" : t.length === 1 ? t[0] : t;
    }
    case Ze3:
    case lt3:
    case mt3:
    case Ve3:
    case Ae3:
    case Re3:
    case Ye3:
      break;
    default:
      throw new Rt3(e);
  }
  return e;
}
function yr3(e) {
  return It3(e, (t) => Tm(t));
}
function Ke3(e, t = Er3) {
  return It3(e, (r) => typeof r == "string" ? L3(t, r.split(`
`)) : r);
}
function gm(e) {
  if (e.type === Ae3) return true;
}
function mu2(e) {
  return cu2(e, gm, false);
}
function In2(e, t) {
  return e.type === Re3 ? { ...e, contents: t(e.contents) } : t(e);
}
function fu2(e) {
  let t = true;
  return Pn2(e, (r) => {
    switch (He3(r)) {
      case Ze3:
        if (r === "") break;
      case mt3:
      case Ve3:
      case Ae3:
      case Ye3:
        return t = false, false;
    }
  }), t;
}
var Be3 = Je3;
var kn2 = Je3;
var Du2 = Je3;
var yu2 = Je3;
function D(e) {
  return Be3(e), { type: et3, contents: e };
}
function ye3(e, t) {
  return yu2(e), Be3(t), { type: tt3, contents: t, n: e };
}
function Eu2(e) {
  return ye3(Number.NEGATIVE_INFINITY, e);
}
function du2(e) {
  return ye3({ type: "root" }, e);
}
function wn2(e) {
  return ye3(-1, e);
}
function Cu2(e, t, r) {
  Be3(e);
  let n = e;
  if (t > 0) {
    for (let o = 0; o < Math.floor(t / r); ++o) n = D(n);
    n = ye3(t % r, n), n = ye3(Number.NEGATIVE_INFINITY, n);
  }
  return n;
}
var We3 = { type: Ye3 };
var Yr3 = { type: lt3 };
function Ln2(e) {
  return Du2(e), { type: qe3, parts: e };
}
function p2(e, t = {}) {
  return Be3(e), kn2(t.expandedStates, true), { type: Se3, id: t.id, contents: e, break: !!t.shouldBreak, expandedStates: t.expandedStates };
}
function ft3(e, t) {
  return p2(e[0], { ...t, expandedStates: e });
}
function O3(e, t = "", r = {}) {
  return Be3(e), t !== "" && Be3(t), { type: ve3, breakContents: e, flatContents: t, groupId: r.groupId };
}
function kt3(e, t) {
  return Be3(e), { type: rt3, contents: e, groupId: t.groupId, negate: t.negate };
}
function L3(e, t) {
  Be3(e), kn2(t);
  let r = [];
  for (let n = 0; n < t.length; n++) n !== 0 && r.push(e), r.push(t[n]);
  return r;
}
function At2(e, t) {
  return Be3(t), e ? { type: Re3, label: e, contents: t } : t;
}
var T3 = { type: Ae3 };
var E2 = { type: Ae3, soft: true };
var ni3 = { type: Ae3, hard: true };
var d2 = [ni3, We3];
var hm = { type: Ae3, hard: true, literal: true };
var Er3 = [hm, We3];
function oi3(e) {
  return Be3(e), { type: nt3, contents: e };
}
var se3 = { type: Ve3 };
var Sm = "cr";
var Bm = "crlf";
var bm = "\r";
var Pm = `\r
`;
var Im = `
`;
var km = Im;
function Fu2(e) {
  return e === Sm ? bm : e === Bm ? Pm : km;
}
var xu2 = () => /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED9\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEFA](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDEC2\uDEC6\uDEC8\uDECC-\uDEDD\uDEDF-\uDEEB\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
var Au2 = 12288;
var Tu2 = 65510;
var gu2 = [12288, 12288, 65281, 65376, 65504, 65510];
var hu2 = 4352;
var Su2 = 262141;
var ii3 = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];
var si3 = (e, t) => {
  let r = 0, n = Math.floor(e.length / 2) - 1;
  for (; r <= n; ) {
    let o = Math.floor((r + n) / 2), i = o * 2;
    if (t < e[i]) n = o - 1;
    else if (t > e[i + 1]) r = o + 1;
    else return true;
  }
  return false;
};
var Bu2 = 19968;
var [wm, Lm] = Om(ii3);
function Om(e) {
  let t = e[0], r = e[1];
  for (let n = 0; n < e.length; n += 2) {
    let o = e[n], i = e[n + 1];
    if (Bu2 >= o && Bu2 <= i) return [o, i];
    i - o > r - t && (t = o, r = i);
  }
  return [t, r];
}
var On2 = (e) => e < Au2 || e > Tu2 ? false : si3(gu2, e);
var ui3 = (e) => e >= wm && e <= Lm ? true : e < hu2 || e > Su2 ? false : si3(ii3, e);
var Mm = /^(?:[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u2600-\u2604\u260E\u2611\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26B0\u26B1\u26C8\u26CF\u26D1\u26D3\u26E9\u26F0\u26F1\u26F4\u26F7\u26F8\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2763\u2764\u27A1\u2934\u2935\u2B05-\u2B07]|\uD83C[\uDD70\uDD71\uDD7E\uDD7F\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF3\uDFF5\uDFF7]|\uD83D[\uDC3F\uDC41\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3])$/;
var bu2 = (e) => Mm.test(e);
var _m = /[^\x20-\x7F]/;
var Nm = /[\p{Nonspacing_Mark}\p{Enclosing_Mark}]/u;
function jm(e) {
  if (!e) return 0;
  if (!_m.test(e)) return e.length;
  let t = 0;
  e = e.replace(xu2(), (r) => (t += bu2(r) ? 1 : 2, ""));
  for (let r of e) {
    let n = r.codePointAt(0);
    n <= 31 || n >= 127 && n <= 159 || Nm.test(r) || (t += On2(n) || ui3(n) ? 2 : 1);
  }
  return t;
}
var Tt3 = jm;
var vm = { type: 0 };
var Rm = { type: 1 };
var ai3 = { value: "", length: 0, queue: [], get root() {
  return ai3;
} };
function Pu2(e, t, r) {
  let n = t.type === 1 ? e.queue.slice(0, -1) : [...e.queue, t], o = "", i = 0, s = 0, u = 0;
  for (let y3 of n) switch (y3.type) {
    case 0:
      f(), r.useTabs ? a2(1) : l2(r.tabWidth);
      break;
    case 3: {
      let { string: h2 } = y3;
      f(), o += h2, i += h2.length;
      break;
    }
    case 2: {
      let { width: h2 } = y3;
      s += 1, u += h2;
      break;
    }
    default:
      throw new Error(`Unexpected indent comment '${y3.type}'.`);
  }
  return C2(), { ...e, value: o, length: i, queue: n };
  function a2(y3) {
    o += "	".repeat(y3), i += r.tabWidth * y3;
  }
  function l2(y3) {
    o += " ".repeat(y3), i += y3;
  }
  function f() {
    r.useTabs ? m() : C2();
  }
  function m() {
    s > 0 && a2(s), g2();
  }
  function C2() {
    u > 0 && l2(u), g2();
  }
  function g2() {
    s = 0, u = 0;
  }
}
function Iu2(e, t, r) {
  if (!t) return e;
  if (t.type === "root") return { ...e, root: e };
  if (t === Number.NEGATIVE_INFINITY) return e.root;
  let n;
  return typeof t == "number" ? t < 0 ? n = Rm : n = { type: 2, width: t } : n = { type: 3, string: t }, Pu2(e, n, r);
}
function ku2(e, t) {
  return Pu2(e, vm, t);
}
function Wm(e) {
  let t = 0;
  for (let r = e.length - 1; r >= 0; r--) {
    let n = e[r];
    if (n === " " || n === "	") t++;
    else break;
  }
  return t;
}
function Mn2(e) {
  let t = Wm(e);
  return { text: t === 0 ? e : e.slice(0, e.length - t), count: t };
}
var pi3 = class {
  #e = [];
  #t = "";
  #n = 0;
  #o = [];
  #r = [];
  #i() {
    let t = this.#t;
    t !== "" && (this.#e.push(t), this.#n += t.length, this.#t = "");
    for (let r of this.#r) this.#o.push(Math.min(r, this.#n));
    this.#r.length = 0;
  }
  markPosition() {
    if (this.#o.length + this.#r.length >= 2) throw new Error("There are too many 'cursor' in doc.");
    this.#r.push(this.#n + this.#t.length);
  }
  write(t) {
    this.#t += t;
  }
  trim() {
    let { text: t, count: r } = Mn2(this.#t);
    return this.#t = t, this.#i(), r;
  }
  finish() {
    return this.#i(), { text: this.#e.join(""), positions: this.#o };
  }
};
var wu2 = pi3;
var ot3 = /* @__PURE__ */ Symbol("MODE_BREAK");
var gt3 = /* @__PURE__ */ Symbol("MODE_FLAT");
var ci3 = /* @__PURE__ */ Symbol("DOC_FILL_PRINTED_LENGTH");
function _n2(e, t, r, n, o, i) {
  if (r === Number.POSITIVE_INFINITY) return true;
  let s = t.length, u = false, a2 = [e], l2 = "";
  for (; r >= 0; ) {
    if (a2.length === 0) {
      if (s === 0) return true;
      a2.push(t[--s]);
      continue;
    }
    let { mode: f, doc: m } = a2.pop(), C2 = He3(m);
    switch (C2) {
      case Ze3:
        m && (u && (l2 += " ", r -= 1, u = false), l2 += m, r -= Tt3(m));
        break;
      case je3:
      case qe3: {
        let g2 = C2 === je3 ? m : m.parts, y3 = m[ci3] ?? 0;
        for (let h2 = g2.length - 1; h2 >= y3; h2--) a2.push({ mode: f, doc: g2[h2] });
        break;
      }
      case et3:
      case tt3:
      case rt3:
      case Re3:
        a2.push({ mode: f, doc: m.contents });
        break;
      case mt3: {
        let { text: g2, count: y3 } = Mn2(l2);
        l2 = g2, r += y3;
        break;
      }
      case Se3: {
        if (i && m.break) return false;
        let g2 = m.break ? ot3 : f, y3 = m.expandedStates && g2 === ot3 ? w2(0, m.expandedStates, -1) : m.contents;
        a2.push({ mode: g2, doc: y3 });
        break;
      }
      case ve3: {
        let y3 = (m.groupId ? o[m.groupId] || gt3 : f) === ot3 ? m.breakContents : m.flatContents;
        y3 && a2.push({ mode: f, doc: y3 });
        break;
      }
      case Ae3:
        if (f === ot3 || m.hard) return true;
        m.soft || (u = true);
        break;
      case nt3:
        n = true;
        break;
      case Ve3:
        if (n) return false;
        break;
    }
  }
  return false;
}
function li3(e, t) {
  let r = /* @__PURE__ */ Object.create(null), n = t.printWidth, o = Fu2(t.endOfLine), i = 0, s = [{ indent: ai3, mode: ot3, doc: e }], u = false, a2 = [], l2 = new wu2();
  for (lu2(e); s.length > 0; ) {
    let { indent: y3, mode: h2, doc: A2 } = s.pop();
    switch (He3(A2)) {
      case Ze3: {
        let k3 = o !== `
` ? $3(0, A2, `
`, o) : A2;
        k3 && (l2.write(k3), s.length > 0 && (i += Tt3(k3)));
        break;
      }
      case je3:
        for (let k3 = A2.length - 1; k3 >= 0; k3--) s.push({ indent: y3, mode: h2, doc: A2[k3] });
        break;
      case lt3:
        l2.markPosition();
        break;
      case et3:
        s.push({ indent: ku2(y3, t), mode: h2, doc: A2.contents });
        break;
      case tt3:
        s.push({ indent: Iu2(y3, A2.n, t), mode: h2, doc: A2.contents });
        break;
      case mt3:
        i -= l2.trim();
        break;
      case Se3: {
        let k3 = (function() {
          if (h2 === gt3 && !u) return { indent: y3, mode: A2.break ? ot3 : gt3, doc: A2.contents };
          u = false;
          let P2 = n - i, U3 = a2.length > 0, H3 = { indent: y3, mode: gt3, doc: A2.contents };
          if (!A2.break && _n2(H3, s, P2, U3, r)) return H3;
          if (!A2.expandedStates) return { indent: y3, mode: ot3, doc: A2.contents };
          if (!A2.break) for (let me3 = 1; me3 < A2.expandedStates.length - 1; me3++) {
            let de3 = { indent: y3, mode: gt3, doc: A2.expandedStates[me3] };
            if (_n2(de3, s, P2, U3, r)) return de3;
          }
          return { indent: y3, mode: ot3, doc: w2(0, A2.expandedStates, -1) };
        })();
        s.push(k3), A2.id && (r[A2.id] = k3.mode);
        break;
      }
      case qe3: {
        let k3 = n - i, I2 = A2[ci3] ?? 0, { parts: P2 } = A2, U3 = P2.length - I2;
        if (U3 === 0) break;
        let H3 = P2[I2 + 0], me3 = P2[I2 + 1], de3 = { indent: y3, mode: gt3, doc: H3 }, ee3 = { indent: y3, mode: ot3, doc: H3 }, Te3 = _n2(de3, [], k3, a2.length > 0, r, true);
        if (U3 === 1) {
          Te3 ? s.push(de3) : s.push(ee3);
          break;
        }
        let Ce3 = { indent: y3, mode: gt3, doc: me3 }, St2 = { indent: y3, mode: ot3, doc: me3 };
        if (U3 === 2) {
          Te3 ? s.push(Ce3, de3) : s.push(St2, ee3);
          break;
        }
        let Mt3 = P2[I2 + 2], _2 = { indent: y3, mode: h2, doc: { ...A2, [ci3]: I2 + 2 } }, Me3 = _n2({ indent: y3, mode: gt3, doc: [H3, me3, Mt3] }, [], k3, a2.length > 0, r, true);
        s.push(_2), Me3 ? s.push(Ce3, de3) : Te3 ? s.push(St2, de3) : s.push(St2, ee3);
        break;
      }
      case ve3:
      case rt3: {
        let k3 = A2.groupId ? r[A2.groupId] : h2;
        if (k3 === ot3) {
          let I2 = A2.type === ve3 ? A2.breakContents : A2.negate ? A2.contents : D(A2.contents);
          I2 && s.push({ indent: y3, mode: h2, doc: I2 });
        }
        if (k3 === gt3) {
          let I2 = A2.type === ve3 ? A2.flatContents : A2.negate ? D(A2.contents) : A2.contents;
          I2 && s.push({ indent: y3, mode: h2, doc: I2 });
        }
        break;
      }
      case nt3:
        a2.push({ indent: y3, mode: h2, doc: A2.contents });
        break;
      case Ve3:
        a2.length > 0 && s.push({ indent: y3, mode: h2, doc: ni3 });
        break;
      case Ae3:
        switch (h2) {
          case gt3:
            if (!A2.hard) {
              A2.soft || (l2.write(" "), i += 1);
              break;
            }
            u = true;
          case ot3:
            if (a2.length > 0) {
              s.push({ indent: y3, mode: h2, doc: A2 }, ...a2.reverse()), a2.length = 0;
              break;
            }
            A2.literal ? (l2.write(o), i = 0, y3.root && (y3.root.value && l2.write(y3.root.value), i = y3.root.length)) : (l2.trim(), l2.write(o + y3.value), i = y3.length);
            break;
        }
        break;
      case Re3:
        s.push({ indent: y3, mode: h2, doc: A2.contents });
        break;
      case Ye3:
        break;
      default:
        throw new Rt3(A2);
    }
    s.length === 0 && a2.length > 0 && (s.push(...a2.reverse()), a2.length = 0);
  }
  let { text: f, positions: m } = l2.finish();
  if (m.length !== 2) return { formatted: f };
  let [C2, g2] = m;
  return { formatted: f, cursorNodeStart: C2, cursorNodeText: f.slice(C2, g2) };
}
var wt3 = class extends Error {
  name = "ArgExpansionBailout";
};
function dr3(e) {
  return (e.type === "ObjectTypeProperty" || e.type === "ObjectTypeInternalSlot") && !e.static && !e.method && e.kind !== "get" && e.kind !== "set" && e.value.type === "FunctionTypeAnnotation";
}
function Jm(e, t) {
  let r = null, n = t;
  for (; n !== r; ) r = n, n = gs2(e, n), n = pr3(e, n), n = pt3(e, n);
  return n = cr3(e, n), n = ct3(e, n), n !== false && J3(e, n);
}
var Kt3 = Jm;
var Ee3 = (e, { originalText: t }) => {
  let r = B3(e);
  if (Kt3(t, r)) return true;
  let n = _t3(e);
  return n === r ? false : Kt3(t, n);
};
var Gm = S3(["AnyTypeAnnotation", "ThisTypeAnnotation", "NumberTypeAnnotation", "VoidTypeAnnotation", "BooleanTypeAnnotation", "BigIntTypeAnnotation", "SymbolTypeAnnotation", "StringTypeAnnotation", "NeverTypeAnnotation", "UndefinedTypeAnnotation", "UnknownTypeAnnotation", "EmptyTypeAnnotation", "MixedTypeAnnotation"]);
var Nn2 = Gm;
var Lu = S3(["TSThisType", "NullLiteralTypeAnnotation", "BooleanLiteralTypeAnnotation", "StringLiteralTypeAnnotation", "BigIntLiteralTypeAnnotation", "NumberLiteralTypeAnnotation", "TSLiteralType", "TSTemplateLiteralType", "TemplateLiteralTypeAnnotation"]);
function Um({ type: e }) {
  return e.startsWith("TS") && e.endsWith("Keyword");
}
var jn2 = Um;
function Cr3(e) {
  return jn2(e) || Nn2(e) || Lu(e) || (e.type === "GenericTypeAnnotation" || e.type === "TSTypeReference") && !e.typeArguments;
}
function Ou2(e) {
  return e.type === "TypeAnnotation" && e.typeAnnotation.type === "FunctionTypeAnnotation" && !e.static && !Nt3(e, e.typeAnnotation);
}
function qm(e, t) {
  let r = t.split(".");
  for (let n = r.length - 1; n >= 0; n--) {
    let o = r[n];
    if (n === 0) return e.type === "Identifier" && e.name === o;
    if (n === 1 && e.type === "MetaProperty" && e.property.type === "Identifier" && e.property.name === o) {
      e = e.meta;
      continue;
    }
    if (e.type === "MemberExpression" && !e.optional && !e.computed && e.property.type === "Identifier" && e.property.name === o) {
      e = e.object;
      continue;
    }
    return false;
  }
}
function Fr2(e, t) {
  return t.some((r) => qm(e, r));
}
var Ym = ["it", "it.only", "it.skip", "describe", "describe.only", "describe.skip", "test", "test.only", "test.skip", "test.fixme", "test.step", "test.describe", "test.describe.only", "test.describe.skip", "test.describe.fixme", "test.describe.parallel", "test.describe.parallel.only", "test.describe.serial", "test.describe.serial.only", "skip", "xit", "xdescribe", "xtest", "fit", "fdescribe", "ftest"];
function Hm(e) {
  return Fr2(e, Ym);
}
function Xm(e) {
  return e.type === "Identifier" && (e.name === "beforeEach" || e.name === "beforeAll" || e.name === "afterEach" || e.name === "afterAll");
}
function mi3(e) {
  return M3(e) && e.callee.type === "Identifier" && ["async", "inject", "fakeAsync", "waitForAsync"].includes(e.callee.name);
}
function Vm(e) {
  return e.type === "FunctionExpression" || e.type === "ArrowFunctionExpression" && e.body.type === "BlockStatement";
}
function $t3(e, t) {
  if (e?.type !== "CallExpression" || e.optional) return false;
  let r = pe3(e);
  if (r.some((n) => F2(n))) return false;
  if (r.length === 1) {
    if (mi3(e) && $t3(t)) return vt3(r[0]);
    if (Xm(e.callee)) return mi3(r[0]);
  } else if ((r.length === 2 || r.length === 3) && (r[0].type === "TemplateLiteral" || G3(r[0])) && Hm(e.callee)) return r[2] && !xe3(r[2]) ? false : (r.length === 2 ? vt3(r[1]) : Vm(r[1]) && te3(r[1]).length <= 1) || mi3(r[1]);
  return false;
}
function Km(e, t) {
  let r = t - 1;
  r = pt3(e, r, { backwards: true }), r = ct3(e, r, { backwards: true }), r = pt3(e, r, { backwards: true });
  let n = ct3(e, r, { backwards: true });
  return r !== n;
}
var Hr3 = Km;
var fi3 = () => true;
function Di3(e, t) {
  let r = e.node;
  return r.printed = true, t.printer.printComment(e, t);
}
function $m(e, t) {
  let r = e.node, n = [Di3(e, t)], { printer: o, originalText: i, locStart: s, locEnd: u } = t;
  if (o.isBlockComment?.(r)) {
    let f = " ";
    J3(i, u(r)) && (J3(i, s(r), { backwards: true }) ? f = d2 : f = T3), n.push(f);
  } else n.push(d2);
  let l2 = ct3(i, pt3(i, u(r)));
  return l2 !== false && J3(i, l2) && n.push(d2), n;
}
function zm(e, t, r) {
  let n = e.node, o = Di3(e, t), { printer: i, originalText: s, locStart: u } = t, a2 = i.isBlockComment?.(n);
  if (r?.hasLineSuffix && !r?.isBlock || J3(s, u(n), { backwards: true })) {
    let l2 = Hr3(s, u(n));
    return { doc: oi3([d2, l2 ? d2 : "", o]), isBlock: a2, hasLineSuffix: true };
  }
  return !a2 || r?.hasLineSuffix ? { doc: [oi3([" ", o]), We3], isBlock: a2, hasLineSuffix: true } : { doc: [" ", o], isBlock: a2, hasLineSuffix: false };
}
function R3(e, t, r = {}) {
  let { originalText: n, locStart: o } = t, { indent: i = false, marker: s, filter: u = fi3, separator: a2 = ({ comment: C2 }) => Hr3(n, o(C2)) ? [d2, d2] : d2 } = r, l2 = new Set(e.node?.comments?.filter((C2) => !(C2.leading || C2.trailing || C2.marker !== s || !u(C2))));
  if (l2.size === 0) return "";
  let f = [], m;
  return e.each(({ node: C2 }) => {
    l2.has(C2) && (m && f.push(typeof a2 == "function" ? a2({ previous: m, comment: C2 }) : a2), f.push(Di3(e, t)), m = C2);
  }, "comments"), i ? D([d2, f]) : f;
}
function vn2(e, t, r) {
  let n = t[/* @__PURE__ */ Symbol.for("printedComments")], o = r?.filter ?? fi3, i = new Set(e.node?.comments?.filter((s) => !n?.has(s) && s.leading && o(s)));
  return i.size === 0 ? "" : e.map(({ node: s }) => i.has(s) ? $m(e, t) : "", "comments").filter(Boolean);
}
function Mu2(e, t, r) {
  let n = e.node?.comments, o = new Set(n?.filter((f) => f.trailing)), i = t[/* @__PURE__ */ Symbol.for("printedComments")], s = r?.filter ?? fi3, u = new Set(n?.filter((f) => o.has(f) && !i?.has(f) && s(f)));
  if (u.size === 0) return "";
  let a2 = [], l2;
  return e.each(({ node: f }) => {
    o.has(f) && (l2 = zm(e, t, l2), u.has(f) && a2.push(l2.doc));
  }, "comments"), a2;
}
function Rn2(e, t, r) {
  return { leading: vn2(e, t, r), trailing: Mu2(e, t, r) };
}
function Z3(e, t, r, n) {
  let o = vn2(e, r, n), i = Mu2(e, r, n);
  return o || i ? In2(t, (s) => [o, s, i]) : t;
}
function Wn2(e, t = "es5") {
  return e.trailingComma === "es5" && t === "es5" || e.trailingComma === "all" && (t === "all" || t === "es5");
}
function K3(e) {
  let { node: t } = e;
  return !t.optional || t.type === "Identifier" && t === e.parent.key ? "" : M3(t) || N2(t) && t.computed || t.type === "OptionalIndexedAccessType" ? "?." : "?";
}
function Jn2(e) {
  return e.node.definite || e.match(void 0, (t, r) => r === "id" && t.type === "VariableDeclarator" && t.definite) ? "!" : "";
}
var Qm = S3(["DeclareClass", "DeclareComponent", "DeclareFunction", "DeclareHook", "DeclareVariable", "DeclareExportDeclaration", "DeclareExportAllDeclaration", "DeclareOpaqueType", "DeclareTypeAlias", "DeclareEnum", "DeclareInterface", "DeclareModule", "DeclareNamespace"]);
var Zm = (e) => {
  let { node: t } = e;
  return Qm(t) ? e.parent.type !== "DeclareExportDeclaration" && !t.implicitDeclare : t.declare;
};
function Q3(e) {
  return Zm(e) ? "declare " : "";
}
var ef = S3(["AbstractMethodDefinition", "AbstractPropertyDefinition", "TSAbstractMethodDefinition", "TSAbstractPropertyDefinition", "TSAbstractAccessorProperty"]);
function Wt3({ node: e }) {
  return e.abstract || ef(e) ? "abstract " : "";
}
function Lt3(e) {
  let t = e.accessibility ?? e.tsAccessibility;
  return t ? t + " " : "";
}
var _u2 = (e) => e.type === "UnaryExpression" && e.operator === "!";
function tf(e) {
  return F2(e) || !_u2(e) ? false : (e = e.argument, e = _u2(e) ? e.argument : e, e.type === "LogicalExpression");
}
function xr3(e, t, r) {
  let { node: n } = e, o = n.type === "WithStatement" ? "object" : "test", i = r(o);
  return tf(n[o]) ? i : p2([D([E2, i]), E2]);
}
function Jt3(e, t, r) {
  let { node: n } = e;
  return F2(n, x.Dangling, r) ? [D([E2, R3(e, t, { filter: r })]), F2(n, x.Dangling | x.Line, r) ? d2 : E2] : "";
}
function Le3(e, t = "es5") {
  return Wn2(e, t) ? O3(",") : "";
}
function v2(e) {
  return e.semi ? ";" : "";
}
var rf = (e) => e.marker !== "commentBeforeArrow";
function $e2(e, t, r, n, o) {
  let i = e.node, s = te3(i), u = o && i.typeParameters ? r("typeParameters") : "";
  if (s.length === 0) return [u, "(", Jt3(e, t, rf), ")"];
  let { parent: a2 } = e, l2 = $t3(a2), f = Nu2(i), m = [];
  if (ss2(e, (y3, h2) => {
    let A2 = h2 === s.length - 1;
    A2 && i.rest && m.push("..."), m.push(r()), !A2 && (m.push(","), l2 || f ? m.push(" ") : Ee3(s[h2], t) ? m.push(d2, d2) : m.push(T3));
  }), n && !of(e)) {
    if (le3(u) || le3(m)) throw new wt3();
    return p2([Vt3(u), "(", Vt3(m), ")"]);
  }
  let C2 = s.every((y3) => !j3(y3.decorators));
  return f && C2 ? [u, "(", ...m, ")"] : l2 ? [u, "(", ...m, ")"] : i.type !== "ConstructorTypeAnnotation" && (dr3(a2) || Ou2(a2) || a2.type === "TypeAlias" || a2.type === "UnionTypeAnnotation" || a2.type === "IntersectionTypeAnnotation" || a2.type === "FunctionTypeAnnotation" && a2.returnType === i) && s.length === 1 && s[0].name === null && i.this !== s[0] && s[0].typeAnnotation && i.typeParameters === null && Cr3(s[0].typeAnnotation) && !i.rest ? t.arrowParens === "always" || i.type === "HookTypeAnnotation" ? ["(", ...m, ")"] : m : [u, "(", D([E2, ...m]), !us2(i) && e.root.type !== "NGRoot" ? Le3(t, "all") : "", E2, ")"];
}
function Nu2(e) {
  if (!e) return false;
  let t = te3(e);
  if (t.length !== 1) return false;
  let [r] = t;
  return !F2(r) && (r.type === "ObjectPattern" || r.type === "ArrayPattern" || r.type === "Identifier" && ur3(r.typeAnnotation) && Xe3(r.typeAnnotation.typeAnnotation) || r.type === "FunctionTypeParam" && Xe3(r.typeAnnotation) && r !== e.rest || r.type === "AssignmentPattern" && (r.left.type === "ObjectPattern" || r.left.type === "ArrayPattern") && (r.right.type === "Identifier" || ae3(r.right) && r.right.properties.length === 0 || V3(r.right) && r.right.elements.length === 0));
}
function nf(e) {
  let t;
  return e.returnType ? (t = e.returnType, t.typeAnnotation && (t = t.typeAnnotation)) : e.typeAnnotation && (t = e.typeAnnotation), t;
}
function Ot3(e, t) {
  let r = nf(e);
  if (!r) return false;
  let n = e.typeParameters?.params;
  if (n) {
    if (n.length > 1) return false;
    if (n.length === 1) {
      let o = n[0];
      if (o.constraint || o.default) return false;
    }
  }
  return te3(e).length === 1 && (Xe3(r) || le3(t));
}
function of(e) {
  return e.match((t) => t.type === "ArrowFunctionExpression" && t.body.type === "BlockStatement", (t, r) => {
    if (t.type === "CallExpression" && r === "arguments" && t.arguments.length === 1 && t.callee.type === "CallExpression") {
      let n = t.callee.callee;
      return n.type === "Identifier" || n.type === "MemberExpression" && !n.computed && n.object.type === "Identifier" && n.property.type === "Identifier";
    }
    return false;
  }, (t, r) => t.type === "VariableDeclarator" && r === "init" || t.type === "ExportDefaultDeclaration" && r === "declaration" || Es2(t) && r === "expression" || t.type === "AssignmentExpression" && r === "right" && t.left.type === "MemberExpression" && t.left.object.type === "Identifier" && t.left.object.name === "module" && t.left.property.type === "Identifier" && t.left.property.name === "exports", (t) => t.type !== "VariableDeclaration" || t.kind === "const" && t.declarations.length === 1);
}
function ju2(e) {
  let t = te3(e);
  return t.length > 1 && t.some(an2);
}
function zt3(e, t) {
  return (t === "params" || t === "this" || t === "rest") && Nu2(e);
}
var sf = /^[\$A-Z_a-z\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312D\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FD5\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC][\$0-9A-Z_a-z\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D01-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF6\u1CF8\u1CF9\u1D00-\u1DF5\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u200C\u200D\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312D\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FD5\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]*$/;
var uf = (e) => sf.test(e);
var vu = uf;
function af(e) {
  return e.length === 1 ? e : e.toLowerCase().replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(?=\d)/, "$1$2").replace(/^([+-]?[\d.]+)e[+-]?0+$/, "$1").replace(/^([+-])?\./, "$10.").replace(/(\.\d+?)0+(?=e|$)/, "$1").replace(/\.(?=e|$)/, "");
}
var Gt3 = af;
var Ru = Object.freeze({ character: "'", codePoint: 39 });
var Wu2 = Object.freeze({ character: '"', codePoint: 34 });
var pf = Object.freeze({ preferred: Ru, alternate: Wu2 });
var cf = Object.freeze({ preferred: Wu2, alternate: Ru });
function Gn2(e, t) {
  let { preferred: r, alternate: n } = t === true || t === "'" ? pf : cf, { length: o } = e, i = 0, s = 0;
  for (let u = 0; u < o; u++) {
    let a2 = e.charCodeAt(u);
    a2 === r.codePoint ? i++ : a2 === n.codePoint && s++;
  }
  return (i > s ? n : r).character;
}
var lf = /\\(["'\\])|(["'])/g;
function mf(e, t) {
  let r = t === '"' ? "'" : '"', n = $3(0, e, lf, (o, i, s) => i ? i === r ? r : o : s === t ? "\\" + s : s);
  return t + n + t;
}
var Gu2 = mf;
function ff(e, t) {
  Je3(/^(?<quote>["']).*\k<quote>$/s.test(e));
  let r = e.slice(1, -1), n;
  return t.parser === "json" || t.parser === "jsonc" || t.parser === "json-stringify" || t.parser === "json5" && t.quoteProps === "preserve" && !t.singleQuote ? n = '"' : t.__isInHtmlAttribute ? n = "'" : n = Gn2(r, t.singleQuote), e.charAt(0) === n ? e : Gu2(r, n);
}
var it3 = ff;
var Df = (e) => e.type === "Identifier" && e.name === "new";
var Uu2 = (e) => G3(e) && e.value === "new";
function Ei3(e) {
  return e.type === "ObjectTypeProperty" && e.method && !e.computed && (Uu2(e.key) || Df(e.key));
}
function yf2(e) {
  return e.type === "TSMethodSignature" && !e.computed && Uu2(e.key);
}
function di3(e) {
  return yf2(e) || Ei3(e);
}
var qu2 = (e) => e.type === "TSEnumMember";
var Yu2 = (e) => qu2(e) ? "id" : "key";
var Xr3 = (e) => e[Yu2(e)];
var Hu2 = (e) => !qu2(e) && e.computed;
function Xu2(e) {
  return /^(?:\d+|\d+\.\d+)$/.test(e);
}
var Ef = ({ parser: e }) => e === "typescript" || e === "babel-ts" || e === "oxc-ts" || e === "yuku-ts";
function df(e, t) {
  let r = Xr3(e);
  if (r.type === "Identifier") return !di3(e);
  if (!xe3(r) || Ef(t)) return false;
  let n = Gt3(Fe3(r));
  return String(r.value) === n && Xu2(n);
}
function Vu2(e, t) {
  let { parser: r } = t;
  if (r === "json" || r === "jsonc") return false;
  let n = Xr3(e);
  if (!G3(n)) return false;
  let { value: o } = n;
  return it3(Fe3(n), t).slice(1, -1) !== o || di3(e) ? false : !!(!(r === "babel-ts" && e.type === "ClassProperty" || (r === "typescript" || r === "oxc-ts" || r === "yuku-ts") && e.type === "PropertyDefinition") && vu(o) || (r === "babel" || r === "acorn" || r === "oxc" || r === "yuku" || r === "espree" || r === "meriyah" || r === "__babel_estree") && e.type !== "ImportAttribute" && Xu2(o) && String(Number(o)) === o);
}
var Cf = /* @__PURE__ */ new WeakMap();
function Ku2(e, t) {
  return z3(Cf, e.parent, () => e.siblings.some((r) => {
    if (Hu2(r)) return false;
    let n = Xr3(r);
    return G3(n) && !Vu2(r, t);
  }));
}
function Ff(e, t) {
  return (t.parser === "json" || t.parser === "jsonc" || t.quoteProps === "consistent" && Ku2(e, t)) && df(e.node, t);
}
function xf2(e, t) {
  return (t.quoteProps === "as-needed" || t.quoteProps === "consistent" && !Ku2(e, t)) && Vu2(e.node, t);
}
function Oe3(e, t, r) {
  let { node: n } = e, o = Yu2(n);
  if (Hu2(n)) return ["[", r(o), "]"];
  if (Ff(e, t)) {
    let i = Xr3(n), s = it3(JSON.stringify(i.type === "Identifier" ? i.name : String(i.value)), t);
    return e.call(() => Z3(e, s, t), o);
  }
  if (xf2(e, t)) {
    let { value: i } = Xr3(n), s = /^\d/.test(i) ? Gt3(i) : i;
    return e.call(() => Z3(e, s, t), o);
  }
  return r(o);
}
var Af2 = S3(["VoidTypeAnnotation", "TSVoidKeyword", "NullLiteralTypeAnnotation", "TSNullKeyword"]);
var Tf2 = S3(["ObjectTypeAnnotation", "TSTypeLiteral", "GenericTypeAnnotation", "TSTypeReference"]);
function Ci3(e) {
  return e.key === "elementTypes" && ir3(e.parent) && e.parent.elementTypes.length > 1;
}
function Qt3(e) {
  let { types: t } = e;
  if (t.some((n) => F2(n))) return false;
  let r = t.find((n) => Tf2(n));
  return r ? t.every((n) => n === r || Af2(n)) : false;
}
function Un2(e) {
  let { key: t, node: r, parent: n } = e;
  return !(Qt3(r) || t === "types" && ue3(n) || t === "types" && bt2(n) || Ci3(e));
}
function qn2(e, t, r, n) {
  let { node: o } = e;
  if (Qt3(o)) return L3(" | ", e.map(r, "types"));
  let i = p2(e.map(({ isFirst: s }) => {
    let u = s ? O3("| ") : [T3, "| "], a2 = r();
    return F2(e.node, x.Leading) ? [u, ye3(2, Z3(e, a2, t))] : [u, Z3(e, ye3(2, a2), t)];
  }, "types"));
  return Un2(e) && (i = Z3(e, i, t)), ie3(e, t) ? p2([D([E2, i]), E2]) : Ci3(e) ? p2([D([O3(["(", E2]), i]), E2, O3(")")]) : n?.assignmentLayout === "break-after-operator" || !gf2(e) ? i : p2(D([E2, i]));
}
function gf2(e) {
  let { key: t, parent: r } = e;
  return !(t === "typeAnnotation" && r.type === "TSTypeAssertion" || t === "elementTypes" && ir3(r) || (t === "trueType" || t === "falseType") && Qe3(r) || t === "params" && Cs2(r) || t === "typeAnnotation" && r.type === "FunctionTypeParam" && !r.name && e.grandparent.this !== r || e.match(void 0, (n, o) => o === "typeAnnotation" && n.type === "FunctionTypeParam", (n, o) => o === "params" && n.type === "FunctionTypeAnnotation", (n, o) => o === "value" && n.type === "ObjectTypeProperty" && dr3(n)));
}
function $u2(e) {
  return Cr3(e) || Xe3(e) ? true : ue3(e) ? Qt3(e) : false;
}
var hf2 = /* @__PURE__ */ new WeakSet();
function W3(e, t, r = "typeAnnotation") {
  let { node: { [r]: n } } = e;
  if (!n) return "";
  let o = false;
  if (ur3(n)) {
    let i = e.call(zu2, r);
    (i === "=>" || i === ":" && F2(n, x.Leading)) && (o = true), hf2.add(n);
  }
  return o ? [" ", t(r)] : t(r);
}
var zu2 = (e) => e.match((t) => t.type === "TSTypeAnnotation", (t, r) => (r === "returnType" || r === "typeAnnotation") && (t.type === "TSFunctionType" || t.type === "TSConstructorType")) ? "=>" : e.match((t) => t.type === "TSTypeAnnotation", (t, r) => r === "typeAnnotation" && (t.type === "TSJSDocNullableType" || t.type === "TSJSDocNonNullableType" || t.type === "TSTypePredicate")) || e.match((t) => t.type === "TypeAnnotation", (t, r) => r === "typeAnnotation" && t.type === "Identifier", (t, r) => r === "id" && t.type === "DeclareFunction") || e.match((t) => t.type === "TypeAnnotation", (t, r) => r === "typeAnnotation" && t.type === "DeclareFunction") || e.match((t) => t.type === "TypeAnnotation", (t, r) => r === "typeAnnotation" && t.type === "Identifier", (t, r) => r === "id" && t.type === "DeclareHook") || e.match((t) => t.type === "TypeAnnotation", (t, r) => r === "bound" && t.type === "TypeParameter" && t.usesExtendsBound) ? "" : ":";
function Yn2(e, t, r) {
  let n = zu2(e);
  return n ? [n, " ", r("typeAnnotation")] : r("typeAnnotation");
}
var Sf2 = ({ node: e, key: t, parent: r }) => t === "value" && e.type === "FunctionExpression" && (r.type === "ObjectMethod" || r.type === "ClassMethod" || r.type === "ClassPrivateMethod" || r.type === "MethodDefinition" || r.type === "TSAbstractMethodDefinition" || r.type === "TSDeclareMethod" || r.type === "Property" && ze3(r));
function Ar3(e, t, r, n) {
  if (Sf2(e)) return Hn2(e, t, r);
  let { node: o } = e, i = false;
  if (o.type === "FunctionExpression" && n?.expandLastArg) {
    let { parent: m } = e;
    M3(m) && (pe3(m).length > 1 || te3(o).every((C2) => C2.type === "Identifier" && !C2.typeAnnotation)) && (i = true);
  }
  let s = $e2(e, t, r, i), u = Vn2(e, r), a2 = Ot3(o, u), f = o.type === "HookDeclaration" ? "hook" : "function";
  return [Q3(e), o.async ? "async " : "", f, o.generator ? "*" : "", " ", o.id ? r("id") : "", r("typeParameters"), p2([a2 ? p2(s) : s, u]), o.body ? " " : "", r("body"), o.declare || !o.body ? v2(t) : ""];
}
function Vr3(e, t, r) {
  let { node: n } = e, { kind: o } = n, i = n.value || n, s = [];
  return !o || o === "init" || o === "method" || o === "constructor" ? i.async && s.push("async ") : (Je3(o === "get" || o === "set"), s.push(o, " ")), i.generator && s.push("*"), s.push(Oe3(e, t, r), n.optional ? "?" : "", n === i ? Hn2(e, t, r) : r("value")), s;
}
function Hn2(e, t, r) {
  let { node: n } = e, o = $e2(e, t, r), i = Vn2(e, r), s = ju2(n), u = Ot3(n, i), a2 = [r("typeParameters"), p2([s ? p2(o, { shouldBreak: true }) : u ? p2(o) : o, i])];
  return n.body ? a2.push(" ", r("body")) : a2.push(v2(t)), a2;
}
function Bf2(e) {
  let t = te3(e);
  return t.length === 1 && !e.typeParameters && !F2(e, x.Dangling) && t[0].type === "Identifier" && !t[0].typeAnnotation && !F2(t[0]) && !t[0].optional && !e.predicate && !e.returnType;
}
function Xn2(e, t) {
  if (t.arrowParens === "always") return false;
  if (t.arrowParens === "avoid") {
    let { node: r } = e;
    return Bf2(r);
  }
  return false;
}
function Vn2(e, t) {
  let { node: r } = e, o = [W3(e, t, "returnType")];
  return r.predicate && o.push(t("predicate")), o;
}
function Qu2(e, t) {
  if (t.semi) return false;
  let { node: r } = e;
  if (r.type !== "ExpressionStatement" || xi3(e, t) || Ti2(e, t) || Ai3(e, t)) return false;
  let { key: n, parent: o } = e;
  return n === "body" && (o.type === "Program" || o.type === "BlockStatement" || o.type === "StaticBlock" || o.type === "TSModuleBlock") || n === "consequent" && o.type === "SwitchCase";
}
function Kn2(e, t) {
  return Qu2(e, t) && e.call(() => ea2(e, t), "expression");
}
var bf2 = new Set("[(`+-/<:");
function Zu2(e, t) {
  if (!Qu2(e, t)) return false;
  let r = t.originalText[b3(e.node)];
  return bf2.has(r);
}
function ea2(e, t) {
  let { node: r } = e;
  switch (r.type) {
    case "ParenthesizedExpression":
    case "TypeCastExpression":
    case "TSTypeAssertion":
    case "ArrayExpression":
    case "ArrayPattern":
    case "TemplateLiteral":
    case "TemplateElement":
    case "RegExpLiteral":
      return true;
    case "ArrowFunctionExpression":
      if (!Xn2(e, t)) return true;
      break;
    case "UnaryExpression": {
      let { prefix: n, operator: o } = r;
      if (n && (o === "+" || o === "-")) return true;
      break;
    }
    case "BindExpression":
      if (!r.object) return true;
      break;
    case "Literal":
      if (r.regex) return true;
      break;
    default:
      if (q2(r)) return true;
  }
  return ie3(e, t) ? true : Dr3(r) ? e.call(() => ea2(e, t), ...Sn2(r)) : false;
}
var Fi3 = ({ node: e, parent: t }) => e.type === "ExpressionStatement" && t.type === "Program" && t.body.length === 1 && (Array.isArray(t.directives) && t.directives.length === 0 || !t.directives);
function xi3(e, t) {
  return (t.parentParser === "markdown" || t.parentParser === "mdx") && Fi3(e) && q2(e.node.expression);
}
function Ai3(e, t) {
  return t.__isHtmlInlineEventHandler && Fi3(e);
}
function Ti2(e, t) {
  return (t.parser === "__vue_event_binding" || t.parser === "__vue_ts_event_binding") && Fi3(e);
}
function $n2(e, t) {
  if (!Kn2(e, t)) return false;
  let r = w2(0, ne3(e.node, x.Leading), -1);
  return !!(r && lr3(r));
}
var Pf2 = S3(["ClassDeclaration", "ClassExpression", "StructDeclaration", "DeclareClass", "DeclareInterface", "InterfaceDeclaration", "RecordDeclaration", "TSInterfaceDeclaration"]);
function If2(e, t) {
  let { key: r, parent: n } = e;
  if (r === "types" && ue3(n) || r === "argument" && n.type === "JSXSpreadAttribute" || r === "expression" && n.type === "JSXSpreadChild" || r === "superClass" && (ar3(n) || n.type === "StructDeclaration") || (r === "id" || r === "typeParameters") && Pf2(n) || r === "patterns" && n.type === "MatchOrPattern" || Fn2(e)) return true;
  let { node: o } = e;
  return xt3(o) ? false : o.type === "ExpressionStatement" ? $n2(e, t) : ue3(o) ? Un2(e) : !!q2(o);
}
var ta2 = If2;
function kf2(e, t, r = 0) {
  let n = 0;
  for (let o = r; o < e.length; ++o) e[o] === "	" ? n = n + t - n % t : n++;
  return n;
}
var ra2 = kf2;
function wf2(e, t) {
  let r = e.lastIndexOf(`
`);
  return r === -1 ? 0 : ra2(e.slice(r + 1).match(/^[\t ]*/)[0], t);
}
var na2 = wf2;
function Tr3(e, t, r) {
  if (_f2(e)) {
    let i = Lf2(e, t, r);
    if (i) return i;
  }
  let n = ua2(e, t, r), o = e.map(({ isLast: i, index: s }) => [r(), i ? "" : n[s]], "quasis");
  return [se3, "`", ...o, "`"];
}
function ia2(e, t, r) {
  let n = r("quasi"), { node: o } = e, i = "", s = ne3(o.quasi, x.Leading)[0];
  return s && (re3(t.originalText, B3(o.typeArguments ?? o.tag), b3(s)) ? i = E2 : i = " "), At2(n.label && { tagged: true, ...n.label }, [r("tag"), r("typeArguments"), i, se3, n]);
}
function Lf2(e, t, r) {
  let { node: n } = e, o = n.quasis[0].value.raw.trim().split(/\s*\|\s*/);
  if (o.length > 1 || o.some((i) => i.length > 0)) {
    t.__inJestEach = true;
    let i = ua2(e, t, r);
    t.__inJestEach = false;
    let s = i.map((m) => li3(m, { ...t, printWidth: Number.POSITIVE_INFINITY, endOfLine: "lf" }).formatted), u = [{ hasLineBreak: false, cells: [] }];
    for (let m = 1; m < n.quasis.length; m++) {
      let C2 = w2(0, u, -1), g2 = s[m - 1];
      C2.cells.push(g2), g2.includes(`
`) && (C2.hasLineBreak = true), n.quasis[m].value.raw.includes(`
`) && u.push({ hasLineBreak: false, cells: [] });
    }
    let a2 = Math.max(o.length, ...u.map((m) => m.cells.length)), l2 = Array.from({ length: a2 }, () => 0), f = [{ cells: o }, ...u.filter((m) => m.cells.length > 0)];
    for (let m of f) if (!m.hasLineBreak) for (let [C2, g2] of m.cells.entries()) l2[C2] = Math.max(l2[C2], Tt3(g2));
    return [se3, "`", D([d2, L3(d2, f.map((m) => L3(" | ", m.cells.map((C2, g2) => m.hasLineBreak ? C2 : C2 + " ".repeat(l2[g2] - Tt3(C2))))))]), d2, "`"];
  }
}
var Of2 = /* @__PURE__ */ new WeakMap();
function Mf2(e, t) {
  let { parent: r, index: n } = e;
  return z3(Of2, r, (i) => {
    let { tabWidth: s } = t, u = 0;
    return i.quasis.map((l2) => {
      let f = l2.value.raw, m = f.includes(`
`) ? na2(f, s) : u;
      return u = m, { indentSize: m, previousQuasiText: f };
    });
  })[n];
}
function sa2(e, t, r, n = true) {
  let { node: o, index: i } = e, s = r(), u = e.parent, { quasis: a2 } = u, l2 = B3(a2[i]), f = b3(a2[i + 1]), m = re3(t.originalText, l2, f);
  if (!m) {
    let y3 = li3(s, { ...t, printWidth: Number.POSITIVE_INFINITY, endOfLine: "lf" }).formatted;
    y3.includes(`
`) ? m = true : s = y3;
  }
  if (m && (F2(o) || o.type === "Identifier" || N2(we3(o)) || o.type === "ConditionalExpression" || o.type === "SequenceExpression" || fe3(o) || Pe3(o)) && (s = [D([E2, s]), E2]), !n) return p2(["${", s, se3, "}"]);
  let { indentSize: C2, previousQuasiText: g2 } = Mf2(e, t);
  return t.__inJestEach && (C2 = Math.max(C2, t.tabWidth)), s = C2 === 0 && g2.endsWith(`
`) ? ye3(Number.NEGATIVE_INFINITY, s) : Cu2(s, C2, t.tabWidth), p2(["${", s, se3, "}"]);
}
function ua2(e, t, r) {
  return e.map(() => sa2(e, t, r), Ds2(e.node) ? "types" : "expressions");
}
function gr3(e, t, r) {
  return e.map(() => sa2(e, t, r, false), "expressions");
}
function zn2(e, t) {
  return It3(e, (r) => typeof r == "string" ? t ? $3(0, r, /(\\*)`/g, "$1$1\\`") : gi3(r) : r);
}
function gi3(e) {
  return $3(0, e, /([\\`]|\$\{)/g, "\\$1");
}
var oa2 = /^[fx]?(?:describe|it|test)$/;
function _f2({ node: e, parent: t }) {
  return e.type === "TemplateLiteral" && t.type === "TaggedTemplateExpression" && t.quasi === e && t.tag.type === "MemberExpression" && t.tag.property.type === "Identifier" && t.tag.property.name === "each" && (t.tag.object.type === "Identifier" && oa2.test(t.tag.object.name) || t.tag.object.type === "MemberExpression" && t.tag.object.property.type === "Identifier" && (t.tag.object.property.name === "only" || t.tag.object.property.name === "skip") && t.tag.object.object.type === "Identifier" && oa2.test(t.tag.object.object.name));
}
var Si3 = [(e, t) => t === "properties" && e.type === "ObjectExpression", (e, t) => t === "arguments" && e.type === "CallExpression" && e.callee.type === "Identifier" && e.callee.name === "Component", (e, t) => t === "expression" && e.type === "Decorator"];
function aa2(e) {
  let t = (n) => n.type === "TemplateLiteral", r = (n, o) => Ue3(n) && !n.computed && n.key.type === "Identifier" && n.key.name === "styles" && o === "value";
  return e.match(t, (n, o) => V3(n) && o === "elements", r, ...Si3) || e.match(t, r, ...Si3);
}
function Bi3(e) {
  return e.match((t) => t.type === "TemplateLiteral", (t, r) => Ue3(t) && !t.computed && t.key.type === "Identifier" && t.key.name === "template" && r === "value", ...Si3);
}
function hi3(e, t) {
  return F2(e, x.Block | x.Leading, ({ value: r }) => r === ` ${t} `);
}
function Qn2({ node: e, parent: t }, r) {
  return hi3(e, r) || Nf2(t) && hi3(t, r) || t.type === "ExpressionStatement" && hi3(t, r);
}
function Nf2(e) {
  return e.type === "AsConstExpression" || e.type === "TSAsExpression" && e.typeAnnotation.type === "TSTypeReference" && e.typeAnnotation.typeName.type === "Identifier" && e.typeAnnotation.typeName.name === "const";
}
async function ca2(e, t, r, n) {
  let { node: o } = r, i = "";
  for (let [l2, f] of o.quasis.entries()) {
    let { raw: m } = f.value;
    l2 > 0 && (i += "@prettier-placeholder-" + (l2 - 1) + "-id"), i += m;
  }
  let s = await e(i, { parser: "scss" }), u = gr3(r, n, t), a2 = jf2(s, u);
  if (!a2) throw new Error("Couldn't insert all the expressions");
  return ["`", D([d2, a2]), E2, "`"];
}
function jf2(e, t) {
  if (!j3(t)) return e;
  let r = 0, n = It3(yr3(e), (o) => typeof o != "string" || !o.includes("@prettier-placeholder") ? o : o.split(/@prettier-placeholder-(\d+)-id/).map((i, s) => s % 2 === 0 ? Ke3(i) : (r++, t[i])));
  return t.length === r ? n : null;
}
function vf2(e) {
  return e.match(void 0, (t, r) => r === "quasi" && t.type === "TaggedTemplateExpression" && Fr2(t.tag, ["css", "css.global", "css.resolve"])) || e.match(void 0, (t, r) => r === "expression" && t.type === "JSXExpressionContainer", (t, r) => r === "children" && t.type === "JSXElement" && t.openingElement.name.type === "JSXIdentifier" && t.openingElement.name.name === "style" && t.openingElement.attributes.some((n) => n.type === "JSXAttribute" && n.name.type === "JSXIdentifier" && n.name.name === "jsx"));
}
function Zn2(e) {
  return e.type === "Identifier" && e.name === "styled";
}
function pa2(e) {
  return /^[A-Z]/.test(e.object.name) && e.property.name === "extend";
}
function Rf2({ parent: e }) {
  if (!e || e.type !== "TaggedTemplateExpression") return false;
  let t = e.tag.type === "ParenthesizedExpression" ? e.tag.expression : e.tag;
  switch (t.type) {
    case "MemberExpression":
      return Zn2(t.object) || pa2(t);
    case "CallExpression":
      return Zn2(t.callee) || t.callee.type === "MemberExpression" && (t.callee.object.type === "MemberExpression" && (Zn2(t.callee.object.object) || pa2(t.callee.object)) || t.callee.object.type === "CallExpression" && Zn2(t.callee.object.callee));
    case "Identifier":
      return t.name === "css";
    default:
      return false;
  }
}
function Wf2({ parent: e, grandparent: t }) {
  return t?.type === "JSXAttribute" && e.type === "JSXExpressionContainer" && t.name.type === "JSXIdentifier" && t.name.name === "css";
}
var la2 = (e) => vf2(e) || Rf2(e) || Wf2(e) || aa2(e);
async function ma2(e, t, r, n) {
  let { node: o } = r, i = o.quasis.length, s = gr3(r, n, t), u = [];
  for (let a2 = 0; a2 < i; a2++) {
    let l2 = o.quasis[a2], f = a2 === 0, m = a2 === i - 1, C2 = l2.value.cooked, g2 = C2.split(`
`), y3 = g2.length;
    if (!m && /#[^\n\r]*$/.test(g2[y3 - 1])) return null;
    let h2 = y3 > 2 && g2[0].trim() === "" && g2[1].trim() === "", A2 = y3 > 2 && g2[y3 - 1].trim() === "" && g2[y3 - 2].trim() === "", k3 = g2.every((P2) => /^\s*(?:#[^\n\r]*)?$/.test(P2)), I2;
    k3 ? I2 = Jf2(g2) : I2 = await e(C2, { parser: "graphql" }), I2 ? (I2 = zn2(I2, false), !f && h2 && u.push(""), u.push(I2), !m && A2 && u.push("")) : !f && !m && h2 && u.push(""), m || u.push(s[a2]);
  }
  return ["`", D([d2, L3(d2, u)]), d2, "`"];
}
function Jf2(e) {
  let t = [], r = false, n = e.map((o) => o.trim());
  for (let [o, i] of n.entries()) i !== "" && (n[o - 1] === "" && r ? t.push([d2, i]) : t.push(i), r = true);
  return t.length === 0 ? null : L3(d2, t);
}
function fa2({ node: e, parent: t }) {
  return Qn2({ node: e, parent: t }, "GraphQL") || t && (t.type === "TaggedTemplateExpression" && (t.tag.type === "MemberExpression" && t.tag.object.name === "graphql" && t.tag.property.name === "experimental" || t.tag.type === "Identifier" && (t.tag.name === "gql" || t.tag.name === "graphql")) || t.type === "CallExpression" && t.callee.type === "Identifier" && t.callee.name === "graphql");
}
var bi3 = 0;
async function Da(e, t, r, n, o) {
  let { node: i } = n, s = bi3;
  bi3 = bi3 + 1 >>> 0;
  let u = (k3) => `PRETTIER_HTML_PLACEHOLDER_${k3}_${s}_IN_JS`, a2 = i.quasis.map((k3, I2, P2) => I2 === P2.length - 1 ? k3.value.cooked : k3.value.cooked + u(I2)).join(""), l2 = gr3(n, o, r), f = new RegExp(u("(\\d+)"), "g"), m = 0, C2 = await t(a2, { parser: e, __onHtmlRoot(k3) {
    m = k3.children.length;
  } }), g2 = It3(C2, (k3) => {
    if (typeof k3 != "string") return k3;
    let I2 = [], P2 = k3.split(f);
    for (let U3 = 0; U3 < P2.length; U3++) {
      let H3 = P2[U3];
      if (U3 % 2 === 0) {
        H3 && (H3 = gi3(H3), o.__embeddedInHtml && (H3 = $3(0, H3, /<\/(?=script\b)/gi, "<\\/")), I2.push(H3));
        continue;
      }
      let me3 = Number(H3);
      I2.push(l2[me3]);
    }
    return I2;
  }), y3 = /^\s/.test(a2) ? " " : "", h2 = /\s$/.test(a2) ? " " : "", A2 = o.htmlWhitespaceSensitivity === "ignore" ? d2 : y3 && h2 ? T3 : null;
  return A2 ? p2(["`", D([A2, p2(g2)]), A2, "`"]) : At2({ hug: false }, p2(["`", y3, m > 1 ? D(p2(g2)) : p2(g2), h2, "`"]));
}
function ya2(e) {
  return Qn2(e, "HTML") || e.match((t) => t.type === "TemplateLiteral", (t, r) => t.type === "TaggedTemplateExpression" && t.tag.type === "Identifier" && t.tag.name === "html" && r === "quasi");
}
var Ea2 = Da.bind(void 0, "html");
var da2 = Da.bind(void 0, "angular");
async function Ca2(e, t, r) {
  let { node: n } = r, o = $3(0, n.quasis[0].value.raw, /((?:\\\\)*)\\`/g, (a2, l2) => "\\".repeat(l2.length / 2) + "`"), i = Gf2(o), s = i !== "";
  s && (o = $3(0, o, new RegExp(`^${i}`, "gm"), ""));
  let u = zn2(await e(o, { parser: "markdown", __inJsTemplate: true }), true);
  return ["`", s ? D([E2, u]) : [Er3, Eu2(u)], E2, "`"];
}
function Gf2(e) {
  let t = e.match(/^([^\S\n]*)\S/m);
  return t === null ? "" : t[1];
}
function Fa({ node: e, parent: t }) {
  return t?.type === "TaggedTemplateExpression" && e.quasis.length === 1 && t.tag.type === "Identifier" && (t.tag.name === "md" || t.tag.name === "markdown");
}
var Uf2 = [{ test: la2, print: ca2 }, { test: fa2, print: ma2 }, { test: ya2, print: Ea2 }, { test: Bi3, print: da2 }, { test: Fa, print: Ca2 }].map(({ test: e, print: t }) => ({ test: e, print: Yf2(t) }));
function qf2(e) {
  let { node: t } = e;
  if (t.type !== "TemplateLiteral" || Hf2(t)) return;
  let r = Uf2.find(({ test: n }) => n(e));
  if (r) return t.quasis.length === 1 && t.quasis[0].value.raw.trim() === "" ? "``" : r.print;
}
function Yf2(e) {
  return async (...t) => {
    let r = await e(...t);
    return r && At2({ embed: true, ...r.label }, r);
  };
}
function Hf2({ quasis: e }) {
  return e.some(({ value: { cooked: t } }) => t === null);
}
var xa2 = qf2;
function Aa2(e, t) {
  e.type === "ChainExpression" ? Xf2(t) : (e.type === "OptionalMemberExpression" || e.type === "OptionalCallExpression") && Vf2(t);
}
function Ta2(e) {
  if (N2(e)) return "object";
  if (M3(e)) return "callee";
  if (Ge3(e)) return "expression";
}
function eo2(e) {
  let t = Ta2(e);
  if (t) return e[t];
}
function Xf2(e) {
  for (e = eo2(e); e.type === "MemberExpression" || e.type === "CallExpression" || be3(e); e = eo2(e)) {
    let t = Ta2(e), r = e[t];
    r.type === "ChainExpression" && (e[t] = r.expression);
  }
}
function Vf2(e) {
  for (e = eo2(e); e.type === "MemberExpression" || e.type === "CallExpression"; e = eo2(e)) e.type = `Optional${e.type}`;
}
function ga2(e, t, r) {
  let n = t[r];
  (G3(n) || xe3(n)) && (e[r] = String(n.value)), n.type === "Identifier" && (e[r] = n.name);
}
function ha2(e, t) {
  (e.type === "Property" || e.type === "ObjectProperty" || e.type === "MethodDefinition" || e.type === "ClassProperty" || e.type === "ClassMethod" || e.type === "PropertyDefinition" || e.type === "TSDeclareMethod" || e.type === "TSPropertySignature" || e.type === "TSMethodSignature" || e.type === "ObjectTypeProperty" || e.type === "ImportAttribute" || e.type === "RecordDeclarationProperty" || e.type === "RecordDeclarationStaticProperty") && !e.computed && !Ei3(e) && ga2(t, e, "key"), e.type === "TSEnumMember" && ga2(t, e, "id");
}
function Sa2(e, t) {
  e.type === "RegExpLiteral" && (t.flags = [...e.flags].sort().join("")), e.type === "Literal" && "regex" in e && (t.regex.flags = [...e.regex.flags].sort().join(""));
}
var Kf2 = /* @__PURE__ */ new Set(["range", "raw", "comments", "extra", "start", "end", "loc", "errors", "tokens", "trailingComma", "docblock", "__contentEnd"]);
var hr3 = (e) => {
  for (let t of e.quasis) delete t.value;
};
function Pi3(e, t, r) {
  if (e.type === "Program" && delete t.sourceType, Aa2(e, t), ha2(e, t), Sa2(e, t), (ls2(e) || e.type === "BigIntLiteralTypeAnnotation") && "bigint" in e && (t.bigint = e.bigint.toLowerCase()), e.type === "EmptyStatement" && !or3({ node: e, parent: r }) || e.type === "JSXText" || e.type === "JSXExpressionContainer" && (e.expression.type === "Literal" || e.expression.type === "StringLiteral") && e.expression.value === " ") return null;
  if (e.type === "JSXElement" && e.openingElement.name.type === "JSXIdentifier" && e.openingElement.name.name === "style" && e.openingElement.attributes.some((o) => o.type === "JSXAttribute" && o.name.name === "jsx")) for (let { type: o, expression: i } of t.children) o === "JSXExpressionContainer" && i.type === "TemplateLiteral" && hr3(i);
  e.type === "JSXAttribute" && e.name.name === "css" && e.value.type === "JSXExpressionContainer" && e.value.expression.type === "TemplateLiteral" && hr3(t.value.expression), e.type === "JSXAttribute" && G3(e.value) && /["']|&quot;|&apos;/.test(e.value.value) && (t.value.value = $3(0, e.value.value, /["']|&quot;|&apos;/g, '"'));
  let n = e.expression || e.callee;
  if (e.type === "Decorator" && n.type === "CallExpression" && n.callee.name === "Component" && n.arguments.length === 1) {
    let o = e.expression.arguments[0].properties;
    for (let [i, s] of t.expression.arguments[0].properties.entries()) switch (o[i].key.name) {
      case "styles":
        V3(s.value) && hr3(s.value.elements[0]);
        break;
      case "template":
        s.value.type === "TemplateLiteral" && hr3(s.value);
        break;
    }
  }
  e.type === "TaggedTemplateExpression" && (e.tag.type === "MemberExpression" || e.tag.type === "Identifier" && (e.tag.name === "gql" || e.tag.name === "graphql" || e.tag.name === "css" || e.tag.name === "md" || e.tag.name === "markdown" || e.tag.name === "html") || e.tag.type === "CallExpression") && hr3(t.quasi), (e.type === "CallExpression" || e.type === "MemberExpression") && !e.optional && delete t.optional, e.type === "TemplateLiteral" && hr3(t);
}
Pi3.ignoredProperties = Kf2;
var $f2 = /\*\/$/;
var zf2 = /^\/\*\*?/;
var Ia2 = /^\s*(\/\*\*?(.|\r?\n)*?\*\/)/;
var Qf2 = /(^|\s+)\/\/([^\n\r]*)/g;
var Ba = /^(\r?\n)+/;
var Zf2 = /(?:^|\r?\n) *(@[^\n\r]*?) *\r?\n *(?![^\n\r@]*\/\/[^]*)([^\s@][^\n\r@]+?) *\r?\n/g;
var ba2 = /(?:^|\r?\n) *@(\S+) *([^\n\r]*)/g;
var eD = /(\r?\n|^) *\* ?/g;
var ka2 = [];
function wa2(e) {
  let t = e.match(Ia2);
  return t ? t[0].trimStart() : "";
}
function La(e) {
  let r = e.match(Ia2)?.[0];
  return r == null ? e : e.slice(r.length);
}
function Oa(e) {
  e = $3(0, e.replace(zf2, "").replace($f2, ""), eD, "$1");
  let r = "";
  for (; r !== e; ) r = e, e = $3(0, e, Zf2, `
$1 $2
`);
  e = e.replace(Ba, "").trimEnd();
  let n = /* @__PURE__ */ Object.create(null), o = $3(0, e, ba2, "").replace(Ba, "").trimEnd(), i;
  for (; i = ba2.exec(e); ) {
    let s = $3(0, i[2], Qf2, "");
    if (typeof n[i[1]] == "string" || Array.isArray(n[i[1]])) {
      let u = n[i[1]];
      n[i[1]] = [...ka2, ...Array.isArray(u) ? u : [u], s];
    } else n[i[1]] = s;
  }
  return { comments: o, pragmas: n };
}
function Ma({ comments: e = "", pragmas: t = {} }) {
  let s = Object.keys(t), u = s.flatMap((l2) => Pa2(l2, t[l2])).map((l2) => ` * ${l2}
`).join("");
  if (!e) {
    if (s.length === 0) return "";
    if (s.length === 1 && !Array.isArray(t[s[0]])) {
      let l2 = t[s[0]];
      return `/** ${Pa2(s[0], l2)[0]} */`;
    }
  }
  let a2 = e.split(`
`).map((l2) => ` * ${l2}`).join(`
`) + `
`;
  return `/**
` + (e ? a2 : "") + (e && s.length > 0 ? ` *
` : "") + u + " */";
}
function Pa2(e, t) {
  return [...ka2, ...Array.isArray(t) ? t : [t]].map((r) => `@${e} ${r}`.trim());
}
var _a = "format";
function tD(e) {
  if (!e.startsWith("#!")) return "";
  let t = e.indexOf(`
`);
  return t === -1 ? e : e.slice(0, t);
}
var Na2 = tD;
function rD(e) {
  let t = Na2(e);
  t && (e = e.slice(t.length + 1));
  let r = wa2(e), { pragmas: n, comments: o } = Oa(r);
  return { shebang: t, text: e, pragmas: n, comments: o };
}
function ja(e) {
  let { shebang: t, text: r, pragmas: n, comments: o } = rD(e), i = La(r), s = Ma({ pragmas: { [_a]: "", ...n }, comments: o.trimStart() });
  return (t ? `${t}
` : "") + s + (i.startsWith(`
`) ? `
` : `

`) + i;
}
function nD(e) {
  if (!ce3(e)) return [];
  if (!e.value.includes(`
`)) return [];
  let t = [];
  for (let r of `*${e.value}*`.split(`
`)) {
    if (r = r.trimStart(), !r.startsWith("*")) return [];
    t.push(r);
  }
  return t;
}
var oD = /* @__PURE__ */ new WeakMap();
function Ii3(e) {
  return z3(oD, e, nD);
}
function to2(e) {
  return Ii3(e).length > 0;
}
function va(e, t) {
  let r = e.node;
  if (Ne3(r)) return t.originalText.slice(b3(r), B3(r)).trimEnd();
  if (to2(r)) return iD(r);
  if (ce3(r)) return ["/*", Ke3(r.value), "*/"];
  throw new Error("Not a comment: " + JSON.stringify(r));
}
function iD(e) {
  let t = Ii3(e), r = e.value[0] === "*" && e.value[1] !== "*";
  return ["/", t.map((n, o) => {
    if (o === 0) return [n.trimEnd(), d2];
    if (o === t.length - 1) return [" ", n];
    let i = n.trimEnd(), s = [" ", i];
    return r && i !== "*" && n.endsWith("  ") ? [s, "  ", du2(Er3)] : [s, d2];
  }), "/"];
}
function ki3(e) {
  if (typeof e != "string") throw new TypeError("Expected a string");
  return e.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}
var wi3 = class {
  #e;
  constructor(t) {
    this.#e = new Set(t);
  }
  getLeadingWhitespaceCount(t) {
    let r = this.#e, n = 0;
    for (let o = 0; o < t.length && r.has(t.charAt(o)); o++) n++;
    return n;
  }
  getTrailingWhitespaceCount(t) {
    let r = this.#e, n = 0;
    for (let o = t.length - 1; o >= 0 && r.has(t.charAt(o)); o--) n++;
    return n;
  }
  getLeadingWhitespace(t) {
    let r = this.getLeadingWhitespaceCount(t);
    return t.slice(0, r);
  }
  getTrailingWhitespace(t) {
    let r = this.getTrailingWhitespaceCount(t);
    return t.slice(t.length - r);
  }
  hasLeadingWhitespace(t) {
    return this.#e.has(t.charAt(0));
  }
  hasTrailingWhitespace(t) {
    return this.#e.has(w2(0, t, -1));
  }
  trimStart(t) {
    let r = this.getLeadingWhitespaceCount(t);
    return t.slice(r);
  }
  trimEnd(t) {
    let r = this.getTrailingWhitespaceCount(t);
    return t.slice(0, t.length - r);
  }
  trim(t) {
    return this.trimEnd(this.trimStart(t));
  }
  split(t, r = false) {
    let n = `[${ki3([...this.#e].join(""))}]+`, o = new RegExp(r ? `(${n})` : n);
    return t.split(o);
  }
  hasWhitespaceCharacter(t) {
    let r = this.#e;
    return Array.prototype.some.call(t, (n) => r.has(n));
  }
  hasNonWhitespaceCharacter(t) {
    let r = this.#e;
    return Array.prototype.some.call(t, (n) => !r.has(n));
  }
  isWhitespaceOnly(t) {
    let r = this.#e;
    return Array.prototype.every.call(t, (n) => r.has(n));
  }
  #t(t) {
    let r = Number.POSITIVE_INFINITY;
    for (let n of t.split(`
`)) {
      if (n.length === 0) continue;
      let o = this.getLeadingWhitespaceCount(n);
      if (o === 0) return 0;
      n.length !== o && o < r && (r = o);
    }
    return r === Number.POSITIVE_INFINITY ? 0 : r;
  }
  dedentString(t) {
    let r = this.#t(t);
    return r === 0 ? t : t.split(`
`).map((n) => n.slice(r)).join(`
`);
  }
};
var Ra = wi3;
var Zt3 = new Ra(` 
\r	`);
function er3(e) {
  return e.type === "JSXText" && (Zt3.hasNonWhitespaceCharacter(Fe3(e)) || !/\n/.test(Fe3(e)));
}
function Wa(e) {
  let { node: t, parent: r } = e;
  if (!q2(t) || !q2(r)) return false;
  let { index: n, siblings: o } = e, i;
  for (let s = n; s > 0; s--) {
    let u = o[s - 1];
    if (!(u.type === "JSXText" && !er3(u))) {
      i = u;
      break;
    }
  }
  return i?.type === "JSXExpressionContainer" && i.expression.type === "JSXEmptyExpression" && xt3(i.expression);
}
function sD(e) {
  return xt3(e.node) || Wa(e);
}
var Sr3 = sD;
var Li3 = class extends Error {
  name = "UnexpectedNodeError";
  constructor(t, r, n = "type") {
    super(`Unexpected ${r} node ${n}: ${JSON.stringify(t[n])}.`), this.node = t;
  }
};
var st3 = Li3;
function Ja(e) {
  return e.type === "CallExpression" && !e.optional && e.arguments.length === 1 && e.callee.type === "Identifier" && e.callee.name === "Boolean";
}
var uD = 0;
function Ua(e) {
  return e.type !== "LogicalExpression" || !Br3(e) ? false : Pe3(e.left) && Jr3(e.operator, e.left.operator) ? Ua(e.left) : true;
}
var aD = /* @__PURE__ */ new WeakMap();
var qa2 = (e) => e.node.type === "BinaryExpression" && e.node.operator === "|>" && z3(aD, e.root, () => Xt3(e.node, (t) => t.type === "TopicReference"));
function ro2(e, t, r) {
  let { node: n, parent: o, grandparent: i, key: s } = e, u = s !== "body" && (o.type === "IfStatement" || o.type === "WhileStatement" || o.type === "SwitchStatement" || o.type === "DoWhileStatement"), a2 = Ya(e, t, r, false, u);
  if (u) return a2;
  if (qa2(e)) return p2(a2);
  if (s === "callee" && Pt3(o) || o.type === "UnaryExpression" && !F2(n) || N2(o) && !o.computed) return p2([D([E2, ...a2]), E2]);
  let l2 = s === "argument" && on2(o) || o.type === "JSXExpressionContainer" && i.type === "JSXAttribute" || n.operator !== "|" && o.type === "JsExpressionRoot" || n.type !== "NGPipeExpression" && (o.type === "NGRoot" && t.parser === "__ng_binding" || o.type === "NGMicrosyntaxExpression" && i.type === "NGMicrosyntax" && i.body.length === 1) || n === o.body && o.type === "ArrowFunctionExpression" || n !== o.body && o.type === "ForStatement" || o.type === "ConditionalExpression" && !jt3(i) && !Pt3(i) || o.type === "TemplateLiteral" || s === "arguments" && Ja(o), f = o.type === "AssignmentExpression" || o.type === "VariableDeclarator" || o.type === "ClassProperty" || o.type === "PropertyDefinition" || un2(o) || o.type === "ClassPrivateProperty" || Ue3(o);
  if (l2 || Ua(n) || !Br3(n) && f) return p2(a2);
  let m = q2(n.right), C2 = a2.findIndex((I2) => He3(I2) === Se3), g2 = a2.slice(0, C2 === -1 ? 1 : C2 + 1), y3 = a2.slice(g2.length, m ? -1 : void 0), h2 = /* @__PURE__ */ Symbol("logicalChain-" + ++uD), A2 = p2([...g2, D(y3)], { id: h2 });
  if (!m) return A2;
  let k3 = w2(0, a2, -1);
  return p2([A2, kt3(k3, { groupId: h2 })]);
}
function Ya(e, t, r, n, o) {
  let { node: i } = e;
  if (!Pe3(i)) return [p2(r())];
  let s = [], u = i;
  for (; Pe3(u.left); ) {
    let l2 = u.left, f = "operator" in u ? u.operator : void 0, m = "operator" in l2 ? l2.operator : void 0;
    if (!Jr3(f, m)) break;
    s.push("left"), u = l2;
  }
  let a2 = [];
  for (let l2 = s.length; l2 >= 0; l2--) a2 = e.call(() => pD(e, t, r, a2, n || l2 !== 0, o), ...s.slice(0, l2));
  return a2;
}
function pD(e, t, r, n, o, i) {
  let { node: s } = e;
  n.length === 0 && n.push(p2(r("left")));
  let u = Br3(s), a2 = s.right.type === "ChainExpression" ? s.right.expression : s.right, l2 = (s.type === "NGPipeExpression" || s.operator === "|>" || cD(e, t)) && !Ie3(t.originalText, a2), m = !F2(a2, x.Leading, lr3) && Ie3(t.originalText, a2), C2 = s.type === "NGPipeExpression" ? "|" : s.operator, g2 = s.type === "NGPipeExpression" && s.arguments.length > 0 ? p2(D([E2, ": ", L3([T3, ": "], e.map(() => ye3(2, p2(r())), "arguments"))])) : "", y3;
  if (u) y3 = [C2, Ie3(t.originalText, a2) ? D([T3, r("right"), g2]) : [" ", r("right"), g2]];
  else {
    let I2 = qa2(e) ? e.call(() => Ya(e, t, r, true, i), "right") : r("right");
    if (t.experimentalOperatorPosition === "start") {
      let P2 = "";
      if (m) switch (He3(I2)) {
        case je3:
          P2 = I2[0], I2.shift();
          break;
        case Re3:
          P2 = I2.contents[0], I2.contents.shift();
          break;
      }
      y3 = [T3, P2, C2, " ", I2, g2];
    } else y3 = [l2 ? T3 : "", C2, l2 ? " " : T3, I2, g2];
  }
  let { parent: h2 } = e, A2 = F2(s.left, x.Trailing | x.Line);
  if ((A2 || !(i && s.type === "LogicalExpression") && h2.type !== s.type && s.left.type !== s.type && s.right.type !== s.type) && (y3 = p2(y3, { shouldBreak: A2 })), t.experimentalOperatorPosition === "start" ? n.push(u || m ? " " : "", y3) : n.push(l2 ? "" : " ", y3), o && F2(s)) {
    let I2 = yr3(Z3(e, n, t));
    return I2.type === qe3 ? I2.parts : Array.isArray(I2) ? I2 : [I2];
  }
  return n;
}
function Br3(e) {
  return e.type !== "LogicalExpression" ? false : !!(ae3(e.right) && e.right.properties.length > 0 || V3(e.right) && e.right.elements.length > 0 || q2(e.right));
}
var Ga = (e) => e.type === "BinaryExpression" && e.operator === "|";
function cD(e, t) {
  return (t.parser === "__vue_expression" || t.parser === "__vue_ts_expression") && Ga(e.node) && !e.hasAncestor((r) => !Ga(r) && r.type !== "JsExpressionRoot");
}
function Xa(e, t, r) {
  let { node: n } = e;
  if (n.type.startsWith("NG")) switch (n.type) {
    case "NGRoot":
      return r("node");
    case "NGPipeExpression":
      return ro2(e, t, r);
    case "NGChainedExpression":
      return p2(L3([";", T3], e.map(() => fD(e) ? r() : ["(", r(), ")"], "expressions")));
    case "NGEmptyExpression":
      return "";
    case "NGMicrosyntax":
      return e.map(() => [e.isFirst ? "" : Ha2(e) ? " " : [";", T3], r()], "body");
    case "NGMicrosyntaxKey":
      return /^[$_a-z][\w$]*(?:-[$_a-z][\w$])*$/i.test(n.name) ? n.name : JSON.stringify(n.name);
    case "NGMicrosyntaxExpression":
      return [r("expression"), n.alias === null ? "" : [" as ", r("alias")]];
    case "NGMicrosyntaxKeyedExpression": {
      let { index: o, parent: i } = e, s = Ha2(e) || lD(e) || i.body[0].type === "NGMicrosyntaxExpression" && (n.key.name === "then" || n.key.name === "else" || n.key.name === "as" || o === 2 && n.key.name === "track");
      return [r("key"), s ? " " : ": ", r("expression")];
    }
    case "NGMicrosyntaxLet":
      return ["let ", r("key"), n.value === null ? "" : [" = ", r("value")]];
    case "NGMicrosyntaxAs":
      return [r("key"), " as ", r("alias")];
    default:
      throw new st3(n, "Angular");
  }
}
function Ha2({ node: e, index: t }) {
  return e.type === "NGMicrosyntaxKeyedExpression" && e.key.name === "of" && t === 1;
}
function lD(e) {
  let { node: t } = e;
  return e.parent.body[1].key.name === "of" && t.type === "NGMicrosyntaxKeyedExpression" && t.key.name === "track" && t.key.type === "NGMicrosyntaxKey";
}
var mD = S3(["CallExpression", "OptionalCallExpression", "AssignmentExpression"]);
function fD({ node: e }) {
  return Xt3(e, mD);
}
function Oi3(e, t, r) {
  let { node: n } = e;
  return p2([L3(T3, e.map(r, "decorators")), Ka2(n, t) ? d2 : T3]);
}
function Va(e, t, r) {
  return $a(e.node) ? [L3(d2, e.map(r, "declaration", "decorators")), d2] : "";
}
function no2(e, t, r) {
  let { node: n, parent: o } = e, { decorators: i } = n;
  if (!j3(i) || $a(o) || Sr3(e)) return "";
  let s = [];
  return e.key === "declaration" && ys2(o) ? F2(n, x.Leading) || s.push(d2) : (ar3(n) || Ka2(n, t)) && s.push(We3), s.push(L3(T3, e.map(r, "decorators")), T3), s;
}
function Ka2(e, t) {
  return e.decorators.some((r) => J3(t.originalText, B3(r)));
}
function $a(e) {
  if (e.type !== "ExportDefaultDeclaration" && e.type !== "ExportNamedDeclaration" && e.type !== "DeclareExportDeclaration") return false;
  let t = e.declaration?.decorators;
  return j3(t) && Nt3(e, t[0]);
}
function oo2(e) {
  return e.type === "UnaryExpression" && (e.operator === "+" || e.operator === "-") && xe3(e.argument);
}
function br3(e, t, r) {
  let { node: n } = e, o = [], i = ir3(n) ? "elementTypes" : "elements", s = n[i];
  if (s.length === 0 && !n.inexact) o.push(p2(["[", Jt3(e, t), "]"]));
  else {
    let u = w2(0, s, -1), a2 = u?.type !== "RestElement" && !n.inexact, l2 = u === null, f = /* @__PURE__ */ Symbol("array"), m = !t.__inJestEach && s.length > 1 && s.every((y3, h2, A2) => {
      if (!V3(y3) && !ae3(y3)) return false;
      let k3 = y3?.type, I2 = A2[h2 + 1];
      if (I2 && k3 !== I2.type) return false;
      let P2 = V3(y3) ? "elements" : "properties";
      return y3[P2] && y3[P2].length > 1;
    }) || F2(n, x.Dangling | x.Line), C2 = Mi3(n, t), g2 = a2 ? l2 ? "," : Wn2(t) ? C2 ? O3(",", "", { groupId: f }) : O3(",") : "" : "";
    o.push(p2(["[", D([E2, C2 ? yD(e, t, r, g2) : [DD(e, t, r, i, n.inexact), g2], R3(e, t)]), E2, "]"], { shouldBreak: m, id: f }));
  }
  return o.push(K3(e), W3(e, r)), o;
}
function Mi3(e, t) {
  return V3(e) && e.elements.length > 0 && e.elements.every((r) => r && (xe3(r) || oo2(r) && !F2(r.argument)) && !F2(r, x.Trailing | x.Line, (n) => !J3(t.originalText, b3(n), { backwards: true })));
}
function za({ node: e }, { originalText: t }) {
  let r = B3(e);
  if (r === b3(e)) return false;
  let { length: n } = t;
  for (; r < n && t[r] !== ","; ) r = pr3(t, cr3(t, r + 1));
  return Kt3(t, r);
}
function DD(e, t, r, n, o) {
  let i = [];
  return e.each(({ node: s, isLast: u }) => {
    i.push(s ? p2(r()) : ""), (!u || o) && i.push([",", T3, s && za(e, t) ? E2 : ""]);
  }, n), o && i.push("..."), i;
}
function yD(e, t, r, n) {
  let o = [];
  return e.each(({ isLast: i, next: s }) => {
    o.push([r(), i ? n : ","]), i || o.push(za(e, t) ? [d2, d2] : F2(s, x.Leading | x.Line) ? d2 : T3);
  }, "elements"), Ln2(o);
}
function _i3(e) {
  return e.quasis.some((t) => t.value.raw.includes(`
`));
}
function io2(e, t) {
  return (e.type === "TemplateLiteral" && _i3(e) || e.type === "TaggedTemplateExpression" && _i3(e.quasi)) && !J3(t, b3(e), { backwards: true });
}
var ED = /* @__PURE__ */ new WeakMap();
function Qa(e) {
  return z3(ED, e, (t) => t.type === "ConditionalExpression" && !De3(t, (r) => r.type === "ObjectExpression"));
}
var dD = (e) => e.type === "SequenceExpression";
function Za(e, t, r, n = {}) {
  let o = [], i, s = [], u = false, a2 = !n.expandLastArg && e.node.body.type === "ArrowFunctionExpression", l2;
  (function k3() {
    let { node: I2 } = e, P2 = CD(e, t, r, n);
    if (o.length === 0) o.push(P2);
    else {
      let { leading: U3, trailing: H3 } = Rn2(e, t);
      o.push([U3, P2]), s.unshift(H3);
    }
    a2 && (u || (u = I2.returnType && te3(I2).length > 0 || I2.typeParameters || te3(I2).some((U3) => U3.type !== "Identifier"))), !a2 || I2.body.type !== "ArrowFunctionExpression" ? (i = r("body", n), l2 = I2.body) : e.call(k3, "body");
  })();
  let f = !Ie3(t.originalText, l2) && (dD(l2) || FD(l2, i, t) || !u && Qa(l2)), m = e.key === "callee" && Ct3(e.parent), C2 = /* @__PURE__ */ Symbol("arrow-chain"), g2 = xD(e, n, { signatureDocs: o, shouldBreak: u }), y3 = false, h2 = false, A2 = false;
  return a2 && (m || n.assignmentLayout) && (h2 = true, A2 = !F2(e.node, x.Leading & x.Line), y3 = n.assignmentLayout === "chain-tail-arrow-chain" || m && !f), i = AD(e, t, n, { bodyDoc: i, bodyComments: s, functionBody: l2, shouldPutBodyOnSameLine: f }), p2([p2(h2 ? D([A2 ? E2 : "", g2]) : g2, { shouldBreak: y3, id: C2 }), " =>", a2 ? kt3(i, { groupId: C2 }) : p2(i), a2 && m ? O3(E2, "", { groupId: C2 }) : ""]);
}
function CD(e, t, r, n) {
  let { node: o } = e, i = [];
  if (o.async && i.push("async "), Xn2(e, t)) i.push(r(["params", 0]));
  else {
    let u = n.expandLastArg || n.expandFirstArg, a2 = Vn2(e, r);
    if (u) {
      if (le3(a2)) throw new wt3();
      a2 = p2(Vt3(a2));
    }
    i.push(p2([$e2(e, t, r, u, true), a2]));
  }
  let s = R3(e, t, { marker: "commentBeforeArrow", separator: ({ previous: u, comment: a2 }) => B3(u) === b3(a2) ? "" : " " });
  return s && i.push(" ", s), i;
}
function FD(e, t, r) {
  return V3(e) || ae3(e) || e.type === "ArrowFunctionExpression" || e.type === "DoExpression" || e.type === "BlockStatement" || q2(e) || t.label?.hug !== false && (t.label?.embed || io2(e, r.originalText));
}
function xD(e, t, { signatureDocs: r, shouldBreak: n }) {
  if (r.length === 1) return r[0];
  let { parent: o, key: i } = e;
  return i !== "callee" && Ct3(o) || Pe3(o) ? p2([r[0], " =>", D([T3, L3([" =>", T3], r.slice(1))])], { shouldBreak: n }) : i === "callee" && Ct3(o) || t.assignmentLayout ? p2(L3([" =>", T3], r), { shouldBreak: n }) : p2(D(L3([" =>", T3], r)), { shouldBreak: n });
}
function AD(e, t, r, { bodyDoc: n, bodyComments: o, functionBody: i, shouldPutBodyOnSameLine: s }) {
  let { node: u, parent: a2 } = e, l2 = r.expandLastArg ? Le3(t, "all") : "", f = (r.expandLastArg || a2.type === "JSXExpressionContainer") && !F2(u) ? E2 : "";
  return s && Qa(i) ? [" ", p2([O3("", "("), D([E2, n]), O3("", ")"), l2, f]), o] : s ? [" ", n, o] : [D([T3, n, o]), l2, f];
}
var TD = 0.25;
function Kr3(e, t) {
  let { printWidth: r } = t;
  if (F2(e)) return false;
  let n = r * TD;
  if (e.type === "ThisExpression" || e.type === "Identifier" && e.name.length <= n || oo2(e) && !F2(e.argument)) return true;
  let o = e.type === "Literal" && "regex" in e && e.regex.pattern || e.type === "RegExpLiteral" && e.pattern;
  return o ? o.length <= n : G3(e) ? it3(Fe3(e), t).length <= n : e.type === "TemplateLiteral" ? e.expressions.length === 0 && e.quasis[0].value.raw.length <= n && !e.quasis[0].value.raw.includes(`
`) : e.type === "UnaryExpression" ? Kr3(e.argument, { printWidth: r }) : e.type === "CallExpression" && e.arguments.length === 0 && e.callee.type === "Identifier" ? e.callee.name.length <= n - 2 : sr3(e);
}
function Ut3(e) {
  return N2(e) || e.type === "BindExpression" && !!e.object;
}
function ep2(e) {
  if (e.length <= 1) return false;
  let t = 0;
  for (let r of e) if (vt3(r)) {
    if (t += 1, t > 1) return true;
  } else if (r = we3(r), M3(r)) {
    for (let n of pe3(r)) if (vt3(n)) return true;
  }
  return false;
}
function so2(e) {
  let { node: t, parent: r, key: n } = e;
  return n === "callee" && M3(t) && M3(r) && r.arguments.length > 0 && t.arguments.length > r.arguments.length;
}
var gD = /* @__PURE__ */ new Set(["!", "-", "+", "~"]);
var hD = S3(["Identifier", "ThisExpression", "Super", "PrivateName", "PrivateIdentifier"]);
function ut3(e, t = 2) {
  if (t <= 0) return false;
  let r = (n) => ut3(n, t - 1);
  if (e = we3(e), rn2(e)) return Tt3(e.pattern ?? e.regex.pattern) <= 5;
  if (sr3(e) || hD(e) || e.type === "ArgumentPlaceholder") return true;
  if (e.type === "TemplateLiteral") return e.quasis.every((n) => !n.value.raw.includes(`
`)) && e.expressions.every(r);
  if (ae3(e)) return e.properties.every((n) => !n.computed && (n.shorthand || n.value && r(n.value)));
  if (V3(e)) return e.elements.every((n) => n === null || r(n));
  if (Ct3(e)) {
    if (e.type === "ImportExpression" || ut3(e.callee, t)) {
      let n = pe3(e);
      return n.length <= t && n.every(r);
    }
    return false;
  }
  return N2(e) ? ut3(e.object, t) && ut3(e.property, t) : e.type === "UnaryExpression" && gD.has(e.operator) || e.type === "UpdateExpression" ? ut3(e.argument, t) : false;
}
function SD(e, t, r) {
  let { node: n } = e, o = pe3(n);
  if (o.length === 0) return p2(["(", Jt3(e, t), ")"]);
  let i = o.length - 1;
  if (PD(o)) {
    let m = ["("];
    return Rr3(e, (C2, g2) => {
      m.push(r()), g2 !== i && m.push(", ");
    }), m.push(")"), m;
  }
  let s = false, u = [];
  Rr3(e, ({ node: m }, C2) => {
    let g2 = r();
    C2 === i || (Ee3(m, t) ? (s = true, g2 = [g2, ",", d2, d2]) : g2 = [g2, ",", T3]), u.push(g2);
  });
  let a2 = e.root.type !== "NGRoot" && !(n.type === "ImportExpression" && !n.sync) && n.type !== "DeclareClassExtendsCall" && !Et3(n) && !dt3(n) ? Le3(t, "all") : "";
  function l2() {
    return p2(["(", D([T3, ...u]), a2, T3, ")"], { shouldBreak: true });
  }
  if (s || e.parent.type !== "Decorator" && ep2(o)) return l2();
  if (bD(o)) {
    let m = u.slice(1);
    if (m.some(le3)) return l2();
    let C2;
    try {
      C2 = r(Yo2(n, 0), { expandFirstArg: true });
    } catch (g2) {
      if (g2 instanceof wt3) return l2();
      throw g2;
    }
    return le3(C2) ? [We3, ft3([["(", p2(C2, { shouldBreak: true }), ", ", ...m, ")"], l2()])] : ft3([["(", C2, ", ", ...m, ")"], ["(", p2(C2, { shouldBreak: true }), ", ", ...m, ")"], l2()]);
  }
  if (BD(o, u, t)) {
    let m = u.slice(0, -1);
    if (m.some(le3)) return l2();
    let C2;
    try {
      C2 = r(Yo2(n, -1), { expandLastArg: true });
    } catch (g2) {
      if (g2 instanceof wt3) return l2();
      throw g2;
    }
    return le3(C2) ? [We3, ft3([["(", ...m, p2(C2, { shouldBreak: true }), ")"], l2()])] : ft3([["(", ...m, C2, ")"], ["(", ...m, p2(C2, { shouldBreak: true }), ")"], l2()]);
  }
  let f = ["(", D([E2, ...u]), a2, E2, ")"];
  return so2(e) ? f : p2(f, { shouldBreak: u.some(le3) || s });
}
function uo2(e, t = false) {
  if (ae3(e) && (e.properties.length > 0 || F2(e)) || V3(e) && (e.elements.length > 0 || F2(e)) || (fe3(e) || e.type === "TSTypeAssertion") && uo2(e.expression) || e.type === "FunctionExpression" || e.type === "DoExpression" || e.type === "ModuleExpression") return true;
  if (e.type === "ArrowFunctionExpression") {
    let { body: r } = e;
    if (r.type === "BlockStatement" || q2(r) || ae3(r) || V3(r) || r.type === "ArrowFunctionExpression" && uo2(r, true) || !t && (r.type === "ConditionalExpression" || M3(we3(r)))) return true;
  }
  return false;
}
function BD(e, t, r) {
  if (e.length === 1) {
    let i = w2(0, t, -1);
    if (i.label?.embed && i.label?.hug !== false) return true;
  }
  let n = w2(0, e, -1), o = w2(0, e, -2);
  return !F2(n, x.Leading) && !F2(n, x.Trailing) && uo2(n) && (!o || o.type !== n.type) && (e.length !== 2 || o.type !== "ArrowFunctionExpression" || !V3(n)) && !(e.length > 1 && Mi3(n, r));
}
function bD(e) {
  if (e.length !== 2) return false;
  let [t, r] = e;
  return t.type === "ModuleExpression" && ID(r) ? true : !F2(t) && (t.type === "FunctionExpression" || t.type === "ArrowFunctionExpression" && t.body.type === "BlockStatement") && r.type !== "FunctionExpression" && r.type !== "ArrowFunctionExpression" && r.type !== "ConditionalExpression" && rp2(r) && !uo2(r);
}
function rp2(e) {
  if (e.type === "ParenthesizedExpression") return rp2(e.expression);
  if (fe3(e) || e.type === "TypeCastExpression") {
    let { typeAnnotation: t } = e;
    if (t.type === "TypeAnnotation" && (t = t.typeAnnotation), t.type === "TSArrayType" && (t = t.elementType, t.type === "TSArrayType" && (t = t.elementType)), t.type === "GenericTypeAnnotation" || t.type === "TSTypeReference") {
      let { typeArguments: r } = t;
      r?.params.length === 1 && (t = r.params[0]);
    }
    return Cr3(t) && ut3(e.expression, 1);
  }
  return Ct3(e) && pe3(e).length > 1 ? false : Pe3(e) ? ut3(e.left, 1) && ut3(e.right, 1) : rn2(e) || ut3(e);
}
function PD(e) {
  return e.length === 2 ? tp2(e, 0) : e.length === 3 ? e[0].type === "Identifier" && tp2(e, 1) : false;
}
function tp2(e, t) {
  let r = e[t], n = e[t + 1];
  return r.type === "ArrowFunctionExpression" && te3(r).length === 0 && r.body.type === "BlockStatement" && n.type === "ArrayExpression" && e.every((o) => !F2(o));
}
function ID(e) {
  if (!(e.type === "ObjectExpression" && e.properties.length === 1)) return false;
  let [t] = e.properties;
  return Ue3(t) ? !t.computed && (t.key.type === "Identifier" && t.key.name === "type" || G3(t.key) && t.key.value === "type") && G3(t.value) && t.value.value === "module" : false;
}
var $r3 = SD;
function np(e, t, r) {
  return [r("object"), p2(D([E2, Ni3(e, t, r)]))];
}
function Ni3(e, t, r) {
  return ["::", r("callee")];
}
var kD = (e) => M3(e) && pe3(e).length > 0;
function wD(e) {
  let { node: t, ancestors: r } = e;
  for (let n of r) {
    if (!(N2(n) && n.object === t || be3(n) && n.expression === t)) return n.type === "NewExpression" && n.callee === t;
    t = n;
  }
  return false;
}
function op(e, t, r) {
  let n = r("object"), o = ji3(e, t, r), { node: i } = e, s = e.findAncestor((l2) => !(N2(l2) || be3(l2))), u = e.findAncestor((l2) => !Ge3(l2)), a2 = s.type === "BindExpression" || s.type === "AssignmentExpression" && s.left.type !== "Identifier" || wD(e) || i.computed || i.object.type === "Identifier" && i.property.type === "Identifier" && !N2(u) || (u.type === "AssignmentExpression" || u.type === "VariableDeclarator") && (kD(we3(i.object)) || n.label?.memberChain);
  return At2(n.label, [n, se3, a2 ? o : p2(D([E2, o]))]);
}
function ji3(e, t, r) {
  let n = r("property"), { node: o } = e, i = K3(e);
  return o.computed ? !o.property || xe3(o.property) ? [i, "[", n, "]"] : p2([i, "[", D([E2, n]), E2, "]"]) : [i, ".", n];
}
function LD(e, t, r) {
  let n = (e.parent.type === "ChainExpression" ? e.grandparent : e.parent).type === "ExpressionStatement", o = [];
  function i(_2) {
    let { originalText: ge3 } = t, Me3 = Ht3(ge3, B3(_2));
    return ge3.charAt(Me3) === ")" ? Me3 !== false && Kt3(ge3, Me3 + 1) : Ee3(_2, t);
  }
  function s() {
    let { node: _2 } = e;
    if (M3(_2) && (Ut3(_2.callee) || M3(_2.callee)) && !ie3(e, t)) {
      let ge3 = i(_2);
      o.unshift({ node: _2, hasTrailingEmptyLine: ge3, printed: [Z3(e, [K3(e), r("typeArguments"), $r3(e, t, r)], t), ge3 ? d2 : ""] }), e.call(s, "callee");
    } else Ut3(_2) && !ie3(e, t) ? (o.unshift({ node: _2, printed: Z3(e, N2(_2) ? ji3(e, t, r) : Ni3(e, t, r), t) }), e.call(s, "object")) : _2.type === "ChainExpression" && !ie3(e, t) ? e.call(s, "expression") : be3(_2) && !ie3(e, t) ? (o.unshift({ node: _2, printed: Z3(e, "!", t) }), e.call(s, "expression")) : o.unshift({ node: _2, printed: r() });
  }
  let { node: u } = e;
  o.unshift({ node: u, printed: [K3(e), r("typeArguments"), $r3(e, t, r)] }), u.callee && e.call(s, "callee");
  let a2 = [], l2 = [o[0]], f = 1;
  for (; f < o.length && (be3(o[f].node) || o[f].node.type === "ChainExpression" || M3(o[f].node) || N2(o[f].node) && o[f].node.computed && xe3(o[f].node.property)); ++f) l2.push(o[f]);
  if (!M3(o[0].node)) for (; f + 1 < o.length && (Ut3(o[f].node) && Ut3(o[f + 1].node)); ++f) l2.push(o[f]);
  a2.push(l2), l2 = [];
  let m = false;
  for (; f < o.length; ++f) {
    if (m && Ut3(o[f].node)) {
      if (o[f].node.computed && xe3(o[f].node.property)) {
        l2.push(o[f]);
        continue;
      }
      a2.push(l2), l2 = [], m = false;
    }
    (M3(o[f].node) || o[f].node.type === "ImportExpression") && (m = true), l2.push(o[f]), F2(o[f].node, x.Trailing) && !be3(o[f + 1]?.node) && (a2.push(l2), l2 = [], m = false);
  }
  l2.length > 0 && a2.push(l2);
  function C2(_2) {
    return /^[A-Z]|^[$_]+$/.test(_2);
  }
  function g2(_2) {
    return _2.length <= t.tabWidth;
  }
  function y3(_2) {
    let ge3 = _2[1][0]?.node.computed;
    if (_2[0].length === 1) {
      let Bt3 = _2[0][0].node;
      return (Bt3.type === "ThisExpression" || Bt3.type === "Identifier" && (C2(Bt3.name) || n && g2(Bt3.name) || ge3)) && !F2(Bt3, x.Trailing);
    }
    let Me3 = w2(0, _2[0], -1).node;
    return N2(Me3) && Me3.property.type === "Identifier" && (C2(Me3.property.name) || ge3);
  }
  let h2 = a2.length >= 2 && !F2(a2[1][0].node) && y3(a2);
  function A2(_2) {
    return _2.map((ge3) => ge3.printed);
  }
  function k3(_2) {
    return _2.length === 0 ? "" : D([d2, L3(d2, _2.map(A2))]);
  }
  let I2 = a2.map(A2), P2 = I2, U3 = h2 ? 3 : 2, H3 = a2.flat(), me3 = H3.slice(1, -1).some((_2) => F2(_2.node, x.Leading)) || H3.slice(0, -1).some((_2) => F2(_2.node, x.Trailing)) || a2[U3] && F2(a2[U3][0].node, x.Leading);
  if (a2.length <= U3 && !me3 && a2.every((_2) => !w2(0, _2, -1).hasTrailingEmptyLine)) return so2(e) ? P2 : p2(P2);
  let de3 = w2(0, a2[h2 ? 1 : 0], -1).node, ee3 = !M3(de3) && i(de3), Te3 = [A2(a2[0]), h2 ? a2.slice(1, 2).map(A2) : "", ee3 ? d2 : "", k3(a2.slice(h2 ? 2 : 1))], Ce3 = o.map(({ node: _2 }) => _2).filter(M3);
  function St2() {
    let _2 = w2(0, w2(0, a2, -1), -1).node, ge3 = w2(0, I2, -1);
    return M3(_2) && le3(ge3) && Ce3.slice(0, -1).some((Me3) => Me3.arguments.some(vt3));
  }
  let Mt3;
  return me3 || Ce3.length > 2 && Ce3.some((_2) => _2.arguments.some((ge3) => !ut3(ge3))) || I2.slice(0, -1).some(le3) || St2() ? Mt3 = p2(Te3) : Mt3 = [le3(P2) || ee3 ? We3 : "", ft3([P2, Te3])], At2({ memberChain: true }, Mt3);
}
var ip = LD;
function Dt3(e, t, r) {
  let { node: n } = e, o = n.type === "NewExpression", i = K3(e), s = pe3(n), u = n.type !== "TSImportType" && n.typeArguments ? [r("typeArguments"), se3] : "", a2 = s.length === 1 && io2(s[0], t.originalText);
  if (a2 || MD(e) || _D(e) || $t3(n, e.parent)) {
    let m = [];
    if (Rr3(e, () => {
      m.push(r());
    }), !(a2 && m[0].label?.embed)) return [sp(e, r), i, u, "(", L3(", ", m), ")"];
  }
  let l2 = n.type === "ImportExpression" || Et3(n) || dt3(n);
  if (!l2 && !o && Ut3(n.callee) && !e.call(() => ie3(e, t), "callee", ...n.callee.type === "ChainExpression" ? ["expression"] : [])) return ip(e, t, r);
  let f = [sp(e, r), i, u, $r3(e, t, r)];
  return l2 || M3(n.callee) ? p2(f) : f;
}
function sp(e, t) {
  let { node: r } = e;
  return r.type === "ImportExpression" ? `import${r.phase ? `.${r.phase}` : ""}${r.sync ? ".sync" : ""}` : Et3(r) ? "import" : dt3(r) ? "require" : [r.type === "NewExpression" ? "new " : "", t("callee"), se3];
}
var OD = ["require", "require.resolve", "require.resolve.paths", "import.meta.resolve"];
function MD(e) {
  let { node: t } = e;
  if (!(t.type === "ImportExpression" || Et3(t) || dt3(t) || t.type === "CallExpression" && !t.optional && Fr2(t.callee, OD))) return false;
  let r = pe3(t);
  return r.length === 1 && G3(r[0]) && !F2(r[0]);
}
function _D(e) {
  let { node: t } = e;
  if (t.type !== "CallExpression" || t.optional || t.callee.type !== "Identifier") return false;
  let r = pe3(t);
  return t.callee.name === "require" ? (r.length === 1 && G3(r[0]) || r.length > 1) && !F2(r[0]) : t.callee.name === "define" && e.parent.type === "ExpressionStatement" ? r.length === 1 || r.length === 2 && r[0].type === "ArrayExpression" || r.length === 3 && G3(r[0]) && r[1].type === "ArrayExpression" : false;
}
function at3(e, t, r, n, o, i) {
  let s = ND(e, t, r, n, i), u = i ? r(i, { assignmentLayout: s }) : "";
  switch (s) {
    case "break-after-operator":
      return p2([p2(n), o, p2(D([T3, u]))]);
    case "never-break-after-operator":
      return p2([p2(n), o, " ", u]);
    case "fluid": {
      let a2 = /* @__PURE__ */ Symbol("assignment");
      return p2([p2(n), o, p2(D(T3), { id: a2 }), se3, kt3(u, { groupId: a2 })]);
    }
    case "break-lhs":
      return p2([n, o, " ", p2(u)]);
    case "chain":
      return [p2(n), o, T3, u];
    case "chain-tail":
      return [p2(n), o, D([T3, u])];
    case "chain-tail-arrow-chain":
      return [p2(n), o, u];
    case "only-left":
      return n;
  }
}
function pp(e, t, r) {
  let { node: n } = e;
  return at3(e, t, r, r("left"), [" ", n.operator], "right");
}
function cp(e, t, r) {
  return at3(e, t, r, r("id"), " =", "init");
}
function ND(e, t, r, n, o) {
  let { node: i } = e, s = i[o];
  if (!s) return "only-left";
  let u = !ao2(s);
  if (e.match(ao2, lp, (C2) => !u || C2.type !== "ExpressionStatement" && C2.type !== "VariableDeclaration")) return u ? s.type === "ArrowFunctionExpression" && s.body.type === "ArrowFunctionExpression" ? "chain-tail-arrow-chain" : "chain-tail" : "chain";
  if (!u && ao2(s.right) || ue3(s) && !Qt3(s) || Ie3(t.originalText, s) || F2(s, x.Leading, to2)) return "break-after-operator";
  if (i.type === "ImportAttribute" || s.type === "CallExpression" && s.callee.name === "require" || e.root.type === "JsonRoot") return "never-break-after-operator";
  let f = mu2(n);
  if (vD(i) || JD(i) || vi3(i) && f) return "break-lhs";
  let m = GD(i, n, t);
  return e.call(() => jD(e, t, r, m), o) ? "break-after-operator" : RD(i) ? "break-lhs" : !f && (m || s.type === "TemplateLiteral" || s.type === "TaggedTemplateExpression" || ms2(s) || xe3(s) || s.type === "ClassExpression") ? "never-break-after-operator" : "fluid";
}
function jD(e, t, r, n) {
  let o = e.node;
  if (Pe3(o) && !Br3(o)) return true;
  switch (o.type) {
    case "StringLiteralTypeAnnotation":
    case "SequenceExpression":
      return true;
    case "TSConditionalType":
    case "ConditionalTypeAnnotation":
      if (!t.experimentalTernaries && !qD(o)) break;
      return true;
    case "ConditionalExpression": {
      if (!t.experimentalTernaries) {
        let { test: l2 } = o;
        return Pe3(l2) && !Br3(l2);
      }
      let { consequent: u, alternate: a2 } = o;
      return u.type === "ConditionalExpression" || a2.type === "ConditionalExpression";
    }
    case "ClassExpression":
      return j3(o.decorators);
  }
  if (n) return false;
  let i = o, s = [];
  for (; ; ) if (i.type === "UnaryExpression" || i.type === "AwaitExpression" || i.type === "YieldExpression" && i.argument !== null) i = i.argument, s.push("argument");
  else if (be3(i)) i = i.expression, s.push("expression");
  else break;
  return !!(G3(i) || e.call(() => mp(e, t, r), ...s));
}
function vD(e) {
  if (lp(e)) {
    let t = e.left || e.id;
    return t.type === "ObjectPattern" && t.properties.length > 2 && t.properties.some((r) => Ue3(r) && (!r.shorthand || r.value?.type === "AssignmentPattern"));
  }
  return false;
}
function ao2(e) {
  return e.type === "AssignmentExpression";
}
function lp(e) {
  return ao2(e) || e.type === "VariableDeclarator";
}
function RD(e) {
  let t = WD(e);
  if (j3(t)) {
    let r = e.type === "TSTypeAliasDeclaration" ? "constraint" : "bound";
    if (t.length > 1 && t.some((n) => n[r] || n.default)) return true;
  }
  return false;
}
function WD(e) {
  if (nn2(e)) return e.typeParameters?.params;
}
function JD(e) {
  if (e.type !== "VariableDeclarator") return false;
  let { typeAnnotation: t } = e.id;
  if (!t || !t.typeAnnotation) return false;
  let r = up(t.typeAnnotation);
  return j3(r) && r.length > 1 && r.some((n) => j3(up(n)) || n.type === "TSConditionalType");
}
function vi3(e) {
  return e.type === "VariableDeclarator" && e.init?.type === "ArrowFunctionExpression";
}
function up(e) {
  let t;
  switch (e.type) {
    case "GenericTypeAnnotation":
    case "TSTypeReference":
      t = e.typeArguments;
      break;
  }
  return t?.params;
}
function mp(e, t, r, n = false) {
  let { node: o } = e, i = () => mp(e, t, r, true);
  if (Ge3(o)) return e.call(i, "expression");
  if (M3(o)) {
    if (Dt3(e, t, r).label?.memberChain) return false;
    let u = pe3(o);
    return !(u.length === 0 || u.length === 1 && Kr3(u[0], t)) || UD(o, r) ? false : e.call(i, "callee");
  }
  return N2(o) ? e.call(i, "object") : n && (o.type === "Identifier" || o.type === "ThisExpression");
}
function GD(e, t, r) {
  return Ue3(e) ? (t = yr3(t), typeof t == "string" && Tt3(t) < r.tabWidth + 3) : false;
}
function UD(e, t) {
  let r = e.typeArguments?.params;
  if (j3(r)) {
    if (r.length > 1) return true;
    if (r.length === 1) {
      let n = r[0];
      if (ue3(n) || bt2(n) || n.type === "TSTypeLiteral" || n.type === "ObjectTypeAnnotation") return true;
    }
    if (le3(t("typeArguments"))) return true;
  }
  return false;
}
function ap(e) {
  switch (e.type) {
    case "FunctionTypeAnnotation":
    case "ConstructorTypeAnnotation":
    case "TSFunctionType":
    case "TSConstructorType":
      return !!e.typeParameters;
    case "GenericTypeAnnotation":
    case "TSTypeReference":
      return !!e.typeArguments;
    default:
      return false;
  }
}
function qD(e) {
  return ap(e.checkType) || ap(e.extendsType);
}
function fp(e, t, r) {
  let { node: n } = e, o = ["await"];
  if (n.argument) {
    o.push(" ", r("argument"));
    let { parent: i } = e;
    if (M3(i) && i.callee === n || N2(i) && i.object === n) {
      o = [D([E2, ...o]), E2];
      let s = e.findAncestor((u) => u.type === "AwaitExpression" || u.type === "BlockStatement");
      if (s?.type !== "AwaitExpression" || !De3(s.argument, (u) => u === n)) return p2(o);
    }
  }
  return o;
}
var YD = Array.prototype.findLast ?? function(e) {
  for (let t = this.length - 1; t >= 0; t--) {
    let r = this[t];
    if (e(r, t, this)) return r;
  }
};
var HD = nr3("findLast", function() {
  if (Array.isArray(this)) return YD;
});
var Dp = HD;
function zr3(e, t, r, n) {
  let { node: o } = e, i = [], s = Dp(0, o[n], (u) => u.type !== "EmptyStatement");
  return e.each(({ node: u }) => {
    u.type !== "EmptyStatement" && (i.push(r()), u !== s && (i.push(d2), Ee3(u, t) && i.push(d2)));
  }, n), i;
}
function po2(e, t, r) {
  let n = XD(e, t, r), { node: o, parent: i } = e;
  if (o.type === "Program" && i?.type !== "ModuleExpression") return n ? [n, d2] : "";
  let s = [];
  if (o.type === "StaticBlock" && s.push("static "), s.push("{"), n) s.push(D([d2, n]), d2);
  else {
    let u = e.grandparent;
    i.type === "ArrowFunctionExpression" || i.type === "FunctionExpression" || i.type === "FunctionDeclaration" || i.type === "ComponentDeclaration" || i.type === "HookDeclaration" || i.type === "ObjectMethod" || i.type === "ClassMethod" || i.type === "ClassPrivateMethod" || i.type === "ForStatement" || i.type === "WhileStatement" || i.type === "DoWhileStatement" || i.type === "DoExpression" || i.type === "ModuleExpression" || i.type === "CatchClause" && !u.finalizer || pn2(i) || i.type === "MatchStatementCase" || o.type === "StaticBlock" || s.push(d2);
  }
  return s.push("}"), s;
}
function XD(e, t, r) {
  let { node: n } = e, o = j3(n.directives), i = n.body.some((a2) => a2.type !== "EmptyStatement"), s = F2(n, x.Dangling);
  if (!o && !i && !s) return "";
  let u = [];
  return o && (u.push(zr3(e, t, r, "directives")), (i || s) && (u.push(d2), Ee3(w2(0, n.directives, -1), t) && u.push(d2))), i && u.push(zr3(e, t, r, "body")), s && u.push(R3(e, t)), u;
}
function VD(e) {
  let t = /* @__PURE__ */ new WeakMap();
  return (r) => z3(t, r, () => Symbol(e));
}
var yp = VD;
var Ep = ["properties", "indexers", "callProperties", "internalSlots"];
function dp(e, t) {
  let { node: r } = e;
  if (r.type === "ClassBody" || r.type === "StructBody" || r.type === "TSInterfaceBody") {
    e.each(t, "body");
    return;
  }
  if (r.type === "TSTypeLiteral") {
    e.each(t, "members");
    return;
  }
  if (r.type === "RecordDeclarationBody") {
    e.each(t, "elements");
    return;
  }
  if (r.type === "ObjectTypeAnnotation") {
    let n = Ep.flatMap((o) => e.map(({ node: i, index: s }) => ({ node: i, loc: b3(i), selector: [o, s] }), o)).sort((o, i) => o.loc - i.loc);
    for (let [o, { node: i, selector: s }] of n.entries()) e.call(() => t({ node: i, next: n[o + 1]?.node, isLast: o === n.length - 1 }), ...s);
  }
}
function Cp(e) {
  if (e.type === "ObjectTypeAnnotation") return Ep.some((r) => j3(e[r]));
  let t = e.type === "RecordDeclarationBody" ? e.elements : e.body;
  return j3(t);
}
function tr3(e, t, r) {
  let { node: n } = e, o = [], i = n.type === "ObjectTypeAnnotation", s = n.type === "RecordDeclarationBody", u = !xp(e), a2 = u ? T3 : d2, l2 = F2(n, x.Dangling), [f, m] = i && n.exact ? ["{|", "|}"] : "{}", C2 = true, g2;
  if (dp(e, ({ node: y3, next: h2, isLast: A2 }) => {
    if (g2 ?? (g2 = y3), C2 && (C2 = false), o.push(r()), !s && u && i) {
      let { parent: k3 } = e;
      k3.inexact || !A2 ? o.push(",") : o.push(Le3(t));
    }
    s && y3.type !== "MethodDefinition" && o.push(","), !s && !u && (KD({ node: y3, next: h2 }, t) || Tp({ node: y3, next: h2 }, t)) && o.push(";"), A2 || (o.push(a2), Ee3(y3, t) && o.push(d2));
  }), l2 && o.push(R3(e, t)), n.type === "ObjectTypeAnnotation" && n.inexact) {
    C2 && (C2 = false);
    let y3;
    F2(n, x.Dangling) ? y3 = [F2(n, x.Line) || J3(t.originalText, B3(w2(0, ne3(n), -1))) ? d2 : T3, "..."] : y3 = [g2 ? T3 : "", "..."], o.push(y3);
  }
  if (u) {
    let y3 = F2(n, x.Dangling | x.Line) || t.objectWrap === "preserve" && g2 && re3(t.originalText, b3(n), b3(g2)), h2;
    if (o.length === 0) h2 = f + m;
    else {
      let A2 = !t.bracketSpacing || C2 && !y3 ? E2 : T3;
      h2 = [f, D([A2, ...o]), A2, m];
    }
    return e.match(void 0, (A2, k3) => k3 === "typeAnnotation", (A2, k3) => k3 === "typeAnnotation", zt3) || e.match(void 0, (A2, k3) => A2.type === "FunctionTypeParam" && k3 === "typeAnnotation", zt3) ? h2 : p2(h2, { shouldBreak: y3 });
  }
  return [f, o.length > 0 ? [D([d2, o]), d2] : "", m];
}
function xp(e) {
  let { node: t } = e;
  if (t.type === "ObjectTypeAnnotation") {
    let { key: r, parent: n } = e;
    return r === "body" && (n.type === "InterfaceDeclaration" || n.type === "DeclareInterface" || n.type === "DeclareClass");
  }
  return t.type === "ClassBody" || t.type === "StructBody" || t.type === "TSInterfaceBody" || t.type === "RecordDeclarationBody";
}
function ke3(e, t) {
  let { parent: r } = e;
  return e.callParent(xp) ? r.type === "ObjectTypeAnnotation" ? ";" : v2(t) : r.type === "TSTypeLiteral" ? e.isLast ? t.semi ? O3(";") : "" : t.semi || Tp({ node: e.node, next: e.next }, t) ? ";" : O3("", ";") : "";
}
var Fp = S3(["ClassProperty", "PropertyDefinition", "ClassPrivateProperty", "ClassAccessorProperty", "AccessorProperty", "AbstractPropertyDefinition", "TSAbstractPropertyDefinition", "TSAbstractAccessorProperty"]);
var Ap = (e) => {
  if (e.computed || e.typeAnnotation) return false;
  let { type: t, name: r } = e.key;
  return t === "Identifier" && (r === "static" || r === "get" || r === "set");
};
function KD({ node: e, next: t }, r) {
  if (r.semi || !Fp(e)) return false;
  if (!e.value && Ap(e)) return true;
  if (!t || t.static || t.accessibility || t.readonly) return false;
  if (!t.computed && t.key?.type === "Identifier") {
    let { name: n } = t.key;
    if (n === "in" || n === "instanceof") return true;
  }
  if (Fp(t) && t.type !== "AbstractPropertyDefinition" && !t.static && t.variance && !t.declare) return true;
  switch (t.type) {
    case "ClassProperty":
    case "PropertyDefinition":
    case "AbstractPropertyDefinition":
    case "TSAbstractPropertyDefinition":
      return t.computed;
    case "MethodDefinition":
    case "AbstractMethodDefinition":
    case "TSAbstractMethodDefinition":
    case "ClassMethod":
    case "ClassPrivateMethod": {
      if ((t.value ? t.value.async : t.async) || t.kind === "get" || t.kind === "set") return false;
      let o = t.value ? t.value.generator : t.generator;
      return !!(t.computed || o);
    }
    case "TSIndexSignature":
      return true;
  }
  return false;
}
var $D = S3(["TSPropertySignature"]);
function Tp({ node: e, next: t }, r) {
  return r.semi || !$D(e) ? false : Ap(e) ? true : t && t.type === "TSCallSignatureDeclaration" ? !(e.type === "TSPropertySignature" && e.typeAnnotation) : false;
}
var zD = yp("heritageGroup");
var QD = S3(["TSInterfaceDeclaration", "DeclareInterface", "InterfaceDeclaration", "InterfaceTypeAnnotation"]);
function Pr3(e, t, r) {
  let n = ZD(e, t, r), { node: o } = e;
  if (o.type === "ClassExpression" && j3(o.decorators)) {
    let i = no2(e, t, r);
    return ie3(e, t) ? [D([E2, i, n]), E2] : [i, n];
  }
  return n;
}
function ZD(e, t, r) {
  let { node: n } = e, o = QD(n), i = o ? "interface" : n.type === "RecordDeclaration" ? "record" : n.type === "StructDeclaration" ? "struct" : "class", s = [Q3(e), Wt3(e), i], u = hp(e), a2 = [], l2 = [];
  if (n.type !== "InterfaceTypeAnnotation") {
    n.id && a2.push(" ");
    for (let m of ["id", "typeParameters"]) if (n[m]) {
      let { leading: C2, trailing: g2 } = e.call(() => Rn2(e, t), m);
      a2.push(C2, r(m), D(g2));
    }
  }
  if (n.superClass) {
    let m = [ry(e, t, r)];
    n.superTypeArguments && m.push(r("superTypeArguments")), m = ["extends ", q2(n.superClass) && !xt3(n.superClass) ? m : e.call(() => Z3(e, m, t), "superClass")], u ? l2.push(T3, p2(m)) : l2.push(" ", m);
  } else l2.push(Ri3(e, t, r, "extends"));
  l2.push(Ri3(e, t, r, "mixins"), Ri3(e, t, r, "implements"));
  let f;
  return u ? (f = zD(n), s.push(p2([...a2, D(l2)], { id: f }))) : s.push(...a2, ...l2), !o && u && Cp(n.body) ? s.push(O3(d2, " ", { groupId: f })) : s.push(" "), s.push(r("body")), s;
}
function gp(e) {
  let t = e.superClass ? 1 : 0;
  for (let r of ["extends", "mixins", "implements"]) if (Array.isArray(e[r]) && (t += e[r].length), t > 1) return true;
  return t > 1;
}
function ey(e) {
  let { node: t } = e;
  if (F2(t.id, x.Trailing) || F2(t.typeParameters, x.Trailing) || F2(t.superClass) || gp(t)) return true;
  if (t.superClass) return e.parent.type === "AssignmentExpression" ? false : !t.superTypeArguments && N2(we3(t.superClass));
  let r = t.extends?.[0] ?? t.mixins?.[0] ?? t.implements?.[0];
  return r ? r.type === "InterfaceExtends" && r.id.type === "QualifiedTypeIdentifier" && !r.typeArguments || (r.type === "TSClassImplements" || r.type === "TSInterfaceHeritage") && N2(r.expression) && !r.typeArguments : false;
}
var ty = /* @__PURE__ */ new WeakMap();
function hp(e) {
  return z3(ty, e.node, () => ey(e));
}
function Ri3(e, t, r, n) {
  let { node: o } = e;
  if (!j3(o[n])) return "";
  let i = R3(e, t, { marker: n }), s = L3([",", T3], e.map(r, n));
  if (!gp(o)) {
    let u = [`${n} `, i, s];
    return hp(e) ? [T3, p2(u)] : [" ", u];
  }
  return [T3, i, i && d2, n, p2(D([T3, s]))];
}
function ry(e, t, r) {
  let n = r("superClass"), { parent: o } = e;
  return o.type === "AssignmentExpression" ? p2(O3(["(", D([E2, n]), E2, ")"], n)) : n;
}
function Ir3(e, t, r) {
  let { node: n } = e, o = [];
  return j3(n.decorators) && o.push(Oi3(e, t, r)), o.push(Lt3(n)), n.static && o.push("static "), o.push(Wt3(e)), n.override && o.push("override "), o.push(Vr3(e, t, r)), o;
}
function kr3(e, t, r) {
  let { node: n } = e, o = [];
  j3(n.decorators) && o.push(Oi3(e, t, r)), o.push(Q3(e), Lt3(n)), n.static && o.push("static "), o.push(Wt3(e)), n.override && o.push("override "), n.readonly && o.push("readonly "), n.variance && o.push(r("variance")), (n.type === "ClassAccessorProperty" || n.type === "AccessorProperty" || n.type === "TSAbstractAccessorProperty") && o.push("accessor "), o.push(Oe3(e, t, r), K3(e), Jn2(e), W3(e, r));
  let i = un2(n) || n.type === "TSAbstractAccessorProperty";
  return [at3(e, t, r, o, " =", i ? void 0 : "value"), v2(t)];
}
function ny(e, t) {
  let r = ne3(e, x.Leading);
  if (r.length === 0) return false;
  let [n] = r, o = t.originalText, i = b3(n);
  return re3(o, i, B3(n)) || J3(o, i, { backwards: true });
}
function ht3(e, t, r, n = "body") {
  return e.call(({ node: o }) => {
    let i = r();
    if (o.type === "EmptyStatement") return F2(o, x.Leading) ? [" ", i] : i;
    let s = o.type === "BlockStatement";
    return ny(o, t) ? s ? [d2, i] : D([d2, i]) : s || o.type === "IfStatement" && e.parent.type === "IfStatement" && e.key === "alternate" ? [" ", i] : D([T3, i]);
  }, n);
}
var Sp = (e, t, r) => ht3(e, t, r, "consequent");
var Bp = (e, t, r) => ht3(e, t, r, "alternate");
function bp(e, t, r) {
  return [p2(["do", ht3(e, t, r)]), e.node.body.type === "BlockStatement" ? " " : d2, "while (", xr3(e, t, r), ")", v2(t)];
}
var oy = S3(["TSAsExpression", "TSTypeAssertion", "TSNonNullExpression", "TSInstantiationExpression", "TSSatisfiesExpression"]);
function Wi3(e) {
  return oy(e) ? Wi3(e.expression) : e;
}
var Pp = S3(["FunctionExpression", "ArrowFunctionExpression"]);
function Ip(e) {
  return e.type === "MemberExpression" || e.type === "OptionalMemberExpression" || e.type === "Identifier" && e.name !== "undefined";
}
function iy(e, t) {
  if (Ti2(e, t)) {
    let r = Wi3(e.node.expression);
    return Pp(r) || Ip(r);
  }
  return !(!t.semi || xi3(e, t) || Ai3(e, t));
}
function kp(e, t, r) {
  let n = [r("expression")];
  if (Kn2(e, t)) {
    if ($n2(e, t)) {
      let { node: o } = e, i = w2(0, ne3(o, x.Leading), -1), s = vn2(e, t, { filter: (u) => u === i });
      return Z3(e, [";", s, ...n], t, { filter: (u) => u !== i });
    }
    n.unshift(";");
  } else iy(e, t) && n.push(";");
  return n;
}
function wp(e, t, r) {
  let { node: n } = e, o = ht3(e, t, r), i = R3(e, t), s = i ? [i, E2] : "";
  return !n.init && !n.test && !n.update ? [s, p2(["for (;;)", o])] : [s, p2(["for (", p2([D([E2, r("init"), ";", T3, r("test"), ";", n.update ? [T3, r("update")] : ""]), E2]), ")", o])];
}
function Lp(e, t, r) {
  let { node: n } = e, o = n.type === "ForOfStatement";
  return p2(["for", o && n.await ? " await" : "", " (", r("left"), ye3(1, se3), " ", o ? "of" : "in", " ", r("right"), ")", ht3(e, t, r)]);
}
function Op(e, t, r) {
  if (t.__isVueBindings || t.__isVueForBindingLeft) {
    let n = e.map(r, "program", "body", 0, "params");
    if (n.length === 1) return n[0];
    let o = L3([",", T3], n);
    return t.__isVueForBindingLeft ? ["(", D([E2, p2(o)]), E2, ")"] : o;
  }
  if (t.__isEmbeddedTypescriptGenericParameters) {
    let n = e.map(r, "program", "body", 0, "typeParameters", "params");
    return L3([",", T3], n);
  }
}
function sy(e) {
  return e.match(({ name: t }) => t === "of", (t, r) => t.type === "VariableDeclarator" && r === "id", (t, r) => t.type === "VariableDeclaration" && t.kind === "using" && r === "declarations", (t, r) => t.type === "ForOfStatement" && r === "left") || e.match(({ name: t }) => t === "async", (t, r) => t.type === "ExportDefaultSpecifier" && r === "exported", (t, r) => t.type === "ExportNamedDeclaration" && r === "specifiers");
}
var uy = (e) => `${e.slice(0, -1)}\\u{${e.codePointAt(e.length - 1).toString(16)}}`;
var ay = (e) => {
  let { node: { name: t } } = e;
  return sy(e) ? uy(t) : t;
};
function Mp(e, t, r) {
  return [ay(e), K3(e), Jn2(e), W3(e, r)];
}
var _p = (e, { originalText: t }) => Hr3(t, b3(e));
function co2(e) {
  return Ne3(w2(0, ne3(e, x.Dangling), -1));
}
function Np(e, t, r) {
  let { node: n } = e, o = p2(["if (", xr3(e, t, r), ")", Sp(e, t, r)]);
  if (!n.alternate) return o;
  let { consequent: i } = n, s = i.type === "BlockStatement", u = [o], a2 = s;
  s || (u.push(d2), a2 = false);
  let l2 = ne3(n, x.Dangling);
  if (l2.length > 0) {
    let [f] = l2;
    _p(f, t) ? u.push(s ? [d2, d2] : d2) : J3(t.originalText, b3(f), { backwards: true }) ? u.push(s ? d2 : "") : u.push(" "), u.push(R3(e, t), co2(n) || J3(t.originalText, B3(w2(0, l2, -1))) ? d2 : " "), a2 = false;
  }
  return u.push(a2 ? " " : "", "else", p2(Bp(e, t, r))), u;
}
function Rp(e, t) {
  let { node: r } = e;
  switch (r.type) {
    case "RegExpLiteral":
      return jp(r);
    case "BigIntLiteral":
      return lo2(r.extra.raw);
    case "NumericLiteral":
      return Gt3(r.extra.raw);
    case "StringLiteral":
      return Ke3(it3(r.extra.raw, t));
    case "NullLiteral":
      return "null";
    case "BooleanLiteral":
      return String(r.value);
    case "DirectiveLiteral":
      return vp(r.extra.raw, t);
    case "Literal": {
      if (r.regex) return jp(r.regex);
      if (r.bigint) return lo2(r.raw);
      let { value: n } = r;
      return typeof n == "number" ? Gt3(r.raw) : typeof n == "string" ? py(e) ? vp(r.raw, t) : Ke3(it3(r.raw, t)) : String(n);
    }
  }
}
function py(e) {
  if (e.key !== "expression") return;
  let { parent: t } = e;
  return t.type === "ExpressionStatement" && typeof t.directive == "string";
}
function lo2(e) {
  return e.toLowerCase();
}
function jp({ pattern: e, flags: t }) {
  return t = [...t].sort().join(""), `/${e}/${t}`;
}
var cy = "use strict";
function vp(e, t) {
  let r = e.slice(1, -1);
  if (r === cy || !(r.includes('"') || r.includes("'"))) {
    let n = t.singleQuote ? "'" : '"';
    return n + r + n;
  }
  return e;
}
var Wp = S3(["ImportDeclaration", "ExportDefaultDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "DeclareExportDeclaration", "DeclareExportAllDeclaration"]);
function yt3(e, t, r) {
  let { node: n, parent: o } = e, i = cn2(n), s = Wp(n), u = n.type === "EnumBody" && n.hasUnknownMembers, a2 = i ? "members" : s ? "attributes" : jr3(n) ? "exportsFilter" : "properties", l2 = n[a2], f = i || n.type === "ObjectPattern" && o.type !== "FunctionDeclaration" && o.type !== "FunctionExpression" && o.type !== "ArrowFunctionExpression" && o.type !== "ObjectMethod" && o.type !== "ClassMethod" && o.type !== "ClassPrivateMethod" && o.type !== "AssignmentPattern" && o.type !== "CatchClause" && n.properties.some((h2) => h2.value && (h2.value.type === "ObjectPattern" || h2.value.type === "ArrayPattern")) || n.type !== "ObjectPattern" && t.objectWrap === "preserve" && l2.length > 0 && ly(n, l2[0], t), m = [], C2 = e.map(({ node: h2 }) => {
    let A2 = [...m, r()];
    return m = [",", T3], Ee3(h2, t) && m.push(d2), A2;
  }, a2);
  if (u) {
    let h2;
    if (F2(n, x.Dangling)) {
      let A2 = F2(n, x.Line);
      h2 = [R3(e, t), A2 || J3(t.originalText, B3(w2(0, ne3(n), -1))) ? d2 : T3, "..."];
    } else h2 = ["..."];
    C2.push([...m, ...h2]);
  }
  let g2 = !(u || w2(0, l2, -1)?.type === "RestElement"), y3;
  if (C2.length === 0) y3 = p2(["{", Jt3(e, t), "}", K3(e), W3(e, r)]);
  else {
    let h2 = t.bracketSpacing ? T3 : E2;
    y3 = ["{", D([h2, ...C2]), g2 ? Le3(t) : "", h2, "}", K3(e), W3(e, r)];
  }
  return e.match((h2) => h2.type === "ObjectPattern" && !j3(h2.decorators), zt3) || Xe3(n) && (e.match(void 0, (h2, A2) => A2 === "typeAnnotation", (h2, A2) => A2 === "typeAnnotation", zt3) || e.match(void 0, (h2, A2) => h2.type === "FunctionTypeParam" && A2 === "typeAnnotation", zt3)) || !f && e.match((h2) => h2.type === "ObjectPattern", (h2) => h2.type === "AssignmentExpression" || h2.type === "VariableDeclarator") ? y3 : p2(y3, { shouldBreak: f });
}
function ly(e, t, r) {
  let n = r.originalText, o = b3(t), i = b3(e);
  return Wp(e) && (i = oe3(r).lastIndexOf("{", o)), re3(n, i, o);
}
function Jp(e, t, r) {
  let { node: n } = e;
  return ["import", n.phase ? ` ${n.phase}` : "", Gi3(n), qp(e, t, r), Up(e, t, r), Hp(e, t, r), v2(t)];
}
var Gp = (e) => e.type === "ExportDefaultDeclaration" || e.type === "DeclareExportDeclaration" && e.default;
function mo2(e, t, r) {
  let { node: n } = e, o = [Va(e, t, r), Q3(e), "export", n.phase ? ` ${n.phase}` : "", Gp(n) ? " default" : ""], { declaration: i, exported: s } = n;
  return F2(n, x.Dangling) && (o.push(" ", R3(e, t)), co2(n) && o.push(d2)), i ? o.push(" ", r("declaration")) : (o.push(Dy(n)), n.type === "ExportAllDeclaration" || n.type === "DeclareExportAllDeclaration" ? (o.push(" *"), s && o.push(" as ", r("exported"))) : o.push(qp(e, t, r)), o.push(Up(e, t, r), Hp(e, t, r))), o.push(fy(n, t)), o;
}
var my = S3(["ClassDeclaration", "StructDeclaration", "ComponentDeclaration", "FunctionDeclaration", "TSInterfaceDeclaration", "DeclareClass", "DeclareComponent", "DeclareFunction", "DeclareHook", "HookDeclaration", "TSDeclareFunction", "EnumDeclaration"]);
function fy(e, t) {
  return !e.declaration || Gp(e) && !my(e.declaration) ? v2(t) : "";
}
function Ji3(e, t = true) {
  return e && e !== "value" ? `${t ? " " : ""}${e}${t ? "" : " "}` : "";
}
function Gi3(e, t) {
  return Ji3(e.importKind, t);
}
function Dy(e) {
  return Ji3(e.exportKind);
}
function Up(e, t, r) {
  let { node: n } = e;
  return n.source ? [Yp(n, t) ? " from" : "", " ", r("source")] : "";
}
function qp(e, t, r) {
  let { node: n } = e;
  if (!Yp(n, t)) return "";
  let o = [" "];
  if (j3(n.specifiers)) {
    let i = [], s = [];
    e.each(({ node: u }) => {
      if (jr3(u) || u.type === "ExportDefaultSpecifier" || u.type === "ImportDefaultSpecifier") i.push(r());
      else if (u.type === "ExportSpecifier" || u.type === "ImportSpecifier") s.push(r());
      else throw new st3(u, "specifier");
    }, "specifiers"), o.push(L3(", ", i)), s.length > 0 && (i.length > 0 && o.push(", "), s.length > 1 || i.length > 0 || n.specifiers.some((a2) => F2(a2)) ? o.push(p2(["{", D([t.bracketSpacing ? T3 : E2, L3([",", T3], s)]), Le3(t), t.bracketSpacing ? T3 : E2, "}"])) : o.push(["{", t.bracketSpacing ? " " : "", ...s, t.bracketSpacing ? " " : "", "}"]));
  } else o.push("{}");
  return o;
}
function Yp(e, t) {
  return e.type !== "ImportDeclaration" || j3(e.specifiers) || e.importKind === "type" ? true : oe3(t).slice(b3(e), b3(e.source)).trimEnd().endsWith("from");
}
function yy(e, t) {
  let r = oe3(t).slice(B3(e.source), e.attributes?.[0] ? b3(e.attributes[0]) : B3(e)).trimStart();
  return r.startsWith("assert") ? "assert" : r.startsWith("with") || j3(e.attributes) ? "with" : void 0;
}
var Ey = (e) => {
  let { attributes: t } = e;
  if (t.length !== 1) return false;
  let [r] = t, { type: n, key: o, value: i } = r;
  return n === "ImportAttribute" && (o.type === "Identifier" && o.name === "type" || G3(o) && o.value === "type") && G3(i) && !F2(r) && !F2(o) && !F2(i);
};
function Hp(e, t, r) {
  let { node: n } = e;
  if (!n.source) return "";
  let o = yy(n, t);
  if (!o) return "";
  let i = yt3(e, t, r);
  return Ey(n) && (i = Vt3(i)), [` ${o} `, i];
}
function Xp(e, t, r) {
  let { node: n } = e, { type: o } = n, i = o.startsWith("Import"), s = i ? "imported" : "local", u = i ? "local" : "exported", a2 = n[s], l2 = n[u], f = "", m = "";
  return jr3(n) ? n.exportsFilter ? f = yt3(e, t, r) : f = "*" : a2 && (f = r(s)), l2 && !vr3(n) && (m = r(u)), [Ji3(o === "ImportSpecifier" ? n.importKind : n.exportKind, false), f, f && m ? " as " : "", m];
}
function fo2(e, t, r) {
  let { node: n } = e;
  return n.shorthand ? r("value") : at3(e, t, r, Oe3(e, t, r), ":", "value");
}
function wr3(e, t) {
  return ["...", t("argument"), W3(e, t)];
}
function dy(e, t, r) {
  let { node: n } = e, o = r();
  return Bn2(n, t) ? ["(", D([d2, o]), d2, ")"] : Pe3(n) || t.experimentalTernaries && n.type === "ConditionalExpression" && (n.consequent.type === "ConditionalExpression" || n.alternate.type === "ConditionalExpression") ? p2([O3("("), D([E2, o]), E2, O3(")")]) : o;
}
function Ui3(e, t, r) {
  return e.node.argument ? [" ", e.call(() => dy(e, t, r), "argument")] : "";
}
function Vp(e, t, r) {
  return ["return", Ui3(e, t, r), v2(t)];
}
function Kp(e, t, r) {
  return ["throw", Ui3(e, t, r), v2(t)];
}
function $p(e, t, r) {
  return ["yield", e.node.delegate ? "*" : "", Ui3(e, t, r)];
}
function Cy(e, t) {
  let { key: r, parent: n } = e;
  return !!(r === "argument" && on2(n) && ie3(e, t) || r === "body" && n.type === "ArrowFunctionExpression");
}
function zp(e, t, r) {
  let { parent: n } = e;
  if (n.type === "ExpressionStatement" || n.type === "ForStatement") {
    let i = [];
    return e.each(({ isFirst: s }) => {
      s ? i.push(r()) : i.push(",", D([T3, r()]));
    }, "expressions"), p2(i);
  }
  let o = L3([",", T3], e.map(r, "expressions"));
  return Cy(e, t) ? p2(O3([D([E2, o]), E2], o)) : p2(o);
}
function Qp(e, t, r) {
  return [p2(["switch (", D([E2, r("discriminant")]), E2, ")"]), " {", e.node.cases.length > 0 ? D([d2, L3(d2, e.map(({ node: n, isLast: o }) => [r(), !o && Ee3(n, t) ? d2 : ""], "cases"))]) : R3(e, t, { indent: true }), d2, "}"];
}
function Zp(e, t, r) {
  let { node: n } = e, o = [];
  n.test ? o.push("case ", r("test"), ":") : o.push("default:"), F2(n, x.Dangling) && o.push(" ", R3(e, t));
  let i = n.consequent.filter((s) => s.type !== "EmptyStatement");
  if (i.length > 0) {
    let s = zr3(e, t, r, "consequent");
    o.push(i.length === 1 && i[0].type === "BlockStatement" ? [" ", s] : D([d2, s]));
  }
  return o;
}
function ec(e, t) {
  let r = 0;
  for (let n in e) {
    let o = e[n];
    if (Tn2(o) && typeof o.type == "string" && (r++, r += ec(o, t - r)), r > t) return r;
  }
  return r;
}
function qi2(e, t = 5) {
  return ec(e, t) <= t;
}
function Fy(e) {
  let t = [e];
  for (let r = 0; r < t.length; r++) {
    let n = t[r];
    for (let o of ["test", "consequent", "alternate"]) {
      let i = n[o];
      if (q2(i)) return true;
      i.type === "ConditionalExpression" && t.push(i);
    }
  }
  return false;
}
function xy(e, t, r) {
  let { node: n } = e, o = n.type === "ConditionalExpression", i = o ? "alternate" : "falseType", { parent: s } = e, u = o ? r("test") : [r("checkType"), " ", "extends", " ", r("extendsType")];
  return s.type === n.type && s[i] === n ? ye3(2, u) : u;
}
var Ay = /* @__PURE__ */ new Map([["AssignmentExpression", "right"], ["VariableDeclarator", "init"], ["ReturnStatement", "argument"], ["ThrowStatement", "argument"], ["UnaryExpression", "argument"], ["YieldExpression", "argument"], ["AwaitExpression", "argument"]]);
function Ty(e) {
  let { node: t } = e;
  if (t.type !== "ConditionalExpression") return false;
  let r, n = t;
  for (let o = 0; !r; o++) {
    let i = e.getParentNode(o);
    if (Ge3(i) && i.expression === n || M3(i) && i.callee === n || N2(i) && i.object === n) {
      n = i;
      continue;
    }
    i.type === "NewExpression" && i.callee === n || fe3(i) && i.expression === n ? (r = e.getParentNode(o + 1), n = i) : r = i;
  }
  return n === t ? false : r[Ay.get(r.type)] === n;
}
function tc(e, t, r) {
  let { node: n } = e, o = n.type === "ConditionalExpression", i = o ? "consequent" : "trueType", s = o ? "alternate" : "falseType", u = o ? ["test"] : ["checkType", "extendsType"], a2 = n[i], l2 = n[s], f = [], m = false, { parent: C2 } = e, g2 = C2.type === n.type && u.some((ee3) => C2[ee3] === n), y3 = C2.type === n.type && !g2, h2, A2, k3 = 0;
  do
    A2 = h2 || n, h2 = e.getParentNode(k3), k3++;
  while (h2 && h2.type === n.type && u.every((ee3) => h2[ee3] !== A2));
  let I2 = h2 || C2, P2 = A2;
  if (o && (q2(n[u[0]]) || q2(a2) || q2(l2) || Fy(P2))) {
    m = true, y3 = true;
    let ee3 = (Ce3) => [O3("("), D([E2, Ce3]), E2, O3(")")], Te3 = (Ce3) => Ce3.type === "NullLiteral" || Ce3.type === "Literal" && Ce3.value === null || Ce3.type === "Identifier" && Ce3.name === "undefined";
    f.push(" ? ", Te3(a2) ? r(i) : ee3(r(i)), " : ", l2.type === n.type || Te3(l2) ? r(s) : ee3(r(s)));
  } else {
    let ee3 = (Ce3) => t.useTabs ? D(r(Ce3)) : ye3(2, r(Ce3)), Te3 = [T3, "? ", a2.type === n.type ? O3("", "(") : "", ee3(i), a2.type === n.type ? O3("", ")") : "", T3, ": ", ee3(s)];
    f.push(C2.type !== n.type || C2[s] === n || g2 ? Te3 : t.useTabs ? wn2(D(Te3)) : ye3(Math.max(0, t.tabWidth - 2), Te3));
  }
  let U3 = (ee3) => C2 === I2 ? p2(ee3) : ee3, H3 = !m && (N2(C2) || C2.type === "NGPipeExpression" && C2.left === n) && !C2.computed, me3 = Ty(e), de3 = U3([xy(e, t, r), y3 ? f : D(f), o && H3 && !me3 ? E2 : ""]);
  return g2 || me3 ? p2([D([E2, de3]), E2]) : de3;
}
function gy(e, t) {
  return (N2(t) || t.type === "NGPipeExpression" && t.left === e) && !t.computed;
}
function hy(e, t, r, n) {
  return [...e.map((i) => ne3(i)), ne3(t), ne3(r)].flat().some((i) => ce3(i) && re3(n.originalText, b3(i), B3(i)));
}
var Sy = /* @__PURE__ */ new Map([["AssignmentExpression", "right"], ["VariableDeclarator", "init"], ["ReturnStatement", "argument"], ["ThrowStatement", "argument"], ["UnaryExpression", "argument"], ["YieldExpression", "argument"], ["AwaitExpression", "argument"]]);
function By(e) {
  let { node: t } = e;
  if (t.type !== "ConditionalExpression") return false;
  let r, n = t;
  for (let o = 0; !r; o++) {
    let i = e.getParentNode(o);
    if (Ge3(i) && i.expression === n || M3(i) && i.callee === n || N2(i) && i.object === n) {
      n = i;
      continue;
    }
    i.type === "NewExpression" && i.callee === n || fe3(i) && i.expression === n ? (r = e.getParentNode(o + 1), n = i) : r = i;
  }
  return n === t ? false : r[Sy.get(r.type)] === n;
}
var Yi3 = (e) => [O3("("), D([E2, e]), E2, O3(")")];
function Lr3(e, t, r, n) {
  if (!t.experimentalTernaries) return tc(e, t, r);
  let { node: o } = e, i = o.type === "ConditionalExpression", s = Qe3(o), u = i ? "consequent" : "trueType", a2 = i ? "alternate" : "falseType", l2 = i ? ["test"] : ["checkType", "extendsType"], f = o[u], m = o[a2], C2 = l2.map((Nr3) => o[Nr3]), { parent: g2 } = e, y3 = g2.type === o.type, h2 = y3 && l2.some((Nr3) => g2[Nr3] === o), A2 = y3 && g2[a2] === o, k3 = f.type === o.type, I2 = m.type === o.type, P2 = I2 || A2, U3 = t.tabWidth > 2 || t.useTabs, H3, me3, de3 = 0;
  do
    me3 = H3 || o, H3 = e.getParentNode(de3), de3++;
  while (H3 && H3.type === o.type && l2.every((Nr3) => H3[Nr3] !== me3));
  let ee3 = H3 || g2, Te3 = n && n.assignmentLayout && n.assignmentLayout !== "break-after-operator" && (g2.type === "AssignmentExpression" || g2.type === "VariableDeclarator" || g2.type === "ClassProperty" || g2.type === "PropertyDefinition" || g2.type === "ClassPrivateProperty" || g2.type === "ObjectProperty" || g2.type === "Property"), Ce3 = jt3(g2) && !(k3 || I2), St2 = i && ee3.type === "JSXExpressionContainer" && e.grandparent.type !== "JSXAttribute", Mt3 = By(e), _2 = gy(o, g2), ge3 = s && ie3(e, t), Me3 = U3 ? t.useTabs ? "	" : " ".repeat(t.tabWidth - 1) : "", Bt3 = hy(C2, f, m, t) || k3 || I2, Mr3 = !P2 && !y3 && !s && (St2 ? f.type === "NullLiteral" || f.type === "Literal" && f.value === null : Kr3(f, t) && qi2(o.test, 3)), ts2 = P2 || A2 || s && !y3 || y3 && i && qi2(o.test, 1) || Mr3, Zr3 = [];
  F2(o.test, x.Dangling) && e.call(() => {
    Zr3.push(R3(e, t));
  }, "test"), F2(o, x.Dangling) && Zr3.push(R3(e, t));
  let rs2 = /* @__PURE__ */ Symbol("test"), jc = /* @__PURE__ */ Symbol("consequent"), en2 = /* @__PURE__ */ Symbol("test-and-consequent"), vc = i ? [Yi3(r("test")), o.test.type === "ConditionalExpression" ? We3 : ""] : [r("checkType"), " ", "extends", " ", Qe3(o.extendsType) || o.extendsType.type === "TSMappedType" ? r("extendsType") : p2(Yi3(r("extendsType")))], ns2 = p2([vc, " ?"], { id: rs2 }), Rc = r(u), tn2 = D([k3 || St2 && (q2(f) || y3 || P2) ? d2 : T3, Rc]), Wc = ts2 ? p2([ns2, P2 ? tn2 : O3(tn2, p2(tn2, { id: jc }), { groupId: rs2 })], { id: en2 }) : [ns2, tn2], vo2 = r(a2), os2 = Mr3 ? O3(vo2, wn2(Yi3(vo2)), { groupId: en2 }) : vo2, _r3 = [Wc, Zr3.length > 0 ? [D([d2, Zr3]), d2] : I2 ? d2 : Mr3 ? O3(T3, " ", { groupId: en2 }) : T3, ":", I2 || !U3 ? " " : ts2 ? O3(Me3, O3(P2 || Mr3 ? " " : Me3, " "), { groupId: en2 }) : O3(Me3, " "), I2 ? os2 : p2([D(os2), St2 && !Mr3 ? E2 : ""]), _2 && !Mt3 ? E2 : "", Bt3 ? We3 : ""];
  return Te3 && !Bt3 ? p2(D([E2, p2(_r3)])) : Te3 || Ce3 ? p2(D(_r3)) : Mt3 || s && h2 ? p2([D([E2, _r3]), ge3 ? E2 : ""]) : g2 === ee3 ? p2(_r3) : _r3;
}
function rc(e, t, r) {
  let { node: n } = e;
  return ["try ", r("block"), n.handler ? [" ", r("handler")] : "", n.finalizer ? [" finally ", r("finalizer")] : ""];
}
function nc(e, t, r) {
  let { node: n } = e;
  if (n.param) {
    let o = F2(n.param, (s) => !ce3(s) || s.leading && J3(t.originalText, B3(s)) || s.trailing && J3(t.originalText, b3(s), { backwards: true })), i = r("param");
    return ["catch ", o ? ["(", D([E2, i]), E2, ") "] : ["(", i, ") "], r("body")];
  }
  return ["catch ", r("body")];
}
function Do2({ key: e, parent: t }) {
  return e === "init" && t.type === "ForStatement" || e === "left" && (t.type === "ForInStatement" || t.type === "ForOfStatement");
}
function yo2(e, t, r) {
  let { node: n } = e, o = e.map(r, "declarations"), i = Do2(e), s = n.declarations.some((a2) => a2.init), u;
  return o.length === 1 && !F2(n.declarations[0]) ? u = o[0] : u = D(o[0]), p2([Q3(e), n.kind, u ? [" ", u] : "", D(o.slice(1).map((a2) => [",", s && !i ? d2 : T3, a2])), i ? "" : v2(t)]);
}
function oc(e, t, r) {
  let { node: n } = e, o = n.type === "WithStatement" ? "with" : "while";
  return p2([o, " (", xr3(e, t, r), ")", ht3(e, t, r)]);
}
function ic(e, t, r, n) {
  let { node: o } = e;
  if (sr3(o)) return Rp(e, t);
  switch (o.type) {
    case "JsExpressionRoot":
      return r("node");
    case "JsonRoot":
      return [R3(e, t), r("node"), d2];
    case "File":
      return Op(e, t, r) ?? r("program");
    case "ExpressionStatement":
      return kp(e, t, r);
    case "ChainExpression":
      return r("expression");
    case "ParenthesizedExpression":
      return !F2(o.expression) && (ae3(o.expression) || V3(o.expression)) ? ["(", r("expression"), ")"] : p2(["(", D([E2, r("expression")]), E2, ")"]);
    case "AssignmentExpression":
      return pp(e, t, r);
    case "VariableDeclarator":
      return cp(e, t, r);
    case "BinaryExpression":
    case "LogicalExpression":
      return ro2(e, t, r);
    case "AssignmentPattern":
      return [r("left"), " = ", r("right")];
    case "OptionalMemberExpression":
    case "MemberExpression":
      return op(e, t, r);
    case "MetaProperty":
      return [r("meta"), ".", r("property")];
    case "BindExpression":
      return np(e, t, r);
    case "Identifier":
      return Mp(e, t, r);
    case "V8IntrinsicIdentifier":
      return ["%", o.name];
    case "SpreadElement":
      return wr3(e, r);
    case "RestElement":
      return wr3(e, r);
    case "FunctionDeclaration":
    case "FunctionExpression":
      return Ar3(e, t, r, n);
    case "ArrowFunctionExpression":
      return Za(e, t, r, n);
    case "YieldExpression":
      return $p(e, t, r);
    case "AwaitExpression":
      return fp(e, t, r);
    case "ExportDefaultDeclaration":
    case "ExportNamedDeclaration":
    case "ExportAllDeclaration":
      return mo2(e, t, r);
    case "ImportDeclaration":
      return Jp(e, t, r);
    case "ImportSpecifier":
    case "ExportSpecifier":
    case "ImportNamespaceSpecifier":
    case "ExportNamespaceSpecifier":
    case "ImportDefaultSpecifier":
    case "ExportDefaultSpecifier":
      return Xp(e, t, r);
    case "ImportAttribute":
      return fo2(e, t, r);
    case "Program":
    case "BlockStatement":
    case "StaticBlock":
      return po2(e, t, r);
    case "ClassBody":
    case "StructBody":
      return tr3(e, t, r);
    case "ThrowStatement":
      return Kp(e, t, r);
    case "ReturnStatement":
      return Vp(e, t, r);
    case "NewExpression":
    case "ImportExpression":
    case "OptionalCallExpression":
    case "CallExpression":
      return Dt3(e, t, r);
    case "ObjectExpression":
    case "ObjectPattern":
      return yt3(e, t, r);
    case "Property":
      return ze3(o) ? Vr3(e, t, r) : fo2(e, t, r);
    case "ObjectProperty":
      return fo2(e, t, r);
    case "ObjectMethod":
      return Vr3(e, t, r);
    case "Decorator":
      return ["@", r("expression")];
    case "ArrayExpression":
    case "ArrayPattern":
      return br3(e, t, r);
    case "SequenceExpression":
      return zp(e, t, r);
    case "ThisExpression":
      return "this";
    case "Super":
      return "super";
    case "Directive":
      return [r("value"), v2(t)];
    case "UnaryExpression": {
      let i = [o.operator];
      /[a-z]$/.test(o.operator) && i.push(" ");
      let s = r("argument");
      return F2(o.argument) ? i.push(p2(["(", D([E2, s]), E2, ")"])) : i.push(s), i;
    }
    case "UpdateExpression":
      return [o.prefix ? o.operator : "", r("argument"), o.prefix ? "" : o.operator];
    case "ConditionalExpression":
      return Lr3(e, t, r, n);
    case "VariableDeclaration":
      return yo2(e, t, r);
    case "IfStatement":
      return Np(e, t, r);
    case "ForStatement":
      return wp(e, t, r);
    case "WithStatement":
    case "WhileStatement":
      return oc(e, t, r);
    case "DoWhileStatement":
      return bp(e, t, r);
    case "ForInStatement":
    case "ForOfStatement":
      return Lp(e, t, r);
    case "DoExpression":
      return [o.async ? "async " : "", "do ", r("body")];
    case "BreakStatement":
    case "ContinueStatement":
      return [o.type === "BreakStatement" ? "break" : "continue", o.label ? [" ", r("label")] : "", v2(t)];
    case "LabeledStatement":
      return [r("label"), `:${o.body.type === "EmptyStatement" && !F2(o.body, x.Leading) ? "" : " "}`, r("body")];
    case "TryStatement":
      return rc(e, t, r);
    case "CatchClause":
      return nc(e, t, r);
    case "SwitchStatement":
      return Qp(e, t, r);
    case "SwitchCase":
      return Zp(e, t, r);
    case "DebuggerStatement":
      return ["debugger", v2(t)];
    case "ClassDeclaration":
    case "ClassExpression":
    case "StructDeclaration":
      return Pr3(e, t, r);
    case "ClassMethod":
    case "ClassPrivateMethod":
    case "MethodDefinition":
      return Ir3(e, t, r);
    case "ClassProperty":
    case "PropertyDefinition":
    case "ClassPrivateProperty":
    case "ClassAccessorProperty":
    case "AccessorProperty":
      return kr3(e, t, r);
    case "TemplateElement":
      return Ke3(o.value.raw);
    case "TemplateLiteral":
      return Tr3(e, t, r);
    case "TaggedTemplateExpression":
      return ia2(e, t, r);
    case "PrivateIdentifier":
      return ["#", o.name];
    case "PrivateName":
      return ["#", r("id")];
    case "TopicReference":
      return "%";
    case "ArgumentPlaceholder":
      return "?";
    case "ModuleExpression":
      return ["module ", r("body")];
    case "VoidPattern":
      return "void";
    case "EmptyStatement":
      if (or3(e)) return ";";
    default:
      throw new st3(o, "ESTree");
  }
}
function Eo2(e) {
  return [e("elementType"), "[]"];
}
function Co2(e, t, r) {
  let { parent: n, node: o, key: i } = e, u = o.type === "AsConstExpression" ? "const" : r("typeAnnotation"), a2 = [r("expression"), " ", fs2(o) ? "satisfies" : "as"];
  return !ue3(o.typeAnnotation) && Ie3(t.originalText, o.typeAnnotation) ? a2.push(D([d2, u])) : a2.push(" ", u), i === "callee" && Pt3(n) || i === "object" && N2(n) ? p2([D([E2, ...a2]), E2]) : a2;
}
function sc(e, t, r) {
  let { node: n } = e, o = [Q3(e), n.async ? "async " : "", "component"];
  n.id && o.push(" ", r("id")), o.push(r("typeParameters"));
  let i = $e2(e, t, r);
  return n.rendersType ? o.push(p2([i, " ", r("rendersType")])) : o.push(p2([i])), n.body && o.push(" ", r("body")), n.type === "DeclareComponent" && o.push(v2(t)), o;
}
function uc(e, t, r) {
  let { node: n } = e;
  return n.shorthand ? r("local") : [r("name"), " as ", r("local")];
}
function ac(e, t, r) {
  let { node: n } = e, o = [];
  return n.name && o.push(r("name"), n.optional ? "?: " : ": "), o.push(r("typeAnnotation")), o;
}
function pc(e, t, r) {
  let { node: n } = e;
  return [n.explicitType ? `of ${n.explicitType} ` : "", yt3(e, t, r)];
}
function Fo2(e, t, r) {
  let { node: n } = e, o = n.type === "TSEnumMember", i = o ? Oe3(e, t, r) : r("id"), s = o ? "initializer" : "init";
  return n[s] ? [i, " = ", r(s)] : i;
}
function xo2(e, t) {
  let { node: r } = e;
  return [Q3(e), r.const ? "const " : "", "enum ", t("id"), " ", t("body")];
}
function Ao2(e, t, r) {
  return ["export = ", r("expression"), e.node.expression.type === "DeclareFunction" ? "" : v2(t)];
}
function To2(e, t, r) {
  let { node: n } = e, o = [Wt3(e)];
  (Fs2(n) || n.type === "TSConstructSignatureDeclaration") && o.push("new ");
  let i = $e2(e, t, r, false, true), s = [];
  return n.type === "FunctionTypeAnnotation" || n.type === "ConstructorTypeAnnotation" ? n.returnType && s.push(n.type === "ConstructorTypeAnnotation" || by(e) ? " => " : ": ", r("returnType")) : s.push(W3(e, r, "returnType")), Ot3(n, s) && (i = p2(i)), o.push(i, s), [p2(o), n.type === "TSConstructSignatureDeclaration" || n.type === "TSCallSignatureDeclaration" ? ke3(e, t) : ""];
}
function by(e) {
  let { node: t, parent: r } = e;
  return t.type === "FunctionTypeAnnotation" && r.type !== "AbstractMethodDefinition" && !((r.type === "ObjectTypeProperty" || r.type === "ObjectTypeInternalSlot") && r.method) && (dr3(r) || !((r.type === "ObjectTypeProperty" || r.type === "ObjectTypeInternalSlot") && !r.variance && !r.optional && Nt3(r, t) || r.type === "ObjectTypeCallProperty" || r.type === "TypeAnnotation" && (e.grandparent?.type === "DeclareFunction" || e.getParentNode(2)?.type === "DeclareFunction")));
}
function lc(e, t, r) {
  return [Q3(e), "hook", e.node.id ? [" ", r("id")] : "", v2(t)];
}
function cc(e) {
  let { node: t } = e;
  return t.type === "HookTypeAnnotation" && e.getParentNode(2)?.type === "DeclareHook";
}
function mc(e, t, r) {
  let { node: n } = e, o = $e2(e, t, r, false, true), i = [cc(e) ? ": " : " => ", r("returnType")];
  return p2([cc(e) ? "" : "hook ", Ot3(n, i) ? p2(o) : o, i]);
}
function go2(e, t, r) {
  let { node: n } = e;
  return [n.type === "ImportEqualsDeclaration" && n.isExport ? "export " : "", "import ", Gi3(n, false), r("id"), " = ", r("moduleReference"), v2(t)];
}
function ho3(e, t, r) {
  return [r("objectType"), K3(e), "[", r("indexType"), "]"];
}
function So2(e, t, r) {
  return ["infer ", r("typeParameter")];
}
function Bo2(e, t, r) {
  let n = false;
  return p2(e.map(({ isFirst: o, previous: i, node: s, index: u }) => {
    let a2 = r();
    if (o) return a2;
    let l2 = Xe3(s), f = Xe3(i);
    return f && l2 ? [" & ", n ? D(a2) : a2] : !f && !l2 || Ie3(t.originalText, s) ? t.experimentalOperatorPosition === "start" ? D([T3, "& ", a2]) : D([" &", T3, a2]) : (u > 1 && (n = true), [" & ", u > 1 ? D(a2) : a2]);
  }, "types"));
}
function Py(e) {
  switch (e) {
    case null:
      return "";
    case "PlusOptional":
      return "+?";
    case "MinusOptional":
      return "-?";
    case "Optional":
      return "?";
  }
}
function Dc(e, t, r) {
  let { node: n } = e, o = F2(n.variance, x.Trailing), s = !F2(n.variance, x.Trailing | x.Line) && (o || n.variance && n.variance.kind !== "plus" && n.variance.kind !== "minus") ? " " : "";
  return [p2([n.variance ? [n.varianceOp ?? "", r("variance"), se3, s] : "", p2(["[", D([E2, r("keyTparam"), " in ", r("sourceType"), n.nameType ? [" as ", r("nameType")] : ""]), E2, "]"]), Py(n.optional), ": ", r("propType")]), ke3(e, t)];
}
function fc(e, t) {
  return e === "+" || e === "-" ? e + t : t;
}
function yc(e, t, r) {
  let { node: n } = e, o = false;
  if (t.objectWrap === "preserve") {
    let u = oe3(t), a2 = b3(n) + 1, l2 = u.slice(a2), f = a2 + l2.search(/\S/);
    re3(t.originalText, a2, f) && (o = true);
  }
  let i = [], s = ne3(n, x.Dangling);
  if (s.length > 0) {
    let u = w2(0, s, -1), a2 = R3(e, t);
    i.push(...a2.slice(0, -1), p2([w2(0, a2, -1), Ne3(u) || J3(t.originalText, B3(u)) ? d2 : T3]));
  }
  return p2(["{", D([t.bracketSpacing ? T3 : E2, ...i, p2([n.readonly ? [fc(n.readonly, "readonly"), " "] : "", p2(["[", D([E2, r("key"), " in ", r("constraint"), n.nameType ? [" as ", r("nameType")] : ""]), E2, "]"]), n.optional ? fc(n.optional, "?") : "", n.typeAnnotation ? ": " : "", r("typeAnnotation")]), t.semi ? O3(";") : ""]), t.bracketSpacing ? T3 : E2, "}"], { shouldBreak: o });
}
function Ec(e, t, r) {
  let { node: n } = e;
  return [p2(["match (", D([E2, r("argument")]), E2, ")"]), " {", n.cases.length > 0 ? D([d2, L3(d2, e.map(({ node: o, isLast: i }) => [r(), !i && Ee3(o, t) ? d2 : ""], "cases"))]) : "", d2, "}"];
}
function dc(e, t, r) {
  let { node: n } = e, o = F2(n, x.Dangling) ? [" ", R3(e, t)] : [], i = n.type === "MatchStatementCase" ? [" ", r("body")] : D([T3, r("body"), ","]);
  return [r("pattern"), n.guard ? p2([D([T3, "if (", r("guard"), ")"])]) : "", p2([" =>", o, i])];
}
function Cc(e, t, r) {
  let { node: n } = e;
  switch (n.type) {
    case "MatchOrPattern":
      return Ly(e, t, r);
    case "MatchAsPattern":
      return [r("pattern"), " as ", r("target")];
    case "MatchWildcardPattern":
      return ["_"];
    case "MatchLiteralPattern":
      return r("literal");
    case "MatchUnaryPattern":
      return [n.operator, r("argument")];
    case "MatchIdentifierPattern":
      return r("id");
    case "MatchMemberPattern": {
      let o = n.property.type === "Identifier" ? [".", r("property")] : ["[", D([E2, r("property")]), E2, "]"];
      return p2([r("base"), o]);
    }
    case "MatchBindingPattern":
      return [n.kind, " ", r("id")];
    case "MatchObjectPattern":
    case "MatchInstanceObjectPattern":
      return Iy(e, t, r);
    case "MatchInstancePattern":
      return p2([r("targetConstructor"), " ", r("properties")]);
    case "MatchArrayPattern": {
      let o = e.map(r, "elements");
      return n.rest && o.push(r("rest")), p2(["[", D([E2, L3([",", T3], o)]), n.rest ? "" : O3(","), E2, "]"]);
    }
    case "MatchObjectPatternProperty":
      return n.shorthand ? r("pattern") : p2([r("key"), ":", D([T3, r("pattern")])]);
    case "MatchRestPattern": {
      let o = ["..."];
      return n.argument && o.push(r("argument")), o;
    }
  }
}
function Iy(e, t, r) {
  let { node: n } = e, o = e.map(r, "properties");
  return n.rest && o.push(r("rest")), p2(["{", D([E2, L3([",", T3], o)]), n.rest ? "" : O3(","), E2, "}"]);
}
var Fc = S3(["MatchWildcardPattern", "MatchLiteralPattern", "MatchUnaryPattern", "MatchIdentifierPattern"]);
function ky(e) {
  let { patterns: t } = e;
  if (t.some((n) => F2(n))) return false;
  let r = t.find((n) => n.type === "MatchObjectPattern");
  return r ? t.every((n) => n === r || Fc(n)) : false;
}
function wy(e) {
  return Fc(e) || e.type === "MatchObjectPattern" ? true : e.type === "MatchOrPattern" ? ky(e) : false;
}
function Ly(e, t, r) {
  let { node: n } = e, { parent: o } = e, i = o.type !== "MatchStatementCase" && o.type !== "MatchExpressionCase" && o.type !== "MatchArrayPattern" && o.type !== "MatchObjectPatternProperty" && !Ie3(t.originalText, n), s = wy(n), u = e.map(() => {
    let l2 = r();
    return s || (l2 = ye3(2, l2)), Z3(e, l2, t);
  }, "patterns");
  if (s) return L3(" | ", u);
  let a2 = [O3(["| "]), L3([T3, "| "], u)];
  return ie3(e, t) ? p2([D([O3([E2]), a2]), E2]) : o.type === "MatchArrayPattern" && o.elements.length > 1 ? p2([D([O3(["(", E2]), a2]), E2, O3(")")]) : p2(i ? D(a2) : a2);
}
function Oy(e) {
  if (e.type === "DeclareModule") return "module";
  if (e.type === "DeclareNamespace") return e.global ? "" : e.keyword ?? "namespace";
  if (e.type === "TSModuleDeclaration") return e.kind === "global" ? "" : e.kind;
}
function bo2(e, t, r) {
  let { node: n } = e, o = Oy(n);
  return [Q3(e), o ? `${o} ` : "", r("id"), n.body ? [" ", p2(r("body"))] : v2(t)];
}
function Po2(e, t, r) {
  return ["export as namespace ", r("id"), v2(t)];
}
function Io2(e, t, r) {
  return [r("expression"), "!"];
}
function xc(e, t, r) {
  let { node: n } = e, o = [Q3(e), "opaque type ", r("id"), r("typeParameters")];
  if (n.supertype && o.push(": ", r("supertype")), n.lowerBound || n.upperBound) {
    let i = [];
    n.lowerBound && i.push(D([T3, "super ", r("lowerBound")])), n.upperBound && i.push(D([T3, "extends ", r("upperBound")])), o.push(p2(i));
  }
  return n.impltype && o.push(" = ", r("impltype")), o.push(v2(t)), o;
}
function ko2(e, t, r) {
  let { node: n } = e, o = [Q3(e), Lt3(n), n.static ? "static " : "", n.override ? "override " : "", n.readonly ? "readonly " : "", n.variance ? r("variance") : ""];
  return n.type === "TSParameterProperty" ? [...o, r("parameter")] : (o.push(r("key"), K3(e), W3(e, r)), at3(e, t, r, o, " =", "value"));
}
function wo2(e, t, r) {
  let { node: n } = e;
  return ["...", ...n.type === "TupleTypeSpreadElement" && n.label ? [r("label"), ": "] : [], r("typeAnnotation")];
}
function Lo2(e, t, r) {
  let { node: n } = e;
  return [n.variance ? r("variance") : "", r("label"), n.optional ? "?" : "", ": ", r("elementType")];
}
function Oo2(e, t, r) {
  let { node: n } = e, o = [Q3(e), "type ", r("id"), r("typeParameters")], i = n.type === "TSTypeAliasDeclaration" ? "typeAnnotation" : "right";
  return [at3(e, t, r, o, " =", i), v2(t)];
}
function My(e, t, r) {
  let { node: n } = e;
  return te3(n).length === 1 && n.type.startsWith("TS") && !n[r][0].constraint && e.parent.type === "ArrowFunctionExpression" && !(t.filepath && /\.ts$/.test(t.filepath));
}
function rr3(e, t, r, n) {
  let { node: o } = e, i = o[n];
  if (!i) return "";
  if (!Array.isArray(i)) return r(n);
  let s = $t3(e.grandparent), u = e.match((f) => !(f[n].length === 1 && Xe3(f[n][0])), void 0, (f, m) => m === "typeAnnotation", (f) => f.type === "Identifier", vi3);
  if (i.length === 0 || !u && (s || i.length === 1 && (i[0].type === "NullableTypeAnnotation" || $u2(i[0]))) && !i.some((f) => {
    let m = ne3(f, (C2) => C2.leading || C2.trailing);
    return m.length > 0 && (m.some((C2) => Ne3(C2)) || J3(t.originalText, B3(w2(0, m, -1))));
  })) return ["<", L3(", ", e.map(r, n)), _y(e, t), ">"];
  let l2 = o.type === "TSTypeParameterInstantiation" ? "" : My(e, t, n) ? "," : Le3(t);
  return p2(["<", D([E2, L3([",", T3], e.map(r, n))]), l2, E2, ">"]);
}
function _y(e, t) {
  let { node: r } = e;
  if (!F2(r, x.Dangling)) return "";
  let n = !F2(r, x.Line), o = R3(e, t, { indent: !n });
  return n ? o : [o, d2];
}
function Mo2(e, t, r) {
  let { node: n } = e, o = [n.const ? "const " : ""], i = n.type === "TSTypeParameter" ? r("name") : n.name;
  if (n.variance && o.push(r("variance")), n.in && o.push("in "), n.out && o.push("out "), o.push(i), n.bound && (n.usesExtendsBound ? o.push(" extends ") : o.push(": "), o.push(W3(e, r, "bound"))), n.constraint) {
    let s = /* @__PURE__ */ Symbol("constraint");
    o.push(" extends", p2(D(T3), { id: s }), se3, kt3(r("constraint"), { groupId: s }));
  }
  if (n.default) {
    let s = /* @__PURE__ */ Symbol("default");
    o.push(" =", p2(D(T3), { id: s }), se3, kt3(r("default"), { groupId: s }));
  }
  return p2(o);
}
function _o2(e, t) {
  let { node: r } = e;
  return [r.type === "TSTypePredicate" && r.asserts ? "asserts " : r.type === "TypePredicate" && r.kind ? `${r.kind} ` : "", t("parameterName"), r.typeAnnotation ? [" is ", W3(e, t)] : ""];
}
function No2({ node: e }, t) {
  let r = e.type === "TSTypeQuery" ? "exprName" : "argument";
  return ["typeof ", t(r), t("typeArguments")];
}
function Ac(e, t, r, n) {
  let { node: o } = e;
  if (Nn2(o)) return o.type.slice(0, -14).toLowerCase();
  switch (o.type) {
    case "ComponentDeclaration":
    case "DeclareComponent":
    case "ComponentTypeAnnotation":
      return sc(e, t, r);
    case "ComponentParameter":
      return uc(e, t, r);
    case "ComponentTypeParameter":
      return ac(e, t, r);
    case "HookDeclaration":
      return Ar3(e, t, r);
    case "DeclareHook":
      return lc(e, t, r);
    case "HookTypeAnnotation":
      return mc(e, t, r);
    case "DeclareFunction":
      return [Q3(e), "function ", o.id ? r("id") : W3(e, r), r("predicate"), v2(t)];
    case "DeclareModuleExports":
      return ["declare module.exports", W3(e, r), v2(t)];
    case "DeclareModule":
    case "DeclareNamespace":
      return bo2(e, t, r);
    case "DeclareVariable":
      return Array.isArray(o.declarations) ? yo2(e, t, r) : [Q3(e), o.kind ?? "var", " ", r("id"), v2(t)];
    case "DeclareExportDeclaration":
    case "DeclareExportAllDeclaration":
      return mo2(e, t, r);
    case "DeclareOpaqueType":
    case "OpaqueType":
      return xc(e, t, r);
    case "DeclareTypeAlias":
    case "TypeAlias":
      return Oo2(e, t, r);
    case "IntersectionTypeAnnotation":
      return Bo2(e, t, r);
    case "UnionTypeAnnotation":
      return qn2(e, t, r, n);
    case "ConditionalTypeAnnotation":
      return Lr3(e, t, r);
    case "InferTypeAnnotation":
      return So2(e, t, r);
    case "FunctionTypeAnnotation":
    case "ConstructorTypeAnnotation":
      return To2(e, t, r);
    case "TemplateLiteralTypeAnnotation":
      return Tr3(e, t, r);
    case "TupleTypeAnnotation":
      return br3(e, t, r);
    case "TupleTypeLabeledElement":
      return Lo2(e, t, r);
    case "TupleTypeElement":
      return [r("elementType"), o.optional ? "?" : ""];
    case "TupleTypeSpreadElement":
      return wo2(e, t, r);
    case "GenericTypeAnnotation":
      return [r("id"), rr3(e, t, r, "typeArguments")];
    case "IndexedAccessType":
    case "OptionalIndexedAccessType":
      return ho3(e, t, r);
    case "TypeAnnotation":
      return Yn2(e, t, r);
    case "TypeParameter":
      return Mo2(e, t, r);
    case "TypeofTypeAnnotation":
      return No2(e, r);
    case "ExistsTypeAnnotation":
      return "*";
    case "ArrayTypeAnnotation":
      return Eo2(r);
    case "DeclareEnum":
    case "EnumDeclaration":
      return xo2(e, r);
    case "EnumBody":
      return pc(e, t, r);
    case "EnumBooleanMember":
    case "EnumNumberMember":
    case "EnumBigIntMember":
    case "EnumStringMember":
    case "EnumDefaultedMember":
      return Fo2(e, t, r);
    case "FunctionTypeParam": {
      let i = o.name ? r("name") : e.parent.this === o ? "this" : "";
      return [i, K3(e), i ? ": " : "", r("typeAnnotation")];
    }
    case "DeclareClass":
    case "DeclareInterface":
    case "InterfaceDeclaration":
    case "InterfaceTypeAnnotation":
    case "RecordDeclaration":
      return Pr3(e, t, r);
    case "AbstractMethodDefinition":
      return Ir3(e, t, r);
    case "ParameterProperty":
      return ko2(e, t, r);
    case "AbstractPropertyDefinition":
      return kr3(e, t, r);
    case "ObjectTypeAnnotation":
    case "RecordDeclarationBody":
      return tr3(e, t, r);
    case "ClassImplements":
    case "InterfaceExtends":
      return [r("id"), r("typeArguments")];
    case "DeclareClassExtendsCall":
      return Dt3(e, t, r);
    case "RecordDeclarationImplements":
      return [r("id"), r("typeArguments")];
    case "NullableTypeAnnotation":
      return ["?", r("typeAnnotation")];
    case "Variance": {
      let { kind: i } = o;
      return Je3(i === "plus" || i === "minus" || i === "readonly" || i === "writeonly" || i === "in" || i === "out" || i === "in out"), i === "plus" || i === "minus" ? i === "plus" ? "+" : "-" : e.parent.type === "ObjectTypeMappedTypeProperty" ? i : `${i} `;
    }
    case "KeyofTypeAnnotation":
      return ["keyof ", r("argument")];
    case "ObjectTypeCallProperty":
      return [o.static ? "static " : "", r("value"), ke3(e, t)];
    case "ObjectTypeMappedTypeProperty":
      return Dc(e, t, r);
    case "ObjectTypePrivateField":
      return [Oe3(e, t, r), ke3(e, t)];
    case "ObjectTypeIndexer":
      return [p2([o.static ? "static " : "", o.variance ? r("variance") : "", "[", r("id"), o.id ? ": " : "", r("key"), "]", K3(e), ": ", r("value")]), ke3(e, t)];
    case "ObjectTypeProperty": {
      let i = "";
      o.proto ? i = "proto " : o.static && (i = "static ");
      let s = p2([Lt3(o), i, Wt3(e), o.override ? "override " : "", o.kind !== "init" ? o.kind + " " : "", o.variance ? r("variance") : "", Oe3(e, t, r), K3(e), ze3(o) || !o.value ? "" : ": ", r("value")]);
      return [at3(e, t, r, s, " =", "init"), ke3(e, t)];
    }
    case "ObjectTypeInternalSlot":
      return [p2([o.static ? "static " : "", "[[", r("id"), "]]", K3(e), o.method ? "" : ": ", r("value")]), ke3(e, t)];
    case "ObjectTypeSpreadProperty":
      return wr3(e, r);
    case "QualifiedTypeofIdentifier":
    case "QualifiedTypeIdentifier":
      return [r("qualification"), ".", r("id")];
    case "ImportType":
      return Dt3(e, t, r);
    case "ImportEqualsDeclaration":
      return go2(e, t, r);
    case "ExternalModuleReference":
      return Dt3(e, t, r);
    case "ExportAssignment":
      return Ao2(e, t, r);
    case "NamespaceExportDeclaration":
      return Po2(e, t, r);
    case "NullLiteralTypeAnnotation":
      return "null";
    case "BooleanLiteralTypeAnnotation":
      return String(o.value);
    case "StringLiteralTypeAnnotation":
      return Ke3(it3(Fe3(o), t));
    case "NumberLiteralTypeAnnotation":
      return Gt3(Fe3(o));
    case "BigIntLiteralTypeAnnotation":
      return lo2(Fe3(o));
    case "TypeCastExpression":
      return ["(", r("expression"), W3(e, r), ")"];
    case "NonNullExpression":
      return Io2(e, t, r);
    case "TypePredicate":
      return _o2(e, r);
    case "TypeOperator":
      return [o.operator, " ", r("typeAnnotation")];
    case "TypeParameterDeclaration":
    case "TypeParameterInstantiation":
      return rr3(e, t, r, "params");
    case "InferredPredicate":
    case "DeclaredPredicate":
      return [e.key === "predicate" && e.parent.type !== "DeclareFunction" && !e.parent.returnType ? ": " : " ", "%checks", ...o.type === "DeclaredPredicate" ? ["(", r("value"), ")"] : []];
    case "AsExpression":
    case "AsConstExpression":
    case "SatisfiesExpression":
      return Co2(e, t, r);
    case "MatchExpression":
    case "MatchStatement":
      return Ec(e, t, r);
    case "MatchExpressionCase":
    case "MatchStatementCase":
      return dc(e, t, r);
    case "MatchOrPattern":
    case "MatchAsPattern":
    case "MatchWildcardPattern":
    case "MatchLiteralPattern":
    case "MatchUnaryPattern":
    case "MatchIdentifierPattern":
    case "MatchInstancePattern":
    case "MatchInstanceObjectPattern":
    case "MatchMemberPattern":
    case "MatchBindingPattern":
    case "MatchObjectPattern":
    case "MatchObjectPatternProperty":
    case "MatchRestPattern":
    case "MatchArrayPattern":
      return Cc(e, t, r);
    case "RecordExpression":
      return [r("recordConstructor"), r("typeArguments"), " ", r("properties")];
    case "RecordExpressionProperties":
      return yt3(e, t, r);
    case "RecordDeclarationProperty":
    case "RecordDeclarationStaticProperty": {
      let i = o.type === "RecordDeclarationStaticProperty", s = i ? "value" : "defaultValue";
      return [i ? "static " : "", Oe3(e, t, r), W3(e, r), o[s] ? [" = ", r(s)] : ""];
    }
  }
}
function Hi3(e) {
  if (Go2(e) && e.__contentEnd) return true;
  let { type: t } = e;
  return t === "BreakStatement" || t === "ContinueStatement" || t === "DebuggerStatement" || t === "VariableDeclaration" ? true : t === "IfStatement" ? Hi3(e.alternate ?? e.consequent) : t === "ForInStatement" || t === "ForOfStatement" || t === "ForStatement" || t === "LabeledStatement" || t === "WithStatement" || t === "WhileStatement" ? Hi3(e.body) : false;
}
function Tc(e) {
  return !Do2(e) && Hi3(e.node);
}
function gc(e, t) {
  let { node: r } = e, n = t.originalText.slice(b3(r), B3(r));
  return t.semi ? Tc(e) && (n += ";") : Zu2(e, t) && (n = `;${n}`), r.type === "ClassExpression" && j3(r.decorators) ? [D([E2, n]), E2] : n;
}
var Xi2 = (e) => e === "" || e === T3 || e === d2 || e === E2;
function Ny(e, t, r) {
  let { node: n } = e;
  if (n.type === "JSXElement" && zy(n)) return [r("openingElement"), r("closingElement")];
  let o = n.type === "JSXElement" ? r("openingElement") : r("openingFragment"), i = n.type === "JSXElement" ? r("closingElement") : r("closingFragment");
  if (n.children.length === 1 && n.children[0].type === "JSXExpressionContainer" && (n.children[0].expression.type === "TemplateLiteral" || n.children[0].expression.type === "TaggedTemplateExpression")) return [o, ...e.map(r, "children"), i];
  n.children = n.children.map((P2) => Qy(P2) ? { type: "JSXText", value: " ", raw: " " } : P2);
  let s = n.children.some(q2), u = n.children.filter((P2) => P2.type === "JSXExpressionContainer").length > 1, a2 = n.type === "JSXElement" && n.openingElement.attributes.length > 1, l2 = le3(o) || s || a2 || u, f = e.parent.rootMarker === "mdx", m = t.singleQuote ? "{' '}" : '{" "}', C2 = f ? T3 : O3([m, E2], " "), g2 = n.openingElement?.name?.name === "fbt", y3 = jy(e, t, r, C2, g2), h2 = n.children.some((P2) => er3(P2));
  for (let P2 = y3.length - 2; P2 >= 0; P2--) {
    let U3 = y3[P2] === "" && y3[P2 + 1] === "", H3 = y3[P2] === d2 && y3[P2 + 1] === "" && y3[P2 + 2] === d2, me3 = (y3[P2] === E2 || y3[P2] === d2) && y3[P2 + 1] === "" && y3[P2 + 2] === C2, de3 = y3[P2] === C2 && y3[P2 + 1] === "" && (y3[P2 + 2] === E2 || y3[P2 + 2] === d2), ee3 = y3[P2] === C2 && y3[P2 + 1] === "" && y3[P2 + 2] === C2, Te3 = y3[P2] === E2 && y3[P2 + 1] === "" && y3[P2 + 2] === d2 || y3[P2] === d2 && y3[P2 + 1] === "" && y3[P2 + 2] === E2;
    H3 && h2 || U3 || me3 || ee3 || Te3 ? y3.splice(P2, 2) : de3 && y3.splice(P2 + 1, 2);
  }
  for (; y3.length > 0 && Xi2(w2(0, y3, -1)); ) y3.pop();
  for (; y3.length > 1 && Xi2(y3[0]) && Xi2(y3[1]); ) y3.shift(), y3.shift();
  let A2 = [""];
  for (let [P2, U3] of y3.entries()) {
    if (U3 === C2) {
      if (P2 === 1 && fu2(y3[P2 - 1])) {
        if (y3.length === 2) {
          A2.push([A2.pop(), m]);
          continue;
        }
        A2.push([m, d2], "");
        continue;
      }
      if (P2 === y3.length - 1) {
        A2.push([A2.pop(), m]);
        continue;
      }
      if (y3[P2 - 1] === "" && y3[P2 - 2] === d2) {
        A2.push([A2.pop(), m]);
        continue;
      }
    }
    P2 % 2 === 0 ? A2.push([A2.pop(), U3]) : A2.push(U3, ""), le3(U3) && (l2 = true);
  }
  let k3 = h2 ? Ln2(A2) : p2(A2, { shouldBreak: true });
  if (t.cursorNode?.type === "JSXText" && n.children.includes(t.cursorNode) ? k3 = [Yr3, k3, Yr3] : t.nodeBeforeCursor?.type === "JSXText" && n.children.includes(t.nodeBeforeCursor) ? k3 = [Yr3, k3] : t.nodeAfterCursor?.type === "JSXText" && n.children.includes(t.nodeAfterCursor) && (k3 = [k3, Yr3]), f) return k3;
  let I2 = p2([o, D([d2, k3]), d2, i]);
  return l2 ? I2 : ft3([p2([o, ...y3, i]), I2]);
}
function jy(e, t, r, n, o) {
  let i = "", s = [i];
  function u(l2) {
    i = l2, s.push([s.pop(), l2]);
  }
  function a2(l2) {
    l2 !== "" && (i = l2, s.push(l2, ""));
  }
  return e.each(({ node: l2, next: f }) => {
    if (l2.type === "JSXText") {
      let m = Fe3(l2);
      if (er3(l2)) {
        let C2 = Zt3.split(m, true);
        if (C2[0] === "") {
          if (C2.shift(), /\n/.test(C2[0])) {
            let y3 = Zt3.getTrailingWhitespace(m);
            a2(Sc(o, C2[1], l2, y3 && !/\n/.test(y3) ? void 0 : f));
          } else a2(n);
          C2.shift();
        }
        let g2;
        if (w2(0, C2, -1) === "" && (C2.pop(), g2 = C2.pop()), C2.length === 0) return;
        for (let [y3, h2] of C2.entries()) y3 % 2 === 1 ? a2(T3) : u(h2);
        g2 !== void 0 ? /\n/.test(g2) ? a2(Sc(o, i, l2, f)) : a2(n) : a2(hc(o, i, l2, f));
      } else /\n/.test(m) ? m.match(/\n/g).length > 1 && a2(d2) : a2(n);
    } else {
      let m = r();
      if (u(m), f && er3(f)) {
        let g2 = Zt3.trim(Fe3(f)), [y3] = Zt3.split(g2);
        a2(hc(o, y3, l2, f));
      } else a2(d2);
    }
  }, "children"), s;
}
function hc(e, t, r, n) {
  return e ? "" : r.type === "JSXElement" && !r.closingElement || n?.type === "JSXElement" && !n.closingElement ? t.length === 1 ? E2 : d2 : E2;
}
function Sc(e, t, r, n) {
  return e ? d2 : t.length === 1 ? r.type === "JSXElement" && !r.closingElement || n?.type === "JSXElement" && !n.closingElement ? d2 : E2 : d2;
}
var vy = S3(["ArrayExpression", "JSXAttribute", "JSXElement", "JSXExpressionContainer", "JSXFragment", "ExpressionStatement", "NewExpression", "CallExpression", "OptionalCallExpression", "ConditionalExpression", "JsExpressionRoot", "MatchExpressionCase"]);
function Ry(e, t, r) {
  let { parent: n } = e;
  if (vy(n)) return t;
  let o = Wy(e), i = ie3(e, r);
  return p2([i ? "" : O3("("), D([E2, t]), E2, i ? "" : O3(")")], { shouldBreak: o });
}
function Wy(e) {
  return e.match(void 0, (t, r) => r === "body" && t.type === "ArrowFunctionExpression", (t, r) => r === "arguments" && M3(t)) && (e.match(void 0, void 0, void 0, (t, r) => r === "expression" && t.type === "JSXExpressionContainer") || e.match(void 0, void 0, void 0, (t, r) => r === "expression" && t.type === "ChainExpression", (t, r) => r === "expression" && t.type === "JSXExpressionContainer"));
}
function Jy(e, t, r) {
  let { node: n } = e, o = [r("name")];
  if (n.value) {
    let i;
    if (G3(n.value)) {
      let s = Fe3(n.value), u = $3(0, $3(0, s.slice(1, -1), "&apos;", "'"), "&quot;", '"'), a2 = Gn2(u, t.jsxSingleQuote);
      u = a2 === '"' ? $3(0, u, '"', "&quot;") : $3(0, u, "'", "&apos;"), i = e.call(() => Z3(e, Ke3(a2 + u + a2), t), "value");
    } else i = r("value");
    o.push("=", i);
  }
  return o;
}
function Gy(e, t, r) {
  let { node: n } = e, o = (i, s) => i.type === "JSXEmptyExpression" || !F2(i) && (V3(i) || ae3(i) || i.type === "ArrowFunctionExpression" || i.type === "AwaitExpression" && (o(i.argument, i) || i.argument.type === "JSXElement") || M3(we3(i)) || i.type === "FunctionExpression" || i.type === "TemplateLiteral" || i.type === "TaggedTemplateExpression" || i.type === "DoExpression" || q2(s) && (i.type === "ConditionalExpression" || Pe3(i)));
  return o(n.expression, e.parent) ? p2(["{", r("expression"), se3, "}"]) : p2(["{", D([E2, r("expression")]), E2, se3, "}"]);
}
function Uy(e, t, r) {
  let { node: n } = e, o = F2(n.name) || F2(n.typeArguments);
  if (n.selfClosing && n.attributes.length === 0 && !o) return ["<", r("name"), r("typeArguments"), " />"];
  if (n.attributes?.length === 1 && G3(n.attributes[0].value) && !n.attributes[0].value.value.includes(`
`) && !o && !F2(n.attributes[0])) return p2(["<", r("name"), r("typeArguments"), " ", ...e.map(r, "attributes"), n.selfClosing ? " />" : ">"]);
  let i = n.attributes?.some((u) => G3(u.value) && u.value.value.includes(`
`)), s = t.singleAttributePerLine && n.attributes.length > 1 ? d2 : T3;
  return p2(["<", Bc(e, t, r), r("typeArguments"), D(e.map(({ isFirst: u, previous: a2 }) => [u ? s : Ee3(a2, t) ? [d2, d2] : s, r()], "attributes")), ...Yy(n, t, o)], { shouldBreak: i });
}
function qy(e, t, r) {
  return ["</", Bc(e, t, r), ">"];
}
function Yy(e, t, r) {
  return e.selfClosing ? [T3, "/>"] : Hy(e, t, r) ? [">"] : [E2, ">"];
}
function Hy(e, t, r) {
  let n = e.attributes.length > 0 && F2(w2(0, e.attributes, -1), x.Trailing);
  return e.attributes.length === 0 && !r || (t.bracketSameLine || t.jsxBracketSameLine) && (!r || e.attributes.length > 0) && !n;
}
function Bc(e, t, r) {
  let { node: n } = e, o = n.name, i = r("name");
  return F2(o, x.Leading | x.Line) ? [D([d2, i]), n.type === "JSXClosingElement" ? d2 : ""] : F2(o, x.Leading | x.Block) ? [" ", i] : i;
}
function Xy(e, t) {
  let { node: r } = e, n = F2(r), o = F2(r, x.Line), i = r.type === "JSXOpeningFragment";
  return [i ? "<" : "</", D([o ? d2 : n && !i ? " " : "", R3(e, t)]), o ? d2 : "", ">"];
}
function Vy(e, t, r) {
  let n = Z3(e, Ny(e, t, r), t);
  return Ry(e, n, t);
}
function Ky(e, t) {
  let { node: r } = e, n = F2(r, x.Line);
  return [R3(e, t, { indent: n }), n ? d2 : ""];
}
function $y(e, t, r) {
  let { node: n } = e;
  return ["{", e.call(({ node: o }) => {
    let i = ["...", r()];
    return F2(o) ? [D([E2, Z3(e, i, t)]), E2] : i;
  }, n.type === "JSXSpreadAttribute" ? "argument" : "expression"), "}"];
}
function bc(e, t, r) {
  let { node: n } = e;
  if (n.type.startsWith("JSX")) switch (n.type) {
    case "JSXAttribute":
      return Jy(e, t, r);
    case "JSXIdentifier":
      return n.name;
    case "JSXNamespacedName":
      return L3(":", [r("namespace"), r("name")]);
    case "JSXMemberExpression":
      return L3(".", [r("object"), r("property")]);
    case "JSXSpreadAttribute":
    case "JSXSpreadChild":
      return $y(e, t, r);
    case "JSXExpressionContainer":
      return Gy(e, t, r);
    case "JSXFragment":
    case "JSXElement":
      return Vy(e, t, r);
    case "JSXOpeningElement":
      return Uy(e, t, r);
    case "JSXClosingElement":
      return qy(e, t, r);
    case "JSXOpeningFragment":
    case "JSXClosingFragment":
      return Xy(e, t);
    case "JSXEmptyExpression":
      return Ky(e, t);
    case "JSXText":
      throw new Error("JSXText should be handled by JSXElement");
    default:
      throw new st3(n, "JSX");
  }
}
function zy(e) {
  if (e.children.length === 0) return true;
  if (e.children.length > 1) return false;
  let t = e.children[0];
  return t.type === "JSXText" && !er3(t);
}
function Qy(e) {
  return e.type === "JSXExpressionContainer" && G3(e.expression) && e.expression.value === " " && !F2(e.expression);
}
function Pc(e, t, r) {
  let { node: n } = e, o = n.parameters.length > 1 ? Le3(t) : "", i = p2([D([E2, L3([", ", E2], e.map(r, "parameters"))]), o, E2]), s = e.key === "body" && e.parent.type === "ClassBody";
  return [p2([s && n.static ? "static " : "", n.readonly ? "readonly " : "", "[", n.parameters ? i : "", "]", W3(e, r)]), ke3(e, t)];
}
function Vi3(e, t, r) {
  let { node: n } = e;
  return [n.postfix ? "" : r, W3(e, t), n.postfix ? r : ""];
}
function Ic(e, t, r) {
  let { node: n } = e, o = [], i = n.kind && n.kind !== "method" ? `${n.kind} ` : "";
  o.push(Lt3(n), i, Oe3(e, t, r), K3(e));
  let s = $e2(e, t, r, false, true), u = W3(e, r, "returnType"), a2 = Ot3(n, u);
  return o.push(a2 ? p2(s) : s), n.returnType && o.push(p2(u)), [p2(o), ke3(e, t)];
}
function kc(e, t, r) {
  let { node: n } = e, o = !(V3(n.expression) || ae3(n.expression)), i = p2(["<", D([E2, r("typeAnnotation")]), E2, ">"]), s = [O3("("), D([E2, r("expression")]), E2, O3(")")];
  return o ? ft3([[i, r("expression")], [i, p2(s, { shouldBreak: true })], [i, r("expression")]]) : p2([i, r("expression")]);
}
function wc(e, t, r, n) {
  let { node: o } = e;
  if (o.type.startsWith("TS")) {
    if (jn2(o)) return o.type.slice(2, -7).toLowerCase();
    switch (o.type) {
      case "TSThisType":
        return "this";
      case "TSTypeAssertion":
        return kc(e, t, r);
      case "TSDeclareFunction":
        return Ar3(e, t, r);
      case "TSExportAssignment":
        return Ao2(e, t, r);
      case "TSModuleBlock":
        return po2(e, t, r);
      case "TSInterfaceBody":
      case "TSTypeLiteral":
        return tr3(e, t, r);
      case "TSTypeAliasDeclaration":
        return Oo2(e, t, r);
      case "TSQualifiedName":
        return [r("left"), ".", r("right")];
      case "TSAbstractMethodDefinition":
      case "TSDeclareMethod":
        return Ir3(e, t, r);
      case "TSAbstractAccessorProperty":
      case "TSAbstractPropertyDefinition":
        return kr3(e, t, r);
      case "TSInterfaceHeritage":
      case "TSClassImplements":
      case "TSInstantiationExpression":
        return [r("expression"), r("typeArguments")];
      case "TSTemplateLiteralType":
        return Tr3(e, t, r);
      case "TSNamedTupleMember":
        return Lo2(e, t, r);
      case "TSRestType":
        return wo2(e, t, r);
      case "TSOptionalType":
        return [r("typeAnnotation"), "?"];
      case "TSInterfaceDeclaration":
        return Pr3(e, t, r);
      case "TSTypeParameterDeclaration":
      case "TSTypeParameterInstantiation":
        return rr3(e, t, r, "params");
      case "TSTypeParameter":
        return Mo2(e, t, r);
      case "TSAsExpression":
      case "TSSatisfiesExpression":
        return Co2(e, t, r);
      case "TSArrayType":
        return Eo2(r);
      case "TSPropertySignature":
        return [p2([o.readonly ? "readonly " : "", Oe3(e, t, r), K3(e), W3(e, r)]), ke3(e, t)];
      case "TSParameterProperty":
        return ko2(e, t, r);
      case "TSTypeQuery":
        return No2(e, r);
      case "TSIndexSignature":
        return Pc(e, t, r);
      case "TSTypePredicate":
        return _o2(e, r);
      case "TSNonNullExpression":
        return Io2(e, t, r);
      case "TSImportType":
        return [Dt3(e, t, r), o.qualifier ? [".", r("qualifier")] : "", rr3(e, t, r, "typeArguments")];
      case "TSLiteralType":
        return r("literal");
      case "TSIndexedAccessType":
        return ho3(e, t, r);
      case "TSTypeOperator":
        return [o.operator, " ", r("typeAnnotation")];
      case "TSMappedType":
        return yc(e, t, r);
      case "TSMethodSignature":
        return Ic(e, t, r);
      case "TSNamespaceExportDeclaration":
        return Po2(e, t, r);
      case "TSEnumDeclaration":
        return xo2(e, r);
      case "TSEnumBody":
        return yt3(e, t, r);
      case "TSEnumMember":
        return Fo2(e, t, r);
      case "TSImportEqualsDeclaration":
        return go2(e, t, r);
      case "TSExternalModuleReference":
        return Dt3(e, t, r);
      case "TSModuleDeclaration":
        return bo2(e, t, r);
      case "TSConditionalType":
        return Lr3(e, t, r);
      case "TSInferType":
        return So2(e, t, r);
      case "TSIntersectionType":
        return Bo2(e, t, r);
      case "TSUnionType":
        return qn2(e, t, r, n);
      case "TSFunctionType":
      case "TSCallSignatureDeclaration":
      case "TSConstructorType":
      case "TSConstructSignatureDeclaration":
        return To2(e, t, r);
      case "TSTupleType":
        return br3(e, t, r);
      case "TSTypeReference":
        return [r("typeName"), rr3(e, t, r, "typeArguments")];
      case "TSTypeAnnotation":
        return Yn2(e, t, r);
      case "TSEmptyBodyFunctionExpression":
        return Hn2(e, t, r);
      case "TSJSDocAllType":
        return "*";
      case "TSJSDocUnknownType":
        return "?";
      case "TSJSDocNullableType":
        return Vi3(e, r, "?");
      case "TSJSDocNonNullableType":
        return Vi3(e, r, "!");
      default:
        throw new st3(o, "TypeScript");
    }
  }
}
function Zy(e, t, r, n) {
  for (let o of [Xa, bc, Ac, wc, ic]) {
    let i = o(e, t, r, n);
    if (i !== void 0) return i;
  }
}
var eE = S3(["ClassMethod", "ClassPrivateMethod", "ClassProperty", "ClassAccessorProperty", "StructDeclaration", "AccessorProperty", "AbstractPropertyDefinition", "TSAbstractAccessorProperty", "PropertyDefinition", "TSAbstractPropertyDefinition", "ClassPrivateProperty", "MethodDefinition", "AbstractMethodDefinition", "TSAbstractMethodDefinition", "TSDeclareMethod"]);
function Ki3(e, t, r, n) {
  e.isRoot && t.__onHtmlBindingRoot?.(e.node, t);
  let { node: o } = e, i = Sr3(e) ? gc(e, t) : Zy(e, t, r, n);
  if (!i) return "";
  if (eE(o)) return i;
  i = tE(e, t, i);
  let s = o.type !== "ClassExpression" && j3(o.decorators) ? no2(e, t, r) : "", u = ie3(e, t);
  return !s && !u ? i : In2(i, (a2) => [u ? "(" : "", s ? p2([s, a2]) : a2, u ? ")" : ""]);
}
function tE(e, t, r) {
  let { node: n } = e;
  return (F2(n, x.Leading) || F2(n, x.Trailing)) && Fn2(e) ? [D([E2, Z3(e, r, t)]), E2] : r;
}
var rE = { experimental_avoidAstMutation: true, experimental_locForRangeFormat: { locStart: b3, locEnd: _t3 } };
var $i3 = { features: rE, massageAstNode: Pi3, canAttachComment: Ts2, handleComments: Vs2, isGap: Ks2, willPrintOwnComments: ta2, embed: xa2, insertPragma: ja, printComment: va, printPrettierIgnored: Ki3, print: Ki3, getVisitorKeys: hn2, isBlockComment: ce3, hasPrettierIgnore: Sr3 };
var Qi2 = [{ name: "JSON.stringify", type: "data", aceMode: "json", extensions: [".importmap"], filenames: ["package.json", "package-lock.json", "composer.json"], tmScope: "source.json", aliases: ["geojson", "jsonl", "sarif", "topojson"], codemirrorMode: "javascript", codemirrorMimeType: "application/json", parsers: ["json-stringify"], vscodeLanguageIds: ["json"], linguistLanguageId: 174 }, { name: "JSON", type: "data", aceMode: "json", extensions: [".json", ".4DForm", ".4DProject", ".avsc", ".geojson", ".gltf", ".har", ".ice", ".JSON-tmLanguage", ".json.example", ".mcmeta", ".sarif", ".slnlaunch", ".tact", ".tfstate", ".tfstate.backup", ".topojson", ".webapp", ".webmanifest", ".yy", ".yyp"], filenames: [".all-contributorsrc", ".arcconfig", ".auto-changelog", ".c8rc", ".htmlhintrc", ".imgbotconfig", ".nycrc", ".releaserc", ".secrets.baseline", ".tern-config", ".tern-project", ".watchmanconfig", ".babelrc", ".jscsrc", ".jshintrc", ".jslintrc", ".swcrc"], tmScope: "source.json", aliases: ["geojson", "jsonl", "sarif", "topojson"], codemirrorMode: "javascript", codemirrorMimeType: "application/json", parsers: ["json"], vscodeLanguageIds: ["json"], linguistLanguageId: 174 }, { name: "JSON with Comments", type: "data", aceMode: "javascript", extensions: [".jsonc", ".code-snippets", ".code-workspace", ".hujson", ".sublime-build", ".sublime-color-scheme", ".sublime-commands", ".sublime-completions", ".sublime-keymap", ".sublime-macro", ".sublime-menu", ".sublime-mousemap", ".sublime-project", ".sublime-settings", ".sublime-theme", ".sublime-workspace", ".sublime_metrics", ".sublime_session"], filenames: [], tmScope: "source.json.comments", aliases: ["jsonc"], codemirrorMode: "javascript", codemirrorMimeType: "text/javascript", group: "JSON", parsers: ["jsonc"], vscodeLanguageIds: ["jsonc"], linguistLanguageId: 423 }, { name: "JSON5", type: "data", aceMode: "json5", extensions: [".json5"], tmScope: "source.js", codemirrorMode: "javascript", codemirrorMimeType: "application/json", parsers: ["json5"], vscodeLanguageIds: ["json5"], linguistLanguageId: 175 }];
var jo2 = {};
Ro2(jo2, { estree: () => $i3, "estree-json": () => iE });
var Lc = { JsonRoot: ["node"], ArrayExpression: ["elements"], ObjectExpression: ["properties"], ObjectProperty: ["key", "value"], UnaryExpression: ["argument"], NullLiteral: [], BooleanLiteral: [], StringLiteral: [], NumericLiteral: [], Identifier: [], TemplateLiteral: ["quasis"], TemplateElement: [] };
var nE = gn2(Lc);
var Oc = nE;
function Qr3(e) {
  return e.extra.raw;
}
var oE = /* @__PURE__ */ new Set(["start", "end", "loc", "comments", "leadingComments", "trailingComments", "innerComments", "errors", "range", "tokens"]);
function Zi2(e, t) {
  let { type: r } = e;
  if (r === "ObjectProperty") {
    let { key: n } = e;
    if (n.type === "Identifier") {
      let { name: o } = n;
      t.key = { type: "StringLiteral", value: o, extra: { rawValue: o } };
    } else if (n.type === "NumericLiteral") {
      let o = Qr3(n);
      String(Number(o)) === o && (t.key = { type: "StringLiteral", value: o, extra: { rawValue: o } });
    }
  }
  if (r === "StringLiteral" && delete t.extra.raw, r === "UnaryExpression" && e.operator === "+") return t.argument;
  if ((r === "ArrayExpression" || r === "ObjectExpression") && (t.extra ?? (t.extra = {}), e.extra?.trailingComma && delete t.extra.trailingComma), r === "ArrayExpression") {
    for (let [n, o] of e.elements.entries()) o === null && t.elements.splice(n, 0, { type: "NullLiteral" });
    return;
  }
  if (r === "TemplateLiteral") {
    let n = e.quasis[0].value.cooked;
    return { type: "StringLiteral", value: n, extra: { rawValue: n } };
  }
}
Zi2.ignoredProperties = oE;
function es2(e, t, r) {
  let { node: n } = e;
  switch (n.type) {
    case "JsonRoot":
      return [r("node"), d2];
    case "ArrayExpression": {
      if (n.elements.length === 0) return "[]";
      let o = e.map(() => e.node === null ? "null" : r(), "elements");
      return ["[", D([d2, L3([",", d2], o)]), d2, "]"];
    }
    case "ObjectExpression":
      return n.properties.length === 0 ? "{}" : ["{", D([d2, L3([",", d2], e.map(r, "properties"))]), d2, "}"];
    case "ObjectProperty":
      return [r("key"), ": ", r("value")];
    case "UnaryExpression":
      return [n.operator === "+" ? "" : n.operator, r("argument")];
    case "NullLiteral":
      return "null";
    case "BooleanLiteral":
      return n.value ? "true" : "false";
    case "StringLiteral":
      return it3(Qr3(n), t);
    case "NumericLiteral": {
      let o = Qr3(n);
      return Mc(e) && String(Number(o)) === o ? `"${o}"` : o;
    }
    case "Identifier":
      return Mc(e) ? JSON.stringify(n.name) : n.name;
    case "TemplateLiteral":
      return r(["quasis", 0]);
    case "TemplateElement":
      return JSON.stringify(n.value.cooked);
    default:
      throw new st3(n, "JSON");
  }
}
function Mc(e) {
  return e.key === "key" && e.parent.type === "ObjectProperty";
}
var iE = { massageAstNode: Zi2, print: es2, getVisitorKeys: Oc };
var Or3 = { bracketSpacing: { category: "Common", type: "boolean", default: true, description: "Print spaces between brackets.", oppositeDescription: "Do not print spaces between brackets." }, objectWrap: { category: "Common", type: "choice", default: "preserve", description: "How to wrap object literals.", choices: [{ value: "preserve", description: "Keep as multi-line, if there is a newline between the opening brace and first property." }, { value: "collapse", description: "Fit to a single line when possible." }] }, singleQuote: { category: "Common", type: "boolean", default: false, description: "Use single quotes instead of double quotes." }, proseWrap: { category: "Common", type: "choice", default: "preserve", description: "How to wrap prose.", choices: [{ value: "always", description: "Wrap prose if it exceeds the print width." }, { value: "never", description: "Do not wrap prose." }, { value: "preserve", description: "Wrap prose as-is." }] }, bracketSameLine: { category: "Common", type: "boolean", default: false, description: "Put > of opening tags on the last line instead of on a new line." }, singleAttributePerLine: { category: "Common", type: "boolean", default: false, description: "Enforce single attribute per line in HTML, Vue and JSX." } };
var qt3 = "JavaScript";
var sE = { arrowParens: { category: qt3, type: "choice", default: "always", description: "Include parentheses around a sole arrow function parameter.", choices: [{ value: "always", description: "Always include parens. Example: `(x) => x`" }, { value: "avoid", description: "Omit parens when possible. Example: `x => x`" }] }, bracketSameLine: Or3.bracketSameLine, objectWrap: Or3.objectWrap, bracketSpacing: Or3.bracketSpacing, jsxBracketSameLine: { category: qt3, type: "boolean", description: "Put > on the last line instead of at a new line.", deprecated: "2.4.0" }, semi: { category: qt3, type: "boolean", default: true, description: "Print semicolons.", oppositeDescription: "Do not print semicolons, except at the beginning of lines which may need them." }, experimentalOperatorPosition: { category: qt3, type: "choice", default: "end", description: "Where to print operators when binary expressions wrap lines.", choices: [{ value: "start", description: "Print operators at the start of new lines." }, { value: "end", description: "Print operators at the end of previous lines." }] }, experimentalTernaries: { category: qt3, type: "boolean", default: false, description: "Use curious ternaries, with the question mark after the condition.", oppositeDescription: "Default behavior of ternaries; keep question marks on the same line as the consequent." }, singleQuote: Or3.singleQuote, jsxSingleQuote: { category: qt3, type: "boolean", default: false, description: "Use single quotes in JSX." }, quoteProps: { category: qt3, type: "choice", default: "as-needed", description: "Change when properties in objects are quoted.", choices: [{ value: "as-needed", description: "Only add quotes around object properties where required." }, { value: "consistent", description: "If at least one property in an object requires quotes, quote all properties." }, { value: "preserve", description: "Respect the input use of quotes in object properties." }] }, trailingComma: { category: qt3, type: "choice", default: "all", description: "Print trailing commas wherever possible when multi-line.", choices: [{ value: "all", description: "Trailing commas wherever possible (including function arguments)." }, { value: "es5", description: "Trailing commas where valid in ES5 (objects, arrays, etc.)" }, { value: "none", description: "No trailing commas." }] }, singleAttributePerLine: Or3.singleAttributePerLine };
var _c = sE;
var uE = { ...zi3, ...jo2 };
var aE = [...is2, ...Qi2];

// src/codegen/typescript.ts
var SDK_MODULE = "@posthog/definitions";
var PRETTIER_OPTIONS = { parser: "babel-ts", plugins: [babel_exports, estree_exports], semi: false, printWidth: 100, trailingComma: "all" };
var RESERVED = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval undefined NaN Infinity".split(" ")
);
function words(text) {
  return text.split(/[^A-Za-z0-9]+/).filter(Boolean);
}
function pascal(text) {
  return words(text).map((w3) => w3[0].toUpperCase() + w3.slice(1)).join("");
}
function identifierFor(key, kind) {
  const name = pascal(key);
  const camel = name[0] ? name[0].toLowerCase() + name.slice(1) : "";
  return /^[A-Za-z]/.test(camel) ? camel : `${getKind(kind).constructorName}${name}`;
}
function assignPaths(resources) {
  const paths = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  const sorted = [...resources].sort((a2, b4) => formatAddress(a2).localeCompare(formatAddress(b4), "en"));
  for (const resource of sorted) {
    const folder = getKind(resource.kind).folder;
    const stem = resource.key.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "") || resource.kind;
    let path = `${folder}/${stem}.ts`;
    for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${folder}/${stem}-${n}.ts`;
    taken.add(path.toLowerCase());
    paths.set(formatAddress(resource), path);
  }
  return paths;
}
function relativeImport(from, target) {
  const fromParts = from.split("/").slice(0, -1);
  const targetParts = target.split("/");
  let common = 0;
  while (common < fromParts.length && common < targetParts.length - 1 && fromParts[common] === targetParts[common]) common++;
  const up2 = fromParts.length - common;
  return `${up2 === 0 ? "./" : "../".repeat(up2)}${targetParts.slice(common).join("/")}`;
}
function stringLiteral(text) {
  if (text.includes("\n") && !/[\0-\x08\x0b-\x1f\x7f\u2028\u2029]/.test(text.replace(/\r?\n|\t/g, ""))) {
    return `\`${text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${")}\``;
  }
  return JSON.stringify(text);
}
function propertyName(name) {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}
function collectHelpers(value, out) {
  if (Array.isArray(value)) for (const item of value) collectHelpers(item, out);
  else if (isJsonObject(value)) {
    const call = readSpecCall(value);
    if (call) out.add(call.name);
    for (const member of call ? call.args : Object.values(value)) collectHelpers(member, out);
  }
  return out;
}
function renderValue(value, identifierOf) {
  if (typeof value === "string") return stringLiteral(value);
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => renderValue(item, identifierOf)).join(", ")}]`;
  const ref = readRef(value);
  if (ref) return identifierOf(formatAddress(ref));
  const call = readSpecCall(value);
  if (call) return `${call.name}(${call.args.map((arg) => renderValue(arg, identifierOf)).join(", ")})`;
  return `{${Object.entries(value).map(([name, member]) => `${propertyName(name)}: ${renderValue(member, identifierOf)}`).join(", ")}}`;
}
function inSchemaOrder(resource) {
  const declared = Object.keys(getKind(resource.kind).schema.fields);
  const rank = (name) => declared.includes(name) ? declared.indexOf(name) : declared.length;
  return Object.fromEntries(Object.entries(resource.spec).sort(([a2], [b4]) => rank(a2) - rank(b4)));
}
function renderModule(resource, path, paths) {
  const constructorName = getKind(resource.kind).constructorName;
  const helpers = collectHelpers(resource.spec, /* @__PURE__ */ new Set([constructorName]));
  const localNames = /* @__PURE__ */ new Map();
  const used = new Set(helpers);
  const identifierOf = (address) => {
    const existing = localNames.get(address);
    if (existing) return existing;
    const target = paths.get(address);
    if (!target) throw new Error(`${formatAddress(resource)} references ${address}, which is not being written`);
    const ref = readRef({ $ref: address });
    const base = identifierFor(ref.key, ref.kind);
    let name = base;
    if (RESERVED.has(name) || used.has(name)) name = `${base}${pascal(getKind(ref.kind).constructorName)}`;
    for (let n = 2; RESERVED.has(name) || used.has(name); n++) name = `${base}${n}`;
    used.add(name);
    localNames.set(address, name);
    return name;
  };
  const rendered = renderValue(inSchemaOrder(resource), identifierOf);
  const lines = [`import { ${[...helpers].sort().join(", ")} } from ${JSON.stringify(SDK_MODULE)}`];
  const fileImports = [...localNames].map(([address, name]) => ({ name, from: relativeImport(path, paths.get(address)) }));
  for (const { name, from } of fileImports.sort((a2, b4) => a2.from.localeCompare(b4.from, "en"))) lines.push(`import ${name} from ${JSON.stringify(from)}`);
  return `${lines.join("\n")}

export default ${constructorName}(${rendered})
`;
}
async function generateDefinitionFiles(resources, referenced = []) {
  const paths = assignPaths([...resources, ...referenced.map((r) => ({ ...r, spec: {} }))]);
  const files = [];
  for (const resource of resources) {
    const path = paths.get(formatAddress(resource));
    const content = await ku(renderModule(resource, path, paths), PRETTIER_OPTIONS);
    files.push({ path, kind: resource.kind, key: resource.key, content });
  }
  return files.sort((a2, b4) => a2.path.localeCompare(b4.path, "en"));
}
export {
  generateDefinitionFiles
};
