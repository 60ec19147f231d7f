import { isoNow } from "../clock.js";
import { notFound, serverError, validationError, type FieldPath } from "../errors.js";
import { coerceString, hasField, readChoice, readInteger, readList, readRequestBody } from "../fields.js";
import { cloneJson, describePythonType, isRecord, type JsonRecord } from "../json.js";
import { allocateId, type DashboardRecord, type TextRecord, type TileRecord } from "../state.js";
import { currentUser } from "../users.js";
import { serializeDashboard, serializeTile, sortTilesByLayout } from "./dashboard-serializers.js";
import { createTile, isTileLive } from "./dashboard-tiles.js";
import { insightView } from "./insights.js";
import { created, noContent, ok, type ResourceContext, type ResourceResponse } from "./resource.js";
import type { DetailHandler, ViewsetAction } from "./viewset.js";

/**
 * The dashboard viewset's tile actions (`products/dashboards/backend/api/dashboard.py`):
 * `create_text_tile`, `update_text_tile`, `delete_tile`, `reorder_tiles`, `copy_tile` (POST) and
 * `move_tile` (PATCH or POST). Each acts on one live dashboard (`get_object()` → 404 otherwise) and
 * looks tiles up through the default tile manager, so soft-deleted tiles are "Not found.".
 */
export const DASHBOARD_TILE_ACTIONS: Readonly<Record<string, ViewsetAction<DetailHandler<DashboardRecord>>>> = {
  create_text_tile: withBody(["POST"], createTextTile),
  update_text_tile: withBody(["POST"], updateTextTile),
  delete_tile: withBody(["POST"], deleteTile),
  reorder_tiles: withBody(["POST"], reorderTiles),
  copy_tile: withBody(["POST"], copyTile),
  move_tile: withBody(["PATCH", "POST"], moveTile),
};

function withBody(methods: readonly string[], run: (context: ResourceContext, dashboard: DashboardRecord, body: JsonRecord) => ResourceResponse): ViewsetAction<DetailHandler<DashboardRecord>> {
  return { methods, run: (context, dashboard) => run(context, dashboard, readRequestBody(context.body)) };
}

const LAYOUT_SIZES = ["sm", "xs"] as const;
const LAYOUT_KEYS = ["x", "y", "w", "h"] as const;
const TEXT_BODY = { maxLength: 4000, maxLengthMessage: "Text body cannot exceed 4000 characters" };
const GRID_COLUMNS = 12;
const REORDER_WIDTH = 6;
const REORDER_HEIGHT = 5;

/** `TileLayoutsSerializer`: optional `sm`/`xs` boxes of optional integer `x, y, w, h`; other keys are dropped. */
function readLayouts(body: JsonRecord): JsonRecord | undefined {
  if (!hasField(body, "layouts")) return undefined;
  const layouts = body.layouts;
  if (layouts === null) throw validationError(["layouts"], "This field may not be null.", "null");
  if (!isRecord(layouts)) throw validationError(["layouts", "non_field_errors"], `Invalid data. Expected a dictionary, but got ${describePythonType(layouts)}.`, "invalid");
  const validated: JsonRecord = {};
  for (const size of LAYOUT_SIZES) {
    if (!hasField(layouts, size)) continue;
    const box = layouts[size];
    if (box === null) throw validationError(["layouts", size], "This field may not be null.", "null");
    if (!isRecord(box)) throw validationError(["layouts", size, "non_field_errors"], `Invalid data. Expected a dictionary, but got ${describePythonType(box)}.`, "invalid");
    const values: JsonRecord = {};
    for (const key of LAYOUT_KEYS) {
      const value = readInteger(box, key, { path: ["layouts", size, key] });
      if (value !== undefined) values[key] = value;
    }
    validated[size] = values;
  }
  return validated;
}

function readColor(body: JsonRecord): string | null | undefined {
  if (!hasField(body, "color")) return undefined;
  return coerceString(body.color, ["color"], { allowNull: true, allowBlank: true, maxLength: 400, maxLengthMessage: "Color cannot exceed 400 characters" });
}

function readTileId(body: JsonRecord, key: string, path: FieldPath = [key]): number {
  const id = readInteger(body, key, { required: true, path });
  if (id === null || id === undefined) throw validationError(path, "This field may not be null.", "null");
  return id;
}

/** A live tile of this dashboard (`get_object_or_404(DashboardTile, id=…, dashboard=…)`). */
function findLiveTile(context: ResourceContext, dashboard: DashboardRecord, id: number): TileRecord {
  const tile = context.project.tiles.find((candidate) => candidate.id === id && candidate.dashboard_id === dashboard.id && isTileLive(context.project, candidate));
  if (tile === undefined) throw notFound();
  return tile;
}

function dashboardResponse(context: ResourceContext, dashboard: DashboardRecord): ResourceResponse {
  return ok(serializeDashboard(context.project, dashboard, insightView(context)));
}

/** POST `create_text_tile`: `{body, layouts?, color?}` → 201 with the new tile (`order: null`). */
function createTextTile(context: ResourceContext, dashboard: DashboardRecord, body: JsonRecord): ResourceResponse {
  const { project, state } = context;
  if (!hasField(body, "body")) throw validationError(["body"], "This field is required.", "required");
  const text = coerceString(body.body, ["body"], TEXT_BODY);
  const layouts = readLayouts(body);
  const color = readColor(body);
  const record: TextRecord = { id: allocateId(state, "text"), body: text, created_by: currentUser(), last_modified_by: null, last_modified_at: isoNow() };
  project.texts.push(record);
  const tile = createTile(state, project, {
    dashboard_id: dashboard.id,
    text_id: record.id,
    ...(layouts === undefined ? {} : { layouts }),
    ...(color === undefined ? {} : { color }),
  });
  return created(serializeTile(project, tile, null, insightView(context)));
}

/** POST `update_text_tile`: `{tile_id, body?, layouts?, color?}` → 200 with the tile; the text's editor becomes the caller. */
function updateTextTile(context: ResourceContext, dashboard: DashboardRecord, body: JsonRecord): ResourceResponse {
  const { project } = context;
  const tileId = readTileId(body, "tile_id");
  const text = hasField(body, "body") ? coerceString(body.body, ["body"], TEXT_BODY) : undefined;
  const layouts = readLayouts(body);
  const color = readColor(body);
  const tile = findLiveTile(context, dashboard, tileId);
  const record = project.texts.find((candidate) => candidate.id === tile.text_id);
  if (record === undefined) throw validationError(null, "Tile is not a text tile.");
  if (text !== undefined) record.body = text;
  record.last_modified_by = currentUser();
  record.last_modified_at = isoNow();
  if (layouts !== undefined) tile.layouts = layouts;
  if (color !== undefined) tile.color = color;
  return ok(serializeTile(project, tile, null, insightView(context)));
}

/** POST `delete_tile`: `{tile_id}` → 204; the tile is soft-deleted and the remaining tiles are compacted upwards. */
function deleteTile(context: ResourceContext, dashboard: DashboardRecord, body: JsonRecord): ResourceResponse {
  const tile = findLiveTile(context, dashboard, readTileId(body, "tile_id"));
  tile.deleted = true;
  compactLayouts(context.project.tiles.filter((candidate) => candidate.dashboard_id === dashboard.id && isTileLive(context.project, candidate)));
  return noContent();
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

function overlaps(a: Rect, b: Rect): boolean {
  return !(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y);
}

/** `_compact_tile_layouts`: per breakpoint, each tile keeps x/w/h and drops to the lowest free row, as the grid's vertical compaction does. */
function compactLayouts(tiles: readonly TileRecord[]): void {
  const sizes = new Set(tiles.flatMap((tile) => Object.keys(tile.layouts)));
  for (const size of sizes) {
    const placed: Rect[] = [];
    for (const tile of sortTilesByLayout(tiles.filter((candidate) => isRecord(candidate.layouts[size])), size)) {
      const layout = tile.layouts[size] as JsonRecord;
      const rect = { x: layout.x ?? 0, y: layout.y ?? 0, w: layout.w ?? 1, h: layout.h ?? 1 };
      if (![rect.x, rect.y, rect.w, rect.h].every((value) => typeof value === "number")) throw serverError();
      const box = rect as Rect;
      let y = 0;
      for (;;) {
        const collisions = placed.filter((other) => overlaps({ ...box, y }, other));
        if (collisions.length === 0) break;
        y = Math.max(...collisions.map((other) => other.y + other.h));
      }
      placed.push({ ...box, y });
      if (y !== (layout.y ?? 0)) layout.y = y;
    }
  }
}

function existingSize(tile: TileRecord): { w: number; h: number } {
  const small = tile.layouts.sm;
  const w = isRecord(small) && Number.isInteger(small.w) && (small.w as number) > 0 ? (small.w as number) : REORDER_WIDTH;
  const h = isRecord(small) && Number.isInteger(small.h) && (small.h as number) > 0 ? (small.h as number) : REORDER_HEIGHT;
  return { w, h };
}

/** `_apply_reorder_layout`: `two_column` and `full_width` overwrite sizes; `preserve` repacks with each tile's own size. */
function applyReorderLayout(tiles: readonly TileRecord[], mode: string): void {
  if (mode === "two_column" || mode === "full_width") {
    tiles.forEach((tile, index) => {
      const twoColumn = mode === "two_column";
      const y = (twoColumn ? Math.floor(index / 2) : index) * REORDER_HEIGHT;
      const sm = twoColumn ? { x: (index % 2) * REORDER_WIDTH, y, w: REORDER_WIDTH, h: REORDER_HEIGHT } : { x: 0, y, w: GRID_COLUMNS, h: REORDER_HEIGHT };
      tile.layouts = { sm, xs: { x: 0, y: index * REORDER_HEIGHT, w: 1, h: REORDER_HEIGHT } };
    });
    return;
  }
  const heights = new Array<number>(GRID_COLUMNS).fill(0);
  let xsY = 0;
  for (const tile of tiles) {
    const size = existingSize(tile);
    const w = Math.max(1, Math.min(size.w, GRID_COLUMNS));
    const h = Math.max(1, size.h);
    let bestX = 0;
    let bestY = Math.max(...heights.slice(0, w));
    for (let x = 1; x <= GRID_COLUMNS - w; x += 1) {
      const top = Math.max(...heights.slice(x, x + w));
      if (top < bestY) {
        bestX = x;
        bestY = top;
      }
    }
    tile.layouts = { sm: { x: bestX, y: bestY, w, h }, xs: { x: 0, y: xsY, w: 1, h } };
    for (let k = bestX; k < bestX + w; k += 1) heights[k] = bestY + h;
    xsY += h;
  }
}

/**
 * POST `reorder_tiles`: `{tile_order, layout?}` → 200 with the dashboard. Duplicate or unknown ids are
 * answered with a bare `{detail}` body (a plain `Response`, not an exception), 400 and 404.
 */
function reorderTiles(context: ResourceContext, dashboard: DashboardRecord, body: JsonRecord): ResourceResponse {
  const list = readList(body, "tile_order", { required: true });
  if (list === null || list === undefined) throw validationError(["tile_order"], "This field may not be null.", "null");
  const order = list.map((item, index) => readTileId({ item }, "item", ["tile_order", index]));
  if (order.length === 0) throw validationError(["tile_order"], "Ensure this field has at least 1 elements.", "min_length");
  const mode = readChoice(body, "layout", ["preserve", "two_column", "full_width"]) ?? "preserve";
  if (new Set(order).size !== order.length) return { status: 400, body: { detail: "tile_order must contain unique tile IDs" } };
  const live = context.project.tiles.filter((tile) => tile.dashboard_id === dashboard.id && isTileLive(context.project, tile));
  const missing = order.filter((id) => !live.some((tile) => tile.id === id)).sort((a, b) => a - b);
  if (missing.length > 0) return { status: 404, body: { detail: `Tile IDs not found on this dashboard: [${missing.join(", ")}]` } };
  applyReorderLayout(
    order.map((id) => live.find((tile) => tile.id === id)!),
    String(mode),
  );
  return dashboardResponse(context, dashboard);
}

/** A live dashboard of this project (`get_object_or_404(Dashboard, id=…)`). */
function findLiveDashboard(context: ResourceContext, id: number): DashboardRecord {
  const dashboard = context.project.dashboards.find((candidate) => candidate.id === id && !candidate.deleted);
  if (dashboard === undefined) throw notFound();
  return dashboard;
}

/** The content a tile shows, for the one-row-per-content unique constraints. */
function sameContent(a: TileRecord, b: TileRecord): boolean {
  return (a.insight_id !== null && a.insight_id === b.insight_id) || (a.text_id !== null && a.text_id === b.text_id) || (a.button_id !== null && a.button_id === b.button_id);
}

/**
 * POST `copy_tile` on the destination: `{fromDashboardId, tileId}` → 200 with the destination. Only
 * insight and text tiles; the copy takes the source tile's layouts, color, description and filter
 * overrides, reviving a soft-deleted row for the same content (`copy_to_dashboard`).
 */
function copyTile(context: ResourceContext, destination: DashboardRecord, body: JsonRecord): ResourceResponse {
  const { project, state } = context;
  const fromId = readTileId(body, "fromDashboardId");
  const tileId = readTileId(body, "tileId");
  if (fromId === destination.id) throw validationError(null, "Destination must be a different dashboard than the source.");
  const source = findLiveDashboard(context, fromId);
  const tile = findLiveTile(context, source, tileId);
  if (tile.insight_id === null && tile.text_id === null) throw validationError(null, "Only insight, text, and widget tiles can be copied between dashboards.");
  const onDestination = project.tiles.filter((candidate) => candidate.dashboard_id === destination.id && sameContent(candidate, tile));
  if (onDestination.some((candidate) => isTileLive(project, candidate))) {
    throw validationError(null, tile.insight_id !== null ? "This insight is already on the destination dashboard." : "This text card is already on the destination dashboard.");
  }
  const display = {
    layouts: cloneJson(tile.layouts),
    color: tile.color,
    show_description: tile.show_description,
    transparent_background: tile.transparent_background,
    filters_overrides: cloneJson(tile.filters_overrides),
  };
  const stale = onDestination[0];
  if (stale !== undefined) Object.assign(stale, display, { deleted: false });
  else createTile(state, project, { dashboard_id: destination.id, insight_id: tile.insight_id, text_id: tile.text_id, ...display });
  return dashboardResponse(context, destination);
}

/**
 * PATCH or POST `move_tile` on the source: `{to_dashboard, tile: {id}}` → 200 with the source dashboard.
 * Soft-deleted rows for the same content on the destination are hard-deleted first; a live one makes
 * the move invalid (`prepare_move_to_dashboard`).
 */
function moveTile(context: ResourceContext, source: DashboardRecord, body: JsonRecord): ResourceResponse {
  const { project } = context;
  const toId = readTileId(body, "to_dashboard");
  if (!hasField(body, "tile")) throw validationError(["tile"], "This field is required.", "required");
  if (body.tile === null) throw validationError(["tile"], "This field may not be null.", "null");
  if (!isRecord(body.tile)) throw validationError(["tile", "non_field_errors"], `Invalid data. Expected a dictionary, but got ${describePythonType(body.tile)}.`, "invalid");
  const tile = findLiveTile(context, source, readTileId(body.tile, "id", ["tile", "id"]));
  const destination = findLiveDashboard(context, toId);
  const others = project.tiles.filter((candidate) => candidate !== tile && candidate.dashboard_id === destination.id && sameContent(candidate, tile));
  if (others.some((candidate) => candidate.deleted !== true)) throw validationError(null, "Invalid request data for moving tile.");
  project.tiles = project.tiles.filter((candidate) => !others.includes(candidate));
  tile.dashboard_id = destination.id;
  return dashboardResponse(context, source);
}
