import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef, type Address } from "../model.js";
import { dropNulls, flagOr, textOrEmpty, valueOr } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { arrayOf, boolean, json, number, object, oneOf, ref, required, string } from "../schema.js";
import { compactSpec, slugKey, specRef, unlessDefault } from "../spec.js";
import { canonicalMetrics } from "./experiment-metrics.js";
import type { ConvergeContext, KindModule } from "./kind.js";

const LIFECYCLES = ["draft", "running", "paused", "stopped"] as const;
type Lifecycle = (typeof LIFECYCLES)[number];

function canonicalParameters(value: JsonValue | undefined): JsonObject {
  const params = isJsonObject(value) ? (dropNulls(value) as JsonObject) : {};
  const out: JsonObject = {};
  if (Array.isArray(params.feature_flag_variants)) {
    // Older servers call the split `rollout_percentage`; reads carry both spellings.
    out.feature_flag_variants = params.feature_flag_variants.filter(isJsonObject).map((v) => {
      const variant: JsonObject = { key: textOrEmpty(v.key), split_percent: valueOr(v.split_percent ?? v.rollout_percentage, 0) };
      if (typeof v.name === "string" && v.name !== "") variant.name = v.name;
      return variant;
    });
  }
  if (typeof params.minimum_detectable_effect === "number") out.minimum_detectable_effect = params.minimum_detectable_effect;
  if (typeof params.rollout_percentage === "number") out.rollout_percentage = params.rollout_percentage;
  return out;
}

function readLifecycle(raw: JsonObject): Lifecycle {
  if (typeof raw.status === "string" && (LIFECYCLES as readonly string[]).includes(raw.status)) return raw.status as Lifecycle;
  if (raw.end_date) return "stopped";
  return raw.start_date ? "running" : "draft";
}

function refKeys(value: JsonValue | undefined): string[] {
  return (Array.isArray(value) ? value : []).map(readRef).filter((a): a is Address => a !== undefined).map((a) => a.key).sort();
}

/** Drives the experiment through PostHog's lifecycle endpoints until it matches the definition. */
async function convergeLifecycle({ api, id, fields }: ConvergeContext): Promise<void> {
  const path = `experiments/${id}/`;
  const live = await api.get(path);
  if (!live) return;
  let status = readLifecycle(live);
  const wanted = fields.lifecycle as Lifecycle;
  const act = async (action: string, body: JsonObject = {}) => {
    await api.post(`${path}${action}/`, body);
  };
  if (status !== wanted) {
    if (status === "stopped") throw new Error(`experiment is stopped and cannot return to "${wanted}"; stopped is final in PostHog`);
    if (status === "draft") {
      await act("launch");
      status = "running";
    }
    if (wanted === "paused" && status === "running") await act("pause");
    if (wanted === "running" && status === "paused") await act("resume");
    if (wanted === "stopped") await act("end", { conclusion: fields.conclusion ?? null, conclusion_comment: fields.conclusion_comment ?? "" });
  }
  const archived = flagOr((await api.get(path))?.archived, false);
  if (archived !== fields.archived) await act(fields.archived ? "archive" : "unarchive");
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

const RISKY = /^(parameters\.feature_flag_variants|metrics|metrics_secondary|saved_metrics)/;

function warnExperiment(changes: readonly FieldChange[], before: JsonObject | undefined): string[] {
  const warnings: string[] = [];
  if (changes.some((c) => c.path === "feature_flag")) {
    warnings.push("PostHog cannot change an experiment's feature flag after creation; give the experiment a new key to create a new one");
  }
  const live = before?.lifecycle;
  if ((live === "running" || live === "paused") && changes.some((c) => RISKY.test(c.path))) {
    warnings.push(`this experiment is ${live}: changing its variants or metrics invalidates the results collected so far`);
  }
  if (live === "stopped" && changes.some((c) => c.path === "lifecycle")) warnings.push("this experiment is stopped; PostHog cannot restart it");
  return warnings;
}

/**
 * Experiments: reference a feature flag (immutable after creation), an optional
 * holdout and saved metrics; the lifecycle (draft, running, paused, stopped) is
 * declarative and driven through PostHog's launch/pause/resume/end endpoints.
 * No tags, so identity is a description marker.
 */
export const experiments: KindModule = {
  name: "experiments",
  label: "experiment",
  constructorName: "experiment",
  folder: "experiments",
  references: ["feature-flags", "experiment-holdouts", "experiment-saved-metrics", "event-definitions"],
  ui: { path: "experiments" },
  api: { collection: "experiments", remove: "soft" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: string({ max: 3000 }),
    type: oneOf("product", "web"),
    featureFlag: required(ref("feature-flags", "feature flag")),
    holdout: ref("experiment-holdouts", "experiment holdout"),
    parameters: object({
      feature_flag_variants: arrayOf(object({ key: required(string()), name: string(), split_percent: required(number({ min: 0, max: 100 })) }), { min: 2, max: 20 }),
      minimum_detectable_effect: number({ min: 0 }),
      rollout_percentage: number({ min: 0, max: 100 }),
    }),
    metrics: arrayOf(json),
    metrics_secondary: arrayOf(json),
    primarySavedMetrics: arrayOf(ref("experiment-saved-metrics", "experiment saved metric")),
    secondarySavedMetrics: arrayOf(ref("experiment-saved-metrics", "experiment saved metric")),
    lifecycle: oneOf(...LIFECYCLES),
    archived: boolean,
    conclusion: oneOf("won", "lost", "inconclusive", "stopped_early", "invalid"),
    conclusion_comment: string(),
    exposure_criteria: json,
    stats_config: json,
  }),
  validate(spec, report) {
    if (spec.lifecycle === "stopped" && spec.conclusion === undefined) report("conclusion", 'a stopped experiment needs a conclusion ("won", "lost", "inconclusive", "stopped_early" or "invalid")');
    if (spec.archived === true && spec.lifecycle !== "stopped") report("archived", 'only a stopped experiment can be archived (set lifecycle: "stopped")');
    const variants = isJsonObject(spec.parameters) && Array.isArray(spec.parameters.feature_flag_variants) ? spec.parameters.feature_flag_variants.filter(isJsonObject) : [];
    if (variants.length > 0) {
      if (!variants.some((v) => v.key === "control")) report("parameters.feature_flag_variants", 'needs a variant with key "control"');
      const sum = variants.reduce((total, v) => total + (typeof v.split_percent === "number" ? v.split_percent : 0), 0);
      if (Math.abs(sum - 100) > 1e-9) report("parameters.feature_flag_variants", `split percentages must sum to 100, got ${sum}`);
    }
    (Array.isArray(spec.metrics) ? spec.metrics : []).forEach((m, i) => {
      if (!isJsonObject(m) || m.kind !== "ExperimentMetric") report(`metrics.${i}`, 'expected an ExperimentMetric ({ kind: "ExperimentMetric", metric_type: ... })');
    });
  },
  toDesired(spec) {
    const flag = readRef(spec.featureFlag);
    const holdout = readRef(spec.holdout);
    const primary = refKeys(spec.primarySavedMetrics);
    const secondary = refKeys(spec.secondarySavedMetrics);
    const dependsOn: Address[] = [
      ...(flag ? [flag] : []),
      ...(holdout ? [holdout] : []),
      ...[...primary, ...secondary].map((key) => ({ kind: "experiment-saved-metrics" as const, key })),
    ];
    return {
      fields: {
        name: textOrEmpty(spec.name),
        description: textOrEmpty(spec.description),
        type: valueOr(spec.type, "product"),
        feature_flag: flag?.key ?? "",
        holdout: holdout?.key ?? null,
        parameters: canonicalParameters(spec.parameters),
        metrics: canonicalMetrics(spec.metrics),
        metrics_secondary: canonicalMetrics(spec.metrics_secondary),
        saved_metrics: { primary, secondary },
        lifecycle: valueOr(spec.lifecycle, "draft"),
        archived: flagOr(spec.archived, false),
        conclusion: valueOr(spec.conclusion, null),
        conclusion_comment: textOrEmpty(spec.conclusion_comment),
        exposure_criteria: spec.exposure_criteria === undefined ? null : dropNulls(spec.exposure_criteria),
        stats_config: spec.stats_config === undefined ? null : dropNulls(spec.stats_config),
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
        .filter((s) => isJsonObject(s.metadata) && s.metadata.type === type)
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
      metrics: canonicalMetrics(raw.metrics),
      metrics_secondary: canonicalMetrics(raw.metrics_secondary),
      saved_metrics: { primary: savedKeys("primary"), secondary: savedKeys("secondary") },
      lifecycle: readLifecycle(raw),
      archived: flagOr(raw.archived, false),
      conclusion: valueOr(raw.conclusion, null),
      conclusion_comment: textOrEmpty(raw.conclusion_comment),
      exposure_criteria: raw.exposure_criteria === undefined || raw.exposure_criteria === null ? null : dropNulls(raw.exposure_criteria),
      stats_config: raw.stats_config === undefined || raw.stats_config === null ? null : dropNulls(raw.stats_config),
    };
  },
  toPayload(key, fields, lookup, action, before) {
    const saved = fields.saved_metrics as { primary: string[]; secondary: string[] };
    const savedIds = [
      ...saved.primary.map((k) => ({ id: lookup.idOf({ kind: "experiment-saved-metrics", key: k }) ?? null, metadata: { type: "primary" } })),
      ...saved.secondary.map((k) => ({ id: lookup.idOf({ kind: "experiment-saved-metrics", key: k }) ?? null, metadata: { type: "secondary" } })),
    ];
    const holdoutId = fields.holdout === null ? null : (lookup.idOf({ kind: "experiment-holdouts", key: fields.holdout as string }) ?? null);
    const payload: JsonObject = {
      name: fields.name as string,
      description: appendIdentityMarker("experiments", key, fields.description),
      metrics: fields.metrics as JsonValue,
      metrics_secondary: fields.metrics_secondary as JsonValue,
      saved_metrics_ids: savedIds,
      // Definitions may reach a project before its events do; PostHog checks the events again when computing results.
      allow_unknown_events: true,
    };
    if (fields.exposure_criteria !== null) payload.exposure_criteria = fields.exposure_criteria as JsonValue;
    if (fields.stats_config !== null) payload.stats_config = fields.stats_config as JsonValue;
    if (fields.conclusion !== null) {
      payload.conclusion = fields.conclusion as JsonValue;
      payload.conclusion_comment = fields.conclusion_comment as string;
    }
    const draft = action === "create" || before?.lifecycle === "draft";
    // A launched experiment refuses variant and holdout keys even when unchanged.
    if (draft) {
      payload.parameters = fields.parameters as JsonValue;
      payload.holdout_id = holdoutId;
    }
    if (action === "create") {
      payload.feature_flag_key = fields.feature_flag as string;
      payload.type = fields.type as string;
    }
    return payload;
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
      metrics: unlessDefault(fields.metrics, []),
      metrics_secondary: unlessDefault(fields.metrics_secondary, []),
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
  converge: convergeLifecycle,
  warn: warnExperiment,
};
