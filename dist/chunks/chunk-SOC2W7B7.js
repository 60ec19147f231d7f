import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PLAN_FORMAT_VERSION,
  countSteps,
  fingerprintPlan
} from "./chunk-5G5YLZFO.js";
import {
  isApiFailure,
  listObjects,
  normalizeKey,
  objectPath,
  pathIdOf,
  pickSurvivor,
  updatePath
} from "./chunk-TVGFBXTR.js";
import {
  getKind,
  isOwnedBy,
  stampOwner
} from "./chunk-IQCS6QOL.js";
import {
  ToolError,
  fillSecrets,
  isJsonObject,
  readRef,
  sortKeysDeep,
  stringifyStable
} from "./chunk-GSTMBUKU.js";

// src/core/apply-schedule.ts
var APPLY_CONCURRENCY = 8;
async function runTasks(tasks, limit) {
  const waiting = tasks.map((task) => new Set(task.after));
  const dependents = tasks.map(() => []);
  waiting.forEach((befores, index) => befores.forEach((before2) => dependents[before2].push(index)));
  const height = chainHeights(dependents);
  const before = (a, b) => height[b] - height[a] || a - b;
  const ready = tasks.flatMap((_, index) => waiting[index].size === 0 ? [index] : []).sort(before);
  let running = 0;
  let finished = 0;
  await new Promise((resolve, reject) => {
    const pump = () => {
      if (finished === tasks.length) return resolve();
      while (running < limit && ready.length > 0) {
        const index = ready.shift();
        running++;
        tasks[index].run().then(() => {
          running--;
          finished++;
          for (const next of dependents[index]) {
            waiting[next].delete(index);
            if (waiting[next].size === 0) ready.splice(sortedIndex(ready, next, before), 0, next);
          }
          pump();
        }, reject);
      }
      if (running === 0 && ready.length === 0 && finished < tasks.length) reject(new Error("apply tasks wait on each other in a cycle"));
    };
    pump();
  });
}
function chainHeights(dependents) {
  const height = [];
  const onPath = /* @__PURE__ */ new Set();
  const visit = (start) => {
    const stack = [[start, 0]];
    onPath.add(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [node, next] = top;
      if (next < dependents[node].length) {
        top[1]++;
        const child = dependents[node][next];
        if (height[child] === void 0 && !onPath.has(child)) {
          onPath.add(child);
          stack.push([child, 0]);
        }
        continue;
      }
      height[node] = 1 + Math.max(0, ...dependents[node].map((child) => height[child] ?? 0));
      onPath.delete(node);
      stack.pop();
    }
  };
  for (let index = 0; index < dependents.length; index++) if (height[index] === void 0) visit(index);
  return height;
}
function sortedIndex(sorted, value, before) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = low + high >> 1;
    if (before(sorted[middle], value) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
var addressOf = (step2) => `${step2.kind}/${normalizeKey(step2.key)}`;
function planTasks(plan2, kindOf2) {
  const steps = plan2.steps.filter((s) => s.action !== "no-op");
  const byAddress = new Map(steps.filter((s) => s.action !== "delete").map((s) => [addressOf(s), s]));
  const joins = { targets: /* @__PURE__ */ new Map(), joiners: /* @__PURE__ */ new Map() };
  for (const step2 of steps) {
    const joinedBy = kindOf2(step2.kind).joinedBy;
    if (step2.action !== "create" || !joinedBy) continue;
    const joiners = step2.dependsOn.map((d) => byAddress.get(normalizeAddress(d))).filter((s) => s?.action === "create" && s.kind === joinedBy.kind);
    if (joiners.length === 0) continue;
    joins.joiners.set(step2, [...new Set(joiners)]);
    for (const joiner of new Set(joiners)) joins.targets.set(joiner, [...joins.targets.get(joiner) ?? [], step2]);
  }
  const tasks = [];
  const own = /* @__PURE__ */ new Map();
  const done = /* @__PURE__ */ new Map();
  for (const step2 of steps) {
    if (joins.joiners.has(step2)) {
      own.set(step2, tasks.push({ type: "step", step: step2, phase: "own", after: [] }) - 1);
      done.set(step2, tasks.push({ type: "step", step: step2, phase: "finish", after: [own.get(step2)] }) - 1);
    } else {
      done.set(step2, tasks.push({ type: "step", step: step2, phase: "whole", after: [] }) - 1);
    }
  }
  const createdBy = (step2) => own.get(step2) ?? done.get(step2);
  const creates = steps.filter((s) => (s.action === "create" || s.action === "replace") && !kindOf2(s.kind).api.singleton);
  const settles = /* @__PURE__ */ new Map();
  for (const early of [true, false]) {
    for (const name of new Set(creates.map((s) => s.kind))) {
      const covered = creates.filter((s) => s.kind === name && joins.joiners.has(s) === early);
      if (covered.length > 0) settles.set(`${name}/${early}`, tasks.push({ type: "settle", kind: name, early, after: covered.map(createdBy) }) - 1);
    }
  }
  const settlesOf = (name) => [settles.get(`${name}/true`), settles.get(`${name}/false`)].filter((i) => i !== void 0);
  const probes = /* @__PURE__ */ new Map();
  for (const step2 of [...creates.filter((s) => joins.joiners.has(s)), ...creates]) if (!probes.has(step2.kind)) probes.set(step2.kind, step2);
  const creating = new Set(creates);
  const deletes = steps.filter((s) => s.action === "delete");
  const notDeletes = tasks.flatMap((task, index) => task.type === "settle" || task.step.action !== "delete" ? [index] : []);
  for (const step2 of steps) {
    const first = tasks[own.get(step2) ?? done.get(step2)];
    if (step2.action === "delete") {
      const earlier = deletes.slice(0, deletes.indexOf(step2)).filter((d) => d.kind !== step2.kind);
      const previousKind = earlier.at(-1)?.kind;
      first.after.push(...notDeletes, ...earlier.filter((d) => d.kind === previousKind).map((d) => done.get(d)));
      continue;
    }
    const probe = probes.get(step2.kind);
    if (probe && probe !== step2 && creating.has(step2)) first.after.push(createdBy(probe));
    const waiter = joins.joiners.has(step2) ? tasks[done.get(step2)] : first;
    for (const dependency of step2.dependsOn) {
      const target = byAddress.get(normalizeAddress(dependency));
      if (target) waiter.after.push(done.get(target));
      const name = readRef({ $ref: dependency }).kind;
      if (name !== step2.kind) waiter.after.push(...settlesOf(name));
    }
    for (const target of joins.targets.get(step2) ?? []) first.after.push(own.get(target), ...settles.has(`${target.kind}/true`) ? [settles.get(`${target.kind}/true`)] : []);
  }
  return { tasks, joins };
}
function normalizeAddress(address) {
  const parsed = readRef({ $ref: address });
  return `${parsed.kind}/${normalizeKey(parsed.key)}`;
}

// src/core/apply-writes.ts
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
    const required = kind.api.patchRequires ?? [];
    const live = required.length > 0 ? await api.get(objectPath(kind, id2)) : void 0;
    const carried = Object.fromEntries(required.flatMap((name) => live?.[name] !== void 0 ? [[name, live[name]]] : []));
    await api.patch(objectPath(kind, id2), { ...carried, deleted: true });
  } catch (error) {
    if (!isApiFailure(error) || error.status !== 404) throw error;
  }
}
function withoutAnswers(context) {
  const { live: _live, fresh: _fresh, joined: _joined, ...rest } = context;
  return rest;
}
var CONVERGE_ROUNDS = 3;
async function runConverge(kind, context) {
  let refused = false;
  for (let round = 1; ; round++) {
    try {
      return await kind.converge(round === 1 ? context : withoutAnswers(context));
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
  if (kind.api.singleton) return void 0;
  const raw = await readLive(api, kind, step2.id);
  if ((!raw || raw.deleted === true) && step2.action === "delete") return false;
  if (!raw || raw.deleted === true) throw new SafetyError(`${kind.label} "${step2.key}" (id ${step2.id}) no longer exists; plan again`);
  const key = step2.adopt ? kind.adoptKey?.(raw) : kind.identify(raw);
  if (key === void 0 || normalizeKey(key) !== normalizeKey(step2.key)) {
    throw new SafetyError(`refusing to change ${kind.label} id ${step2.id}: it is no longer ${step2.adopt ? "named" : "tagged as"} "${step2.key}" (found ${key === void 0 ? "no identity" : `"${key}"`})`);
  }
  return raw;
}
function withIdentity(kind, key, rows, owner) {
  return rows.filter((raw) => {
    const found = kind.identify(raw);
    return raw.deleted !== true && found !== void 0 && normalizeKey(found) === normalizeKey(key) && isOwnedBy(raw, owner);
  });
}
async function createOnce(api, kind, key, payload, owner) {
  try {
    return { created: await api.post(`${kind.api.collection}/`, payload), uncertain: false, adopted: false };
  } catch (error) {
    if (!isApiFailure(error) || !(error.uncertain || error.status === 400)) throw error;
    const created = pickSurvivor(withIdentity(kind, key, await api.list(kind.api.collection), owner));
    if (!created) throw error;
    return { created, uncertain: error.uncertain, adopted: true };
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
    await runConverge(kind, { ...withoutAnswers(context), id: pathIdOf(kind, survivor) });
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

// src/core/apply.ts
function createLocks() {
  const tails = /* @__PURE__ */ new Map();
  return (key, work) => {
    const turn = (tails.get(key) ?? Promise.resolve()).then(work, work);
    tails.set(key, turn.catch(() => void 0));
    return turn;
  };
}
async function applyPlan(plan2, api, options = {}) {
  const ids = /* @__PURE__ */ new Map();
  for (const step2 of plan2.steps) if (step2.id !== void 0 && step2.duplicateOf === void 0) ids.set(`${step2.kind}/${normalizeKey(step2.key)}`, step2.id);
  const idOf = (address) => ids.get(`${address.kind}/${normalizeKey(address.key)}`);
  const fieldsOf = (address) => plan2.steps.find((step2) => step2.kind === address.kind && normalizeKey(step2.key) === normalizeKey(address.key) && step2.after !== void 0)?.after;
  const owner = plan2.target.owner;
  const broken = /* @__PURE__ */ new Set();
  const results = /* @__PURE__ */ new Map();
  const total = plan2.steps.filter((s) => s.action !== "no-op").length;
  let done = 0;
  let halted;
  const unsettled = [];
  const settling = /* @__PURE__ */ new Map();
  const answers = /* @__PURE__ */ new Map();
  const exclusive = createLocks();
  const { tasks, joins } = planTasks(plan2, getKind);
  const settle = async (due) => {
    const fresh = due.filter((u) => !settling.has(u));
    if (fresh.length > 0) {
      const run = settleCreates(api, fresh).then((settled) => {
        for (const [created, id2] of settled) {
          ids.set(created.address, id2);
          created.result.id = id2;
        }
      });
      for (const u of fresh) settling.set(u, run);
    }
    await Promise.all(due.map((u) => settling.get(u)));
  };
  const finished = /* @__PURE__ */ new Set();
  let cursor = 0;
  const report = (step2) => {
    finished.add(step2);
    for (; cursor < plan2.steps.length && (plan2.steps[cursor].action === "no-op" || finished.has(plan2.steps[cursor])); cursor++) {
      const next = plan2.steps[cursor];
      if (next.action === "no-op") continue;
      done++;
      options.progress?.({ phase: "apply", message: `${next.action} ${getKind(next.kind).label} ${next.key}`, done, total });
    }
  };
  const runStep = async (step2, phase) => {
    const address = `${step2.kind}/${normalizeKey(step2.key)}`;
    const kind = getKind(step2.kind);
    const record = (result) => void results.set(step2, result);
    if (phase === "finish") {
      const result = results.get(step2);
      if (result.status === "applied") {
        try {
          const own = answers.get(step2);
          const id2 = ids.get(address);
          const joiners = joins.joiners.get(step2) ?? [];
          const joined = joiners.flatMap((joiner) => answers.has(joiner) ? [answers.get(joiner).created] : []);
          const settledAway = (s, answered) => String(ids.get(`${s.kind}/${normalizeKey(s.key)}`)) !== String(answered);
          const current = own !== void 0 && !settledAway(step2, own.id) && !joiners.some((j) => answers.has(j) && settledAway(j, answers.get(j).id));
          const context = { api, id: id2, fields: step2.after, idOf, fieldsOf, clock: options.clock, exclusive, fillSecrets: (body) => fillSecrets(body, options.secrets), ...current ? { live: own.created, fresh: own.fresh, joined } : {} };
          result.id = await convergeCreated(api, kind, context, (rows) => pickSurvivor(withIdentity(kind, step2.key, rows, owner)));
          ids.set(address, result.id);
        } catch (error) {
          broken.add(address);
          Object.assign(result, { status: "failed", error: describeError(error) });
        }
      }
      return report(step2);
    }
    if (halted !== void 0) {
      record({ kind: step2.kind, key: step2.key, action: step2.action, status: "skipped", error: halted });
      return report(step2);
    }
    const blocker = step2.dependsOn.find((d) => broken.has(normalizeKey(d)));
    if (blocker) {
      broken.add(address);
      record({ kind: step2.kind, key: step2.key, action: step2.action, status: "skipped", error: `skipped because ${blocker} failed` });
      return report(step2);
    }
    try {
      await settle(unsettled.filter((u) => u.kind === kind && step2.dependsOn.some((d) => normalizeKey(d) === u.address)));
      let id2 = step2.id;
      let sweep;
      let live;
      let fresh = false;
      const payload = step2.action === "create" || step2.action === "replace" ? stampOwner(kind.name, step2.key, kind.toPayload(step2.key, step2.after, { idOf, fieldsOf }, "create"), owner) : void 0;
      const joinedBy = (joins.targets.get(step2) ?? []).map((target) => getKind(target.kind).joinedBy);
      const joining = (joins.targets.get(step2) ?? []).filter((target) => !broken.has(`${target.kind}/${normalizeKey(target.key)}`) && idOf(target) !== void 0);
      if (payload && joining.length > 0) payload[joinedBy[0].field] = joining.map((target) => idOf(target));
      const sent = payload && fillSecrets(payload, options.secrets);
      if (step2.action === "replace" && await assertStillManaged(api, kind, step2) !== false) await removeObject(api, kind, id2);
      if (payload && sent) {
        const { created, uncertain, adopted } = await createOnce(api, kind, step2.key, sent, owner);
        if (uncertain) sweep = { known: new Set(plan2.steps.filter((s) => s.kind === step2.kind && s.id !== void 0).map((s) => String(s.id))) };
        await assertIdentityKept(api, kind, step2.key, payload, created);
        id2 = pathIdOf(kind, created);
        ids.set(address, id2);
        if (!adopted) {
          [live, fresh] = [created, !uncertain];
          if (joins.targets.has(step2) || phase === "own") answers.set(step2, { id: id2, created, fresh });
        }
      } else if (step2.action === "update") {
        live = await assertStillManaged(api, kind, step2) || void 0;
        const body = fillSecrets(stampOwner(kind.name, step2.key, kind.toPayload(step2.key, step2.after, { idOf }, "update", step2.before), owner), options.secrets);
        if (Object.keys(body).length > 0) live = await api.patch(updatePath(kind, id2), body);
      } else {
        if (await assertStillManaged(api, kind, step2) !== false) await removeObject(api, kind, id2);
      }
      const result = { kind: step2.kind, key: step2.key, action: step2.action, status: "applied", id: id2 };
      const context = { api, id: id2, fields: step2.after, idOf, fieldsOf, clock: options.clock, exclusive, fillSecrets: (body) => fillSecrets(body, options.secrets), ...live ? { live, fresh } : {} };
      if (phase === "whole" && (step2.action === "create" || step2.action === "replace") && kind.converge) {
        id2 = await convergeCreated(api, kind, context, (rows) => pickSurvivor(withIdentity(kind, step2.key, rows, owner)));
        ids.set(address, id2);
        result.id = id2;
      } else if (step2.action !== "delete" && step2.action !== "create" && step2.action !== "replace" && kind.converge) await runConverge(kind, context);
      record(result);
      if ((step2.action === "create" || step2.action === "replace") && !kind.api.singleton) unsettled.push({ kind, key: step2.key, id: id2, owner, result, sweep, address, step: step2 });
    } catch (error) {
      broken.add(address);
      record({ kind: step2.kind, key: step2.key, action: step2.action, status: "failed", id: step2.id, error: describeError(error) });
      if (error instanceof IdentityLostError) halted = `skipped because PostHog dropped the identity of ${step2.kind}/${step2.key}`;
    }
    if (phase === "whole") report(step2);
  };
  const runSettle = async (task) => {
    const due = unsettled.filter((u) => u.kind.name === task.kind && joins.joiners.has(u.step) === task.early);
    try {
      await settle(due);
    } catch (error) {
      for (const u of due) {
        broken.add(u.address);
        Object.assign(u.result, { status: "failed", error: `created, but checking it for a copy made by a concurrent apply failed: ${describeError(error)}` });
      }
    }
  };
  const runnable = tasks.map((task) => ({ after: task.after, run: () => task.type === "settle" ? runSettle(task) : runStep(task.step, task.phase) }));
  await runTasks(runnable, APPLY_CONCURRENCY);
  const ordered = plan2.steps.map((step2) => results.get(step2) ?? { kind: step2.kind, key: step2.key, action: step2.action, status: "unchanged", id: step2.id });
  return {
    results: ordered,
    applied: ordered.filter((r) => r.status === "applied").length,
    failed: ordered.filter((r) => r.status === "failed" || r.status === "skipped").length
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

// src/core/plan/prune-guard.ts
function countPrunes(plan2) {
  return plan2.steps.filter((s) => s.action === "delete" && s.duplicateOf === void 0).length;
}
function checkEmptyPrune(plan2, options) {
  const deletions = countPrunes(plan2);
  if (deletions === 0 || options.definitionCount > 0 || options.allowEmpty) return void 0;
  const folder = options.folder === void 0 ? "the definitions folder" : `the definitions folder ${options.folder}`;
  return {
    reason: "empty-definitions",
    message: `no definition was loaded, so all ${deletions} managed resource(s) would be deleted; check ${folder} (only .ts and .mts files are read, and it must be checked out), or allow an empty prune explicitly`
  };
}
function checkPrune(plan2, options) {
  const empty = checkEmptyPrune(plan2, options);
  if (empty !== void 0) return empty;
  const deletions = countPrunes(plan2);
  if (deletions > options.maxDeletions) {
    return {
      reason: "too-many-deletions",
      message: `${deletions} deletion(s) exceed the limit of ${options.maxDeletions}; raise it to delete them all in one run`
    };
  }
  return void 0;
}

// src/engine/clock.ts
var systemClock = { now: () => /* @__PURE__ */ new Date() };

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
  const pad = (text2) => text2 + " ".repeat(Math.max(0, width - [...text2].length));
  const grid = before.map((line, i) => `${pad(line)}${GAP}${after[i]}`);
  const legend = layout.tiles.map((tile, i) => `${symbolOf(i)}  ${tile.label}  ${describeMove(tile)}`);
  return [`${pad("before")}${GAP}after`, ...grid, "", ...legend];
}

// src/render/provenance.ts
var REVERT_LABEL = "reverts a change made in PostHog";
function formatActivityTime(at) {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at) ? `${at.slice(0, 10)} ${at.slice(11, 16)} UTC` : at;
}
function describeReverts(plan2, step2, activity = []) {
  const fields2 = /* @__PURE__ */ new Map();
  for (const revert of plan2.reverts ?? []) {
    if (revert.kind !== step2.kind || revert.key !== step2.key) continue;
    const field = revert.path.split(".")[0];
    const entry = fields2.get(field) ?? { field, paths: [] };
    entry.paths.push(revert.path);
    const by = activity.find((a) => a.field === field);
    if (by) entry.by = by;
    fields2.set(field, entry);
  }
  return [...fields2.values()];
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
function formatHogQL(text2) {
  if (text2.includes("\n") || text2.length <= MIN_LENGTH || !QUERY_START.test(text2)) return void 0;
  const lines = [];
  let line = "";
  let depth = 0;
  let quote;
  let inSelect = false;
  const flush = () => {
    if (line.trim() !== "") lines.push(line.trimEnd());
    line = "";
  };
  for (let i = 0; i < text2.length; i++) {
    const char = text2[i];
    if (quote) {
      line += char;
      if (char === "\\") line += text2[++i] ?? "";
      else if (char === quote) quote = void 0;
      continue;
    }
    if (char === "'" || char === '"' || char === "`") quote = char;
    if (char === "(") depth++;
    if (char === ")") depth = Math.max(0, depth - 1);
    const wordStart = depth === 0 && !/[\w$]/.test(text2[i - 1] ?? " ");
    const clause = wordStart && !quote ? CLAUSE.exec(text2.slice(i)) : null;
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
      while (text2[i + 1] === " ") i++;
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
    const text2 = formatHogQL(value) ?? value;
    return text2.endsWith("\n") ? text2 : `${text2}
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
function describeChanges(step2) {
  const groups = /* @__PURE__ */ new Map();
  for (const change of step2.changes) {
    const field = change.path.split(".")[0];
    groups.set(field, [...groups.get(field) ?? [], change]);
  }
  const items = [];
  for (const changes of groups.values()) {
    const root = commonPrefix(changes.map((c) => c.path));
    const before = valueAt(step2.before, root);
    const after = valueAt(step2.after, root);
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
function listCreatedFields(step2) {
  if (step2.written) return Object.entries(step2.written).flatMap(([key, value]) => rowsOf(value, key));
  return flattenLeaves(step2.after ?? {}, "").map(({ path, value }) => isLong(value) ? { path, lines: diffBlock({ after: value }).map((r) => r.text) } : { path, inline: formatInline(value) });
}

// src/render/terminal.ts
var ANSI = { green: "\x1B[32m", yellow: "\x1B[33m", red: "\x1B[31m", dim: "\x1B[2m", bold: "\x1B[1m", reset: "\x1B[0m" };
function formatSummaryLine(plan2) {
  const { create, update, delete: remove, noop } = plan2.summary;
  if (create + update + remove === 0) return `No changes. ${noop} resource(s) up to date.`;
  return `Plan: ${create} to create, ${update} to update, ${remove} to delete, ${noop} unchanged.`;
}
function fieldLines(step2, notes, reverts, paint) {
  const lines = [];
  if (step2.action === "create") {
    for (const row of listCreatedFields(step2)) {
      if (row.lines) {
        lines.push(`      ${paint("green", `+ ${row.path}:`)}`);
        for (const text2 of row.lines) lines.push(`          ${paint("green", text2)}`);
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
  if (step2.layout) for (const line of drawLayout(step2.layout)) lines.push(line === "" ? "" : `        ${line}`);
  for (const item of describeChanges(step2)) {
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
var painter = (options) => (color, text2) => options.color ? `${ANSI[color]}${text2}${ANSI.reset}` : text2;
function stepBlock(plan2, step2, paint, activity) {
  const view = presentStep(plan2, step2);
  const lines = view.warnings.map((warning) => `      ${paint("red", `! ${warning}`)}`);
  lines.push(...fieldLines(step2, view.notes, describeReverts(plan2, step2, activity?.[`${step2.kind}/${step2.key}`]), paint));
  return { heading: `  ${paint(view.style.color, `${view.style.glyph} ${view.label} ${step2.key}`)}`, lines };
}
function renderOne(plan2, options, shown, note) {
  const paint = painter(options);
  const env = plan2.target.environment ? ` (${plan2.target.environment})` : "";
  const out = [`PostHog project ${plan2.target.projectId} at ${plan2.target.host}${env}`, ""];
  if (note) out.push(`  ${paint("dim", `· ${note}`)}`);
  plan2.steps.forEach((step2, index) => {
    if (step2.action === "no-op" && !options.verbose || !shown(index)) return;
    const block = stepBlock(plan2, step2, paint, options.activity);
    out.push(`${block.heading}${step2.id !== void 0 ? paint("dim", ` (id ${step2.id})`) : ""}`, ...block.lines);
  });
  for (const warning of plan2.warnings) out.push(`  ${paint("yellow", `! ${describePlanWarning(plan2, warning)}`)}`);
  for (const line of describeSkippedChecks(plan2)) out.push(`  ${paint("dim", `· ${line}`)}`);
  if (plan2.orphans.length > 0) {
    out.push("", `  ${plan2.orphans.length} managed resource(s) have no definition and are left alone (apply with --prune to delete):`);
    for (const orphan of plan2.orphans) out.push(`    ${paint("dim", `· ${kindOf(plan2, orphan.kind).label} ${orphan.key} (id ${orphan.id})`)}`);
  }
  if (out.length > 2) out.push("");
  out.push(paint("bold", formatSummaryLine(plan2)));
  return `${out.join("\n")}
`;
}
function renderPlanText(plan2, options) {
  return renderOne(plan2, options, () => true);
}
var environmentOf = (plan2) => plan2.target.environment ?? "default";
function renderPlansText(plans, options) {
  const plain = painter({ color: false });
  const keyOf = (plan2, step2) => JSON.stringify(stepBlock(plan2, step2, plain));
  const holders = /* @__PURE__ */ new Map();
  for (const plan2 of plans) for (const step2 of plan2.steps) if (step2.action !== "no-op") holders.set(keyOf(plan2, step2), [...holders.get(keyOf(plan2, step2)) ?? [], environmentOf(plan2)]);
  const shared = (plan2, step2) => step2.action !== "no-op" && (holders.get(keyOf(plan2, step2))?.length ?? 0) > 1;
  const paint = painter(options);
  const groups = /* @__PURE__ */ new Map();
  for (const plan2 of plans) {
    for (const step2 of plan2.steps) {
      if (!shared(plan2, step2)) continue;
      const key = keyOf(plan2, step2);
      const names = holders.get(key);
      const group = groups.get(names.join("\0")) ?? { names, blocks: [], seen: /* @__PURE__ */ new Set() };
      groups.set(names.join("\0"), group);
      if (group.seen.has(key)) continue;
      group.seen.add(key);
      const ids = plans.flatMap((p) => p.steps.filter((s) => s.id !== void 0 && shared(p, s) && keyOf(p, s) === key).map((s) => `${environmentOf(p)} id ${s.id}`));
      const block = stepBlock(plan2, step2, paint);
      group.blocks.push([`${block.heading}${ids.length > 0 ? paint("dim", ` (${ids.join(", ")})`) : ""}`, ...block.lines].join("\n"));
    }
  }
  const out = [...groups.values()].map((g) => `${paint("bold", `Same in ${g.names.join(", ")}:`)}

${g.blocks.join("\n")}
`);
  for (const plan2 of plans) {
    const count2 = plan2.steps.filter((s) => shared(plan2, s)).length;
    out.push(renderOne(plan2, options, (i) => !shared(plan2, plan2.steps[i]), count2 > 0 ? `${count2} change(s) shown once above, the same in another environment` : void 0));
  }
  return out.join("\n");
}

// src/core/plan/serialize.ts
function sortMembers(value) {
  return Object.fromEntries(Object.keys(value).sort().flatMap((key) => value[key] === void 0 ? [] : [[key, value[key]]]));
}
function orderStep(step2) {
  return sortMembers({ ...sortKeysDeep({ ...step2, after: void 0, written: void 0 }), after: step2.after, written: step2.written });
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
  checkEmptyPrune,
  checkPrune,
  systemClock,
  stringifyPlan,
  stringifyPlanFile,
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
