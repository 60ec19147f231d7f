import { validationError } from "../errors.js";
import { hasField, readBoolean, readChoice, readInteger, readList, readObject, readString } from "../fields.js";
import { cloneJson, isRecord, type JsonRecord } from "../json.js";
import type { FeatureFlagRecord, ProjectState } from "../state.js";
import { readTags } from "../tags.js";
import { isExperimentRunning } from "./experiment-status.js";
import { collectCrossFieldViolations, normalizeFilterStructure, rejectFilters } from "./flag-filters.js";

const KEY_PATTERN = /^[a-zA-Z0-9_-]+$/;
const CREATION_CONTEXTS = ["feature_flags", "experiments", "surveys", "early_access_features", "web_experiments", "product_tours"];
const REQUIRE_TAGS_ON_CREATE = "Add at least one tag. This project requires new feature flags to be tagged.";
const REQUIRE_TAGS_ON_UPDATE = "This project requires feature flags to be tagged. Keep at least one tag.";

/** A flag request body after validation: only the fields it sent, in stored form. */
export interface FlagInput {
  name?: string;
  key?: string;
  filters?: JsonRecord;
  deleted?: boolean;
  active?: boolean;
  archived?: boolean;
  ensure_experience_continuity?: boolean | null;
  evaluation_runtime?: string | null;
  bucketing_identifier?: string | null;
  is_remote_configuration?: boolean | null;
  has_encrypted_payloads?: boolean | null;
  has_enriched_analytics?: boolean | null;
  tags?: string[];
  analytics_dashboards?: number[];
  creation_context?: string;
}

/** Reads and validates a flag body in serializer field order; `existing` is the flag being updated. */
export function readFlagInput(project: ProjectState, body: JsonRecord, existing: FeatureFlagRecord | undefined): FlagInput {
  const input: FlagInput = {};
  const name = readString(body, "name", { allowBlank: true });
  if (name !== undefined && name !== null) input.name = name;

  const key = readString(body, "key", { required: existing === undefined, maxLength: 400 });
  if (key !== undefined && key !== null) {
    if (existing === undefined || key !== existing.key) {
      if (project.featureFlags.some((flag) => flag !== existing && !flag.deleted && flag.key === key)) {
        throw validationError("key", "There is already a feature flag with this key.", "unique");
      }
    }
    if (!KEY_PATTERN.test(key)) throw validationError("key", "Only letters, numbers, hyphens (-) & underscores (_) are allowed.", "invalid_key");
    input.key = key;
  }

  const filters = readObject(body, "filters");
  if (filters !== undefined && filters !== null) input.filters = validateFlagFilters(project, filters, existing);

  for (const field of ["deleted", "active", "archived"] as const) {
    const value = readBoolean(body, field);
    if (value !== undefined && value !== null) input[field] = value;
  }
  readInteger(body, "version");
  for (const field of ["ensure_experience_continuity", "is_remote_configuration", "has_encrypted_payloads", "has_enriched_analytics"] as const) {
    const value = readBoolean(body, field, { allowNull: true });
    if (value !== undefined) input[field] = value;
  }
  const runtime = readChoice(body, "evaluation_runtime", ["server", "client", "all"], { allowNull: true });
  if (runtime !== undefined) input.evaluation_runtime = runtime === null ? null : String(runtime);
  const bucketing = readChoice(body, "bucketing_identifier", ["distinct_id", "device_id"], { allowNull: true });
  if (bucketing !== undefined) input.bucketing_identifier = bucketing === null ? null : String(bucketing);
  const tags = readTags(body);
  if (tags !== undefined) input.tags = tags;
  validateEvaluationContexts(body);
  const dashboards = readList(body, "analytics_dashboards");
  if (dashboards !== undefined && dashboards !== null) input.analytics_dashboards = readDashboardIds(project, dashboards);
  const creationContext = readChoice(body, "creation_context", CREATION_CONTEXTS);
  if (typeof creationContext === "string") input.creation_context = creationContext;
  readString(body, "_create_in_folder", { allowBlank: true });

  validateFlagState(project, input, existing);
  return input;
}

function validateEvaluationContexts(body: JsonRecord): void {
  if (!hasField(body, "evaluation_contexts") || body.evaluation_contexts === null) return;
  const raw = body.evaluation_contexts;
  if (!Array.isArray(raw) || raw.length > 50) throw validationError(null, "evaluation_contexts must be a list of at most 50 items.");
  if (raw.some((item) => typeof item !== "string" || item.length > 255)) throw validationError(null, "Invalid evaluation context name.");
}

function readDashboardIds(project: ProjectState, values: readonly unknown[]): number[] {
  return values.map((value) => {
    const id = typeof value === "number" ? value : Number.NaN;
    if (!project.dashboards.some((dashboard) => dashboard.id === id && !dashboard.deleted)) {
      throw validationError("analytics_dashboards", `Invalid pk "${String(value)}" - object does not exist.`, "does_not_exist");
    }
    return id;
  });
}

/** PostHog's object-level `validate()`: cross-field rules between top-level flag fields. */
function validateFlagState(project: ProjectState, input: FlagInput, existing: FeatureFlagRecord | undefined): void {
  const bucketing = input.bucketing_identifier !== undefined ? input.bucketing_identifier : existing?.bucketing_identifier;
  const continuity = input.ensure_experience_continuity !== undefined ? input.ensure_experience_continuity : existing?.ensure_experience_continuity;
  const alreadyCombined = existing?.bucketing_identifier === "device_id" && existing.ensure_experience_continuity === true;
  if (bucketing === "device_id" && continuity === true && !alreadyCombined) {
    throw validationError(null, "Cannot enable 'persist across authentication steps' when using device ID bucketing. These features are incompatible.");
  }
  const encrypted = input.has_encrypted_payloads ?? existing?.has_encrypted_payloads ?? false;
  const remote = input.is_remote_configuration ?? existing?.is_remote_configuration ?? false;
  if (encrypted && !remote) throw validationError(null, "Encrypted payloads require the flag to be a remote configuration.");
  const archived = input.archived ?? existing?.archived ?? false;
  const active = input.active ?? existing?.active ?? true;
  if (archived && active) {
    if (input.archived) throw validationError(null, "Cannot archive an enabled feature flag. Disable it first, or send active: false in the same request.");
    throw validationError(null, "Cannot enable an archived feature flag. Unarchive it first.");
  }
  if (existing === undefined && input.is_remote_configuration === true) applyRemoteConfigDefaults(input);

  const requireTags = isRecord(project.settings.feature_flag_policy_config) && project.settings.feature_flag_policy_config.require_tags === true;
  const exempt = input.creation_context !== undefined && input.creation_context !== "feature_flags";
  if (requireTags && !exempt) {
    if (existing === undefined && (input.tags ?? []).length === 0) throw validationError("tags", REQUIRE_TAGS_ON_CREATE);
    if (existing !== undefined && input.tags !== undefined && input.tags.length === 0 && existing.tags.length > 0) {
      throw validationError("tags", REQUIRE_TAGS_ON_UPDATE);
    }
  }
}

function applyRemoteConfigDefaults(input: FlagInput): void {
  const filters = input.filters ?? {};
  const groups = Array.isArray(filters.groups) ? filters.groups.filter(isRecord) : [];
  if (groups.length === 0) filters.groups = [{ properties: [], rollout_percentage: 100, variant: null }];
  for (const group of groups) if (group.rollout_percentage === 0 || group.rollout_percentage === null || group.rollout_percentage === undefined) group.rollout_percentage = 100;
  input.filters = filters;
}

/**
 * PostHog's `validate_filters`: on update the request's top-level keys replace the stored ones
 * (`filters: {}` is a no-op, `groups: []` clears targeting); on create at least one group is required.
 * Then the structural and cross-field tiers run on the merged state, followed by the contextual checks
 * (regex syntax, cohort existence, flag dependencies).
 */
function validateFlagFilters(project: ProjectState, filters: JsonRecord, existing: FeatureFlagRecord | undefined): JsonRecord {
  if (Object.hasOwn(filters, "version")) throw validationError("filters", "filters.version is reserved. Remove it from the request.", "reserved_config_version");
  if (existing !== undefined && Object.keys(filters).length === 0) return cloneJson(existing.filters);
  const merged = existing === undefined ? cloneJson(filters) : { ...cloneJson(existing.filters), ...cloneJson(filters) };
  const normalized = normalizeFilterStructure(merged);
  const groups = (normalized.groups as JsonRecord[]) ?? [];
  if (existing === undefined && groups.length === 0) throw validationError("filters", "Feature flags must have at least one condition set (group).");

  if (existing !== undefined) rejectRemovedVariantsOfRunningExperiments(project, existing, normalized);

  const flagLevelAggregation = normalized.aggregation_group_type_index ?? null;
  for (const group of groups) if (!Object.hasOwn(group, "aggregation_group_type_index")) group.aggregation_group_type_index = flagLevelAggregation;
  if (groups.length > 0) {
    const first = groups[0]?.aggregation_group_type_index ?? null;
    normalized.aggregation_group_type_index = groups.every((group) => (group.aggregation_group_type_index ?? null) === first) ? first : null;
  }

  const violation = collectCrossFieldViolations(normalized)[0];
  if (violation !== undefined) rejectFilters(violation);
  validateContextualRules(project, normalized, existing);
  return normalized;
}

function rejectRemovedVariantsOfRunningExperiments(project: ProjectState, flag: FeatureFlagRecord, filters: JsonRecord): void {
  const keysOf = (value: JsonRecord) => {
    const multivariate = value.multivariate;
    return isRecord(multivariate) && Array.isArray(multivariate.variants) ? multivariate.variants.filter(isRecord).map((variant) => String(variant.key)) : [];
  };
  const remaining = new Set(keysOf(filters));
  const removed = keysOf(flag.filters).filter((key) => !remaining.has(key));
  if (removed.length === 0) return;
  const running = project.experiments.filter((experiment) => experiment.feature_flag_id === flag.id && !experiment.deleted && isExperimentRunning(experiment));
  if (running.length === 0) return;
  const names = running.map((experiment) => `"${experiment.name}" (ID: ${experiment.id})`).join(", ");
  throw validationError(
    "filters",
    `Cannot remove variant(s) ${removed.map((key) => `'${key}'`).join(", ")} from a feature flag that is linked to running experiment(s): ${names}. Please stop the experiment(s) before removing variants.`,
  );
}

function flagProperties(filters: JsonRecord): { path: string; property: JsonRecord }[] {
  const found: { path: string; property: JsonRecord }[] = [];
  const groups = Array.isArray(filters.groups) ? filters.groups : [];
  groups.forEach((group, groupIndex) => {
    if (!isRecord(group) || !Array.isArray(group.properties)) return;
    group.properties.forEach((property, propertyIndex) => {
      if (isRecord(property)) found.push({ path: `groups[${groupIndex}].properties[${propertyIndex}]`, property });
    });
  });
  return found;
}

/** Ids of flags a flag's filters depend on through `type: "flag"` properties. */
export function flagDependencies(filters: JsonRecord): number[] {
  return flagProperties(filters)
    .filter(({ property }) => property.type === "flag")
    .map(({ property }) => Number(property.key))
    .filter((id) => Number.isInteger(id));
}

/** Ids of cohorts a flag's filters target. */
export function cohortReferences(filters: JsonRecord): number[] {
  return flagProperties(filters)
    .filter(({ property }) => property.type === "cohort")
    .map(({ property }) => Number(property.value))
    .filter((id) => Number.isInteger(id));
}

function validateContextualRules(project: ProjectState, filters: JsonRecord, existing: FeatureFlagRecord | undefined): void {
  const existingPatterns = new Set(
    flagProperties(existing?.filters ?? {})
      .filter(({ property }) => property.operator === "regex" || property.operator === "not_regex")
      .map(({ property }) => property.value),
  );
  for (const { path, property } of flagProperties(filters)) {
    if ((property.operator === "regex" || property.operator === "not_regex") && typeof property.value === "string" && !existingPatterns.has(property.value)) {
      try {
        new RegExp(property.value);
      } catch {
        throw validationError("filters", `${path}.value: invalid regex pattern`);
      }
    }
    if (property.type === "cohort") validateCohortReference(project, property.value);
    if (property.type === "flag") validateFlagReference(project, property.key, existing);
  }
}

function validateCohortReference(project: ProjectState, value: unknown): void {
  const cohort = project.cohorts.find((candidate) => String(candidate.id) === String(value));
  if (cohort === undefined) throw validationError("filters", `Cohort with id ${String(value)} does not exist`, "cohort_does_not_exist");
  if (!cohort.is_static && JSON.stringify(cohort.filters ?? {}).includes('"type":"behavioral"')) {
    throw validationError("filters", `Cohort '${cohort.name ?? ""}' with filters on events cannot be used in feature flags.`, "behavioral_cohort_found");
  }
}

function validateFlagReference(project: ProjectState, reference: unknown, existing: FeatureFlagRecord | undefined): void {
  const id = Number(reference);
  if (!Number.isInteger(id) || typeof reference === "boolean") {
    throw validationError("filters", `Flag dependencies must reference flag IDs (integers), not flag keys. Invalid reference: '${String(reference)}'`);
  }
  if (existing !== undefined && id === existing.id) throw validationError("filters", "A feature flag cannot depend on itself.");
  const target = project.featureFlags.find((flag) => flag.id === id && !flag.deleted);
  if (target === undefined) throw validationError("filters", `Flag dependency references non-existent flag with ID ${id}`);
  if (!target.active) {
    throw validationError("filters", `Cannot create dependency on disabled flag '${target.key}' (ID: ${id}). Flag dependencies must reference active flags only.`);
  }
  if (existing !== undefined && dependsOn(project, target, existing.id, new Set())) {
    throw validationError("filters", `Circular dependency detected: flag '${existing.key}' (ID: ${existing.id}) is already a dependency of '${target.key}' (ID: ${target.id}).`);
  }
}

function dependsOn(project: ProjectState, flag: FeatureFlagRecord, targetId: number, visited: Set<number>): boolean {
  if (visited.has(flag.id)) return false;
  visited.add(flag.id);
  return flagDependencies(flag.filters).some((id) => {
    if (id === targetId) return true;
    const next = project.featureFlags.find((candidate) => candidate.id === id);
    return next !== undefined && dependsOn(project, next, targetId, visited);
  });
}
