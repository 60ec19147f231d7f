import { describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import type { JsonObject, JsonValue } from "../../src/core/json.js";
import { findQueryConstructor, insights } from "../../src/core/kinds/insights.js";
import type { Definition, ObservedResource } from "../../src/core/model.js";
import { diffFields } from "../../src/core/plan/diff.js";
import { createPlan } from "../../src/core/plan/plan.js";
import { funnels, hogql, lifecycle, paths, rawQuery, retention, stickiness, trends } from "../../src/sdk/index.js";

const noKeys = { keyOf: () => undefined, rows: () => [] };
const desired = (query: unknown): JsonObject => insights.toDesired({ key: "k", name: "Insight", query: query as JsonValue }).fields;

/** The summary lines of changing an insight's query from `before` to `after`. */
function summarize(before: unknown, after: unknown): string[] {
  const was = desired(before);
  const now = desired(after);
  return insights.summarize!(diffFields(was, now), was, now);
}

describe("insight query constructors", () => {
  it("build PostHog's bare queries, as PostHog's own tool does, adding the node kind to every series entry and exclusion", () => {
    expect(funnels({ series: [{ event: "viewed" }, { event: "paid", optionalInFunnel: true }], funnelsFilter: { funnelWindowInterval: 7, exclusions: [{ event: "left", funnelFromStep: 0, funnelToStep: 1 }] } })).toEqual({
      kind: "FunnelsQuery",
      series: [{ kind: "EventsNode", event: "viewed" }, { kind: "EventsNode", event: "paid", optionalInFunnel: true }],
      funnelsFilter: { funnelWindowInterval: 7, exclusions: [{ kind: "EventsNode", event: "left", funnelFromStep: 0, funnelToStep: 1 }] },
    });
    expect(stickiness({ series: [{ id: 12 }], intervalCount: 2 })).toEqual({ kind: "StickinessQuery", series: [{ kind: "ActionsNode", id: 12 }], intervalCount: 2 });
    expect(lifecycle({ series: [{ event: "$pageview" }], lifecycleFilter: { toggledLifecycles: ["new"] } })).toEqual({
      kind: "LifecycleQuery",
      series: [{ kind: "EventsNode", event: "$pageview" }],
      lifecycleFilter: { toggledLifecycles: ["new"] },
    });
    expect(retention({ retentionFilter: { targetEntity: { id: "signed up", type: "events" }, period: "Week" } })).toEqual({
      kind: "RetentionQuery",
      retentionFilter: { targetEntity: { id: "signed up", type: "events" }, period: "Week" },
    });
    expect(paths({ pathsFilter: { includeEventTypes: ["$pageview"], stepLimit: 5 } })).toEqual({ kind: "PathsQuery", pathsFilter: { includeEventTypes: ["$pageview"], stepLimit: 5 } });
  });

  it("give trends() the bare TrendsQuery, which an insight stores in the InsightVizNode the wrapped form gave", () => {
    const query = trends({ series: [{ event: "signed up", math: "total" }], interval: "week" });
    expect(query).toEqual({ kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "signed up", math: "total" }], interval: "week" });
    const wrapped = { kind: "InsightVizNode", source: query };
    expect(desired(query).query).toEqual(desired(wrapped).query);
    expect(desired(query).query).toMatchObject({ kind: "InsightVizNode", source: { kind: "TrendsQuery", interval: "week" } });
    for (const bare of [funnels({ series: [{ event: "a" }] }), retention({ retentionFilter: { period: "Week" } }), paths({ pathsFilter: { stepLimit: 5 } }), stickiness({ series: [{ event: "a" }] }), lifecycle({ series: [{ event: "a" }] })]) {
      expect(desired(bare).query).toEqual(desired({ kind: "InsightVizNode", source: bare }).query);
    }
  });

  it("know which stored shapes only rawQuery() can express", () => {
    expect(findQueryConstructor(desired(funnels({ series: [] })).query)).toBe("funnels");
    expect(findQueryConstructor(desired(hogql("select 1")).query)).toBe("hogql");
    expect(findQueryConstructor(desired(rawQuery({ kind: "DataTableNode", source: { kind: "EventsQuery", select: ["*"] } })).query)).toBeUndefined();
    expect(findQueryConstructor(desired(rawQuery({ kind: "HogQuery", code: "return 1" })).query)).toBeUndefined();
  });
});

describe("insight plan summaries", () => {
  it("name trends changes the way PostHog does", () => {
    expect(
      summarize(
        trends({ series: [{ event: "signed up" }], interval: "day" }),
        trends({ series: [{ event: "signed up", math: "dau" }, { event: "activated" }], interval: "week", dateRange: { date_from: "-30d" }, properties: [{ key: "plan", value: "pro" }] }),
      ),
    ).toEqual(["trends: date from — → -30d", "trends: interval day → week", "trends: property filters changed", "trends series 1: math — → dau", 'trends series 2 added: event "activated"']);
  });

  it("name funnel steps, exclusions and the conversion window", () => {
    expect(
      summarize(
        funnels({ series: [{ event: "viewed" }, { event: "checkout started" }, { event: "paid" }] }),
        funnels({ series: [{ event: "viewed" }, { event: "checkout opened" }], funnelsFilter: { funnelWindowInterval: 1, funnelWindowIntervalUnit: "week", exclusions: [{ event: "left", funnelFromStep: 0, funnelToStep: 1 }] } }),
      ),
    ).toEqual(['funnel exclusion 1 added: event "left"', "funnel: conversion window 14 days → 1 week", 'funnel step 2: event "checkout started" → "checkout opened"', 'funnel step 3 removed: event "paid"']);
  });

  it("name action steps by the action's key, and step filters without the JSON", () => {
    const before = { kind: "InsightVizNode", source: { kind: "FunnelsQuery", series: [{ kind: "EventsNode", event: "viewed" }, { kind: "ActionsNode", action: { $ref: "actions/purchase" } }] } };
    const after = { kind: "InsightVizNode", source: { kind: "FunnelsQuery", series: [{ kind: "EventsNode", event: "viewed", properties: [{ key: "$browser", value: "Chrome" }] }, { kind: "EventsNode", event: "order completed" }] } };
    expect(summarize(before, after)).toEqual(["funnel step 1: filters changed", 'funnel step 2: action purchase → event "order completed"']);
  });

  it("name retention, paths, stickiness and lifecycle settings", () => {
    expect(summarize(retention({ retentionFilter: { targetEntity: { id: "signed up" }, period: "Day" } }), retention({ retentionFilter: { targetEntity: { id: "activated" }, period: "Week", totalIntervals: 12 } }))).toEqual([
      "retention: period Day → Week",
      'retention target: event "signed up" → "activated"',
      "retention: intervals — → 12",
    ]);
    expect(summarize(paths({ pathsFilter: { includeEventTypes: ["$pageview"] } }), paths({ pathsFilter: { includeEventTypes: ["$pageview", "$screen"], startPoint: "/pricing" } }))).toEqual([
      "paths: event types $pageview → $pageview, $screen",
      "paths: start point — → /pricing",
    ]);
    expect(summarize(stickiness({ series: [{ event: "a" }], stickinessFilter: { display: "ActionsLineGraph" } }), stickiness({ series: [{ event: "a" }], stickinessFilter: { display: "ActionsBar" } }))).toEqual([
      "stickiness: display ActionsLineGraph → ActionsBar",
    ]);
    expect(summarize(lifecycle({ series: [{ event: "a" }] }), lifecycle({ series: [{ event: "a" }], lifecycleFilter: { toggledLifecycles: ["new", "dormant"] } }))).toEqual([
      "lifecycle: lifecycles shown — → new, dormant",
    ]);
  });

  it("report a change of query kind as one line instead of a field-by-field diff", () => {
    expect(summarize(trends({ series: [{ event: "a" }] }), funnels({ series: [{ event: "a" }, { event: "b" }] }))).toEqual(["query kind TrendsQuery → FunnelsQuery"]);
    expect(summarize(trends({ series: [{ event: "a" }] }), hogql("select 1"))).toEqual(["query kind TrendsQuery → HogQLQuery"]);
  });

  it("count the changed lines of a SQL query", () => {
    expect(summarize(hogql("select event,\n  count()\nfrom events\ngroup by event"), hogql("select event,\n  count()\nfrom events\nwhere true\ngroup by event"))).toEqual(["SQL query changed (1 line)"]);
    expect(summarize(hogql("select 1\nfrom events"), hogql("select 2\nfrom events\nlimit 3"))).toEqual(["SQL query changed (2 lines)"]);
  });

  it("say nothing when only other fields change", () => {
    const was = { ...desired(trends({ series: [{ event: "a" }] })), name: "Old" };
    const now = desired(trends({ series: [{ event: "a" }] }));
    expect(insights.summarize!(diffFields(was, now), was, now)).toEqual([]);
  });
});

describe("unmodelled query kinds", () => {
  const raw = rawQuery({ kind: "DataTableNode", source: { kind: "EventsQuery", select: ["*"] } });
  const definition = (query: unknown): Definition => ({ kind: "insights", key: "events", spec: { key: "events", name: "Events", query: query as JsonValue } });
  const plan = (query: unknown, observed: ObservedResource[]) =>
    createPlan({ target: { host: "https://us.posthog.com", projectId: "1" }, desired: buildDesiredState([definition(query)]).resources, observed, prune: false });
  const live = (query: unknown, name = "Events"): ObservedResource => ({ kind: "insights", key: "events", id: 3, managed: true, fields: { ...desired(query), name } });

  it("warn in the plan when an insight with a raw query is created or its query changes", () => {
    const warning = "the SDK does not model query kind DataTableNode (source EventsQuery): it is sent as written and nothing checks its fields";
    expect(plan(raw, []).steps[0]!.warnings).toEqual([{ type: "risk", message: warning }]);
    expect(plan(raw, [live(trends({ series: [{ event: "a" }] }))]).steps[0]!.warnings).toEqual([{ type: "risk", message: warning }]);
  });

  it("stay quiet for modelled kinds, and for raw queries that do not change", () => {
    expect(plan(funnels({ series: [{ event: "a" }] }), []).steps[0]!.warnings).toEqual([]);
    expect(plan(raw, [live(raw, "Renamed in the UI")]).steps[0]!.warnings).toEqual([]);
    expect(plan(raw, [live(raw)]).steps[0]!.action).toBe("no-op");
  });
});

describe("action references in insight queries", () => {
  const query = {
    kind: "InsightVizNode",
    source: {
      kind: "RetentionQuery",
      retentionFilter: { targetEntity: { type: "actions", action: { $ref: "actions/purchase" } }, returningEntity: { type: "actions", id: 99 } },
    },
  };

  it("compare by the action's key, depend on the action, and send its id", () => {
    const { fields, dependsOn } = insights.toDesired({ key: "k", name: "Retained buyers", query });
    expect(dependsOn).toEqual([{ kind: "actions", key: "purchase" }]);
    const payload = insights.toPayload("k", fields, { idOf: (address) => (address.key === "purchase" ? 41 : undefined) }, "create");
    expect(payload.query).toEqual({
      kind: "InsightVizNode",
      source: { kind: "RetentionQuery", retentionFilter: { targetEntity: { type: "actions", id: 41 }, returningEntity: { type: "actions", id: 99 } } },
    });
    const observed = insights.toObserved({ ...payload, tags: ["iac:insights:k"] }, { ...noKeys, keyOf: (kind, id) => (kind === "actions" && id === 41 ? "purchase" : undefined) });
    expect(observed.query).toEqual(fields.query);
  });

  it("keep the series entry shape for funnels built with an action object", () => {
    const { fields } = insights.toDesired({ key: "k", name: "Buy", query: { kind: "InsightVizNode", source: { kind: "FunnelsQuery", series: [{ kind: "ActionsNode", action: { $ref: "actions/purchase" }, math: "total" }] } } });
    expect(fields.query).toEqual({ kind: "InsightVizNode", source: { kind: "FunnelsQuery", series: [{ kind: "ActionsNode", action: "purchase", math: "total" }] } });
  });
});
