import { charFieldLength, checkEdgeWhitespace, describeMarkerOverflow } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { dropNulls, textOrEmpty, valueOr } from "../normalize.js";
import { arrayOf, field, json, nullable, number, object, required, sdkType, string } from "../schema.js";
import { compactSpec, slugKey, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";

/** PostHog forces each group's variant to `holdout-<id>`; it is not part of the definition. */
function canonicalGroups(value: JsonValue | undefined): JsonValue {
  return (Array.isArray(value) ? value : []).filter(isJsonObject).map((group) => ({
    properties: Array.isArray(group.properties) ? group.properties.map(dropNulls) : [],
    rollout_percentage: valueOr(group.rollout_percentage, 0),
  }));
}

/** `ExperimentHoldout.name` and `.description` are `CharField(max_length=400)`; the identity marker lives in the description. */
const NAME_MAX = 400;
const DESCRIPTION_MAX = 400;

/** Experiment holdouts: a share of users excluded from experiments; identity is a description marker. */
export const experimentHoldouts: KindModule<"experiment-holdouts"> = defineKind({
  name: "experiment-holdouts",
  label: "experiment holdout",
  constructorName: "experimentHoldout",
  folder: "experiment-holdouts",
  references: [],
  sdk: { spec: "ExperimentHoldout", doc: "Fields of `experimentHoldout()`.", constructorDoc: "Defines an experiment holdout group." },
  readme: { resource: "Experiment holdouts", sdk: "`experimentHoldout()`", identity: "description marker" },
  // handle_experiment_holdout_change writes under the Experiment scope, typed holdout.
  activityScope: "Experiment",
  activityType: "holdout",
  api: { collection: "experiment_holdouts", remove: "hard" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: required(string({ nonEmpty: true })),
    description: string(),
    filters: required(arrayOf(object({
      properties: sdkType(arrayOf(json), { type: "PropertyFilter[]" }),
      rollout_percentage: required(nullable(number({ min: 0, max: 100 }))),
      variant: field(nullable(string()), { doc: "Ignored, as PostHog ignores it: every group's variant is `holdout-<id>`." }),
    }), { min: 1 })),
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "name", description: "description" }, report);
    const name = charFieldLength(textOrEmpty(spec.name));
    if (name > NAME_MAX) report("name", `must be at most ${NAME_MAX} characters, as PostHog counts them (got ${name})`);
    (Array.isArray(spec.filters) ? spec.filters : []).forEach((group, i) => {
      if (isJsonObject(group) && group.rollout_percentage === null) {
        report(`filters.${i}.rollout_percentage`, "PostHog refuses a holdout group without a rollout (\"Rollout percentage must be present.\"); give the share of users held out, 0 to 100");
      }
    });
    const overflow = describeMarkerOverflow("experiment-holdouts", String(spec.key), spec.description, DESCRIPTION_MAX, context?.owner);
    if (overflow !== undefined) report("description", overflow);
  },
  toDesired(spec) {
    return { fields: { name: textOrEmpty(spec.name), description: textOrEmpty(spec.description), filters: canonicalGroups(spec.filters) }, dependsOn: [] };
  },
  identify(raw) {
    return readIdentityMarker("experiment-holdouts", raw.description);
  },
  toObserved(raw) {
    return { name: textOrEmpty(raw.name), description: stripIdentityMarker(raw.description), filters: canonicalGroups(raw.filters) };
  },
  toPayload(key, fields) {
    return { ...fields, description: appendIdentityMarker("experiment-holdouts", key, fields.description) };
  },
  proposeKey(raw) {
    return slugKey(raw.name, `holdout-${String(raw.id)}`);
  },
  toSpec(fields, key) {
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      filters: (fields.filters as JsonObject[]).map((group) => compactSpec({ properties: unlessDefault(group.properties, []), rollout_percentage: group.rollout_percentage })),
    });
  },
});
