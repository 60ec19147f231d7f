import { stripTrailingSpace } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { dropNulls, flagOr, textOrEmpty, valueOr } from "../normalize.js";
import { boolean, field, json, nullable, object, oneOf, recordOf, required, sdkType, string } from "../schema.js";
import { compactSpec, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";
import { specEndpointQuery } from "./query-spec.js";

const FRESHNESS = [900, 1800, 3600, 21600, 43200, 86400, 604800] as const;

/** The display nodes the SDK's query constructors wrap a query in for insights. */
const WRAPPERS = new Set(["DataVisualizationNode", "DataTableNode", "InsightVizNode"]);

/** Fields PostHog sets only when asked and never changes on its own, compared only when a definition declares them. */
const DECLARED_ONLY = ["derived_from_insight", "bucket_overrides"] as const;

/** Endpoints: named queries served as an API, addressed by name; identity is a description marker. */
export const endpoints: KindModule<"endpoints"> = defineKind({
  name: "endpoints",
  label: "endpoint",
  constructorName: "endpoint",
  folder: "endpoints",
  references: [],
  sdk: { spec: "Endpoint", doc: "Fields of `endpoint()`.", constructorDoc: "Defines an endpoint (a named query exposed as an API)." },
  readme: { resource: "Endpoints", sdk: "`endpoint()`", identity: "description marker" },
  api: { collection: "endpoints", remove: "hard", pathId: (raw) => String(raw.name) },
  // `EndpointCrudService` logs under the endpoint's id (the API addresses it by name): its own fields as
  // `updated`, a query change as `version_created`, the current version's fields under `EndpointVersion`.
  activityScope: "Endpoint",
  activityItem: (raw) => String(raw.id),
  activityExtra: { scopes: ["EndpointVersion"], activities: ["version_created", "version_updated"] },
  unique: { field: "name", desired: (_key, fields) => fields.name as string, live: (raw) => raw.name },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    // The name is the endpoint's path; `EndpointCrudService.update` never writes it, so a rename is ignored.
    name: field(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]{0,127}$/, patternHint: "must start with a letter, then up to 127 letters, digits, '_' or '-'" }), {
      required: true,
      doc: 'The URL path segment: a letter, then up to 127 letters, digits, "_" or "-".',
      immutable: { reason: "PostHog cannot rename an endpoint (its name is its URL path), so apply replaces it: the endpoint under the old name is deleted and one is created under the new name" },
    }),
    description: string(),
    query: required(sdkType(json, { type: "InsightQuery | InsightQueryNode | HogQLQuery | { kind: string; [field: string]: unknown }" })),
    is_active: boolean,
    is_materialized: field(boolean, { doc: "Materializes the results (HogQL queries); PostHog turns it off for an inactive endpoint." }),
    derived_from_insight: field(nullable(string()), {
      doc: "The short id of the insight this endpoint mirrors (one project's id); compared only when declared.",
      immutable: { reason: "PostHog sets an endpoint's source insight only when it creates the endpoint, so apply replaces it: the endpoint is deleted and created anew under the same name" },
    }),
    data_freshness_seconds: oneOf(...FRESHNESS),
    bucket_overrides: field(sdkType(nullable(recordOf(json)), { type: "{ [column: string]: unknown } | null" }), {
      doc: "Bucket keys by column for a materialized range variable; compared only when declared.",
    }),
  }),
  validate(spec, report) {
    // PostHog keeps the description as sent (a pydantic `EndpointRequest`, not a DRF CharField), but the
    // identity marker read drops whitespace (Python's set) before the marker, so trailing whitespace would plan a change forever.
    if (typeof spec.description === "string" && stripTrailingSpace(spec.description) !== spec.description) {
      report("description", "trailing whitespace is lost before the identity marker this tool appends to the description; remove it");
    }
    if (!isJsonObject(spec.query) || typeof spec.query.kind !== "string") report("query", "expected a query node such as hogql(...)");
  },
  toDesired(spec) {
    const fields: JsonObject = {
      name: textOrEmpty(spec.name),
      description: textOrEmpty(spec.description),
      query: dropNulls(unwrap(spec.query)),
      is_active: flagOr(spec.is_active, true),
      is_materialized: flagOr(spec.is_materialized, false),
      data_freshness_seconds: valueOr(spec.data_freshness_seconds, 86400),
    };
    for (const name of DECLARED_ONLY) if (spec[name] !== undefined) fields[name] = spec[name]!;
    return { fields, dependsOn: [] };
  },
  declaredOnly: DECLARED_ONLY,
  identify(raw) {
    return readIdentityMarker("endpoints", raw.description);
  },
  toObserved(raw) {
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      query: raw.query === undefined ? null : dropNulls(raw.query),
      is_active: flagOr(raw.is_active, true),
      is_materialized: flagOr(raw.is_materialized, false),
      data_freshness_seconds: valueOr(raw.data_freshness_seconds, 86400),
      derived_from_insight: valueOr(raw.derived_from_insight, null),
      bucket_overrides: valueOr(raw.bucket_overrides, null),
    };
  },
  toPayload(key, fields, _lookup, action) {
    const { derived_from_insight: derived, ...rest } = fields;
    // `EndpointCrudService` reads the source insight only on create.
    return { ...rest, ...(action === "create" && derived !== undefined ? { derived_from_insight: derived } : {}), description: appendIdentityMarker("endpoints", key, fields.description) };
  },
  proposeKey(raw) {
    return textOrEmpty(raw.name);
  },
  toSpec(fields, key, warn) {
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      query: specEndpointQuery(fields.query as JsonValue, warn),
      is_active: unlessDefault(fields.is_active, true),
      is_materialized: unlessDefault(fields.is_materialized, false),
      data_freshness_seconds: unlessDefault(fields.data_freshness_seconds, 86400),
    });
  },
});

/** Endpoints take the bare query; `hogql()`, `trends()` and the like wrap it for insights, so unwrap it here. */
function unwrap(query: JsonValue | undefined): JsonValue {
  if (isJsonObject(query) && WRAPPERS.has(String(query.kind)) && isJsonObject(query.source)) return query.source;
  return query ?? null;
}
