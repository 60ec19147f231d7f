import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  compareIds,
  comparedFields,
  normalizeKey
} from "./chunk-C7624HI3.js";
import {
  KINDS,
  diffFields,
  formatAddress,
  getKind,
  hashJson,
  rankKind,
  touchesPath
} from "./chunk-KMXZYHJI.js";

// src/core/diagnostics.ts
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
function formatDiagnostic(d) {
  const where = d.source ? `${d.source.file}:${d.source.line}${d.source.column ? `:${d.source.column}` : ""}: ` : "";
  const field = d.field ? `${d.field}: ` : "";
  const resource = d.resource && !d.source ? `${d.resource}: ` : "";
  return `${where}${resource}${d.severity}: ${field}${d.message}`;
}
function sortDiagnostics(diagnostics) {
  return [...diagnostics].sort((a, b) => {
    const fa = a.source?.file ?? "";
    const fb = b.source?.file ?? "";
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.source?.line ?? 0;
    const lb = b.source?.line ?? 0;
    if (la !== lb) return la - lb;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}

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
  const pages = kindPages(target, getKind(step.kind));
  return pages === void 0 || step.uiId === void 0 ? rest : { ...rest, url: `${pages}${encodeURIComponent(String(step.uiId))}` };
}
function describeKinds(target, named) {
  return KINDS.filter((kind) => named.has(kind.name)).map((kind) => {
    const pages = kind.ui?.idField === void 0 ? kindPages(target, kind) : void 0;
    return { name: kind.name, label: kind.label, ...pages !== void 0 ? { pageUrl: pages } : {} };
  });
}
function assemblePlan(parts) {
  const steps = parts.steps.map((step) => linkStep(parts.target, step));
  const named = new Set([...steps, ...parts.orphans, ...parts.warnings].map((entry) => entry.kind));
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
  return plan.checks ? { ...revised, checks: plan.checks } : revised;
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
    const before = current && comparedFields(kind, current.fields, desired.fields);
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
    steps.push(step);
  }
  const leftovers = [...live.values()].flat().filter((r) => !getKind(r.kind).api.singleton);
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
  return assemblePlan({ target: input.target, prune: input.prune, steps, orphans, warnings: [...conflicts, ...unreadable].sort(compareWarnings) });
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
function hasChanges(plan) {
  return plan.summary.create + plan.summary.update + plan.summary.delete > 0;
}

export {
  hasErrors,
  formatDiagnostic,
  sortDiagnostics,
  PLAN_FORMAT_VERSION,
  fingerprintPlan,
  countSteps,
  filterPlan,
  reviseSteps,
  createPlan,
  hasChanges
};
