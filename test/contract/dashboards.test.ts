import { describe, expect, it } from "vitest";
import { softDelete, TRENDS_QUERY, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

async function createDashboard(body: Record<string, unknown> = {}): Promise<any> {
  const response = await contract.client.post("dashboards/", { name: uniqueName("dashboard"), ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`dashboard ${response.body.id}`, () => softDelete(contract.client, `dashboards/${response.body.id}/`));
  return response.body;
}

describe("contract: dashboards", () => {
  it("creates with PostHog's defaults, reads, updates, and ignores tiles on create", async () => {
    const defaults = await createDashboard({ tiles: [{ text: { body: "ignored" } }] });
    expect(defaults).toMatchObject({
      description: "",
      pinned: false,
      deleted: false,
      creation_mode: "default",
      filters: {},
      tags: [],
      restriction_level: 21,
      effective_privilege_level: 37,
      access_control_version: "v2",
      tiles: [],
      quick_filter_ids: [],
    });
    if (contract.target.isEmulator) expect(defaults).toMatchObject({ team_id: 1, created_by: { email: "emulator@posthog.local" } });
    const dashboard = await createDashboard({ description: "Contract", pinned: true });
    expect(dashboard).toMatchObject({ description: "Contract", pinned: true, deleted: false, tiles: [] });
    const read = await contract.client.get(`dashboards/${dashboard.id}/`);
    expect(read.status).toBe(200);
    expect(read.body.name).toBe(dashboard.name);
    const updated = await contract.client.patch(`dashboards/${dashboard.id}/`, { description: "Changed" });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ description: "Changed", name: dashboard.name });
  });

  it("normalises tags (trim, lowercase, dedupe, drop empty), keeps them when omitted or null and clears them with []", async () => {
    const dashboard = await createDashboard({ tags: [" Contract-Tag ", "contract-tag", "OTHER", ""] });
    expect([...dashboard.tags].sort()).toEqual(["contract-tag", "other"]);
    const untouched = await contract.client.patch(`dashboards/${dashboard.id}/`, { description: "no tags key" });
    expect([...untouched.body.tags].sort()).toEqual(["contract-tag", "other"]);
    const nulled = await contract.client.patch(`dashboards/${dashboard.id}/`, { tags: null });
    expect([...nulled.body.tags].sort()).toEqual(["contract-tag", "other"]);
    const cleared = await contract.client.patch(`dashboards/${dashboard.id}/`, { tags: [] });
    expect(cleared.body.tags).toEqual([]);
  });

  it("lists dashboards with the light serializer: no tiles, filters or variables", async () => {
    const dashboard = await createDashboard();
    const list = await contract.client.get("dashboards/?limit=200");
    expect(list.status).toBe(200);
    expect(list.body).toHaveProperty("count");
    const listed = list.body.results.find((item: { id: number }) => item.id === dashboard.id);
    // A real project may list more than one page of dashboards before this one.
    if (contract.target.isEmulator) expect(listed).toBeDefined();
    if (listed !== undefined) {
      expect(listed).not.toHaveProperty("tiles");
      expect(listed).not.toHaveProperty("filters");
      expect(listed).not.toHaveProperty("variables");
    }
  });

  it("rejects filters that are not a dictionary", async () => {
    const response = await contract.client.post("dashboards/", { name: uniqueName("dashboard"), filters: ["not", "a", "dict"] });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ type: "validation_error", code: "invalid_input", detail: "Filters must be a dictionary", attr: null });
  });

  it("upserts text tiles through PATCH tiles; re-PATCH with ids updates instead of duplicating", async () => {
    const dashboard = await createDashboard();
    const layouts = { sm: { x: 0, y: 0, w: 6, h: 3 }, xs: { x: 0, y: 0, w: 1, h: 3 } };
    const first = await contract.client.patch(`dashboards/${dashboard.id}/`, { tiles: [{ text: { body: "Contract text" }, layouts, color: "blue" }] });
    expect(first.status).toBe(200);
    expect(first.body.tiles).toHaveLength(1);
    const tile = first.body.tiles[0];
    expect(tile).toMatchObject({ insight: null, button_tile: null, order: 0, layouts, color: "blue", text: { body: "Contract text" } });
    expect(tile.text.dashboard_tiles).toEqual([{ id: tile.id, dashboard_id: dashboard.id, deleted: null }]);
    if (contract.target.isEmulator) expect(tile.text.team).toBe(1);

    const second = await contract.client.patch(`dashboards/${dashboard.id}/`, {
      tiles: [{ id: tile.id, text: { id: tile.text.id, body: "Contract text, edited" }, layouts: { ...layouts, sm: { x: 0, y: 0, w: 12, h: 2 } } }],
    });
    expect(second.status).toBe(200);
    expect(second.body.tiles).toHaveLength(1);
    expect(second.body.tiles[0]).toMatchObject({ id: tile.id, text: { id: tile.text.id, body: "Contract text, edited" }, layouts: { sm: { w: 12, h: 2 } } });

    const removed = await contract.client.patch(`dashboards/${dashboard.id}/`, { tiles: [{ id: tile.id, deleted: true }] });
    expect(removed.body.tiles).toEqual([]);
  });

  it("updates an insight tile's layout and colour without touching the insight", async () => {
    const dashboard = await createDashboard();
    const insight = await contract.client.post("insights/", { name: uniqueName("insight"), query: TRENDS_QUERY, dashboards: [dashboard.id] });
    expect(insight.status).toBe(201);
    contract.cleanup.add(`insight ${insight.body.id}`, () => softDelete(contract.client, `insights/${insight.body.id}/`));
    const tileId = insight.body.dashboard_tiles[0].id;
    const layouts = { sm: { x: 0, y: 0, w: 12, h: 5 } };
    const patched = await contract.client.patch(`dashboards/${dashboard.id}/`, { tiles: [{ id: tileId, layouts, color: "blue", show_description: true, insight: { id: 2147483000, name: "ignored" } }] });
    expect(patched.status).toBe(200);
    expect(patched.body.tiles).toHaveLength(1);
    const tile = patched.body.tiles.find((item: { id: number }) => item.id === tileId);
    expect(tile).toMatchObject({ layouts, color: "blue", show_description: true, insight: { id: insight.body.id, name: insight.body.name } });
    const again = await contract.client.patch(`dashboards/${dashboard.id}/`, { tiles: [{ id: tileId, layouts, color: "blue" }] });
    expect(again.body.tiles.filter((item: { insight: { id: number } | null }) => item.insight?.id === insight.body.id)).toHaveLength(1);
  });

  it("soft-deletes: DELETE is 405 with an empty body, PATCH deleted hides it, PATCH deleted:false restores it with its tiles", async () => {
    const dashboard = await createDashboard();
    await contract.client.patch(`dashboards/${dashboard.id}/`, { tiles: [{ text: { body: "kept" } }] });
    const hardDelete = await contract.client.delete(`dashboards/${dashboard.id}/`);
    expect(hardDelete.status).toBe(405);
    expect(hardDelete.text).toBe("");
    const deleted = await contract.client.patch(`dashboards/${dashboard.id}/`, { deleted: true });
    expect(deleted.status).toBe(200);
    expect(deleted.body.deleted).toBe(true);
    expect((await contract.client.get(`dashboards/${dashboard.id}/`)).status).toBe(404);
    expect((await contract.client.patch(`dashboards/${dashboard.id}/`, { deleted: true })).status).toBe(404);
    const list = await contract.client.get("dashboards/?limit=500");
    expect(list.body.results.some((item: { id: number }) => item.id === dashboard.id)).toBe(false);
    const restored = await contract.client.patch(`dashboards/${dashboard.id}/`, { deleted: false });
    expect(restored.status).toBe(200);
    expect(restored.body.tiles).toHaveLength(1);
    expect((await contract.client.get(`dashboards/${dashboard.id}/`)).status).toBe(200);
  });

  it("skips PATCH display updates for tile ids that are not this dashboard's, as _update_existing_tile_display_fields does", async () => {
    // PostHog used to answer these with a database error (500); it now logs and skips them.
    const dashboard = await createDashboard();
    const other = await createDashboard();
    const foreign = (await contract.client.patch(`dashboards/${other.id}/`, { tiles: [{ text: { body: "theirs" }, layouts: { sm: { x: 0, y: 0, w: 6, h: 2 } } }] })).body.tiles[0];
    const response = await contract.client.patch(`dashboards/${dashboard.id}/`, { tiles: [{ id: 2147483000, layouts: {} }, { id: foreign.id, deleted: true }, { layouts: {} }] });
    expect(response.status).toBe(200);
    expect(response.body.tiles).toEqual([]);
    expect((await contract.client.get(`dashboards/${other.id}/`)).body.tiles).toMatchObject([{ id: foreign.id, layouts: { sm: { h: 2 } } }]);
  });
});

async function createInsightOn(dashboardIds: number[]): Promise<any> {
  const response = await contract.client.post("insights/", { name: uniqueName("insight"), query: TRENDS_QUERY, dashboards: dashboardIds });
  expect(response.status).toBe(201);
  contract.cleanup.add(`insight ${response.body.id}`, () => softDelete(contract.client, `insights/${response.body.id}/`));
  return response.body;
}

const tileOn = (insight: any, dashboardId: number): number => insight.dashboard_tiles.find((tile: { dashboard_id: number }) => tile.dashboard_id === dashboardId).id;
const tilesOf = async (id: number): Promise<any[]> => (await contract.client.get(`dashboards/${id}/`)).body.tiles;
const act = (id: number, action: string, body?: unknown) => contract.client.post(`dashboards/${id}/${action}/`, body);

describe("contract: dashboard tile actions", () => {
  it("create_text_tile: POST {body, layouts, color} answers 201 with the one tile, order null", async () => {
    const { id } = await createDashboard();
    const layouts = { sm: { x: 0, y: 0, w: 12, h: 1, i: "dropped" }, xs: { x: 0, y: 0, w: 1, h: 1 }, lg: { x: 1 } };
    const response = await act(id, "create_text_tile", { body: "  # Section  ", layouts, color: "blue" });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      layouts: { sm: { x: 0, y: 0, w: 12, h: 1 }, xs: { x: 0, y: 0, w: 1, h: 1 } },
      color: "blue",
      insight: null,
      button_tile: null,
      order: null,
      text: { body: "# Section", last_modified_by: null },
    });
    if (contract.target.isEmulator) expect(response.body.text.created_by).toMatchObject({ id: 1 });
    expect(response.body.layouts).not.toHaveProperty("lg");
    expect(response.body.text.dashboard_tiles).toEqual([{ id: response.body.id, dashboard_id: id, deleted: null }]);
    const bare = await act(id, "create_text_tile", { body: "No layout" });
    expect(bare.body.layouts).toEqual({});
    expect(await tilesOf(id)).toHaveLength(2);
  });

  it("create_text_tile refuses blank, missing and over-long bodies, bad layouts, other methods and deleted dashboards", async () => {
    const { id } = await createDashboard();
    const post = (body: unknown) => act(id, "create_text_tile", body);
    expect((await post({})).body).toEqual({ type: "validation_error", code: "required", detail: "This field is required.", attr: "body" });
    expect((await post({ body: "   " })).body).toMatchObject({ code: "blank", attr: "body" });
    expect((await post({ body: "x".repeat(4001) })).body).toMatchObject({ code: "max_length", detail: "Text body cannot exceed 4000 characters", attr: "body" });
    expect((await post({ body: "ok", layouts: { sm: { x: "left" } } })).body).toMatchObject({ detail: "A valid integer is required.", attr: "layouts__sm__x" });
    expect((await post({ body: "ok", color: "c".repeat(401) })).body).toMatchObject({ detail: "Color cannot exceed 400 characters", attr: "color" });
    expect((await contract.client.get(`dashboards/${id}/create_text_tile/`)).status).toBe(405);
    expect(await tilesOf(id)).toEqual([]);
    await contract.client.patch(`dashboards/${id}/`, { deleted: true });
    expect((await post({ body: "gone" })).status).toBe(404);
  });

  it("update_text_tile: POST {tile_id, body?, layouts?, color?} updates in place and makes the caller the editor", async () => {
    const { id } = await createDashboard();
    const tile = (await act(id, "create_text_tile", { body: "Before", layouts: { sm: { x: 0, y: 0, w: 6, h: 2 } } })).body;
    const response = await act(id, "update_text_tile", { tile_id: tile.id, body: "After" });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: tile.id, layouts: { sm: { w: 6 } }, text: { id: tile.text.id, body: "After", last_modified_by: expect.objectContaining({ id: expect.any(Number) }) } });
    const insight = await createInsightOn([id]);
    expect((await act(id, "update_text_tile", { tile_id: tileOn(insight, id), body: "x" })).body).toMatchObject({ detail: "Tile is not a text tile.", attr: null });
    expect((await act(id, "update_text_tile", { tile_id: 2147483000, body: "x" })).status).toBe(404);
  });

  it("delete_tile: POST {tile_id} answers an empty 204, soft-deletes the tile and compacts the rest upwards", async () => {
    const { id } = await createDashboard();
    const top = (await act(id, "create_text_tile", { body: "Top", layouts: { sm: { x: 0, y: 0, w: 12, h: 3 }, xs: { x: 0, y: 0, w: 1, h: 3 } } })).body;
    const below = (await act(id, "create_text_tile", { body: "Below", layouts: { sm: { x: 0, y: 3, w: 6, h: 2 }, xs: { x: 0, y: 3, w: 1, h: 2 } } })).body;
    const response = await act(id, "delete_tile", { tile_id: top.id });
    expect(response.status).toBe(204);
    expect(response.text).toBe("");
    expect(await tilesOf(id)).toMatchObject([{ id: below.id, layouts: { sm: { x: 0, y: 0, w: 6, h: 2 }, xs: { y: 0 } } }]);
    expect((await act(id, "delete_tile", { tile_id: top.id })).status).toBe(404);
    expect((await act(id, "delete_tile", {})).body).toMatchObject({ code: "required", attr: "tile_id" });
  });

  it("delete_tile keeps the insight, which stays on its other dashboards", async () => {
    const first = await createDashboard();
    const second = await createDashboard();
    const insight = await createInsightOn([first.id, second.id]);
    await act(first.id, "delete_tile", { tile_id: tileOn(insight, first.id) });
    expect((await contract.client.get(`insights/${insight.id}/`)).body.dashboard_tiles.map((tile: { dashboard_id: number }) => tile.dashboard_id)).toEqual([second.id]);
  });

  it("reorder_tiles: POST {tile_order, layout} lays tiles out in order and answers the dashboard", async () => {
    const { id } = await createDashboard();
    const a = (await act(id, "create_text_tile", { body: "A", layouts: { sm: { x: 0, y: 0, w: 4, h: 2 } } })).body;
    const b = (await act(id, "create_text_tile", { body: "B", layouts: { sm: { x: 4, y: 0, w: 12, h: 3 } } })).body;
    const c = (await act(id, "create_text_tile", { body: "C" })).body;
    const preserve = await act(id, "reorder_tiles", { tile_order: [c.id, a.id, b.id] });
    expect(preserve.status).toBe(200);
    expect(preserve.body.tiles.map((tile: { id: number }) => tile.id)).toEqual([c.id, a.id, b.id]);
    const layoutOf = (tiles: any[], tileId: number) => tiles.find((tile) => tile.id === tileId).layouts;
    expect(layoutOf(preserve.body.tiles, c.id)).toEqual({ sm: { x: 0, y: 0, w: 6, h: 5 }, xs: { x: 0, y: 0, w: 1, h: 5 } });
    expect(layoutOf(preserve.body.tiles, a.id)).toEqual({ sm: { x: 6, y: 0, w: 4, h: 2 }, xs: { x: 0, y: 5, w: 1, h: 2 } });
    expect(layoutOf(preserve.body.tiles, b.id)).toEqual({ sm: { x: 0, y: 5, w: 12, h: 3 }, xs: { x: 0, y: 7, w: 1, h: 3 } });
    const twoColumn = (await act(id, "reorder_tiles", { tile_order: [a.id, b.id, c.id], layout: "two_column" })).body.tiles;
    expect(layoutOf(twoColumn, b.id)).toEqual({ sm: { x: 6, y: 0, w: 6, h: 5 }, xs: { x: 0, y: 5, w: 1, h: 5 } });
    expect(layoutOf(twoColumn, c.id)).toEqual({ sm: { x: 0, y: 5, w: 6, h: 5 }, xs: { x: 0, y: 10, w: 1, h: 5 } });
    const fullWidth = (await act(id, "reorder_tiles", { tile_order: [b.id], layout: "full_width" })).body.tiles;
    expect(layoutOf(fullWidth, b.id)).toEqual({ sm: { x: 0, y: 0, w: 12, h: 5 }, xs: { x: 0, y: 0, w: 1, h: 5 } });
  });

  it("reorder_tiles answers duplicates and unknown ids with a bare {detail}, and validates its body", async () => {
    const { id } = await createDashboard();
    const tile = (await act(id, "create_text_tile", { body: "A" })).body;
    const duplicate = await act(id, "reorder_tiles", { tile_order: [tile.id, tile.id] });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body).toEqual({ detail: "tile_order must contain unique tile IDs" });
    const unknown = await act(id, "reorder_tiles", { tile_order: [2147483001, tile.id, 2147483000] });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ detail: "Tile IDs not found on this dashboard: [2147483000, 2147483001]" });
    expect((await act(id, "reorder_tiles", { tile_order: [] })).body).toMatchObject({ code: "min_length", attr: "tile_order" });
    expect((await act(id, "reorder_tiles", { tile_order: ["x"] })).body).toMatchObject({ attr: "tile_order__0" });
    expect((await act(id, "reorder_tiles", { tile_order: [tile.id], layout: "grid" })).body).toMatchObject({ code: "invalid_choice", attr: "layout" });
  });

  it("copy_tile: POST on the destination {fromDashboardId, tileId} copies an insight tile with its display settings, once", async () => {
    const source = await createDashboard();
    const destination = await createDashboard();
    const insight = await createInsightOn([source.id]);
    const tileId = tileOn(insight, source.id);
    await contract.client.patch(`dashboards/${source.id}/`, { tiles: [{ id: tileId, layouts: { sm: { x: 0, y: 0, w: 6, h: 4 } }, color: "green", filters_overrides: { date_from: "-7d" } }] });
    const copied = await act(destination.id, "copy_tile", { fromDashboardId: source.id, tileId });
    expect(copied.status).toBe(200);
    expect(copied.body.id).toBe(destination.id);
    expect(copied.body.tiles).toMatchObject([{ insight: { id: insight.id }, layouts: { sm: { w: 6 } }, color: "green", filters_overrides: { date_from: "-7d" } }]);
    expect(copied.body.tiles[0].id).not.toBe(tileId);
    expect(await tilesOf(source.id)).toHaveLength(1);
    const again = await act(destination.id, "copy_tile", { fromDashboardId: source.id, tileId });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ detail: "This insight is already on the destination dashboard.", attr: null });
  });

  it("copy_tile revives a soft-deleted row for the same insight and refuses buttons, itself and unknown sources", async () => {
    const source = await createDashboard();
    const destination = await createDashboard();
    const tileId = tileOn(await createInsightOn([source.id]), source.id);
    const first = (await act(destination.id, "copy_tile", { fromDashboardId: source.id, tileId })).body.tiles[0];
    await contract.client.patch(`dashboards/${destination.id}/`, { tiles: [{ id: first.id, deleted: true }] });
    const revived = (await act(destination.id, "copy_tile", { fromDashboardId: source.id, tileId })).body.tiles;
    expect(revived.map((tile: { id: number }) => tile.id)).toEqual([first.id]);
    const button = (await contract.client.patch(`dashboards/${source.id}/`, { tiles: [{ button_tile: { url: "/x", text: "Go" } }] })).body.tiles.find((tile: { button_tile: unknown }) => tile.button_tile);
    expect((await act(destination.id, "copy_tile", { fromDashboardId: source.id, tileId: button.id })).body).toMatchObject({ detail: "Only insight, text, and widget tiles can be copied between dashboards." });
    expect((await act(source.id, "copy_tile", { fromDashboardId: source.id, tileId })).body).toMatchObject({ detail: "Destination must be a different dashboard than the source." });
    expect((await act(destination.id, "copy_tile", { fromDashboardId: 2147483000, tileId })).status).toBe(404);
    expect((await act(destination.id, "copy_tile", { tileId })).body).toMatchObject({ code: "required", attr: "fromDashboardId" });
  });

  it("move_tile: PATCH or POST on the source {to_dashboard, tile: {id}} moves the tile row and answers the source", async () => {
    const source = await createDashboard();
    const destination = await createDashboard();
    const insight = await createInsightOn([source.id]);
    const tileId = tileOn(insight, source.id);
    const moved = await contract.client.patch(`dashboards/${source.id}/move_tile/`, { to_dashboard: destination.id, tile: { id: tileId } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: source.id, tiles: [] });
    expect(await tilesOf(destination.id)).toMatchObject([{ id: tileId, insight: { id: insight.id } }]);
    const back = await act(destination.id, "move_tile", { to_dashboard: source.id, tile: { id: tileId } });
    expect(back.body.tiles).toEqual([]);
    expect(await tilesOf(source.id)).toMatchObject([{ id: tileId }]);
  });

  it("move_tile clears stale rows on the destination, refuses live duplicates, and validates its body", async () => {
    const source = await createDashboard();
    const destination = await createDashboard();
    const insight = await createInsightOn([source.id, destination.id]);
    const [onSource, onDestination] = [source.id, destination.id].map((id) => tileOn(insight, id));
    expect((await act(source.id, "move_tile", { to_dashboard: destination.id, tile: { id: onSource } })).body).toMatchObject({ detail: "Invalid request data for moving tile." });
    await act(destination.id, "delete_tile", { tile_id: onDestination });
    await act(source.id, "move_tile", { to_dashboard: destination.id, tile: { id: onSource } });
    expect((await tilesOf(destination.id)).map((tile) => tile.id)).toEqual([onSource]);
    expect((await act(source.id, "move_tile", { to_dashboard: destination.id })).body).toMatchObject({ code: "required", attr: "tile" });
    expect((await act(destination.id, "move_tile", { to_dashboard: 2147483000, tile: { id: onSource } })).status).toBe(404);
    expect((await contract.client.get(`dashboards/${destination.id}/move_tile/`)).status).toBe(405);
  });

  it("answers unknown actions with 404", async () => {
    const { id } = await createDashboard();
    expect((await act(id, "add_insight", {})).status).toBe(404);
  });
});
