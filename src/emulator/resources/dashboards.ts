import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { destroyForbidden, endpointNotFound, methodNotAllowed, notFound, serverError, validationError, type FieldPath } from "../errors.js";
import {
  coerceString,
  hasField,
  isTruthy,
  isUuid,
  parseBooleanText,
  parseIntegerId,
  readBoolean,
  readChoice,
  readInteger,
  readJson,
  readList,
  readRequestBody,
  readString,
} from "../fields.js";
import { cloneJson, isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import { allocateId, type ButtonRecord, type DashboardRecord, type InsightRecord, type ProjectState, type TextRecord, type TileRecord } from "../state.js";
import { hasAnyTag, readTags } from "../tags.js";
import { currentUser, EMULATOR_USER, type UserBasic } from "../users.js";
import { createTile, describeTiles, isTileLive } from "./dashboard-tiles.js";
import { generateShortId, serializeInsight } from "./insights.js";
import { created, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";

/** Tile keys a PATCH may set directly (PostHog's TILE_DISPLAY_FIELDS). */
const TILE_DISPLAY_FIELDS = ["color", "layouts", "filters_overrides", "show_description", "transparent_background", "deleted"] as const;

const PATHNAME_PATTERN = /^\/[a-zA-Z0-9._~:/?#[\]@!$&'()*+,;=%-]*$/;

/**
 * Dashboards (`/api/projects/{id}/dashboards/`, also under environments): the light list serializer,
 * the detail serializer with tiles, tile upserts through PATCH `tiles`, duplication and soft delete.
 */
export const dashboardsResource: ResourceModule = {
  segment: "dashboards",
  scopeObject: "dashboard",
  environmentsAlias: true,
  throttle: "default",
  handle(context: ResourceContext): ResourceResponse {
    if (context.id === undefined) {
      if (context.method === "GET") return listDashboards(context);
      if (context.method === "POST") return createDashboard(context);
      throw methodNotAllowed(context.method);
    }
    if (context.action !== undefined) throw endpointNotFound();
    if (context.method === "GET") return retrieveDashboard(context, context.id);
    if (context.method === "PATCH" || context.method === "PUT") return updateDashboard(context, context.id);
    if (context.method === "DELETE") throw destroyForbidden();
    throw methodNotAllowed(context.method);
  },
};

function findDashboard(project: ProjectState, segment: string, includeDeleted: boolean): DashboardRecord {
  const id = parseIntegerId(segment);
  const dashboard = project.dashboards.find((candidate) => candidate.id === id && (includeDeleted || !candidate.deleted));
  if (dashboard === undefined) throw notFound();
  return dashboard;
}

function serializeBasic(project: ProjectState, dashboard: DashboardRecord): JsonRecord {
  return {
    id: dashboard.id,
    name: dashboard.name,
    description: dashboard.description,
    pinned: dashboard.pinned,
    created_at: dashboard.created_at,
    created_by: dashboard.created_by,
    last_accessed_at: dashboard.last_accessed_at,
    last_viewed_at: null,
    is_shared: false,
    deleted: dashboard.deleted,
    creation_mode: dashboard.creation_mode,
    tags: dashboard.tags,
    restriction_level: dashboard.restriction_level,
    effective_restriction_level: dashboard.restriction_level,
    effective_privilege_level: 37,
    user_access_level: "editor",
    access_control_version: dashboard.restriction_level > 21 ? "v1" : "v2",
    last_refresh: dashboard.last_refresh,
    team_id: project.id,
  };
}

/** The DashboardSerializer detail shape, including sorted tiles. */
function serializeDashboard(project: ProjectState, dashboard: DashboardRecord): JsonRecord {
  const hasFilters = Object.keys(dashboard.filters).length > 0;
  const hasVariables = dashboard.variables !== null && Object.keys(dashboard.variables).length > 0;
  return {
    ...serializeBasic(project, dashboard),
    filters: dashboard.filters,
    variables: dashboard.variables ?? {},
    breakdown_colors: dashboard.breakdown_colors,
    data_color_theme_id: dashboard.data_color_theme_id,
    persisted_filters: hasFilters ? dashboard.filters : null,
    persisted_variables: hasVariables ? dashboard.variables : null,
    quick_filter_ids: dashboard.quick_filter_ids ?? [],
    tiles: serializeTiles(project, dashboard),
  };
}

function layoutCoordinate(tile: TileRecord, axis: "x" | "y"): number {
  const small = tile.layouts.sm;
  if (!isRecord(small)) return 100;
  const value = small[axis];
  return typeof value === "number" ? value : 100;
}

function serializeTiles(project: ProjectState, dashboard: DashboardRecord): JsonRecord[] {
  const tiles = project.tiles.filter((tile) => {
    if (tile.dashboard_id !== dashboard.id || tile.deleted === true) return false;
    if (tile.insight_id === null) return true;
    const insight = project.insights.find((candidate) => candidate.id === tile.insight_id);
    return insight !== undefined && !insight.deleted;
  });
  tiles.sort((left, right) => layoutCoordinate(left, "y") - layoutCoordinate(right, "y") || layoutCoordinate(left, "x") - layoutCoordinate(right, "x"));
  return tiles.map((tile, order) => {
    const insight: InsightRecord | undefined = project.insights.find((candidate) => candidate.id === tile.insight_id);
    const text = project.texts.find((candidate) => candidate.id === tile.text_id);
    const button = project.buttons.find((candidate) => candidate.id === tile.button_id);
    return {
      id: tile.id,
      layouts: tile.layouts,
      color: tile.color,
      filters_overrides: tile.filters_overrides,
      show_description: tile.show_description,
      transparent_background: tile.transparent_background,
      insight: insight === undefined ? null : serializeInsight(project, insight),
      text: text === undefined ? null : serializeText(project, text),
      button_tile: button === undefined ? null : serializeButton(project, button),
      order,
      last_refresh: null,
      is_cached: false,
    };
  });
}

function serializeText(project: ProjectState, text: TextRecord): JsonRecord {
  const tiles = project.tiles.filter((tile) => tile.text_id === text.id && isTileLive(project, tile));
  return { ...text, team: project.id, dashboard_tiles: describeTiles(tiles) };
}

function serializeButton(project: ProjectState, button: ButtonRecord): JsonRecord {
  const tiles = project.tiles.filter((tile) => tile.button_id === button.id && isTileLive(project, tile));
  return { ...button, team: project.id, dashboard_tiles: describeTiles(tiles) };
}

interface DashboardFields {
  name?: string | null;
  description?: string;
  pinned?: boolean;
  deleted?: boolean;
  breakdown_colors?: unknown;
  data_color_theme_id?: number | null;
  tags?: string[];
  restriction_level?: number;
  quick_filter_ids?: string[];
  use_template?: string;
  use_dashboard?: number | null;
  delete_insights?: boolean;
}

function readDashboardFields(body: JsonRecord): DashboardFields {
  const fields: DashboardFields = {};
  const name = readString(body, "name", { allowNull: true, allowBlank: true, maxLength: 400 });
  if (name !== undefined) fields.name = name;
  const description = readString(body, "description", { allowBlank: true });
  if (description !== undefined && description !== null) fields.description = description;
  const pinned = readBoolean(body, "pinned");
  if (pinned !== undefined && pinned !== null) fields.pinned = pinned;
  const deleted = readBoolean(body, "deleted");
  if (deleted !== undefined && deleted !== null) fields.deleted = deleted;
  if (hasField(body, "breakdown_colors")) fields.breakdown_colors = readJson(body, "breakdown_colors");
  const themeId = readInteger(body, "data_color_theme_id", { allowNull: true });
  if (themeId !== undefined) fields.data_color_theme_id = themeId;
  const tags = readTags(body);
  if (tags !== undefined) fields.tags = tags;
  const restriction = readChoice(body, "restriction_level", [21, 37]);
  if (typeof restriction === "number") fields.restriction_level = restriction;
  const quickFilters = readList(body, "quick_filter_ids", { allowNull: true });
  if (quickFilters !== undefined) fields.quick_filter_ids = validateQuickFilters(quickFilters ?? []);
  const useTemplate = readString(body, "use_template", { allowBlank: true });
  if (useTemplate !== undefined && useTemplate !== null) fields.use_template = useTemplate;
  const useDashboard = readInteger(body, "use_dashboard", { allowNull: true });
  if (useDashboard !== undefined) fields.use_dashboard = useDashboard;
  const deleteInsights = readBoolean(body, "delete_insights");
  if (deleteInsights !== undefined && deleteInsights !== null) fields.delete_insights = deleteInsights;
  readString(body, "_create_in_folder", { allowBlank: true });
  return fields;
}

/** The emulator has no quick filters, so any non-empty list names filters that do not exist. */
function validateQuickFilters(values: readonly unknown[]): string[] {
  if (values.length === 0) return [];
  const normalized = values.map((value) => {
    const text = String(value);
    if (!isUuid(text)) throw validationError("quick_filter_ids", `Invalid UUID: ${text}`);
    return text.toLowerCase();
  });
  throw validationError("quick_filter_ids", `Quick filters not found: ${normalized.join(", ")}`);
}

function readFiltersDictionary(body: JsonRecord, key: "filters" | "variables"): JsonRecord | undefined {
  const value = body[key];
  if (!isTruthy(value)) return undefined;
  if (!isRecord(value)) throw validationError(null, "Filters must be a dictionary");
  return value;
}

function createDashboard(context: ResourceContext): ResourceResponse {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const fields = readDashboardFields(body);
  if (isTruthy(fields.use_dashboard) && isTruthy(fields.use_template)) {
    throw validationError(null, "`use_dashboard` and `use_template` cannot be used together");
  }
  if (isTruthy(fields.use_template)) throw validationError("use_template", `Invalid template provided: ${fields.use_template}`);
  let source: DashboardRecord | undefined;
  if (isTruthy(fields.use_dashboard)) {
    source = project.dashboards.find((candidate) => candidate.id === fields.use_dashboard && !candidate.deleted);
    if (source === undefined) throw validationError("use_dashboard", "Invalid value provided");
  }
  const filters = readFiltersDictionary(body, "filters") ?? (source === undefined ? {} : cloneJson(source.filters));

  const dashboard: DashboardRecord = {
    id: allocateId(state, "dashboard"),
    name: fields.name ?? null,
    description: fields.description ?? "",
    pinned: fields.pinned ?? false,
    created_at: isoNow(),
    created_by: currentUser(),
    last_accessed_at: null,
    deleted: fields.deleted ?? false,
    creation_mode: source === undefined ? "default" : "duplicate",
    filters,
    variables: source?.variables ? cloneJson(source.variables) : {},
    breakdown_colors: fields.breakdown_colors ?? (source ? cloneJson(source.breakdown_colors) : []),
    data_color_theme_id: fields.data_color_theme_id ?? source?.data_color_theme_id ?? null,
    tags: fields.tags ?? [],
    restriction_level: fields.restriction_level ?? 21,
    quick_filter_ids: fields.quick_filter_ids ?? null,
    last_refresh: null,
  };
  project.dashboards.push(dashboard);
  if (source !== undefined) duplicateTiles(context, source, dashboard, isTruthy(body.duplicate_tiles));
  return created(serializeDashboard(project, dashboard));
}

/** Copies the live tiles of `source`; with `deep` the insights, texts and buttons are copied too. */
function duplicateTiles(context: ResourceContext, source: DashboardRecord, target: DashboardRecord, deep: boolean): void {
  const { project, state } = context;
  const display = (tile: TileRecord) => ({
    layouts: cloneJson(tile.layouts),
    color: tile.color,
    show_description: tile.show_description,
    transparent_background: tile.transparent_background,
    filters_overrides: cloneJson(tile.filters_overrides),
  });
  const sourceTiles = project.tiles.filter((tile) => tile.dashboard_id === source.id && tile.deleted !== true);
  for (const tile of sourceTiles) {
    if (!deep) {
      createTile(state, project, { dashboard_id: target.id, insight_id: tile.insight_id, text_id: tile.text_id, button_id: tile.button_id, ...display(tile) });
      continue;
    }
    const now = isoNow();
    const insight = project.insights.find((candidate) => candidate.id === tile.insight_id);
    const text = project.texts.find((candidate) => candidate.id === tile.text_id);
    const button = project.buttons.find((candidate) => candidate.id === tile.button_id);
    if (insight !== undefined) {
      const copy: InsightRecord = {
        ...cloneJson(insight),
        id: allocateId(state, "insight"),
        short_id: generateShortId(project),
        name: insight.name ? `${insight.name} (Copy)` : null,
        created_at: now,
        created_by: currentUser(),
        updated_at: now,
        last_modified_at: now,
      };
      project.insights.push(copy);
      createTile(state, project, { dashboard_id: target.id, insight_id: copy.id, ...display(tile) });
    } else if (text !== undefined) {
      const copy: TextRecord = { ...cloneJson(text), id: allocateId(state, "text"), created_by: currentUser(), last_modified_at: now };
      project.texts.push(copy);
      createTile(state, project, { dashboard_id: target.id, text_id: copy.id, ...display(tile) });
    } else if (button !== undefined) {
      const copy: ButtonRecord = { ...cloneJson(button), id: randomUUID(), created_by: currentUser(), last_modified_at: now };
      project.buttons.push(copy);
      createTile(state, project, { dashboard_id: target.id, button_id: copy.id, ...display(tile) });
    }
  }
}

function retrieveDashboard(context: ResourceContext, segment: string): ResourceResponse {
  const dashboard = findDashboard(context.project, segment, false);
  dashboard.last_accessed_at = isoNow();
  return ok(serializeDashboard(context.project, dashboard));
}

function updateDashboard(context: ResourceContext, segment: string): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  const restoring = hasField(body, "deleted") && body.deleted !== null && !parseBooleanText(body.deleted);
  const dashboard = findDashboard(project, segment, restoring);
  const fields = readDashboardFields(body);
  const tiles = hasField(body, "tiles") ? body.tiles : [];
  if (!Array.isArray(tiles)) throw serverError();

  if (dashboard.deleted && fields.deleted === false) {
    for (const tile of project.tiles) if (tile.dashboard_id === dashboard.id) tile.deleted = false;
  }
  if (fields.deleted === true) softDeleteTiles(project, dashboard, fields.delete_insights ?? false);

  const filters = readFiltersDictionary(body, "filters");
  if (filters !== undefined) dashboard.filters = filters;
  const variables = readFiltersDictionary(body, "variables");
  if (variables !== undefined) dashboard.variables = variables;

  if (fields.name !== undefined) dashboard.name = fields.name;
  if (fields.description !== undefined) dashboard.description = fields.description;
  if (fields.pinned !== undefined) dashboard.pinned = fields.pinned;
  if (fields.deleted !== undefined) dashboard.deleted = fields.deleted;
  if (hasField(body, "breakdown_colors")) dashboard.breakdown_colors = fields.breakdown_colors;
  if (fields.data_color_theme_id !== undefined) dashboard.data_color_theme_id = fields.data_color_theme_id;
  if (fields.tags !== undefined) dashboard.tags = fields.tags;
  if (fields.restriction_level !== undefined) dashboard.restriction_level = fields.restriction_level;
  if (fields.quick_filter_ids !== undefined) dashboard.quick_filter_ids = fields.quick_filter_ids;

  tiles.forEach((tile) => applyTilePatch(context, dashboard, tile));
  return ok(serializeDashboard(project, dashboard));
}

/** Soft-deletes every tile of a dashboard, and with `deleteInsights` the insights that live only there. */
function softDeleteTiles(project: ProjectState, dashboard: DashboardRecord, deleteInsights: boolean): void {
  if (deleteInsights) {
    const liveInsightIds = project.tiles
      .filter((tile) => tile.dashboard_id === dashboard.id && tile.insight_id !== null && isTileLive(project, tile))
      .map((tile) => tile.insight_id);
    for (const insight of project.insights) {
      if (!liveInsightIds.includes(insight.id)) continue;
      const otherTiles = project.tiles.filter((tile) => tile.insight_id === insight.id && tile.deleted !== true);
      if (otherTiles.length === 1) insight.deleted = true;
    }
  }
  for (const tile of project.tiles) if (tile.dashboard_id === dashboard.id) tile.deleted = true;
}

/**
 * One element of PATCH `tiles`, dispatched like PostHog's `_update_tiles`: a truthy `text` upserts a
 * text tile, a truthy `button_tile` a button tile, otherwise display keys update an existing tile and
 * any `insight` key is ignored. Tiles are matched by id among this dashboard's live tiles; PostHog's
 * `update_or_create` then fails with a database error (500) for ids it cannot match.
 */
function applyTilePatch(context: ResourceContext, dashboard: DashboardRecord, tileData: unknown): void {
  if (!isRecord(tileData)) throw serverError();
  if (isTruthy(tileData.text)) {
    upsertTile(context, dashboard, tileData, { text_id: upsertText(context, dashboard, tileData.text) });
  } else if (isTruthy(tileData.button_tile)) {
    upsertTile(context, dashboard, tileData, { button_id: upsertButton(context, dashboard, tileData.button_tile) });
  } else if (TILE_DISPLAY_FIELDS.some((key) => hasField(tileData, key))) {
    upsertTile(context, dashboard, tileData, {});
  }
}

function resolveAuthorship(content: JsonRecord): { created_by: UserBasic; last_modified_by: UserBasic | null } {
  const createdBy = content.created_by;
  if (!isTruthy(createdBy)) return { created_by: currentUser(), last_modified_by: null };
  if (!isRecord(createdBy) || createdBy.id !== EMULATOR_USER.id) throw validationError(null, "User not found in this organization.");
  return { created_by: currentUser(), last_modified_by: currentUser() };
}

function upsertText(context: ResourceContext, dashboard: DashboardRecord, textJson: unknown): number {
  const { project, state } = context;
  if (!isRecord(textJson)) throw serverError();
  const authorship = resolveAuthorship(textJson);
  const body = hasField(textJson, "body")
    ? coerceString(textJson.body, ["text", "body"], {
        allowNull: true,
        allowBlank: true,
        maxLength: 4000,
        maxLengthMessage: "Text body cannot exceed 4000 characters",
      })
    : undefined;
  const now = isoNow();
  if (isTruthy(textJson.id)) {
    const text = project.texts.find((candidate) => candidate.id === textJson.id);
    if (text === undefined) throw validationError("text", "Text tile not found in this team.");
    const onDashboard = project.tiles.some((tile) => tile.dashboard_id === dashboard.id && tile.text_id === text.id && isTileLive(project, tile));
    if (!onDashboard) throw validationError("text", "Text tile not found.");
    if (body !== undefined) text.body = body;
    Object.assign(text, authorship, { last_modified_at: now });
    return text.id;
  }
  const text: TextRecord = { id: allocateId(state, "text"), body: body ?? null, ...authorship, last_modified_at: now };
  project.texts.push(text);
  return text.id;
}

function upsertButton(context: ResourceContext, dashboard: DashboardRecord, buttonJson: unknown): string {
  const { project } = context;
  if (!isRecord(buttonJson)) throw serverError();
  const authorship = resolveAuthorship(buttonJson);
  const url = readButtonUrl(buttonJson);
  const text = coerceRequired(buttonJson, "text", (value, path) =>
    coerceString(value, path, { maxLength: 200, maxLengthMessage: "Button text cannot exceed 200 characters" }),
  );
  const placement = readChoice(buttonJson, "placement", ["left", "right"], { path: ["button_tile", "placement"] }) ?? "left";
  const style = readChoice(buttonJson, "style", ["primary", "secondary"], { path: ["button_tile", "style"] });
  const now = isoNow();
  if (isTruthy(buttonJson.id)) {
    const button = project.buttons.find((candidate) => candidate.id === buttonJson.id);
    if (button === undefined) throw validationError("button_tile", "Button tile not found in this team.");
    const onDashboard = project.tiles.some((tile) => tile.dashboard_id === dashboard.id && tile.button_id === button.id && isTileLive(project, tile));
    if (!onDashboard) throw validationError("button_tile", "Button tile not found.");
    Object.assign(button, { url, text, placement, ...(style === undefined || style === null ? {} : { style }) }, authorship, { last_modified_at: now });
    return button.id;
  }
  const button: ButtonRecord = {
    id: randomUUID(),
    url,
    text,
    placement: String(placement),
    style: typeof style === "string" ? style : "primary",
    ...authorship,
    last_modified_at: now,
  };
  project.buttons.push(button);
  return button.id;
}

function coerceRequired(source: JsonRecord, key: string, coerce: (value: unknown, path: FieldPath) => string | null): string {
  const path = ["button_tile", key];
  if (!hasField(source, key)) throw validationError(path, "This field is required.", "required");
  const value = coerce(source[key], path);
  if (value === null) throw validationError(path, "This field may not be null.", "null");
  return value;
}

function readButtonUrl(buttonJson: JsonRecord): string {
  const url = coerceRequired(buttonJson, "url", (value, path) =>
    coerceString(value, path, { maxLength: 2000, maxLengthMessage: "Button URL cannot exceed 2000 characters" }),
  );
  if (url.startsWith("/")) {
    if (!PATHNAME_PATTERN.test(url)) throw validationError(["button_tile", "url"], "Pathname must start with / and contain valid URL path characters");
    return url;
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  const validHost = parsed !== undefined && (parsed.hostname === "localhost" || parsed.hostname.includes("."));
  if (parsed === undefined || !["http:", "https:"].includes(parsed.protocol) || !validHost) {
    throw validationError(["button_tile", "url"], "Must be a valid URL or a pathname starting with /");
  }
  return url;
}

function readDisplayValues(tileData: JsonRecord): Partial<TileRecord> {
  const values: Partial<TileRecord> = {};
  for (const key of TILE_DISPLAY_FIELDS) {
    if (!hasField(tileData, key)) continue;
    const value = tileData[key];
    if (key === "layouts") values.layouts = isRecord(value) ? cloneJson(value) : (value as JsonRecord);
    else if (key === "filters_overrides") values.filters_overrides = cloneJson(value);
    else if (key === "color") {
      if (value !== null && (typeof value !== "string" || value.length > 400)) throw serverError();
      values.color = value;
    } else {
      if (value !== null && typeof value !== "boolean") throw serverError();
      values[key] = value;
    }
  }
  return values;
}

function upsertTile(context: ResourceContext, dashboard: DashboardRecord, tileData: JsonRecord, link: Partial<TileRecord>): void {
  const { project, state } = context;
  const values = { ...readDisplayValues(tileData), ...link };
  const id = tileData.id;
  if (id !== undefined && id !== null) {
    const tile = project.tiles.find((candidate) => candidate.id === id && candidate.dashboard_id === dashboard.id && isTileLive(project, candidate));
    if (tile !== undefined) {
      const linksAnotherKind = (link.text_id !== undefined && tile.text_id === null) || (link.button_id !== undefined && tile.button_id === null);
      if (linksAnotherKind) throw serverError();
      Object.assign(tile, values);
      return;
    }
    if (project.tiles.some((candidate) => candidate.id === id)) throw serverError();
  }
  if (link.text_id === undefined && link.button_id === undefined) throw serverError();
  createTile(state, project, { dashboard_id: dashboard.id, ...values });
}

function listDashboards(context: ResourceContext): ResourceResponse {
  const { project, query } = context;
  const creationMode = query.get("creation_mode");
  let dashboards = project.dashboards.filter((dashboard) => !dashboard.deleted);
  dashboards = creationMode
    ? dashboards.filter((dashboard) => dashboard.creation_mode === creationMode)
    : dashboards.filter((dashboard) => dashboard.creation_mode !== "unlisted");
  const tags = query.getAll("tags");
  if (tags.length > 0) dashboards = dashboards.filter((dashboard) => hasAnyTag(dashboard.tags, tags));
  dashboards.sort(
    (left, right) =>
      Number(right.pinned) - Number(left.pinned) ||
      compareNullableText(left.name, right.name) ||
      left.id - right.id,
  );
  const page = paginate(dashboards, context.requestUrl);
  return ok({ ...page, results: page.results.map((dashboard) => serializeBasic(project, dashboard)) });
}

function compareNullableText(left: string | null, right: string | null): number {
  if (left === right) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  return left < right ? -1 : left > right ? 1 : 0;
}
