import { randomInt } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, parseError, validationError } from "../errors.js";
import {
  hasField,
  isTruthy,
  parseBooleanText,
  parseIntegerId,
  parseJsonListParam,
  readBoolean,
  readInteger,
  readList,
  readObject,
  readRequestBody,
  readString,
} from "../fields.js";
import { describePythonType, isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import { upgradeQuery } from "../query-upgrade.js";
import { allocateId, type InsightRecord, type ProjectState } from "../state.js";
import { hasAnyTag, readTags } from "../tags.js";
import { currentUser } from "../users.js";
import { createTile, describeTiles, liveTilesForInsight } from "./dashboard-tiles.js";
import { created, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { isRestoreRequest, routeViewset } from "./viewset.js";

const SHORT_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** Fields whose change bumps `last_modified_at`, like PostHog's MATERIAL_INSIGHT_FIELDS. */
const MATERIAL_FIELDS = new Set(["name", "derived_name", "description", "filters", "query"]);

/**
 * Insights (`/api/projects/{id}/insights/`, also under environments). Serves the full insight
 * serializer, the `dashboards` membership that creates and removes dashboard tiles, and soft delete.
 * Uses the ClickHouse throttle family like PostHog's insight viewset.
 */
export const insightsResource: ResourceModule = {
  segment: "insights",
  scopeObject: "insight",
  environmentsAlias: true,
  throttle: "clickhouse",
  handle: routeViewset<InsightRecord>({
    list: listInsights,
    create: createInsight,
    detail: {
      find: (context, id) => findInsight(context.project, id, isRestoreRequest(context)),
      retrieve: (context, insight) => ok(serializeInsight(context.project, insight, insightView(context))),
      update: updateInsight,
      destroy: "forbidden",
    },
  }),
};

/** How one request renders insights: the light `?basic=true` list shape, and whether `dashboards` is served. */
export interface InsightView {
  basic: boolean;
  dashboards: boolean;
}

/**
 * PostHog's `should_serve_deprecated_dashboards_field`: with `INSIGHT_DASHBOARDS_OPT_IN_ENFORCED`,
 * API-token callers (every emulator key is a personal API key) get `dashboards` only with
 * `?include_dashboards=true`; before enforcement everyone gets it. Applies to every insight
 * payload, including those nested in dashboard tiles.
 */
export function insightView(context: ResourceContext, basic = false): InsightView {
  const optedIn = parseBooleanText(context.query.get("include_dashboards") ?? "");
  return { basic, dashboards: !context.settings.insightDashboardsOptInEnforced || optedIn };
}

/**
 * The InsightSerializer representation. The stored query is returned upgraded to the latest schema
 * version of each node (`upgrade()` in `to_representation`); the stored row keeps what was sent.
 */
export function serializeInsight(project: ProjectState, insight: InsightRecord, view: InsightView): JsonRecord {
  const tiles = describeTiles(liveTilesForInsight(project, insight.id));
  const core: JsonRecord = {
    id: insight.id,
    short_id: insight.short_id,
    name: insight.name,
    derived_name: insight.derived_name,
    filters: insight.query !== null ? {} : insight.filters,
    query: upgradeQuery(insight.query),
    ...(view.dashboards ? { dashboards: tiles.map((tile) => tile.dashboard_id) } : {}),
    dashboard_tiles: tiles,
    description: insight.description,
    last_refresh: null,
    refreshing: false,
    saved: insight.saved,
    tags: insight.tags,
    updated_at: insight.updated_at,
    created_by: insight.created_by,
    created_at: insight.created_at,
    last_modified_at: insight.last_modified_at,
    favorited: insight.favorited,
    user_access_level: "editor",
    last_viewed_at: null,
  };
  if (view.basic) return core;
  return {
    ...core,
    order: insight.order,
    deleted: insight.deleted,
    cache_target_age: null,
    next_allowed_client_refresh: null,
    result: null,
    hasMore: null,
    columns: null,
    last_modified_by: insight.last_modified_by,
    is_sample: insight.is_sample,
    effective_restriction_level: 21,
    effective_privilege_level: 37,
    timezone: null,
    is_cached: false,
    query_status: null,
    hogql: null,
    types: null,
    resolved_date_range: null,
    alerts: [],
    // Set only when dashboard or tile filters override the insight's own; the emulator applies none.
    filter_override_context: null,
    // SearchMatchTypeSerializerMixin: "exact"/"similar" only for a `search` list request.
    search_match_type: null,
  };
}

function findInsight(project: ProjectState, reference: string, includeDeleted: boolean): InsightRecord {
  const numeric = parseIntegerId(reference);
  const candidates = project.insights.filter((insight) => includeDeleted || !insight.deleted);
  const match =
    (numeric !== undefined ? candidates.find((insight) => insight.id === numeric) : undefined) ??
    candidates.find((insight) => insight.short_id === reference);
  if (match === undefined) throw notFound();
  return match;
}

/** An unused 8-character insight short id, drawn from PostHog's alphabet. */
export function generateShortId(project: ProjectState): string {
  for (;;) {
    let candidate = "";
    for (let index = 0; index < 8; index += 1) candidate += SHORT_ID_ALPHABET[randomInt(SHORT_ID_ALPHABET.length)];
    if (!project.insights.some((insight) => insight.short_id === candidate)) return candidate;
  }
}

/**
 * PostHog validates `query` twice: the request parser runs pydantic on any truthy value (failures are
 * `parse_error`s), then the field rejects falsy non-objects. The emulator checks the shape and that a
 * node `kind` is named, not the full query schema.
 */
function readInsightQuery(body: JsonRecord): JsonRecord | null | undefined {
  if (!hasField(body, "query")) return undefined;
  const query = body.query;
  if (query === null) return null;
  if (isTruthy(query)) {
    if (!isRecord(query)) {
      throw parseError(
        `1 validation error for QuerySchemaRoot\n  Input should be a valid dictionary or object to extract fields from [type=model_attributes_type, input_type=${describePythonType(query)}]`,
      );
    }
    if (typeof query.kind !== "string" || !/^[A-Z][A-Za-z0-9]*$/.test(query.kind)) {
      throw parseError(
        "1 validation error for QuerySchemaRoot\n  Unable to extract tag using discriminator 'kind' [type=union_tag_not_found, input_type=dict]",
      );
    }
    return query;
  }
  if (!isRecord(query)) throw validationError("query", "Query must be a valid JSON object");
  return query;
}

/** Validates the deprecated `dashboards` field: a list of live dashboard ids in this project. */
function readDashboardIds(project: ProjectState, body: JsonRecord): number[] | undefined {
  const list = readList(body, "dashboards");
  if (list === undefined || list === null) return undefined;
  const ids: number[] = [];
  for (const item of list) {
    const numeric = typeof item === "number" && Number.isInteger(item) ? item : typeof item === "string" && /^\d+$/.test(item) ? Number(item) : undefined;
    if (numeric === undefined) {
      throw validationError("dashboards", `Incorrect type. Expected pk value, received ${describePythonType(item)}.`, "incorrect_type");
    }
    const dashboard = project.dashboards.find((candidate) => candidate.id === numeric && !candidate.deleted);
    if (dashboard === undefined) throw validationError("dashboards", `Invalid pk "${String(item)}" - object does not exist.`, "does_not_exist");
    if (!ids.includes(numeric)) ids.push(numeric);
  }
  return ids;
}

interface InsightFields {
  name?: string | null;
  derived_name?: string | null;
  description?: string | null;
  query?: JsonRecord | null;
  filters?: JsonRecord;
  favorited?: boolean;
  saved?: boolean;
  deleted?: boolean;
  order?: number | null;
  tags?: string[];
  dashboards?: number[];
}

function readInsightFields(project: ProjectState, body: JsonRecord): InsightFields {
  const fields: InsightFields = {};
  const query = readInsightQuery(body);
  const name = readString(body, "name", { allowNull: true, allowBlank: true, maxLength: 400 });
  const derivedName = readString(body, "derived_name", { allowNull: true, allowBlank: true, maxLength: 400 });
  const filters = readObject(body, "filters");
  const order = readInteger(body, "order", { allowNull: true });
  const deleted = readBoolean(body, "deleted");
  const dashboards = readDashboardIds(project, body);
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: 400 });
  const tags = readTags(body);
  const favorited = readBoolean(body, "favorited");
  const saved = readBoolean(body, "saved");
  readString(body, "_create_in_folder", { allowBlank: true });
  if (query !== undefined) fields.query = query;
  if (name !== undefined) fields.name = name;
  if (derivedName !== undefined) fields.derived_name = derivedName;
  if (filters !== undefined && filters !== null) fields.filters = filters;
  if (order !== undefined) fields.order = order;
  if (deleted !== undefined && deleted !== null) fields.deleted = deleted;
  if (dashboards !== undefined) fields.dashboards = dashboards;
  if (description !== undefined) fields.description = description;
  if (tags !== undefined) fields.tags = tags;
  if (favorited !== undefined && favorited !== null) fields.favorited = favorited;
  if (saved !== undefined && saved !== null) fields.saved = saved;
  return fields;
}

function createInsight(context: ResourceContext): ResourceResponse {
  const { project, state } = context;
  const fields = readInsightFields(project, readRequestBody(context.body));
  const now = isoNow();
  const insight: InsightRecord = {
    id: allocateId(state, "insight"),
    short_id: generateShortId(project),
    name: fields.name ?? null,
    derived_name: fields.derived_name ?? null,
    description: fields.description ?? null,
    query: fields.query ?? null,
    filters: fields.filters ?? {},
    tags: fields.tags ?? [],
    favorited: fields.favorited ?? false,
    saved: fields.saved ?? false,
    deleted: fields.deleted ?? false,
    order: fields.order ?? null,
    created_at: now,
    created_by: currentUser(),
    updated_at: now,
    last_modified_at: now,
    last_modified_by: currentUser(),
    is_sample: false,
  };
  project.insights.push(insight);
  for (const dashboardId of fields.dashboards ?? []) createTile(state, project, { dashboard_id: dashboardId, insight_id: insight.id });
  return created(serializeInsight(project, insight, insightView(context)));
}

function updateInsight(context: ResourceContext, insight: InsightRecord): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  const fields = readInsightFields(project, body);
  const now = isoNow();

  if (Object.keys(fields).some((key) => MATERIAL_FIELDS.has(key))) {
    insight.last_modified_at = now;
    insight.last_modified_by = currentUser();
  }
  if (fields.deleted === true) {
    for (const tile of project.tiles) if (tile.insight_id === insight.id) tile.deleted = true;
  } else if (fields.dashboards !== undefined) {
    syncDashboardMembership(context, insight, fields.dashboards);
  }

  if (fields.name !== undefined) insight.name = fields.name;
  if (fields.derived_name !== undefined) insight.derived_name = fields.derived_name;
  if (fields.description !== undefined) insight.description = fields.description;
  if (fields.query !== undefined) insight.query = fields.query;
  if (fields.filters !== undefined) insight.filters = fields.filters;
  if (fields.order !== undefined) insight.order = fields.order;
  if (fields.deleted !== undefined) insight.deleted = fields.deleted;
  if (fields.tags !== undefined) insight.tags = fields.tags;
  if (fields.favorited !== undefined) insight.favorited = fields.favorited;
  insight.saved = fields.saved ?? true;
  insight.is_sample = false;
  insight.updated_at = now;
  return ok(serializeInsight(project, insight, insightView(context)));
}

/**
 * `_update_insight_dashboards`: the deprecated `dashboards` list is still written in every phase of
 * its deprecation. It is diffed against the insight's live tiles: new ids get a tile (reviving a
 * soft-deleted one, so tile ids stay stable), and the insight's tile on every dashboard missing from
 * the list is soft-deleted, whoever owns that dashboard.
 */
function syncDashboardMembership(context: ResourceContext, insight: InsightRecord, dashboardIds: readonly number[]): void {
  const { project, state } = context;
  const current = liveTilesForInsight(project, insight.id).map((tile) => tile.dashboard_id);
  for (const dashboardId of dashboardIds) {
    if (current.includes(dashboardId)) continue;
    const existing = project.tiles.find((tile) => tile.insight_id === insight.id && tile.dashboard_id === dashboardId);
    if (existing === undefined) createTile(state, project, { dashboard_id: dashboardId, insight_id: insight.id });
    else existing.deleted = false;
  }
  for (const tile of liveTilesForInsight(project, insight.id)) {
    if (!dashboardIds.includes(tile.dashboard_id)) tile.deleted = true;
  }
}

function listInsights(context: ResourceContext): ResourceResponse {
  const { project, query } = context;
  let insights = project.insights.filter((insight) => !insight.deleted);
  const search = query.get("search");
  if (search !== null && search !== "") {
    const needle = search.toLowerCase();
    insights = insights.filter((insight) =>
      [insight.name, insight.derived_name, insight.description, ...insight.tags].some((text) => text?.toLowerCase().includes(needle)),
    );
  }
  const shortId = query.get("short_id");
  if (shortId !== null) insights = insights.filter((insight) => insight.short_id === shortId);
  for (const flag of ["saved", "favorited"] as const) {
    const raw = query.get(flag);
    if (raw !== null) insights = insights.filter((insight) => insight[flag] === parseBooleanText(raw));
  }
  const tags = parseJsonListParam(query.get("tags"));
  if (tags.length > 0) insights = insights.filter((insight) => hasAnyTag(insight.tags, tags));
  const dashboards = parseJsonListParam(query.get("dashboards")).map(Number);
  if (dashboards.length > 0) {
    insights = insights.filter((insight) => {
      const on = liveTilesForInsight(project, insight.id).map((tile) => tile.dashboard_id);
      return dashboards.every((id) => on.includes(id));
    });
  }
  insights.sort((left, right) => right.last_modified_at.localeCompare(left.last_modified_at) || right.id - left.id);
  const basic = parseBooleanText(query.get("basic") ?? "");
  const page = paginate(insights, context.requestUrl);
  const view = insightView(context, basic);
  return ok({ ...page, results: page.results.map((insight) => serializeInsight(project, insight, view)) });
}
