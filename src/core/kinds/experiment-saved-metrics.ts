import { checkEdgeWhitespace, describeMarkerOverflow } from "../char-field.js";
import { appendIdentityMarker, buildTagPayload, normalizeUserTags, readIdentityMarker, readIdentityTag, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonValue } from "../json.js";
import { textOrEmpty } from "../normalize.js";
import { arrayOf, json, object, required, sdkType, string } from "../schema.js";
import { compactSpec, slugKey, unlessDefault } from "../spec.js";
import { canonicalMetric, metricActionRefs, observedMetric, requestMetric, specMetrics } from "./experiment-metrics.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";

/** `ExperimentSavedMetric.description` is a `CharField(max_length=400)`. */
const DESCRIPTION_MAX = 400;

/**
 * Saved (shared) experiment metrics. They support tags, so identity is the tag;
 * the description marker PostHog's own tool writes is recognised too, so a
 * project it managed is adopted rather than duplicated, and written too, since
 * that tool recognises saved metrics by the marker alone.
 */
export const experimentSavedMetrics: KindModule<"experiment-saved-metrics"> = defineKind({
  name: "experiment-saved-metrics",
  label: "experiment saved metric",
  constructorName: "experimentSavedMetric",
  folder: "experiment-saved-metrics",
  references: ["actions"],
  sdk: { spec: "ExperimentSavedMetric", doc: "Fields of `experimentSavedMetric()`.", constructorDoc: "Defines a saved (shared) experiment metric." },
  readme: { resource: "Experiment saved metrics", sdk: "`experimentSavedMetric()`", identity: "tag" },
  // handle_experiment_saved_metric_change writes under the Experiment scope, typed shared_metric.
  activityScope: "Experiment",
  activityType: "shared_metric",
  api: { collection: "experiment_saved_metrics", remove: "hard" },
  unique: { field: "name", desired: (_key, fields) => fields.name as string, live: (raw) => raw.name, caseInsensitive: true },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: string(),
    // PostHog's tool types the query as an opaque object; either form is checked as an ExperimentMetric here.
    query: required(sdkType(json, { type: "ExperimentMetric | { [field: string]: unknown }" })),
    tags: arrayOf(string({ max: 255 })),
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "name", description: "description" }, report);
    const overflow = describeMarkerOverflow("experiment-saved-metrics", String(spec.key), spec.description, DESCRIPTION_MAX, context?.owner);
    if (overflow !== undefined) report("description", overflow);
    if (!isJsonObject(spec.query) || spec.query.kind !== "ExperimentMetric") report("query", 'expected an ExperimentMetric ({ kind: "ExperimentMetric", metric_type: ... })');
  },
  toDesired(spec) {
    const query = canonicalMetric(spec.query ?? null);
    return {
      fields: { name: textOrEmpty(spec.name), description: textOrEmpty(spec.description), query, tags: normalizeUserTags(spec.tags) },
      dependsOn: metricActionRefs(query),
    };
  },
  identify(raw) {
    return readIdentityTag("experiment-saved-metrics", raw.tags) ?? readIdentityMarker("experiment-saved-metrics", raw.description);
  },
  toObserved(raw, lookup) {
    return { name: textOrEmpty(raw.name), description: stripIdentityMarker(raw.description), query: observedMetric(raw.query ?? null, lookup), tags: normalizeUserTags(raw.tags) };
  },
  toPayload(key, fields, lookup) {
    // PostHog assigns the query's uuid on create and keeps it on every update (`normalize_query_for_write`).
    return {
      ...fields,
      description: appendIdentityMarker("experiment-saved-metrics", key, fields.description),
      query: requestMetric(fields.query as JsonValue, lookup),
      tags: buildTagPayload("experiment-saved-metrics", key, fields.tags),
    };
  },
  proposeKey(raw) {
    return slugKey(raw.name, `saved-metric-${String(raw.id)}`);
  },
  toSpec(fields, key, warn) {
    return compactSpec({ key, name: fields.name, description: unlessDefault(fields.description, ""), query: specMetrics(fields.query as JsonValue, warn), tags: unlessDefault(fields.tags, []) });
  },
});
