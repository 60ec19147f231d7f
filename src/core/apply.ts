import { normalizeKey } from "./desired.js";
import type { JsonObject } from "./json.js";
import { getKind } from "./kinds/index.js";
import type { KindModule } from "./kinds/kind.js";
import type { Address, KindName } from "./model.js";
import { objectPath, pathIdOf } from "./observe.js";
import type { Plan, PlanStep, StepAction } from "./plan/types.js";
import { isApiFailure, type ProgressSink, type ProjectApi } from "./ports.js";

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

/** Raised when a live object no longer carries the identity the plan expects. */
export class SafetyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SafetyError";
  }
}

/**
 * Re-reads the live object right before a write and refuses to touch it unless it
 * still carries this tool's identity for the same key. This guards against ids
 * reused or re-tagged by hand between plan and apply.
 */
async function assertStillManaged(api: ProjectApi, kind: KindModule, step: PlanStep): Promise<void> {
  if (kind.api.singleton) return;
  const raw = await api.get(objectPath(kind, step.id));
  if (!raw || raw.deleted === true) throw new SafetyError(`${kind.label} "${step.key}" (id ${step.id}) no longer exists; plan again`);
  const key = step.adopt ? kind.adoptKey?.(raw) : kind.identify(raw);
  if (key === undefined || normalizeKey(key) !== normalizeKey(step.key)) {
    throw new SafetyError(`refusing to change ${kind.label} id ${step.id}: it is no longer ${step.adopt ? "named" : "tagged as"} "${step.key}" (found ${key === undefined ? "no identity" : `"${key}"`})`);
  }
}

/**
 * Creates without ever creating twice: when the create call fails in a way that
 * may have reached the server, the collection is listed again and an object with
 * this identity is adopted instead of retrying blindly.
 */
async function createOnce(api: ProjectApi, kind: KindModule, key: string, payload: JsonObject): Promise<JsonObject> {
  try {
    return await api.post(`${kind.api.collection}/`, payload);
  } catch (error) {
    if (!isApiFailure(error) || !error.uncertain) throw error;
    const rows = await api.list(kind.api.collection);
    const created = rows.find((raw) => {
      const found = kind.identify(raw);
      return found !== undefined && normalizeKey(found) === normalizeKey(key);
    });
    if (!created) throw error;
    return created;
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Executes a plan step by step. A failure does not stop independent steps, but
 * every step that depends on a failed one is skipped, so a re-run after fixing
 * the cause converges without duplicates.
 */
export async function applyPlan(plan: Plan, api: ProjectApi, options: { progress?: ProgressSink } = {}): Promise<ApplyResult> {
  const ids = new Map<string, string | number>();
  for (const step of plan.steps) if (step.id !== undefined) ids.set(`${step.kind}/${normalizeKey(step.key)}`, step.id);
  const idOf = (address: Address) => ids.get(`${address.kind}/${normalizeKey(address.key)}`);
  const broken = new Set<string>();
  const results: StepResult[] = [];
  const total = plan.steps.filter((s) => s.action !== "no-op").length;
  let done = 0;

  for (const step of plan.steps) {
    const address = `${step.kind}/${normalizeKey(step.key)}`;
    if (step.action === "no-op") {
      results.push({ kind: step.kind, key: step.key, action: step.action, status: "unchanged", id: step.id });
      continue;
    }
    const blocker = step.dependsOn.find((d) => broken.has(normalizeKey(d)));
    if (blocker) {
      broken.add(address);
      results.push({ kind: step.kind, key: step.key, action: step.action, status: "skipped", error: `skipped because ${blocker} failed` });
      continue;
    }
    const kind = getKind(step.kind);
    try {
      let id = step.id;
      if (step.action === "create") {
        const created = await createOnce(api, kind, step.key, kind.toPayload(step.key, step.after!, { idOf }, "create"));
        id = pathIdOf(kind, created);
        ids.set(address, id);
      } else if (step.action === "update") {
        await assertStillManaged(api, kind, step);
        await api.patch(objectPath(kind, id), kind.toPayload(step.key, step.after!, { idOf }, "update", step.before));
      } else {
        await assertStillManaged(api, kind, step);
        if (kind.api.remove === "soft") await api.patch(objectPath(kind, id), { deleted: true });
        else await api.delete(objectPath(kind, id));
      }
      if (step.action !== "delete" && kind.converge) await kind.converge({ api, id: id!, fields: step.after!, idOf });
      results.push({ kind: step.kind, key: step.key, action: step.action, status: "applied", id });
    } catch (error) {
      broken.add(address);
      results.push({ kind: step.kind, key: step.key, action: step.action, status: "failed", id: step.id, error: describeError(error) });
    }
    done++;
    options.progress?.({ phase: "apply", message: `${step.action} ${kind.label} ${step.key}`, done, total });
  }
  return {
    results,
    applied: results.filter((r) => r.status === "applied").length,
    failed: results.filter((r) => r.status === "failed" || r.status === "skipped").length,
  };
}
