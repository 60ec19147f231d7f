import { allocateId, type EmulatorState, type ProjectState, type TileRecord } from "../state.js";

/**
 * Tile bookkeeping shared by dashboards (which render tiles) and insights (whose `dashboards`
 * membership creates and removes them). A tile counts as live the way PostHog's default tile
 * manager counts it: not soft-deleted and on a dashboard that is not soft-deleted.
 */
export function isTileLive(project: ProjectState, tile: TileRecord): boolean {
  if (tile.deleted === true) return false;
  const dashboard = project.dashboards.find((candidate) => candidate.id === tile.dashboard_id);
  return dashboard !== undefined && !dashboard.deleted;
}

/** Live tiles showing the given insight, in creation order. */
export function liveTilesForInsight(project: ProjectState, insightId: number): TileRecord[] {
  return project.tiles.filter((tile) => tile.insight_id === insightId && isTileLive(project, tile));
}

/** The `[{id, dashboard_id, deleted}]` summary PostHog embeds for insights, texts and buttons. */
export function describeTiles(tiles: readonly TileRecord[]): { id: number; dashboard_id: number; deleted: boolean | null }[] {
  return tiles.map((tile) => ({ id: tile.id, dashboard_id: tile.dashboard_id, deleted: tile.deleted }));
}

/** Fields a new tile can be created with; everything else takes PostHog's model defaults. */
export type TileSeed = Partial<Omit<TileRecord, "id" | "dashboard_id">> & { dashboard_id: number };

/** Creates a tile row with PostHog's defaults (`layouts: {}`, nullable display fields, `deleted: null`). */
export function createTile(state: EmulatorState, project: ProjectState, seed: TileSeed): TileRecord {
  const tile: TileRecord = {
    id: allocateId(state, "dashboard_tile"),
    insight_id: null,
    text_id: null,
    button_id: null,
    layouts: {},
    color: null,
    show_description: null,
    transparent_background: null,
    filters_overrides: {},
    deleted: null,
    ...seed,
  };
  project.tiles.push(tile);
  return tile;
}
