import { createHash, randomUUID } from "node:crypto";
import { validationError } from "../errors.js";
import { cloneJson, describePythonType, isRecord, type JsonRecord } from "../json.js";
import type { ExperimentRecord, ProjectState } from "../state.js";

const METRIC_TYPES = ["mean", "funnel", "ratio", "retention"];
const LEGACY_KINDS = new Set(["ExperimentTrendsQuery", "ExperimentFunnelsQuery"]);
const REQUIRED: Record<string, string[]> = { mean: ["source"], funnel: ["series"], ratio: ["numerator", "denominator"], retention: ["start_event", "completion_event"] };

/**
 * Checks one `ExperimentMetric` the way `ExperimentService.validate_experiment_metrics` does (kind,
 * metric type, the fields each type needs, a non-empty funnel). `label` prefixes the message, as
 * PostHog's "Invalid metric at index N: " does. Returns a copy without server-owned keys.
 */
export function checkExperimentMetric(metric: unknown, field: string | null, label: string): JsonRecord {
  if (!isRecord(metric)) throw validationError(field, `${label}must be a dict`);
  if (typeof metric.kind === "string" && LEGACY_KINDS.has(metric.kind)) {
    throw validationError(field, `${label}legacy metric kind '${metric.kind}' is no longer supported for new experiments. Use 'ExperimentMetric' instead.`);
  }
  if (metric.kind !== "ExperimentMetric") throw validationError(field, `${label}metric kind must be 'ExperimentMetric'`);
  if (typeof metric.metric_type !== "string" || !METRIC_TYPES.includes(metric.metric_type)) {
    throw validationError(field, `${label}metric_type must be one of: ${METRIC_TYPES.join(", ")}.`);
  }
  const missing = (REQUIRED[metric.metric_type] ?? []).filter((key) => !isRecord(metric[key]) && !Array.isArray(metric[key]));
  if (missing.length > 0) throw validationError(field, `${label}a ${metric.metric_type} metric requires: ${missing.join(", ")}.`);
  if (metric.metric_type === "funnel" && (!Array.isArray(metric.series) || metric.series.length === 0)) {
    throw validationError(field, `${label}funnel metrics require at least one step. The experiment exposure event is added as the initial step automatically.`);
  }
  return cloneJson(metric);
}

function collectNodes(value: unknown): JsonRecord[] {
  if (Array.isArray(value)) return value.flatMap(collectNodes);
  if (!isRecord(value)) return [];
  const own = value.kind === "EventsNode" || value.kind === "ActionsNode" ? [value] : [];
  return [...own, ...Object.values(value).flatMap(collectNodes)];
}

/** `validate_metric_action_ids`: every ActionsNode must name a live action of this project. */
export function assertMetricActionsExist(project: ProjectState, metrics: readonly JsonRecord[]): void {
  const ids = [...new Set(collectNodes(metrics).filter((node) => node.kind === "ActionsNode" && node.id !== undefined && node.id !== null).map((node) => Number(node.id)))];
  const missing = ids.filter((id) => !project.actions.some((action) => action.id === id && !action.deleted)).sort((a, b) => a - b);
  if (missing.length > 0) {
    throw validationError(null, `Action(s) with ID ${missing.join(", ")} not found or deleted. Each ActionsNode must reference an existing action belonging to this project.`);
  }
}

/** `validate_metric_event_names`: every named event must have been ingested, unless `allow_unknown_events`. */
export function assertMetricEventsKnown(project: ProjectState, metrics: readonly JsonRecord[]): void {
  const names = collectNodes(metrics).filter((node) => node.kind === "EventsNode" && typeof node.event === "string" && node.event.trim() !== "").map((node) => String(node.event));
  const known = new Set(project.eventDefinitions.map((definition) => definition.name));
  const unknown = [...new Set(names)].filter((name) => !known.has(name)).sort();
  if (unknown.length > 0) {
    throw validationError(
      null,
      `Event(s) ${unknown.map((name) => `'${name}'`).join(", ")} not found. No events with these names have been ingested by this project. ` +
        "If you meant a different event, please correct it. Only if the user has explicitly confirmed they want to proceed with the unknown event " +
        "(e.g. they will instrument it shortly), call again with allow_unknown_events=True. Do not flip the flag silently to bypass this check.",
    );
  }
}

/** Checks an inline metric list (`metrics`, `metrics_secondary`) and copies it. */
export function checkMetricList(value: unknown, field: string): JsonRecord[] {
  if (value === null) return [];
  if (!Array.isArray(value)) throw validationError(field, `Expected a list of items but got type "${describePythonType(value)}".`, "not_a_list");
  return value.map((metric, index) => checkExperimentMetric(metric, field, `Invalid metric at index ${index}: `));
}

/**
 * `_assign_uuids_to_metrics`: a metric without a uuid, or with one already in `seen` (the other
 * list, saved-metric uuids), gets a fresh one. So a client that re-sends its metrics without their
 * uuids gives every metric a new identity, and the results computed so far no longer attach.
 */
export function assignMetricUuids(metrics: readonly JsonRecord[], seen: Set<string>): JsonRecord[] {
  return metrics.map((metric) => {
    const original = typeof metric.uuid === "string" && metric.uuid !== "" ? metric.uuid : undefined;
    const uuid = original === undefined || seen.has(original) ? randomUUID() : original;
    seen.add(uuid);
    return { ...metric, uuid };
  });
}

/**
 * Stands in for `compute_metric_fingerprint`: a hash of the metric (without uuid and fingerprint)
 * and the experiment settings that change its results, recomputed on every write and on launch.
 */
export function fingerprintMetric(metric: JsonRecord, experiment: Pick<ExperimentRecord, "start_date" | "stats_config" | "exposure_criteria" | "only_count_matured_users">): string {
  const { uuid: _uuid, fingerprint: _fingerprint, ...identity } = metric;
  const method = isRecord(experiment.stats_config) && typeof experiment.stats_config.method === "string" ? experiment.stats_config.method : "bayesian";
  const inputs = [identity, experiment.start_date, method, experiment.exposure_criteria, experiment.only_count_matured_users === true];
  return createHash("sha256").update(JSON.stringify(inputs)).digest("hex");
}

/** `refresh_action_names_in_metric`: ActionsNode names are replaced by the live action's name (deleted actions keep theirs). */
export function refreshActionNames(project: ProjectState, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => refreshActionNames(project, item));
  if (!isRecord(value)) return value;
  const out: JsonRecord = {};
  for (const [key, member] of Object.entries(value)) out[key] = refreshActionNames(project, member);
  if (out.kind === "ActionsNode" && out.id !== undefined) {
    const action = project.actions.find((candidate) => candidate.id === Number(out.id) && !candidate.deleted);
    if (action !== undefined) out.name = action.name;
  }
  return out;
}
