import { isRecord, type JsonRecord } from "../json.js";
import type { FeatureFlagRecord, ProjectState } from "../state.js";
import { featuresOfFlag } from "./early-access-features.js";
import { isExperimentRunning } from "./experiment-status.js";

/**
 * The filters PostHog returns (`get_filters`): stored filters when they have `groups`, otherwise the
 * legacy conversion, which is what a flag created without filters reads back as.
 */
export function effectiveFilters(flag: FeatureFlagRecord): JsonRecord {
  if (Object.hasOwn(flag.filters, "groups")) return flag.filters;
  const properties = Array.isArray(flag.filters.properties) ? flag.filters.properties : [];
  return { groups: [{ properties, rollout_percentage: null }] };
}

/** How many variants a flag's effective filters declare (0 for a boolean flag). */
export function variantCount(flag: FeatureFlagRecord): number {
  const multivariate = effectiveFilters(flag).multivariate;
  return isRecord(multivariate) && Array.isArray(multivariate.variants) ? multivariate.variants.length : 0;
}

/** The FeatureFlagSerializer shape. */
export function serializeFeatureFlag(project: ProjectState, flag: FeatureFlagRecord): JsonRecord {
  const experiments = project.experiments.filter((experiment) => experiment.feature_flag_id === flag.id && !experiment.deleted);
  const variants = variantCount(flag);
  return {
    id: flag.id,
    name: flag.name,
    key: flag.key,
    filters: effectiveFilters(flag),
    deleted: flag.deleted,
    active: flag.active,
    archived: flag.archived,
    created_by: flag.created_by,
    created_at: flag.created_at,
    updated_at: flag.updated_at,
    version: flag.version,
    last_modified_by: flag.last_modified_by,
    ensure_experience_continuity: flag.ensure_experience_continuity,
    experiment_set: experiments.map((experiment) => experiment.id),
    experiment_set_metadata: experiments.map((experiment) => ({ id: experiment.id, name: experiment.name, is_running: isExperimentRunning(experiment) })),
    surveys: [],
    features: featuresOfFlag(project, flag),
    can_edit: true,
    tags: flag.tags,
    evaluation_contexts: [],
    usage_dashboard: null,
    analytics_dashboards: flag.analytics_dashboards,
    has_enriched_analytics: flag.has_enriched_analytics,
    user_access_level: "editor",
    is_remote_configuration: flag.is_remote_configuration,
    has_encrypted_payloads: flag.has_encrypted_payloads,
    status: flag.deleted ? "DELETED" : "ACTIVE",
    evaluation_runtime: flag.evaluation_runtime,
    bucketing_identifier: flag.bucketing_identifier,
    last_called_at: null,
    is_used_in_replay_settings: isUsedInReplaySettings(project, flag),
    is_eligible_for_experiment: variants >= 2 && variants <= 20,
  };
}

/** Whether the project's replay settings link this flag, which blocks deleting it. */
export function isUsedInReplaySettings(project: ProjectState, flag: FeatureFlagRecord): boolean {
  const linked = project.settings.session_recording_linked_flag;
  return isRecord(linked) && linked.id === flag.id;
}

/** The minimal flag shape embedded in experiments. */
export function serializeMinimalFlag(project: ProjectState, flag: FeatureFlagRecord): JsonRecord {
  return {
    id: flag.id,
    team_id: project.id,
    name: flag.name,
    key: flag.key,
    filters: effectiveFilters(flag),
    deleted: flag.deleted,
    active: flag.active,
    ensure_experience_continuity: flag.ensure_experience_continuity,
    version: flag.version,
    evaluation_runtime: flag.evaluation_runtime,
    bucketing_identifier: flag.bucketing_identifier,
    evaluation_contexts: [],
  };
}
