import { describe, expect, it } from "vitest";
import { checkHogQL } from "../../src/adapters/hogql/check.js";
import { collectMetadataChecks } from "../../src/core/checks/hogql.js";
import { buildDesiredState } from "../../src/core/desired.js";
import { appendIdentityMarker } from "../../src/core/identity.js";
import { getKind } from "../../src/core/kinds/index.js";
import { warehouseSavedQueries } from "../../src/core/kinds/warehouse-saved-queries.js";
import type { Definition } from "../../src/core/model.js";
import { hogql, insightVariable, warehouseSavedQuery } from "../../src/sdk/index.js";

const view = (spec: Record<string, unknown>): Definition => ({ kind: "warehouse-saved-queries", key: "paid", spec: { key: "paid", name: "paid_orders", query: "select event from events", ...spec } });
const errorsOf = (definitions: Definition[]) => buildDesiredState(definitions).diagnostics.filter((d) => d.severity === "error").map((d) => `${d.field ?? ""}: ${d.message}`);
const reader: Definition = { kind: "insights", key: "paid-count", spec: { key: "paid-count", name: "Paid", query: { kind: "DataVisualizationNode", source: { kind: "HogQLQuery", query: "select count() from paid_orders", views: [{ $ref: "warehouse-saved-queries/paid" }] } } } };

describe("warehouse saved queries", () => {
  it("compares the name, the query text and the description without its marker, and sends the query only on create", () => {
    const { fields } = warehouseSavedQueries.toDesired({ key: "paid", name: "paid_orders", query: "select 1", description: " Paid " });
    expect(fields).toEqual({ name: "paid_orders", query: "select 1", description: "Paid" });
    const raw = { id: "u", name: "paid_orders", query: { kind: "HogQLQuery", query: "select 1" }, description: appendIdentityMarker("warehouse-saved-queries", "paid", "Paid"), latest_history_id: "a" };
    expect(warehouseSavedQueries.identify(raw)).toBe("paid");
    expect(warehouseSavedQueries.toObserved(raw, { keyOf: () => undefined, rows: () => [] })).toEqual(fields);
    expect(warehouseSavedQueries.toPayload("paid", fields, { idOf: () => undefined }, "create").query).toEqual({ kind: "HogQLQuery", query: "select 1" });
    expect(warehouseSavedQueries.toPayload("paid", fields, { idOf: () => undefined }, "update")).not.toHaveProperty("query");
    expect(JSON.stringify(warehouseSavedQueries.toPayload("paid", fields, { idOf: () => undefined }, "create"))).not.toContain("sync_frequency");
  });

  it("refuses placeholders and PostHog's table names offline, and parses the query with PostHog's parser", async () => {
    expect(errorsOf([view({ name: "events", query: "select {variables.x}" })])).toEqual([
      "name: events is one of PostHog's own tables; a view cannot take its name",
      "query: PostHog refuses placeholders such as {variables.x} and {filters} in views",
    ]);
    const diagnostics = await checkHogQL([view({ query: "select from where" })], "/nonexistent");
    expect(diagnostics.map((d) => [d.resource, d.field, d.severity])).toEqual([["warehouse-saved-queries/paid", "query", "error"]]);
  });

  it("orders a view before the query that reads it by object, refuses a views list of anything else, and leaves that query out of the metadata check", () => {
    const state = buildDesiredState([reader, view({})]);
    const insight = state.resources.find((r) => r.kind === "insights")!;
    expect(insight.dependsOn).toEqual([{ kind: "warehouse-saved-queries", key: "paid" }]);
    expect((insight.fields.query as { source: Record<string, unknown> }).source).not.toHaveProperty("views");
    const { checks, withPlaceholders } = collectMetadataChecks(state.resources);
    expect(checks.map((c) => c.text)).toEqual(["select event from events"]);
    expect(withPlaceholders).toBe(1);
    const bad = { ...reader, spec: { ...reader.spec, query: { kind: "HogQLQuery", query: "select 1", views: ["paid_orders"] } } };
    expect(errorsOf([bad])).toEqual(["query.views: expected a list of warehouseSavedQuery() views"]);
    expect(getKind("insights").references).not.toContain("warehouse-saved-queries");
  });

  it("hogql as a tag writes a view as its name and a variable as its placeholder", () => {
    const paid = warehouseSavedQuery({ key: "paid", name: "paid_orders", query: "select 1" });
    const tier = insightVariable({ key: "tier", name: "Tier", type: "String" });
    expect(hogql`select count() from ${paid} where plan = ${tier}`.source).toEqual({ kind: "HogQLQuery", query: "select count() from paid_orders where plan = {variables.tier}", variables: [tier], views: [paid] });
  });
});
