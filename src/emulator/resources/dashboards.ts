import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, serverError, validationError } from "../errors.js";
import {
  hasField,
  isTruthy,
  isUuid,
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
import { currentUser } from "../users.js";
import { serializeDashboard, serializeDashboardBasic } from "./dashboard-serializers.js";
import { applyTemplate, findUsedTemplate } from "./dashboard-from-template.js";
import { DASHBOARD_TILE_ACTIONS } from "./dashboard-tile-actions.js";
import { applyTilePatch } from "./dashboard-tile-patch.js";
import { createTile, isTileLive } from "./dashboard-tiles.js";
import { generateShortId, insightView } from "./insights.js";
import { created, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { isRestoreRequest, routeViewset } from "./viewset.js";

/**
 * Dashboards (`/api/projects/{id}/dashboards/`, also under environments): the light list serializer,
 * the detail serializer with tiles, tile upserts through PATCH `tiles`, the tile actions
 * (`create_text_tile`, `delete_tile`, `reorder_tiles`, `copy_tile`, `move_tile`, …), duplication and
 * soft delete.
 */
export const dashboardsResource: ResourceModule = {
  segment: "dashboards",
  scopeObject: "dashboard",
  environmentsAlias: true,
  throttle: "default",
  handle: routeViewset<DashboardRecord>({
    list: listDashboards,
    create: createDashboard,
    detail: {
      find: (context, id) => findDashboard(context.project, id, isRestoreRequest(context)),
      retrieve: retrieveDashboard,
      update: updateDashboard,
      destroy: "forbidden",
      actions: DASHBOARD_TILE_ACTIONS,
    },
  }),
};

function findDashboard(project: ProjectState, segment: string, includeDeleted: boolean): DashboardRecord {
  const id = parseIntegerId(segment);
  const dashboard = project.dashboards.find((candidate) => candidate.id === id && (includeDeleted || !candidate.deleted));
  if (dashboard === undefined) throw notFound();
  return dashboard;
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
  const template = isTruthy(fields.use_template) ? findUsedTemplate(project, fields.use_template!) : undefined;
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
    creation_mode: template !== undefined ? "template" : source === undefined ? "default" : "duplicate",
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
  if (template !== undefined) applyTemplate(context, dashboard, template, fields.tags);
  else if (source !== undefined) duplicateTiles(context, source, dashboard, isTruthy(body.duplicate_tiles));
  return created(serializeDashboard(project, dashboard, insightView(context)));
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

function retrieveDashboard(context: ResourceContext, dashboard: DashboardRecord): ResourceResponse {
  dashboard.last_accessed_at = isoNow();
  return ok(serializeDashboard(context.project, dashboard, insightView(context)));
}

function updateDashboard(context: ResourceContext, dashboard: DashboardRecord): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  const fields = readDashboardFields(body);
  const tiles = hasField(body, "tiles") ? body.tiles : [];
  if (!Array.isArray(tiles)) throw serverError();

  if (dashboard.deleted && fields.deleted === false) restoreTiles(project, dashboard);
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
  return ok(serializeDashboard(project, dashboard, insightView(context)));
}

/** `_undo_delete_related_tiles`: every tile of the dashboard (removed ones too) and every deleted insight behind them come back. */
function restoreTiles(project: ProjectState, dashboard: DashboardRecord): void {
  const tiles = project.tiles.filter((tile) => tile.dashboard_id === dashboard.id);
  for (const tile of tiles) tile.deleted = false;
  for (const insight of project.insights) if (insight.deleted && tiles.some((tile) => tile.insight_id === insight.id)) insight.deleted = false;
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
  return ok({ ...page, results: page.results.map((dashboard) => serializeDashboardBasic(project, dashboard)) });
}

function compareNullableText(left: string | null, right: string | null): number {
  if (left === right) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  return left < right ? -1 : left > right ? 1 : 0;
}
