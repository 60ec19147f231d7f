import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upgradeQuery } from "../../src/emulator/query-upgrade.js";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

const viz = (source: Record<string, unknown>) => ({ kind: "InsightVizNode", source });
const sourceOf = (query: Record<string, unknown> | null) => (query as { source: Record<string, unknown> }).source;

describe("stored queries are upgraded on read (posthog/schema_migrations)", () => {
  it("stamps each migrated kind with its latest version and leaves other kinds alone", () => {
    const read = (source: Record<string, unknown>) => sourceOf(upgradeQuery(viz(source))).version;
    expect(read({ kind: "TrendsQuery", series: [] })).toBe(5);
    expect(read({ kind: "StickinessQuery", series: [] })).toBe(5);
    expect(read({ kind: "FunnelsQuery", series: [] })).toBe(2);
    expect(read({ kind: "RetentionQuery", retentionFilter: {} })).toBe(2);
    expect(read({ kind: "LifecycleQuery", series: [] })).toBe(2);
    expect(read({ kind: "CalendarHeatmapQuery", series: [] })).toBe(2);
    expect(read({ kind: "PathsQuery", pathsFilter: {} })).toBeUndefined();
    expect(upgradeQuery(viz({ kind: "TrendsQuery", series: [] }))).not.toHaveProperty("version");
    const sql = upgradeQuery({ kind: "DataVisualizationNode", source: { kind: "HogQLQuery", query: "select 1" } });
    expect(sql).toEqual({ kind: "DataVisualizationNode", source: { kind: "HogQLQuery", query: "select 1" }, version: 2 });
  });

  it("runs only the migrations above the stored version, and none past the latest", () => {
    const legacy = { kind: "TrendsQuery", series: [{ event: "$pageview" }], trendsFilter: { hiddenLegendIndexes: [0] } };
    expect(sourceOf(upgradeQuery(viz({ ...legacy, version: 5 })))).toEqual({ ...legacy, version: 5 });
    expect(sourceOf(upgradeQuery(viz({ ...legacy, version: 4 })))).toEqual({ ...legacy, version: 5 });
    expect(sourceOf(upgradeQuery(viz({ ...legacy, version: 3 }))).series).toEqual([{ event: "$pageview", kind: "EventsNode" }]);
  });

  it("0001: retention showMean becomes meanRetentionCalculation", () => {
    const upgraded = (filter: Record<string, unknown>) => sourceOf(upgradeQuery(viz({ kind: "RetentionQuery", retentionFilter: filter }))).retentionFilter;
    expect(upgraded({ showMean: true, period: "Week" })).toEqual({ period: "Week", meanRetentionCalculation: "simple" });
    expect(upgraded({ showMean: false })).toEqual({ meanRetentionCalculation: "none" });
    expect(upgraded({ showMean: true, meanRetentionCalculation: "weighted" })).toEqual({ meanRetentionCalculation: "weighted" });
  });

  it("0002: trends hiddenLegendIndexes become hidden position customizations, unless value customizations exist", () => {
    const upgraded = (filter: Record<string, unknown>) => sourceOf(upgradeQuery(viz({ kind: "TrendsQuery", series: [], trendsFilter: filter }))).trendsFilter;
    expect(upgraded({ hiddenLegendIndexes: [0, 2] })).toEqual({
      resultCustomizationBy: "position",
      resultCustomizations: { 0: { assignmentBy: "position", hidden: true }, 2: { assignmentBy: "position", hidden: true } },
    });
    const byValue = { '{"series":0}': { assignmentBy: "value", color: "preset-1" } };
    expect(upgraded({ hiddenLegendIndexes: [1], resultCustomizations: byValue })).toEqual({ resultCustomizations: byValue });
    const stickiness = sourceOf(upgradeQuery(viz({ kind: "StickinessQuery", series: [], stickinessFilter: { hiddenLegendIndexes: [1] } })));
    expect(stickiness.stickinessFilter).toEqual({ hiddenLegendIndexes: [1] });
  });

  it("0003: per-compare-period customizations merge into the base series entry (PostHog's own cases)", () => {
    const base = '{"series":0}';
    const current = '{"series":0,"compare_label":"current"}';
    const previous = '{"series":0,"compare_label":"previous"}';
    const entries = { [base]: { assignmentBy: "value", color: "preset-1" }, [current]: { assignmentBy: "value", color: "preset-2" }, [previous]: { assignmentBy: "value", hidden: true } };
    const upgraded = (customizations: Record<string, unknown>, extra: Record<string, unknown> = {}, filter: Record<string, unknown> = {}) =>
      (sourceOf(upgradeQuery(viz({ kind: "TrendsQuery", version: 2, series: [{ kind: "EventsNode" }, { kind: "EventsNode" }], trendsFilter: { ...filter, resultCustomizations: customizations }, ...extra })))
        .trendsFilter as Record<string, unknown>).resultCustomizations;
    const compare = { compareFilter: { compare: true } };
    expect(upgraded(entries, compare)).toEqual({ [base]: entries[current] });
    expect(upgraded(entries)).toEqual({ [base]: entries[base] });
    expect(upgraded({ [previous]: entries[previous] }, compare)).toEqual({});
    expect(upgraded({ "not-json": entries[base], [current]: entries[current] }, compare)).toEqual({ "not-json": entries[base], [base]: entries[current] });
    const position = { resultCustomizationBy: "position" };
    const entry = (color: string) => ({ assignmentBy: "position", color });
    expect(upgraded({ 0: entry("a"), 3: entry("b") }, compare, position)).toEqual({ 0: entry("a"), 1: entry("b") });
    expect(upgraded({ 0: entry("a"), 2: entry("b") }, compare, position)).toEqual({ 0: entry("a") });
    expect(upgraded({ 0: entry("a"), 3: entry("b") }, { ...compare, breakdownFilter: { breakdown_type: "event", breakdown: "$browser" } }, position)).toEqual({ 0: entry("a"), 3: entry("b") });
  });

  it("0004: series entries and funnel exclusions without kind get the one pydantic used to infer", () => {
    const trends = sourceOf(upgradeQuery(viz({ kind: "TrendsQuery", series: [{ event: "$pageview" }, { id: 7 }, { table_name: "orders" }, {}, { kind: "ActionsNode", id: 2 }] })));
    expect((trends.series as { kind: string }[]).map((entry) => entry.kind)).toEqual(["EventsNode", "ActionsNode", "DataWarehouseNode", "EventsNode", "ActionsNode"]);
    const funnel = sourceOf(upgradeQuery(viz({ kind: "FunnelsQuery", series: [{ table_name: "t" }], funnelsFilter: { exclusions: [{ event: "x", funnelFromStep: 0, funnelToStep: 1 }, { table_name: "t" }] } })));
    expect(funnel.series).toEqual([{ table_name: "t", kind: "FunnelsDataWarehouseNode" }]);
    expect((funnel.funnelsFilter as { exclusions: { kind: string }[] }).exclusions.map((entry) => entry.kind)).toEqual(["EventsNode", "EventsNode"]);
  });

  it("0005: customizations not matching resultCustomizationBy are dropped", () => {
    const mixed = { 0: { assignmentBy: "position", color: "a" }, '{"series":0}': { assignmentBy: "value", color: "b" }, 1: { color: "c" } };
    const upgraded = (filter: Record<string, unknown>) => sourceOf(upgradeQuery(viz({ kind: "TrendsQuery", version: 4, series: [], trendsFilter: filter }))).trendsFilter;
    expect(upgraded({ resultCustomizationBy: "position", resultCustomizations: mixed })).toEqual({ resultCustomizationBy: "position", resultCustomizations: { 0: mixed[0] } });
    expect(upgraded({ resultCustomizations: mixed })).toEqual({ resultCustomizations: { '{"series":0}': mixed['{"series":0}'], 1: mixed[1] } });
  });

  it("DataVisualizationNode 0003: showPieTotal moves into chartSettings.pie.showTotal", () => {
    const upgraded = upgradeQuery({ kind: "DataVisualizationNode", source: { kind: "HogQLQuery", query: "select 1" }, chartSettings: { showPieTotal: true, pie: { showLabels: false } } });
    expect(upgraded?.chartSettings).toEqual({ pie: { showLabels: false, showTotal: true } });
  });

  it("serves the upgraded query on every read: create, retrieve, list, dashboard tiles", async () => {
    const stored = viz({ kind: "TrendsQuery", series: [{ event: "$pageview" }] });
    const created = (await api.post("/api/projects/1/insights/", { name: "Legacy", query: stored })).body;
    const expected = viz({ kind: "TrendsQuery", series: [{ event: "$pageview", kind: "EventsNode" }], version: 5 });
    expect(created.query).toEqual(expected);
    expect((await api.get(`/api/projects/1/insights/${created.id}/`)).body.query).toEqual(expected);
    expect((await api.get(`/api/projects/1/insights/?short_id=${created.short_id}&basic=true`)).body.results[0].query).toEqual(expected);
    const dashboard = (await api.post("/api/projects/1/dashboards/", { name: "Board" })).body;
    await api.patch(`/api/projects/1/insights/${created.id}/`, { dashboards: [dashboard.id] });
    expect((await api.get(`/api/projects/1/dashboards/${dashboard.id}/`)).body.tiles[0].insight.query).toEqual(expected);
  });

  it("never changes the stored query it upgrades", () => {
    const stored = viz({ kind: "RetentionQuery", retentionFilter: { showMean: true } });
    const copy = structuredClone(stored);
    upgradeQuery(stored);
    expect(stored).toEqual(copy);
  });
});
