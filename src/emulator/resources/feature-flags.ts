import { isoNow } from "../clock.js";
import { conflict, destroyForbidden, endpointNotFound, methodNotAllowed, notFound, validationError } from "../errors.js";
import {
  hasField,
  parseBooleanText,
  parseJsonListParam,
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
import { allocateId, type EmulatorState, type FeatureFlagRecord, type ProjectState } from "../state.js";
import { hasAnyTag, readTags } from "../tags.js";
import { currentUser, EMULATOR_USER } from "../users.js";
import { handleBulkTagUpdate } from "./bulk-tags.js";
import { isExperimentRunning } from "./experiment-status.js";
import { collectCrossFieldViolations, normalizeFilterStructure, rejectFilters } from "./flag-filters.js";
import { created, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";

const KEY_PATTERN = /^[a-zA-Z0-9_-]+$/;
const TOMBSTONE_PATTERN = /:deleted:\d+$/;
const CREATION_CONTEXTS = ["feature_flags", "experiments", "surveys", "early_access_features", "web_experiments", "product_tours"];
const REQUIRE_TAGS_ON_CREATE = "Add at least one tag. This project requires new feature flags to be tagged.";
const REQUIRE_TAGS_ON_UPDATE = "This project requires feature flags to be tagged. Keep at least one tag.";

/**
 * Feature flags (`/api/projects/{id}/feature_flags/`): key rules, filters validation, PATCH merge of
 * top-level filter keys, version bumps and conflicts, soft delete with key tombstones, and the guards
 * PostHog applies around experiments, dependent flags and replay settings.
 */
export const featureFlagsResource: ResourceModule = {
  segment: "feature_flags",
  scopeObject: "feature_flag",
  environmentsAlias: false,
  throttle: "default",
  handle(context: ResourceContext): ResourceResponse {
    const { project, state } = context;
    if (context.id === undefined) {
      if (context.method === "GET") return listFlags(context);
      if (context.method === "POST") return created(serializeFeatureFlag(project, createFeatureFlag(state, project, readRequestBody(context.body))));
      throw methodNotAllowed(context.method);
    }
    if (context.id === "bulk_update_tags" && context.action === undefined) {
      if (context.method !== "POST") throw methodNotAllowed(context.method);
      const live = project.featureFlags.filter((flag) => !flag.deleted);
      return handleBulkTagUpdate(context, live, (flag) => flag.id, (flag) => serializeFeatureFlag(project, flag));
    }
    if (context.action !== undefined) throw endpointNotFound();
    const flag = findFlag(project, context.id);
    if (context.method === "GET") return ok(serializeFeatureFlag(project, flag));
    if (context.method === "PATCH" || context.method === "PUT") {
      return ok(serializeFeatureFlag(project, updateFeatureFlag(project, flag, readRequestBody(context.body))));
    }
    if (context.method === "DELETE") throw destroyForbidden();
    throw methodNotAllowed(context.method);
  },
};

function findFlag(project: ProjectState, segment: string): FeatureFlagRecord {
  const id = parseIntegerId(segment);
  const flag = project.featureFlags.find((candidate) => candidate.id === id);
  if (flag === undefined) throw notFound();
  return flag;
}

/**
 * The filters PostHog returns (`get_filters`): stored filters when they have `groups`, otherwise the
 * legacy conversion, which is what a flag created without filters reads back as.
 */
export function effectiveFilters(flag: FeatureFlagRecord): JsonRecord {
  if (Object.hasOwn(flag.filters, "groups")) return flag.filters;
  const properties = Array.isArray(flag.filters.properties) ? flag.filters.properties : [];
  return { groups: [{ properties, rollout_percentage: null }] };
}

function variantCount(flag: FeatureFlagRecord): number {
  const multivariate = effectiveFilters(flag).multivariate;
  return isRecord(multivariate) && Array.isArray(multivariate.variants) ? multivariate.variants.length : 0;
}

/** The FeatureFlagSerializer shape. */
function serializeFeatureFlag(project: ProjectState, flag: FeatureFlagRecord): JsonRecord {
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
    features: [],
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

function isUsedInReplaySettings(project: ProjectState, flag: FeatureFlagRecord): boolean {
  const linked = project.settings.session_recording_linked_flag;
  return isRecord(linked) && linked.id === flag.id;
}

interface FlagInput {
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
function readFlagInput(project: ProjectState, body: JsonRecord, existing: FeatureFlagRecord | undefined): FlagInput {
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
function flagDependencies(filters: JsonRecord): number[] {
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

function listFlags(context: ResourceContext): ResourceResponse {
  const { project, query } = context;
  let flags = project.featureFlags.filter((flag) => !flag.deleted);
  const archived = query.get("archived");
  flags = flags.filter((flag) => flag.archived === (archived !== null && parseBooleanText(archived)));
  const active = query.get("active");
  if (active === "true" || active === "false") flags = flags.filter((flag) => flag.active === (active === "true"));
  const search = query.get("search");
  if (search) flags = flags.filter((flag) => flag.key.toLowerCase().includes(search.toLowerCase()) || flag.name.toLowerCase().includes(search.toLowerCase()));
  const key = query.get("key");
  if (key !== null) flags = flags.filter((flag) => flag.key.toLowerCase() === key.toLowerCase());
  const tags = parseJsonListParam(query.get("tags"));
  if (tags.length > 0) flags = flags.filter((flag) => hasAnyTag(flag.tags, tags));
  const excludedTags = parseJsonListParam(query.get("excluded_tags"));
  if (excludedTags.length > 0) flags = flags.filter((flag) => !hasAnyTag(flag.tags, excludedTags));
  const runtime = query.get("evaluation_runtime");
  if (runtime !== null) flags = flags.filter((flag) => flag.evaluation_runtime === runtime);
  const type = query.get("type");
  if (type === "boolean") flags = flags.filter((flag) => variantCount(flag) === 0 && !flag.is_remote_configuration);
  else if (type === "multivariant") flags = flags.filter((flag) => variantCount(flag) > 0);
  else if (type === "remote_config") flags = flags.filter((flag) => flag.is_remote_configuration === true);
  else if (type === "experiment") flags = flags.filter((flag) => project.experiments.some((experiment) => experiment.feature_flag_id === flag.id && !experiment.deleted));
  flags.sort((left, right) => right.created_at.localeCompare(left.created_at) || right.id - left.id);
  const page = paginate(flags, context.requestUrl);
  return ok({ ...page, results: page.results.map((flag) => serializeFeatureFlag(project, flag)) });
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
