import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";

/** Where a property is looked up: PostHog keeps event and person property definitions apart. */
export type PropertyScope = "event" | "person";

/**
 * One name a definition relies on PostHog having seen: an event, or an event or
 * person property with what is done to it (a filter operator, a math
 * aggregation, a breakdown), so its type can be checked too.
 */
export type NameReference =
  | { what: "event"; name: string; field: string }
  | { what: "property"; name: string; scope: PropertyScope; field: string; use: "filter" | "math" | "breakdown"; operator?: string };

/** Aggregations of a property that need numbers (PostHog's `PropertyMathType`). */
export const NUMERIC_MATH = new Set(["sum", "avg", "min", "max", "median", "p75", "p90", "p95", "p99"]);

const join = (field: string, name: string | number) => (field === "" ? String(name) : `${field}.${name}`);
const text = (value: JsonValue | undefined): value is string => typeof value === "string" && value !== "";

/**
 * Every event and property name in a resource's fields, found by the shapes of
 * PostHog's query and filter schema rather than by kind, so insights, actions,
 * cohorts, flags, experiments, saved metrics and endpoints are all covered:
 * `EventsNode` and exposure-config events (with a numeric `math_property`),
 * legacy `{type: "events", id}` entities, action `steps`, behavioural cohort
 * filters, event and person property filters, and breakdowns.
 */
export function findNameReferences(value: JsonValue, field = "", parentKey = ""): NameReference[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => findNameReferences(item, join(field, i), parentKey));
  if (!isJsonObject(value)) return [];
  const found: NameReference[] = [];
  const kind = value.kind;
  if ((kind === "EventsNode" || kind === "ExperimentEventExposureConfig" || parentKey === "steps") && text(value.event)) found.push({ what: "event", name: value.event, field: join(field, "event") });
  if (value.type === "events" && text(value.id)) found.push({ what: "event", name: value.id, field: join(field, "id") });
  if (value.type === "behavioral" && value.event_type === "events" && text(value.key)) found.push({ what: "event", name: value.key, field: join(field, "key") });
  if (kind === "EventsNode" && text(value.math_property) && typeof value.math === "string" && NUMERIC_MATH.has(value.math)) {
    found.push({ what: "property", name: value.math_property, scope: value.math_property_type === "person_properties" ? "person" : "event", field: join(field, "math_property"), use: "math", operator: value.math });
  }
  if ((value.type === "event" || value.type === "person") && text(value.key) && kind === undefined) {
    found.push({ what: "property", name: value.key, scope: value.type, field: join(field, "key"), use: "filter", ...(typeof value.operator === "string" ? { operator: value.operator } : {}) });
  }
  found.push(...breakdownReferences(value, field));
  for (const [name, member] of Object.entries(value)) found.push(...findNameReferences(member, join(field, name), name));
  return found;
}

function breakdownReferences(value: JsonObject, field: string): NameReference[] {
  const found: NameReference[] = [];
  const scopeOf = (type: JsonValue | undefined): PropertyScope | undefined => (type === "event" || type === "person" ? type : undefined);
  const single = scopeOf(value.breakdown_type);
  if (single && text(value.breakdown)) found.push({ what: "property", name: value.breakdown, scope: single, field: join(field, "breakdown"), use: "breakdown" });
  if (Array.isArray(value.breakdowns)) {
    value.breakdowns.forEach((entry, i) => {
      const scope = isJsonObject(entry) ? scopeOf(entry.type) : undefined;
      if (scope && isJsonObject(entry) && text(entry.property)) found.push({ what: "property", name: entry.property, scope, field: join(field, `breakdowns.${i}.property`), use: "breakdown" });
    });
  }
  return found;
}
