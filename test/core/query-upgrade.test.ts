import { describe, expect, it } from "vitest";
import type { JsonObject, JsonValue } from "../../src/core/json.js";
import { insights } from "../../src/core/kinds/insights.js";
import { canonicalStoredQuery } from "../../src/core/kinds/query-upgrade.js";
import { upgradeQuery } from "../../src/emulator/query-upgrade.js";

const viz = (source: JsonObject): JsonObject => ({ kind: "InsightVizNode", source });

/** Queries in the shapes each of PostHog's schema migrations rewrites, plus ones they leave alone. */
const STORED: JsonObject[] = [
  viz({ kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "$pageview" }] }),
  viz({ kind: "TrendsQuery", series: [{ event: "$pageview" }, { id: 3 }, { table_name: "orders" }], trendsFilter: { hiddenLegendIndexes: [0, 2] } }),
  viz({
    kind: "TrendsQuery",
    series: [{ kind: "EventsNode", event: "a" }, { kind: "EventsNode", event: "b" }],
    compareFilter: { compare: true },
    trendsFilter: { resultCustomizationBy: "position", resultCustomizations: { 0: { assignmentBy: "position", color: "x" }, 3: { assignmentBy: "position", hidden: true }, '{"series":0}': { assignmentBy: "value" } } },
  }),
  viz({
    kind: "StickinessQuery",
    series: [{ kind: "EventsNode", event: "a" }],
    compareFilter: { compare: true },
    stickinessFilter: { resultCustomizations: { '{"series":0,"compare_label":"current"}': { assignmentBy: "value", color: "c" }, '{"series":0,"compare_label":"previous"}': { hidden: true } } },
  }),
  viz({ kind: "FunnelsQuery", series: [{ event: "a" }, { event: "b" }], funnelsFilter: { exclusions: [{ event: "c", funnelFromStep: 0, funnelToStep: 1 }] } }),
  viz({ kind: "RetentionQuery", retentionFilter: { showMean: true, period: "Week" } }),
  viz({ kind: "LifecycleQuery", series: [{ event: "a" }] }),
  viz({ kind: "PathsQuery", pathsFilter: { includeEventTypes: ["$pageview"] } }),
  { kind: "DataVisualizationNode", source: { kind: "HogQLQuery", query: "select 1" }, chartSettings: { showPieTotal: true } },
  viz({ kind: "TrendsQuery", version: 5, series: [{ kind: "EventsNode", event: "already current" }] }),
];

function withoutVersions(node: JsonValue): JsonValue {
  if (Array.isArray(node)) return node.map(withoutVersions);
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== "version").map(([key, value]) => [key, withoutVersions(value)]));
}

describe("queries compare in the form PostHog serves them", () => {
  it.each(STORED.map((query) => [JSON.stringify(query).slice(0, 70), query] as const))("%s: as written and as served back read the same", (_label, query) => {
    const served = upgradeQuery(structuredClone(query)) as JsonObject;
    expect(canonicalStoredQuery(query)).toEqual(withoutVersions(served));
    expect(canonicalStoredQuery(served)).toEqual(canonicalStoredQuery(query));
  });

  it("leaves version stamps out, whichever migrations the server has", () => {
    const olderServer = viz({ kind: "TrendsQuery", version: 3, series: [{ kind: "EventsNode", event: "a" }] });
    expect(canonicalStoredQuery(olderServer)).toEqual(viz({ kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "a" }] }));
    const newerServer = viz({ kind: "PathsQuery", version: 2, pathsFilter: {} });
    expect(canonicalStoredQuery(newerServer)).toEqual(viz({ kind: "PathsQuery", pathsFilter: {} }));
  });

  it("makes an insight's desired and observed queries equal once PostHog has upgraded it", () => {
    const query = STORED[1]!;
    const fields = insights.toDesired({ key: "legacy", name: "Legacy", query }).fields;
    const observed = insights.toObserved({ name: "Legacy", description: "", tags: ["iac:insights:legacy"], query: upgradeQuery(query) as JsonValue }, { keyOf: () => undefined, rows: () => [] });
    expect(observed.query).toEqual(fields.query);
    expect(JSON.stringify(fields.query)).not.toContain('"version"');
  });
});
