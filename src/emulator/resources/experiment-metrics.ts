import { createHash, randomUUID } from "node:crypto";
import { validationError, type FieldPath } from "../errors.js";
import { cloneJson, describePythonType, isRecord, type JsonRecord } from "../json.js";
import type { ProjectState } from "../state.js";

const METRIC_TYPES = ["mean", "funnel", "ratio", "retention"];
const LEGACY_KINDS = new Set(["ExperimentTrendsQuery", "ExperimentFunnelsQuery"]);

/**
 * Validates one `ExperimentMetric` (used by experiments and saved metrics): kind and metric type,
 * the fields each type needs, and that referenced events and actions exist. Returns a copy with the
 * server-assigned `uuid` and `fingerprint`.
 */
export function validateExperimentMetric(project: ProjectState, metric: unknown, path: FieldPath, allowUnknownEvents: boolean): JsonRecord {
  if (!isRecord(metric)) throw validationError(path, "Each metric must be an object.");
  if (typeof metric.kind === "string" && LEGACY_KINDS.has(metric.kind)) {
    throw validationError(path, `Legacy metric kind ${metric.kind} is no longer supported. Use kind ExperimentMetric.`);
  }
  if (metric.kind !== "ExperimentMetric") throw validationError(path, `Unsupported metric kind: ${String(metric.kind)}. Expected ExperimentMetric.`);
  if (typeof metric.metric_type !== "string" || !METRIC_TYPES.includes(metric.metric_type)) {
    throw validationError(path, `metric_type must be one of: ${METRIC_TYPES.join(", ")}.`);
  }
  const required: Record<string, string[]> = { mean: ["source"], funnel: ["series"], ratio: ["numerator", "denominator"], retention: ["start_event", "completion_event"] };
  const missing = (required[metric.metric_type] ?? []).filter((key) => !isRecord(metric[key]) && !Array.isArray(metric[key]));
  if (missing.length > 0) throw validationError(path, `A ${metric.metric_type} metric requires: ${missing.join(", ")}.`);
  if (metric.metric_type === "funnel" && (!Array.isArray(metric.series) || metric.series.length === 0)) {
    throw validationError(path, "A funnel metric needs at least one step in series.");
  }

  const nodes = collectNodes(metric);
  if (!allowUnknownEvents) {
    const known = new Set(project.eventDefinitions.map((definition) => definition.name));
    const unknown = [...new Set(nodes.filter((node) => node.kind === "EventsNode" && typeof node.event === "string").map((node) => String(node.event)))].filter(
      (event) => !known.has(event),
    );
    if (unknown.length > 0) {
      throw validationError(null, `Event(s) ${unknown.map((event) => `'${event}'`).join(", ")} not found in this project. Send the event first or set allow_unknown_events to true.`);
    }
  }
  for (const node of nodes.filter((candidate) => candidate.kind === "ActionsNode")) {
    if (!project.actions.some((action) => action.id === Number(node.id) && !action.deleted)) throw validationError(null, `Action with ID ${String(node.id)} does not exist.`);
  }

  const copy = cloneJson(metric);
  copy.uuid = typeof metric.uuid === "string" ? metric.uuid : randomUUID();
  const { uuid: _uuid, fingerprint: _fingerprint, ...identity } = copy;
  copy.fingerprint = createHash("sha256").update(JSON.stringify(identity)).digest("hex");
  return copy;
}

function collectNodes(value: unknown): JsonRecord[] {
  if (Array.isArray(value)) return value.flatMap(collectNodes);
  if (!isRecord(value)) return [];
  const own = typeof value.kind === "string" && (value.kind === "EventsNode" || value.kind === "ActionsNode") ? [value] : [];
  return [...own, ...Object.values(value).flatMap(collectNodes)];
}

/** Validates a metrics list, rejecting duplicate uuids. */
export function validateMetricList(project: ProjectState, value: unknown, field: string, allowUnknownEvents: boolean): JsonRecord[] {
  if (!Array.isArray(value)) throw validationError(field, `Expected a list of items but got type "${describePythonType(value)}".`, "not_a_list");
  const metrics = value.map((metric, index) => validateExperimentMetric(project, metric, [field, index], allowUnknownEvents));
  const uuids = metrics.map((metric) => metric.uuid);
  if (new Set(uuids).size !== uuids.length) throw validationError(field, "Duplicate metric uuids are not allowed.");
  return metrics;
}
