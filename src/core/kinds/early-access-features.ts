import { stripCharField } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject } from "../json.js";
import { readRef } from "../model.js";
import { textOrEmpty } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { field, json, object, oneOf, recordOf, ref, required, sdkType, string } from "../schema.js";
import { compactSpec, slugKey, specRef, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { DrivenFields, KindModule } from "./kind.js";

const STAGES = ["draft", "concept", "alpha", "beta", "general-availability", "archived"] as const;
/** `EarlyAccessFeature.ActiveStage`: the stages that open the flag to the people who opted in. */
const ACTIVE_STAGES: readonly string[] = ["alpha", "beta", "general-availability"];

/**
 * In an active stage PostHog sets `feature_enrollment` on the linked flag's filters (and clears it
 * otherwise), so the flag's plan carries it instead of undoing it on the flag's next update.
 */
function drivesEnrollment(spec: JsonObject): DrivenFields[] {
  const flag = readRef(spec.featureFlag);
  if (flag === undefined || !ACTIVE_STAGES.includes(String(spec.stage))) return [];
  return [{ target: flag, from: "stage", fields: { "filters.feature_enrollment": true }, reason: `early access feature "${String(spec.key)}" is in stage ${String(spec.stage)}, which opens its flag to the people who opted in` }];
}

function summarizeFeature(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (before === undefined || after === undefined || !changes.some((change) => change.path === "stage")) return [];
  const opens = !ACTIVE_STAGES.includes(String(before.stage)) && ACTIVE_STAGES.includes(String(after.stage));
  const closes = ACTIVE_STAGES.includes(String(before.stage)) && !ACTIVE_STAGES.includes(String(after.stage));
  const effect = opens ? "; the flag is enabled for people who opted in" : closes ? "; opted-in people no longer get the flag" : "";
  return [`stage ${String(before.stage)} → ${String(after.stage)}${effect}`];
}

/**
 * Early access features: a feature people opt into, gated by a feature flag referenced by object
 * (PostHog would otherwise create an unmanaged flag from the name), in a stage from draft to
 * general availability. No tags, so identity is a description marker, as PostHog's tool writes it.
 * The flag cannot change after creation (only the create serializer takes `feature_flag_id`).
 * Deleting is a real DELETE, which also clears the flag's enrollment.
 */
export const earlyAccessFeatures: KindModule<"early-access-features"> = defineKind({
  name: "early-access-features",
  label: "early access feature",
  constructorName: "earlyAccessFeature",
  folder: "early-access-features",
  references: ["feature-flags"],
  sdk: { spec: "EarlyAccessFeature", doc: "Fields of `earlyAccessFeature()`.", constructorDoc: "Defines an early access feature, gated by a feature flag." },
  readme: { resource: "Early access features", sdk: "`earlyAccessFeature()` with its stage and a linked flag", identity: "description marker" },
  ui: { path: "early_access_features" },
  api: { collection: "early_access_feature", remove: "hard" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 200 })),
    description: field(string(), { doc: "Shown to people in the opt-in UI; it also carries the identity marker (an HTML comment)." }),
    stage: field(oneOf(...STAGES), { required: true, doc: "`alpha`, `beta` and `general-availability` open the flag to the people who opted in." }),
    documentationUrl: field(string({ max: 800, pattern: /^https?:\/\/\S+$/, patternHint: "must be an http(s) URL" }), { doc: "Shown in the opt-in UI." }),
    payload: field(sdkType(recordOf(json), { type: "Record<string, unknown>" }), { doc: "JSON metadata PostHog serves with the feature." }),
    featureFlag: field(ref("feature-flags", "feature flag"), {
      required: true,
      doc: "The boolean flag that gates the feature; it cannot change after creation.",
      immutable: { path: "feature_flag", reason: "PostHog cannot change an early access feature's flag after creation; apply deletes the feature and creates it anew with the new flag" },
    }),
  }),
  toDesired(spec) {
    const flag = readRef(spec.featureFlag);
    return {
      fields: {
        name: textOrEmpty(spec.name),
        // DRF trims CharField input.
        description: stripCharField(textOrEmpty(spec.description)),
        stage: String(spec.stage),
        documentation_url: textOrEmpty(spec.documentationUrl),
        payload: isJsonObject(spec.payload) ? spec.payload : {},
        feature_flag: flag?.key ?? null,
      },
      dependsOn: flag ? [flag] : [],
    };
  },
  identify(raw) {
    return readIdentityMarker("early-access-features", raw.description);
  },
  toObserved(raw, lookup) {
    const flagId = isJsonObject(raw.feature_flag) ? raw.feature_flag.id : undefined;
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      stage: textOrEmpty(raw.stage),
      documentation_url: textOrEmpty(raw.documentation_url),
      payload: isJsonObject(raw.payload) ? raw.payload : {},
      feature_flag: typeof flagId === "number" || typeof flagId === "string" ? (lookup.keyOf("feature-flags", flagId) ?? `#${String(flagId)}`) : null,
    };
  },
  toPayload(key, fields, lookup, action) {
    const payload: JsonObject = {
      name: fields.name as string,
      description: appendIdentityMarker("early-access-features", key, fields.description),
      stage: fields.stage as string,
      documentation_url: fields.documentation_url as string,
      payload: fields.payload as JsonObject,
    };
    // Only the create serializer takes the flag; an update would ignore it.
    if (action === "create" && typeof fields.feature_flag === "string") payload.feature_flag_id = lookup.idOf({ kind: "feature-flags", key: fields.feature_flag }) ?? null;
    return payload;
  },
  drives: drivesEnrollment,
  proposeKey(raw) {
    const slug = slugKey(raw.name, `feature-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `feature-${slug}`;
  },
  toSpec(fields, key, warn) {
    const flag = fields.feature_flag as string | null;
    if (flag === null || flag.startsWith("#")) warn(flag === null ? "has no feature flag, which a definition needs" : `is gated by feature flag ${flag}, which is not pulled; it is left out`);
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      stage: fields.stage,
      documentationUrl: unlessDefault(fields.documentation_url, ""),
      payload: unlessDefault(fields.payload, {}),
      featureFlag: flag === null || flag.startsWith("#") ? undefined : specRef("feature-flags", flag),
    });
  },
  summarize: summarizeFeature,
});
