import { isoNow } from "../clock.js";
import { validationError } from "../errors.js";
import { hasField, readBoolean, readChoice, readList, readObject, readRequestBody, readString } from "../fields.js";
import { isRecord, type JsonRecord } from "../json.js";
import { allocateId, type ExperimentRecord } from "../state.js";
import { assertExperimentFlag, requestedFlagConfig, stripFlagConfig, syncedFlagFilters } from "./experiment-flag-config.js";
import {
  assertDateRange,
  assertOrdering,
  assertStatsConfig,
  buildLinks,
  readDate,
  readExposureCriteria,
  readFilters,
  readHoldout,
  readMetricList,
  readSavedMetricLinks,
  savedMetricUuids,
  syncOrdering,
} from "./experiment-input.js";
import { CONCLUSIONS, refreshFingerprints } from "./experiment-lifecycle.js";
import { flagOf, serializeExperiment } from "./experiment-serializer.js";
import { effectiveFilters } from "./feature-flag-serializer.js";
import { updateFeatureFlag } from "./feature-flag-writes.js";
import { ok, type ResourceContext, type ResourceResponse } from "./resource.js";

/** `expected_keys` of `_validate_update_payload`, in the serializer's `validated_data` names. */
const UPDATABLE = new Set([
  "name", "description", "start_date", "end_date", "filters", "parameters", "running_time_calculation", "excluded_variants", "archived", "deleted",
  "secondary_metrics", "holdout", "exposure_criteria", "metrics", "metrics_secondary", "stats_config", "scheduling_config", "conclusion",
  "conclusion_comment", "primary_metrics_ordered_uuids", "secondary_metrics_ordered_uuids", "saved_metrics_ids", "only_count_matured_users",
]);
/** Writable serializer fields that reach `validated_data` (write-only switches are popped before the check). */
const WRITABLE = new Set([...UPDATABLE, "type", "_create_in_folder"]);
const SOURCE_NAMES: Record<string, string> = { feature_flag_key: "get_feature_flag_key", holdout_id: "holdout" };

function rejectUnexpectedKeys(body: JsonRecord, flagKey: string | undefined): void {
  const keys = Object.keys(body)
    .map((key) => SOURCE_NAMES[key] ?? key)
    .filter((key) => (WRITABLE.has(key) || key === "get_feature_flag_key" || key === "holdout") && !UPDATABLE.has(key))
    .filter((key) => !(key === "get_feature_flag_key" && body.feature_flag_key === flagKey))
    .sort();
  if (keys.length > 0) throw validationError(null, `Can't update keys: ${keys.join(", ")} on Experiment`);
}

function variantKeys(filters: JsonRecord): string[] {
  const multivariate = filters.multivariate;
  return isRecord(multivariate) && Array.isArray(multivariate.variants) ? multivariate.variants.filter(isRecord).map((variant) => String(variant.key)) : [];
}

/**
 * A PATCH/PUT through `ExperimentSerializer.update` and `ExperimentService.update_experiment`.
 * Metric lists sent get uuids again (missing ones are new), flag config (the `feature_flag` object
 * or changed deprecated `parameters` keys) and the holdout sync onto the flag only while the
 * experiment is a draft (or with `update_feature_flag_params`), and the stored `parameters` never
 * keep flag config.
 */
export function updateExperiment(context: ResourceContext, experiment: ExperimentRecord): ResourceResponse {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const flag = flagOf(project, experiment);
  const draft = experiment.start_date === null;

  const name = readString(body, "name", { maxLength: 400 });
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: 3000 });
  readChoice(body, "type", ["web", "product"], { allowNull: true });
  const startDate = readDate(body, "start_date");
  const endDate = readDate(body, "end_date");
  const rawParameters = readObject(body, "parameters", { allowNull: true });
  const allowUnknownEvents = readBoolean(body, "allow_unknown_events") === true;
  const optIn = readBoolean(body, "update_feature_flag_params") === true;
  const holdout = readHoldout(project, body);
  const filters = readFilters(body);
  const conclusion = readChoice(body, "conclusion", CONCLUSIONS, { allowNull: true });
  const comment = readString(body, "conclusion_comment", { allowNull: true, allowBlank: true, maxLength: 4000 });
  const exposure = readExposureCriteria(body);
  const stats = readObject(body, "stats_config", { allowNull: true });
  const archived = readBoolean(body, "archived");
  const deleted = readBoolean(body, "deleted", { allowNull: true });
  const matured = readBoolean(body, "only_count_matured_users");
  assertDateRange(startDate, endDate);

  const config = requestedFlagConfig(body, flag);
  if (config !== undefined && !draft && !optIn) {
    throw validationError("feature_flag", "This experiment is running. To change its flag config, send update_feature_flag_params=true (or edit the feature flag directly).");
  }

  const links = readSavedMetricLinks(project, body);
  const seen = new Set<string>();
  if (hasField(body, "metrics") && !hasField(body, "metrics_secondary")) for (const metric of experiment.metrics_secondary) seen.add(String(metric.uuid));
  if (hasField(body, "metrics_secondary") && !hasField(body, "metrics")) for (const metric of experiment.metrics) seen.add(String(metric.uuid));
  const savedUuids = savedMetricUuids(project, links ?? experiment.saved_metrics);
  for (const uuid of [...savedUuids.primary, ...savedUuids.secondary]) seen.add(uuid);
  const metrics = readMetricList(project, body, "metrics", seen, allowUnknownEvents);
  const metricsSecondary = readMetricList(project, body, "metrics_secondary", seen, allowUnknownEvents);

  if (experiment.deleted && deleted === false && flag?.deleted) {
    throw validationError(null, "Cannot restore experiment: the linked feature flag has been deleted. Restore the feature flag first, then restore the experiment.");
  }
  if (draft && startDate) {
    if (flag?.deleted) throw validationError(null, "Experiment cannot be launched because its feature flag has been deleted.");
    if (flag !== undefined) assertExperimentFlag(flag);
  }
  rejectUnexpectedKeys(body, flag?.key);
  if (!draft && holdout !== undefined && (holdout?.id ?? null) !== experiment.holdout_id) throw validationError(null, "Can't update holdout on running Experiment");

  if (flag !== undefined && (draft || optIn) && (config !== undefined || holdout !== undefined)) {
    const linkedHoldout = holdout === undefined ? project.holdouts.find((candidate) => candidate.id === experiment.holdout_id) : (holdout ?? undefined);
    const changes: JsonRecord = { filters: syncedFlagFilters(flag, config, linkedHoldout) };
    if (config?.continuity !== undefined) changes.ensure_experience_continuity = config.continuity;
    updateFeatureFlag(project, flag, changes);
  }
  if (hasField(body, "stats_config") || config?.variants !== undefined) {
    const keys = config?.variants?.map((variant) => String(variant.key)) ?? (flag === undefined ? [] : variantKeys(effectiveFilters(flag)));
    assertStatsConfig(stats === undefined ? experiment.stats_config : stats, keys);
  }

  const before = { primary: experiment.metrics.map((metric) => String(metric.uuid)), secondary: experiment.metrics_secondary.map((metric) => String(metric.uuid)) };
  const beforeSaved = savedMetricUuids(project, experiment.saved_metrics);
  if (hasField(body, "primary_metrics_ordered_uuids")) experiment.primary_metrics_ordered_uuids = readList(body, "primary_metrics_ordered_uuids", { allowNull: true })?.map(String) ?? null;
  if (hasField(body, "secondary_metrics_ordered_uuids")) experiment.secondary_metrics_ordered_uuids = readList(body, "secondary_metrics_ordered_uuids", { allowNull: true })?.map(String) ?? null;
  if (metrics !== undefined) {
    experiment.metrics = metrics;
    experiment.primary_metrics_ordered_uuids = syncOrdering(experiment.primary_metrics_ordered_uuids, before.primary, metrics.map((metric) => String(metric.uuid)));
  }
  if (metricsSecondary !== undefined) {
    experiment.metrics_secondary = metricsSecondary;
    experiment.secondary_metrics_ordered_uuids = syncOrdering(experiment.secondary_metrics_ordered_uuids, before.secondary, metricsSecondary.map((metric) => String(metric.uuid)));
  }
  if (links !== undefined) {
    experiment.saved_metrics = buildLinks(() => allocateId(state, "experiment_saved_metric_link"), links, experiment.saved_metrics);
    const afterSaved = savedMetricUuids(project, experiment.saved_metrics);
    experiment.primary_metrics_ordered_uuids = syncOrdering(experiment.primary_metrics_ordered_uuids, beforeSaved.primary, afterSaved.primary);
    experiment.secondary_metrics_ordered_uuids = syncOrdering(experiment.secondary_metrics_ordered_uuids, beforeSaved.secondary, afterSaved.secondary);
  }
  const saved = savedMetricUuids(project, experiment.saved_metrics);
  assertOrdering(experiment.primary_metrics_ordered_uuids, [...experiment.metrics.map((metric) => String(metric.uuid)), ...saved.primary], "primary_metrics_ordered_uuids");
  assertOrdering(experiment.secondary_metrics_ordered_uuids, [...experiment.metrics_secondary.map((metric) => String(metric.uuid)), ...saved.secondary], "secondary_metrics_ordered_uuids");

  if (draft && startDate && flag !== undefined) {
    flag.active = true;
    flag.updated_at = isoNow();
  }
  if (name !== undefined && name !== null) experiment.name = name;
  if (description !== undefined) experiment.description = description;
  if (rawParameters !== undefined) experiment.parameters = rawParameters === null ? {} : stripFlagConfig(rawParameters);
  if (filters !== undefined) experiment.filters = filters;
  if (holdout !== undefined) experiment.holdout_id = holdout?.id ?? null;
  if (exposure !== undefined) experiment.exposure_criteria = exposure;
  if (stats !== undefined) experiment.stats_config = stats;
  const scheduling = readObject(body, "scheduling_config", { allowNull: true });
  if (scheduling !== undefined) experiment.scheduling_config = scheduling;
  const runningTime = readObject(body, "running_time_calculation", { allowNull: true });
  if (runningTime !== undefined) experiment.running_time_calculation = runningTime;
  if (hasField(body, "excluded_variants")) experiment.excluded_variants = (readList(body, "excluded_variants", { allowNull: true }) as string[] | null) ?? null;
  if (matured !== undefined && matured !== null) experiment.only_count_matured_users = matured;
  if (conclusion !== undefined) experiment.conclusion = conclusion === null ? null : String(conclusion);
  if (comment !== undefined) experiment.conclusion_comment = comment;
  if (archived !== undefined && archived !== null) experiment.archived = archived;
  if (deleted !== undefined && deleted !== null) experiment.deleted = deleted;
  if (startDate !== undefined) experiment.start_date = startDate;
  if (endDate !== undefined) experiment.end_date = endDate;
  refreshFingerprints(experiment);
  experiment.updated_at = isoNow();
  return ok(serializeExperiment(project, experiment));
}
