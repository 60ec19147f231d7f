import { notFound } from "../errors.js";
import { parseIntegerId } from "../fields.js";
import { cloneJson, isRecord, type JsonRecord } from "../json.js";
import type { ExperimentRecord, FeatureFlagRecord, ProjectState } from "../state.js";
import { projectParameters } from "./experiment-flag-config.js";
import { serializeHoldout } from "./experiment-holdouts.js";
import { fingerprintMetric, refreshActionNames } from "./experiment-metrics.js";
import { deriveExperimentStatus } from "./experiment-status.js";
import { serializeMinimalFlag } from "./feature-flag-serializer.js";

const LEGACY_KINDS = new Set(["ExperimentTrendsQuery", "ExperimentFunnelsQuery"]);

/** The experiment's flag (soft-deleted ones included, as the foreign key is). */
export function flagOf(project: ProjectState, experiment: ExperimentRecord): FeatureFlagRecord | undefined {
  return project.featureFlags.find((flag) => flag.id === experiment.feature_flag_id);
}

/** The experiment at `segment`; soft-deleted ones only when a PATCH restores them. */
export function findExperiment(project: ProjectState, segment: string, includeDeleted: boolean): ExperimentRecord {
  const id = parseIntegerId(segment);
  const experiment = project.experiments.find((candidate) => candidate.id === id && (includeDeleted || !candidate.deleted));
  if (experiment === undefined) throw notFound();
  return experiment;
}

/** `experiment_has_legacy_metrics`, over inline metrics and saved-metric queries. */
function isLegacy(project: ProjectState, experiment: ExperimentRecord): boolean {
  const savedQueries = experiment.saved_metrics.map((link) => project.savedMetrics.find((metric) => metric.id === link.saved_metric_id)?.query);
  return [...experiment.metrics, ...experiment.metrics_secondary, ...savedQueries].some((query) => isRecord(query) && LEGACY_KINDS.has(String(query.kind)));
}

/** Running, and the flag's release conditions are ones a person cohort can narrow (no group aggregation, no holdout). */
function canFreezeExposure(experiment: ExperimentRecord, flag: FeatureFlagRecord | undefined): boolean {
  if (flag === undefined || deriveExperimentStatus(experiment, flag) !== "running") return false;
  const filters = flag.filters;
  return experiment.holdout_id === null && (filters.aggregation_group_type_index === undefined || filters.aggregation_group_type_index === null);
}

/**
 * `ExperimentBasicSerializer`, the list shape: the scalar and flag fields only. Metrics, saved
 * metrics, exposure criteria, stats config and `holdout_id` are detail-only.
 */
export function serializeExperimentBasic(project: ProjectState, experiment: ExperimentRecord): JsonRecord {
  const flag = flagOf(project, experiment);
  const holdout = project.holdouts.find((candidate) => candidate.id === experiment.holdout_id);
  return {
    id: experiment.id,
    name: experiment.name,
    description: experiment.description,
    start_date: experiment.start_date,
    end_date: experiment.end_date,
    feature_flag_key: flag?.key.replace(/:deleted:\d+$/, "") ?? null,
    feature_flag: flag === undefined ? null : serializeMinimalFlag(project, flag),
    holdout: holdout === undefined ? null : serializeHoldout(holdout),
    exposure_cohort: null,
    parameters: projectParameters(experiment.parameters, flag),
    running_time_calculation: cloneJson(experiment.running_time_calculation ?? {}),
    excluded_variants: experiment.excluded_variants ?? null,
    archived: experiment.archived,
    deleted: experiment.deleted,
    created_by: experiment.created_by,
    created_at: experiment.created_at,
    updated_at: experiment.updated_at,
    type: experiment.type,
    conclusion: experiment.conclusion,
    conclusion_comment: experiment.conclusion_comment,
    status: deriveExperimentStatus(experiment, flag),
    is_legacy: isLegacy(project, experiment),
    user_access_level: "editor",
  };
}

/**
 * `ExperimentSerializer`, the detail and write response: the list shape plus metrics (ActionsNode
 * names refreshed from the live actions), saved metrics with their query's fingerprint, and the
 * write-side configuration.
 */
export function serializeExperiment(project: ProjectState, experiment: ExperimentRecord): JsonRecord {
  const savedMetrics = experiment.saved_metrics.map((link) => {
    const metric = project.savedMetrics.find((candidate) => candidate.id === link.saved_metric_id);
    const query = isRecord(metric?.query) ? (refreshActionNames(project, metric.query) as JsonRecord) : null;
    return {
      id: link.id,
      experiment: experiment.id,
      saved_metric: link.saved_metric_id,
      metadata: link.metadata,
      created_at: link.created_at,
      query: query === null ? null : { ...query, fingerprint: fingerprintMetric(query, experiment) },
      name: metric?.name ?? null,
    };
  });
  return {
    ...serializeExperimentBasic(project, experiment),
    holdout_id: experiment.holdout_id,
    secondary_metrics: [],
    saved_metrics: savedMetrics,
    filters: experiment.filters,
    exposure_criteria: experiment.exposure_criteria,
    metrics: refreshActionNames(project, experiment.metrics),
    metrics_secondary: refreshActionNames(project, experiment.metrics_secondary),
    stats_config: experiment.stats_config,
    scheduling_config: experiment.scheduling_config,
    primary_metrics_ordered_uuids: experiment.primary_metrics_ordered_uuids,
    secondary_metrics_ordered_uuids: experiment.secondary_metrics_ordered_uuids,
    only_count_matured_users: experiment.only_count_matured_users,
    flag_cleanup_task_id: null,
    can_freeze_exposure: canFreezeExposure(experiment, flagOf(project, experiment)),
  };
}
