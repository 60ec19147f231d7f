import { validationError } from "../errors.js";
import { cloneJson, isJsonEqual, isRecord, type JsonRecord } from "../json.js";
import type { FeatureFlagRecord, HoldoutRecord } from "../state.js";
import { effectiveFilters } from "./feature-flag-serializer.js";

/** `ExperimentService.FEATURE_FLAG_CONFIG_KEYS`: flag config that lives on the flag, never in the stored `parameters`. */
const FLAG_CONFIG_KEYS = ["feature_flag_variants", "rollout_percentage", "aggregation_group_type_index"] as const;
const INPUT_KEYS = new Set(["id", "filters", "ensure_experience_continuity"]);
const FILTER_KEYS = new Set(["groups", "multivariate", "aggregation_group_type_index", "payloads"]);

/** `DEFAULT_VARIANTS` of `experiment_service.py`, used when a new flag gets no variants. */
const DEFAULT_VARIANTS: readonly JsonRecord[] = [
  { key: "control", name: "Control Group", rollout_percentage: 50 },
  { key: "test", name: "Test Variant", rollout_percentage: 50 },
];

/** Flag config an experiment write carries, in the flag's own terms; absent members are left as they are. */
export interface FlagConfig {
  variants?: JsonRecord[];
  rollout?: number;
  aggregation?: { value: unknown };
  payloads?: JsonRecord;
  continuity?: boolean | null;
}

/** `_normalized_flag_variants`: a lone case-variant of `control` becomes `control`; `split_percent` wins over `rollout_percentage`. */
function normalizeVariants(variants: readonly unknown[]): JsonRecord[] {
  const copy = variants.map((variant, index) => {
    if (!isRecord(variant)) throw validationError(null, `Feature flag variant at index ${index} must be an object`);
    if (!Object.hasOwn(variant, "key")) throw validationError(null, `Feature flag variant at index ${index} must have a 'key' field`);
    if (!Object.hasOwn(variant, "split_percent") && !Object.hasOwn(variant, "rollout_percentage")) {
      throw validationError(null, "Each variant must include split_percent (recommended) or rollout_percentage (deprecated).");
    }
    return cloneJson(variant);
  });
  if (!copy.some((variant) => variant.key === "control")) {
    const control = copy.find((variant) => typeof variant.key === "string" && variant.key.toLowerCase() === "control");
    if (control !== undefined) control.key = "control";
  }
  return copy.map(({ split_percent: split, ...variant }) => (split === undefined ? variant : { ...variant, rollout_percentage: split }));
}

/** `_assert_flag_variants_valid`: between 2 and 20 variants, one of them keyed `control`. */
function assertVariantsValid(variants: readonly JsonRecord[]): void {
  if (variants.length >= 21) throw validationError(null, "Feature flag variants must be less than 21");
  if (variants.length === 0) return;
  if (variants.length < 2) throw validationError(null, "Feature flag must have at least 2 variants (control and at least one test variant)");
  const keys = variants.map((variant) => variant.key);
  if (!keys.includes("control")) {
    const listed = `[${keys.map((key) => `'${String(key)}'`).join(", ")}]`;
    throw validationError(null, `Feature flag variants must contain a variant with key 'control' (lowercase, exactly). Got keys: ${listed}. Rename the baseline variant's 'key' to 'control'.`);
  }
}

/** `_strip_feature_flag_config`: what PostHog stores of a `parameters` body. */
export function stripFlagConfig(parameters: JsonRecord | null): JsonRecord {
  const copy = cloneJson(parameters ?? {});
  for (const key of FLAG_CONFIG_KEYS) delete copy[key];
  return copy;
}

function flagVariants(flag: FeatureFlagRecord): JsonRecord[] {
  const multivariate = effectiveFilters(flag).multivariate;
  return isRecord(multivariate) && Array.isArray(multivariate.variants) ? multivariate.variants.filter(isRecord) : [];
}

/**
 * `_project_feature_flag_config`: reads of `parameters` carry the linked flag's current variants
 * (with `split_percent` added), group-0 rollout, aggregation, payloads and experience continuity,
 * whatever the stored column holds.
 */
export function projectParameters(stored: JsonRecord, flag: FeatureFlagRecord | undefined): JsonRecord {
  const parameters = cloneJson(stored);
  if (flag === undefined) return parameters;
  const filters = effectiveFilters(flag);
  parameters.feature_flag_variants = flagVariants(flag).map((variant) => (Object.hasOwn(variant, "rollout_percentage") ? { ...variant, split_percent: variant.rollout_percentage } : variant));
  const set = (key: string, value: unknown, present: boolean) => {
    if (present) parameters[key] = cloneJson(value);
    else delete parameters[key];
  };
  set("aggregation_group_type_index", filters.aggregation_group_type_index, filters.aggregation_group_type_index !== undefined && filters.aggregation_group_type_index !== null);
  const group = Array.isArray(filters.groups) && isRecord(filters.groups[0]) ? filters.groups[0] : undefined;
  set("rollout_percentage", group?.rollout_percentage, group?.rollout_percentage !== undefined && group.rollout_percentage !== null);
  set("feature_flag_payloads", filters.payloads, isRecord(filters.payloads) && Object.keys(filters.payloads).length > 0);
  set("ensure_experience_continuity", flag.ensure_experience_continuity, flag.ensure_experience_continuity !== null);
  return parameters;
}

function readInputObject(input: JsonRecord): FlagConfig {
  for (const key of Object.keys(input)) if (!INPUT_KEYS.has(key)) throw validationError(["feature_flag", key], "Unsupported key for the experiment feature_flag input.");
  const config: FlagConfig = {};
  if (Object.hasOwn(input, "ensure_experience_continuity")) config.continuity = input.ensure_experience_continuity === null ? null : input.ensure_experience_continuity === true;
  const filters = input.filters;
  if (filters === undefined) return config;
  if (!isRecord(filters)) throw validationError(["feature_flag", "filters"], "Expected a dictionary of items.", "not_a_dict");
  for (const key of Object.keys(filters)) if (!FILTER_KEYS.has(key)) throw validationError(["feature_flag", "filters", key], "Unsupported key for the experiment feature_flag input.");
  if (Array.isArray(filters.groups)) {
    if (filters.groups.length > 1) throw validationError(["feature_flag", "filters", "groups"], "Ensure this field has no more than 1 elements.", "max_length");
    const group = filters.groups[0];
    if (isRecord(group) && Array.isArray(group.properties) && group.properties.length > 0) {
      throw validationError(["feature_flag", "filters", "groups", 0, "properties"], "Ensure this field has no more than 0 elements.", "max_length");
    }
    if (isRecord(group) && typeof group.rollout_percentage === "number") config.rollout = group.rollout_percentage;
  }
  if (isRecord(filters.multivariate) && Array.isArray(filters.multivariate.variants)) config.variants = normalizeVariants(filters.multivariate.variants);
  if (Object.hasOwn(filters, "aggregation_group_type_index")) config.aggregation = { value: filters.aggregation_group_type_index };
  if (isRecord(filters.payloads)) config.payloads = cloneJson(filters.payloads);
  if (config.variants !== undefined) assertVariantsValid(config.variants);
  return config;
}

/**
 * The flag config a create or update asks for (`_normalize_feature_flag_input`): a `feature_flag`
 * object without an `id` (an echoed read is ignored), or else the deprecated `parameters` keys,
 * counting only those that differ from what the flag already has, so a read-modify-write echo is
 * a no-op. Undefined when the request carries none.
 */
export function requestedFlagConfig(body: JsonRecord, flag: FeatureFlagRecord | undefined): FlagConfig | undefined {
  const input = body.feature_flag;
  if (isRecord(input) && (input.id === undefined || input.id === null) && (Object.hasOwn(input, "filters") || Object.hasOwn(input, "ensure_experience_continuity"))) {
    return readInputObject(input);
  }
  const raw = body.parameters;
  if (!isRecord(raw)) return undefined;
  const projected = flag === undefined ? {} : projectParameters({}, flag);
  const changed = FLAG_CONFIG_KEYS.filter((key) => {
    if (!Object.hasOwn(raw, key)) return false;
    if (key !== "feature_flag_variants") return !isJsonEqual(raw[key], projected[key]);
    const sent = Array.isArray(raw[key]) ? normalizeVariants(raw[key]) : raw[key];
    return !isJsonEqual(sent, Array.isArray(projected[key]) ? normalizeVariants(projected[key]) : projected[key]);
  });
  if (changed.length === 0) return undefined;
  const config: FlagConfig = {};
  if (changed.includes("feature_flag_variants")) {
    if (!Array.isArray(raw.feature_flag_variants)) throw validationError("parameters", "feature_flag_variants must be a list.");
    config.variants = normalizeVariants(raw.feature_flag_variants);
    assertVariantsValid(config.variants);
  }
  if (changed.includes("rollout_percentage") && typeof raw.rollout_percentage === "number") config.rollout = raw.rollout_percentage;
  if (changed.includes("aggregation_group_type_index")) config.aggregation = { value: raw.aggregation_group_type_index };
  return config;
}

/** `holdout_filters_for_flag`: the `holdout` member of the flag's filters (null without a holdout). */
export function holdoutFilter(holdout: HoldoutRecord | undefined): JsonRecord | null {
  const first = holdout?.filters[0];
  if (holdout === undefined || first === undefined) return null;
  return { id: holdout.id, exclusion_percentage: first.rollout_percentage };
}

/** The filters of a flag created for a new experiment (`_ensure_feature_flag`). */
export function newFlagFilters(config: FlagConfig, parameters: JsonRecord, holdout: HoldoutRecord | undefined): JsonRecord {
  const filters: JsonRecord = {
    groups: [{ properties: [], rollout_percentage: config.rollout ?? 100 }],
    multivariate: { variants: config.variants !== undefined && config.variants.length > 0 ? config.variants : cloneJson(DEFAULT_VARIANTS) },
    aggregation_group_type_index: config.aggregation?.value ?? null,
    holdout: holdoutFilter(holdout),
  };
  const payloads = config.payloads ?? parameters.feature_flag_payloads;
  if (isRecord(payloads) && Object.keys(payloads).length > 0) filters.payloads = cloneJson(payloads);
  return filters;
}

/** The flag filters after a draft experiment's update syncs `config` and its holdout onto the flag. */
export function syncedFlagFilters(flag: FeatureFlagRecord, config: FlagConfig | undefined, holdout: HoldoutRecord | undefined): JsonRecord {
  const filters = cloneJson(effectiveFilters(flag));
  if (config?.rollout !== undefined && Array.isArray(filters.groups) && isRecord(filters.groups[0])) {
    filters.groups = [{ ...filters.groups[0], rollout_percentage: config.rollout }, ...filters.groups.slice(1)];
  }
  if (config?.variants !== undefined) filters.multivariate = { variants: config.variants.length > 0 ? config.variants : cloneJson(DEFAULT_VARIANTS) };
  if (config?.aggregation !== undefined) filters.aggregation_group_type_index = config.aggregation.value;
  if (config?.payloads !== undefined) filters.payloads = config.payloads;
  filters.holdout = holdoutFilter(holdout);
  return filters;
}

/** `_validate_existing_flag`: a flag an experiment links to or launches on needs control and a test variant. */
export function assertExperimentFlag(flag: FeatureFlagRecord): void {
  const variants = flagVariants(flag);
  if (variants.length < 2) throw validationError(null, "Feature flag must have at least 2 variants (control and at least one test variant)");
  if (!variants.some((variant) => variant.key === "control")) throw validationError(null, "Feature flag must have a variant with key 'control'");
}
