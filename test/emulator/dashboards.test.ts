import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, TRENDS_QUERY, type TestApi } from "./helpers.js";

let api: TestApi;
const base = "/api/projects/1/dashboards";

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

async function createDashboard(body: Record<string, unknown> = {}): Promise<number> {
  const response = await api.post(`${base}/`, { name: "Board", ...body });
  expect(response.status).toBe(201);
  return response.body.id as number;
}

describe("dashboards", () => {
  it("creates with defaults, normalised tags and ignores tiles on create", async () => {
    const response = await api.post(`${base}/`, { name: "Growth", tags: [" Foo ", "foo", "BAR", ""], tiles: [{ text: { body: "x" } }] });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: "Growth",
      description: "",
      pinned: false,
      deleted: false,
      creation_mode: "default",
      filters: {},
      tags: ["bar", "foo"],
      restriction_level: 21,
      effective_privilege_level: 37,
      access_control_version: "v2",
      team_id: 1,
      tiles: [],
      quick_filter_ids: [],
    });
    expect(response.body.created_by).toMatchObject({ email: "emulator@posthog.local" });
  });

  it("lists with the light serializer: no tiles, filters or variables", async () => {
    await createDashboard({ name: "Listed", filters: { date_from: "-7d" } });
    const response = await api.get(`${base}/`);
    expect(response.status).toBe(200);
    const listed = response.body.results.find((item: { name: string }) => item.name === "Listed");
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty("tiles");
    expect(listed).not.toHaveProperty("filters");
    expect(listed).not.toHaveProperty("variables");
  });

  it("rejects filters that are not a dictionary", async () => {
    const response = await api.post(`${base}/`, { name: "Bad", filters: ["x"] });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ type: "validation_error", code: "invalid_input", detail: "Filters must be a dictionary", attr: null });
  });

  it("keeps tags unchanged when omitted or null and clears them with []", async () => {
    const id = await createDashboard({ tags: ["a", "b"] });
    expect((await api.patch(`${base}/${id}/`, { name: "Renamed" })).body.tags).toEqual(["a", "b"]);
    expect((await api.patch(`${base}/${id}/`, { tags: null })).body.tags).toEqual(["a", "b"]);
    expect((await api.patch(`${base}/${id}/`, { tags: [] })).body.tags).toEqual([]);
  });

  it("upserts text tiles through PATCH tiles without duplicating on re-PATCH", async () => {
    const id = await createDashboard();
    const layouts = { sm: { x: 0, y: 0, w: 6, h: 5 } };
    const first = await api.patch(`${base}/${id}`, { tiles: [{ text: { body: "# Hello" }, layouts, color: "blue" }] });
    expect(first.status).toBe(200);
    expect(first.body.tiles).toHaveLength(1);
    const tile = first.body.tiles[0];
    expect(tile).toMatchObject({ layouts, color: "blue", insight: null, button_tile: null, order: 0, text: { body: "# Hello", team: 1 } });
    expect(tile.text.dashboard_tiles).toEqual([{ id: tile.id, dashboard_id: id, deleted: null }]);

    const second = await api.patch(`${base}/${id}`, {
      tiles: [{ id: tile.id, text: { id: tile.text.id, body: "# Updated" }, layouts: { sm: { x: 0, y: 2, w: 12, h: 3 } } }],
    });
    expect(second.body.tiles).toHaveLength(1);
    expect(second.body.tiles[0]).toMatchObject({ id: tile.id, text: { id: tile.text.id, body: "# Updated" }, layouts: { sm: { y: 2, w: 12 } } });

    const removed = await api.patch(`${base}/${id}`, { tiles: [{ id: tile.id, deleted: true }] });
    expect(removed.body.tiles).toEqual([]);
  });

  it("reports over-long text bodies on text__body and unknown text ids on text", async () => {
    const id = await createDashboard();
    const tooLong = await api.patch(`${base}/${id}`, { tiles: [{ text: { body: "x".repeat(4001) } }] });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toEqual({ type: "validation_error", code: "max_length", detail: "Text body cannot exceed 4000 characters", attr: "text__body" });

    const other = await createDashboard();
    const otherText = (await api.patch(`${base}/${other}`, { tiles: [{ text: { body: "elsewhere" } }] })).body.tiles[0].text.id;
    const foreign = await api.patch(`${base}/${id}`, { tiles: [{ text: { id: otherText, body: "steal" } }] });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({ attr: "text", detail: "Text tile not found." });
    expect((await api.get(`${base}/${id}`)).body.tiles).toEqual([]);
  });

  it("sorts tiles by the sm layout, y then x", async () => {
    const id = await createDashboard();
    await api.patch(`${base}/${id}`, {
      tiles: [
        { text: { body: "bottom" }, layouts: { sm: { x: 0, y: 5, w: 6, h: 5 } } },
        { text: { body: "top-right" }, layouts: { sm: { x: 6, y: 0, w: 6, h: 5 } } },
        { text: { body: "top-left" }, layouts: { sm: { x: 0, y: 0, w: 6, h: 5 } } },
        { text: { body: "no layout" } },
      ],
    });
    const tiles = (await api.get(`${base}/${id}`)).body.tiles;
    expect(tiles.map((tile: { text: { body: string } }) => tile.text.body)).toEqual(["top-left", "top-right", "bottom", "no layout"]);
    expect(tiles.map((tile: { order: number }) => tile.order)).toEqual([0, 1, 2, 3]);
  });

  it("creates and validates button tiles", async () => {
    const id = await createDashboard();
    const bad = await api.patch(`${base}/${id}`, { tiles: [{ button_tile: { url: "javascript:alert(1)", text: "Go" } }] });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ attr: "button_tile__url", detail: "Must be a valid URL or a pathname starting with /" });
    const good = await api.patch(`${base}/${id}`, { tiles: [{ button_tile: { url: "https://posthog.com", text: "Docs" }, layouts: {} }] });
    expect(good.body.tiles[0].button_tile).toMatchObject({ url: "https://posthog.com", text: "Docs", placement: "left", style: "primary" });
  });

  it("only updates display fields of insight tiles and ignores the insight key", async () => {
    const id = await createDashboard();
    const insight = await api.post("/api/projects/1/insights/", { name: "Views", query: TRENDS_QUERY, dashboards: [id] });
    const tileId = insight.body.dashboard_tiles[0].id;
    const patched = await api.patch(`${base}/${id}`, {
      tiles: [{ id: tileId, insight: { id: 999, name: "ignored" }, layouts: { sm: { x: 0, y: 0, w: 12, h: 4 } }, show_description: true }],
    });
    expect(patched.status).toBe(200);
    expect(patched.body.tiles).toHaveLength(1);
    expect(patched.body.tiles[0]).toMatchObject({ id: tileId, layouts: { sm: { w: 12 } }, show_description: true, insight: { id: insight.body.id, name: "Views" } });
  });

  it("skips display updates for tile ids that are not this dashboard's, as _update_existing_tile_display_fields does", async () => {
    // PostHog used to answer these with a database error (500); it now logs and skips them.
    const id = await createDashboard();
    const other = await createDashboard({ name: "Other" });
    const foreign = (await api.patch(`${base}/${other}`, { tiles: [{ text: { body: "theirs" }, layouts: { sm: { x: 0, y: 0, w: 6, h: 2 } } }] })).body.tiles[0];
    const response = await api.patch(`${base}/${id}`, { tiles: [{ id: 987654, layouts: {} }, { id: foreign.id, deleted: true }, { layouts: {} }] });
    expect(response.status).toBe(200);
    expect(response.body.tiles).toEqual([]);
    expect((await api.get(`${base}/${other}`)).body.tiles).toMatchObject([{ id: foreign.id, layouts: { sm: { h: 2 } } }]);
  });

  it("revives a soft-deleted tile of this dashboard through a display update, which reads every tile row", async () => {
    const id = await createDashboard();
    const tile = (await api.patch(`${base}/${id}`, { tiles: [{ text: { body: "back" } }] })).body.tiles[0];
    await api.patch(`${base}/${id}`, { tiles: [{ id: tile.id, deleted: true }] });
    const revived = await api.patch(`${base}/${id}`, { tiles: [{ id: tile.id, deleted: false }] });
    expect(revived.body.tiles).toMatchObject([{ id: tile.id, text: { body: "back" } }]);
  });

  it("soft-deletes and restores via PATCH deleted, answering DELETE with an empty 405", async () => {
    const id = await createDashboard({ name: "Temporary" });
    await api.patch(`${base}/${id}`, { tiles: [{ text: { body: "kept" } }] });
    const hardDelete = await api.delete(`${base}/${id}/`);
    expect(hardDelete.status).toBe(405);
    expect(hardDelete.text).toBe("");

    expect((await api.patch(`${base}/${id}`, { deleted: true })).body.deleted).toBe(true);
    expect((await api.get(`${base}/${id}`)).status).toBe(404);
    expect((await api.patch(`${base}/${id}`, { deleted: true })).status).toBe(404);
    const list = await api.get(`${base}/?limit=500`);
    expect(list.body.results.some((item: { id: number }) => item.id === id)).toBe(false);

    const restored = await api.patch(`${base}/${id}`, { deleted: false });
    expect(restored.status).toBe(200);
    expect(restored.body.tiles).toHaveLength(1);
  });

  it("restores the insights deleted with a dashboard (delete_insights) when the dashboard is restored", async () => {
    const id = await createDashboard({ name: "With insight" });
    const insight = (await api.post("/api/projects/1/insights/", { name: "Only here", query: TRENDS_QUERY, dashboards: [id] })).body;
    await api.patch(`${base}/${id}`, { deleted: true, delete_insights: true });
    expect((await api.get(`/api/projects/1/insights/${insight.id}/`)).status).toBe(404);
    const restored = await api.patch(`${base}/${id}`, { deleted: false });
    expect(restored.body.tiles).toMatchObject([{ insight: { id: insight.id } }]);
    expect((await api.get(`/api/projects/1/insights/${insight.id}/`)).status).toBe(200);
  });

  it("duplicates a dashboard with use_dashboard", async () => {
    const source = await createDashboard({ name: "Source" });
    await api.patch(`${base}/${source}`, { tiles: [{ text: { body: "copied" }, layouts: { sm: { x: 0, y: 0, w: 6, h: 2 } } }] });
    const copy = await api.post(`${base}/`, { name: "Copy", use_dashboard: source });
    expect(copy.status).toBe(201);
    expect(copy.body.creation_mode).toBe("duplicate");
    expect(copy.body.tiles[0]).toMatchObject({ text: { body: "copied" }, layouts: { sm: { h: 2 } } });
    const missing = await api.post(`${base}/`, { name: "Copy", use_dashboard: 999999 });
    expect(missing.body).toMatchObject({ attr: "use_dashboard", detail: "Invalid value provided" });
  });

  it("is also served under /api/environments", async () => {
    const id = await createDashboard({ name: "Env" });
    const response = await api.get(`/api/environments/1/dashboards/${id}/`);
    expect(response.status).toBe(200);
    expect(response.body.name).toBe("Env");
  });
});
