import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, TRENDS_QUERY, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

const OPTED_IN = "/api/projects/1/insights/?include_dashboards=true";

async function createDashboard(name = "Board"): Promise<number> {
  return (await api.post("/api/projects/1/dashboards/", { name })).body.id as number;
}

describe("insights", () => {
  it("creates an insight with server-generated fields", async () => {
    const response = await api.post("/api/projects/1/insights/", { name: "Pageviews", query: TRENDS_QUERY, tags: ["KPI"] });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: "Pageviews",
      query: TRENDS_QUERY,
      filters: {},
      saved: false,
      deleted: false,
      dashboard_tiles: [],
      tags: ["kpi"],
      is_sample: false,
      result: null,
    });
    // Enforced phase of the `dashboards` deprecation: personal-API-key payloads omit it unless opted in.
    expect(response.body).not.toHaveProperty("dashboards");
    expect(response.body.short_id).toMatch(/^[A-Za-z0-9]{8}$/);
    expect(typeof response.body.created_at).toBe("string");
    expect(response.body.last_modified_by).toMatchObject({ id: 1 });
  });

  it("rejects non-object queries as parse errors and falsy non-objects as field errors", async () => {
    const text = await api.post("/api/projects/1/insights/", { name: "Bad", query: "select 1" });
    expect(text.status).toBe(400);
    expect(text.body).toMatchObject({ type: "invalid_request", code: "parse_error", attr: null });
    const noKind = await api.post("/api/projects/1/insights/", { name: "Bad", query: { source: {} } });
    expect(noKind.body.code).toBe("parse_error");
    const emptyList = await api.post("/api/projects/1/insights/", { name: "Bad", query: [] });
    expect(emptyList.body).toEqual({ type: "validation_error", code: "invalid_input", detail: "Query must be a valid JSON object", attr: "query" });
  });

  it("creates a tile with empty layouts for each dashboard in `dashboards`", async () => {
    const dashboardId = await createDashboard();
    const insight = await api.post(`${OPTED_IN}`, { name: "On board", query: TRENDS_QUERY, dashboards: [dashboardId, dashboardId] });
    expect(insight.body.dashboards).toEqual([dashboardId]);
    expect(insight.body.dashboard_tiles).toEqual([{ id: expect.any(Number), dashboard_id: dashboardId, deleted: null }]);
    const dashboard = await api.get(`/api/projects/1/dashboards/${dashboardId}/`);
    expect(dashboard.body.tiles).toHaveLength(1);
    expect(dashboard.body.tiles[0]).toMatchObject({ layouts: {}, color: null, text: null, insight: { id: insight.body.id, short_id: insight.body.short_id } });
  });

  it("diffs `dashboards` on update, reviving the same tile when re-added", async () => {
    const first = await createDashboard("First");
    const second = await createDashboard("Second");
    const insight = (await api.post("/api/projects/1/insights/", { query: TRENDS_QUERY, dashboards: [first] })).body;
    const tileId = insight.dashboard_tiles[0].id;

    const moved = await api.patch(`/api/projects/1/insights/${insight.id}/?include_dashboards=true`, { dashboards: [second] });
    expect(moved.body.dashboards).toEqual([second]);
    expect(moved.body.saved).toBe(true);
    expect((await api.get(`/api/projects/1/dashboards/${first}/`)).body.tiles).toEqual([]);

    const back = await api.patch(`/api/projects/1/insights/${insight.id}/?include_dashboards=true`, { dashboards: [first, second] });
    expect(back.body.dashboard_tiles.find((tile: { dashboard_id: number }) => tile.dashboard_id === first)).toEqual({ id: tileId, dashboard_id: first, deleted: false });

    const again = await api.patch(`/api/projects/1/insights/${insight.id}/`, { dashboards: [first, second] });
    expect(again.body.dashboard_tiles).toHaveLength(2);
  });

  it("rejects unknown and deleted dashboard ids with does_not_exist", async () => {
    const unknown = await api.post("/api/projects/1/insights/", { query: TRENDS_QUERY, dashboards: [424242] });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({ type: "validation_error", code: "does_not_exist", detail: 'Invalid pk "424242" - object does not exist.', attr: "dashboards" });
    const deleted = await createDashboard("Gone");
    await api.patch(`/api/projects/1/dashboards/${deleted}/`, { deleted: true });
    const response = await api.post("/api/projects/1/insights/", { query: TRENDS_QUERY, dashboards: [deleted] });
    expect(response.body.code).toBe("does_not_exist");
    const wrongType = await api.post("/api/projects/1/insights/", { query: TRENDS_QUERY, dashboards: ["abc"] });
    expect(wrongType.body).toMatchObject({ code: "incorrect_type", attr: "dashboards" });
  });

  it("looks insights up by id or short_id, and under /api/environments", async () => {
    const insight = (await api.post("/api/projects/1/insights/", { name: "Lookup", query: TRENDS_QUERY })).body;
    expect((await api.get(`/api/projects/1/insights/${insight.short_id}/`)).body.id).toBe(insight.id);
    expect((await api.get(`/api/environments/1/insights/${insight.id}`)).body.short_id).toBe(insight.short_id);
  });

  it("soft-deletes tiles with the insight and hides it from reads", async () => {
    const dashboardId = await createDashboard();
    const insight = (await api.post("/api/projects/1/insights/", { query: TRENDS_QUERY, dashboards: [dashboardId] })).body;
    expect((await api.delete(`/api/projects/1/insights/${insight.id}/`)).status).toBe(405);
    const deleted = await api.patch(`/api/projects/1/insights/${insight.id}/?include_dashboards=true`, { deleted: true });
    expect(deleted.body).toMatchObject({ deleted: true, dashboards: [] });
    expect((await api.get(`/api/projects/1/insights/${insight.id}/`)).status).toBe(404);
    expect((await api.get(`/api/projects/1/dashboards/${dashboardId}/`)).body.tiles).toEqual([]);
    const restored = await api.patch(`/api/projects/1/insights/${insight.id}/`, { deleted: false });
    expect(restored.status).toBe(200);
    expect(restored.body.deleted).toBe(false);
  });

  it("filters the list by search, short_id and dashboards", async () => {
    const dashboardId = await createDashboard();
    const insight = (await api.post("/api/projects/1/insights/", { name: "Unique needle", query: TRENDS_QUERY, dashboards: [dashboardId] })).body;
    const bySearch = await api.get("/api/projects/1/insights/?search=needle");
    expect(bySearch.body.results.map((item: { id: number }) => item.id)).toEqual([insight.id]);
    const byShortId = await api.get(`/api/projects/1/insights/?short_id=${insight.short_id}`);
    expect(byShortId.body.count).toBe(1);
    const byDashboard = await api.get(`/api/projects/1/insights/?dashboards=${encodeURIComponent(JSON.stringify([dashboardId]))}`);
    expect(byDashboard.body.results.map((item: { id: number }) => item.id)).toEqual([insight.id]);
  });
});

describe("the deprecated `dashboards` field", () => {
  it("is left out of every insight payload without ?include_dashboards=true, including those nested in dashboard tiles", async () => {
    const dashboardId = await createDashboard("Deprecation");
    const insight = (await api.post("/api/projects/1/insights/", { name: "Tiled", query: TRENDS_QUERY, dashboards: [dashboardId] })).body;
    expect(insight).not.toHaveProperty("dashboards");
    expect(insight.dashboard_tiles).toEqual([{ id: expect.any(Number), dashboard_id: dashboardId, deleted: null }]);
    const reads = [
      (await api.get(`/api/projects/1/insights/${insight.id}/`)).body,
      (await api.get(`/api/projects/1/insights/?short_id=${insight.short_id}`)).body.results[0],
      (await api.get(`/api/projects/1/insights/?short_id=${insight.short_id}&basic=true`)).body.results[0],
      (await api.get(`/api/projects/1/dashboards/${dashboardId}/`)).body.tiles[0].insight,
    ];
    for (const read of reads) {
      expect(read).not.toHaveProperty("dashboards");
      expect(read.dashboard_tiles).toEqual(insight.dashboard_tiles);
    }
    expect((await api.get(`/api/projects/1/insights/${insight.id}/?include_dashboards=true`)).body.dashboards).toEqual([dashboardId]);
    expect((await api.get(`/api/projects/1/dashboards/${dashboardId}/?include_dashboards=true`)).body.tiles[0].insight.dashboards).toEqual([dashboardId]);
  });

  it("is served to every caller before enforcement (insightDashboardsOptInEnforced: false)", async () => {
    const unenforced = await startTestEmulator({ insightDashboardsOptInEnforced: false });
    try {
      const dashboardId = (await unenforced.post("/api/projects/1/dashboards/", { name: "Old phase" })).body.id;
      const insight = (await unenforced.post("/api/projects/1/insights/", { query: TRENDS_QUERY, dashboards: [dashboardId] })).body;
      expect(insight.dashboards).toEqual([dashboardId]);
      expect((await unenforced.get(`/api/projects/1/insights/${insight.id}/`)).body.dashboards).toEqual([dashboardId]);
    } finally {
      await unenforced.close();
    }
  });

  it("is still written, and removes the insight from every dashboard the list leaves out, whoever owns it", async () => {
    const theirs = await createDashboard("Someone else's");
    const ours = await createDashboard("Ours");
    const insight = (await api.post("/api/projects/1/insights/", { query: TRENDS_QUERY, dashboards: [theirs] })).body;
    // What a client that reads no `dashboards` (enforced phase) and writes [ours] does:
    const patched = await api.patch(`/api/projects/1/insights/${insight.id}/`, { dashboards: [ours] });
    expect(patched.status).toBe(200);
    expect(patched.body.dashboard_tiles.map((tile: { dashboard_id: number }) => tile.dashboard_id)).toEqual([ours]);
    expect((await api.get(`/api/projects/1/dashboards/${theirs}/`)).body.tiles).toEqual([]);
  });
});
