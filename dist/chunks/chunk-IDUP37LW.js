import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isApiFailure,
  listObjects,
  objectPath,
  pathIdOf,
  updatePath
} from "./chunk-IJIRTJKZ.js";
import {
  normalizeKey,
  pickSurvivor
} from "./chunk-LJQFIKR4.js";
import {
  getKind,
  isOwnedBy,
  stampOwner
} from "./chunk-RHLKEUBH.js";
import {
  fillSecrets,
  readRef,
  sortKeysDeep
} from "./chunk-2AROFJEV.js";
import {
  ToolError
} from "./chunk-SLY4HKVV.js";

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
var addressOf = (step) => `${step.kind}/${normalizeKey(step.key)}`;
function planTasks(plan, kindOf) {
  const steps = plan.steps.filter((s) => s.action !== "no-op");
  const byAddress = new Map(steps.filter((s) => s.action !== "delete").map((s) => [addressOf(s), s]));
  const joins = { targets: /* @__PURE__ */ new Map(), joiners: /* @__PURE__ */ new Map() };
  for (const step of steps) {
    const joinedBy = kindOf(step.kind).joinedBy;
    if (step.action !== "create" || !joinedBy) continue;
    const joiners = step.dependsOn.map((d) => byAddress.get(normalizeAddress(d))).filter((s) => s?.action === "create" && s.kind === joinedBy.kind);
    if (joiners.length === 0) continue;
    joins.joiners.set(step, [...new Set(joiners)]);
    for (const joiner of new Set(joiners)) joins.targets.set(joiner, [...joins.targets.get(joiner) ?? [], step]);
  }
  const tasks = [];
  const own = /* @__PURE__ */ new Map();
  const done = /* @__PURE__ */ new Map();
  for (const step of steps) {
    if (joins.joiners.has(step)) {
      own.set(step, tasks.push({ type: "step", step, phase: "own", after: [] }) - 1);
      done.set(step, tasks.push({ type: "step", step, phase: "finish", after: [own.get(step)] }) - 1);
    } else {
      done.set(step, tasks.push({ type: "step", step, phase: "whole", after: [] }) - 1);
    }
  }
  const createdBy = (step) => own.get(step) ?? done.get(step);
  const creates = steps.filter((s) => (s.action === "create" || s.action === "replace") && !kindOf(s.kind).api.singleton);
  const settles = /* @__PURE__ */ new Map();
  for (const early of [true, false]) {
    for (const name of new Set(creates.map((s) => s.kind))) {
      const covered = creates.filter((s) => s.kind === name && joins.joiners.has(s) === early);
      if (covered.length > 0) settles.set(`${name}/${early}`, tasks.push({ type: "settle", kind: name, early, after: covered.map(createdBy) }) - 1);
    }
  }
  const settlesOf = (name) => [settles.get(`${name}/true`), settles.get(`${name}/false`)].filter((i) => i !== void 0);
  const probes = /* @__PURE__ */ new Map();
  for (const step of [...creates.filter((s) => joins.joiners.has(s)), ...creates]) if (!probes.has(step.kind)) probes.set(step.kind, step);
  const creating = new Set(creates);
  const deletes = steps.filter((s) => s.action === "delete");
  const notDeletes = tasks.flatMap((task, index) => task.type === "settle" || task.step.action !== "delete" ? [index] : []);
  for (const step of steps) {
    const first = tasks[own.get(step) ?? done.get(step)];
    if (step.action === "delete") {
      const earlier = deletes.slice(0, deletes.indexOf(step)).filter((d) => d.kind !== step.kind);
      const previousKind = earlier.at(-1)?.kind;
      first.after.push(...notDeletes, ...earlier.filter((d) => d.kind === previousKind).map((d) => done.get(d)));
      continue;
    }
    const probe = probes.get(step.kind);
    if (probe && probe !== step && creating.has(step)) first.after.push(createdBy(probe));
    const waiter = joins.joiners.has(step) ? tasks[done.get(step)] : first;
    for (const dependency of step.dependsOn) {
      const target = byAddress.get(normalizeAddress(dependency));
      if (target) waiter.after.push(done.get(target));
      const name = readRef({ $ref: dependency }).kind;
      if (name !== step.kind) waiter.after.push(...settlesOf(name));
    }
    for (const target of joins.targets.get(step) ?? []) first.after.push(own.get(target), ...settles.has(`${target.kind}/true`) ? [settles.get(`${target.kind}/true`)] : []);
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
async function readLive(api, kind, id) {
  try {
    return await api.get(objectPath(kind, id));
  } catch (error) {
    if (!isApiFailure(error) || error.status !== 500) throw error;
    if ((await listObjects(api, kind)).some((raw) => String(pathIdOf(kind, raw)) === String(id))) throw error;
    return void 0;
  }
}
async function removeObject(api, kind, id) {
  if (kind.api.remove !== "soft") return api.delete(objectPath(kind, id));
  try {
    const required = kind.api.patchRequires ?? [];
    const live = required.length > 0 ? await api.get(objectPath(kind, id)) : void 0;
    const carried = Object.fromEntries(required.flatMap((name) => live?.[name] !== void 0 ? [[name, live[name]]] : []));
    await api.patch(objectPath(kind, id), { ...carried, deleted: true });
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
  const id = pathIdOf(kind, created);
  const why = Array.isArray(payload.tags) ? "PostHog dropped its tags, as it does without the tagging feature (older self-hosted versions)" : "the response does not carry the identity marker it was sent";
  let undone = "it was removed again";
  try {
    await removeObject(api, kind, id);
  } catch (error) {
    undone = `removing it failed (${describeError(error)}); delete it by hand`;
  }
  throw new IdentityLostError(
    `created ${kind.label} "${key}" (id ${String(id)}) came back without this tool's identity: ${why}; ${undone}. Apply stopped here, because every later run would create it once more: this PostHog cannot keep the identity of ${kind.label}s.`
  );
}
async function assertStillManaged(api, kind, step) {
  if (kind.api.singleton) return void 0;
  const raw = await readLive(api, kind, step.id);
  if ((!raw || raw.deleted === true) && step.action === "delete") return false;
  if (!raw || raw.deleted === true) throw new SafetyError(`${kind.label} "${step.key}" (id ${step.id}) no longer exists; plan again`);
  const key = step.adopt ? kind.adoptKey?.(raw) : kind.identify(raw);
  if (key === void 0 || normalizeKey(key) !== normalizeKey(step.key)) {
    throw new SafetyError(`refusing to change ${kind.label} id ${step.id}: it is no longer ${step.adopt ? "named" : "tagged as"} "${step.key}" (found ${key === void 0 ? "no identity" : `"${key}"`})`);
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
async function applyPlan(plan, api, options = {}) {
  const ids = /* @__PURE__ */ new Map();
  for (const step of plan.steps) if (step.id !== void 0 && step.duplicateOf === void 0) ids.set(`${step.kind}/${normalizeKey(step.key)}`, step.id);
  const idOf = (address) => ids.get(`${address.kind}/${normalizeKey(address.key)}`);
  const fieldsOf = (address) => plan.steps.find((step) => step.kind === address.kind && normalizeKey(step.key) === normalizeKey(address.key) && step.after !== void 0)?.after;
  const owner = plan.target.owner;
  const broken = /* @__PURE__ */ new Set();
  const results = /* @__PURE__ */ new Map();
  const total = plan.steps.filter((s) => s.action !== "no-op").length;
  let done = 0;
  let halted;
  const unsettled = [];
  const settling = /* @__PURE__ */ new Map();
  const answers = /* @__PURE__ */ new Map();
  const exclusive = createLocks();
  const { tasks, joins } = planTasks(plan, getKind);
  const settle = async (due) => {
    const fresh = due.filter((u) => !settling.has(u));
    if (fresh.length > 0) {
      const run = settleCreates(api, fresh).then((settled) => {
        for (const [created, id] of settled) {
          ids.set(created.address, id);
          created.result.id = id;
        }
      });
      for (const u of fresh) settling.set(u, run);
    }
    await Promise.all(due.map((u) => settling.get(u)));
  };
  const finished = /* @__PURE__ */ new Set();
  let cursor = 0;
  const report = (step) => {
    finished.add(step);
    for (; cursor < plan.steps.length && (plan.steps[cursor].action === "no-op" || finished.has(plan.steps[cursor])); cursor++) {
      const next = plan.steps[cursor];
      if (next.action === "no-op") continue;
      done++;
      options.progress?.({ phase: "apply", message: `${next.action} ${getKind(next.kind).label} ${next.key}`, done, total });
    }
  };
  const runStep = async (step, phase) => {
    const address = `${step.kind}/${normalizeKey(step.key)}`;
    const kind = getKind(step.kind);
    const record = (result) => void results.set(step, result);
    if (phase === "finish") {
      const result = results.get(step);
      if (result.status === "applied") {
        try {
          const own = answers.get(step);
          const id = ids.get(address);
          const joiners = joins.joiners.get(step) ?? [];
          const joined = joiners.flatMap((joiner) => answers.has(joiner) ? [answers.get(joiner).created] : []);
          const settledAway = (s, answered) => String(ids.get(`${s.kind}/${normalizeKey(s.key)}`)) !== String(answered);
          const current = own !== void 0 && !settledAway(step, own.id) && !joiners.some((j) => answers.has(j) && settledAway(j, answers.get(j).id));
          const context = { api, id, fields: step.after, idOf, fieldsOf, clock: options.clock, exclusive, fillSecrets: (body) => fillSecrets(body, options.secrets), ...current ? { live: own.created, fresh: own.fresh, joined } : {} };
          result.id = await convergeCreated(api, kind, context, (rows) => pickSurvivor(withIdentity(kind, step.key, rows, owner)));
          ids.set(address, result.id);
        } catch (error) {
          broken.add(address);
          Object.assign(result, { status: "failed", error: describeError(error) });
        }
      }
      return report(step);
    }
    if (halted !== void 0) {
      record({ kind: step.kind, key: step.key, action: step.action, status: "skipped", error: halted });
      return report(step);
    }
    const blocker = step.dependsOn.find((d) => broken.has(normalizeKey(d)));
    if (blocker) {
      broken.add(address);
      record({ kind: step.kind, key: step.key, action: step.action, status: "skipped", error: `skipped because ${blocker} failed` });
      return report(step);
    }
    try {
      await settle(unsettled.filter((u) => u.kind === kind && step.dependsOn.some((d) => normalizeKey(d) === u.address)));
      let id = step.id;
      let sweep;
      let live;
      let fresh = false;
      const payload = step.action === "create" || step.action === "replace" ? stampOwner(kind.name, step.key, kind.toPayload(step.key, step.after, { idOf, fieldsOf }, "create"), owner) : void 0;
      const joinedBy = (joins.targets.get(step) ?? []).map((target) => getKind(target.kind).joinedBy);
      const joining = (joins.targets.get(step) ?? []).filter((target) => !broken.has(`${target.kind}/${normalizeKey(target.key)}`) && idOf(target) !== void 0);
      if (payload && joining.length > 0) payload[joinedBy[0].field] = joining.map((target) => idOf(target));
      const sent = payload && fillSecrets(payload, options.secrets);
      if (step.action === "replace" && await assertStillManaged(api, kind, step) !== false) await removeObject(api, kind, id);
      if (payload && sent) {
        const { created, uncertain, adopted } = await createOnce(api, kind, step.key, sent, owner);
        if (uncertain) sweep = { known: new Set(plan.steps.filter((s) => s.kind === step.kind && s.id !== void 0).map((s) => String(s.id))) };
        await assertIdentityKept(api, kind, step.key, payload, created);
        id = pathIdOf(kind, created);
        ids.set(address, id);
        if (!adopted) {
          [live, fresh] = [created, !uncertain];
          if (joins.targets.has(step) || phase === "own") answers.set(step, { id, created, fresh });
        }
      } else if (step.action === "update") {
        live = await assertStillManaged(api, kind, step) || void 0;
        const body = fillSecrets(stampOwner(kind.name, step.key, kind.toPayload(step.key, step.after, { idOf }, "update", step.before), owner), options.secrets);
        if (Object.keys(body).length > 0) live = await api.patch(updatePath(kind, id), body);
      } else {
        if (await assertStillManaged(api, kind, step) !== false) await removeObject(api, kind, id);
      }
      const result = { kind: step.kind, key: step.key, action: step.action, status: "applied", id };
      const context = { api, id, fields: step.after, idOf, fieldsOf, clock: options.clock, exclusive, fillSecrets: (body) => fillSecrets(body, options.secrets), ...live ? { live, fresh } : {} };
      if (phase === "whole" && (step.action === "create" || step.action === "replace") && kind.converge) {
        id = await convergeCreated(api, kind, context, (rows) => pickSurvivor(withIdentity(kind, step.key, rows, owner)));
        ids.set(address, id);
        result.id = id;
      } else if (step.action !== "delete" && step.action !== "create" && step.action !== "replace" && kind.converge) await runConverge(kind, context);
      record(result);
      if ((step.action === "create" || step.action === "replace") && !kind.api.singleton) unsettled.push({ kind, key: step.key, id, owner, result, sweep, address, step });
    } catch (error) {
      broken.add(address);
      record({ kind: step.kind, key: step.key, action: step.action, status: "failed", id: step.id, error: describeError(error) });
      if (error instanceof IdentityLostError) halted = `skipped because PostHog dropped the identity of ${step.kind}/${step.key}`;
    }
    if (phase === "whole") report(step);
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
  const ordered = plan.steps.map((step) => results.get(step) ?? { kind: step.kind, key: step.key, action: step.action, status: "unchanged", id: step.id });
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

// src/core/plan/prune-guard.ts
function countPrunes(plan) {
  return plan.steps.filter((s) => s.action === "delete" && s.duplicateOf === void 0).length;
}
function checkEmptyPrune(plan, options) {
  const deletions = countPrunes(plan);
  if (deletions === 0 || options.definitionCount > 0 || options.allowEmpty) return void 0;
  const folder = options.folder === void 0 ? "the definitions folder" : `the definitions folder ${options.folder}`;
  return {
    reason: "empty-definitions",
    message: `no definition was loaded, so all ${deletions} managed resource(s) would be deleted; check ${folder} (only .ts and .mts files are read, and it must be checked out), or allow an empty prune explicitly`
  };
}
function checkPrune(plan, options) {
  const empty = checkEmptyPrune(plan, options);
  if (empty !== void 0) return empty;
  const deletions = countPrunes(plan);
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

// src/core/plan/serialize.ts
function sortMembers(value) {
  return Object.fromEntries(Object.keys(value).sort().flatMap((key) => value[key] === void 0 ? [] : [[key, value[key]]]));
}
function orderStep(step) {
  return sortMembers({ ...sortKeysDeep({ ...step, after: void 0, written: void 0 }), after: step.after, written: step.written });
}
function orderPlan(plan) {
  return sortMembers({ ...sortKeysDeep({ ...plan, steps: void 0 }), steps: plan.steps.map(orderStep) });
}
function stringifyPlan(plan) {
  return `${JSON.stringify(orderPlan(plan), null, 2)}
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
  checkEmptyPrune,
  checkPrune,
  systemClock,
  stringifyPlan,
  stringifyPlanFile
};
