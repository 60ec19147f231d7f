import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PLAN_FORMAT_VERSION,
  countSteps,
  fingerprintPlan
} from "./chunk-ULQEDGDC.js";
import {
  listObjects,
  normalizeKey,
  objectPath,
  pathIdOf,
  pickSurvivor
} from "./chunk-C7624HI3.js";
import {
  ToolError,
  getKind,
  isApiFailure,
  isJsonObject,
  isOwnedBy,
  readRef,
  sortKeysDeep,
  stampOwner,
  stringifyStable
} from "./chunk-KMXZYHJI.js";

// src/core/apply.ts
var SafetyError = class extends ToolError {
  constructor(message) {
    super("safety", message);
    this.name = "SafetyError";
  }
};
var IdentityLostError = class extends SafetyError {
  constructor(message) {
    super(message);
    this.name = "IdentityLostError";
  }
};
async function readLive(api, kind, id2) {
  try {
    return await api.get(objectPath(kind, id2));
  } catch (error) {
    if (!isApiFailure(error) || error.status !== 500) throw error;
    if ((await listObjects(api, kind)).some((raw) => String(pathIdOf(kind, raw)) === String(id2))) throw error;
    return void 0;
  }
}
async function removeObject(api, kind, id2) {
  if (kind.api.remove !== "soft") return api.delete(objectPath(kind, id2));
  try {
    await api.patch(objectPath(kind, id2), { deleted: true });
  } catch (error) {
    if (!isApiFailure(error) || error.status !== 404) throw error;
  }
}
var CONVERGE_ROUNDS = 3;
async function runConverge(kind, context) {
  let refused = false;
  for (let round = 1; ; round++) {
    try {
      return await kind.converge(context);
    } catch (error) {
      const race = isApiFailure(error) && error.status === 400 && !refused;
      if (!isApiFailure(error) || !(error.uncertain || race) || round >= CONVERGE_ROUNDS) throw error;
      refused ||= race;
    }
  }
}
async function assertIdentityKept(api, kind, key, payload, created) {
  if (kind.api.singleton || kind.identify(created) !== void 0) return;
  const id2 = pathIdOf(kind, created);
  const why = Array.isArray(payload.tags) ? "PostHog dropped its tags, as it does without the tagging feature (older self-hosted versions)" : "the response does not carry the identity marker it was sent";
  let undone = "it was removed again";
  try {
    await removeObject(api, kind, id2);
  } catch (error) {
    undone = `removing it failed (${describeError(error)}); delete it by hand`;
  }
  throw new IdentityLostError(
    `created ${kind.label} "${key}" (id ${String(id2)}) came back without this tool's identity: ${why}; ${undone}. Apply stopped here, because every later run would create it once more: this PostHog cannot keep the identity of ${kind.label}s.`
  );
}
async function assertStillManaged(api, kind, step2) {
  if (kind.api.singleton) return true;
  const raw = await readLive(api, kind, step2.id);
  if ((!raw || raw.deleted === true) && step2.action === "delete") return false;
  if (!raw || raw.deleted === true) throw new SafetyError(`${kind.label} "${step2.key}" (id ${step2.id}) no longer exists; plan again`);
  const key = step2.adopt ? kind.adoptKey?.(raw) : kind.identify(raw);
  if (key === void 0 || normalizeKey(key) !== normalizeKey(step2.key)) {
    throw new SafetyError(`refusing to change ${kind.label} id ${step2.id}: it is no longer ${step2.adopt ? "named" : "tagged as"} "${step2.key}" (found ${key === void 0 ? "no identity" : `"${key}"`})`);
  }
  return true;
}
function withIdentity(kind, key, rows, owner) {
  return rows.filter((raw) => {
    const found = kind.identify(raw);
    return raw.deleted !== true && found !== void 0 && normalizeKey(found) === normalizeKey(key) && isOwnedBy(raw, owner);
  });
}
async function createOnce(api, kind, key, payload, owner) {
  try {
    return { created: await api.post(`${kind.api.collection}/`, payload), uncertain: false };
  } catch (error) {
    if (!isApiFailure(error) || !(error.uncertain || error.status === 400)) throw error;
    const created = pickSurvivor(withIdentity(kind, key, await api.list(kind.api.collection), owner));
    if (!created) throw error;
    return { created, uncertain: error.uncertain };
  }
}
async function convergeCreated(api, kind, context, survivorOf) {
  try {
    await runConverge(kind, context);
    return context.id;
  } catch (error) {
    if (!isApiFailure(error) || error.status !== 404) throw error;
    const survivor = survivorOf(await api.list(kind.api.collection));
    if (!survivor || String(pathIdOf(kind, survivor)) === String(context.id)) throw error;
    await runConverge(kind, { ...context, id: pathIdOf(kind, survivor) });
    return pathIdOf(kind, survivor);
  }
}
async function settleCreates(api, pending) {
  const settled = /* @__PURE__ */ new Map();
  for (const kind of new Set(pending.map((p) => p.kind))) {
    const rows = await api.list(kind.api.collection);
    for (const created of pending.filter((p) => p.kind === kind)) {
      const survivor = pickSurvivor(withIdentity(kind, created.key, rows, created.owner));
      const survivorId = survivor === void 0 ? created.id : pathIdOf(kind, survivor);
      if (String(survivorId) !== String(created.id)) await removeObject(api, kind, created.id);
      if (created.sweep) {
        const copies = withIdentity(kind, created.key, rows, created.owner).map((raw) => pathIdOf(kind, raw));
        for (const copy of copies) if (String(copy) !== String(survivorId) && !created.sweep.known.has(String(copy))) await removeObject(api, kind, copy);
      }
      settled.set(created, survivorId);
    }
  }
  return settled;
}
function describeError(error) {
  return error instanceof Error ? error.message : String(error);
}
async function applyPlan(plan2, api, options = {}) {
  const ids = /* @__PURE__ */ new Map();
  for (const step2 of plan2.steps) if (step2.id !== void 0 && step2.duplicateOf === void 0) ids.set(`${step2.kind}/${normalizeKey(step2.key)}`, step2.id);
  const idOf = (address) => ids.get(`${address.kind}/${normalizeKey(address.key)}`);
  const owner = plan2.target.owner;
  const broken = /* @__PURE__ */ new Set();
  const results = [];
  const total = plan2.steps.filter((s) => s.action !== "no-op").length;
  let done = 0;
  let halted;
  let unsettled = [];
  const settle = async (kinds) => {
    const due = unsettled.filter((u) => kinds.has(u.kind.name));
    if (due.length === 0) return;
    for (const [created, id2] of await settleCreates(api, due)) {
      ids.set(`${created.kind.name}/${normalizeKey(created.key)}`, id2);
      created.result.id = id2;
    }
    unsettled = unsettled.filter((u) => !due.includes(u));
  };
  for (const step2 of plan2.steps) {
    const address = `${step2.kind}/${normalizeKey(step2.key)}`;
    if (step2.action === "no-op") {
      results.push({ kind: step2.kind, key: step2.key, action: step2.action, status: "unchanged", id: step2.id });
      continue;
    }
    if (halted !== void 0) {
      results.push({ kind: step2.kind, key: step2.key, action: step2.action, status: "skipped", error: halted });
      continue;
    }
    const blocker = step2.dependsOn.find((d) => broken.has(normalizeKey(d)));
    if (blocker) {
      broken.add(address);
      results.push({ kind: step2.kind, key: step2.key, action: step2.action, status: "skipped", error: `skipped because ${blocker} failed` });
      continue;
    }
    const kind = getKind(step2.kind);
    try {
      await settle(new Set(step2.dependsOn.map((d) => readRef({ $ref: d }).kind)));
      let id2 = step2.id;
      let sweep;
      if (step2.action === "replace" && await assertStillManaged(api, kind, step2)) await removeObject(api, kind, id2);
      if (step2.action === "create" || step2.action === "replace") {
        const payload = stampOwner(kind.name, step2.key, kind.toPayload(step2.key, step2.after, { idOf }, "create"), owner);
        const { created, uncertain } = await createOnce(api, kind, step2.key, payload, owner);
        if (uncertain) sweep = { known: new Set(plan2.steps.filter((s) => s.kind === step2.kind && s.id !== void 0).map((s) => String(s.id))) };
        await assertIdentityKept(api, kind, step2.key, payload, created);
        id2 = pathIdOf(kind, created);
        ids.set(address, id2);
      } else if (step2.action === "update") {
        await assertStillManaged(api, kind, step2);
        await api.patch(objectPath(kind, id2), stampOwner(kind.name, step2.key, kind.toPayload(step2.key, step2.after, { idOf }, "update", step2.before), owner));
      } else {
        if (await assertStillManaged(api, kind, step2)) await removeObject(api, kind, id2);
      }
      const context = { api, id: id2, fields: step2.after, idOf };
      if ((step2.action === "create" || step2.action === "replace") && kind.converge) {
        id2 = await convergeCreated(api, kind, context, (rows) => pickSurvivor(withIdentity(kind, step2.key, rows, owner)));
        ids.set(address, id2);
      } else if (step2.action !== "delete" && kind.converge) await runConverge(kind, context);
      const result = { kind: step2.kind, key: step2.key, action: step2.action, status: "applied", id: id2 };
      results.push(result);
      if ((step2.action === "create" || step2.action === "replace") && !kind.api.singleton) unsettled.push({ kind, key: step2.key, id: id2, owner, result, sweep });
    } catch (error) {
      broken.add(address);
      results.push({ kind: step2.kind, key: step2.key, action: step2.action, status: "failed", id: step2.id, error: describeError(error) });
      if (error instanceof IdentityLostError) halted = `skipped because PostHog dropped the identity of ${step2.kind}/${step2.key}`;
    }
    done++;
    options.progress?.({ phase: "apply", message: `${step2.action} ${kind.label} ${step2.key}`, done, total });
  }
  for (const name of new Set(unsettled.map((u) => u.kind.name))) {
    try {
      await settle(/* @__PURE__ */ new Set([name]));
    } catch (error) {
      for (const u of unsettled.filter((p) => p.kind.name === name)) {
        Object.assign(u.result, { status: "failed", error: `created, but checking it for a copy made by a concurrent apply failed: ${describeError(error)}` });
      }
    }
  }
  return {
    results,
    applied: results.filter((r) => r.status === "applied").length,
    failed: results.filter((r) => r.status === "failed" || r.status === "skipped").length
  };
}

// src/core/checks/outcome.ts
function offlineChecks() {
  return { findings: [], reach: [], skipped: [{ check: "all", reason: "offline" }] };
}
function blockingFindings(checks, failOnWarnings) {
  return (checks?.findings ?? []).filter((finding) => finding.severity === "error" || failOnWarnings);
}

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
  "source?": fields({ file: text, line: count, "column?": count })
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
  })
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

// src/render/checks.ts
function formatCount(value) {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function formatEstimate(value) {
  const whole = Math.round(value);
  if (whole < 1e3) return formatCount(whole);
  const step2 = 10 ** (String(whole).length - 3);
  return formatCount(Math.round(whole / step2) * step2);
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
function withReach(plan2, step2) {
  const lines = [...step2.summary];
  for (const reach of plan2.checks?.reach ?? []) {
    if (reach.kind !== step2.kind || reach.key !== step2.key) continue;
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
function describeSkippedChecks(plan2) {
  return (plan2.checks?.skipped ?? []).map((skip) => {
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
function kindOf(plan2, kind) {
  return plan2.kinds.find((k) => k.name === kind) ?? { name: kind, label: kind };
}
function describeStepWarning(plan2, step2, warning) {
  if (warning.type === "risk") return warning.message;
  const { label } = kindOf(plan2, step2.kind);
  const holder = String(warning.holderId);
  return `an unmanaged ${label} with ${warning.field} "${warning.value}" (id ${holder}) already exists, and PostHog keeps ${warning.field}s unique, so this create will fail; adopt it with \`posthog-definitions pull --adopt --kind ${step2.kind} --key ${holder}\`, or rename the definition`;
}
function describeReason(plan2, step2) {
  const { label } = kindOf(plan2, step2.kind);
  if (step2.action === "update" && step2.adopt) return [`adopts the existing ${label} (not yet managed by this tool)`];
  if (step2.action === "delete" && step2.duplicateOf !== void 0) return [`removes a duplicate: ${label} id ${String(step2.duplicateOf)} carries the same identity and is kept`];
  return [];
}
function presentStep(plan2, step2) {
  return {
    style: ACTION_STYLE[step2.action],
    label: kindOf(plan2, step2.kind).label,
    ...step2.url !== void 0 ? { url: step2.url } : {},
    warnings: step2.warnings.map((w) => describeStepWarning(plan2, step2, w)),
    notes: [...describeReason(plan2, step2), ...withReach(plan2, step2)]
  };
}
function describePlanWarning(plan2, warning) {
  const { label } = kindOf(plan2, warning.kind);
  if (warning.type === "unreadable") {
    const why = warning.reason === "forbidden" ? "the API key lacks the scope" : "not available on this PostHog instance";
    return `could not read ${label}s (${why}); managed ${label}s were not checked`;
  }
  const ids = warning.ids.map(String).join(", ");
  return `conflict: ${warning.ids.length} ${label}s carry the identity of "${warning.key}" (ids ${ids}); apply keeps id ${String(warning.keptId)}, the oldest, moves references to it and removes the others`;
}
function resultUrl(plan2, step2, createdId) {
  if (step2.url !== void 0) return step2.url;
  const pages = kindOf(plan2, step2.kind).pageUrl;
  return step2.uiId === void 0 && createdId !== void 0 && pages !== void 0 ? `${pages}${encodeURIComponent(String(createdId))}` : void 0;
}
var ACTION_ORDER = { delete: 0, replace: 1, update: 2, create: 3, "no-op": 4 };
function groupByKind(plan2, steps) {
  const rank = (kind) => plan2.kinds.findIndex((k) => k.name === kind);
  const groups = /* @__PURE__ */ new Map();
  for (const step2 of steps) groups.set(step2.kind, [...groups.get(step2.kind) ?? [], step2]);
  return [...groups.entries()].map(([kind, members]) => ({ kind, steps: members.map((s, i) => ({ s, i })).sort((a, b) => ACTION_ORDER[a.s.action] - ACTION_ORDER[b.s.action] || a.i - b.i).map((x) => x.s) })).sort((a, b) => Number(b.steps.some((s) => s.action === "delete")) - Number(a.steps.some((s) => s.action === "delete")) || rank(a.kind) - rank(b.kind));
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

// src/render/value-diff.ts
var INLINE_LIMIT = 80;
function formatInline(value) {
  return value === void 0 ? "(none)" : stringifyStable(value);
}
function asBlock(value) {
  if (value === void 0) return "";
  if (typeof value === "string") return value.endsWith("\n") ? value : `${value}
`;
  return `${stringifyStable(value, 2)}
`;
}
function needsBlockDiff(change) {
  const long = (v) => v !== void 0 && (formatInline(v).length > INLINE_LIMIT || typeof v === "string" && v.includes("\n"));
  return long(change.before) || long(change.after);
}
function diffBlock(change) {
  const out = [];
  for (const part of diffLines(asBlock(change.before), asBlock(change.after))) {
    const sign = part.added ? "+" : part.removed ? "-" : " ";
    for (const line of part.value.replace(/\n$/, "").split("\n")) out.push({ sign, text: line });
  }
  return out;
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

// src/render/terminal.ts
var ANSI = { green: "\x1B[32m", yellow: "\x1B[33m", red: "\x1B[31m", dim: "\x1B[2m", bold: "\x1B[1m", reset: "\x1B[0m" };
function formatSummaryLine(plan2) {
  const { create, update, delete: remove, noop } = plan2.summary;
  if (create + update + remove === 0) return `No changes. ${noop} resource(s) up to date.`;
  return `Plan: ${create} to create, ${update} to update, ${remove} to delete, ${noop} unchanged.`;
}
function fieldLines(step2, notes, paint) {
  const lines = [];
  if (step2.action === "create") {
    for (const { path, value } of flattenLeaves(step2.after, "")) {
      const change = { path, kind: "add", after: value };
      if (needsBlockDiff(change)) {
        lines.push(`      ${paint("green", `+ ${path}:`)}`);
        for (const row of diffBlock(change)) lines.push(`          ${paint("green", row.text)}`);
      } else {
        lines.push(`      ${paint("green", `+ ${path}: ${formatInline(value)}`)}`);
      }
    }
    return lines;
  }
  for (const line of notes) lines.push(`      ${paint("bold", line)}`);
  for (const change of step2.changes) {
    if (needsBlockDiff(change)) {
      lines.push(`      ${paint("yellow", `~ ${change.path}:`)}`);
      for (const row of diffBlock(change)) {
        const color = row.sign === "+" ? "green" : row.sign === "-" ? "red" : "dim";
        lines.push(`        ${paint(color, `${row.sign} ${row.text}`)}`);
      }
    } else if (change.kind === "add") {
      lines.push(`      ${paint("green", `+ ${change.path}: ${formatInline(change.after)}`)}`);
    } else if (change.kind === "remove") {
      lines.push(`      ${paint("red", `- ${change.path}: ${formatInline(change.before)}`)}`);
    } else {
      lines.push(`      ${paint("yellow", `~ ${change.path}: ${formatInline(change.before)} → ${formatInline(change.after)}`)}`);
    }
  }
  return lines;
}
function renderPlanText(plan2, options) {
  const paint = (color, text2) => options.color ? `${ANSI[color]}${text2}${ANSI.reset}` : text2;
  const env = plan2.target.environment ? ` (${plan2.target.environment})` : "";
  const out = [`PostHog project ${plan2.target.projectId} at ${plan2.target.host}${env}`, ""];
  for (const step2 of plan2.steps) {
    if (step2.action === "no-op" && !options.verbose) continue;
    const view = presentStep(plan2, step2);
    const id2 = step2.id !== void 0 ? paint("dim", ` (id ${step2.id})`) : "";
    out.push(`  ${paint(view.style.color, `${view.style.glyph} ${view.label} ${step2.key}`)}${id2}`);
    for (const warning of view.warnings) out.push(`      ${paint("red", `! ${warning}`)}`);
    out.push(...fieldLines(step2, view.notes, paint));
  }
  for (const warning of plan2.warnings) out.push(`  ${paint("yellow", `! ${describePlanWarning(plan2, warning)}`)}`);
  for (const note of describeSkippedChecks(plan2)) out.push(`  ${paint("dim", `· ${note}`)}`);
  if (plan2.orphans.length > 0) {
    out.push("", `  ${plan2.orphans.length} managed resource(s) have no definition and are left alone (apply with --prune to delete):`);
    for (const orphan of plan2.orphans) out.push(`    ${paint("dim", `· ${kindOf(plan2, orphan.kind).label} ${orphan.key} (id ${orphan.id})`)}`);
  }
  if (out.length > 2) out.push("");
  out.push(paint("bold", formatSummaryLine(plan2)));
  return `${out.join("\n")}
`;
}

// src/core/plan/serialize.ts
function sortMembers(value) {
  return Object.fromEntries(Object.keys(value).sort().flatMap((key) => value[key] === void 0 ? [] : [[key, value[key]]]));
}
function orderStep(step2) {
  return sortMembers({ ...sortKeysDeep({ ...step2, after: void 0 }), after: step2.after });
}
function orderPlan(plan2) {
  return sortMembers({ ...sortKeysDeep({ ...plan2, steps: void 0 }), steps: plan2.steps.map(orderStep) });
}
function stringifyPlan(plan2) {
  return `${JSON.stringify(orderPlan(plan2), null, 2)}
`;
}
function stringifyPlanFile(file) {
  const environments = Object.fromEntries(
    Object.keys(file.environments).sort().map((name) => {
      const entry = file.environments[name];
      return [name, "plan" in entry ? { offline: entry.offline, plan: orderPlan(entry.plan) } : entry];
    })
  );
  return `${JSON.stringify({ environments, formatVersion: file.formatVersion }, null, 2)}
`;
}

export {
  applyPlan,
  offlineChecks,
  blockingFindings,
  createPlanFile,
  readPlanFile,
  stringifyPlan,
  stringifyPlanFile,
  describeSkippedChecks,
  ACTION_STYLE,
  kindOf,
  presentStep,
  describePlanWarning,
  resultUrl,
  groupByKind,
  formatInline,
  needsBlockDiff,
  diffBlock,
  flattenLeaves,
  formatSummaryLine,
  renderPlanText
};
