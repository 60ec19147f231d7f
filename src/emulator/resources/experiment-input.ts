import { isoNow } from "../clock.js";
import { validationError } from "../errors.js";
import { hasField, readInteger, readList, readObject } from "../fields.js";
import { cloneJson, isRecord, type JsonRecord } from "../json.js";
import type { ExperimentSavedMetricLink, HoldoutRecord, ProjectState } from "../state.js";
import { assertMetricActionsExist, assertMetricEventsKnown, assignMetricUuids, checkMetricList } from "./experiment-metrics.js";

const DATE_FORMAT_ERROR = "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";
const STATS_METHODS = ["bayesian", "frequentist"];

/** A DRF DateTimeField, stored as an ISO timestamp. */
export function readDate(body: JsonRecord, key: string): string | null | undefined {
  if (!hasField(body, key)) return undefined;
  const value = body[key];
  if (value === null) return null;
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw validationError(key, DATE_FORMAT_ERROR, "invalid");
  }
  return new Date(value).toISOString();
}

/** `validate_experiment_date_range`. */
export function assertDateRange(start: string | null | undefined, end: string | null | undefined): void {
  if (start && end && start >= end) throw validationError(null, "End date must be after start date");
}

/** `validate_saved_metrics_ids`: a list of `{id, metadata?: {type}}` naming this project's saved metrics. */
export function readSavedMetricLinks(project: ProjectState, body: JsonRecord): { saved_metric_id: number; metadata: JsonRecord }[] | undefined {
  const list = readList(body, "saved_metrics_ids", { allowNull: true });
  if (list === undefined || list === null) return list === null ? [] : undefined;
  for (const entry of list) {
    if (!isRecord(entry)) throw validationError("saved_metrics_ids", "Saved metric must be an object");
    if (!Object.hasOwn(entry, "id")) throw validationError("saved_metrics_ids", "Saved metric must have an id");
    if (Object.hasOwn(entry, "metadata") && !isRecord(entry.metadata)) throw validationError("saved_metrics_ids", "Metadata must be an object");
    if (isRecord(entry.metadata) && !Object.hasOwn(entry.metadata, "type")) throw validationError("saved_metrics_ids", "Metadata must have a type key");
  }
  const links = (list as JsonRecord[]).map((entry) => ({ saved_metric_id: Number(entry.id), metadata: isRecord(entry.metadata) ? cloneJson(entry.metadata) : {} }));
  if (!links.every((link) => project.savedMetrics.some((metric) => metric.id === link.saved_metric_id))) {
    throw validationError("saved_metrics_ids", "Saved metric does not exist or does not belong to this project");
  }
  return links;
}

/** The `uuid` of each linked saved metric's query, by link type (`primary` when untyped). */
export function savedMetricUuids(project: ProjectState, links: readonly { saved_metric_id: number; metadata: JsonRecord }[]): { primary: string[]; secondary: string[] } {
  const out = { primary: [] as string[], secondary: [] as string[] };
  for (const link of links) {
    const uuid = project.savedMetrics.find((metric) => metric.id === link.saved_metric_id)?.query.uuid;
    if (typeof uuid === "string") out[link.metadata.type === "secondary" ? "secondary" : "primary"].push(uuid);
  }
  return out;
}

/** Builds stored links, keeping the row (id, created_at) of a saved metric that stays linked. */
export function buildLinks(
  allocate: () => number,
  wanted: readonly { saved_metric_id: number; metadata: JsonRecord }[],
  existing: readonly ExperimentSavedMetricLink[],
): ExperimentSavedMetricLink[] {
  return wanted.map((link) => {
    const kept = existing.find((candidate) => candidate.saved_metric_id === link.saved_metric_id);
    return kept === undefined ? { id: allocate(), saved_metric_id: link.saved_metric_id, metadata: link.metadata, created_at: isoNow() } : { ...kept, metadata: link.metadata };
  });
}

/** `holdout_id`: a team-scoped primary key. */
export function readHoldout(project: ProjectState, body: JsonRecord): HoldoutRecord | null | undefined {
  const id = readInteger(body, "holdout_id", { allowNull: true });
  if (id === undefined || id === null) return id;
  const holdout = project.holdouts.find((candidate) => candidate.id === id);
  if (holdout === undefined) throw validationError("holdout_id", `Invalid pk "${id}" - object does not exist.`, "does_not_exist");
  return holdout;
}

/** `filters`, which may not carry global properties. */
export function readFilters(body: JsonRecord): JsonRecord | undefined {
  const filters = readObject(body, "filters", { allowNull: true });
  if (filters === undefined) return undefined;
  if (filters !== null && Array.isArray(filters.properties) && filters.properties.length > 0) {
    throw validationError(null, "Experiments do not support global filter properties");
  }
  return filters ?? {};
}

/** `validate_experiment_exposure_criteria`, reduced to the shape checks. */
export function readExposureCriteria(body: JsonRecord): JsonRecord | null | undefined {
  if (!hasField(body, "exposure_criteria")) return undefined;
  const value = body.exposure_criteria;
  if (value === null) return null;
  if (!isRecord(value)) {
    throw validationError("exposure_criteria", `exposure_criteria must be an object, got ${Array.isArray(value) ? "list" : typeof value}. Expected shape: {'filterTestAccounts': <bool>, 'exposure_config': <object>}.`);
  }
  if (Object.hasOwn(value, "filterTestAccounts") && typeof value.filterTestAccounts !== "boolean") {
    throw validationError("exposure_criteria", `exposure_criteria.filterTestAccounts must be a boolean, got ${typeof value.filterTestAccounts}: ${JSON.stringify(value.filterTestAccounts)}.`);
  }
  return cloneJson(value);
}

/** `validate_stats_config`: a known method, and a baseline that is one of the variants. */
export function assertStatsConfig(stats: JsonRecord | null | undefined, variantKeys: readonly string[]): void {
  if (!isRecord(stats)) return;
  if (stats.method !== undefined && stats.method !== null && !STATS_METHODS.includes(String(stats.method))) {
    throw validationError(null, `Invalid stats method: '${String(stats.method)}'. Must be one of: ${STATS_METHODS.join(", ")}`);
  }
  const baseline = stats.baseline_variant_key;
  if (baseline !== undefined && baseline !== null && variantKeys.length > 0 && !variantKeys.includes(String(baseline))) {
    throw validationError(null, `Invalid baseline_variant_key: '${String(baseline)}'. Must be one of: ${[...variantKeys].sort().join(", ")}`);
  }
}

/** `_apply_stats_config_defaults` (no team-level confidence level configured): the method defaults to bayesian. */
export function withStatsDefaults(stats: JsonRecord | null | undefined): JsonRecord {
  const result = cloneJson(stats ?? {});
  if (!result.method) result.method = "bayesian";
  return result;
}

/** `_apply_exposure_criteria_defaults`: test accounts are filtered unless the request says otherwise. */
export function withExposureDefaults(criteria: JsonRecord | null | undefined): JsonRecord {
  const result = cloneJson(criteria ?? {});
  if (result.filterTestAccounts === undefined || result.filterTestAccounts === null) result.filterTestAccounts = true;
  return result;
}

/**
 * One inline metric list of a write: checked, then given uuids (`_assign_uuids_to_metrics`) that
 * must not collide with `seen`; its actions must exist and, unless allowed, its events too.
 */
export function readMetricList(project: ProjectState, body: JsonRecord, field: "metrics" | "metrics_secondary", seen: Set<string>, allowUnknownEvents: boolean): JsonRecord[] | undefined {
  if (!hasField(body, field)) return undefined;
  const metrics = assignMetricUuids(checkMetricList(body[field], field), seen);
  assertMetricActionsExist(project, metrics);
  if (!allowUnknownEvents) assertMetricEventsKnown(project, metrics);
  return metrics;
}

/** `_sync_ordering_with_metric_changes`: removed uuids leave the ordering, added ones are appended. */
export function syncOrdering(current: readonly string[] | null, before: readonly string[], after: readonly string[]): string[] | null {
  const removed = before.filter((uuid) => !after.includes(uuid));
  const added = after.filter((uuid) => !before.includes(uuid));
  if (removed.length === 0 && added.length === 0) return current === null ? null : [...current];
  const kept = (current ?? []).filter((uuid) => !removed.includes(uuid));
  return [...kept, ...added.filter((uuid) => !kept.includes(uuid))];
}

/** `_validate_metric_ordering_on_*`: every metric uuid (inline and saved) must be in its ordering array. */
export function assertOrdering(ordering: readonly string[] | null, expected: readonly string[], field: string): void {
  if (expected.length === 0) return;
  if (ordering === null) throw validationError(null, `${field} is null but ${field.startsWith("primary") ? "primary" : "secondary"} metrics exist. This is likely a frontend bug - please refresh and try again.`);
  const missing = expected.filter((uuid) => !ordering.includes(uuid)).sort();
  if (missing.length > 0) {
    throw validationError(null, `${field} is missing UUIDs: [${missing.map((uuid) => `'${uuid}'`).join(", ")}]. This is likely a frontend bug - please refresh and try again.`);
  }
}
