import { describe, expect, it } from "vitest";
import { hardDelete, RUN_ID, useContractTarget } from "./harness.js";

const contract = useContractTarget();
let sequence = 0;
/** A view name is a HogQL identifier (no '-'), unique in the project. */
const viewName = () => `contract_${RUN_ID}_view_${++sequence}`;

async function createView(body: Record<string, unknown>) {
  const response = await contract.client.post("warehouse_saved_queries/", { name: viewName(), query: { kind: "HogQLQuery", query: "select event from events" }, ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`saved query ${response.body.id}`, () => hardDelete(contract.client, `warehouse_saved_queries/${response.body.id}/`));
  return response.body;
}

describe("contract: warehouse saved queries", () => {
  it("creates a view that is not materialized, lists it without its query, and guards a query change with the newest edit's id", async () => {
    const created = await createView({ description: "Events by name" });
    expect(created).toMatchObject({ deleted: false, status: null, is_materialized: false, sync_frequency: null, description: "Events by name", query: { kind: "HogQLQuery", query: "select event from events" } });
    expect(created.columns.map((column: { name: string }) => column.name)).toEqual(["event"]);
    expect(created.latest_history_id).toBeTruthy();
    const listed = (await contract.client.get("warehouse_saved_queries/")).body.results.find((row: { id: string }) => row.id === created.id);
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty("query");
    const stale = await contract.client.patch(`warehouse_saved_queries/${created.id}/`, { query: { kind: "HogQLQuery", query: "select 1" }, edited_history_id: "not-the-latest" });
    expect(stale.status).toBe(400);
    expect(stale.body.detail).toBe("The query was modified by someone else.");
    const changed = await contract.client.patch(`warehouse_saved_queries/${created.id}/`, { query: { kind: "HogQLQuery", query: "select event, timestamp from events" }, edited_history_id: created.latest_history_id });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ status: "Modified", is_materialized: false });
    expect(changed.body.latest_history_id).not.toBe(created.latest_history_id);
    const renamed = await contract.client.patch(`warehouse_saved_queries/${created.id}/`, { description: "" });
    expect(renamed.body.description).toBeNull();
  });

  it("refuses placeholders in views and PostHog's table names", async () => {
    const variables = await contract.client.post("warehouse_saved_queries/", { name: viewName(), query: { kind: "HogQLQuery", query: "select {variables.plan}" } });
    expect(variables.status).toBe(400);
    expect(variables.body).toMatchObject({ attr: "query", detail: "Variables like {variables.plan} are not allowed in views" });
    const table = await contract.client.post("warehouse_saved_queries/", { name: "persons", query: { kind: "HogQLQuery", query: "select 1" } });
    expect(table.status).toBe(400);
    expect(table.body.attr).toBe("name");
  });

  it("answers DELETE with 204 and then no longer serves the view", async () => {
    const created = await contract.client.post("warehouse_saved_queries/", { name: viewName(), query: { kind: "HogQLQuery", query: "select 1" } });
    expect((await contract.client.delete(`warehouse_saved_queries/${created.body.id}/`)).status).toBe(204);
    expect((await contract.client.get(`warehouse_saved_queries/${created.body.id}/`)).status).toBe(404);
  });
});
