import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, validationError } from "../errors.js";
import { hasField, isTruthy, parseBooleanText, readBoolean, readInteger, readRequestBody, readString } from "../fields.js";
import { cloneJson, isJsonEqual, isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { EndpointRecord, EndpointVersionRecord } from "../state.js";
import { readTags } from "../tags.js";
import { currentUser } from "../users.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

const NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9_-]{0,127}$/;
const QUERY_KINDS = ["HogQLQuery", "TrendsQuery", "FunnelsQuery", "RetentionQuery", "PathsQuery", "StickinessQuery", "LifecycleQuery", "WebStatsTableQuery", "WebOverviewQuery"];
const FRESHNESS_SECONDS = [900, 1800, 3600, 21600, 43200, 86400, 604800];
const FRESHNESS_LABELS = "15 minutes, 30 minutes, 1 hour, 6 hours, 12 hours, 1 day, 1 week";
const DEFAULT_FRESHNESS = 86400;

/**
 * Endpoints (named, versioned queries), addressed by name: `/api/projects/{id}/endpoints/{name}/`.
 * A query change creates a new version; DELETE soft-deletes and frees the name. The list is paginated
 * like every DRF list (`{count, next, previous, results}`).
 */
export const endpointsResource: ResourceModule = {
  segment: "endpoints",
  scopeObject: "endpoint",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<EndpointRecord>({
    list: listEndpoints,
    create: createEndpoint,
    detail: {
      find: ({ project }, id) => {
        const endpoint = project.endpoints.find((candidate) => candidate.name === id && !candidate.deleted);
        if (endpoint === undefined) throw notFound();
        return endpoint;
      },
      retrieve: (context, endpoint) => ok(serializeEndpoint(context, endpoint)),
      update: updateEndpoint,
      destroy: (_context, endpoint) => {
        endpoint.deleted = true;
        endpoint.updated_at = isoNow();
        return noContent();
      },
    },
  }),
};

function currentVersion(endpoint: EndpointRecord): EndpointVersionRecord {
  const version = endpoint.versions.find((candidate) => candidate.version === endpoint.current_version) ?? endpoint.versions[endpoint.versions.length - 1];
  if (version === undefined) throw new Error(`Endpoint ${endpoint.name} has no versions.`);
  return version;
}

function serializeEndpoint(context: ResourceContext, endpoint: EndpointRecord): JsonRecord {
  const { project, requestUrl } = context;
  const version = currentVersion(endpoint);
  const path = `/api/projects/${project.id}/endpoints/${endpoint.name}/run`;
  const canMaterialize = version.query.kind === "HogQLQuery";
  return {
    id: endpoint.id,
    name: endpoint.name,
    description: version.description,
    query: version.query,
    is_active: endpoint.is_active,
    data_freshness_seconds: version.data_freshness_seconds,
    endpoint_path: path,
    url: new URL(path, requestUrl).toString(),
    ui_url: new URL(`/project/${project.id}/endpoints/${endpoint.name}`, requestUrl).toString(),
    created_at: endpoint.created_at,
    updated_at: endpoint.updated_at,
    created_by: endpoint.created_by,
    is_materialized: endpoint.is_materialized,
    current_version: endpoint.current_version,
    versions_count: endpoint.versions.length,
    derived_from_insight: endpoint.derived_from_insight,
    tags: endpoint.tags,
    materialization: endpoint.is_materialized
      ? { status: "Completed", can_materialize: true, last_materialized_at: null, error: "", sync_frequency: "24hour" }
      : { can_materialize: canMaterialize, reason: canMaterialize ? null : "Only HogQL queries can be materialized." },
    // EndpointViewSet._serialize: endpoints never run here, carry no bucket overrides or breakdowns, and the query's columns are not inferred.
    last_executed_at: null,
    bucket_overrides: null,
    columns: [],
    optional_breakdown_properties: [],
  };
}

/** Validates the query union PostHog accepts, including HogQL variable placeholders. */
function validateEndpointQuery(query: unknown): JsonRecord {
  if (!isRecord(query) || typeof query.kind !== "string" || !QUERY_KINDS.includes(query.kind)) {
    throw validationError("query", `Query must be one of: ${QUERY_KINDS.join(", ")}.`);
  }
  if (query.kind === "HogQLQuery") {
    const text = query.query;
    if (typeof text !== "string" || text.trim() === "") throw validationError("query", "Invalid HogQL query: the query is empty.");
    const firstWord = text.trim().split(/\s+/)[0] ?? "";
    if (!/^(select|with|\()$/i.test(firstWord)) {
      throw validationError("query", `Invalid HogQL query: Syntax error at line 1, column 0: no viable alternative at input '${firstWord}'`);
    }
    const placeholders = [...text.matchAll(/\{\s*variables\.([A-Za-z_][A-Za-z0-9_]*)\s*\}/g)].map((match) => match[1] ?? "");
    const variables = isRecord(query.variables) ? Object.values(query.variables).filter(isRecord) : [];
    const defined = new Set(variables.map((variable) => variable.code_name));
    const undefinedNames = [...new Set(placeholders.filter((name) => !defined.has(name)))].sort();
    if (undefinedNames.length > 0) {
      throw validationError("query", `Query references undefined variable(s): ${undefinedNames.join(", ")}. See https://posthog.com/docs/endpoints/variables for detail.`);
    }
  }
  return cloneJson(query);
}

function readFreshness(body: JsonRecord): number | null | undefined {
  const value = readInteger(body, "data_freshness_seconds", { allowNull: true });
  if (value !== undefined && value !== null && !FRESHNESS_SECONDS.includes(value)) {
    throw validationError("data_freshness_seconds", `Data freshness must be one of: [${FRESHNESS_SECONDS.join(", ")}] seconds (${FRESHNESS_LABELS}).`);
  }
  return value;
}

function createEndpoint(context: ResourceContext): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  if (!isTruthy(body.query)) throw validationError("query", "This field is required.");
  const name = body.name;
  if (!isTruthy(name)) throw validationError("name", "This field is required.");
  if (typeof name !== "string" || !NAME_PATTERN.test(name)) {
    throw validationError(
      "name",
      `Invalid name '${String(name)}'. Must start with a letter, contain only alphanumeric characters, hyphens, or underscores, and be between 1 and 128 characters long.`,
    );
  }
  const query = validateEndpointQuery(body.query);
  const freshness = readFreshness(body);
  // `EndpointRequest` is a pydantic model (`posthog.schema`), not a DRF CharField: the description is stored as sent.
  const description = readString(body, "description", { allowNull: true, allowBlank: true, trim: false });
  const isActive = readBoolean(body, "is_active", { allowNull: true });
  const isMaterialized = readBoolean(body, "is_materialized", { allowNull: true });
  const derivedFrom = readString(body, "derived_from_insight", { allowNull: true, allowBlank: true });
  const tags = readTags(body);
  if (project.endpoints.some((endpoint) => endpoint.name === name && !endpoint.deleted)) {
    throw validationError("name", "An endpoint with this name already exists for this team.");
  }
  const now = isoNow();
  const endpoint: EndpointRecord = {
    id: randomUUID(),
    name,
    is_active: isActive ?? true,
    deleted: false,
    current_version: 1,
    is_materialized: isMaterialized === true && isActive !== false,
    derived_from_insight: derivedFrom ?? null,
    tags: tags ?? [],
    versions: [{ version: 1, query, description: description ?? "", data_freshness_seconds: freshness ?? DEFAULT_FRESHNESS, is_active: true, created_at: now, updated_at: now }],
    created_at: now,
    updated_at: now,
    created_by: currentUser(),
  };
  project.endpoints.push(endpoint);
  return created(serializeEndpoint(context, endpoint));
}

function updateEndpoint(context: ResourceContext, endpoint: EndpointRecord): ResourceResponse {
  const body = readRequestBody(context.body);
  const versionParam = context.query.get("version");
  let target = currentVersion(endpoint);
  const targeted = versionParam !== null;
  if (targeted) {
    const found = endpoint.versions.find((version) => String(version.version) === versionParam);
    if (found === undefined) throw validationError("version", `Version ${versionParam} not found for this endpoint.`);
    if (hasField(body, "query") && body.query !== null) {
      throw validationError("query", "Cannot change query when targeting a specific version. Query changes create a new version.");
    }
    target = found;
  }
  const freshness = readFreshness(body);
  const isActive = readBoolean(body, "is_active", { allowNull: true });
  const isMaterialized = readBoolean(body, "is_materialized", { allowNull: true });
  const willBeActive = isActive ?? endpoint.is_active;
  if (!willBeActive && isMaterialized === true) throw validationError("is_materialized", "Cannot enable materialization on inactive endpoint.");
  const query = hasField(body, "query") && body.query !== null ? validateEndpointQuery(body.query) : undefined;
  const description = readString(body, "description", { allowNull: true, allowBlank: true, trim: false });
  const tags = readTags(body);
  const now = isoNow();

  if (isActive !== undefined && isActive !== null) {
    if (targeted) target.is_active = isActive;
    else endpoint.is_active = isActive;
  }
  if (!endpoint.is_active) endpoint.is_materialized = false;
  if (query !== undefined && !isJsonEqual(query, target.query)) {
    const next: EndpointVersionRecord = {
      ...cloneJson(target),
      version: Math.max(...endpoint.versions.map((version) => version.version)) + 1,
      query,
      is_active: true,
      created_at: now,
      updated_at: now,
    };
    endpoint.versions.push(next);
    endpoint.current_version = next.version;
    target = next;
  }
  if (description !== undefined && description !== null) target.description = description;
  if (hasField(body, "data_freshness_seconds")) target.data_freshness_seconds = freshness ?? DEFAULT_FRESHNESS;
  if (isMaterialized !== undefined && isMaterialized !== null && endpoint.is_active) endpoint.is_materialized = isMaterialized;
  if (tags !== undefined) endpoint.tags = tags;
  target.updated_at = now;
  endpoint.updated_at = now;
  return ok(serializeEndpoint(context, endpoint));
}

function listEndpoints(context: ResourceContext): ResourceResponse {
  const { project, query } = context;
  let endpoints = project.endpoints.filter((endpoint) => !endpoint.deleted);
  const active = query.get("is_active");
  if (active !== null) endpoints = endpoints.filter((endpoint) => endpoint.is_active === parseBooleanText(active));
  endpoints.sort((left, right) => right.created_at.localeCompare(left.created_at));
  // EndpointViewSet.list pages with the default LimitOffsetPagination.
  return ok(paginate(endpoints.map((endpoint) => serializeEndpoint(context, endpoint)), context.requestUrl));
}
