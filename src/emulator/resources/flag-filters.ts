import { validationError } from "../errors.js";
import { describePythonType, formatPythonJson, isRecord, type JsonRecord } from "../json.js";

/**
 * Validation of `FeatureFlag.filters` as PostHog does it with every rollout rule enforced: a
 * structural tier (types, ranges, patterns; unknown keys dropped) and a cross-field tier (variant
 * sums, payload keys, operator/value compatibility). Every violation is reported on attr `filters`
 * with the rule id as code and `"<path>: <message>"` as detail, e.g.
 * `cross_field.variant_rollout_sum_not_100` / `"multivariate.variants: Variant rollout percentages must sum to 100, got 90."`.
 */

const SUPPORTED_OPERATORS = [
  "exact", "is_not", "icontains", "not_icontains", "icontains_multi", "not_icontains_multi", "regex", "not_regex", "gt", "gte", "lt", "lte",
  "semver_gt", "semver_gte", "semver_lt", "semver_lte", "semver_eq", "semver_neq", "semver_tilde", "semver_caret", "semver_wildcard",
  "is_set", "is_not_set", "is_date_exact", "is_date_after", "is_date_before", "in", "not_in", "flag_evaluates_to",
];
const OPERATOR_ALIASES: Record<string, string> = { min: "gte", max: "lte" };
const PROPERTY_TYPES = ["person", "cohort", "group", "flag"];
const DATE_OPERATORS = new Set(["is_date_exact", "is_date_after", "is_date_before"]);
const STRING_VALUE_OPERATORS = new Set(["regex", "not_regex", "icontains", "not_icontains", "gt", "gte", "lt", "lte"]);
const LIST_VALUE_OPERATORS = new Set(["icontains_multi", "not_icontains_multi"]);
const SEMVER_OPERATORS = new Set(["semver_gt", "semver_gte", "semver_lt", "semver_lte", "semver_eq", "semver_neq", "semver_tilde", "semver_caret", "semver_wildcard"]);
const PERSON_AGGREGATED_TYPES = new Set(["person", "cohort", "flag"]);
const VARIANT_KEY_PATTERN = /^[a-zA-Z0-9_./-]+$/;
const I32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const I64 = { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };

/** One rule violation, in PostHog's `{rule_id, path, message}` form. */
export interface FilterViolation {
  ruleId: string;
  path: string;
  message: string;
}

class StructuralViolation extends Error {
  readonly path: string;
  readonly code: string;

  constructor(path: string, code: string, message: string) {
    super(message);
    this.path = path;
    this.code = code;
  }
}

/** Raises the 400 PostHog sends for a filters violation. */
export function rejectFilters(violation: FilterViolation): never {
  throw validationError("filters", `${violation.path}: ${violation.message}`, violation.ruleId);
}

/**
 * Runs the structural tier and returns the normalised filters (unknown keys dropped, operator aliases
 * canonicalised, `properties` defaulted, payload values JSON-encoded).
 */
export function normalizeFilterStructure(filters: JsonRecord): JsonRecord {
  try {
    return readFilters(filters);
  } catch (error) {
    if (!(error instanceof StructuralViolation)) throw error;
    const rulePath = error.path.replace(/\[\d+\]/g, "[]") || "filters";
    return rejectFilters({ ruleId: `structural.${rulePath}.${error.code}`, path: error.path || "filters", message: error.message });
  }
}

function child(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

function fail(path: string, code: string, message: string): never {
  throw new StructuralViolation(path, code, message);
}

type FieldReader = (value: unknown, path: string) => unknown;

interface FieldSpec {
  read: FieldReader;
  required?: boolean;
  allowNull?: boolean;
  defaultValue?: () => unknown;
}

function readSerializer(value: unknown, path: string, spec: Record<string, FieldSpec>): JsonRecord {
  if (!isRecord(value)) fail(path, "invalid", `Invalid data. Expected a dictionary, but got ${describePythonType(value)}.`);
  const output: JsonRecord = {};
  for (const [key, field] of Object.entries(spec)) {
    const fieldPath = child(path, key);
    if (!Object.hasOwn(value, key)) {
      if (field.required) fail(fieldPath, "required", "This field is required.");
      if (field.defaultValue) output[key] = field.defaultValue();
      continue;
    }
    const raw = value[key];
    if (raw === null) {
      if (!field.allowNull) fail(fieldPath, "null", "This field may not be null.");
      output[key] = null;
      continue;
    }
    output[key] = field.read(raw, fieldPath);
  }
  return output;
}

function readMany(value: unknown, path: string, item: FieldReader, allowEmpty = true): unknown[] {
  if (!Array.isArray(value)) fail(path, "not_a_list", `Expected a list of items but got type "${describePythonType(value)}".`);
  if (!allowEmpty && value.length === 0) fail(path, "empty", "This list may not be empty.");
  return value.map((entry, index) => item(entry, `${path}[${index}]`));
}

function strictString(options: { allowBlank?: boolean; maxLength?: number } = {}): FieldReader {
  return (value, path) => {
    if (typeof value !== "string") fail(path, "invalid", "Not a valid string.");
    if (value === "" && !options.allowBlank) fail(path, "blank", "This field may not be blank.");
    if (options.maxLength !== undefined && value.length > options.maxLength) {
      fail(path, "max_length", `Ensure this field has no more than ${options.maxLength} characters.`);
    }
    return value;
  };
}

function strictBoolean(value: unknown, path: string): boolean {
  if (typeof value !== "boolean") fail(path, "invalid", "Must be a valid boolean.");
  return value;
}

function strictInteger(bounds: { min: number; max: number }): FieldReader {
  return (value, path) => {
    if (typeof value !== "number" || !Number.isInteger(value)) fail(path, "invalid", "A valid integer is required.");
    if (value < bounds.min) fail(path, "min_value", `Ensure this value is greater than or equal to ${bounds.min}.`);
    if (value > bounds.max) fail(path, "max_value", `Ensure this value is less than or equal to ${bounds.max}.`);
    return value;
  };
}

function percentage(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) fail(path, "invalid", "A valid number is required.");
  if (value < 0) fail(path, "min_value", "Ensure this value is greater than or equal to 0.");
  if (value > 100) fail(path, "max_value", "Ensure this value is less than or equal to 100.");
  return value;
}

function anyJson(value: unknown): unknown {
  return value;
}

function readProperty(value: unknown, path: string): JsonRecord {
  let input = value;
  if (isRecord(value) && typeof value.operator === "string" && OPERATOR_ALIASES[value.operator] !== undefined) {
    input = { ...value, operator: OPERATOR_ALIASES[value.operator] };
  }
  return readSerializer(input, path, {
    key: {
      required: true,
      read: (key, keyPath) => {
        if (typeof key === "number" && Number.isFinite(key)) return String(key);
        if (typeof key !== "string") fail(keyPath, "invalid", "Not a valid string.");
        if (key === "") fail(keyPath, "blank", "This field may not be blank.");
        return key;
      },
    },
    value: { allowNull: true, read: anyJson },
    type: { required: true, read: (type, typePath) => readChoice(type, typePath, PROPERTY_TYPES) },
    operator: { allowNull: true, read: (operator, operatorPath) => readChoice(operator, operatorPath, SUPPORTED_OPERATORS) },
    group_type_index: { allowNull: true, read: strictInteger(I32) },
    negation: { allowNull: true, read: strictBoolean },
    label: { allowNull: true, read: strictString({ allowBlank: true }) },
    cohort_name: { allowNull: true, read: strictString({ allowBlank: true }) },
    group_key_names: { allowNull: true, read: anyJson },
  });
}

function readChoice(value: unknown, path: string, choices: readonly string[]): string {
  if (typeof value !== "string" || !choices.includes(value)) fail(path, "invalid_choice", `"${formatPythonValue(value)}" is not a valid choice.`);
  return value;
}

function formatPythonValue(value: unknown): string {
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "string" || typeof value === "number") return String(value);
  return formatPythonJson(value);
}

function readGroup(value: unknown, path: string): JsonRecord {
  return readSerializer(value, path, {
    properties: { allowNull: true, defaultValue: () => [], read: (properties, propertiesPath) => readMany(properties, propertiesPath, readProperty) },
    rollout_percentage: { allowNull: true, read: percentage },
    variant: { allowNull: true, read: strictString({ allowBlank: true }) },
    aggregation_group_type_index: { allowNull: true, read: strictInteger(I32) },
    description: { allowNull: true, read: strictString({ allowBlank: true }) },
    sort_key: { allowNull: true, read: anyJson },
    exposure_frozen: { allowNull: true, read: strictBoolean },
    exposure_frozen_cohort: { allowNull: true, read: strictInteger(I64) },
  });
}

function readVariant(value: unknown, path: string): JsonRecord {
  return readSerializer(value, path, {
    key: {
      required: true,
      read: (key, keyPath) => {
        const text = strictString({ maxLength: 400 })(key, keyPath) as string;
        if (!VARIANT_KEY_PATTERN.test(text)) fail(keyPath, "invalid", "Only letters, numbers, hyphens (-), underscores (_), dots (.) & slashes (/) are allowed.");
        return text;
      },
    },
    name: { allowNull: true, read: strictString({ allowBlank: true }) },
    rollout_percentage: { required: true, read: percentage },
    description: { allowNull: true, read: strictString({ allowBlank: true }) },
  });
}

function readPayloads(value: unknown, path: string): JsonRecord {
  if (!isRecord(value)) fail(path, "not_a_dict", `Expected a dictionary of items but got type "${describePythonType(value)}".`);
  const normalized: JsonRecord = {};
  for (const [key, payload] of Object.entries(value)) {
    if (typeof payload === "string") {
      try {
        JSON.parse(payload);
      } catch {
        fail(path, "invalid_payload_json", `Payload for key '${key}' is not valid JSON.`);
      }
      normalized[key] = payload;
    } else {
      normalized[key] = formatPythonJson(payload);
    }
  }
  return normalized;
}

function readFilters(filters: JsonRecord): JsonRecord {
  return readSerializer(filters, "", {
    groups: { defaultValue: () => [], read: (groups, path) => readMany(groups, path, readGroup) },
    multivariate: {
      allowNull: true,
      read: (multivariate, path) =>
        readSerializer(multivariate, path, { variants: { required: true, read: (variants, variantsPath) => readMany(variants, variantsPath, readVariant, false) } }),
    },
    aggregation_group_type_index: { allowNull: true, read: strictInteger(I32) },
    payloads: { allowNull: true, read: readPayloads },
    feature_enrollment: { allowNull: true, read: strictBoolean },
    holdout: {
      allowNull: true,
      read: (holdout, path) =>
        readSerializer(holdout, path, { id: { required: true, read: strictInteger(I64) }, exclusion_percentage: { required: true, read: percentage } }),
    },
    early_exit: { allowNull: true, read: strictBoolean },
  });
}

function variantsOf(filters: JsonRecord): JsonRecord[] {
  const multivariate = filters.multivariate;
  if (!isRecord(multivariate) || !Array.isArray(multivariate.variants)) return [];
  return multivariate.variants.filter(isRecord);
}

function groupsOf(filters: JsonRecord): JsonRecord[] {
  return Array.isArray(filters.groups) ? filters.groups.filter(isRecord) : [];
}

function propertiesOf(group: JsonRecord): JsonRecord[] {
  return Array.isArray(group.properties) ? group.properties.filter(isRecord) : [];
}

/** The cross-field tier over structurally valid filters, in PostHog's rule order. */
export function collectCrossFieldViolations(filters: JsonRecord): FilterViolation[] {
  const violations: FilterViolation[] = [];
  const variants = variantsOf(filters);
  const variantKeys = new Set(variants.map((variant) => String(variant.key)));

  if (variants.length > 0) {
    const sum = variants.reduce((total, variant) => total + (typeof variant.rollout_percentage === "number" ? variant.rollout_percentage : 0), 0);
    if (sum !== 100) {
      violations.push({ ruleId: "cross_field.variant_rollout_sum_not_100", path: "multivariate.variants", message: `Variant rollout percentages must sum to 100, got ${sum}.` });
    }
    const seen = new Set<string>();
    const duplicates = new Set<string>();
    for (const variant of variants) {
      const key = String(variant.key);
      if (seen.has(key)) duplicates.add(key);
      seen.add(key);
    }
    if (duplicates.size > 0) {
      violations.push({ ruleId: "cross_field.variant_keys_not_unique", path: "multivariate.variants", message: `Variant keys must be unique, duplicated: ${[...duplicates].sort().join(", ")}.` });
    }
  }

  const payloads = isRecord(filters.payloads) ? filters.payloads : {};
  for (const key of Object.keys(payloads)) {
    if (isRecord(filters.multivariate)) {
      if (!variantKeys.has(key)) violations.push({ ruleId: "cross_field.payload_key_not_a_variant", path: `payloads.${key}`, message: `Payload key '${key}' does not match any variant key.` });
    } else if (key !== "true") {
      violations.push({ ruleId: "cross_field.payload_key_not_true", path: `payloads.${key}`, message: `Payload key '${key}' is invalid: boolean flags only support the 'true' key.` });
    }
  }

  groupsOf(filters).forEach((group, groupIndex) => {
    const variant = group.variant;
    if (typeof variant === "string" && variant !== "" && !variantKeys.has(variant)) {
      violations.push({ ruleId: "cross_field.group_variant_not_a_variant", path: `groups[${groupIndex}].variant`, message: `Variant override '${variant}' does not match any variant key.` });
    }
  });

  groupsOf(filters).forEach((group, groupIndex) => {
    const aggregation = Object.hasOwn(group, "aggregation_group_type_index") ? group.aggregation_group_type_index : filters.aggregation_group_type_index;
    propertiesOf(group).forEach((property, propertyIndex) => {
      const path = `groups[${groupIndex}].properties[${propertyIndex}]`;
      if (aggregation === null || aggregation === undefined) {
        if (!PERSON_AGGREGATED_TYPES.has(String(property.type))) {
          violations.push({ ruleId: "cross_field.person_aggregation_property_type", path, message: "Person-aggregated conditions can only use person, cohort, and flag properties." });
        }
      } else if (property.type !== "group") {
        violations.push({ ruleId: "cross_field.group_aggregation_property_type", path, message: "Group-aggregated conditions can only use group properties." });
      } else if (property.group_type_index !== aggregation) {
        violations.push({ ruleId: "cross_field.group_property_type_index_mismatch", path, message: "Group properties must match the condition set's group type." });
      }
    });
  });

  groupsOf(filters).forEach((group, groupIndex) => {
    propertiesOf(group).forEach((property, propertyIndex) => {
      violations.push(...operatorViolations(property, `groups[${groupIndex}].properties[${propertyIndex}]`));
    });
  });
  return violations;
}

function operatorViolations(property: JsonRecord, path: string): FilterViolation[] {
  const violations: FilterViolation[] = [];
  const operator = typeof property.operator === "string" ? property.operator : undefined;
  const value = property.value;
  if (property.type === "flag" && operator !== "flag_evaluates_to") {
    violations.push({ ruleId: "cross_field.flag_property_requires_flag_evaluates_to", path: `${path}.operator`, message: "Flag properties must use the 'flag_evaluates_to' operator." });
  }
  if (operator === undefined) return violations;
  if ((operator === "in" || operator === "not_in") && property.type !== "cohort") {
    violations.push({ ruleId: "cross_field.in_not_in_requires_cohort", path: `${path}.operator`, message: `Operator ${operator} is only supported on cohort properties.` });
  }
  if (DATE_OPERATORS.has(operator) && !isParseableDate(value)) {
    violations.push({ ruleId: "cross_field.date_value_not_parseable", path: `${path}.value`, message: `Invalid date value: ${formatPythonValue(value)}.` });
  }
  if (STRING_VALUE_OPERATORS.has(operator) && typeof value !== "string") {
    violations.push({ ruleId: "cross_field.operator_requires_string_value", path: `${path}.value`, message: `Operator ${operator} requires a string value.` });
  }
  if (LIST_VALUE_OPERATORS.has(operator) && !Array.isArray(value)) {
    violations.push({ ruleId: "cross_field.operator_requires_list_value", path: `${path}.value`, message: `Operator ${operator} requires a list of values.` });
  }
  if (SEMVER_OPERATORS.has(operator)) {
    if (typeof value !== "string") {
      violations.push({ ruleId: "cross_field.semver_value_invalid", path: `${path}.value`, message: `Invalid value for operator ${operator}: expected a semver string.` });
    } else {
      const candidate = operator === "semver_wildcard" ? value.replace(/[.*]+$/, "") : value;
      if (!/^v?\d+(\.\d+){0,2}([-+][0-9A-Za-z.-]+)?$/.test(candidate)) {
        violations.push({ ruleId: "cross_field.semver_value_invalid", path: `${path}.value`, message: `Invalid semver value for operator ${operator}: ${value}.` });
      }
    }
  }
  return violations;
}

function isParseableDate(value: unknown): boolean {
  if (typeof value !== "string") return false;
  if (/^-?\d+[hdwmy]$/.test(value.trim())) return true;
  return !Number.isNaN(Date.parse(value));
}
