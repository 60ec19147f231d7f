import { describe, expect, it } from "vitest";
import { hardDelete, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

async function createView(body: Record<string, unknown>) {
  const response = await contract.client.post("logs/views/", { name: uniqueName("logs_view"), ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`logs view ${response.body.short_id}`, () => hardDelete(contract.client, `logs/views/${response.body.short_id}/`));
  return response.body;
}

describe("contract: logs views", () => {
  it("creates a view addressed by short_id, updates only what is sent and lists it", async () => {
    const created = await createView({ filters: { severityLevels: ["error"], searchTerm: "timeout" } });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ filters: { severityLevels: ["error"], searchTerm: "timeout" }, columns: null, pinned: false });
    const columns = [{ id: "when", type: "timestamp" }, { id: "user", type: "custom", expression: "attributes.user_id", name: "User", width: 120 }];
    const updated = await contract.client.patch(`logs/views/${created.short_id}/`, { columns, pinned: true });
    expect(updated.body).toMatchObject({ name: created.name, filters: created.filters, columns, pinned: true });
    const listed = await contract.client.get("logs/views/");
    expect(listed.body.results.map((row: { short_id: string }) => row.short_id)).toContain(created.short_id);
    expect((await contract.client.get(`logs/views/${created.id}/`)).status).toBe(404);
  });

  it("deletes for good, and refuses a custom column without an expression", async () => {
    const created = await contract.client.post("logs/views/", { name: uniqueName("logs_view") });
    expect((await contract.client.delete(`logs/views/${created.body.short_id}/`)).status).toBe(204);
    expect((await contract.client.get(`logs/views/${created.body.short_id}/`)).status).toBe(404);
    const refused = await contract.client.post("logs/views/", { name: uniqueName("logs_view"), columns: [{ id: "c", type: "custom" }] });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ attr: "columns__0__expression", detail: "Custom columns require an expression." });
  });
});
