/**
 * Where a change comes from: the pull request's own edit of a definition, or
 * PostHog, where someone changed a field since the base branch was applied.
 * Telling them apart needs the base branch's definitions, compared with the
 * live state and the pull request's definitions field by field.
 */
import { normalizeKey } from "../desired.js";
import { isDeepEqual, isJsonObject, type JsonValue } from "../json.js";
import type { DesiredResource } from "../model.js";
import type { PlanStep, RevertedEdit } from "./types.js";

/** The value at a dotted path of a canonical object; undefined when a segment is missing. */
function valueAt(value: JsonValue | undefined, path: string): JsonValue | undefined {
  let current = value;
  for (const segment of path.split(".")) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (isJsonObject(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

/**
 * The changes of managed objects that the pull request does not make: the
 * base branch's definition already wants the value the plan sets, so the live
 * value was changed in PostHog since (or main was never applied). A resource
 * the base does not define, a create and an adoption have none.
 */
export function findReverts(steps: readonly PlanStep[], base: readonly DesiredResource[]): RevertedEdit[] {
  const byAddress = new Map(base.map((r) => [`${r.kind}/${normalizeKey(r.key)}`, r]));
  return steps.flatMap((step) => {
    const old = byAddress.get(`${step.kind}/${normalizeKey(step.key)}`);
    if (!old || step.adopt || (step.action !== "update" && step.action !== "replace")) return [];
    return step.changes.filter((change) => isDeepEqual(valueAt(old.fields, change.path), change.after)).map((change) => ({ kind: step.kind, key: step.key, path: change.path }));
  });
}
