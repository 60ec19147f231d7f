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

  it("revives a soft-deleted tile of this dashboard through a display update, which reads every tile row", async () => {
    const id = await createDashboard();
    const tile = (await api.patch(`${base}/${id}`, { tiles: [{ text: { body: "back" } }] })).body.tiles[0];
    await api.patch(`${base}/${id}`, { tiles: [{ id: tile.id, deleted: true }] });
    const revived = await api.patch(`${base}/${id}`, { tiles: [{ id: tile.id, deleted: false }] });
    expect(revived.body.tiles).toMatchObject([{ id: tile.id, text: { body: "back" } }]);
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
