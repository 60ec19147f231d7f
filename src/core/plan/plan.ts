import { normalizeKey } from "../desired.js";
import { hashJson, type JsonObject } from "../json.js";
import { getKind, rankKind } from "../kinds/index.js";
import { formatAddress, type DesiredResource, type ObservedResource, type UnmanagedHolder } from "../model.js";
import { diffFields } from "./diff.js";
import { PLAN_FORMAT_VERSION, type Plan, type PlanStep, type PlanSummary, type PlanTarget } from "./types.js";

/** Inputs of a plan: what the files want and what the project has. */
export interface PlanInput {
  target: PlanTarget;
  desired: readonly DesiredResource[];
  observed: readonly ObservedResource[];
  /** Unmanaged objects holding values PostHog keeps unique; a create that needs one gets a warning. */
  unmanaged?: readonly UnmanagedHolder[];
  /** Problems met while reading that a reviewer must see (kinds that could not be read). */
  warnings?: readonly string[];
  prune: boolean;
}

function compareIds(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** The fingerprint covers everything a reviewer saw, so any live change alters it. */
export function fingerprintPlan(plan: Omit<Plan, "fingerprint">): string {
  return hashJson({ formatVersion: plan.formatVersion, target: plan.target, prune: plan.prune, steps: plan.steps, orphans: plan.orphans, warnings: plan.warnings });
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
  const conflicts: string[] = [];
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
    const before = current && kind.api.singleton ? pickFields(current.fields, Object.keys(desired.fields)) : current?.fields;
    const changes = current ? diffFields(before, desired.fields) : [];
    const adopt = current !== undefined && !current.managed;
    const action = !current ? "create" : changes.length > 0 || adopt ? "update" : "no-op";
    const step: PlanStep = {
      kind: desired.kind,
      key: desired.key,
      action,
      after: desired.fields,
      changes,
      summary: [
        ...(adopt ? [`adopts the existing ${kind.label} (not yet managed by this tool)`] : []),
        ...(action === "update" ? (kind.summarize?.(changes, before, desired.fields) ?? []) : []),
      ],
      warnings: [
        ...(action === "no-op" ? [] : (kind.warn?.(changes, before, desired.fields) ?? [])),
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
    steps.push(step);
  }

  const leftovers = [...live.values()].flat().filter((r) => !getKind(r.kind).api.singleton);
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
      summary: kept === undefined ? [] : [`removes a duplicate: ${getKind(resource.kind).label} id ${String(kept)} carries the same identity and is kept`],
      warnings: [],
      dependsOn: [],
      ...(kept !== undefined ? { duplicateOf: kept } : {}),
    });
  }

  const summary: PlanSummary = { create: 0, update: 0, delete: 0, noop: 0 };
  for (const step of steps) summary[step.action === "no-op" ? "noop" : step.action]++;
  const plan = { formatVersion: PLAN_FORMAT_VERSION, target: input.target, prune: input.prune, steps, orphans, warnings: [...(input.warnings ?? []), ...conflicts].sort(), summary } as const;
  return { ...plan, fingerprint: fingerprintPlan(plan) };
}

/** Deletes run dependents first (reverse kind order), then by key and id, so the order is stable. */
function compareDeletes(a: ObservedResource, b: ObservedResource): number {
  return rankKind(b.kind) - rankKind(a.kind) || (a.key < b.key ? 1 : a.key > b.key ? -1 : compareIds(a.id, b.id));
}

function describeConflict(kept: ObservedResource, copies: readonly ObservedResource[]): string {
  const kind = getKind(kept.kind);
  const ids = [kept, ...copies].map((r) => String(r.id)).join(", ");
  return `conflict: ${copies.length + 1} ${kind.label}s carry the identity of "${kept.key}" (ids ${ids}); apply keeps id ${String(kept.id)}, the oldest, moves references to it and removes the others`;
}

/** A create that PostHog will refuse because an object this tool does not manage holds the same unique value. */
function warnCollision(desired: DesiredResource, unmanaged: readonly UnmanagedHolder[]): string[] {
  const kind = getKind(desired.kind);
  if (!kind.unique) return [];
  const fold = (value: string) => (kind.unique!.caseInsensitive ? value.toLowerCase() : value);
  const wanted = fold(kind.unique.desired(desired.key, desired.fields));
  const holder = unmanaged.find((u) => u.kind === desired.kind && fold(u.value) === wanted);
  if (!holder) return [];
  return [
    `an unmanaged ${kind.label} with ${kind.unique.field} "${holder.value}" (id ${String(holder.id)}) already exists, and PostHog keeps ${kind.unique.field}s unique, so this create will fail; ` +
      `adopt it with \`posthog-definitions pull --adopt --kind ${kind.name} --key ${String(holder.id)}\`, or rename the definition`,
  ];
}

function pickFields(fields: JsonObject, names: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const name of names) if (fields[name] !== undefined) out[name] = fields[name];
  return out;
}

/** True when applying the plan would change anything. */
export function hasChanges(plan: Plan): boolean {
  return plan.summary.create + plan.summary.update + plan.summary.delete > 0;
}
