import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, TRENDS_QUERY, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

async function createDashboard(name = "Board"): Promise<number> {
  return (await api.post("/api/projects/1/dashboards/", { name })).body.id as number;
}

describe("insights", () => {
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
