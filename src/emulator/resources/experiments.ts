import { isoNow } from "../clock.js";
import { validationError } from "../errors.js";
import { hasField, readBoolean, readChoice, readList, readObject, readRequestBody, readString } from "../fields.js";
import { isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import { allocateId, type ExperimentRecord } from "../state.js";
import { currentUser } from "../users.js";
import { assertExperimentFlag, newFlagFilters, requestedFlagConfig, stripFlagConfig } from "./experiment-flag-config.js";
import {
  assertDateRange,
  assertStatsConfig,
  buildLinks,
  readDate,
  readExposureCriteria,
  readFilters,
  readHoldout,
  readMetricList,
  readSavedMetricLinks,
  savedMetricUuids,
  withExposureDefaults,
  withStatsDefaults,
} from "./experiment-input.js";
import { CONCLUSIONS, LIFECYCLE_ACTIONS, refreshFingerprints, runLifecycleAction } from "./experiment-lifecycle.js";
import { findExperiment, flagOf, serializeExperiment, serializeExperimentBasic } from "./experiment-serializer.js";
import { deriveExperimentStatus } from "./experiment-status.js";
import { updateExperiment } from "./experiment-update.js";
import { effectiveFilters } from "./feature-flag-serializer.js";
import { createFeatureFlag } from "./feature-flag-writes.js";
import { created, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { isRestoreRequest, routeViewset, type DetailHandler, type ViewsetAction } from "./viewset.js";

const ORDERINGS = new Set(["created_at", "-created_at", "updated_at", "-updated_at", "name", "-name", "start_date", "-start_date", "end_date", "-end_date", "status", "-status"]);

/**
 * Experiments (`/api/projects/{id}/experiments/`), after `EnterpriseExperimentsViewSet` and
 * `ExperimentService`: a flag created (or an existing one linked as-is) on create, flag config
 * that lives on the flag and is projected into `parameters` on read, server-assigned metric
 * uuids, soft delete, a lean list that hides archived experiments unless `?archived=true`, and
 * the lifecycle actions as POSTs under `{id}/`.
 */
export const experimentsResource: ResourceModule = {
  segment: "experiments",
  scopeObject: "experiment",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<ExperimentRecord>({
    list: listExperiments,
    create: createExperiment,
    detail: {
      find: (context, id) => findExperiment(context.project, id, isRestoreRequest(context)),
      retrieve: ({ project }, experiment) => ok(serializeExperiment(project, experiment)),
      update: updateExperiment,
      destroy: "forbidden",
      actions: Object.fromEntries(
        [...LIFECYCLE_ACTIONS].map((action): [string, ViewsetAction<DetailHandler<ExperimentRecord>>] => [
          action,
          { methods: ["POST"], run: (context, experiment) => runLifecycleAction(context, experiment, action) },
        ]),
      ),
    },
  }),
};

function variantKeysOf(filters: JsonRecord): string[] {
  const multivariate = filters.multivariate;
  return isRecord(multivariate) && Array.isArray(multivariate.variants) ? multivariate.variants.filter(isRecord).map((variant) => String(variant.key)) : [];
}

function createExperiment(context: ResourceContext): ResourceResponse {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { required: true, maxLength: 400 }) ?? "";
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: 3000 });
  const type = readChoice(body, "type", ["web", "product"], { allowNull: true });
  const startDate = readDate(body, "start_date");
  const endDate = readDate(body, "end_date");
  const flagKey = readString(body, "feature_flag_key", { required: true }) ?? "";
  const rawParameters = readObject(body, "parameters", { allowNull: true }) ?? null;
  const allowUnknownEvents = readBoolean(body, "allow_unknown_events") === true;
  const holdout = readHoldout(project, body) ?? undefined;
  const filters = readFilters(body) ?? {};
  const conclusion = readChoice(body, "conclusion", CONCLUSIONS, { allowNull: true });
  const comment = readString(body, "conclusion_comment", { allowNull: true, allowBlank: true, maxLength: 4000 });
  const exposure = readExposureCriteria(body);
  const stats = readObject(body, "stats_config", { allowNull: true });
  assertDateRange(startDate, endDate);

  const existing = project.featureFlags.find((candidate) => candidate.key === flagKey && !candidate.deleted);
  const config = requestedFlagConfig(body, undefined);
  if (config !== undefined && existing !== undefined) {
    throw validationError(
      "feature_flag",
      `A feature flag with key '${flagKey}' already exists; the experiment links to it as-is, so its config cannot be set here. Omit feature_flag to reuse the existing flag, or edit the flag directly.`,
    );
  }
  const links = readSavedMetricLinks(project, body) ?? [];
  const seen = new Set([...savedMetricUuids(project, links).primary, ...savedMetricUuids(project, links).secondary]);
  const metrics = readMetricList(project, body, "metrics", seen, allowUnknownEvents) ?? [];
  const metricsSecondary = readMetricList(project, body, "metrics_secondary", seen, allowUnknownEvents) ?? [];
  const parameters = stripFlagConfig(rawParameters);
  const draft = startDate === undefined || startDate === null;

  if (existing !== undefined) assertExperimentFlag(existing);
  const flag =
    existing ??
    createFeatureFlag(state, project, {
      key: flagKey,
      name: `Feature Flag for Experiment ${name}`,
      filters: newFlagFilters(config ?? {}, rawParameters ?? {}, holdout),
      active: !draft,
      creation_context: "experiments",
      ensure_experience_continuity: config?.continuity ?? (typeof rawParameters?.ensure_experience_continuity === "boolean" ? rawParameters.ensure_experience_continuity : false),
    });
  assertStatsConfig(stats, variantKeysOf(effectiveFilters(flag)));

  const now = isoNow();
  const experiment: ExperimentRecord = {
    id: allocateId(state, "experiment"),
    name,
    description: description === undefined ? "" : description,
    type: typeof type === "string" ? type : "product",
    start_date: startDate ?? null,
    end_date: endDate ?? null,
    feature_flag_id: flag.id,
    holdout_id: holdout?.id ?? null,
    parameters,
    running_time_calculation: readObject(body, "running_time_calculation", { allowNull: true }) ?? {},
    excluded_variants: (readList(body, "excluded_variants", { allowNull: true }) as string[] | null | undefined) ?? null,
    metrics,
    metrics_secondary: metricsSecondary,
    saved_metrics: [],
    exposure_criteria: withExposureDefaults(exposure),
    stats_config: withStatsDefaults(stats),
    scheduling_config: readObject(body, "scheduling_config", { allowNull: true }) ?? null,
    only_count_matured_users: readBoolean(body, "only_count_matured_users", { allowNull: true }) ?? false,
    conclusion: conclusion === undefined || conclusion === null ? null : String(conclusion),
    conclusion_comment: comment ?? null,
    archived: readBoolean(body, "archived") ?? false,
    deleted: readBoolean(body, "deleted") ?? false,
    filters,
    primary_metrics_ordered_uuids: null,
    secondary_metrics_ordered_uuids: null,
    feature_flag_auto_archived: false,
    created_at: now,
    created_by: currentUser(),
    updated_at: now,
  };
  refreshFingerprints(experiment);
  experiment.saved_metrics = buildLinks(() => allocateId(state, "experiment_saved_metric_link"), links, []);
  const saved = savedMetricUuids(project, links);
  const ordering = (field: string, uuids: string[]) => {
    const supplied = hasField(body, field) && Array.isArray(body[field]) ? (body[field] as unknown[]).map(String) : [];
    return [...supplied, ...uuids.filter((uuid) => !supplied.includes(uuid))];
  };
  experiment.primary_metrics_ordered_uuids = ordering("primary_metrics_ordered_uuids", [...metrics.map((metric) => String(metric.uuid)), ...saved.primary]);
  experiment.secondary_metrics_ordered_uuids = ordering("secondary_metrics_ordered_uuids", [...metricsSecondary.map((metric) => String(metric.uuid)), ...saved.secondary]);
  project.experiments.push(experiment);
  return created(serializeExperiment(project, experiment));
}

function sortExperiments(experiments: ExperimentRecord[], order: string | null): ExperimentRecord[] {
  if (order !== null && !ORDERINGS.has(order)) throw validationError(null, `Invalid order field: '${order}'`);
  const field = (order ?? "-created_at").replace(/^-/, "");
  const direction = order?.startsWith("-") === false ? 1 : -1;
  const rank = (experiment: ExperimentRecord) => (experiment.start_date === null ? 0 : experiment.end_date === null ? 1 : 2);
  const value = (experiment: ExperimentRecord): string | number => (field === "status" ? rank(experiment) : String(experiment[field as keyof ExperimentRecord] ?? ""));
  return [...experiments].sort((left, right) => {
    const a = value(left);
    const b = value(right);
    return (a < b ? -direction : a > b ? direction : 0) || right.id - left.id;
  });
}

/**
 * `filter_experiments_queryset` for the list action: soft-deleted rows never, archived rows only
 * with `archived=true` (any other value lists the unarchived ones), then status, flag, creator and
 * name filters, ordered by `-created_at` unless `order` names an allowed field.
 */
function listExperiments(context: ResourceContext): ResourceResponse {
  const { project, query } = context;
  const archived = query.get("archived");
  let experiments = project.experiments.filter((experiment) => !experiment.deleted && experiment.archived === (archived !== null && archived.toLowerCase() === "true"));
  const status = query.get("status")?.toLowerCase();
  if (status && status !== "all" && ["draft", "running", "paused", "stopped", "complete"].includes(status)) {
    const wanted = status === "complete" ? "stopped" : status;
    experiments = experiments.filter((experiment) => deriveExperimentStatus(experiment, flagOf(project, experiment)) === wanted);
  }
  const flagId = query.get("feature_flag_id");
  if (flagId) {
    if (!/^-?\d+$/.test(flagId)) throw validationError(null, "feature_flag_id must be an integer");
    experiments = experiments.filter((experiment) => experiment.feature_flag_id === Number(flagId));
  }
  const creator = query.get("created_by_id");
  if (creator) experiments = experiments.filter((experiment) => String(experiment.created_by?.id) === creator);
  const search = query.get("search");
  if (search) experiments = experiments.filter((experiment) => experiment.name.toLowerCase().includes(search.toLowerCase()));
  const page = paginate(sortExperiments(experiments, query.get("order")), context.requestUrl);
  return ok({ ...page, results: page.results.map((experiment) => serializeExperimentBasic(project, experiment)) });
}
