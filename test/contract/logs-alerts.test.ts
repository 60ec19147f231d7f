import { describe, expect, it } from "vitest";
import { hardDelete, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

async function createAlert(body: Record<string, unknown>) {
  const response = await contract.client.post("logs/alerts/", { name: uniqueName("logs_alert"), ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`logs alert ${response.body.id}`, () => hardDelete(contract.client, `logs/alerts/${response.body.id}/`));
  return response.body;
}

describe("contract: logs alerts", () => {
  it("creates a disabled draft with the serializer's defaults, then takes filters, a threshold and N-of-M in one update", async () => {
    const draft = await createAlert({ enabled: false });
    expect(draft.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(draft).toMatchObject({ enabled: false, filters: {}, threshold_count: 100, threshold_operator: "above", window_minutes: 5, state: "not_firing", evaluation_periods: 1, datapoints_to_alarm: 1, cooldown_minutes: 0, first_enabled_at: null, destination_types: [] });
    expect(typeof draft.check_interval_minutes).toBe("number");
    const updated = await contract.client.patch(`logs/alerts/${draft.id}/`, { filters: { severityLevels: ["error"] }, threshold_count: 25, window_minutes: 15, evaluation_periods: 3, datapoints_to_alarm: 2, cooldown_minutes: 30 });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ enabled: false, filters: { severityLevels: ["error"] }, threshold_count: 25, window_minutes: 15, evaluation_periods: 3, datapoints_to_alarm: 2, cooldown_minutes: 30 });
    const ids = (await contract.client.get("logs/alerts/")).body.results.map((alert: { id: string }) => alert.id);
    expect(ids).toContain(draft.id);
  });

  it("refuses an enabled alert without filters and a window PostHog does not offer, and deletes for good", async () => {
    const bare = await contract.client.post("logs/alerts/", { name: uniqueName("logs_alert"), enabled: false, filters: {} });
    expect(bare.status).toBe(201);
    contract.cleanup.add(`logs alert ${bare.body.id}`, () => hardDelete(contract.client, `logs/alerts/${bare.body.id}/`));
    const enabling = await contract.client.patch(`logs/alerts/${bare.body.id}/`, { enabled: true });
    expect(enabling.status).toBe(400);
    expect(enabling.body).toMatchObject({ attr: "filters", detail: "At least one filter is required (severityLevels, serviceNames, or filterGroup)." });
    const window = await contract.client.patch(`logs/alerts/${bare.body.id}/`, { window_minutes: 7 });
    expect(window.body).toMatchObject({ attr: "window_minutes", detail: "Must be one of [5, 10, 15, 30, 60]." });
    expect((await contract.client.delete(`logs/alerts/${bare.body.id}/`)).status).toBe(204);
    expect((await contract.client.get(`logs/alerts/${bare.body.id}/`)).status).toBe(404);
  });
});
