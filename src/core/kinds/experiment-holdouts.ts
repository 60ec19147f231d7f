import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { dropNulls, textOrEmpty, valueOr } from "../normalize.js";
import { arrayOf, json, number, object, required, string } from "../schema.js";
import { compactSpec, slugKey, unlessDefault } from "../spec.js";
import type { KindModule } from "./kind.js";

/** PostHog forces each group's variant to `holdout-<id>`; it is not part of the definition. */
function canonicalGroups(value: JsonValue | undefined): JsonValue {
  return (Array.isArray(value) ? value : []).filter(isJsonObject).map((group) => ({
    properties: Array.isArray(group.properties) ? group.properties.map(dropNulls) : [],
    rollout_percentage: valueOr(group.rollout_percentage, 0),
  }));
}

/** Experiment holdouts: a share of users excluded from experiments; identity is a description marker. */
export const experimentHoldouts: KindModule = {
  name: "experiment-holdouts",
  label: "experiment holdout",
  constructorName: "experimentHoldout",
  folder: "experiment-holdouts",
  references: [],
  api: { collection: "experiment_holdouts", remove: "hard" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: string(),
    filters: required(arrayOf(object({ properties: arrayOf(json), rollout_percentage: required(number({ min: 0, max: 100 })) }), { min: 1 })),
  }),
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
};
