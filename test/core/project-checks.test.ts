import { describe, expect, it } from "vitest";
import { checkNames, type LocatedReference } from "../../src/core/checks/definitions.js";
import { collectMetadataChecks, metadataQuery, readMetadataProblems } from "../../src/core/checks/hogql.js";
import { blockingFindings, offlineChecks } from "../../src/core/checks/outcome.js";
import { findRolloutChanges } from "../../src/core/checks/reach.js";
import { findNameReferences } from "../../src/core/checks/references.js";
import { suggestNames } from "../../src/core/checks/suggest.js";
import { buildDesiredState } from "../../src/core/desired.js";
import type { JsonObject } from "../../src/core/json.js";
import { featureFlags } from "../../src/core/kinds/feature-flags.js";
import type { Definition, DesiredResource, ObservedResource } from "../../src/core/model.js";
import { createPlan } from "../../src/core/plan/plan.js";
import { describeReach, describeSkippedChecks, withReach } from "../../src/render/checks.js";

const target = { host: "http://127.0.0.1", projectId: "1" };

function resource(kind: DesiredResource["kind"], fields: DesiredResource["fields"]): DesiredResource {
  return { kind, key: "k", fields, dependsOn: [], source: { file: "posthog/x.ts", line: 3 } };
}

describe("names a definition relies on", () => {
  it("finds events and properties by PostHog's query and filter shapes, whatever the kind", () => {
    const query: JsonObject = {
      kind: "InsightVizNode",
      source: {
        kind: "TrendsQuery",
        series: [{ kind: "EventsNode", event: "order completed", math: "sum", math_property: "amount" }, { kind: "ActionsNode", id: 3 }],
        properties: [{ key: "$browser", type: "event", operator: "exact", value: ["Chrome"] }],
        breakdownFilter: { breakdown: "plan", breakdown_type: "person" },
      },
    };
    expect(findNameReferences(query)).toEqual([
      { what: "event", name: "order completed", field: "source.series.0.event" },
      { what: "property", name: "amount", scope: "event", field: "source.series.0.math_property", use: "math", operator: "sum" },
      { what: "property", name: "$browser", scope: "event", field: "source.properties.0.key", use: "filter", operator: "exact" },
      { what: "property", name: "plan", scope: "person", field: "source.breakdownFilter.breakdown", use: "breakdown" },
    ]);
    expect(findNameReferences({ steps: [{ event: "$pageview", url: "/x" }] })).toEqual([{ what: "event", name: "$pageview", field: "steps.0.event" }]);
    expect(findNameReferences({ values: [{ type: "behavioral", key: "signed up", event_type: "events", value: "performed_event" }] })).toEqual([{ what: "event", name: "signed up", field: "values.0.key" }]);
    expect(findNameReferences({ retentionFilter: { targetEntity: { id: "signed up", type: "events" } } })).toEqual([{ what: "event", name: "signed up", field: "retentionFilter.targetEntity.id" }]);
    // Cohort and HogQL filters name no definition; an EventsNode without an event is "all events".
    expect(findNameReferences([{ type: "cohort", key: "id", value: 4 }, { type: "hogql", key: "1 = 1" }, { kind: "EventsNode", event: null }])).toEqual([]);
  });

  it("suggests the nearest names, nearest first, then by name, ignoring case", () => {
    expect(suggestNames("user sigend up", ["user signed up", "user logged in", "$pageview"])).toEqual(["user signed up"]);
    expect(suggestNames("Plan", ["plans", "plan", "planet", "price"])).toEqual(["plan", "plans", "planet"]);
    expect(suggestNames("checkout", ["$pageview", "signup"])).toEqual([]);
  });

  it("warns about names never ingested, and about properties used against their type", () => {
    const insight = resource("insights", { query: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "user sigend up" }, { kind: "EventsNode", event: "planned", math: "avg", math_property: "plan" }] } });
    const flag = resource("feature-flags", { filters: { groups: [{ properties: [{ key: "plan", type: "person", operator: "gt", value: 3 }, { key: "signup_date", type: "person", operator: "is_date_before", value: "2025-01-01" }, { key: "emial", type: "person", operator: "exact", value: "x" }] }] } });
    const references: LocatedReference[] = [insight, flag].flatMap((r) => findNameReferences(r.fields).map((reference) => ({ resource: r, reference })));
    const catalog = {
      events: new Map([["user signed up", true], ["planned", false]]),
      properties: { event: new Map([["plan", "String"]]), person: new Map<string, string | null>([["plan", "String"], ["signup_date", "String"], ["email", "String"]]) },
    };
    expect(checkNames(references, catalog).map((d) => `${d.resource} ${d.field}: ${d.message}`)).toEqual([
      "insights/k query.series.0.event: event `user sigend up` was never ingested in this project; did you mean `user signed up`?",
      "insights/k query.series.1.event: event `planned` is defined but was never ingested in this project",
      "insights/k query.series.1.math_property: `avg` of event property `plan` needs numbers, but PostHog types it String",
      "feature-flags/k filters.groups.0.properties.0.key: `gt` compares numbers, but person property `plan` is a String property",
      "feature-flags/k filters.groups.0.properties.1.key: `is_date_before` compares dates, but person property `signup_date` is a String property",
      "feature-flags/k filters.groups.0.properties.2.key: person property `emial` was never ingested in this project; did you mean `email`?",
    ]);
    // A catalog the key could not read checks nothing of that sort.
    expect(checkNames(references, {})).toEqual([]);
  });
});

describe("HogQL against the metadata check", () => {
  it("checks each text once, as hogQL or hogQLExpr, and leaves placeholders out", () => {
    const select = { kind: "HogQLQuery", query: "select event from events" };
    const { checks, withPlaceholders } = collectMetadataChecks([
      resource("insights", { query: { kind: "DataVisualizationNode", source: select } }),
      resource("endpoints", { query: select }),
      resource("cohorts", { filters: { properties: { values: [{ type: "hogql", key: "person.properties.x = 1" }] } } }),
      resource("endpoints", { query: { kind: "HogQLQuery", query: "select {variables.day}" } }),
    ]);
    expect(withPlaceholders).toBe(1);
    expect(checks.map((c) => [c.text, c.holders.map((h) => h.field)])).toEqual([
      ["select event from events", ["query.source.query", "query.query"]],
      ["person.properties.x = 1", ["filters.properties.values.0.key"]],
    ]);
    expect(metadataQuery(checks[1]!)).toEqual({ query: { kind: "HogQLMetadata", language: "hogQLExpr", query: "person.properties.x = 1" } });
  });

  it("reads PostHog's code-point offsets as JavaScript string offsets", () => {
    const text = "select '🦔', nope from events";
    const response = { errors: [{ message: "Unable to resolve field: nope", start: 12, end: 16, fix: null }], warnings: [], notices: [] };
    expect(readMetadataProblems(text, response)).toEqual([{ severity: "error", message: "Unable to resolve field: nope", offset: 13 }]);
    expect(text.slice(13, 17)).toBe("nope");
  });
});

describe("rollout reach", () => {
  const flag = (rollout: number, extra: Record<string, unknown> = {}): Definition => ({
    kind: "feature-flags",
    key: "checkout",
    spec: { key: "checkout", filters: { groups: [{ properties: [{ key: "plan", type: "person", operator: "exact", value: "pro" }], rollout_percentage: rollout, ...extra }] } },
  });
  const observed = (rollout: number): ObservedResource => ({
    kind: "feature-flags",
    key: "checkout",
    id: 7,
    managed: true,
    fields: featureFlags.toObserved(
      { key: "checkout", tags: ["iac:feature-flags:checkout"], filters: { groups: [{ properties: [{ key: "plan", type: "person", operator: "exact", value: "pro" }], rollout_percentage: rollout }] } },
      { keyOf: () => undefined, rows: () => [] },
    ),
  });

  it("sizes a changed release condition with the request PostHog's endpoint takes", () => {
    const plan = createPlan({ target, desired: buildDesiredState([flag(100)]).resources, observed: [observed(20)], prune: false });
    expect(findRolloutChanges(plan.steps)).toEqual({
      requests: [
        {
          kind: "feature-flags",
          key: "checkout",
          condition: 1,
          before: 20,
          after: 100,
          body: { condition: { properties: [{ key: "plan", type: "person", operator: "exact", value: "pro" }], rollout_percentage: 100 }, group_type_index: null },
        },
      ],
      unsizable: 0,
    });
    // A description is not targeting: nothing to size.
    const described = createPlan({ target, desired: buildDesiredState([flag(20, { description: "Pro plans" })]).resources, observed: [observed(20)], prune: false });
    expect(described.steps[0]!.action).toBe("update");
    expect(findRolloutChanges(described.steps).requests).toEqual([]);
  });

  it("words the estimate beside the flag's summary line", () => {
    const plan = createPlan({ target, desired: buildDesiredState([flag(100)]).resources, observed: [observed(20)], prune: false });
    const reach = { kind: "feature-flags" as const, key: "checkout", condition: 1, before: 20, after: 100, affected: 12437, total: 52003, unit: "users" as const };
    const checked = { ...plan, checks: { findings: [], reach: [reach], skipped: [] } };
    expect(withReach(checked, plan.steps[0]!)).toEqual(["release condition 1: rollout 20% → 100%: about 12,400 of 52,003 users"]);
    expect(describeReach({ ...reach, before: undefined, after: 50, affected: 800 })).toBe("release condition 1 added: rollout 50%: about 400 of 52,003 users");
    expect(describeReach({ ...reach, after: undefined })).toBe("release condition 1 removed: it reached about 2,490 of 52,003 users");
  });
});

describe("what fails a plan", () => {
  it("fails on HogQL errors always and on warnings only when asked, and says when nothing was checked", () => {
    const error = { severity: "error" as const, code: "hogql-schema", message: "HogQL: Unable to resolve field: x" };
    const warning = { severity: "warning" as const, code: "unknown-event", message: "event `x` was never ingested in this project" };
    const checks = { findings: [error, warning], reach: [], skipped: [] };
    expect(blockingFindings(checks, false)).toEqual([error]);
    expect(blockingFindings(checks, true)).toEqual([error, warning]);
    const offline = { ...createPlan({ target, desired: [], observed: [], prune: false }), checks: offlineChecks() };
    expect(describeSkippedChecks(offline)).toEqual(["nothing was checked against the live project: the plan was made without credentials"]);
  });
});
