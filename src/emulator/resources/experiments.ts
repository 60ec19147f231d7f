import { isoNow } from "../clock.js";
import { destroyForbidden, endpointNotFound, methodNotAllowed, notFound, validationError } from "../errors.js";
import {
  hasField,
  parseBooleanText,
  parseIntegerId,
  readBoolean,
  readChoice,
  readInteger,
  readList,
  readObject,
  readRequestBody,
  readString,
} from "../fields.js";
import { cloneJson, isJsonEqual, isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import { allocateId, type ExperimentRecord, type ExperimentSavedMetricLink, type FeatureFlagRecord, type HoldoutRecord, type ProjectState } from "../state.js";
import { currentUser } from "../users.js";
import { validateMetricList } from "./experiment-metrics.js";
import { deriveExperimentStatus } from "./experiment-status.js";
import { serializeHoldout } from "./experiment-holdouts.js";
import { createFeatureFlag, effectiveFilters, serializeMinimalFlag } from "./feature-flags.js";
import { created, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";

const CONCLUSIONS = ["won", "lost", "inconclusive", "stopped_early", "invalid"];
const DATE_FORMAT_ERROR = "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";
const WRITE_ONLY_KEYS = new Set(["allow_unknown_events", "update_feature_flag_params", "_create_in_folder"]);
const UPDATABLE_KEYS = new Set([
  "name", "description", "start_date", "end_date", "filters", "parameters", "archived", "deleted", "secondary_metrics", "holdout_id",
  "exposure_criteria", "metrics", "metrics_secondary", "stats_config", "scheduling_config", "conclusion", "conclusion_comment",
  "primary_metrics_ordered_uuids", "secondary_metrics_ordered_uuids", "saved_metrics_ids", "only_count_matured_users",
]);
const SERIALIZER_FIELDS = new Set([...UPDATABLE_KEYS, "type", "feature_flag_key", ...WRITE_ONLY_KEYS]);
const LIFECYCLE_ACTIONS = new Set(["launch", "pause", "resume", "end", "archive", "unarchive", "reset"]);

/**
 * Experiments (`/api/projects/{id}/experiments/`): flag creation or reuse on create, an immutable
 * `feature_flag_key`, restrictions once launched, soft delete, and the lifecycle actions
 * launch / pause / resume / end / archive / unarchive / reset as POSTs under `{id}/`.
 */
export const experimentsResource: ResourceModule = {
  segment: "experiments",
  scopeObject: "experiment",
  environmentsAlias: false,
  throttle: "default",
  handle(context: ResourceContext): ResourceResponse {
    const { project } = context;
    if (context.id === undefined) {
      if (context.method === "GET") return listExperiments(context);
      if (context.method === "POST") return createExperiment(context);
      throw methodNotAllowed(context.method);
    }
    if (context.action !== undefined) {
      if (!LIFECYCLE_ACTIONS.has(context.action)) throw endpointNotFound();
      if (context.method !== "POST") throw methodNotAllowed(context.method);
      return runLifecycleAction(context, findExperiment(project, context.id, false), context.action);
    }
    if (context.method === "GET") return ok(serializeExperiment(project, findExperiment(project, context.id, false)));
    if (context.method === "PATCH" || context.method === "PUT") return updateExperiment(context);
    if (context.method === "DELETE") throw destroyForbidden();
    throw methodNotAllowed(context.method);
  },
};

function findExperiment(project: ProjectState, segment: string, includeDeleted: boolean): ExperimentRecord {
  const id = parseIntegerId(segment);
  const experiment = project.experiments.find((candidate) => candidate.id === id && (includeDeleted || !candidate.deleted));
  if (experiment === undefined) throw notFound();
  return experiment;
}

function flagOf(project: ProjectState, experiment: ExperimentRecord): FeatureFlagRecord | undefined {
  return project.featureFlags.find((flag) => flag.id === experiment.feature_flag_id);
}

/** Every variant is returned with both `split_percent` and the legacy `rollout_percentage`. */
function presentParameters(parameters: JsonRecord): JsonRecord {
  const copy = cloneJson(parameters);
  if (Array.isArray(copy.feature_flag_variants)) {
    copy.feature_flag_variants = copy.feature_flag_variants.filter(isRecord).map((variant) => {
      const split = variant.split_percent ?? variant.rollout_percentage;
      return { ...variant, split_percent: split, rollout_percentage: split };
    });
  }
  return copy;
}

/** The experiment serializer shape, with the minimal flag, holdout and saved metrics expanded. */
function serializeExperiment(project: ProjectState, experiment: ExperimentRecord): JsonRecord {
  const flag = flagOf(project, experiment);
  const holdout = project.holdouts.find((candidate) => candidate.id === experiment.holdout_id);
  return {
    id: experiment.id,
    name: experiment.name,
    description: experiment.description,
    start_date: experiment.start_date,
    end_date: experiment.end_date,
    feature_flag_key: flag?.key ?? null,
    feature_flag: flag === undefined ? null : serializeMinimalFlag(project, flag),
    holdout: holdout === undefined ? null : serializeHoldout(holdout),
    holdout_id: experiment.holdout_id,
    exposure_cohort: null,
    parameters: presentParameters(experiment.parameters),
    secondary_metrics: [],
    saved_metrics: experiment.saved_metrics.map((link) => {
      const metric = project.savedMetrics.find((candidate) => candidate.id === link.saved_metric_id);
      return { ...link, experiment: experiment.id, saved_metric: link.saved_metric_id, query: metric?.query ?? null, name: metric?.name ?? null };
    }).map(({ saved_metric_id: _savedMetricId, ...rest }) => rest),
    filters: experiment.filters,
    archived: experiment.archived,
    deleted: experiment.deleted,
    created_by: experiment.created_by,
    created_at: experiment.created_at,
    updated_at: experiment.updated_at,
    type: experiment.type,
    exposure_criteria: experiment.exposure_criteria,
    metrics: experiment.metrics,
    metrics_secondary: experiment.metrics_secondary,
    stats_config: experiment.stats_config,
    scheduling_config: experiment.scheduling_config,
    conclusion: experiment.conclusion,
    conclusion_comment: experiment.conclusion_comment,
    primary_metrics_ordered_uuids: experiment.primary_metrics_ordered_uuids,
    secondary_metrics_ordered_uuids: experiment.secondary_metrics_ordered_uuids,
    only_count_matured_users: experiment.only_count_matured_users,
    user_access_level: "editor",
    status: deriveExperimentStatus(experiment, flag),
  };
}

function readDate(body: JsonRecord, key: string): string | null | undefined {
  if (!hasField(body, key)) return undefined;
  const value = body[key];
  if (value === null) return null;
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw validationError(key, DATE_FORMAT_ERROR, "invalid");
  }
  return new Date(value).toISOString();
}

/** Validates `parameters.feature_flag_variants`, normalising `Control` to `control`. */
function normalizeVariants(parameters: JsonRecord): JsonRecord[] | undefined {
  const raw = parameters.feature_flag_variants;
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) throw validationError("parameters", "feature_flag_variants must be a list.");
  const variants = raw.map((variant) => {
    if (!isRecord(variant) || typeof variant.key !== "string" || (variant.split_percent === undefined && variant.rollout_percentage === undefined)) {
      throw validationError("parameters", "Each feature flag variant needs a key and a split_percent (or rollout_percentage).");
    }
    const key = variant.key.toLowerCase() === "control" ? "control" : variant.key;
    return { ...variant, key, split_percent: variant.split_percent ?? variant.rollout_percentage };
  });
  if (variants.length >= 21) throw validationError("parameters", "Feature flag variants must be less than 21");
  if (variants.length === 1) throw validationError("parameters", "Feature flag variants must have at least 2 variants");
  if (variants.length > 0 && !variants.some((variant) => variant.key === "control")) {
    throw validationError(
      "parameters",
      `Feature flag variants must contain a variant with key 'control' (lowercase, exactly). Got keys: [${variants.map((variant) => `'${variant.key}'`).join(", ")}].`,
    );
  }
  return variants;
}

function flagVariants(variants: readonly JsonRecord[] | undefined): JsonRecord[] {
  const source = variants ?? [
    { key: "control", split_percent: 50 },
    { key: "test", split_percent: 50 },
  ];
  return source.map((variant) => ({
    key: variant.key,
    ...(typeof variant.name === "string" ? { name: variant.name } : {}),
    rollout_percentage: variant.split_percent,
  }));
}

function holdoutFilter(holdout: HoldoutRecord | undefined): JsonRecord | null {
  if (holdout === undefined) return null;
  const first = holdout.filters[0];
  return { id: holdout.id, exclusion_percentage: typeof first?.rollout_percentage === "number" ? first.rollout_percentage : 0 };
}

function assertReusableFlag(flag: FeatureFlagRecord): void {
  const multivariate = effectiveFilters(flag).multivariate;
  const variants = isRecord(multivariate) && Array.isArray(multivariate.variants) ? multivariate.variants.filter(isRecord) : [];
  if (variants.length < 2) throw validationError(null, "Feature flag must have at least 2 variants (control and at least one test variant)");
  if (!variants.some((variant) => variant.key === "control")) throw validationError(null, "Feature flag must have a variant with key 'control'");
}

function readSavedMetricLinks(project: ProjectState, body: JsonRecord): ExperimentSavedMetricLink[] | undefined {
  const list = readList(body, "saved_metrics_ids", { allowNull: true });
  if (list === undefined) return undefined;
  return (list ?? []).map((entry) => {
    const id = isRecord(entry) ? Number(entry.id) : Number.NaN;
    if (!project.savedMetrics.some((metric) => metric.id === id)) {
      throw validationError("saved_metrics_ids", "Saved metric does not exist or does not belong to this project");
    }
    const metadata = isRecord(entry) && isRecord(entry.metadata) ? cloneJson(entry.metadata) : { type: "primary" };
    return { id: 0, saved_metric_id: id, metadata, created_at: isoNow() };
  });
}

function readHoldout(project: ProjectState, body: JsonRecord): HoldoutRecord | null | undefined {
  const id = readInteger(body, "holdout_id", { allowNull: true });
  if (id === undefined || id === null) return id;
  const holdout = project.holdouts.find((candidate) => candidate.id === id);
  if (holdout === undefined) throw validationError("holdout_id", `Invalid pk "${id}" - object does not exist.`, "does_not_exist");
  return holdout;
}

function readFilters(body: JsonRecord): JsonRecord | undefined {
  const filters = readObject(body, "filters", { allowNull: true });
  if (filters === undefined) return undefined;
  if (filters !== null && Array.isArray(filters.properties) && filters.properties.length > 0) {
    throw validationError(null, "Experiments do not support global filter properties");
  }
  return filters ?? {};
}

function createExperiment(context: ResourceContext): ResourceResponse {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { required: true, maxLength: 400 }) ?? "";
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: 3000 });
  const type = readChoice(body, "type", ["product", "web"]);
  const startDate = readDate(body, "start_date");
  const endDate = readDate(body, "end_date");
  const flagKey = readString(body, "feature_flag_key", { required: true }) ?? "";
  const parameters = readObject(body, "parameters", { allowNull: true }) ?? {};
  const allowUnknownEvents = readBoolean(body, "allow_unknown_events") === true;
  const metrics = hasField(body, "metrics") ? validateMetricList(project, body.metrics ?? [], "metrics", allowUnknownEvents) : [];
  const metricsSecondary = hasField(body, "metrics_secondary") ? validateMetricList(project, body.metrics_secondary ?? [], "metrics_secondary", allowUnknownEvents) : [];
  const savedMetrics = readSavedMetricLinks(project, body) ?? [];
  const holdout = readHoldout(project, body) ?? undefined;
  const filters = readFilters(body) ?? {};
  const conclusion = readChoice(body, "conclusion", CONCLUSIONS, { allowNull: true });
  if (startDate && endDate && endDate <= startDate) throw validationError(null, "End date must be after start date.");
  const variants = normalizeVariants(parameters);
  const rollout = typeof parameters.rollout_percentage === "number" ? parameters.rollout_percentage : 100;
  if (rollout < 0 || rollout > 100) throw validationError("parameters", "rollout_percentage must be between 0 and 100.");
  const draft = startDate === undefined || startDate === null;

  let flag = project.featureFlags.find((candidate) => candidate.key === flagKey && !candidate.deleted);
  if (flag !== undefined) {
    assertReusableFlag(flag);
    if (holdout !== undefined) flag.filters = { ...flag.filters, holdout: holdoutFilter(holdout) };
    if (!draft) flag.active = true;
  } else {
    const flagFilters: JsonRecord = {
      groups: [{ properties: [], rollout_percentage: rollout || 100 }],
      multivariate: { variants: flagVariants(variants) },
      aggregation_group_type_index: typeof parameters.aggregation_group_type_index === "number" ? parameters.aggregation_group_type_index : null,
    };
    if (isRecord(parameters.feature_flag_payloads)) flagFilters.payloads = parameters.feature_flag_payloads;
    if (holdout !== undefined) flagFilters.holdout = holdoutFilter(holdout);
    flag = createFeatureFlag(state, project, {
      key: flagKey,
      name: `Feature Flag for Experiment ${name}`,
      filters: flagFilters,
      active: !draft,
      creation_context: "experiments",
      ensure_experience_continuity: parameters.ensure_experience_continuity === true,
    });
  }

  const now = isoNow();
  const experiment: ExperimentRecord = {
    id: allocateId(state, "experiment"),
    name,
    description: description ?? null,
    type: typeof type === "string" ? type : "product",
    start_date: startDate ?? null,
    end_date: endDate ?? null,
    feature_flag_id: flag.id,
    holdout_id: holdout?.id ?? null,
    parameters: variants === undefined ? cloneJson(parameters) : { ...cloneJson(parameters), feature_flag_variants: variants },
    metrics,
    metrics_secondary: metricsSecondary,
    saved_metrics: savedMetrics.map((link) => ({ ...link, id: allocateId(state, "experiment_saved_metric_link") })),
    exposure_criteria: readObject(body, "exposure_criteria", { allowNull: true }) ?? null,
    stats_config: readObject(body, "stats_config", { allowNull: true }) ?? null,
    scheduling_config: readObject(body, "scheduling_config", { allowNull: true }) ?? null,
    only_count_matured_users: readBoolean(body, "only_count_matured_users", { allowNull: true }) ?? null,
    conclusion: conclusion === undefined || conclusion === null ? null : String(conclusion),
    conclusion_comment: readString(body, "conclusion_comment", { allowNull: true, allowBlank: true }) ?? null,
    archived: readBoolean(body, "archived") ?? false,
    deleted: readBoolean(body, "deleted") ?? false,
    filters,
    primary_metrics_ordered_uuids: metrics.map((metric) => String(metric.uuid)),
    secondary_metrics_ordered_uuids: metricsSecondary.map((metric) => String(metric.uuid)),
    created_at: now,
    created_by: currentUser(),
    updated_at: now,
  };
  project.experiments.push(experiment);
  return created(serializeExperiment(project, experiment));
}

function touchFlag(flag: FeatureFlagRecord, changes: Partial<FeatureFlagRecord>): void {
  Object.assign(flag, changes);
  flag.version += 1;
  flag.updated_at = isoNow();
}

function updateExperiment(context: ResourceContext): ResourceResponse {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const restoring = hasField(body, "deleted") && body.deleted !== null && !parseBooleanText(body.deleted);
  const experiment = findExperiment(project, context.id ?? "", restoring);
  const flag = flagOf(project, experiment);

  const rejected = Object.keys(body).filter(
    (key) => SERIALIZER_FIELDS.has(key) && !UPDATABLE_KEYS.has(key) && !WRITE_ONLY_KEYS.has(key) && !(key === "feature_flag_key" && body[key] === flag?.key),
  );
  if (rejected.length > 0) throw validationError(null, `Can't update keys: ${rejected.join(", ")} on Experiment`);

  const draft = experiment.start_date === null;
  const name = readString(body, "name", { maxLength: 400 });
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: 3000 });
  const startDate = readDate(body, "start_date");
  const endDate = readDate(body, "end_date");
  const parameters = readObject(body, "parameters", { allowNull: true });
  const allowUnknownEvents = readBoolean(body, "allow_unknown_events") === true;
  const syncFlag = readBoolean(body, "update_feature_flag_params") === true;
  const holdout = readHoldout(project, body);
  const filters = readFilters(body);
  const conclusion = readChoice(body, "conclusion", CONCLUSIONS, { allowNull: true });
  const savedMetrics = readSavedMetricLinks(project, body);
  const archived = readBoolean(body, "archived");
  const deleted = readBoolean(body, "deleted");
  const metrics = hasField(body, "metrics") ? validateMetricList(project, body.metrics ?? [], "metrics", allowUnknownEvents) : undefined;
  const metricsSecondary = hasField(body, "metrics_secondary") ? validateMetricList(project, body.metrics_secondary ?? [], "metrics_secondary", allowUnknownEvents) : undefined;
  const variants = parameters === undefined || parameters === null ? undefined : normalizeVariants(parameters);

  if (!draft && variants !== undefined) {
    const current = (experiment.parameters.feature_flag_variants as JsonRecord[] | undefined) ?? [];
    const keysOf = (list: readonly JsonRecord[]) => list.map((variant) => String(variant.key)).sort();
    if (!isJsonEqual(keysOf(current), keysOf(variants))) throw validationError(null, "Can't update feature_flag_variants on Experiment");
  }
  if (!draft && holdout !== undefined && (holdout?.id ?? null) !== experiment.holdout_id) throw validationError(null, "Can't update holdout on running Experiment");
  if (deleted === false && experiment.deleted && flag?.deleted) throw validationError(null, "Cannot restore this experiment because its feature flag has been deleted.");
  const nextStart = startDate === undefined ? experiment.start_date : startDate;
  const nextEnd = endDate === undefined ? experiment.end_date : endDate;
  if (nextStart && nextEnd && nextEnd <= nextStart) throw validationError(null, "End date must be after start date.");

  if (name !== undefined && name !== null) experiment.name = name;
  if (description !== undefined) experiment.description = description;
  if (parameters !== undefined) experiment.parameters = parameters === null ? {} : { ...cloneJson(parameters), ...(variants ? { feature_flag_variants: variants } : {}) };
  if (filters !== undefined) experiment.filters = filters;
  if (holdout !== undefined) experiment.holdout_id = holdout?.id ?? null;
  if (metrics !== undefined) {
    experiment.metrics = metrics;
    experiment.primary_metrics_ordered_uuids = metrics.map((metric) => String(metric.uuid));
  }
  if (metricsSecondary !== undefined) {
    experiment.metrics_secondary = metricsSecondary;
    experiment.secondary_metrics_ordered_uuids = metricsSecondary.map((metric) => String(metric.uuid));
  }
  if (savedMetrics !== undefined) experiment.saved_metrics = savedMetrics.map((link) => ({ ...link, id: allocateId(state, "experiment_saved_metric_link") }));
  for (const key of ["exposure_criteria", "stats_config", "scheduling_config"] as const) {
    const value = readObject(body, key, { allowNull: true });
    if (value !== undefined) experiment[key] = value;
  }
  const matured = readBoolean(body, "only_count_matured_users", { allowNull: true });
  if (matured !== undefined) experiment.only_count_matured_users = matured;
  if (conclusion !== undefined) experiment.conclusion = conclusion === null ? null : String(conclusion);
  const comment = readString(body, "conclusion_comment", { allowNull: true, allowBlank: true });
  if (comment !== undefined) experiment.conclusion_comment = comment;
  if (archived !== undefined && archived !== null) experiment.archived = archived;
  if (deleted !== undefined && deleted !== null) experiment.deleted = deleted;
  if (endDate !== undefined) experiment.end_date = endDate;

  if (flag !== undefined && (draft || syncFlag) && parameters !== undefined && parameters !== null) syncParametersIntoFlag(flag, experiment);
  if (flag !== undefined && holdout !== undefined) touchFlag(flag, { filters: { ...flag.filters, holdout: holdoutFilter(holdout ?? undefined) } });
  if (startDate !== undefined) {
    experiment.start_date = startDate;
    if (draft && startDate !== null && flag !== undefined) touchFlag(flag, { active: true });
  }
  experiment.updated_at = isoNow();
  return ok(serializeExperiment(project, experiment));
}

function syncParametersIntoFlag(flag: FeatureFlagRecord, experiment: ExperimentRecord): void {
  const parameters = experiment.parameters;
  const filters = cloneJson(effectiveFilters(flag));
  const variants = parameters.feature_flag_variants as JsonRecord[] | undefined;
  if (variants !== undefined) filters.multivariate = { variants: flagVariants(variants) };
  if (typeof parameters.rollout_percentage === "number" && Array.isArray(filters.groups) && isRecord(filters.groups[0])) {
    filters.groups[0].rollout_percentage = parameters.rollout_percentage;
  }
  touchFlag(flag, { filters });
}

function runLifecycleAction(context: ResourceContext, experiment: ExperimentRecord, action: string): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  const flag = flagOf(project, experiment);
  const status = deriveExperimentStatus(experiment, flag);
  const now = isoNow();
  switch (action) {
    case "launch":
      if (status !== "draft") throw validationError(null, "Experiment has already been launched.");
      experiment.start_date = now;
      if (flag !== undefined) touchFlag(flag, { active: true });
      break;
    case "pause":
      if (status !== "running") throw validationError(null, "Only running experiments can be paused.");
      if (flag !== undefined) touchFlag(flag, { active: false });
      break;
    case "resume":
      if (status !== "paused") throw validationError(null, "Only paused experiments can be resumed.");
      if (flag !== undefined) touchFlag(flag, { active: true });
      break;
    case "end": {
      if (status !== "running" && status !== "paused") throw validationError(null, "Only running or paused experiments can be ended.");
      const conclusion = readChoice(body, "conclusion", CONCLUSIONS, { allowNull: true });
      const comment = readString(body, "conclusion_comment", { allowNull: true, allowBlank: true });
      experiment.end_date = now;
      if (conclusion !== undefined) experiment.conclusion = conclusion === null ? null : String(conclusion);
      if (comment !== undefined) experiment.conclusion_comment = comment;
      break;
    }
    case "archive":
      if (status === "running" || status === "paused") throw validationError(null, "Cannot archive a running experiment. End it first.");
      experiment.archived = true;
      break;
    case "unarchive":
      experiment.archived = false;
      break;
    case "reset":
      experiment.start_date = null;
      experiment.end_date = null;
      experiment.conclusion = null;
      experiment.conclusion_comment = null;
      experiment.archived = false;
      if (flag !== undefined && flag.active) touchFlag(flag, { active: false });
      break;
  }
  experiment.updated_at = now;
  return ok(serializeExperiment(project, experiment));
}

function listExperiments(context: ResourceContext): ResourceResponse {
  const { project, query } = context;
  let experiments = project.experiments.filter((experiment) => !experiment.deleted);
  const archived = query.get("archived");
  experiments = experiments.filter((experiment) => experiment.archived === (archived !== null && parseBooleanText(archived)));
  const status = query.get("status");
  if (status !== null && status !== "all") {
    const wanted = status === "complete" ? "stopped" : status;
    experiments = experiments.filter((experiment) => deriveExperimentStatus(experiment, flagOf(project, experiment)) === wanted);
  }
  const search = query.get("search");
  if (search) experiments = experiments.filter((experiment) => experiment.name.toLowerCase().includes(search.toLowerCase()));
  const flagId = query.get("feature_flag_id");
  if (flagId !== null) experiments = experiments.filter((experiment) => String(experiment.feature_flag_id) === flagId);
  experiments.sort((left, right) => right.created_at.localeCompare(left.created_at) || right.id - left.id);
  const page = paginate(experiments, context.requestUrl);
  return ok({ ...page, results: page.results.map((experiment) => serializeExperiment(project, experiment)) });
}
