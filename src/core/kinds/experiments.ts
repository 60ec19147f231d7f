import { checkEdgeWhitespace, describeMarkerOverflow } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef, type Address } from "../model.js";
import { dropNulls, flagOr, textOrEmpty, valueOr } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { arrayOf, boolean, field, json, number, object, oneOf, ref, required, sdkType, string } from "../schema.js";
import { compactSpec, slugKey, specRef, unlessDefault } from "../spec.js";
import { checkAliases, readAliased } from "./aliases.js";
import { defineKind } from "./define.js";
import { convergeExperiment, LIFECYCLES, readLifecycle } from "./experiment-converge.js";
import { drivesFlagConfig, EXPERIMENT_VARIANT } from "./experiment-flag-config.js";
import { canonicalMetrics, metricActionRefs, observedMetrics, requestMetric, specMetrics } from "./experiment-metrics.js";
import type { DrivenFields, KindModule } from "./kind.js";

/** `ExperimentSerializer.description` is a `CharField(max_length=3000)`. */
const DESCRIPTION_MAX = 3000;

/**
 * `parameters` as compared: reads project the flag's variants, rollout, aggregation, payloads and
 * experience continuity into it (`_project_feature_flag_config`); those are the flag's, so only
 * the experiment's own keys remain.
 */
function canonicalParameters(value: JsonValue | undefined): JsonObject {
  const params = isJsonObject(value) ? (dropNulls(value) as JsonObject) : {};
  return typeof params.minimum_detectable_effect === "number" ? { minimum_detectable_effect: params.minimum_detectable_effect } : {};
}

/** Defaults `create_experiment` fills in (`_apply_*_defaults`) are left out, so a definition that omits them matches. */
function canonicalConfig(value: JsonValue | undefined, defaults: JsonObject): JsonObject | null {
  const config = isJsonObject(value) ? { ...(dropNulls(value) as JsonObject) } : {};
  for (const [key, fallback] of Object.entries(defaults)) if (isDeepEqual(config[key], fallback)) delete config[key];
  return Object.keys(config).length === 0 ? null : config;
}
const STATS_DEFAULTS: JsonObject = { method: "bayesian" };
const EXPOSURE_DEFAULTS: JsonObject = { filterTestAccounts: true };

function refKeys(value: JsonValue | undefined): string[] {
  return (Array.isArray(value) ? value : []).map(readRef).filter((a): a is Address => a !== undefined).map((a) => a.key).sort();
}

/** Saved metrics as references; ones that are not pulled (`#id`) are left out with a warning. */
function specSavedMetrics(keys: readonly string[], role: string, warn: (message: string) => void): JsonValue | undefined {
  const refs = keys.filter((key) => {
    if (!key.startsWith("#")) return true;
    warn(`uses saved metric ${key} as a ${role} metric, which is not pulled; it is left out`);
    return false;
  });
  return unlessDefault(refs.map((key) => specRef("experiment-saved-metrics", key)), []);
}

const RISKY = /^(metrics|metrics_secondary|saved_metrics)/;

function warnExperiment(changes: readonly FieldChange[], before: JsonObject | undefined): string[] {
  const warnings: string[] = [];
  const live = before?.lifecycle;
  const launched = live === "running" || live === "paused" || live === "stopped";
  if (launched && changes.some((c) => c.path === "holdout")) warnings.push(`this experiment is ${String(live)}: PostHog refuses to change the holdout of a launched experiment`);
  if ((live === "running" || live === "paused") && changes.some((c) => RISKY.test(c.path))) {
    warnings.push(`this experiment is ${live}: changing its metrics invalidates the results collected so far`);
  }
  if (live === "stopped" && changes.some((c) => c.path === "lifecycle")) warnings.push("this experiment is stopped; PostHog cannot restart it");
  return warnings;
}

/**
 * The flag state PostHog ties to the lifecycle: running keeps the flag on, pausing turns it off,
 * and archiving an ended experiment also archives its flag when that flag is off.
 */
function drivesFlag(spec: JsonObject): DrivenFields[] {
  const flag = readRef(spec.featureFlag);
  if (!flag) return [];
  const name = `experiment "${String(spec.key)}"`;
  const driven: DrivenFields[] = [...drivesFlagConfig(flag, name, spec.parameters)];
  if (spec.lifecycle === "running") driven.push({ target: flag, from: "lifecycle", fields: { active: true }, reason: `${name} is running, which needs its feature flag enabled` });
  if (spec.lifecycle === "paused") driven.push({ target: flag, from: "lifecycle", fields: { active: false }, reason: `${name} is paused, which PostHog does by disabling its feature flag` });
  if (spec.lifecycle === "stopped" && spec.archived === true) {
    driven.push({ target: flag, from: "archived", fields: (current): JsonObject => (current.active === false ? { archived: true } : {}), reason: `archiving ${name} archives its disabled feature flag` });
  }
  return driven;
}

/**
 * Only what differs from the live experiment is sent on update, so nothing unchanged is rewritten
 * (saved-metric links, the flag's holdout); the description always goes, as it carries identity.
 */
function changedOnly(payload: JsonObject, fields: JsonObject, before: JsonObject | undefined, compared: Record<string, string>): JsonObject {
  if (before === undefined) return payload;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(payload)) {
    const field = compared[key] ?? key;
    if (key === "description" || !isDeepEqual(before[field], fields[field])) out[key] = value;
  }
  return out;
}

/**
 * Experiments: reference a feature flag (immutable after creation, and the owner of the variants,
 * rollout and aggregation), an optional holdout and saved metrics; the lifecycle (draft, running,
 * paused, stopped) is declarative and driven through PostHog's launch/pause/resume/end endpoints.
 * No tags, so identity is a description marker.
 */
export const experiments: KindModule<"experiments"> = defineKind({
  name: "experiments",
  label: "experiment",
  constructorName: "experiment",
  folder: "experiments",
  references: ["feature-flags", "experiment-holdouts", "experiment-saved-metrics", "event-definitions", "actions"],
  sdk: { spec: "Experiment", doc: "Fields of `experiment()`.", constructorDoc: "Defines an experiment." },
  readme: { resource: "Experiments", sdk: "`experiment()` with a declarative `lifecycle`", identity: "description marker" },
  ui: { path: "experiments" },
  activityScope: "Experiment",
  // The list leaves out metrics and saved metrics (`ExperimentBasicSerializer`) and hides archived experiments.
  api: { collection: "experiments", remove: "soft", readDetail: true, listQueries: [{}, { archived: "true" }] },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: string(),
    // `ExperimentSerializer.update` refuses both (`_validate_update_payload`: "Can't update keys: … on Experiment").
    type: field(oneOf("product", "web"), { immutable: { reason: "PostHog cannot change an experiment's type after creation, so apply replaces the experiment: the old one is deleted with its results and a new draft is created" } }),
    featureFlag: field(ref("feature-flags", "feature flag"), {
      required: true,
      doc: "The flag the experiment runs on; it cannot change after creation.",
      immutable: { path: "feature_flag", reason: "PostHog cannot change an experiment's feature flag after creation, so apply replaces the experiment: the old one is deleted with its results and a new draft is created" },
    }),
    holdout: ref("experiment-holdouts", "experiment holdout"),
    parameters: field(
      sdkType(object({
        minimum_detectable_effect: number({ min: 0 }),
        feature_flag_variants: field(arrayOf(EXPERIMENT_VARIANT), { doc: "Must match the flag's `filters.multivariate.variants`: PostHog reads the variants from the flag." }),
        rollout_percentage: field(number({ min: 0, max: 100 }), { doc: "Must match the rollout of the flag's first release condition, which PostHog reads." }),
      }), { name: "ExperimentParameters", doc: "Parameters of an experiment; its variants and rollout are the feature flag's, so they are checked against the flag's definition and never sent." }),
      { doc: "The minimum detectable effect; variants and rollout, as PostHog's tool writes them, must match the feature flag's." },
    ),
    metrics: sdkType(arrayOf(json), { type: "ExperimentMetric[]" }),
    metrics_secondary: sdkType(arrayOf(json), { type: "ExperimentMetric[]" }),
    primarySavedMetrics: arrayOf(ref("experiment-saved-metrics", "experiment saved metric")),
    secondarySavedMetrics: arrayOf(ref("experiment-saved-metrics", "experiment saved metric")),
    lifecycle: field(oneOf(...LIFECYCLES), { doc: "Declarative lifecycle, driven through PostHog's launch, pause, resume and end." }),
    archived: boolean,
    conclusion: oneOf("won", "lost", "inconclusive", "stopped_early", "invalid"),
    conclusion_comment: string(),
    conclusionComment: field(string(), { doc: "PostHog's tool's spelling of `conclusion_comment`." }),
    exposure_criteria: sdkType(json, { type: "{ [field: string]: JsonValue }" }),
    stats_config: sdkType(json, { type: '{ method?: "bayesian" | "frequentist"; [field: string]: JsonValue | undefined }' }),
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "name", description: "description" }, report);
    if (spec.lifecycle === "stopped" && spec.conclusion === undefined) report("conclusion", 'a stopped experiment needs a conclusion ("won", "lost", "inconclusive", "stopped_early" or "invalid")');
    if (spec.archived === true && spec.lifecycle !== "stopped") report("archived", 'only a stopped experiment can be archived (set lifecycle: "stopped")');
    checkAliases(spec, [["conclusion_comment", "conclusionComment"]], report);
    const parameters = isJsonObject(spec.parameters) ? spec.parameters : {};
    (Array.isArray(parameters.feature_flag_variants) ? parameters.feature_flag_variants : []).forEach((variant, i) => {
      if (isJsonObject(variant) && variant.split_percent === undefined && variant.rollout_percentage === undefined) {
        report(`parameters.feature_flag_variants.${i}`, "needs split_percent or rollout_percentage, as PostHog requires of every variant");
      }
    });
    const overflow = describeMarkerOverflow("experiments", String(spec.key), spec.description, DESCRIPTION_MAX, context?.owner);
    if (overflow !== undefined) report("description", overflow);
    (Array.isArray(spec.metrics) ? spec.metrics : []).forEach((m, i) => {
      if (!isJsonObject(m) || m.kind !== "ExperimentMetric") report(`metrics.${i}`, 'expected an ExperimentMetric ({ kind: "ExperimentMetric", metric_type: ... })');
    });
  },
  toDesired(spec) {
    const flag = readRef(spec.featureFlag);
    const holdout = readRef(spec.holdout);
    const primary = refKeys(spec.primarySavedMetrics);
    const secondary = refKeys(spec.secondarySavedMetrics);
    const metrics = canonicalMetrics(spec.metrics);
    const metricsSecondary = canonicalMetrics(spec.metrics_secondary);
    const dependsOn: Address[] = [
      ...(flag ? [flag] : []),
      ...(holdout ? [holdout] : []),
      ...[...primary, ...secondary].map((key) => ({ kind: "experiment-saved-metrics" as const, key })),
      ...metricActionRefs([...metrics, ...metricsSecondary]),
    ];
    return {
      fields: {
        name: textOrEmpty(spec.name),
        description: textOrEmpty(spec.description),
        type: valueOr(spec.type, "product"),
        feature_flag: flag?.key ?? "",
        holdout: holdout?.key ?? null,
        parameters: canonicalParameters(spec.parameters),
        metrics,
        metrics_secondary: metricsSecondary,
        saved_metrics: { primary, secondary },
        lifecycle: valueOr(spec.lifecycle, "draft"),
        archived: flagOr(spec.archived, false),
        conclusion: valueOr(spec.conclusion, null),
        conclusion_comment: textOrEmpty(readAliased(spec, "conclusion_comment", "conclusionComment")),
        exposure_criteria: canonicalConfig(spec.exposure_criteria, EXPOSURE_DEFAULTS),
        stats_config: canonicalConfig(spec.stats_config, STATS_DEFAULTS),
      },
      dependsOn,
    };
  },
  identify(raw) {
    return readIdentityMarker("experiments", raw.description);
  },
  toObserved(raw, lookup) {
    const saved = (Array.isArray(raw.saved_metrics) ? raw.saved_metrics : []).filter(isJsonObject);
    const savedKeys = (type: string) =>
      saved
        .filter((s) => (isJsonObject(s.metadata) && s.metadata.type === "secondary" ? "secondary" : "primary") === type)
        .map((s) => lookup.keyOf("experiment-saved-metrics", s.saved_metric as number) ?? `#${String(s.saved_metric)}`)
        .sort();
    const holdoutId = isJsonObject(raw.holdout) ? raw.holdout.id : raw.holdout_id;
    const flagKey = raw.feature_flag_key ?? (isJsonObject(raw.feature_flag) ? raw.feature_flag.key : undefined);
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      type: valueOr(raw.type, "product"),
      feature_flag: textOrEmpty(flagKey),
      holdout: holdoutId === undefined || holdoutId === null ? null : (lookup.keyOf("experiment-holdouts", holdoutId as number) ?? `#${String(holdoutId)}`),
      parameters: canonicalParameters(raw.parameters),
      metrics: observedMetrics(raw.metrics, lookup),
      metrics_secondary: observedMetrics(raw.metrics_secondary, lookup),
      saved_metrics: { primary: savedKeys("primary"), secondary: savedKeys("secondary") },
      lifecycle: readLifecycle(raw),
      archived: flagOr(raw.archived, false),
      conclusion: valueOr(raw.conclusion, null),
      conclusion_comment: textOrEmpty(raw.conclusion_comment),
      exposure_criteria: canonicalConfig(raw.exposure_criteria, EXPOSURE_DEFAULTS),
      stats_config: canonicalConfig(raw.stats_config, STATS_DEFAULTS),
    };
  },
  toPayload(key, fields, lookup, action, before) {
    const saved = fields.saved_metrics as { primary: string[]; secondary: string[] };
    const savedIds = [
      ...saved.primary.map((k) => ({ id: lookup.idOf({ kind: "experiment-saved-metrics", key: k }) ?? null, metadata: { type: "primary" } })),
      ...saved.secondary.map((k) => ({ id: lookup.idOf({ kind: "experiment-saved-metrics", key: k }) ?? null, metadata: { type: "secondary" } })),
    ];
    const payload: JsonObject = {
      name: fields.name as string,
      description: appendIdentityMarker("experiments", key, fields.description),
      parameters: fields.parameters as JsonValue,
      holdout_id: fields.holdout === null ? null : (lookup.idOf({ kind: "experiment-holdouts", key: fields.holdout as string }) ?? null),
      saved_metrics_ids: savedIds,
    };
    // Sent only when declared or changed; an update back to the default sends PostHog's default explicitly.
    for (const [field, defaults] of [["exposure_criteria", EXPOSURE_DEFAULTS], ["stats_config", STATS_DEFAULTS]] as const) {
      if (fields[field] !== null || action === "update") payload[field] = { ...defaults, ...((fields[field] as JsonObject | null) ?? {}) };
    }
    if (fields.conclusion !== null) {
      payload.conclusion = fields.conclusion as JsonValue;
      payload.conclusion_comment = fields.conclusion_comment as string;
    }
    if (action === "update") {
      // Metrics are sent by converge, which carries the live metrics' uuids.
      return changedOnly(payload, fields, before, { holdout_id: "holdout", saved_metrics_ids: "saved_metrics" });
    }
    return {
      ...payload,
      feature_flag_key: fields.feature_flag as string,
      type: fields.type as string,
      metrics: (fields.metrics as JsonValue[]).map((metric) => requestMetric(metric, lookup)),
      metrics_secondary: (fields.metrics_secondary as JsonValue[]).map((metric) => requestMetric(metric, lookup)),
      // Definitions may reach a project before its events do; PostHog checks the events again when computing results.
      allow_unknown_events: true,
    };
  },
  proposeKey(raw) {
    return slugKey(raw.name, `experiment-${String(raw.id)}`);
  },
  toSpec(fields, key, warn) {
    const saved = fields.saved_metrics as { primary: string[]; secondary: string[] };
    const holdout = fields.holdout as string | null;
    if (holdout?.startsWith("#")) warn(`uses holdout ${holdout}, which is not pulled; it is left out`);
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      type: unlessDefault(fields.type, "product"),
      featureFlag: specRef("feature-flags", fields.feature_flag as string),
      holdout: holdout === null || holdout.startsWith("#") ? undefined : specRef("experiment-holdouts", holdout),
      parameters: unlessDefault(fields.parameters, {}),
      metrics: unlessDefault(specMetrics(fields.metrics as JsonValue, warn), []),
      metrics_secondary: unlessDefault(specMetrics(fields.metrics_secondary as JsonValue, warn), []),
      primarySavedMetrics: specSavedMetrics(saved.primary, "primary", warn),
      secondarySavedMetrics: specSavedMetrics(saved.secondary, "secondary", warn),
      lifecycle: unlessDefault(fields.lifecycle, "draft"),
      archived: unlessDefault(fields.archived, false),
      conclusion: unlessDefault(fields.conclusion, null),
      conclusion_comment: unlessDefault(fields.conclusion_comment, ""),
      exposure_criteria: unlessDefault(fields.exposure_criteria, null),
      stats_config: unlessDefault(fields.stats_config, null),
    });
  },
  converge: convergeExperiment,
  drives: drivesFlag,
  warn: warnExperiment,
});
