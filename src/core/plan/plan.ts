import { normalizeKey } from "../desired.js";
import { compareIds } from "../duplicates.js";
import type { JsonObject } from "../json.js";
import { comparedFields } from "../kinds/compared.js";
import { getKind, rankKind } from "../kinds/index.js";
import type { KindModule } from "../kinds/kind.js";
import { formatAddress, type DesiredResource, type ObservedResource, type UnmanagedHolder } from "../model.js";
import { assemblePlan } from "./assemble.js";
import { diffFields, touchesPath } from "./diff.js";
import { describeLayout } from "./layout.js";
import { findReverts } from "./provenance.js";
import type { Plan, PlanStep, PlanTarget, PlanWarning, StepWarning, UnreadableKind } from "./types.js";

/** Inputs of a plan: what the files want and what the project has. */
export interface PlanInput {
  target: PlanTarget;
  desired: readonly DesiredResource[];
  observed: readonly ObservedResource[];
  /** Unmanaged objects holding values PostHog keeps unique; a create that needs one gets a warning. */
  unmanaged?: readonly UnmanagedHolder[];
  /** Kinds that could not be read, which a reviewer must see. */
  unreadable?: readonly UnreadableKind[];
  prune: boolean;
  /** The base branch's desired state, to tell the pull request's changes from undone PostHog edits (`reverts`). */
  base?: readonly DesiredResource[];
  /** Plan every declared secret as sent again, since PostHog cannot say which value it holds (`--rotate-secrets`). */
  rotateSecrets?: boolean;
}

/**
 * Compares desired and observed state field by field and orders the work:
 * creates and updates in dependency order, then deletes in reverse. Managed
 * objects with no definition are deleted only when `prune` is set; otherwise
 * they are reported as orphans and left alone.
 */
export function createPlan(input: PlanInput): Plan {
  const live = new Map<string, ObservedResource[]>();
  const adoptable = new Map<string, ObservedResource>();
  // Survivors first, so a duplicate is never the object a definition is compared with.
  const observed = [...input.observed].sort((a, b) => Number(a.duplicateOf !== undefined) - Number(b.duplicateOf !== undefined) || compareIds(a.id, b.id));
  for (const resource of observed) {
    const address = `${resource.kind}/${normalizeKey(resource.key)}`;
    if (!resource.managed) {
      if (!adoptable.has(address)) adoptable.set(address, resource);
      continue;
    }
    live.set(address, [...(live.get(address) ?? []), resource]);
  }

  const steps: PlanStep[] = [];
  const duplicates: ObservedResource[] = [];
  const conflicts: PlanWarning[] = [];
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
    // Singletons compare only the fields the definition declares; the rest of the object is not managed.
    const before = current && comparedFields(kind, current.fields, desired.fields, { rotateSecrets: input.rotateSecrets ?? false });
    const changes = current ? diffFields(before, desired.fields) : [];
    const adopt = current !== undefined && !current.managed;
    // A change to a field PostHog will not change after creation can only be made by creating the object anew.
    const refused = current?.managed === true && changes.some((c) => kind.immutable.some((f) => touchesPath(c, f.path)));
    const action = !current ? "create" : refused ? "replace" : changes.length > 0 || adopt ? "update" : "no-op";
    const step: PlanStep = {
      kind: desired.kind,
      key: desired.key,
      action,
      after: desired.fields,
      changes,
      summary: action === "update" || action === "replace" ? (kind.summarize?.(changes, before, desired.fields) ?? []) : [],
      warnings: [
        ...(action === "no-op" ? [] : (kind.warn?.(changes, before, desired.fields) ?? [])).map((message): StepWarning => ({ type: "risk", message })),
        ...(action === "create" ? warnCollision(desired, input.unmanaged ?? []) : []),
      ],
      dependsOn: desired.dependsOn.map(formatAddress),
    };
    if (current) {
      step.id = current.id;
      if (current.uiId !== undefined) step.uiId = current.uiId;
      step.before = before;
    }
    if (adopt) step.adopt = true;
    if (desired.source) step.source = desired.source;
    if (action === "create") step.written = describeWritten(kind, desired);
    const layout = action === "update" || action === "replace" ? describeLayout(kind, before, desired.fields) : undefined;
    if (layout) step.layout = layout;
    steps.push(step);
  }

  const leftovers = [...live.values()].flat().filter((r) => !getKind(r.kind).api.singleton && getKind(r.kind).api.remove !== "never");
  const orphans = input.prune ? [] : leftovers.sort(compareDeletes).map((r) => ({ kind: r.kind, key: r.key, id: r.id }));
  // Deletes run last, after every update has moved references off a duplicate.
  for (const resource of [...duplicates, ...(input.prune ? leftovers : [])].sort(compareDeletes)) {
    const kept = duplicates.includes(resource) ? resource.duplicateOf : undefined;
    steps.push({
      kind: resource.kind,
      key: resource.key,
      action: "delete",
      id: resource.id,
      ...(resource.uiId !== undefined ? { uiId: resource.uiId } : {}),
      before: resource.fields,
      changes: [],
      summary: [],
      warnings: [],
      dependsOn: [],
      ...(kept !== undefined ? { duplicateOf: kept } : {}),
    });
  }

  const unreadable = (input.unreadable ?? []).map((u): PlanWarning => ({ type: "unreadable", kind: u.kind, reason: u.reason }));
  const plan = assemblePlan({ target: input.target, prune: input.prune, steps, orphans, warnings: [...conflicts, ...unreadable].sort(compareWarnings) });
  return input.base ? { ...plan, reverts: findReverts(plan.steps, input.base) } : plan;
}

/** Conflicts before unreadable kinds, each by kind name and key, so the order never depends on read timing. */
function compareWarnings(a: PlanWarning, b: PlanWarning): number {
  const order = (w: PlanWarning) => `${w.type}\u0000${w.kind}\u0000${w.type === "conflict" ? w.key : ""}`;
  return order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0;
}

/** Deletes run dependents first (reverse kind order), then by key and id, so the order is stable. */
function compareDeletes(a: ObservedResource, b: ObservedResource): number {
  return rankKind(b.kind) - rankKind(a.kind) || (a.key < b.key ? 1 : a.key > b.key ? -1 : compareIds(a.id, b.id));
}

function describeConflict(kept: ObservedResource, copies: readonly ObservedResource[]): PlanWarning {
  return { type: "conflict", kind: kept.kind, key: kept.key, ids: [kept, ...copies].map((r) => r.id), keptId: kept.id };
}

/** A create that PostHog will refuse because an object this tool does not manage holds the same unique value. */
function warnCollision(desired: DesiredResource, unmanaged: readonly UnmanagedHolder[]): StepWarning[] {
  const kind = getKind(desired.kind);
  if (!kind.unique) return [];
  const fold = (value: string) => (kind.unique!.caseInsensitive ? value.toLowerCase() : value);
  const wanted = fold(kind.unique.desired(desired.key, desired.fields));
  const holder = unmanaged.find((u) => u.kind === desired.kind && fold(u.value) === wanted);
  if (!holder) return [];
  return [{ type: "collision", field: kind.unique.field, value: holder.value, holderId: holder.id }];
}

/**
 * A new resource's fields as its definition would be written, without the server defaults the
 * kind fills in (what `pull` writes); the key is the step's own, so it is left out.
 */
function describeWritten(kind: KindModule, desired: DesiredResource): JsonObject {
  const { key: _key, ...written } = kind.toSpec(desired.fields, desired.key, () => undefined);
  return written;
}

/** True when applying the plan would change anything. */
export function hasChanges(plan: Plan): boolean {
  return plan.summary.create + plan.summary.update + plan.summary.delete > 0;
}
