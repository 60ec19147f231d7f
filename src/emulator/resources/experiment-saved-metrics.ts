import { isoNow } from "../clock.js";
import { endpointNotFound, methodNotAllowed, notFound, validationError } from "../errors.js";
import { hasField, parseIntegerId, readRequestBody, readString } from "../fields.js";
import type { JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import { allocateId, type ProjectState, type SavedMetricRecord } from "../state.js";
import { readTags } from "../tags.js";
import { currentUser } from "../users.js";
import { validateExperimentMetric } from "./experiment-metrics.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";

/**
 * Experiment saved (shared) metrics (`/api/projects/{id}/experiment_saved_metrics/`): names unique per
 * project case-insensitively, an `ExperimentMetric` query, tags, hard delete.
 */
export const experimentSavedMetricsResource: ResourceModule = {
  segment: "experiment_saved_metrics",
  scopeObject: "experiment_saved_metric",
  environmentsAlias: false,
  throttle: "default",
  handle(context: ResourceContext): ResourceResponse {
    const { project } = context;
    if (context.id === undefined) {
      if (context.method === "GET") return listSavedMetrics(context);
      if (context.method === "POST") return createSavedMetric(context);
      throw methodNotAllowed(context.method);
    }
    if (context.action !== undefined) throw endpointNotFound();
    const id = parseIntegerId(context.id);
    const metric = project.savedMetrics.find((candidate) => candidate.id === id);
    if (metric === undefined) throw notFound();
    if (context.method === "GET") return ok(serializeSavedMetric(metric));
    if (context.method === "PATCH" || context.method === "PUT") return updateSavedMetric(context, metric);
    if (context.method === "DELETE") {
      project.savedMetrics = project.savedMetrics.filter((candidate) => candidate !== metric);
      for (const experiment of project.experiments) experiment.saved_metrics = experiment.saved_metrics.filter((link) => link.saved_metric_id !== metric.id);
      return noContent();
    }
    throw methodNotAllowed(context.method);
  },
};

function serializeSavedMetric(metric: SavedMetricRecord): JsonRecord {
  return {
    id: metric.id,
    name: metric.name,
    description: metric.description,
    query: metric.query,
    created_by: metric.created_by,
    created_at: metric.created_at,
    updated_at: metric.updated_at,
    tags: metric.tags,
    user_access_level: "editor",
  };
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
  const query = validateExperimentMetric(project, body.query, ["query"], true);
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
  return created(serializeSavedMetric(metric));
}

function updateSavedMetric(context: ResourceContext, metric: SavedMetricRecord): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { maxLength: 400 });
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: 400 });
  const query = hasField(body, "query") ? validateExperimentMetric(project, body.query, ["query"], true) : undefined;
  const tags = readTags(body);
  if (name !== undefined && name !== null) {
    assertUniqueName(project, name, metric);
    metric.name = name;
  }
  if (description !== undefined) metric.description = description;
  if (query !== undefined) metric.query = query;
  if (tags !== undefined) metric.tags = tags;
  metric.updated_at = isoNow();
  return ok(serializeSavedMetric(metric));
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
  return ok({ ...page, results: page.results.map(serializeSavedMetric) });
}
