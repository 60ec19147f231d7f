import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, TRENDS_QUERY, type TestApi } from "./helpers.js";

let api: TestApi;
const base = "/api/projects/1/dashboards";

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

async function createDashboard(name = "Board"): Promise<number> {
  return (await api.post(`${base}/`, { name })).body.id as number;
}

async function tilesOf(id: number): Promise<any[]> {
  return (await api.get(`${base}/${id}/`)).body.tiles;
}

async function addInsight(dashboardId: number, name = "Views"): Promise<{ insightId: number; tileId: number }> {
  const insight = (await api.post("/api/projects/1/insights/", { name, query: TRENDS_QUERY, dashboards: [dashboardId] })).body;
  return { insightId: insight.id, tileId: insight.dashboard_tiles.find((tile: { dashboard_id: number }) => tile.dashboard_id === dashboardId).id };
}

describe("dashboard tile actions", () => {
  it("create_text_tile: POST {body, layouts, color} answers 201 with the one tile, order null", async () => {
    const id = await createDashboard();
    const layouts = { sm: { x: 0, y: 0, w: 12, h: 1, i: "dropped" }, xs: { x: 0, y: 0, w: 1, h: 1 }, lg: { x: 1 } };
    const response = await api.post(`${base}/${id}/create_text_tile/`, { body: "  # Section  ", layouts, color: "blue" });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      layouts: { sm: { x: 0, y: 0, w: 12, h: 1 }, xs: { x: 0, y: 0, w: 1, h: 1 } },
      color: "blue",
      insight: null,
      button_tile: null,
      order: null,
      text: { body: "# Section", last_modified_by: null, created_by: { id: 1 } },
    });
    expect(response.body.layouts).not.toHaveProperty("lg");
    expect(response.body.text.dashboard_tiles).toEqual([{ id: response.body.id, dashboard_id: id, deleted: null }]);
    const bare = await api.post(`${base}/${id}/create_text_tile/`, { body: "No layout" });
    expect(bare.body.layouts).toEqual({});
    expect(await tilesOf(id)).toHaveLength(2);
  });

  it("create_text_tile refuses blank, missing and over-long bodies, bad layouts, other methods and deleted dashboards", async () => {
    const id = await createDashboard();
    const post = (body: unknown) => api.post(`${base}/${id}/create_text_tile/`, body);
    expect((await post({})).body).toEqual({ type: "validation_error", code: "required", detail: "This field is required.", attr: "body" });
    expect((await post({ body: "   " })).body).toMatchObject({ code: "blank", attr: "body" });
    expect((await post({ body: "x".repeat(4001) })).body).toMatchObject({ code: "max_length", detail: "Text body cannot exceed 4000 characters", attr: "body" });
    expect((await post({ body: "ok", layouts: { sm: { x: "left" } } })).body).toMatchObject({ detail: "A valid integer is required.", attr: "layouts__sm__x" });
    expect((await post({ body: "ok", color: "c".repeat(401) })).body).toMatchObject({ detail: "Color cannot exceed 400 characters", attr: "color" });
    expect((await api.get(`${base}/${id}/create_text_tile/`)).status).toBe(405);
    expect(await tilesOf(id)).toEqual([]);
    await api.patch(`${base}/${id}/`, { deleted: true });
    expect((await post({ body: "gone" })).status).toBe(404);
  });

  it("update_text_tile: POST {tile_id, body?, layouts?, color?} updates in place and makes the caller the editor", async () => {
    const id = await createDashboard();
    const tile = (await api.post(`${base}/${id}/create_text_tile/`, { body: "Before", layouts: { sm: { x: 0, y: 0, w: 6, h: 2 } } })).body;
    const response = await api.post(`${base}/${id}/update_text_tile/`, { tile_id: tile.id, body: "After" });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: tile.id, layouts: { sm: { w: 6 } }, text: { id: tile.text.id, body: "After", last_modified_by: { id: 1 } } });
    const { tileId } = await addInsight(id);
    expect((await api.post(`${base}/${id}/update_text_tile/`, { tile_id: tileId, body: "x" })).body).toMatchObject({ detail: "Tile is not a text tile.", attr: null });
    expect((await api.post(`${base}/${id}/update_text_tile/`, { tile_id: 999999, body: "x" })).status).toBe(404);
  });

  it("delete_tile: POST {tile_id} answers an empty 204, soft-deletes the tile and compacts the rest upwards", async () => {
    const id = await createDashboard();
    const top = (await api.post(`${base}/${id}/create_text_tile/`, { body: "Top", layouts: { sm: { x: 0, y: 0, w: 12, h: 3 }, xs: { x: 0, y: 0, w: 1, h: 3 } } })).body;
    const below = (await api.post(`${base}/${id}/create_text_tile/`, { body: "Below", layouts: { sm: { x: 0, y: 3, w: 6, h: 2 }, xs: { x: 0, y: 3, w: 1, h: 2 } } })).body;
    const response = await api.post(`${base}/${id}/delete_tile/`, { tile_id: top.id });
    expect(response.status).toBe(204);
    expect(response.text).toBe("");
    expect(await tilesOf(id)).toMatchObject([{ id: below.id, layouts: { sm: { x: 0, y: 0, w: 6, h: 2 }, xs: { y: 0 } } }]);
    expect((await api.post(`${base}/${id}/delete_tile/`, { tile_id: top.id })).status).toBe(404);
    expect((await api.post(`${base}/${id}/delete_tile/`, {})).body).toMatchObject({ code: "required", attr: "tile_id" });
  });

  it("delete_tile keeps the insight, which stays on its other dashboards", async () => {
    const first = await createDashboard("First");
    const second = await createDashboard("Second");
    const insight = (await api.post("/api/projects/1/insights/", { query: TRENDS_QUERY, dashboards: [first, second] })).body;
    const tile = insight.dashboard_tiles.find((t: { dashboard_id: number }) => t.dashboard_id === first);
    await api.post(`${base}/${first}/delete_tile/`, { tile_id: tile.id });
    expect((await api.get(`/api/projects/1/insights/${insight.id}/`)).body.dashboard_tiles.map((t: { dashboard_id: number }) => t.dashboard_id)).toEqual([second]);
  });

  it("reorder_tiles: POST {tile_order, layout} lays tiles out in order and answers the dashboard", async () => {
    const id = await createDashboard();
    const a = (await api.post(`${base}/${id}/create_text_tile/`, { body: "A", layouts: { sm: { x: 0, y: 0, w: 4, h: 2 } } })).body;
    const b = (await api.post(`${base}/${id}/create_text_tile/`, { body: "B", layouts: { sm: { x: 4, y: 0, w: 12, h: 3 } } })).body;
    const c = (await api.post(`${base}/${id}/create_text_tile/`, { body: "C" })).body;
    const preserve = await api.post(`${base}/${id}/reorder_tiles/`, { tile_order: [c.id, a.id, b.id] });
    expect(preserve.status).toBe(200);
    const layoutOf = (tiles: any[], tileId: number) => tiles.find((tile) => tile.id === tileId).layouts;
    expect(layoutOf(preserve.body.tiles, c.id)).toEqual({ sm: { x: 0, y: 0, w: 6, h: 5 }, xs: { x: 0, y: 0, w: 1, h: 5 } });
    expect(layoutOf(preserve.body.tiles, a.id)).toEqual({ sm: { x: 6, y: 0, w: 4, h: 2 }, xs: { x: 0, y: 5, w: 1, h: 2 } });
    expect(layoutOf(preserve.body.tiles, b.id)).toEqual({ sm: { x: 0, y: 5, w: 12, h: 3 }, xs: { x: 0, y: 7, w: 1, h: 3 } });
    const twoColumn = (await api.post(`${base}/${id}/reorder_tiles/`, { tile_order: [a.id, b.id, c.id], layout: "two_column" })).body.tiles;
    expect(layoutOf(twoColumn, c.id)).toEqual({ sm: { x: 0, y: 5, w: 6, h: 5 }, xs: { x: 0, y: 10, w: 1, h: 5 } });
    const fullWidth = (await api.post(`${base}/${id}/reorder_tiles/`, { tile_order: [b.id], layout: "full_width" })).body.tiles;
    expect(layoutOf(fullWidth, b.id)).toEqual({ sm: { x: 0, y: 0, w: 12, h: 5 }, xs: { x: 0, y: 0, w: 1, h: 5 } });
  });

  it("reorder_tiles answers duplicates and unknown ids with a bare {detail}, and validates its body", async () => {
    const id = await createDashboard();
    const tile = (await api.post(`${base}/${id}/create_text_tile/`, { body: "A" })).body;
    const duplicate = await api.post(`${base}/${id}/reorder_tiles/`, { tile_order: [tile.id, tile.id] });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body).toEqual({ detail: "tile_order must contain unique tile IDs" });
    const unknown = await api.post(`${base}/${id}/reorder_tiles/`, { tile_order: [999999, tile.id, 999998] });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ detail: "Tile IDs not found on this dashboard: [999998, 999999]" });
    expect((await api.post(`${base}/${id}/reorder_tiles/`, { tile_order: [] })).body).toMatchObject({ code: "min_length", attr: "tile_order" });
    expect((await api.post(`${base}/${id}/reorder_tiles/`, { tile_order: ["x"] })).body).toMatchObject({ attr: "tile_order__0" });
    expect((await api.post(`${base}/${id}/reorder_tiles/`, { tile_order: [tile.id], layout: "grid" })).body).toMatchObject({ code: "invalid_choice", attr: "layout" });
  });

  it("copy_tile: POST on the destination {fromDashboardId, tileId} copies an insight tile with its display settings", async () => {
    const source = await createDashboard("Source");
    const destination = await createDashboard("Destination");
    const { insightId, tileId } = await addInsight(source);
    await api.patch(`${base}/${source}/`, { tiles: [{ id: tileId, layouts: { sm: { x: 0, y: 0, w: 6, h: 4 } }, color: "green", filters_overrides: { date_from: "-7d" } }] });
    const response = await api.post(`${base}/${destination}/copy_tile/`, { fromDashboardId: source, tileId });
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(destination);
    expect(response.body.tiles).toMatchObject([{ insight: { id: insightId }, layouts: { sm: { w: 6 } }, color: "green", filters_overrides: { date_from: "-7d" } }]);
    expect(response.body.tiles[0].id).not.toBe(tileId);
    expect(await tilesOf(source)).toHaveLength(1);
    const again = await api.post(`${base}/${destination}/copy_tile/`, { fromDashboardId: source, tileId });
    expect(again.body).toMatchObject({ detail: "This insight is already on the destination dashboard.", attr: null });
  });

  it("copy_tile revives a soft-deleted row for the same insight and refuses buttons, itself and unknown sources", async () => {
    const source = await createDashboard("Source");
    const destination = await createDashboard("Destination");
    const { tileId } = await addInsight(source);
    const first = (await api.post(`${base}/${destination}/copy_tile/`, { fromDashboardId: source, tileId })).body.tiles[0];
    await api.patch(`${base}/${destination}/`, { tiles: [{ id: first.id, deleted: true }] });
    const revived = (await api.post(`${base}/${destination}/copy_tile/`, { fromDashboardId: source, tileId })).body.tiles;
    expect(revived.map((tile: { id: number }) => tile.id)).toEqual([first.id]);
    const button = (await api.patch(`${base}/${source}/`, { tiles: [{ button_tile: { url: "/x", text: "Go" } }] })).body.tiles.find((tile: { button_tile: unknown }) => tile.button_tile);
    expect((await api.post(`${base}/${destination}/copy_tile/`, { fromDashboardId: source, tileId: button.id })).body).toMatchObject({
      detail: "Only insight, text, and widget tiles can be copied between dashboards.",
    });
    expect((await api.post(`${base}/${source}/copy_tile/`, { fromDashboardId: source, tileId })).body).toMatchObject({ detail: "Destination must be a different dashboard than the source." });
    expect((await api.post(`${base}/${destination}/copy_tile/`, { fromDashboardId: 999999, tileId })).status).toBe(404);
    expect((await api.post(`${base}/${destination}/copy_tile/`, { tileId })).body).toMatchObject({ code: "required", attr: "fromDashboardId" });
  });

  it("move_tile: PATCH or POST on the source {to_dashboard, tile: {id}} moves the tile row and answers the source", async () => {
    const source = await createDashboard("Source");
    const destination = await createDashboard("Destination");
    const { insightId, tileId } = await addInsight(source);
    const moved = await api.patch(`${base}/${source}/move_tile/`, { to_dashboard: destination, tile: { id: tileId } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: source, tiles: [] });
    expect(await tilesOf(destination)).toMatchObject([{ id: tileId, insight: { id: insightId } }]);
    const back = await api.post(`${base}/${destination}/move_tile/`, { to_dashboard: source, tile: { id: tileId } });
    expect(back.body.tiles).toEqual([]);
    expect(await tilesOf(source)).toMatchObject([{ id: tileId }]);
  });

  it("move_tile clears stale rows on the destination, refuses live duplicates, and validates its body", async () => {
    const source = await createDashboard("Source");
    const destination = await createDashboard("Destination");
    const insight = (await api.post("/api/projects/1/insights/", { query: TRENDS_QUERY, dashboards: [source, destination] })).body;
    const [onSource, onDestination] = [source, destination].map((d) => insight.dashboard_tiles.find((t: { dashboard_id: number }) => t.dashboard_id === d).id);
    expect((await api.post(`${base}/${source}/move_tile/`, { to_dashboard: destination, tile: { id: onSource } })).body).toMatchObject({ detail: "Invalid request data for moving tile." });
    await api.post(`${base}/${destination}/delete_tile/`, { tile_id: onDestination });
    await api.post(`${base}/${source}/move_tile/`, { to_dashboard: destination, tile: { id: onSource } });
    expect((await tilesOf(destination)).map((tile) => tile.id)).toEqual([onSource]);
    expect((await api.post(`${base}/${source}/move_tile/`, { to_dashboard: destination })).body).toMatchObject({ code: "required", attr: "tile" });
    expect((await api.post(`${base}/${destination}/move_tile/`, { to_dashboard: 999999, tile: { id: onSource } })).status).toBe(404);
    expect((await api.get(`${base}/${destination}/move_tile/`)).status).toBe(405);
  });

  it("answers unknown actions with 404", async () => {
    const id = await createDashboard();
    expect((await api.post(`${base}/${id}/add_insight/`, {})).status).toBe(404);
  });
});
