import { normalizeKey } from "./desired.js";
import { pickSurvivor } from "./duplicates.js";
import { isOwnedBy } from "./identity.js";
import { ToolError } from "./errors.js";
import type { JsonObject } from "./json.js";
import type { ConvergeContext, KindModule } from "./kinds/kind.js";
import { listObjects, objectPath, pathIdOf } from "./observe.js";
import type { PlanStep } from "./plan/types.js";
import { isApiFailure, type ProjectApi } from "./ports.js";

// The writes of one apply step that never act twice: safety reads before a change, creates that
// adopt instead of retrying blindly, converges run again after uncertain failures, and the check
// for copies a racing apply created. `apply.ts` schedules them.

/** Raised when a live object no longer carries the identity the plan expects. */
export class SafetyError extends ToolError {
  constructor(message: string) {
    super("safety", message);
    this.name = "SafetyError";
  }
}

/** Raised when PostHog stored a create without the identity it was sent, so every later run would create it again. */
export class IdentityLostError extends SafetyError {
  constructor(message: string) {
    super(message);
    this.name = "IdentityLostError";
  }
}

/**
 * Reads one object for a safety check. PostHog answers 500, not 404, for an
 * event definition that no longer exists (the lookup's `DoesNotExist` is never
 * converted), so after a 500 the collection tells "gone" from a server failure.
 */
async function readLive(api: ProjectApi, kind: KindModule, id: string | number): Promise<JsonObject | undefined> {
  try {
    return await api.get(objectPath(kind, id));
  } catch (error) {
    if (!isApiFailure(error) || error.status !== 500) throw error;
    if ((await listObjects(api, kind)).some((raw) => String(pathIdOf(kind, raw)) === String(id))) throw error;
    return undefined;
  }
}

/**
 * Removes one object the way its kind is removed. A soft delete is a PATCH the client resends after
 * a lost response, and PostHog answers 404 for an object already soft-deleted, so that 404 means
 * the removal happened: the caller checked the object was live just before.
 */
export async function removeObject(api: ProjectApi, kind: KindModule, id: string | number): Promise<void> {
  if (kind.api.remove !== "soft") return api.delete(objectPath(kind, id));
  try {
    const required = kind.api.patchRequires ?? [];
    const live = required.length > 0 ? await api.get(objectPath(kind, id)) : undefined;
    const carried = Object.fromEntries(required.flatMap((name) => (live?.[name] !== undefined ? [[name, live[name]!]] : [])));
    await api.patch(objectPath(kind, id), { ...carried, deleted: true });
  } catch (error) {
    if (!isApiFailure(error) || error.status !== 404) throw error;
  }
}

/** The context without what the step's writes answered: a converge run again must read the server. */
function withoutAnswers(context: ConvergeContext): ConvergeContext {
  const { live: _live, fresh: _fresh, joined: _joined, ...rest } = context;
  return rest;
}

/** Rounds of a kind's converge after uncertain failures before the step fails. */
const CONVERGE_ROUNDS = 3;

/**
 * Runs a kind's converge (tiles, lifecycle, schema links), which reads what it needs before each
 * write. A write that is not idempotent is never resent by the client, so after a failure that may
 * have reached the server (lost response, timeout, 5xx) the whole converge runs again: it re-reads
 * the object and sends only what is still missing, so nothing is done twice. A 400 gets one more
 * round too, since a concurrent run may have done the same work between the read and the write
 * (a schema link "already added", an experiment "already launched"); a 400 that is not a race
 * comes back from the fresh read and fails the step.
 */
export async function runConverge(kind: KindModule, context: ConvergeContext): Promise<void> {
  let refused = false;
  for (let round = 1; ; round++) {
    try {
      return await kind.converge!(round === 1 ? context : withoutAnswers(context));
    } catch (error) {
      const race: boolean = isApiFailure(error) && error.status === 400 && !refused;
      if (!isApiFailure(error) || !(error.uncertain || race) || round >= CONVERGE_ROUNDS) throw error;
      refused ||= race;
    }
  }
}

/**
 * Stops an apply whose create came back without this tool's identity: PostHog
 * without the tagging feature (older self-hosted versions) drops tags silently,
 * and every later plan would then create the object once more. The object this
 * run just created is removed again, so no run leaves a copy behind.
 */
export async function assertIdentityKept(api: ProjectApi, kind: KindModule, key: string, payload: JsonObject, created: JsonObject): Promise<void> {
  if (kind.api.singleton || kind.identify(created) !== undefined) return;
  const id = pathIdOf(kind, created);
  const why = Array.isArray(payload.tags)
    ? "PostHog dropped its tags, as it does without the tagging feature (older self-hosted versions)"
    : "the response does not carry the identity marker it was sent";
  let undone = "it was removed again";
  try {
    await removeObject(api, kind, id);
  } catch (error) {
    undone = `removing it failed (${describeError(error)}); delete it by hand`;
  }
  throw new IdentityLostError(
    `created ${kind.label} "${key}" (id ${String(id)}) came back without this tool's identity: ${why}; ${undone}. ` +
      "Apply stopped here, because every later run would create it once more: this PostHog cannot keep the identity of " + `${kind.label}s.`,
  );
}

/**
 * Re-reads the live object right before a write and refuses to touch it unless it
 * still carries this tool's identity for the same key. This guards against ids
 * reused or re-tagged by hand between plan and apply. False when a delete finds
 * the object gone already (a concurrent run removed the same duplicate): there is
 * nothing left to do. Otherwise the object as read (undefined for a singleton), so
 * the step's converge need not read it again.
 */
export async function assertStillManaged(api: ProjectApi, kind: KindModule, step: PlanStep): Promise<JsonObject | undefined | false> {
  if (kind.api.singleton) return undefined;
  const raw = await readLive(api, kind, step.id!);
  if ((!raw || raw.deleted === true) && step.action === "delete") return false;
  if (!raw || raw.deleted === true) throw new SafetyError(`${kind.label} "${step.key}" (id ${step.id}) no longer exists; plan again`);
  const key = step.adopt ? kind.adoptKey?.(raw) : kind.identify(raw);
  if (key === undefined || normalizeKey(key) !== normalizeKey(step.key)) {
    throw new SafetyError(`refusing to change ${kind.label} id ${step.id}: it is no longer ${step.adopt ? "named" : "tagged as"} "${step.key}" (found ${key === undefined ? "no identity" : `"${key}"`})`);
  }
  return raw;
}

/** Live objects carrying this identity that belong to this repository's owner (see `isOwnedBy`). */
export function withIdentity(kind: KindModule, key: string, rows: readonly JsonObject[], owner: string | undefined): JsonObject[] {
  return rows.filter((raw) => {
    const found = kind.identify(raw);
    return raw.deleted !== true && found !== undefined && normalizeKey(found) === normalizeKey(key) && isOwnedBy(raw, owner);
  });
}

/**
 * Creates without ever creating twice: when the create call fails in a way that
 * may have reached the server, or fails on a uniqueness rule because a racing
 * run created the same resource first, the collection is listed again and an
 * object with this identity is adopted instead of retrying blindly. `uncertain`
 * says the object this call created, if any, may be a copy other than the one
 * adopted; `adopted`, that `created` is a listed object, not the create's answer.
 */
export async function createOnce(api: ProjectApi, kind: KindModule, key: string, payload: JsonObject, owner: string | undefined): Promise<{ created: JsonObject; uncertain: boolean; adopted: boolean }> {
  try {
    return { created: await api.post(`${kind.api.collection}/`, payload), uncertain: false, adopted: false };
  } catch (error) {
    if (!isApiFailure(error) || !(error.uncertain || error.status === 400)) throw error;
    const created = pickSurvivor(withIdentity(kind, key, await api.list(kind.api.collection), owner));
    if (!created) throw error;
    return { created, uncertain: error.uncertain, adopted: true };
  }
}

/**
 * Converges an object this run just created. A racing run that lost a create's answer removes the
 * copies it cannot tell from its own (see `Unsettled.sweep`), so this run's copy may be gone by now
 * (404); the survivor carrying the identity is then the resource, and it is converged instead.
 * Returns the id that was converged.
 */
export async function convergeCreated(api: ProjectApi, kind: KindModule, context: ConvergeContext, survivorOf: (rows: JsonObject[]) => JsonObject | undefined): Promise<string | number> {
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

/** A resource this run created, whose identity has not yet been checked for a racing twin. */
export interface Unsettled {
  kind: KindModule;
  key: string;
  id: string | number;
  owner: string | undefined;
  /**
   * Set when the create's answer was lost: this run's own copy is unknown, so every copy the plan
   * did not see, other than the survivor, is removed (each is a racing run's copy that its own run
   * removes too, or this run's).
   */
  sweep?: { known: ReadonlySet<string> };
}

/**
 * Makes racing applies converge: lists each kind this run created objects of
 * and, where another run created the same identity too, keeps the oldest
 * object (the rule plans use for duplicates) and removes this run's copy. It
 * runs before any step that references the kind, so references point at the
 * survivor. Returns the surviving id of each settled resource.
 */
export async function settleCreates(api: ProjectApi, pending: readonly Unsettled[]): Promise<Map<Unsettled, string | number>> {
  const settled = new Map<Unsettled, string | number>();
  for (const kind of new Set(pending.map((p) => p.kind))) {
    const rows = await api.list(kind.api.collection);
    for (const created of pending.filter((p) => p.kind === kind)) {
      const survivor = pickSurvivor(withIdentity(kind, created.key, rows, created.owner));
      const survivorId = survivor === undefined ? created.id : pathIdOf(kind, survivor);
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

/** A failure's message, as a step result carries it. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
