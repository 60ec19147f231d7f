import { serverError } from "../errors.js";
import { isTruthy } from "../fields.js";
import { isJsonEqual, isRecord, type JsonRecord } from "../json.js";
import type { FeatureFlagRecord } from "../state.js";

/** The fields of a tour its internal targeting flag is built from. */
export interface TargetedTour {
  id: string;
  content: JsonRecord;
}

/** `ProductTourPersonProperties.TOUR_LAST_SEEN_DATE` (products/product_tours/backend/constants.py; posthog-js sets the same person property). */
const LAST_SEEN = "$product_tour_last_seen_date";

/** `_get_base_exclusion_properties`: who has already seen the tour, by `displayFrequency`. */
function baseProperties(tour: TargetedTour): JsonRecord[] {
  const frequency = tour.content.displayFrequency;
  const unset = (event: string) => ({ key: `$product_tour_${event}/${tour.id}`, type: "person", value: "is_not_set", operator: "is_not_set" });
  if (frequency === "always") return [];
  if (frequency === "show_once") return [unset("shown")];
  return [unset("completed"), unset("dismissed")];
}

const baseKeys = (tour: TargetedTour) => new Set(["shown", "completed", "dismissed"].map((event) => `$product_tour_${event}/${tour.id}`));

/** Python's `str()` of a wait-period type as the f-string writes it into the property key. */
function pythonText(value: unknown): string {
  if (value === true || value === false) return value ? "True" : "False";
  if (value === null) return "None";
  return typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value);
}

/** The raw `conditions.seenTourWaitPeriod`, which `update` compares before and after the write. */
export function waitPeriodOf(content: JsonRecord): unknown {
  return isRecord(content.conditions) ? content.conditions.seenTourWaitPeriod : undefined;
}

/** `_get_wait_period`: a wait period needs whole days (at least 1; Python's bool is an int) and a non-empty list of tour types. */
function validWaitPeriod(tour: TargetedTour): { days: number; types: unknown[] } | undefined {
  const period = waitPeriodOf(tour.content);
  if (!isRecord(period)) return undefined;
  const days = period.days === true ? 1 : period.days;
  if (typeof days !== "number" || days < 1 || !Array.isArray(period.types) || period.types.length === 0) return undefined;
  return { days: Math.trunc(days), types: period.types };
}

/**
 * `_build_flag_groups`: the base exclusions, and with a wait period one group per combination of
 * "type not seen" or "seen more than N days ago" for each type (groups are OR'd), each group
 * repeated for every user property group. PostHog keeps nothing of a user group but its properties.
 */
export function buildFlagGroups(tour: TargetedTour, userGroups?: unknown[][]): JsonRecord[] {
  const base = baseProperties(tour);
  const wait = validWaitPeriod(tour);
  let combined: JsonRecord[][] = [base];
  for (const type of wait?.types ?? []) {
    const key = `${LAST_SEEN}/${pythonText(type)}`;
    const options = [
      { key, value: "is_not_set", operator: "is_not_set", type: "person" },
      { key, value: `${String(wait!.days)}d`, operator: "is_date_before", type: "person" },
    ];
    combined = combined.flatMap((properties) => options.map((option) => [...properties, option]));
  }
  const group = (properties: unknown[]) => ({ variant: "", rollout_percentage: 100, properties });
  if (userGroups === undefined || userGroups.length === 0) return combined.map(group);
  return userGroups.flatMap((user) => combined.map((properties) => group([...properties, ...user])));
}

/**
 * The user property groups `_update_targeting_flag_filters` takes from `targeting_flag_filters`
 * (`[group.get("properties", []) for group in filters.get("groups", [])]`), or undefined for the base
 * groups alone (null, no groups, or none with properties). Anything Python cannot read that way is a
 * TypeError or AttributeError: a server error, checked before anything is written.
 */
export function userGroupsOf(filters: unknown): unknown[][] | undefined {
  if (filters === null) return undefined;
  if (!isRecord(filters)) throw serverError();
  const groups = "groups" in filters ? filters.groups : [];
  if (!Array.isArray(groups) || groups.some((group) => !isRecord(group))) throw serverError();
  const properties = (groups as JsonRecord[]).map((group) => ("properties" in group ? group.properties : []));
  if (properties.every((value) => !isTruthy(value))) return undefined;
  if (properties.some((value) => !Array.isArray(value))) throw serverError();
  return properties as unknown[][];
}

/** `get_targeting_flag_filters`: the flag's groups without the base exclusions (wait-period properties stay), those left with none dropped; null when none is left. */
export function readTargeting(tour: TargetedTour, flag: FeatureFlagRecord | undefined): JsonRecord | null {
  if (flag === undefined || !Array.isArray(flag.filters.groups)) return null;
  const keys = baseKeys(tour);
  const groups = flag.filters.groups.flatMap((group) => {
    const record = isRecord(group) ? group : {};
    const properties = (Array.isArray(record.properties) ? record.properties : []).filter((property) => !(isRecord(property) && keys.has(String(property.key))));
    return properties.length > 0 ? [{ ...record, properties }] : [];
  });
  return groups.length > 0 ? { groups } : null;
}

/** `_is_system_managed_property`: a base exclusion of this tour or any wait-period property. */
function isSystemManaged(tour: TargetedTour, property: unknown): boolean {
  const key = isRecord(property) && typeof property.key === "string" ? property.key : "";
  return baseKeys(tour).has(key) || key.startsWith(`${LAST_SEEN}/`);
}

/**
 * `_refresh_targeting_flag_base_properties`'s user groups: each group's properties without the
 * system-managed ones, deduplicated by the frozenset of (key, value, operator, type), as the
 * wait-period expansion repeats them. A list or object `value` is unhashable there: a server error.
 */
export function refreshedUserGroups(tour: TargetedTour, flag: FeatureFlagRecord): unknown[][] | undefined {
  const seen: JsonRecord[][] = [];
  const groups: unknown[][] = [];
  for (const group of Array.isArray(flag.filters.groups) ? flag.filters.groups : []) {
    const properties = (isRecord(group) && Array.isArray(group.properties) ? group.properties : []).filter((property) => !isSystemManaged(tour, property));
    const signature = properties.map((property) => {
      const record = isRecord(property) ? property : {};
      const [key, value, operator, type] = ["key", "value", "operator", "type"].map((name) => (name in record ? record[name] : ""));
      if ([key, value, operator, type].some((member) => Array.isArray(member) || isRecord(member))) throw serverError();
      return { key, value, operator, type } as JsonRecord;
    });
    const same = (left: JsonRecord[], right: JsonRecord[]) => left.every((item) => right.some((other) => isJsonEqual(item, other))) && right.every((item) => left.some((other) => isJsonEqual(item, other)));
    if (seen.some((other) => same(other, signature))) continue;
    seen.push(signature);
    groups.push(properties);
  }
  return groups.some((properties) => properties.length > 0) ? groups : undefined;
}
