import { describe, expect, it } from "vitest";
import { hardDelete, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

async function createRule(body: Record<string, unknown>) {
  const response = await contract.client.post("logs/sampling_rules/", { name: uniqueName("logs_rule"), ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`logs sampling rule ${response.body.id}`, () => hardDelete(contract.client, `logs/sampling_rules/${response.body.id}/`));
  return response.body;
}

describe("contract: logs sampling rules", () => {
  it("creates a disabled rule at version 1, keeps a given priority, bumps the version on update and lists by priority", async () => {
    const capped = await createRule({ rule_type: "rate_limit", config: { logs_per_second: 500, burst_logs: 1000 }, priority: 900 });
    expect(capped.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(capped).toMatchObject({ enabled: false, priority: 900, version: 1, config: { logs_per_second: 500, burst_logs: 1000 }, scope_attribute_filters: [] });
    const dropped = await createRule({ rule_type: "path_drop", config: { patterns: ["^/health"] }, priority: 901, scope_attribute_filters: [{ key: "http.route", op: "eq", value: "/health" }] });
    const updated = await contract.client.patch(`logs/sampling_rules/${capped.id}/`, { enabled: true });
    expect(updated.body).toMatchObject({ enabled: true, version: 2, priority: 900 });
    const ids = (await contract.client.get("logs/sampling_rules/")).body.results.map((rule: { id: string }) => rule.id);
    expect(ids.indexOf(capped.id)).toBeLessThan(ids.indexOf(dropped.id));
  });

  it("deletes for good, and refuses a rate limit with both units", async () => {
    const created = await contract.client.post("logs/sampling_rules/", { name: uniqueName("logs_rule"), rule_type: "severity_sampling", config: { actions: {} } });
    expect((await contract.client.delete(`logs/sampling_rules/${created.body.id}/`)).status).toBe(204);
    expect((await contract.client.get(`logs/sampling_rules/${created.body.id}/`)).status).toBe(404);
    const refused = await contract.client.post("logs/sampling_rules/", { name: uniqueName("logs_rule"), rule_type: "rate_limit", config: { logs_per_second: 1, kb_per_second: 1 } });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ attr: "config", detail: "Set either `logs_per_second` or `kb_per_second` on a rate_limit rule, not both." });
  });
});
