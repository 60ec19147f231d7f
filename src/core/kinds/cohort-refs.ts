import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef, type Address } from "../model.js";
import { specRef } from "../spec.js";
import type { IdLookup, KeyLookup } from "./kind.js";

/**
 * Cohort filters (in flag release conditions and in other cohorts) name a cohort
 * by numeric id, which differs in every project. Definitions reference the cohort
 * object instead; these helpers turn that into `{type: "cohort", key: "id",
 * cohort: "<key>"}` for comparison and back into the id when sending.
 */
function mapCohortFilters(value: JsonValue, map: (filter: JsonObject) => JsonObject): JsonValue {
  if (Array.isArray(value)) return value.map((item) => mapCohortFilters(item, map));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, member] of Object.entries(value)) out[key] = mapCohortFilters(member, map);
  const isCohortFilter = out.type === "cohort" ? out.cohort !== undefined || out.value !== undefined : readRef(out.cohort) !== undefined;
  return isCohortFilter ? map(out) : out;
}

/** Desired side: `cohort: <object>` becomes the cohort's key. */
export function canonicalCohortRefs(value: JsonValue): JsonValue {
  return mapCohortFilters(value, (filter) => {
    const address = readRef(filter.cohort);
    if (!address) return filter;
    const { value: _value, ...rest } = filter;
    return { ...rest, type: "cohort", key: "id", cohort: address.key };
  });
}

/** Observed side: a managed cohort's id becomes its key; an unmanaged id stays a number. */
export function observedCohortRefs(value: JsonValue, lookup: KeyLookup): JsonValue {
  return mapCohortFilters(value, (filter) => {
    const id = filter.value;
    const key = typeof id === "number" || typeof id === "string" ? lookup.keyOf("cohorts", id) : undefined;
    if (key === undefined) return filter;
    const { value: _value, ...rest } = filter;
    return { ...rest, key: "id", cohort: key };
  });
}

/** Request side: the cohort key becomes the id PostHog expects. */
export function resolveCohortRefs(value: JsonValue, lookup: IdLookup): JsonValue {
  return mapCohortFilters(value, (filter) => {
    if (typeof filter.cohort !== "string") return filter;
    const { cohort, ...rest } = filter;
    return { ...rest, value: lookup.idOf({ kind: "cohorts", key: cohort }) ?? null };
  });
}

/**
 * Spec side, for `pull`: a cohort key becomes a reference to the cohort's file;
 * an id of a cohort that is not pulled is kept, with a warning, because it only
 * means something in this one project.
 */
export function specCohortRefs(value: JsonValue, warn: (message: string) => void): JsonValue {
  return mapCohortFilters(value, (filter) => {
    if (typeof filter.cohort !== "string") {
      warn(`targets cohort #${String(filter.value)}, which is not pulled; its numeric id is kept and only works in this project`);
      return filter;
    }
    const { cohort, type: _type, key: _key, ...rest } = filter;
    return { cohort: specRef("cohorts", cohort), ...rest };
  });
}

/** The cohorts a value references, for dependency order. */
export function collectCohortRefs(value: JsonValue): Address[] {
  const found: Address[] = [];
  mapCohortFilters(value, (filter) => {
    if (typeof filter.cohort === "string") found.push({ kind: "cohorts", key: filter.cohort });
    return filter;
  });
  return found;
}
