import { isRecord, type JsonRecord } from "../json.js";
import type { ButtonRecord, DashboardRecord, InsightRecord, ProjectState, TextRecord, TileRecord } from "../state.js";
import { describeTiles, isTileLive } from "./dashboard-tiles.js";
import { serializeInsight, type InsightView } from "./insights.js";

/**
 * The dashboard serializers: `DashboardBasicSerializer` (list), `DashboardSerializer` (detail, with
 * tiles) and `DashboardTileSerializer`, shared by the dashboard viewset and its tile actions.
 */

/** The light list shape (`DashboardBasicSerializer`): no tiles, filters or variables. */
export function serializeDashboardBasic(project: ProjectState, dashboard: DashboardRecord): JsonRecord {
  return {
    id: dashboard.id,
    name: dashboard.name,
    description: dashboard.description,
    pinned: dashboard.pinned,
    created_at: dashboard.created_at,
    created_by: dashboard.created_by,
    last_accessed_at: dashboard.last_accessed_at,
    last_viewed_at: null,
    // get_folder: the project-tree folder of the dashboard's file-system entry; the emulator files every dashboard where PostHog's sync does by default.
    folder: "Unfiled/Dashboards",
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
    // SearchMatchTypeSerializerMixin: "exact"/"similar" only for a `search` list request, which the emulator does not serve.
    search_match_type: null,
  };
}

/** The DashboardSerializer detail shape, including sorted tiles; `view` renders the tiles' insights. */
export function serializeDashboard(project: ProjectState, dashboard: DashboardRecord, view: InsightView): JsonRecord {
  const hasFilters = Object.keys(dashboard.filters).length > 0;
  const hasVariables = dashboard.variables !== null && Object.keys(dashboard.variables).length > 0;
  return {
    ...serializeDashboardBasic(project, dashboard),
    filters: dashboard.filters,
    variables: dashboard.variables ?? {},
    breakdown_colors: dashboard.breakdown_colors,
    data_color_theme_id: dashboard.data_color_theme_id,
    persisted_filters: hasFilters ? dashboard.filters : null,
    persisted_variables: hasVariables ? dashboard.variables : null,
    quick_filter_ids: dashboard.quick_filter_ids ?? [],
    tiles: sortTilesByLayout(renderedTiles(project, dashboard)).map((tile, order) => serializeTile(project, tile, order, view)),
  };
}

function layoutCoordinate(tile: TileRecord, size: string, axis: "x" | "y"): number {
  const box = tile.layouts[size];
  if (!isRecord(box)) return 100;
  const value = box[axis];
  return typeof value === "number" ? value : 100;
}

/** `DashboardTile.sort_tiles_by_layout`: by `layouts[size].y` then `.x`, a missing coordinate counting as 100. */
export function sortTilesByLayout(tiles: readonly TileRecord[], size = "sm"): TileRecord[] {
  return [...tiles].sort(
    (left, right) => layoutCoordinate(left, size, "y") - layoutCoordinate(right, size, "y") || layoutCoordinate(left, size, "x") - layoutCoordinate(right, size, "x"),
  );
}

/** The tiles a dashboard renders (`DashboardTile.dashboard_queryset`): live, and not showing a deleted insight. */
function renderedTiles(project: ProjectState, dashboard: DashboardRecord): TileRecord[] {
  return project.tiles.filter((tile) => {
    if (tile.dashboard_id !== dashboard.id || tile.deleted === true) return false;
    if (tile.insight_id === null) return true;
    const insight = project.insights.find((candidate) => candidate.id === tile.insight_id);
    return insight !== undefined && !insight.deleted;
  });
}

/** One `DashboardTileSerializer` row; `order` is its index among the dashboard's sorted tiles, or null. */
export function serializeTile(project: ProjectState, tile: TileRecord, order: number | null, view: InsightView): JsonRecord {
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
    insight: insight === undefined ? null : serializeInsight(project, insight, view),
    text: text === undefined ? null : serializeText(project, text),
    button_tile: button === undefined ? null : serializeButton(project, button),
    order,
    last_refresh: null,
    is_cached: false,
  };
}

function serializeText(project: ProjectState, text: TextRecord): JsonRecord {
  const tiles = project.tiles.filter((tile) => tile.text_id === text.id && isTileLive(project, tile));
  return { ...text, team: project.id, dashboard_tiles: describeTiles(tiles) };
}

function serializeButton(project: ProjectState, button: ButtonRecord): JsonRecord {
  const tiles = project.tiles.filter((tile) => tile.button_id === button.id && isTileLive(project, tile));
  return { ...button, team: project.id, dashboard_tiles: describeTiles(tiles) };
}
