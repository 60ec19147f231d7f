import { APPLY_CONCURRENCY, planTasks, runTasks, type ApplyTask, type Task } from "./apply-schedule.js";
import { assertIdentityKept, assertStillManaged, convergeCreated, createOnce, describeError, IdentityLostError, removeObject, runConverge, settleCreates, withIdentity, type Unsettled } from "./apply-writes.js";
import { normalizeKey } from "./desired.js";
import { pickSurvivor } from "./duplicates.js";
import { stampOwner } from "./identity.js";
import type { JsonObject } from "./json.js";
import { getKind } from "./kinds/index.js";
import type { ConvergeContext } from "./kinds/kind.js";
import type { Address, KindName } from "./model.js";
import { pathIdOf, updatePath } from "./observe.js";
import type { Plan, PlanStep, StepAction } from "./plan/types.js";
import { fillSecrets, type SecretValues } from "./secrets.js";
import type { Clock, ProgressSink, ProjectApi } from "./ports.js";

export { IdentityLostError, SafetyError } from "./apply-writes.js";

/** The outcome for one step. Failed steps carry PostHog's message; dependents are skipped. */
export interface StepResult {
  kind: KindName;
  key: string;
  action: StepAction;
  status: "applied" | "failed" | "skipped" | "unchanged";
  id?: string | number;
  error?: string;
}

/** Outcome of an apply: every step's result, in plan order. */
export interface ApplyResult {
  results: StepResult[];
  applied: number;
  failed: number;
}

/** A create this run made, with the result that reports it (settling may change its id). */
type Created = Unsettled & { result: StepResult; address: string; step: PlanStep };

/** Serialises work on one key across the concurrent steps of an apply (`ConvergeContext.exclusive`). */
function createLocks(): <T>(key: string, work: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return (key, work) => {
    const turn = (tails.get(key) ?? Promise.resolve()).then(work, work);
    tails.set(key, turn.catch(() => undefined));
    return turn;
  };
}

/**
 * Executes a plan. Independent steps run concurrently (at most `APPLY_CONCURRENCY` tasks at once, within
 * the client's rate budget), in the order of the dependency graph `planTasks` builds; results and
 * progress come in plan order, so the output does not depend on timing. A failure does not stop
 * independent steps, but every step that depends on a failed one is skipped, so a re-run after
 * fixing the cause converges without duplicates.
 */
export async function applyPlan(plan: Plan, api: ProjectApi, options: { progress?: ProgressSink; clock?: Clock; secrets?: SecretValues } = {}): Promise<ApplyResult> {
  const ids = new Map<string, string | number>();
  for (const step of plan.steps) if (step.id !== undefined && step.duplicateOf === undefined) ids.set(`${step.kind}/${normalizeKey(step.key)}`, step.id);
  const idOf = (address: Address) => ids.get(`${address.kind}/${normalizeKey(address.key)}`);
  const fieldsOf = (address: Address) => plan.steps.find((step) => step.kind === address.kind && normalizeKey(step.key) === normalizeKey(address.key) && step.after !== undefined)?.after;
  const owner = plan.target.owner;
  const broken = new Set<string>();
  const results = new Map<PlanStep, StepResult>();
  const total = plan.steps.filter((s) => s.action !== "no-op").length;
  let done = 0;
  let halted: string | undefined;
  const unsettled: Created[] = [];
  const settling = new Map<Created, Promise<void>>();
  // What the split steps' own creates and the creates that join them answered, for their converges.
  const answers = new Map<PlanStep, { id: string | number; created: JsonObject; fresh: boolean }>();
  const exclusive = createLocks();
  const { tasks, joins } = planTasks(plan, getKind);

  /** Settles each created resource once, however many tasks wait for it. */
  const settle = async (due: readonly Created[]) => {
    const fresh = due.filter((u) => !settling.has(u));
    if (fresh.length > 0) {
      const run = settleCreates(api, fresh).then((settled) => {
        for (const [created, id] of settled) {
          ids.set((created as Created).address, id);
          (created as Created).result.id = id;
        }
      });
      for (const u of fresh) settling.set(u, run);
    }
    await Promise.all(due.map((u) => settling.get(u)));
  };

  const finished = new Set<PlanStep>();
  let cursor = 0;
  /** Reports finished steps in plan order. */
  const report = (step: PlanStep) => {
    finished.add(step);
    for (; cursor < plan.steps.length && (plan.steps[cursor]!.action === "no-op" || finished.has(plan.steps[cursor]!)); cursor++) {
      const next = plan.steps[cursor]!;
      if (next.action === "no-op") continue;
      done++;
      options.progress?.({ phase: "apply", message: `${next.action} ${getKind(next.kind).label} ${next.key}`, done, total });
    }
  };

  const runStep = async (step: PlanStep, phase: "whole" | "own" | "finish") => {
    const address = `${step.kind}/${normalizeKey(step.key)}`;
    const kind = getKind(step.kind);
    const record = (result: StepResult) => void results.set(step, result);
    if (phase === "finish") {
      const result = results.get(step)!;
      if (result.status === "applied") {
        try {
          const own = answers.get(step);
          const id = ids.get(address)!;
          const joiners = joins.joiners.get(step) ?? [];
          const joined = joiners.flatMap((joiner) => (answers.has(joiner) ? [answers.get(joiner)!.created] : []));
          // Settling may have kept a racing run's copy instead (of this object or of one that joined
          // it), which this step's answers do not describe: the converge then reads what is there.
          const settledAway = (s: PlanStep, answered: string | number) => String(ids.get(`${s.kind}/${normalizeKey(s.key)}`)) !== String(answered);
          const current = own !== undefined && !settledAway(step, own.id) && !joiners.some((j) => answers.has(j) && settledAway(j, answers.get(j)!.id));
          const context: ConvergeContext = { api, id, fields: step.after!, idOf, fieldsOf, clock: options.clock, exclusive, fillSecrets: (body) => fillSecrets(body, options.secrets), ...(current ? { live: own.created, fresh: own.fresh, joined } : {}) };
          result.id = await convergeCreated(api, kind, context, (rows) => pickSurvivor(withIdentity(kind, step.key, rows, owner)));
          ids.set(address, result.id);
        } catch (error) {
          broken.add(address);
          Object.assign(result, { status: "failed", error: describeError(error) });
        }
      }
      return report(step);
    }
    if (halted !== undefined) {
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
      // References to resources of this step's own kind, created by this run, point at the survivor.
      await settle(unsettled.filter((u) => u.kind === kind && step.dependsOn.some((d) => normalizeKey(d) === u.address)));
      let id = step.id;
      let sweep: Unsettled["sweep"];
      let live: JsonObject | undefined;
      let fresh = false;
      const payload = step.action === "create" || step.action === "replace" ? stampOwner(kind.name, step.key, kind.toPayload(step.key, step.after!, { idOf, fieldsOf }, "create"), owner) : undefined;
      const joinedBy = (joins.targets.get(step) ?? []).map((target) => getKind(target.kind).joinedBy!);
      const joining = (joins.targets.get(step) ?? []).filter((target) => !broken.has(`${target.kind}/${normalizeKey(target.key)}`) && idOf(target) !== undefined);
      if (payload && joining.length > 0) payload[joinedBy[0]!.field] = joining.map((target) => idOf(target)!);
      // Secrets are filled in first, so a missing one fails the step before anything is removed.
      const sent = payload && fillSecrets(payload, options.secrets);
      // PostHog refuses this change in place: the live object goes first, then it is created anew.
      if (step.action === "replace" && (await assertStillManaged(api, kind, step)) !== false) await removeObject(api, kind, id!);
      if (payload && sent) {
        const { created, uncertain, adopted } = await createOnce(api, kind, step.key, sent, owner);
        if (uncertain) sweep = { known: new Set(plan.steps.filter((s) => s.kind === step.kind && s.id !== undefined).map((s) => String(s.id))) };
        await assertIdentityKept(api, kind, step.key, payload, created);
        id = pathIdOf(kind, created);
        ids.set(address, id);
        if (!adopted) {
          [live, fresh] = [created, !uncertain];
          if (joins.targets.has(step) || phase === "own") answers.set(step, { id, created, fresh });
        }
      } else if (step.action === "update") {
        live = (await assertStillManaged(api, kind, step)) || undefined;
        const body = fillSecrets(stampOwner(kind.name, step.key, kind.toPayload(step.key, step.after!, { idOf }, "update", step.before), owner), options.secrets);
        // A kind sends only what changed; nothing left means only its converge has work.
        if (Object.keys(body).length > 0) live = await api.patch(updatePath(kind, id), body);
      } else {
        if ((await assertStillManaged(api, kind, step)) !== false) await removeObject(api, kind, id!);
      }
      const result: StepResult = { kind: step.kind, key: step.key, action: step.action, status: "applied", id };
      const context: ConvergeContext = { api, id: id!, fields: step.after!, idOf, fieldsOf, clock: options.clock, exclusive, fillSecrets: (body) => fillSecrets(body, options.secrets), ...(live ? { live, fresh } : {}) };
      if (phase === "whole" && (step.action === "create" || step.action === "replace") && kind.converge) {
        id = await convergeCreated(api, kind, context, (rows) => pickSurvivor(withIdentity(kind, step.key, rows, owner)));
        ids.set(address, id);
        result.id = id;
      } else if (step.action !== "delete" && step.action !== "create" && step.action !== "replace" && kind.converge) await runConverge(kind, context);
      record(result);
      if ((step.action === "create" || step.action === "replace") && !kind.api.singleton) unsettled.push({ kind, key: step.key, id: id!, owner, result, sweep, address, step });
    } catch (error) {
      broken.add(address);
      record({ kind: step.kind, key: step.key, action: step.action, status: "failed", id: step.id, error: describeError(error) });
      if (error instanceof IdentityLostError) halted = `skipped because PostHog dropped the identity of ${step.kind}/${step.key}`;
    }
    if (phase === "whole") report(step);
  };

  /** Checks one kind's creates for racing copies; a failed check fails them, and so skips what references them. */
  const runSettle = async (task: Extract<ApplyTask, { type: "settle" }>) => {
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

  const runnable: Task[] = tasks.map((task) => ({ after: task.after, run: () => (task.type === "settle" ? runSettle(task) : runStep(task.step, task.phase)) }));
  await runTasks(runnable, APPLY_CONCURRENCY);
  const ordered = plan.steps.map((step) => results.get(step) ?? { kind: step.kind, key: step.key, action: step.action, status: "unchanged" as const, id: step.id });
  return {
    results: ordered,
    applied: ordered.filter((r) => r.status === "applied").length,
    failed: ordered.filter((r) => r.status === "failed" || r.status === "skipped").length,
  };
}
