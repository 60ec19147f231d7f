import { stripCharField } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { flagOr, textOrEmpty } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { arrayOf, boolean, field, json, nullable, number, object, oneOf, recordOf, required, sdkType, string } from "../schema.js";
import { readSecretName, SECRET_SET, secretOr } from "../secrets.js";
import { compactSpec, slugKey, specCall, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";

const TYPES = ["destination", "transformation"] as const;
/** The keys `HogFunctionFiltersSerializer` keeps that a definition writes (it adds `bytecode` itself). */
const FILTER_KEYS = ["events", "actions", "properties", "filter_test_accounts"] as const;

/** The filters a definition manages, without the bytecode PostHog compiles from them. */
function canonicalFilters(value: JsonValue | undefined): JsonObject {
  const out: JsonObject = {};
  if (!isJsonObject(value)) return out;
  for (const key of FILTER_KEYS) if (value[key] !== undefined && value[key] !== null) out[key] = value[key];
  return out;
}

/** `HogFunctionMaskingSerializer`: ttl, hash and threshold (PostHog adds the hash's bytecode). */
function canonicalMasking(value: JsonValue | undefined): JsonObject | null {
  if (!isJsonObject(value)) return null;
  return { ttl: value.ttl ?? null, hash: value.hash ?? null, threshold: value.threshold ?? null };
}

/**
 * Inputs as PostHog returns them, `{key: {value, order, bytecode…}}`, back to `{key: value}`;
 * a secret PostHog holds is `{secret: true}` without the value, which the core reads as set.
 */
function observedInputs(value: JsonValue | undefined): JsonObject {
  const out: JsonObject = {};
  if (!isJsonObject(value)) return out;
  for (const key of Object.keys(value).sort()) {
    const item = value[key];
    if (isJsonObject(item) && item.secret === true) out[key] = { ...SECRET_SET };
    else if (isJsonObject(item) && item.value !== undefined) out[key] = item.value;
  }
  return out;
}

/**
 * The inputs of a request. A secret goes as its marker, which apply fills with the value, on a
 * create, when PostHog holds none, or when rotating; otherwise `{secret: true}`, which PostHog's
 * `InputsSerializer` answers by keeping the stored value.
 */
function payloadInputs(inputs: JsonObject, before: JsonObject | undefined): JsonObject {
  const live = isJsonObject(before?.inputs) ? before.inputs : {};
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(inputs)) {
    const kept = readSecretName(value) !== undefined && before !== undefined && isDeepEqual(live[key], value);
    out[key] = kept ? { secret: true } : { value };
  }
  return out;
}

/** The name pull gives the variable of a secret it cannot read. */
function secretVariable(key: string, input: string): string {
  return `${key}_${input}`.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^[^A-Z]+/, "S_");
}

function summarizeFunction(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (before === undefined || after === undefined) return [];
  const lines: string[] = [];
  if (changes.some((change) => change.path === "enabled")) lines.push(after.enabled === true ? "function enabled" : "function paused");
  const inputs = isJsonObject(after.inputs) ? after.inputs : {};
  const sent = [...new Set(changes.filter((change) => change.path.startsWith("inputs.")).map((change) => change.path.split(".")[1]!))].sort();
  for (const input of sent) {
    const name = readSecretName(inputs[input]);
    lines.push(name === undefined ? `input ${input} changed` : `secret input ${input} sent from ${name}`);
  }
  if (changes.some((change) => change.path === "filters" || change.path.startsWith("filters."))) lines.push("filters changed: a different set of events triggers it");
  return lines;
}

/**
 * An input PostHog holds as a secret that the definition gives as a plain value: PostHog never
 * returns it, so the value would be sent (and planned) on every run.
 */
function warnPlainSecrets(changes: readonly FieldChange[], before: JsonObject | undefined): string[] {
  const live = isJsonObject(before?.inputs) ? before.inputs : {};
  return changes
    .filter((change) => /^inputs\.[^.]+$/.test(change.path) && isJsonObject(live[change.path.slice(7)]) && (live[change.path.slice(7)] as JsonObject).$secret === true && change.kind !== "remove" && readSecretName(change.after) === undefined)
    .map((change) => `input ${change.path.slice(7)} is a secret in PostHog, which never returns it: write it as secret("VARIABLE") so it is not sent, and shown, on every plan`);
}

/**
 * Hog functions, destinations and transformations (`/api/projects/:id/hog_functions/`), built from
 * a template by id: PostHog copies the template's code and input schema on create, and the
 * definition gives the inputs (secrets by name, see `secrets.ts`), filters, masking, whether it
 * runs and, for transformations, its execution order. No tags, so identity is a description
 * marker. `type` and the template cannot change after creation. DELETE is refused (405); removal
 * is a soft delete.
 */
export const hogFunctions: KindModule<"hog-functions"> = defineKind({
  name: "hog-functions",
  label: "hog function",
  constructorName: "hogFunction",
  folder: "hog-functions",
  references: [],
  sdk: { spec: "HogFunction", doc: "Fields of `hogFunction()`.", constructorDoc: "Defines a destination or transformation from one of PostHog's templates; secret inputs are named with `secret()`." },
  readme: { resource: "Hog functions", sdk: "`hogFunction()` from a template, with inputs (secrets by `secret()`), filters, masking and execution order", identity: "description marker" },
  ui: { path: "functions" },
  activityScope: "HogFunction",
  // The list uses HogFunctionMinimalSerializer, without inputs or masking.
  api: { collection: "hog_functions", remove: "soft", readDetail: true },
  declaredOnly: ["execution_order"],
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    type: field(oneOf(...TYPES), {
      required: true,
      doc: "A destination sends events elsewhere; a transformation changes them during ingestion.",
      immutable: { path: "type", reason: "PostHog cannot change a hog function's type (\"Cannot modify the type of an existing function\"); apply deletes it and creates it anew" },
    }),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: field(string(), { doc: "It also carries the identity marker (an HTML comment)." }),
    templateId: field(string({ nonEmpty: true, max: 400 }), {
      required: true,
      doc: "The template the function is built from (`template-webhook`); PostHog copies its code and input schema on create.",
      immutable: { path: "template_id", reason: "PostHog keeps a hog function's template from its creation; apply deletes it and creates it anew from the new template" },
    }),
    enabled: field(boolean, { doc: "Whether it runs (true by default)." }),
    inputs: field(sdkType(recordOf(secretOr(json)), { type: "Record<string, JsonValue | Secret>" }), { doc: "Values of the template's inputs by key; secret ones as `secret(\"VARIABLE\")`." }),
    filters: field(
      object({ events: arrayOf(json), actions: arrayOf(json), properties: arrayOf(json), filter_test_accounts: boolean }),
      { doc: "Which events trigger it, in PostHog's filter form (`events`, `actions`, `properties`, `filter_test_accounts`)." },
    ),
    masking: field(object({ ttl: required(number({ integer: true, min: 60, max: 86400 })), hash: required(string({ nonEmpty: true })), threshold: nullable(number({ integer: true })) }), {
      doc: "Runs at most once per `hash` (a template such as `{person.id}`) every `ttl` seconds.",
    }),
    executionOrder: field(number({ integer: true, min: 0 }), { doc: "A transformation's place among the project's transformations; PostHog puts a new one last when it is not given." }),
  }),
  toDesired(spec) {
    const inputs: JsonObject = {};
    if (isJsonObject(spec.inputs)) for (const key of Object.keys(spec.inputs).sort()) inputs[key] = spec.inputs[key]!;
    return {
      fields: {
        type: String(spec.type),
        name: textOrEmpty(spec.name),
        description: stripCharField(textOrEmpty(spec.description)),
        template_id: textOrEmpty(spec.templateId),
        enabled: flagOr(spec.enabled, true),
        inputs,
        filters: canonicalFilters(spec.filters),
        masking: canonicalMasking(spec.masking),
        ...(typeof spec.executionOrder === "number" ? { execution_order: spec.executionOrder } : {}),
      },
      dependsOn: [],
    };
  },
  identify(raw) {
    return readIdentityMarker("hog-functions", raw.description);
  },
  // PostHog's own notification functions (a logs alert's destinations, made by the alert's routes
  // and refused by this API in newer versions): never read, pulled, adopted or pruned as functions.
  serverOwned: (raw) => raw.type === "internal_destination",
  toObserved(raw) {
    const template = isJsonObject(raw.template) ? raw.template.id : undefined;
    return {
      type: textOrEmpty(raw.type),
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      template_id: typeof template === "string" ? template : "",
      enabled: flagOr(raw.enabled, false),
      inputs: observedInputs(raw.inputs),
      filters: canonicalFilters(raw.filters),
      masking: canonicalMasking(raw.masking),
      execution_order: typeof raw.execution_order === "number" ? raw.execution_order : null,
    };
  },
  toPayload(key, fields, _lookup, action, before) {
    const payload: JsonObject = {
      type: fields.type as string,
      name: fields.name as string,
      description: appendIdentityMarker("hog-functions", key, fields.description),
      enabled: fields.enabled as boolean,
      inputs: payloadInputs(fields.inputs as JsonObject, action === "update" ? before : undefined),
      filters: fields.filters as JsonObject,
      masking: fields.masking as JsonObject | null,
    };
    if (fields.execution_order !== undefined) payload.execution_order = fields.execution_order;
    // The serializer takes the template from the instance on every update.
    if (action === "create") payload.template_id = fields.template_id as string;
    return payload;
  },
  proposeKey(raw) {
    const slug = slugKey(raw.name, `function-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `function-${slug}`;
  },
  toSpec(fields, key, warn) {
    const inputs: JsonObject = {};
    for (const [input, value] of Object.entries(isJsonObject(fields.inputs) ? fields.inputs : {})) {
      if (isJsonObject(value) && value.$secret === true) {
        const variable = secretVariable(key, input);
        warn(`input ${input} is a secret PostHog does not return; it is written as secret("${variable}"): set ${variable} and list it in posthog.config.ts secrets before applying`);
        inputs[input] = specCall("secret", variable);
      } else {
        const name = readSecretName(value);
        inputs[input] = name === undefined ? value : specCall("secret", name);
      }
    }
    const masking = fields.masking as JsonObject | null;
    return compactSpec({
      key,
      type: fields.type,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      templateId: fields.template_id,
      enabled: unlessDefault(fields.enabled, true),
      inputs: unlessDefault(inputs, {}),
      filters: unlessDefault(fields.filters, {}),
      masking: masking === null ? undefined : compactSpec({ ttl: masking.ttl, hash: masking.hash, threshold: unlessDefault(masking.threshold, null) }),
      executionOrder: fields.type === "transformation" ? (fields.execution_order ?? undefined) : undefined,
    });
  },
  summarize: summarizeFunction,
  warn: (changes, before) => warnPlainSecrets(changes, before),
});
