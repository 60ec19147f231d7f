import { isoNow } from "../clock.js";
import { validationError } from "../errors.js";
import { randomUUID } from "node:crypto";
import { hasField, readRequestBody, readString } from "../fields.js";
import { isJsonEqual, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import { allocateId, type ProjectState, type SavedMetricRecord } from "../state.js";
import { readTags } from "../tags.js";
import { currentUser } from "../users.js";
import { assertMetricActionsExist, checkExperimentMetric, refreshActionNames } from "./experiment-metrics.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { findByIntegerId, routeViewset } from "./viewset.js";

/**
 * Experiment saved (shared) metrics (`/api/projects/{id}/experiment_saved_metrics/`), after
 * `ExperimentSavedMetricSerializer` and `ExperimentSavedMetricService`: names unique per project
 * case-insensitively, an `ExperimentMetric` query whose `uuid` the server assigns on create and keeps
 * on every update, ActionsNode names refreshed on read, tags, hard delete.
 */
export const experimentSavedMetricsResource: ResourceModule = {
  segment: "experiment_saved_metrics",
  scopeObject: "experiment_saved_metric",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<SavedMetricRecord>({
    list: listSavedMetrics,
    create: createSavedMetric,
    detail: {
      find: ({ project }, id) => findByIntegerId(project.savedMetrics, id),
      retrieve: ({ project }, metric) => ok(serializeSavedMetric(project, metric)),
      update: updateSavedMetric,
      destroy: destroySavedMetric,
    },
  }),
};

/** Deleting a saved metric also removes its links from every experiment. */
function destroySavedMetric({ project }: ResourceContext, metric: SavedMetricRecord): ResourceResponse {
  project.savedMetrics = project.savedMetrics.filter((candidate) => candidate !== metric);
  for (const experiment of project.experiments) experiment.saved_metrics = experiment.saved_metrics.filter((link) => link.saved_metric_id !== metric.id);
  return noContent();
}

function serializeSavedMetric(project: ProjectState, metric: SavedMetricRecord): JsonRecord {
  return {
    id: metric.id,
    name: metric.name,
    description: metric.description,
    query: refreshActionNames(project, metric.query),
    created_by: metric.created_by,
    created_at: metric.created_at,
    updated_at: metric.updated_at,
    tags: metric.tags,
    user_access_level: "editor",
  };
}

function withoutActionNames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutActionNames);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as JsonRecord).map(([key, member]) => [key, withoutActionNames(member)] as const);
  const copy = Object.fromEntries(entries) as JsonRecord;
  if (copy.kind === "ActionsNode") delete copy.name;
  return copy;
}

/**
 * `normalize_query_for_write`: a query resent unchanged (ActionsNode names aside) is not validated
 * again; the stored uuid is kept and may not be changed; a new saved metric always gets a fresh uuid.
 */
function normalizeQuery(project: ProjectState, value: unknown, existing: JsonRecord | undefined): JsonRecord {
  if (value === null || value === undefined || value === "" || (typeof value === "object" && Object.keys(value).length === 0)) {
    throw validationError(null, "Query is required to create a saved metric");
  }
  const unchanged = existing !== undefined && isJsonEqual(withoutActionNames({ ...(value as JsonRecord), uuid: existing.uuid }), withoutActionNames(existing));
  const query = unchanged ? { ...(value as JsonRecord) } : checkExperimentMetric(value, null, "Invalid metric: ");
  const incoming = query.uuid;
  if (typeof existing?.uuid === "string" && typeof incoming === "string" && incoming !== existing.uuid) throw validationError(null, "Saved metric UUID cannot be changed");
  query.uuid = typeof existing?.uuid === "string" ? existing.uuid : randomUUID();
  delete query.fingerprint;
  assertMetricActionsExist(project, [query]);
  return query;
}

function assertUniqueName(project: ProjectState, name: string, existing: SavedMetricRecord | undefined): void {
  if (project.savedMetrics.some((metric) => metric !== existing && metric.name.toLowerCase() === name.toLowerCase())) {
    throw validationError("name", "A shared metric with this name already exists.");
  }
}

function createSavedMetric(context: ResourceContext): ResourceResponse {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { required: true, maxLength: 400 }) ?? "";
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: 400 });
  if (!hasField(body, "query")) throw validationError("query", "This field is required.", "required");
  const query = normalizeQuery(project, body.query, undefined);
  const tags = readTags(body);
  assertUniqueName(project, name, undefined);
  const now = isoNow();
  const metric: SavedMetricRecord = {
    id: allocateId(state, "experiment_saved_metric"),
    name,
    description: description ?? null,
    query,
    tags: tags ?? [],
    created_at: now,
    created_by: currentUser(),
    updated_at: now,
  };
  project.savedMetrics.push(metric);
  return created(serializeSavedMetric(project, metric));
}

function updateSavedMetric(context: ResourceContext, metric: SavedMetricRecord): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { maxLength: 400 });
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: 400 });
  if (metric.query.kind === "ExperimentTrendsQuery" || metric.query.kind === "ExperimentFunnelsQuery") {
    throw validationError(null, "This saved metric uses a legacy query format and cannot be updated. Please create a new saved metric with the ExperimentMetric format instead.");
  }
  const query = hasField(body, "query") ? normalizeQuery(project, body.query, metric.query) : undefined;
  const tags = readTags(body);
  if (name !== undefined && name !== null) {
    assertUniqueName(project, name, metric);
    metric.name = name;
  }
  if (description !== undefined) metric.description = description;
  if (query !== undefined) metric.query = query;
  if (tags !== undefined) metric.tags = tags;
  metric.updated_at = isoNow();
  return ok(serializeSavedMetric(project, metric));
}

function listSavedMetrics(context: ResourceContext): ResourceResponse {
  const { project, query } = context;
  let metrics = [...project.savedMetrics];
  const search = query.get("search");
  if (search) {
    const needle = search.toLowerCase();
    metrics = metrics.filter((metric) => [metric.name, metric.description ?? "", ...metric.tags].some((text) => text.toLowerCase().includes(needle)));
  }
  metrics.sort((left, right) => left.name.toLowerCase().localeCompare(right.name.toLowerCase()));
  const page = paginate(metrics, context.requestUrl);
  return ok({ ...page, results: page.results.map((metric) => serializeSavedMetric(project, metric)) });
}
