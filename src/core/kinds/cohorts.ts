import { checkEdgeWhitespace, describeMarkerOverflow } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { dropNulls, flagOr, textOrEmpty } from "../normalize.js";
import { boolean, field, json, object, oneOf, required, sdkType, string } from "../schema.js";
import { compactSpec, slugKey, unlessDefault } from "../spec.js";
import { canonicalCohortRefs, collectCohortRefs, observedCohortRefs, resolveCohortRefs, specCohortRefs } from "./cohort-refs.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";

const SERVER_FIELDS = new Set(["bytecode", "bytecode_error", "conditionHash"]);

/** PostHog adds compiled bytecode and hashes to every filter leaf; they are not part of the definition. */
function stripServerFields(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(stripServerFields);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, member] of Object.entries(value)) if (!SERVER_FIELDS.has(key)) out[key] = stripServerFields(member);
  return out;
}

/** `Cohort.description` is a `CharField(max_length=1000)`; `CohortSerializer` takes it from the model, so 1000 holds. */
const DESCRIPTION_MAX = 1000;

/** PostHog's cohort types (`CohortType`). */
const COHORT_TYPES = ["static", "person_property", "behavioral", "realtime", "analytical"] as const;

/** A static cohort's query as compared (PostHog's nulls left out); cohorts without one have no such field. */
function canonicalQuery(query: JsonValue | undefined, isStatic: boolean): JsonObject {
  return isStatic && isJsonObject(query) ? { query: dropNulls(query) } : {};
}

function canonicalFilters(filters: JsonValue | undefined, isStatic: boolean): JsonValue {
  if (isStatic || !isJsonObject(filters)) return null;
  return dropNulls(stripServerFields(filters));
}

/** Cohorts: dynamic (filter trees) or static containers; no tags, so identity is a description marker. */
export const cohorts: KindModule<"cohorts"> = defineKind({
  name: "cohorts",
  label: "cohort",
  constructorName: "cohort",
  folder: "cohorts",
  references: ["cohorts"],
  sdk: {
    spec: "CohortSpec",
    doc: "Fields of `cohort()`: dynamic cohorts have `filters`; static ones are empty containers.",
    alias: { name: "Cohort", doc: "A defined cohort; target it from flags with `{ cohort }`." },
    constructorDoc: "Defines a cohort.",
    variants: [{ is_static: { type: "false", optional: true }, filters: "required", query: "omit" }, { is_static: { type: "true" }, filters: "omit" }],
  },
  readme: { resource: "Cohorts", sdk: "`cohort()` (dynamic or static)", identity: "description marker" },
  ui: { path: "cohorts" },
  activityScope: "Cohort",
  api: { collection: "cohorts", remove: "soft" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: string(),
    is_static: boolean,
    filters: object({ properties: required(sdkType(object({ type: required(oneOf("AND", "OR")), values: required(json) }), { type: "CohortGroup" })) }),
    query: field(sdkType(json, { type: "{ kind: string; [field: string]: unknown }" }), {
      doc: "A static cohort's members, computed once from this query (a HogQL cohort); PostHog cannot change it afterwards.",
      immutable: { reason: "PostHog cannot change a static cohort's query, so apply replaces the cohort: the old one is deleted and a new one is computed from the new query" },
    }),
    cohort_type: field(oneOf(...COHORT_TYPES), { doc: "PostHog derives the type from the filters and checks a declared one against them; compared only when declared." }),
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "name", description: "description" }, report);
    const overflow = describeMarkerOverflow("cohorts", String(spec.key), spec.description, DESCRIPTION_MAX, context?.owner);
    if (overflow !== undefined) report("description", overflow);
    if (spec.is_static === true && spec.filters !== undefined) report("filters", "a static cohort has no filters; its members are added outside definitions");
    if (spec.is_static !== true && spec.filters === undefined) report("filters", "a dynamic cohort needs filters (or set is_static: true)");
    if (spec.query !== undefined && spec.is_static !== true) report("query", "PostHog computes a cohort from a query only once, as a static cohort: set is_static: true (\"Cannot create a dynamic cohort with a query\")");
    if (spec.query !== undefined && (!isJsonObject(spec.query) || typeof spec.query.kind !== "string")) report("query", "expected a query node such as { kind: \"HogQLQuery\", query: \"select ...\" }");
  },
  toDesired(spec) {
    const isStatic = flagOr(spec.is_static, false);
    const filters = canonicalCohortRefs(canonicalFilters(spec.filters, isStatic));
    const fields: JsonObject = { name: textOrEmpty(spec.name), description: textOrEmpty(spec.description), is_static: isStatic, filters, ...canonicalQuery(spec.query, isStatic) };
    if (typeof spec.cohort_type === "string") fields.cohort_type = spec.cohort_type;
    return { fields, dependsOn: collectCohortRefs(filters) };
  },
  identify(raw) {
    return readIdentityMarker("cohorts", raw.description);
  },
  toObserved(raw, lookup) {
    const isStatic = flagOr(raw.is_static, false);
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      is_static: isStatic,
      filters: observedCohortRefs(canonicalFilters(raw.filters, isStatic), lookup),
      ...canonicalQuery(raw.query, isStatic),
      ...(typeof raw.cohort_type === "string" ? { cohort_type: raw.cohort_type } : {}),
    };
  },
  declaredOnly: ["cohort_type"],
  toPayload(key, fields, lookup, action) {
    const payload: JsonObject = {
      name: fields.name as string,
      description: appendIdentityMarker("cohorts", key, fields.description),
      is_static: fields.is_static as boolean,
    };
    if (fields.filters !== null) payload.filters = resolveCohortRefs(fields.filters as JsonValue, lookup);
    // A static cohort's query is read once, on create (`CohortSerializer.create`, `_handle_static`).
    if (action === "create" && fields.query !== undefined) payload.query = fields.query as JsonValue;
    if (fields.cohort_type !== undefined) payload.cohort_type = fields.cohort_type as JsonValue;
    // PostHog needs a source for a new static cohort; an empty person list creates an empty container.
    if (action === "create" && fields.is_static === true) payload._create_static_person_ids = [];
    return payload;
  },
  proposeKey(raw) {
    const slug = slugKey(raw.name, `cohort-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `cohort-${slug}`;
  },
  toSpec(fields, key, warn) {
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      is_static: fields.is_static === true ? true : undefined,
      filters: fields.filters === null ? undefined : specCohortRefs(fields.filters as JsonValue, warn),
      query: fields.query,
    });
  },
});
