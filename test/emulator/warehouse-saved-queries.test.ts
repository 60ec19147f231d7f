import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Definition } from "../../src/core/model.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

const view = (query: string, extra: Record<string, unknown> = {}): Definition => ({ kind: "warehouse-saved-queries", key: "paid-orders", spec: { key: "paid-orders", name: "paid_orders", query, ...extra } });
const reader: Definition = {
  kind: "insights",
  key: "paid-count",
  spec: { key: "paid-count", name: "Paid orders", query: { kind: "DataVisualizationNode", source: { kind: "HogQLQuery", query: "select count() from paid_orders", views: [{ $ref: "warehouse-saved-queries/paid-orders" }] } } },
};
const first = "select event, properties.amount as amount from events where event = 'order completed'";

describe("warehouse saved queries", () => {
  it("creates the view before the insight that reads it, never asks for materialization, and changes the query with the newest edit's id", async () => {
    const connection = emulatorConnection(api.url);
    api.emulator.clearRequests();
    await applyDefinitions(connection, [reader, view(first, { description: "Paid orders" })]);
    const posts = api.emulator.requests.filter((request) => request.method === "POST").map((request) => request.path);
    expect(posts).toEqual(["/api/projects/1/warehouse_saved_queries/", "/api/projects/1/insights/"]);
    expect(api.emulator.requests.some((request) => JSON.stringify(request.body ?? {}).includes("sync_frequency"))).toBe(false);
    const id = (await api.get("/api/projects/1/warehouse_saved_queries/")).body.results[0].id;
    const live = (await api.get(`/api/projects/1/warehouse_saved_queries/${id}/`)).body;
    expect(live).toMatchObject({ name: "paid_orders", status: null, is_materialized: false, sync_frequency: null, columns: [{ name: "event", type: "string" }, { name: "amount", type: "string" }] });
    expect(describeChanges(await planDefinitions(connection, [reader, view(first, { description: "Paid orders" })]))).toEqual([]);

    api.emulator.clearRequests();
    const second = `${first} and properties.paid = true`;
    await applyDefinitions(connection, [reader, view(second, { description: "Paid orders" })]);
    const patch = api.emulator.requests.find((request) => request.method === "PATCH" && request.status === 200 && JSON.stringify(request.body).includes("edited_history_id"));
    expect(patch?.body).toEqual({ query: { kind: "HogQLQuery", query: second }, edited_history_id: live.latest_history_id });
    expect((await api.get(`/api/projects/1/warehouse_saved_queries/${id}/`)).body.status).toBe("Modified");
    expect(describeChanges(await planDefinitions(connection, [reader, view(second, { description: "Paid orders" })]))).toEqual([]);
  });

  it("refuses a stale query edit, placeholders, PostHog's table names and a second view's name, and soft-deletes on DELETE", async () => {
    const created = await api.post("/api/projects/1/warehouse_saved_queries/", { name: "signups_view", query: { kind: "HogQLQuery", query: "select distinct_id from events" } });
    expect(created.status).toBe(201);
    const stale = await api.patch(`/api/projects/1/warehouse_saved_queries/${created.body.id}/`, { query: { kind: "HogQLQuery", query: "select 1" }, edited_history_id: "old" });
    expect(stale.body).toMatchObject({ attr: null, detail: "The query was modified by someone else." });
    // A create under an existing name is an update of that view, guarded the same way.
    const upsert = await api.post("/api/projects/1/warehouse_saved_queries/", { name: "signups_view", query: { kind: "HogQLQuery", query: "select 2" } });
    expect(upsert.body.detail).toBe("The query was modified by someone else.");
    const variables = await api.post("/api/projects/1/warehouse_saved_queries/", { name: "with_vars", query: { kind: "HogQLQuery", query: "select {variables.x}" } });
    expect(variables.body).toMatchObject({ attr: "query", detail: "Variables like {variables.x} are not allowed in views" });
    const filters = await api.post("/api/projects/1/warehouse_saved_queries/", { name: "with_filters", query: { kind: "HogQLQuery", query: "select 1 from events where {filters}" } });
    expect(filters.body.detail).toBe("Filters and placeholder expressions are not allowed in views");
    expect((await api.post("/api/projects/1/warehouse_saved_queries/", { name: "events", query: { kind: "HogQLQuery", query: "select 1" } })).body.detail).toBe("events is not a valid view name. View names cannot overlap with PostHog table names.");
    expect((await api.post("/api/projects/1/warehouse_saved_queries/", { name: "9lives", query: { kind: "HogQLQuery", query: "select 1" } })).body.attr).toBe("name");
    const renamed = await api.patch(`/api/projects/1/warehouse_saved_queries/${created.body.id}/`, { name: "paid_orders" });
    expect(renamed.body.detail).toBe("A table or view with this name already exists. Choose a different name.");
    expect((await api.delete(`/api/projects/1/warehouse_saved_queries/${created.body.id}/`)).status).toBe(204);
    expect((await api.get(`/api/projects/1/warehouse_saved_queries/${created.body.id}/`)).status).toBe(404);
    const again = await api.post("/api/environments/1/warehouse_saved_queries/", { name: "signups_view", query: { kind: "HogQLQuery", query: "select 1" } });
    expect(again.status).toBe(201);
  });
});

describe("saved views in HogQL", () => {
  it("are tables the metadata check and other views resolve by name, with the columns the view exports", async () => {
    await api.post("/api/projects/1/warehouse_saved_queries/", { name: "plan_orders", query: { kind: "HogQLQuery", query: "select properties.plan as plan, timestamp from events" } });
    const metadata = async (query: string) => (await api.post("/api/projects/1/query/", { query: { kind: "HogQLMetadata", language: "hogQL", query } })).body;
    expect(await metadata("select plan, count() from plan_orders group by plan")).toMatchObject({ isValid: true, errors: [], table_names: ["plan_orders"] });
    expect((await metadata("select missing from plan_orders")).errors[0].message).toBe("Unable to resolve field: missing");
    const reading = await api.post("/api/projects/1/warehouse_saved_queries/", { name: "plans", query: { kind: "HogQLQuery", query: "select distinct plan from plan_orders" } });
    expect(reading.status).toBe(201);
    const unknown = await api.post("/api/projects/1/warehouse_saved_queries/", { name: "nowhere", query: { kind: "HogQLQuery", query: "select 1 from no_such_view" } });
    expect(unknown.body.detail).toBe('Invalid query: Unknown table "no_such_view".');
  });
});
