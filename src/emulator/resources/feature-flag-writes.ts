import { isoNow } from "../clock.js";
import { conflict, validationError } from "../errors.js";
import { isJsonEqual, isRecord, type JsonRecord } from "../json.js";
import { allocateId, type EmulatorState, type FeatureFlagRecord, type ProjectState } from "../state.js";
import { currentUser, EMULATOR_USER } from "../users.js";
import { featuresOfFlag } from "./early-access-features.js";
import { isExperimentRunning } from "./experiment-status.js";
import { flagDependencies, readFlagInput, type FlagInput } from "./feature-flag-input.js";
import { effectiveFilters, isUsedInReplaySettings } from "./feature-flag-serializer.js";

const TOMBSTONE_PATTERN = /:deleted:\d+$/;

function activeDependents(project: ProjectState, flag: FeatureFlagRecord): FeatureFlagRecord[] {
  return project.featureFlags.filter((candidate) => candidate !== flag && !candidate.deleted && candidate.active && flagDependencies(candidate.filters).includes(flag.id));
}

function describeFlags(flags: readonly FeatureFlagRecord[]): string {
  return flags.map((flag) => `${flag.key} (ID: ${flag.id})`).join(", ");
}

/** Frees a key held by soft-deleted flags: tombstoned when an experiment still references the flag, hard-deleted otherwise. */
function freeKeyHeldBySoftDeletedFlags(project: ProjectState, key: string, exclude: FeatureFlagRecord | undefined): void {
  for (const flag of project.featureFlags.filter((candidate) => candidate.deleted && candidate.key === key && candidate !== exclude)) {
    if (project.experiments.some((experiment) => experiment.feature_flag_id === flag.id)) flag.key = `${flag.key}:deleted:${flag.id}`;
    else project.featureFlags = project.featureFlags.filter((candidate) => candidate !== flag);
  }
}

/** Creates a flag from a request body; also used by experiments, which create their flag through the flag serializer. */
export function createFeatureFlag(state: EmulatorState, project: ProjectState, body: JsonRecord): FeatureFlagRecord {
  const input = readFlagInput(project, body, undefined);
  const key = input.key ?? "";
  freeKeyHeldBySoftDeletedFlags(project, key, undefined);
  const now = isoNow();
  const flag: FeatureFlagRecord = {
    id: allocateId(state, "feature_flag"),
    key,
    name: input.name ?? "",
    filters: input.filters ?? {},
    active: input.active ?? true,
    deleted: input.deleted ?? false,
    archived: input.archived ?? false,
    ensure_experience_continuity: input.ensure_experience_continuity ?? false,
    evaluation_runtime: input.evaluation_runtime ?? "all",
    bucketing_identifier: input.bucketing_identifier ?? "distinct_id",
    is_remote_configuration: input.is_remote_configuration ?? false,
    has_encrypted_payloads: input.has_encrypted_payloads ?? false,
    has_enriched_analytics: input.has_enriched_analytics ?? false,
    tags: input.tags ?? [],
    analytics_dashboards: input.analytics_dashboards ?? [],
    version: 1,
    creation_context: input.creation_context ?? "feature_flags",
    created_at: now,
    created_by: currentUser(),
    updated_at: now,
    last_modified_by: currentUser(),
  };
  project.featureFlags.push(flag);
  return flag;
}

const COMPARABLE_FIELDS = [
  "name", "key", "filters", "deleted", "active", "archived", "ensure_experience_continuity", "evaluation_runtime", "bucketing_identifier",
  "is_remote_configuration", "has_encrypted_payloads", "has_enriched_analytics", "tags", "analytics_dashboards",
] as const;

function currentValue(flag: FeatureFlagRecord, field: (typeof COMPARABLE_FIELDS)[number]): unknown {
  return field === "filters" ? effectiveFilters(flag) : flag[field];
}

/**
 * Optimistic concurrency: a body `version` that differs from the stored one is checked field by field
 * against the body's `original_flag`; a field changed by someone else meanwhile is a 409, and fields the
 * client merely echoed back unchanged are dropped so they cannot overwrite newer values.
 */
function resolveVersionConflict(flag: FeatureFlagRecord, body: JsonRecord, input: FlagInput): void {
  const version = body.version;
  if (version === undefined || version === -1 || version === flag.version) return;
  const original = isRecord(body.original_flag) ? body.original_flag : {};
  const requested = COMPARABLE_FIELDS.filter((field) => input[field] !== undefined);
  const conflicting = requested.filter((field) => Object.hasOwn(original, field) && !isJsonEqual(currentValue(flag, field), original[field]));
  if (conflicting.length > 0) {
    throw conflict(`The feature flag was updated by ${flag.last_modified_by?.email ?? "another user"} since you started editing it. Please refresh and try again.`);
  }
  for (const field of requested) {
    if (Object.hasOwn(original, field) && isJsonEqual(body[field], original[field])) delete input[field];
  }
}

/** Applies a PATCH/PUT body to a flag (soft-deleted flags included, as PostHog allows); experiments sync their flag config through it, as PostHog routes it through the flag serializer. */
export function updateFeatureFlag(project: ProjectState, flag: FeatureFlagRecord, body: JsonRecord): FeatureFlagRecord {
  const input = readFlagInput(project, body, flag);

  if (input.deleted === true) {
    if (featuresOfFlag(project, flag).length > 0) {
      throw validationError(null, "Cannot delete a feature flag that is in use with early access features. Please delete the early access feature before deleting the flag.");
    }
    const running = project.experiments.filter((experiment) => experiment.feature_flag_id === flag.id && !experiment.deleted && isExperimentRunning(experiment));
    if (running.length > 0) {
      const names = running.map((experiment) => `"${experiment.name}" (ID: ${experiment.id})`).join(", ");
      throw validationError(null, `Cannot delete a feature flag that is linked to running experiment(s): ${names}. Please stop the experiment(s) before deleting the flag.`);
    }
    const dependents = activeDependents(project, flag);
    if (dependents.length > 0) throw validationError(null, `Cannot delete this feature flag because other flags depend on it: ${describeFlags(dependents)}.`);
    if (isUsedInReplaySettings(project, flag)) {
      throw validationError(null, "Cannot delete a feature flag that is used in session replay settings. Remove it from the replay settings first.");
    }
    if (project.experiments.some((experiment) => experiment.feature_flag_id === flag.id)) input.key = `${flag.key.replace(TOMBSTONE_PATTERN, "")}:deleted:${flag.id}`;
  }
  if (input.deleted === false && TOMBSTONE_PATTERN.test(flag.key)) {
    const original = flag.key.replace(TOMBSTONE_PATTERN, "");
    let candidate = original;
    for (let suffix = 2; project.featureFlags.some((other) => other !== flag && other.key === candidate); suffix += 1) candidate = `${original}-${suffix}`;
    input.key = candidate;
  }
  if (input.active === false && flag.active) {
    const dependents = activeDependents(project, flag);
    if (dependents.length > 0) throw validationError(null, `Cannot disable this feature flag because other flags depend on it: ${describeFlags(dependents)}.`);
  }
  if (input.active === true && !flag.active) {
    const disabled = flagDependencies(input.filters ?? flag.filters)
      .map((id) => project.featureFlags.find((candidate) => candidate.id === id))
      .filter((candidate): candidate is FeatureFlagRecord => candidate !== undefined && !candidate.active);
    if (disabled.length > 0) {
      throw validationError(null, `Cannot enable this feature flag because it depends on disabled flags: ${describeFlags(disabled)}. Please enable the dependency flags first.`);
    }
  }

  resolveVersionConflict(flag, body, input);
  if (input.key !== undefined && input.key !== flag.key && (input.deleted ?? flag.deleted) === false) freeKeyHeldBySoftDeletedFlags(project, input.key, flag);

  for (const field of COMPARABLE_FIELDS) {
    const value = input[field];
    if (value !== undefined) Object.assign(flag, { [field]: value });
  }
  flag.version += 1;
  flag.updated_at = isoNow();
  flag.last_modified_by = { ...EMULATOR_USER };
  return flag;
}
