import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import type { Address } from "../model.js";
import { dropNulls } from "../normalize.js";
import { canonicalActionRefs, collectActionRefs, observedActionRefs, resolveActionRefs, specActionRefs } from "./action-refs.js";
import type { IdLookup, KeyLookup } from "./kind.js";

/**
 * What PostHog adds to a stored metric and a definition does not say: the server's `uuid` and
 * `fingerprint`, and ActionsNode `name`s, which `refresh_action_names_in_metric` replaces with the
 * action's current name on every read.
 */
function withoutServerFields(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(withoutServerFields);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, member] of Object.entries(value)) out[key] = withoutServerFields(member);
  if (out.kind === "ActionsNode") delete out.name;
  return out;
}

function topLevel(metric: JsonValue): JsonValue {
  if (!isJsonObject(metric)) return metric;
  const { uuid: _uuid, fingerprint: _fingerprint, ...rest } = metric;
  return withoutServerFields(dropNulls(rest));
}

/** Desired side: an action referenced by object becomes its key; server-owned fields are dropped. */
export function canonicalMetric(value: JsonValue): JsonValue {
  return topLevel(canonicalActionRefs(dropNulls(value)));
}

/** Observed side: a managed action's id becomes its key, as on the desired side. */
export function observedMetric(value: JsonValue, lookup: KeyLookup): JsonValue {
  return topLevel(observedActionRefs(dropNulls(value), lookup));
}

/** A list of desired metrics in canonical form. */
export function canonicalMetrics(value: JsonValue | undefined): JsonValue[] {
  return (Array.isArray(value) ? value : []).map(canonicalMetric);
}

/** A list of observed metrics in canonical form. */
export function observedMetrics(value: JsonValue | undefined, lookup: KeyLookup): JsonValue[] {
  return (Array.isArray(value) ? value : []).map((metric) => observedMetric(metric, lookup));
}

/** Request side: action keys become the ids PostHog expects. */
export function requestMetric(value: JsonValue, lookup: IdLookup): JsonValue {
  return resolveActionRefs(value, lookup);
}

/** Spec side, for `pull`: action keys become references to the actions' files. */
export function specMetrics(value: JsonValue, warn: (message: string) => void): JsonValue {
  return specActionRefs(value, warn);
}

/** The actions a list of metrics counts, for dependency order. */
export function metricActionRefs(value: JsonValue): Address[] {
  return collectActionRefs(value);
}

/**
 * The metrics to send so that PostHog keeps each metric's identity: `_assign_uuids_to_metrics`
 * gives every metric sent without a `uuid` a new one, which detaches the results computed so far.
 * A wanted metric equal to a live one takes its uuid; the remaining ones take the uuids of the
 * remaining live metrics in order (an edited metric stays the same metric); any extra is new.
 */
export function carryMetricUuids(wanted: readonly JsonValue[], live: readonly JsonValue[]): JsonValue[] {
  const liveMetrics = live.filter(isJsonObject);
  const used = new Set<number>();
  const exact = wanted.map((metric) => {
    const index = liveMetrics.findIndex((candidate, i) => !used.has(i) && isDeepEqual(topLevel(candidate), topLevel(metric)));
    if (index >= 0) used.add(index);
    return index;
  });
  const spare = liveMetrics.map((_, i) => i).filter((i) => !used.has(i));
  return wanted.map((metric, i) => {
    const index = exact[i]! >= 0 ? exact[i]! : spare.shift();
    const uuid = index === undefined ? undefined : liveMetrics[index]!.uuid;
    return isJsonObject(metric) && typeof uuid === "string" ? { ...metric, uuid } : metric;
  });
}

/** True when two metric lists are the same once server-owned fields are set aside. */
export function sameMetrics(left: readonly JsonValue[], right: readonly JsonValue[]): boolean {
  return isDeepEqual(left.map(topLevel), right.map(topLevel));
}
