import { describe, expect, it } from "vitest";
import { softDelete, TARGETS_EMULATOR, TRENDS_QUERY, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

async function createDashboard(): Promise<number> {
  const response = await contract.client.post("dashboards/", { name: uniqueName("dashboard") });
  expect(response.status).toBe(201);
  contract.cleanup.add(`dashboard ${response.body.id}`, () => softDelete(contract.client, `dashboards/${response.body.id}/`));
  return response.body.id;
}

/** Insight writes opt in to the deprecated `dashboards` field, which enforcing servers leave out otherwise. */
const OPT_IN = "?include_dashboards=true";

async function createInsight(body: Record<string, unknown>): Promise<any> {
  const response = await contract.client.post(`insights/${OPT_IN}`, { name: uniqueName("insight"), query: TRENDS_QUERY, ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`insight ${response.body.id}`, () => softDelete(contract.client, `insights/${response.body.id}/`));
  return response.body;
}

describe("contract: insights", () => {
  it("creates with server-generated fields, reads by id and short_id, also under /api/environments, and updates", async () => {
    const insight = await createInsight({ description: "Contract insight", tags: ["Contract"] });
    expect(insight).toMatchObject({ query: TRENDS_QUERY, description: "Contract insight", tags: ["contract"], deleted: false, filters: {}, saved: false, dashboard_tiles: [], is_sample: false, result: null });
    expect(insight.short_id).toMatch(/^[A-Za-z0-9]{8}$/);
    expect(typeof insight.created_at).toBe("string");
    if (contract.target.isEmulator) expect(insight.last_modified_by).toMatchObject({ id: 1 });
    expect((await contract.client.get(`insights/${insight.id}/`)).body.short_id).toBe(insight.short_id);
    expect((await contract.client.get(`insights/${insight.short_id}/`)).body.id).toBe(insight.id);
    expect((await contract.client.get(`/api/environments/${contract.target.projectId}/insights/${insight.id}/`)).body.short_id).toBe(insight.short_id);
    const updated = await contract.client.patch(`insights/${insight.id}/`, { description: "Edited" });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ description: "Edited", saved: true });
  });

  it("creates one tile with empty layouts on every dashboard listed in `dashboards`", async () => {
    const dashboardId = await createDashboard();
    const insight = await createInsight({ dashboards: [dashboardId, dashboardId] });
    expect(insight.dashboards).toEqual([dashboardId]);
    expect(insight.dashboard_tiles).toEqual([{ id: expect.any(Number), dashboard_id: dashboardId, deleted: null }]);
    const dashboard = await contract.client.get(`dashboards/${dashboardId}/`);
    const tiles = dashboard.body.tiles.filter((tile: { insight: { id: number } | null }) => tile.insight?.id === insight.id);
    expect(tiles).toHaveLength(1);
    expect(tiles[0]).toMatchObject({ layouts: {}, color: null, text: null, insight: { id: insight.id, short_id: insight.short_id } });
  });

  it("diffs `dashboards` membership on update without duplicating tiles", async () => {
    const first = await createDashboard();
    const second = await createDashboard();
    const insight = await createInsight({ dashboards: [first] });
    const tileId = insight.dashboard_tiles[0].id;

    const moved = await contract.client.patch(`insights/${insight.id}/${OPT_IN}`, { dashboards: [second] });
    expect(moved.body.dashboards).toEqual([second]);
    expect(moved.body.saved).toBe(true);
    const firstTiles = (await contract.client.get(`dashboards/${first}/`)).body.tiles;
    expect(firstTiles.some((tile: { insight: { id: number } | null }) => tile.insight?.id === insight.id)).toBe(false);

    const both = await contract.client.patch(`insights/${insight.id}/${OPT_IN}`, { dashboards: [first, second] });
    expect([...both.body.dashboards].sort()).toEqual([first, second].sort());
    // Re-adding a dashboard revives its tile row.
    expect(both.body.dashboard_tiles.find((tile: { dashboard_id: number }) => tile.dashboard_id === first)).toEqual({ id: tileId, dashboard_id: first, deleted: false });

    const repeat = await contract.client.patch(`insights/${insight.id}/`, { dashboards: [first, second] });
    expect(repeat.body.dashboard_tiles).toHaveLength(2);
  });

  it("rejects unknown and deleted dashboard ids on attr dashboards with does_not_exist, and other types with incorrect_type", async () => {
    const response = await contract.client.post("insights/", { name: uniqueName("insight"), query: TRENDS_QUERY, dashboards: [2147483000] });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ type: "validation_error", code: "does_not_exist", detail: 'Invalid pk "2147483000" - object does not exist.', attr: "dashboards" });
    const deleted = await createDashboard();
    await contract.client.patch(`dashboards/${deleted}/`, { deleted: true });
    expect((await contract.client.post("insights/", { name: uniqueName("insight"), query: TRENDS_QUERY, dashboards: [deleted] })).body.code).toBe("does_not_exist");
    const wrongType = await contract.client.post("insights/", { name: uniqueName("insight"), query: TRENDS_QUERY, dashboards: ["abc"] });
    expect(wrongType.body).toMatchObject({ code: "incorrect_type", attr: "dashboards" });
  });

  it("rejects a query that is not an object as a parse error, and a falsy non-object as a field error", async () => {
    const response = await contract.client.post("insights/", { name: uniqueName("insight"), query: "select 1" });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ type: "invalid_request", code: "parse_error", attr: null });
    expect((await contract.client.post("insights/", { name: uniqueName("insight"), query: { source: {} } })).body.code).toBe("parse_error");
    const emptyList = await contract.client.post("insights/", { name: uniqueName("insight"), query: [] });
    expect(emptyList.body).toEqual({ type: "validation_error", code: "invalid_input", detail: "Query must be a valid JSON object", attr: "query" });
  });

  it("soft-deletes: GET 404 afterwards, the tile disappears from the dashboard, and deleted:false restores it", async () => {
    const dashboardId = await createDashboard();
    const insight = await createInsight({ dashboards: [dashboardId] });
    expect((await contract.client.delete(`insights/${insight.id}/`)).status).toBe(405);
    const deleted = await contract.client.patch(`insights/${insight.id}/${OPT_IN}`, { deleted: true });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ deleted: true, dashboards: [] });
    expect((await contract.client.get(`insights/${insight.id}/`)).status).toBe(404);
    const tiles = (await contract.client.get(`dashboards/${dashboardId}/`)).body.tiles;
    expect(tiles.some((tile: { insight: { id: number } | null }) => tile.insight?.id === insight.id)).toBe(false);
    const restored = await contract.client.patch(`insights/${insight.id}/`, { deleted: false });
    expect(restored.status).toBe(200);
    expect(restored.body.deleted).toBe(false);
  });

  it("always lists dashboard_tiles; `dashboards` is served only on opt-in once enforced, and always matches the tiles", async () => {
    const dashboardId = await createDashboard();
    const insight = await createInsight({ dashboards: [dashboardId] });
    const tiles = [{ id: expect.any(Number), dashboard_id: dashboardId, deleted: null }];
    const plain = (await contract.client.get(`insights/${insight.id}/`)).body;
    expect(plain.dashboard_tiles).toEqual(tiles);
    // Real projects may still be in the unenforced phase (INSIGHT_DASHBOARDS_OPT_IN_ENFORCED defaults to off).
    if (TARGETS_EMULATOR) expect(plain).not.toHaveProperty("dashboards");
    else if ("dashboards" in plain) expect(plain.dashboards).toEqual([dashboardId]);
    const optedIn = (await contract.client.get(`insights/${insight.id}/${OPT_IN}`)).body;
    expect(optedIn.dashboards).toEqual([dashboardId]);
    const tileInsight = (await contract.client.get(`dashboards/${dashboardId}/`)).body.tiles[0].insight;
    expect(tileInsight.dashboard_tiles).toEqual(tiles);
    if (TARGETS_EMULATOR) expect(tileInsight).not.toHaveProperty("dashboards");
  });

  it("reads queries back upgraded: each migrated node kind carries its schema version", async () => {
    const stickiness = { kind: "InsightVizNode", source: { kind: "StickinessQuery", series: [{ kind: "EventsNode", event: "$pageview" }] } };
    const funnel = { kind: "InsightVizNode", source: { kind: "FunnelsQuery", series: [{ kind: "EventsNode", event: "$pageview" }, { kind: "EventsNode", event: "$pageleave" }] } };
    const sql = { kind: "DataVisualizationNode", source: { kind: "HogQLQuery", query: "select 1" } };
    const cases: [unknown, number][] = [
      [TRENDS_QUERY, 5],
      [stickiness, 5],
      [funnel, 2],
    ];
    for (const [query, latest] of cases) {
      const insight = await createInsight({ query });
      expect(insight.query).toMatchObject(query as object);
      const read = (await contract.client.get(`insights/${insight.id}/`)).body.query;
      expect(read.source.version).toBeGreaterThanOrEqual(latest);
      expect(read).not.toHaveProperty("version");
    }
    const sqlRead = (await contract.client.get(`insights/${(await createInsight({ query: sql })).id}/`)).body.query;
    expect(sqlRead.source).not.toHaveProperty("version");
  });

  it("creates insights unsaved unless saved is sent; an update saves them", async () => {
    const unsaved = await createInsight({});
    expect(unsaved.saved).toBe(false);
    const saved = await createInsight({ saved: true });
    expect(saved.saved).toBe(true);
    expect((await contract.client.patch(`insights/${unsaved.id}/`, { description: "touched" })).body.saved).toBe(true);
  });
});
