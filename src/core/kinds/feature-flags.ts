import { checkEdgeWhitespace } from "../char-field.js";
import { buildTagPayload, normalizeUserTags, readIdentityTag } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { dropNulls, flagOr, textOrEmpty, valueOr } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { arrayOf, boolean, field, json, nullable, number, object, oneOf, recordOf, ref, required, sdkType, string } from "../schema.js";
import { compactSpec, unlessDefault } from "../spec.js";
import { canonicalCohortRefs, collectCohortRefs, observedCohortRefs, resolveCohortRefs, specCohortRefs } from "./cohort-refs.js";
import { defineKind } from "./define.js";
import { propertyOperator } from "./property-operators.js";
import type { KindModule } from "./kind.js";

const propertyFilter = object({
  key: string(),
  cohort: ref("cohorts", "cohort"),
  type: oneOf("person", "cohort", "group", "flag", "event", "element"),
  operator: propertyOperator,
  value: json,
  group_type_index: nullable(number({ integer: true, min: 0, max: 4 })),
  negation: boolean,
});

const releaseGroup = sdkType(object({
  properties: sdkType(arrayOf(propertyFilter), { type: "(PropertyFilter | CohortFilter)[]" }),
  rollout_percentage: nullable(number({ min: 0, max: 100 })),
  variant: nullable(string()),
  description: nullable(string()),
  aggregation_group_type_index: nullable(number({ integer: true, min: 0, max: 4 })),
}), { name: "ReleaseConditionGroup", doc: "A release condition of a feature flag." });

const variant = sdkType(object({
  key: required(string({ pattern: /^[a-zA-Z0-9_./-]+$/, patternHint: "only letters, digits, '_', '.', '/' and '-'", max: 400 })),
  name: string(),
  rollout_percentage: required(number({ min: 0, max: 100 })),
}), { name: "Variant", doc: "A variant of a multivariate flag; rollouts of all variants sum to 100." });

/** Payload values compare as JSON: PostHog stores them as JSON-encoded strings. */
function normalizePayload(value: JsonValue): JsonValue {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as JsonValue;
  } catch {
    return value;
  }
}

function normalizeFilters(filters: JsonValue | undefined): JsonObject {
  const source = isJsonObject(filters) ? filters : {};
  const groups = Array.isArray(source.groups) ? source.groups : [];
  const multivariate = isJsonObject(source.multivariate) && Array.isArray(source.multivariate.variants) && source.multivariate.variants.length > 0
    ? {
        variants: source.multivariate.variants.map((v) => {
          const item = isJsonObject(v) ? v : {};
          return { key: valueOr(item.key, ""), name: textOrEmpty(item.name), rollout_percentage: valueOr(item.rollout_percentage, 0) };
        }),
      }
    : null;
  const payloads: JsonObject = {};
  if (isJsonObject(source.payloads)) {
    for (const key of Object.keys(source.payloads).sort()) {
      const value = source.payloads[key];
      if (value !== undefined && value !== null) payloads[key] = normalizePayload(value);
    }
  }
  const out: JsonObject = {
    groups: groups.map((g) => {
      const group = isJsonObject(g) ? g : {};
      const normalized: JsonObject = {
        properties: Array.isArray(group.properties) ? group.properties.map(dropNulls) : [],
        // PostHog evaluates a null rollout as "everyone", so null and 100 are the same condition.
        rollout_percentage: valueOr(group.rollout_percentage, 100),
        variant: valueOr(group.variant, null),
      };
      if (typeof group.description === "string" && group.description !== "") normalized.description = group.description;
      if (typeof group.aggregation_group_type_index === "number") normalized.aggregation_group_type_index = group.aggregation_group_type_index;
      return normalized;
    }),
    multivariate,
    payloads,
  };
  if (typeof source.aggregation_group_type_index === "number") out.aggregation_group_type_index = source.aggregation_group_type_index;
  return out;
}

/**
 * Enrollment belongs to the linked early access feature, whose stage PostHog applies to the flag
 * itself: it is never compared, and a flag update sends what a managed feature's stage drives
 * (`filters.feature_enrollment`), so updating the flag does not drop it.
 */
function compareFlag(live: JsonObject, desired: JsonObject): JsonObject {
  const wanted = isJsonObject(desired.filters) ? desired.filters.feature_enrollment : undefined;
  if (wanted === undefined || !isJsonObject(live.filters)) return live;
  return { ...live, filters: { ...live.filters, feature_enrollment: wanted } };
}

/**
 * A cohort condition's operator: PostHog reads a missing one as membership, and its
 * OpenAPI description requires `in` or `not_in`, so a missing one is `in`, the value
 * that is valid under both and the one the tool sends.
 */
function withCohortOperators(filters: JsonValue): JsonValue {
  if (!isJsonObject(filters) || !Array.isArray(filters.groups)) return filters;
  const groups = filters.groups.map((group) => {
    if (!isJsonObject(group) || !Array.isArray(group.properties)) return group;
    const properties = group.properties.map((p) => (isJsonObject(p) && p.type === "cohort" && (p.operator === undefined || p.operator === null) ? { ...p, operator: "in" } : p));
    return { ...group, properties };
  });
  return { ...filters, groups };
}

function canonicalFlag(source: JsonObject): JsonObject {
  return {
    name: textOrEmpty(source.name),
    active: flagOr(source.active, true),
    // Only an archived flag carries the field, so plans for every other flag do not show it.
    ...(source.archived === true ? { archived: true } : {}),
    filters: normalizeFilters(source.filters),
    ensure_experience_continuity: flagOr(source.ensure_experience_continuity, false),
    // Only a remote config flag carries the field, so plans for every other flag do not show it.
    ...(source.is_remote_configuration === true ? { is_remote_configuration: true } : {}),
    evaluation_runtime: valueOr(source.evaluation_runtime, "all"),
    bucketing_identifier: valueOr(source.bucketing_identifier, "distinct_id"),
    tags: normalizeUserTags(source.tags),
  };
}

/** Canonical targeting as users write it; a release condition keeps its rollout even at 100%, the line reviewers look for. */
function specFilters(filters: JsonObject, warn: (message: string) => void): JsonObject {
  const multivariate = filters.multivariate as JsonObject | null;
  return compactSpec({
    groups: (filters.groups as JsonObject[]).map((group) =>
      compactSpec({
        properties: unlessDefault(specProperties(group.properties as JsonValue, warn), []),
        rollout_percentage: group.rollout_percentage,
        variant: unlessDefault(group.variant, null),
        description: group.description,
        aggregation_group_type_index: group.aggregation_group_type_index,
      }),
    ),
    multivariate:
      multivariate === null
        ? undefined
        : { variants: (multivariate.variants as JsonObject[]).map((v) => compactSpec({ key: v.key, name: unlessDefault(v.name, ""), rollout_percentage: v.rollout_percentage })) },
    payloads: unlessDefault(filters.payloads, {}),
    aggregation_group_type_index: filters.aggregation_group_type_index,
  });
}

/** Conditions as users write them: a cohort reference's default `in` operator is left out. */
function specProperties(properties: JsonValue, warn: (message: string) => void): JsonValue {
  const written = specCohortRefs(properties, warn);
  if (!Array.isArray(written)) return written;
  return written.map((p) => {
    if (!isJsonObject(p) || p.cohort === undefined || p.operator !== "in") return p;
    const { operator: _operator, ...rest } = p;
    return rest;
  });
}

function percent(value: JsonValue | undefined): string {
  return typeof value === "number" ? `${value}%` : "—";
}

function summarizeFlag(changes: readonly FieldChange[]): string[] {
  const lines: string[] = [];
  for (const change of changes) {
    const rollout = /^filters\.groups\.(\d+)\.rollout_percentage$/.exec(change.path);
    if (rollout) {
      lines.push(`release condition ${Number(rollout[1]) + 1}: rollout ${percent(change.before)} → ${percent(change.after)}`);
    } else if (change.path === "active") {
      lines.push(change.after ? "flag enabled" : "flag disabled");
    } else if (change.path === "archived") {
      lines.push(change.after === true ? "flag archived" : "flag unarchived");
    } else if (/^filters\.multivariate/.test(change.path)) {
      const variantRollout = /^filters\.multivariate\.variants\.(\d+)\.rollout_percentage$/.exec(change.path);
      lines.push(variantRollout ? `variant ${Number(variantRollout[1]) + 1}: split ${percent(change.before)} → ${percent(change.after)}` : "variants changed");
    } else if (/^filters\.groups\.\d+$/.test(change.path)) {
      lines.push(change.kind === "add" ? "release condition added" : change.kind === "remove" ? "release condition removed" : "release condition changed");
    }
  }
  return [...new Set(lines)];
}

/** Feature flags, identified by the tag `iac:feature-flags:<key>` and addressed by numeric id. */
export const featureFlags: KindModule<"feature-flags"> = defineKind({
  name: "feature-flags",
  label: "feature flag",
  constructorName: "featureFlag",
  folder: "feature-flags",
  references: ["cohorts"],
  sdk: { spec: "FeatureFlagSpec", doc: "Fields of `featureFlag()`.", alias: { name: "FeatureFlag", doc: "A defined feature flag." }, constructorDoc: "Defines a feature flag." },
  readme: { resource: "Feature flags", sdk: "`featureFlag()`; target cohorts with `{ cohort }`", identity: "tag" },
  ui: { path: "feature_flags" },
  activityScope: "FeatureFlag",
  // PostHog's list hides archived flags unless `archived` is sent (`exclude_archived_unless_requested`).
  api: { collection: "feature_flags", remove: "soft", listQueries: [{}, { archived: "true" }] },
  unique: { field: "key", desired: (key) => key, live: (raw) => raw.key },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_-]+$/, patternHint: "only letters, numbers, hyphens (-) and underscores (_) are allowed", max: 400 })),
    name: string(),
    active: boolean,
    filters: required(sdkType(object({
      groups: required(arrayOf(releaseGroup, { min: 1 })),
      multivariate: nullable(object({ variants: required(arrayOf(variant, { min: 1 })) })),
      payloads: recordOf(json),
      aggregation_group_type_index: nullable(number({ integer: true, min: 0, max: 4 })),
      super_groups: field(arrayOf(releaseGroup), { doc: "Accepted as PostHog's tool writes it, and ignored as PostHog ignores it: its filters serializer drops `super_groups` (early access features manage enrollment)." }),
      holdout: field(sdkType(nullable(object({ id: required(number({ integer: true })), exclusion_percentage: required(number({ min: 0, max: 100 })) })), { type: "{ id: number; exclusion_percentage: number } | null" }), {
        doc: "Accepted as PostHog's tool writes it and left to PostHog, which sets it from the holdout of the flag's experiment.",
      }),
    }), { name: "FeatureFlagFilters", doc: "Targeting of a feature flag." })),
    ensure_experience_continuity: boolean,
    is_remote_configuration: field(boolean, { doc: "A remote config flag: always on, serving its payload." }),
    has_encrypted_payloads: field(boolean, { doc: "Only false: PostHog masks encrypted payloads when it reads them back, so they cannot be compared." }),
    evaluation_runtime: oneOf("server", "client", "all"),
    bucketing_identifier: oneOf("distinct_id", "device_id"),
    tags: arrayOf(string({ max: 255 })),
    archived: field(boolean, { doc: "Archived flags are done for good: PostHog hides them from its list and requires `active: false`." }),
  }),
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name" }, report);
    if (spec.has_encrypted_payloads === true) {
      report("has_encrypted_payloads", "encrypted payloads are not supported: PostHog masks them when it reads them back, so a plan could never compare them (PostHog's tool refuses them too); keep secrets out of flag payloads");
    }
    if (spec.archived === true && spec.active !== false) report("archived", "an archived flag must be disabled: set active: false (PostHog refuses to archive an enabled flag)");
    const filters = isJsonObject(spec.filters) ? spec.filters : {};
    const variants = isJsonObject(filters.multivariate) && Array.isArray(filters.multivariate.variants) ? filters.multivariate.variants.filter(isJsonObject) : [];
    const keys = variants.map((v) => v.key).filter((k): k is string => typeof k === "string");
    if (variants.length > 0) {
      const sum = variants.reduce((total, v) => total + (typeof v.rollout_percentage === "number" ? v.rollout_percentage : 0), 0);
      if (Math.abs(sum - 100) > 1e-9) report("filters.multivariate.variants", `variant rollout percentages must sum to 100, got ${sum}`);
      const seen = new Set<string>();
      keys.forEach((k, i) => {
        if (seen.has(k)) report(`filters.multivariate.variants.${i}.key`, `variant key "${k}" is used twice`);
        seen.add(k);
      });
    }
    const groups = Array.isArray(filters.groups) ? filters.groups : [];
    groups.forEach((g, i) => {
      const properties = isJsonObject(g) && Array.isArray(g.properties) ? g.properties : [];
      properties.forEach((p, j) => {
        if (isJsonObject(p) && p.cohort === undefined && typeof p.key !== "string") report(`filters.groups.${i}.properties.${j}.key`, "is required (or target a cohort with cohort: <cohort>)");
        if (isJsonObject(p) && p.cohort !== undefined && p.type !== undefined && p.type !== "cohort") report(`filters.groups.${i}.properties.${j}.type`, 'must be "cohort" (or omitted) when targeting a cohort');
        const targetsCohort = isJsonObject(p) && (p.cohort !== undefined || p.type === "cohort");
        if (targetsCohort && p.operator !== undefined && p.operator !== "in" && p.operator !== "not_in") report(`filters.groups.${i}.properties.${j}.operator`, 'a cohort condition\'s operator is "in" (the default) or "not_in"');
      });
      if (isJsonObject(g) && typeof g.variant === "string" && !keys.includes(g.variant)) {
        report(`filters.groups.${i}.variant`, `"${g.variant}" is not one of the flag's variants (${keys.join(", ") || "none"})`);
      }
    });
    if (isJsonObject(filters.payloads)) {
      for (const key of Object.keys(filters.payloads)) {
        const allowed = variants.length > 0 ? keys.includes(key) : key === "true";
        if (!allowed) {
          report(`filters.payloads.${key}`, variants.length > 0 ? `payload key must be a variant key (${keys.join(", ")})` : `payload key must be "true" for a boolean flag`);
        }
      }
    }
  },
  toDesired(spec) {
    const fields = canonicalFlag(spec);
    fields.filters = withCohortOperators(canonicalCohortRefs(fields.filters as JsonValue));
    return { fields, dependsOn: collectCohortRefs(fields.filters) };
  },
  identify(raw) {
    return readIdentityTag("feature-flags", raw.tags);
  },
  // PostHog's own flags for a survey's or product tour's targeting (`SURVEY_TARGETING_FLAG_PREFIX`,
  // `PRODUCT_TOUR_TARGETING_FLAG_PREFIX`): their create, update and delete write them, so they are never
  // pulled or adopted; those kinds manage targeting through the survey or tour.
  serverOwned: (raw) => typeof raw.key === "string" && (raw.key.startsWith("survey-targeting-") || raw.key.startsWith("product-tour-targeting-")),
  toObserved(raw, lookup) {
    const fields = canonicalFlag(raw);
    fields.filters = withCohortOperators(observedCohortRefs(fields.filters as JsonValue, lookup));
    return fields;
  },
  toPayload(key, fields, lookup, _action, before) {
    const filters = fields.filters as JsonObject;
    const payloads: JsonObject = {};
    for (const [name, value] of Object.entries(filters.payloads as JsonObject)) {
      payloads[name] = typeof value === "string" ? value : JSON.stringify(value);
    }
    return {
      key,
      name: fields.name as string,
      active: fields.active as boolean,
      filters: { ...(resolveCohortRefs(filters, lookup) as JsonObject), payloads },
      ensure_experience_continuity: fields.ensure_experience_continuity as boolean,
      // Sent only for a remote config flag, or to turn one back into a plain flag.
      ...(fields.is_remote_configuration === true || before?.is_remote_configuration === true ? { is_remote_configuration: fields.is_remote_configuration === true } : {}),
      evaluation_runtime: fields.evaluation_runtime as string,
      bucketing_identifier: fields.bucketing_identifier as string,
      tags: buildTagPayload("feature-flags", key, fields.tags),
      // Sent only to change it: enabling an archived flag is refused unless the same request unarchives
      // it, and an experiment archived with its disabled flag drives `archived: true`.
      ...((before === undefined ? fields.archived === true : (before.archived === true) !== (fields.archived === true)) ? { archived: fields.archived === true } : {}),
    };
  },
  proposeKey(raw) {
    return textOrEmpty(raw.key);
  },
  toSpec(fields, key, warn) {
    return compactSpec({
      key,
      name: unlessDefault(fields.name, ""),
      active: unlessDefault(fields.active, true),
      filters: specFilters(fields.filters as JsonObject, warn),
      ensure_experience_continuity: unlessDefault(fields.ensure_experience_continuity, false),
      is_remote_configuration: unlessDefault(fields.is_remote_configuration, false),
      evaluation_runtime: unlessDefault(fields.evaluation_runtime, "all"),
      bucketing_identifier: unlessDefault(fields.bucketing_identifier, "distinct_id"),
      tags: unlessDefault(fields.tags, []),
      archived: unlessDefault(fields.archived, false),
    });
  },
  compare: compareFlag,
  summarize(changes) {
    return summarizeFlag(changes);
  },
  warn(changes) {
    return changes.some((change) => change.path === "archived" && change.after !== true)
      ? ["this flag was archived in PostHog; applying unarchives it (declare archived: true, with active: false, to keep it archived)"]
      : [];
  },
});
