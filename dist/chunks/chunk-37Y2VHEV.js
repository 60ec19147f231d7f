import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isJsonObject,
  stringifyStable
} from "./chunk-2AROFJEV.js";

// src/render/checks.ts
function formatCount(value) {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function formatEstimate(value) {
  const whole = Math.round(value);
  if (whole < 1e3) return formatCount(whole);
  const step = 10 ** (String(whole).length - 3);
  return formatCount(Math.round(whole / step) * step);
}
var percent = (value) => `${value ?? 0}%`;
function summaryHead(reach) {
  return reach.before !== void 0 && reach.after !== void 0 && reach.before !== reach.after ? `release condition ${reach.condition}: rollout ${percent(reach.before)} → ${percent(reach.after)}` : void 0;
}
function describeReach(reach) {
  const of = `of ${formatCount(reach.total)} ${reach.unit}`;
  if (reach.after === void 0) return `release condition ${reach.condition} removed: it reached about ${formatEstimate(reach.affected * (reach.before ?? 0) / 100)} ${of}`;
  const reached = `about ${formatEstimate(reach.affected * reach.after / 100)} ${of}`;
  if (reach.before === void 0) return `release condition ${reach.condition} added: rollout ${percent(reach.after)}: ${reached}`;
  return `${summaryHead(reach) ?? `release condition ${reach.condition}: rollout ${percent(reach.after)}`}: ${reached}`;
}
function withReach(plan, step) {
  const lines = [...step.summary];
  for (const reach of plan.checks?.reach ?? []) {
    if (reach.kind !== step.kind || reach.key !== step.key) continue;
    const at = lines.indexOf(summaryHead(reach) ?? "\0");
    if (at >= 0) lines[at] = describeReach(reach);
    else lines.push(describeReach(reach));
  }
  return lines;
}
var WHAT = {
  all: "nothing was checked against the live project",
  events: "event names were not checked against the project",
  properties: "property names and types were not checked against the project",
  hogql: "HogQL was not checked against the project's schema",
  "blast-radius": "rollout changes were not sized"
};
var WHY = {
  forbidden: "the API key lacks the scope",
  unavailable: "this PostHog instance does not offer it",
  offline: "the plan was made without credentials",
  limit: "past the request budget",
  placeholders: "they use placeholders whose values the definitions do not hold",
  unsizable: "a condition names a cohort this plan creates, or PostHog could not evaluate it"
};
function describeSkippedChecks(plan) {
  return (plan.checks?.skipped ?? []).map((skip) => {
    const many = skip.count === void 0 ? "" : ` (${formatCount(skip.count)})`;
    return `${WHAT[skip.check]}${many}: ${WHY[skip.reason]}`;
  });
}

// src/render/symbols.ts
var ACTION_STYLE = {
  create: { glyph: "+", verb: "create", color: "green" },
  update: { glyph: "~", verb: "update", color: "yellow" },
  replace: { glyph: "±", verb: "replace", color: "red" },
  delete: { glyph: "-", verb: "delete", color: "red" },
  "no-op": { glyph: " ", verb: "unchanged", color: "dim" }
};

// src/render/present.ts
function kindOf(plan, kind) {
  return plan.kinds.find((k) => k.name === kind) ?? { name: kind, label: kind };
}
function describeStepWarning(plan, step, warning) {
  if (warning.type === "risk") return warning.message;
  const { label } = kindOf(plan, step.kind);
  const holder = String(warning.holderId);
  return `an unmanaged ${label} with ${warning.field} "${warning.value}" (id ${holder}) already exists, and PostHog keeps ${warning.field}s unique, so this create will fail; adopt it with \`posthog-definitions pull --adopt --kind ${step.kind} --key ${holder}\`, or rename the definition`;
}
function describeReason(plan, step) {
  const { label } = kindOf(plan, step.kind);
  if (step.action === "update" && step.adopt) return [`adopts the existing ${label} (not yet managed by this tool)`];
  if (step.action === "delete" && step.duplicateOf !== void 0) return [`removes a duplicate: ${label} id ${String(step.duplicateOf)} carries the same identity and is kept`];
  return [];
}
function presentStep(plan, step) {
  return {
    style: ACTION_STYLE[step.action],
    label: kindOf(plan, step.kind).label,
    ...step.url !== void 0 ? { url: step.url } : {},
    warnings: step.warnings.map((w) => describeStepWarning(plan, step, w)),
    notes: [...describeReason(plan, step), ...withReach(plan, step)]
  };
}
function describePlanWarning(plan, warning) {
  const { label } = kindOf(plan, warning.kind);
  if (warning.type === "unreadable") {
    const why = warning.reason === "forbidden" ? "the API key lacks the scope" : "not available on this PostHog instance";
    return `could not read ${label}s (${why}); managed ${label}s were not checked`;
  }
  const ids = warning.ids.map(String).join(", ");
  return `conflict: ${warning.ids.length} ${label}s carry the identity of "${warning.key}" (ids ${ids}); apply keeps id ${String(warning.keptId)}, the oldest, moves references to it and removes the others`;
}
function resultUrl(plan, step, createdId) {
  if (step.url !== void 0) return step.url;
  const pages = kindOf(plan, step.kind).pageUrl;
  return step.uiId === void 0 && createdId !== void 0 && pages !== void 0 ? `${pages}${encodeURIComponent(String(createdId))}` : void 0;
}
var ACTION_ORDER = { delete: 0, replace: 1, update: 2, create: 3, "no-op": 4 };
function groupByKind(plan, steps) {
  const rank = (kind) => plan.kinds.findIndex((k) => k.name === kind);
  const groups = /* @__PURE__ */ new Map();
  for (const step of steps) groups.set(step.kind, [...groups.get(step.kind) ?? [], step]);
  return [...groups.entries()].map(([kind, members]) => ({ kind, steps: members.map((s, i) => ({ s, i })).sort((a, b) => ACTION_ORDER[a.s.action] - ACTION_ORDER[b.s.action] || a.i - b.i).map((x) => x.s) })).sort((a, b) => Number(b.steps.some((s) => s.action === "delete")) - Number(a.steps.some((s) => s.action === "delete")) || rank(a.kind) - rank(b.kind));
}

// src/render/layout-grid.ts
var SYMBOLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
var EMPTY = "·";
var OVERLAP = "#";
var GAP = "   ";
function symbolOf(index) {
  return SYMBOLS[index] ?? "*";
}
function bandsOf(layout) {
  const edges = /* @__PURE__ */ new Set();
  for (const tile of layout.tiles) for (const box of [tile.before, tile.after]) if (box) edges.add(box.y).add(box.y + box.h);
  return [...edges].sort((a, b) => a - b);
}
function drawSide(layout, side, bands) {
  const lines = [];
  for (let b = 0; b + 1 < bands.length; b++) {
    const row = bands[b];
    const cells = [];
    for (let column = 0; column < layout.columns; column++) {
      const covering = layout.tiles.flatMap((tile, i) => {
        const box = tile[side];
        return box && box.x <= column && column < box.x + box.w && box.y <= row && row < box.y + box.h ? [symbolOf(i)] : [];
      });
      cells.push(covering.length === 0 ? EMPTY : covering.length === 1 ? covering[0] : OVERLAP);
    }
    lines.push(cells.join(" "));
  }
  return lines;
}
var formatBox = (box) => `(${box.x},${box.y}) ${box.w}×${box.h}`;
function describeMove(tile) {
  const { before, after } = tile;
  if (before && after) return before.x === after.x && before.y === after.y && before.w === after.w && before.h === after.h ? formatBox(after) : `${formatBox(before)} → ${formatBox(after)}`;
  if (after) return `added at ${formatBox(after)}`;
  if (before) return `removed from ${formatBox(before)}`;
  return "placed by PostHog";
}
function drawLayout(layout) {
  const bands = bandsOf(layout);
  const width = layout.columns * 2 - 1;
  const before = drawSide(layout, "before", bands);
  const after = drawSide(layout, "after", bands);
  const pad = (text) => text + " ".repeat(Math.max(0, width - [...text].length));
  const grid = before.map((line, i) => `${pad(line)}${GAP}${after[i]}`);
  const legend = layout.tiles.map((tile, i) => `${symbolOf(i)}  ${tile.label}  ${describeMove(tile)}`);
  return [`${pad("before")}${GAP}after`, ...grid, "", ...legend];
}

// src/render/provenance.ts
var REVERT_LABEL = "reverts a change made in PostHog";
function formatActivityTime(at) {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at) ? `${at.slice(0, 10)} ${at.slice(11, 16)} UTC` : at;
}
function describeReverts(plan, step, activity = []) {
  const fields = /* @__PURE__ */ new Map();
  for (const revert of plan.reverts ?? []) {
    if (revert.kind !== step.kind || revert.key !== step.key) continue;
    const field = revert.path.split(".")[0];
    const entry = fields.get(field) ?? { field, paths: [] };
    entry.paths.push(revert.path);
    const by = activity.find((a) => a.field === field);
    if (by) entry.by = by;
    fields.set(field, entry);
  }
  return [...fields.values()];
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// src/render/hogql-layout.ts
var CLAUSES = ["select", "from", "where", "prewhere", "group by", "having", "order by", "limit", "offset", "union all", "union distinct", "left join", "right join", "inner join", "full join", "cross join", "join", "window", "settings"];
var CLAUSE = new RegExp(`^(?:${CLAUSES.map((c) => c.replace(" ", "\\s+")).join("|")})\\b`, "i");
var QUERY_START = /^\s*(?:select|with)\b/i;
var MIN_LENGTH = 80;
function formatHogQL(text) {
  if (text.includes("\n") || text.length <= MIN_LENGTH || !QUERY_START.test(text)) return void 0;
  const lines = [];
  let line = "";
  let depth = 0;
  let quote;
  let inSelect = false;
  const flush = () => {
    if (line.trim() !== "") lines.push(line.trimEnd());
    line = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      line += char;
      if (char === "\\") line += text[++i] ?? "";
      else if (char === quote) quote = void 0;
      continue;
    }
    if (char === "'" || char === '"' || char === "`") quote = char;
    if (char === "(") depth++;
    if (char === ")") depth = Math.max(0, depth - 1);
    const wordStart = depth === 0 && !/[\w$]/.test(text[i - 1] ?? " ");
    const clause = wordStart && !quote ? CLAUSE.exec(text.slice(i)) : null;
    if (clause) {
      flush();
      inSelect = /^select$/i.test(clause[0]);
      line = clause[0].replace(/\s+/g, " ");
      i += clause[0].length - 1;
      continue;
    }
    if (char === "," && depth === 0 && inSelect) {
      line += ",";
      flush();
      line = "   ";
      while (text[i + 1] === " ") i++;
      continue;
    }
    line += char;
  }
  flush();
  return lines.length > 1 ? lines.map((l, i) => i > 0 && !CLAUSE.test(l) ? `  ${l.trim()}` : l.trim()).join("\n") : void 0;
}

// src/render/value-diff.ts
var INLINE_LIMIT = 80;
var STRUCTURAL_MIN = 3;
var CONTEXT = 3;
function formatInline(value) {
  return value === void 0 ? "(none)" : stringifyStable(value);
}
function asBlock(value) {
  if (value === void 0) return "";
  if (typeof value === "string") {
    const text = formatHogQL(value) ?? value;
    return text.endsWith("\n") ? text : `${text}
`;
  }
  return `${stringifyStable(value, 2)}
`;
}
function isLong(value) {
  return value !== void 0 && (formatInline(value).length > INLINE_LIMIT || typeof value === "string" && value.includes("\n"));
}
function needsBlockDiff(change) {
  return isLong(change.before) || isLong(change.after);
}
function foldContext(rows) {
  const near = rows.map((_, i) => rows.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((r) => r.sign !== " "));
  const out = [];
  for (let i = 0; i < rows.length; ) {
    if (near[i]) {
      out.push(rows[i]);
      i++;
      continue;
    }
    let end = i;
    while (end < rows.length && !near[end]) end++;
    out.push(end - i === 1 ? rows[i] : { sign: " ", text: `… ${end - i} unchanged lines` });
    i = end;
  }
  return out;
}
function diffBlock(change) {
  const rows = [];
  for (const part of diffLines(asBlock(change.before), asBlock(change.after))) {
    const sign = part.added ? "+" : part.removed ? "-" : " ";
    for (const line of part.value.replace(/\n$/, "").split("\n")) rows.push({ sign, text: line });
  }
  return change.before === void 0 || change.after === void 0 ? rows : foldContext(rows);
}
function valueAt(value, path) {
  let current = value;
  for (const segment of path === "" ? [] : path.split(".")) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (isJsonObject(current)) current = current[segment];
    else return void 0;
  }
  return current;
}
function commonPrefix(paths) {
  const split = paths.map((p) => p.split("."));
  const shared = [];
  for (let i = 0; split.every((s) => s.length > i + 1 && s[i] === split[0][i]); i++) shared.push(split[0][i]);
  return shared.join(".") || split[0][0];
}
function describeChanges(step) {
  const groups = /* @__PURE__ */ new Map();
  for (const change of step.changes) {
    const field = change.path.split(".")[0];
    groups.set(field, [...groups.get(field) ?? [], change]);
  }
  const items = [];
  for (const changes of groups.values()) {
    const root = commonPrefix(changes.map((c) => c.path));
    const before = valueAt(step.before, root);
    const after = valueAt(step.after, root);
    if (changes.length >= STRUCTURAL_MIN && typeof before === "object" && before !== null && typeof after === "object" && after !== null) {
      items.push({ type: "block", path: root, rows: diffBlock({ before, after }) });
      continue;
    }
    for (const change of changes) items.push(needsBlockDiff(change) ? { type: "block", path: change.path, rows: diffBlock(change) } : { type: "line", change });
  }
  return items;
}
function isEmpty(value) {
  return value === null || value === "" || Array.isArray(value) && value.length === 0 || isJsonObject(value) && Object.keys(value).length === 0;
}
function flattenLeaves(value, path) {
  if (isEmpty(value)) return [];
  const join = (member) => path ? `${path}.${member}` : String(member);
  const small = isJsonObject(value) && Object.values(value).every((m) => m === null || typeof m !== "object") && formatInline(value).length <= 60;
  if (isJsonObject(value) && !small) return Object.entries(value).flatMap(([key, member]) => flattenLeaves(member, join(key)));
  if (Array.isArray(value) && value.some((item) => typeof item === "object" && item !== null)) {
    return value.flatMap((item, i) => flattenLeaves(item, join(i)));
  }
  return [{ path, value }];
}

// src/render/written.ts
var SHORT = 60;
function refOf(value) {
  return isJsonObject(value) && typeof value.$ref === "string" && Object.keys(value).length === 1 ? value.$ref : void 0;
}
function callOf(value) {
  return isJsonObject(value) && typeof value.$call === "string" && Array.isArray(value.$args) ? { name: value.$call, args: value.$args } : void 0;
}
function inlineOf(value) {
  const ref = refOf(value);
  if (ref !== void 0) return ref;
  const call = callOf(value);
  if (call) return `${call.name}(${call.args.map(inlineOf).join(", ")})`;
  if (Array.isArray(value)) return `[${value.map(inlineOf).join(",")}]`;
  if (isJsonObject(value)) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${inlineOf(v)}`).join(",")}}`;
  return JSON.stringify(value);
}
function isEmpty2(value) {
  return value === null || value === "" || Array.isArray(value) && value.length === 0 || isJsonObject(value) && Object.keys(value).length === 0;
}
function rowsOf(value, path) {
  if (isEmpty2(value)) return [];
  const join = (member) => path ? `${path}.${member}` : String(member);
  const inline = inlineOf(value);
  const plainList = Array.isArray(value) && value.every((item) => item === null || typeof item !== "object");
  const nested = typeof value === "object" && value !== null && refOf(value) === void 0 && !plainList;
  if (!nested || inline.length <= SHORT) {
    return typeof value === "string" && isLong(value) ? [{ path, lines: diffBlock({ after: value }).map((r) => r.text) }] : [{ path, inline }];
  }
  const call = callOf(value);
  if (call) {
    const [only] = call.args;
    if (call.args.length === 1 && only !== void 0 && isJsonObject(only) && callOf(only) === void 0) return [{ path, inline: `${call.name}(…)` }, ...rowsOf(only, path)];
    return [{ path, inline: `${call.name}(…)` }, ...call.args.flatMap((arg, i) => rowsOf(arg, `${path}(${i + 1})`))];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => rowsOf(item, join(i)));
  return Object.entries(value).flatMap(([key, member]) => rowsOf(member, join(key)));
}
function listCreatedFields(step) {
  if (step.written) return Object.entries(step.written).flatMap(([key, value]) => rowsOf(value, key));
  return flattenLeaves(step.after ?? {}, "").map(({ path, value }) => isLong(value) ? { path, lines: diffBlock({ after: value }).map((r) => r.text) } : { path, inline: formatInline(value) });
}

// src/render/terminal.ts
var ANSI = { green: "\x1B[32m", yellow: "\x1B[33m", red: "\x1B[31m", dim: "\x1B[2m", bold: "\x1B[1m", reset: "\x1B[0m" };
function formatSummaryLine(plan) {
  const { create, update, delete: remove, noop } = plan.summary;
  if (create + update + remove === 0) return `No changes. ${noop} resource(s) up to date.`;
  return `Plan: ${create} to create, ${update} to update, ${remove} to delete, ${noop} unchanged.`;
}
function fieldLines(step, notes, reverts, paint) {
  const lines = [];
  if (step.action === "create") {
    for (const row of listCreatedFields(step)) {
      if (row.lines) {
        lines.push(`      ${paint("green", `+ ${row.path}:`)}`);
        for (const text of row.lines) lines.push(`          ${paint("green", text)}`);
      } else {
        lines.push(`      ${paint("green", `+ ${row.path}: ${row.inline ?? ""}`)}`);
      }
    }
    return lines;
  }
  for (const line of notes) lines.push(`      ${paint("bold", line)}`);
  for (const revert of reverts) {
    const by = revert.by ? ` by ${revert.by.by} on ${formatActivityTime(revert.by.at)}` : "";
    lines.push(`      ${paint("yellow", `↩ ${REVERT_LABEL}${by}: ${revert.paths.join(", ")}`)}`);
  }
  if (step.layout) for (const line of drawLayout(step.layout)) lines.push(line === "" ? "" : `        ${line}`);
  for (const item of describeChanges(step)) {
    if (item.type === "block") {
      lines.push(`      ${paint("yellow", `~ ${item.path}:`)}`);
      for (const row of item.rows) {
        const color = row.sign === "+" ? "green" : row.sign === "-" ? "red" : "dim";
        lines.push(`        ${paint(color, `${row.sign} ${row.text}`)}`);
      }
      continue;
    }
    const change = item.change;
    if (change.kind === "add") {
      lines.push(`      ${paint("green", `+ ${change.path}: ${formatInline(change.after)}`)}`);
    } else if (change.kind === "remove") {
      lines.push(`      ${paint("red", `- ${change.path}: ${formatInline(change.before)}`)}`);
    } else {
      lines.push(`      ${paint("yellow", `~ ${change.path}: ${formatInline(change.before)} → ${formatInline(change.after)}`)}`);
    }
  }
  return lines;
}
var painter = (options) => (color, text) => options.color ? `${ANSI[color]}${text}${ANSI.reset}` : text;
function stepBlock(plan, step, paint, activity) {
  const view = presentStep(plan, step);
  const lines = view.warnings.map((warning) => `      ${paint("red", `! ${warning}`)}`);
  lines.push(...fieldLines(step, view.notes, describeReverts(plan, step, activity?.[`${step.kind}/${step.key}`]), paint));
  return { heading: `  ${paint(view.style.color, `${view.style.glyph} ${view.label} ${step.key}`)}`, lines };
}
function renderOne(plan, options, shown, note) {
  const paint = painter(options);
  const env = plan.target.environment ? ` (${plan.target.environment})` : "";
  const out = [`PostHog project ${plan.target.projectId} at ${plan.target.host}${env}`, ""];
  if (note) out.push(`  ${paint("dim", `· ${note}`)}`);
  plan.steps.forEach((step, index) => {
    if (step.action === "no-op" && !options.verbose || !shown(index)) return;
    const block = stepBlock(plan, step, paint, options.activity);
    out.push(`${block.heading}${step.id !== void 0 ? paint("dim", ` (id ${step.id})`) : ""}`, ...block.lines);
  });
  for (const warning of plan.warnings) out.push(`  ${paint("yellow", `! ${describePlanWarning(plan, warning)}`)}`);
  for (const line of describeSkippedChecks(plan)) out.push(`  ${paint("dim", `· ${line}`)}`);
  if (plan.orphans.length > 0) {
    out.push("", `  ${plan.orphans.length} managed resource(s) have no definition and are left alone (apply with --prune to delete):`);
    for (const orphan of plan.orphans) out.push(`    ${paint("dim", `· ${kindOf(plan, orphan.kind).label} ${orphan.key} (id ${orphan.id})`)}`);
  }
  if (out.length > 2) out.push("");
  out.push(paint("bold", formatSummaryLine(plan)));
  return `${out.join("\n")}
`;
}
function renderPlanText(plan, options) {
  return renderOne(plan, options, () => true);
}
var environmentOf = (plan) => plan.target.environment ?? "default";
function renderPlansText(plans, options) {
  const plain = painter({ color: false });
  const keyOf = (plan, step) => JSON.stringify(stepBlock(plan, step, plain));
  const holders = /* @__PURE__ */ new Map();
  for (const plan of plans) for (const step of plan.steps) if (step.action !== "no-op") holders.set(keyOf(plan, step), [...holders.get(keyOf(plan, step)) ?? [], environmentOf(plan)]);
  const shared = (plan, step) => step.action !== "no-op" && (holders.get(keyOf(plan, step))?.length ?? 0) > 1;
  const paint = painter(options);
  const groups = /* @__PURE__ */ new Map();
  for (const plan of plans) {
    for (const step of plan.steps) {
      if (!shared(plan, step)) continue;
      const key = keyOf(plan, step);
      const names = holders.get(key);
      const group = groups.get(names.join("\0")) ?? { names, blocks: [], seen: /* @__PURE__ */ new Set() };
      groups.set(names.join("\0"), group);
      if (group.seen.has(key)) continue;
      group.seen.add(key);
      const ids = plans.flatMap((p) => p.steps.filter((s) => s.id !== void 0 && shared(p, s) && keyOf(p, s) === key).map((s) => `${environmentOf(p)} id ${s.id}`));
      const block = stepBlock(plan, step, paint);
      group.blocks.push([`${block.heading}${ids.length > 0 ? paint("dim", ` (${ids.join(", ")})`) : ""}`, ...block.lines].join("\n"));
    }
  }
  const out = [...groups.values()].map((g) => `${paint("bold", `Same in ${g.names.join(", ")}:`)}

${g.blocks.join("\n")}
`);
  for (const plan of plans) {
    const count = plan.steps.filter((s) => shared(plan, s)).length;
    out.push(renderOne(plan, options, (i) => !shared(plan, plan.steps[i]), count > 0 ? `${count} change(s) shown once above, the same in another environment` : void 0));
  }
  return out.join("\n");
}

export {
  describeSkippedChecks,
  ACTION_STYLE,
  kindOf,
  presentStep,
  describePlanWarning,
  resultUrl,
  groupByKind,
  drawLayout,
  REVERT_LABEL,
  describeReverts,
  formatInline,
  describeChanges,
  listCreatedFields,
  formatSummaryLine,
  renderPlanText,
  renderPlansText
};
