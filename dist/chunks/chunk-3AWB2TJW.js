import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PLAN_FORMAT_VERSION,
  countSteps,
  fingerprintPlan
} from "./chunk-VTQAI6QU.js";
import {
  isJsonObject
} from "./chunk-2AROFJEV.js";
import {
  ToolError
} from "./chunk-SLY4HKVV.js";

// src/core/plan/shape.ts
var describe = (value) => value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : JSON.stringify(value);
var expect = (what, value, path) => `${path} must be ${what}, got ${describe(value)}`;
var text = (v, p) => typeof v === "string" ? void 0 : expect("a string", v, p);
var count = (v, p) => typeof v === "number" && Number.isInteger(v) && v >= 0 ? void 0 : expect("a whole number", v, p);
var flag = (v, p) => typeof v === "boolean" ? void 0 : expect("true or false", v, p);
var id = (v, p) => typeof v === "string" || typeof v === "number" ? void 0 : expect("an id (a string or a number)", v, p);
var anything = () => void 0;
var object = (v, p) => isJsonObject(v) ? void 0 : expect("an object", v, p);
function oneOf(...values) {
  return (v, p) => typeof v === "string" && values.includes(v) ? void 0 : expect(`one of ${values.map((x) => `"${x}"`).join(", ")}`, v, p);
}
function listOf(item) {
  return (v, p) => {
    if (!Array.isArray(v)) return expect("an array", v, p);
    for (const [i, member] of v.entries()) {
      const problem = item(member, `${p}.${i}`);
      if (problem) return problem;
    }
    return void 0;
  };
}
function fields(shape) {
  return (v, p) => {
    if (!isJsonObject(v)) return expect("an object", v, p);
    for (const [name, check] of Object.entries(shape)) {
      const field = name.replace(/\?$/, "");
      if (v[field] === void 0 && name.endsWith("?")) continue;
      const problem = v[field] === void 0 ? `${p}.${field} is missing` : check(v[field], `${p}.${field}`);
      if (problem) return problem;
    }
    return void 0;
  };
}
function tagged(shapes) {
  return (v, p) => {
    if (!isJsonObject(v)) return expect("an object", v, p);
    const shape = typeof v.type === "string" ? shapes[v.type] : void 0;
    return shape ? fields(shape)(v, p) : expect(`one of the types ${Object.keys(shapes).map((x) => `"${x}"`).join(", ")}`, v.type, `${p}.type`);
  };
}
var BOX = fields({ x: count, y: count, w: count, h: count });
var step = fields({
  kind: text,
  key: text,
  action: oneOf("create", "update", "replace", "delete", "no-op"),
  "id?": id,
  "uiId?": id,
  "url?": text,
  "before?": object,
  "after?": object,
  changes: listOf(fields({ path: text, kind: oneOf("add", "remove", "update"), "before?": anything, "after?": anything })),
  summary: listOf(text),
  warnings: listOf(tagged({ risk: { message: text }, collision: { field: text, value: text, holderId: id } })),
  dependsOn: listOf(text),
  "adopt?": flag,
  "duplicateOf?": id,
  "source?": fields({ file: text, line: count, "column?": count }),
  "written?": object,
  "layout?": fields({ columns: count, tiles: listOf(fields({ label: text, "before?": BOX, "after?": BOX })) })
});
var plan = fields({
  target: fields({ host: text, projectId: text, "environment?": text, "owner?": text }),
  prune: flag,
  kinds: listOf(fields({ name: text, label: text, "pageUrl?": text })),
  steps: listOf(step),
  orphans: listOf(fields({ kind: text, key: text, id })),
  warnings: listOf(tagged({ conflict: { kind: text, key: text, ids: listOf(id), keptId: id }, unreadable: { kind: text, reason: oneOf("forbidden", "unavailable") } })),
  summary: fields({ create: count, update: count, delete: count, noop: count }),
  fingerprint: text,
  "checks?": fields({
    findings: listOf(fields({ severity: oneOf("error", "warning"), code: text, message: text })),
    reach: listOf(fields({ kind: text, key: text, condition: count, "before?": anything, "after?": anything, affected: count, total: count, unit: oneOf("users", "groups") })),
    skipped: listOf(fields({ check: oneOf("all", "events", "properties", "hogql", "blast-radius"), reason: text, "count?": count }))
  }),
  "reverts?": listOf(fields({ kind: text, key: text, path: text }))
});
function checkPlanShape(value, path) {
  const problem = plan(value, path);
  if (problem || !isJsonObject(value)) return problem;
  const known = new Set(value.kinds.map((k) => k.name));
  for (const list of ["steps", "orphans", "warnings"]) {
    for (const [i, entry] of value[list].entries()) {
      if (!known.has(entry.kind)) return `${path}.${list}.${i}.kind names "${entry.kind}", which the plan's kinds table lacks`;
    }
  }
  return void 0;
}

// src/core/plan/file.ts
function createPlanFile(reports) {
  const entry = (r) => r.plan ? { offline: r.offline !== void 0, plan: r.plan } : { error: r.error ?? "not planned" };
  return { formatVersion: PLAN_FORMAT_VERSION, environments: Object.fromEntries(reports.map((r) => [r.environment, entry(r)])) };
}
var PlanFileError = class extends ToolError {
  constructor(message) {
    super("usage", message);
    this.name = "PlanFileError";
  }
};
function checkVersion(value, name, what) {
  const version = isJsonObject(value) ? value.formatVersion : void 0;
  if (version === PLAN_FORMAT_VERSION) return;
  if (typeof version !== "number") throw new PlanFileError(`${name} is not a posthog-definitions plan: ${what} has no formatVersion`);
  throw new PlanFileError(
    `${name} holds a plan of format version ${version}, and this version of posthog-definitions reads format version ${PLAN_FORMAT_VERSION} only; plan again with this version (or read the file with the version that wrote it)`
  );
}
function checkPlan(value, name, path) {
  checkVersion(value, name, path);
  const problem = checkPlanShape(value, path);
  if (problem) throw new PlanFileError(`${name} is not a valid plan: ${problem}`);
  const plan2 = value;
  const counts = countSteps(plan2.steps);
  if (Object.keys(counts).some((key) => counts[key] !== plan2.summary[key])) throw new PlanFileError(`${name} is not a valid plan: ${path}.summary does not count its steps`);
  if (fingerprintPlan(plan2) !== plan2.fingerprint) throw new PlanFileError(`${name} is not a valid plan: ${path}.fingerprint does not match its content, so it was changed after planning`);
  return plan2;
}
function readPlanFile(text2, name) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error) {
    throw new PlanFileError(`${name} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (isJsonObject(value) && !isJsonObject(value.environments)) {
    const plan2 = checkPlan(value, name, "plan");
    return { formatVersion: PLAN_FORMAT_VERSION, environments: { [plan2.target.environment ?? "default"]: { offline: false, plan: plan2 } } };
  }
  checkVersion(value, name, "the file");
  const environments = {};
  for (const [environment, entry] of Object.entries(value.environments)) {
    const path = `environments.${environment}`;
    if (isJsonObject(entry) && typeof entry.error === "string") environments[environment] = { error: entry.error };
    else if (isJsonObject(entry) && typeof entry.offline === "boolean") environments[environment] = { offline: entry.offline, plan: checkPlan(entry.plan, name, `${path}.plan`) };
    else throw new PlanFileError(`${name} is not a valid plan file: ${path} must hold a plan (with offline) or an error`);
  }
  return { formatVersion: PLAN_FORMAT_VERSION, environments };
}

export {
  createPlanFile,
  readPlanFile
};
