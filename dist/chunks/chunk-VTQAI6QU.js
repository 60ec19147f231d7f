import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  comparedFields
} from "./chunk-WPARJWHG.js";
import {
  compareIds,
  normalizeKey
} from "./chunk-LJQFIKR4.js";
import {
  KINDS,
  diffFields,
  getKind,
  rankKind,
  touchesPath
} from "./chunk-RHLKEUBH.js";
import {
  formatAddress,
  hashJson,
  isDeepEqual,
  isJsonObject
} from "./chunk-2AROFJEV.js";

// src/core/plan/types.ts
var PLAN_FORMAT_VERSION = 2;

// src/core/plan/assemble.ts
function fingerprintPlan(plan) {
  return hashJson({ formatVersion: plan.formatVersion, target: plan.target, prune: plan.prune, kinds: plan.kinds, steps: plan.steps, orphans: plan.orphans, warnings: plan.warnings });
}
function countSteps(steps) {
  const summary = { create: 0, update: 0, delete: 0, noop: 0 };
  for (const step of steps) {
    if (step.action === "replace") {
      summary.create++;
      summary.delete++;
    } else summary[step.action === "no-op" ? "noop" : step.action]++;
  }
  return summary;
}
function kindPages(target, kind) {
  if (!kind.ui || !/^https?:\/\//.test(target.host)) return void 0;
  return `${target.host}/project/${encodeURIComponent(target.projectId)}/${kind.ui.path}/`;
}
function linkStep(target, step) {
  const { url: _stale, ...rest } = step;
  const kind = getKind(step.kind);
  const pages = kindPages(target, kind);
  if (pages === void 0 || step.uiId === void 0) return rest;
  if (kind.ui?.page) return { ...rest, url: `${target.host}/project/${encodeURIComponent(target.projectId)}/${String(step.uiId)}` };
  return { ...rest, url: `${pages}${encodeURIComponent(String(step.uiId))}` };
}
function describeKinds(target, named) {
  return KINDS.filter((kind) => named.has(kind.name)).map((kind) => {
    const pages = kind.ui?.idField === void 0 && kind.ui?.page === void 0 ? kindPages(target, kind) : void 0;
    return { name: kind.name, label: kind.label, ...pages !== void 0 ? { pageUrl: pages } : {} };
  });
}
function assemblePlan(parts) {
  const steps = parts.steps.map((step) => linkStep(parts.target, step));
  const named = new Set([...steps, ...parts.orphans, ...parts.warnings].map((entry2) => entry2.kind));
  const plan = {
    formatVersion: PLAN_FORMAT_VERSION,
    target: parts.target,
    prune: parts.prune,
    kinds: describeKinds(parts.target, named),
    steps,
    orphans: parts.orphans,
    warnings: parts.warnings,
    summary: countSteps(steps)
  };
  return { ...plan, fingerprint: fingerprintPlan(plan) };
}
function filterPlan(plan, keep) {
  return reviseSteps(plan, plan.steps.filter(keep));
}
function reviseSteps(plan, steps) {
  const revised = assemblePlan({ target: plan.target, prune: plan.prune, steps: [...steps], orphans: plan.orphans, warnings: plan.warnings });
  return { ...revised, ...plan.checks ? { checks: plan.checks } : {}, ...plan.reverts ? { reverts: plan.reverts } : {} };
}

// src/core/plan/layout.ts
function describeLayout(kind, before, after) {
  if (!kind.grid || !before || !after) return void 0;
  const old = kind.grid(before);
  const next = kind.grid(after);
  const live = new Map(old.tiles.map((t) => [t.id, t]));
  const wanted = new Set(next.tiles.map((t) => t.id));
  const tiles = [
    ...next.tiles.map((t) => entry(t, live.get(t.id), t)),
    ...old.tiles.filter((t) => !wanted.has(t.id)).map((t) => entry(t, t, void 0))
  ];
  const moved = tiles.some((t) => !isDeepEqual(t.before, t.after));
  const drawn = tiles.some((t) => t.before !== void 0 || t.after !== void 0);
  return moved && drawn ? { columns: next.columns, tiles } : void 0;
}
function entry(tile, before, after) {
  return { label: tile.label, ...before?.box ? { before: before.box } : {}, ...after?.box ? { after: after.box } : {} };
}

// src/core/plan/provenance.ts
function valueAt(value, path) {
  let current = value;
  for (const segment of path.split(".")) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (isJsonObject(current)) current = current[segment];
    else return void 0;
  }
  return current;
}
function findReverts(steps, base) {
  const byAddress = new Map(base.map((r) => [`${r.kind}/${normalizeKey(r.key)}`, r]));
  return steps.flatMap((step) => {
    const old = byAddress.get(`${step.kind}/${normalizeKey(step.key)}`);
    if (!old || step.adopt || step.action !== "update" && step.action !== "replace") return [];
    return step.changes.filter((change) => isDeepEqual(valueAt(old.fields, change.path), change.after)).map((change) => ({ kind: step.kind, key: step.key, path: change.path }));
  });
}

// src/core/plan/plan.ts
function createPlan(input) {
  const live = /* @__PURE__ */ new Map();
  const adoptable = /* @__PURE__ */ new Map();
  const observed = [...input.observed].sort((a, b) => Number(a.duplicateOf !== void 0) - Number(b.duplicateOf !== void 0) || compareIds(a.id, b.id));
  for (const resource of observed) {
    const address = `${resource.kind}/${normalizeKey(resource.key)}`;
    if (!resource.managed) {
      if (!adoptable.has(address)) adoptable.set(address, resource);
      continue;
    }
    live.set(address, [...live.get(address) ?? [], resource]);
  }
  const steps = [];
  const duplicates = [];
  const conflicts = [];
  for (const desired of input.desired) {
    const address = `${desired.kind}/${normalizeKey(desired.key)}`;
    const [managed, ...copies] = live.get(address) ?? [];
    live.delete(address);
    if (managed && copies.length > 0) {
      duplicates.push(...copies);
      conflicts.push(describeConflict(managed, copies));
    }
    const current = managed ?? adoptable.get(address);
    const kind = getKind(desired.kind);
    const before = current && comparedFields(kind, current.fields, desired.fields, { rotateSecrets: input.rotateSecrets ?? false });
    const changes = current ? diffFields(before, desired.fields) : [];
    const adopt = current !== void 0 && !current.managed;
    const refused = current?.managed === true && changes.some((c) => kind.immutable.some((f) => touchesPath(c, f.path)));
    const action = !current ? "create" : refused ? "replace" : changes.length > 0 || adopt ? "update" : "no-op";
    const step = {
      kind: desired.kind,
      key: desired.key,
      action,
      after: desired.fields,
      changes,
      summary: action === "update" || action === "replace" ? kind.summarize?.(changes, before, desired.fields) ?? [] : [],
      warnings: [
        ...(action === "no-op" ? [] : kind.warn?.(changes, before, desired.fields) ?? []).map((message) => ({ type: "risk", message })),
        ...action === "create" ? warnCollision(desired, input.unmanaged ?? []) : []
      ],
      dependsOn: desired.dependsOn.map(formatAddress)
    };
    if (current) {
      step.id = current.id;
      if (current.uiId !== void 0) step.uiId = current.uiId;
      step.before = before;
    }
    if (adopt) step.adopt = true;
    if (desired.source) step.source = desired.source;
    if (action === "create") step.written = describeWritten(kind, desired);
    const layout = action === "update" || action === "replace" ? describeLayout(kind, before, desired.fields) : void 0;
    if (layout) step.layout = layout;
    steps.push(step);
  }
  const leftovers = [...live.values()].flat().filter((r) => !getKind(r.kind).api.singleton && getKind(r.kind).api.remove !== "never");
  const orphans = input.prune ? [] : leftovers.sort(compareDeletes).map((r) => ({ kind: r.kind, key: r.key, id: r.id }));
  for (const resource of [...duplicates, ...input.prune ? leftovers : []].sort(compareDeletes)) {
    const kept = duplicates.includes(resource) ? resource.duplicateOf : void 0;
    steps.push({
      kind: resource.kind,
      key: resource.key,
      action: "delete",
      id: resource.id,
      ...resource.uiId !== void 0 ? { uiId: resource.uiId } : {},
      before: resource.fields,
      changes: [],
      summary: [],
      warnings: [],
      dependsOn: [],
      ...kept !== void 0 ? { duplicateOf: kept } : {}
    });
  }
  const unreadable = (input.unreadable ?? []).map((u) => ({ type: "unreadable", kind: u.kind, reason: u.reason }));
  const plan = assemblePlan({ target: input.target, prune: input.prune, steps, orphans, warnings: [...conflicts, ...unreadable].sort(compareWarnings) });
  return input.base ? { ...plan, reverts: findReverts(plan.steps, input.base) } : plan;
}
function compareWarnings(a, b) {
  const order = (w) => `${w.type}\0${w.kind}\0${w.type === "conflict" ? w.key : ""}`;
  return order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0;
}
function compareDeletes(a, b) {
  return rankKind(b.kind) - rankKind(a.kind) || (a.key < b.key ? 1 : a.key > b.key ? -1 : compareIds(a.id, b.id));
}
function describeConflict(kept, copies) {
  return { type: "conflict", kind: kept.kind, key: kept.key, ids: [kept, ...copies].map((r) => r.id), keptId: kept.id };
}
function warnCollision(desired, unmanaged) {
  const kind = getKind(desired.kind);
  if (!kind.unique) return [];
  const fold = (value) => kind.unique.caseInsensitive ? value.toLowerCase() : value;
  const wanted = fold(kind.unique.desired(desired.key, desired.fields));
  const holder = unmanaged.find((u) => u.kind === desired.kind && fold(u.value) === wanted);
  if (!holder) return [];
  return [{ type: "collision", field: kind.unique.field, value: holder.value, holderId: holder.id }];
}
function describeWritten(kind, desired) {
  const { key: _key, ...written } = kind.toSpec(desired.fields, desired.key, () => void 0);
  return written;
}
function hasChanges(plan) {
  return plan.summary.create + plan.summary.update + plan.summary.delete > 0;
}

export {
  PLAN_FORMAT_VERSION,
  fingerprintPlan,
  countSteps,
  filterPlan,
  reviseSteps,
  createPlan,
  hasChanges
};
