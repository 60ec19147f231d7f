import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { getKind } from "../kinds/index.js";
import type { IdLookup } from "../kinds/kind.js";
import type { KindName } from "../model.js";
import type { PlanStep } from "../plan/types.js";

/** One blast-radius request to make: the release condition as PostHog takes it, and the rollout change it sizes. */
export interface ReachRequest {
  kind: KindName;
  key: string;
  /** 1-based, as the flag's summary lines count release conditions. */
  condition: number;
  before?: number;
  after?: number;
  body: { condition: JsonObject; group_type_index: number | null };
}

interface Condition {
  properties: JsonValue;
  rollout: number;
  groupTypeIndex: number | null;
}

/**
 * The release conditions of a resource, read from the request PostHog would get
 * for it (its kind's `toPayload`), so only PostHog's flag shape is known here:
 * `filters.groups[]` with `properties`, `rollout_percentage` (null is everyone)
 * and an aggregation per condition or for the flag.
 */
function conditionsOf(step: PlanStep, fields: JsonObject | undefined, lookup: IdLookup): Condition[] {
  // Only resources with release conditions (`filters.groups`) are turned into requests at all.
  if (fields === undefined || !isJsonObject(fields.filters) || !Array.isArray(fields.filters.groups)) return [];
  const filters = getKind(step.kind).toPayload(step.key, fields, lookup, "update", step.before).filters;
  if (!isJsonObject(filters) || !Array.isArray(filters.groups)) return [];
  const flagLevel = typeof filters.aggregation_group_type_index === "number" ? filters.aggregation_group_type_index : null;
  return filters.groups.filter(isJsonObject).map((group) => ({
    properties: Array.isArray(group.properties) ? group.properties : [],
    rollout: typeof group.rollout_percentage === "number" ? group.rollout_percentage : 100,
    groupTypeIndex: typeof group.aggregation_group_type_index === "number" ? group.aggregation_group_type_index : flagLevel,
  }));
}

/** A cohort that has no id yet (this plan creates it) cannot be sized. */
function namesUnknownCohort(value: JsonValue): boolean {
  if (Array.isArray(value)) return value.some(namesUnknownCohort);
  if (!isJsonObject(value)) return false;
  if (value.type === "cohort" && (value.value === null || value.value === undefined)) return true;
  return Object.values(value).some(namesUnknownCohort);
}

/**
 * The blast-radius requests for every update that changes a release condition's
 * properties, rollout or aggregation (an added condition too, and a removed one,
 * sized as it was). Server ids come from the plan's own steps.
 */
export function findRolloutChanges(steps: readonly PlanStep[]): { requests: ReachRequest[]; unsizable: number } {
  const ids = new Map(steps.filter((s) => s.id !== undefined).map((s) => [`${s.kind}/${s.key}`, s.id!]));
  const lookup: IdLookup = { idOf: (address) => ids.get(`${address.kind}/${address.key}`) };
  const requests: ReachRequest[] = [];
  let unsizable = 0;
  for (const step of steps) {
    if (step.action !== "update") continue;
    const before = conditionsOf(step, step.before, lookup);
    const after = conditionsOf(step, step.after, lookup);
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const was = before[i];
      const will = after[i];
      if (was && will && isDeepEqual(was, will)) continue;
      const sized = will ?? was!;
      if (namesUnknownCohort(sized.properties)) {
        unsizable++;
        continue;
      }
      requests.push({
        kind: step.kind,
        key: step.key,
        condition: i + 1,
        ...(was ? { before: was.rollout } : {}),
        ...(will ? { after: will.rollout } : {}),
        body: { condition: { properties: sized.properties, rollout_percentage: sized.rollout }, group_type_index: sized.groupTypeIndex },
      });
    }
  }
  return { requests, unsizable };
}
