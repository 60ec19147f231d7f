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

describe("contract: logs alert destinations", () => {
  const enabledAlert = () => createAlert({ filters: { severityLevels: ["error"] } });
  const functionsOf = async (alertId: string) => {
    const filters = encodeURIComponent(JSON.stringify({ properties: [{ key: "alert_id", value: alertId }] }));
    return (await contract.client.get(`hog_functions/?type=internal_destination&filters=${filters}`)).body.results as { id: string; type: string; filters: { events: { id: string }[]; properties: unknown[] } }[];
  };

  it("creates one internal destination per event kind, filtered on the alert, and soft-deletes the group only for its own alert", async () => {
    const alert = await enabledAlert();
    const url = `https://example.com/${uniqueName("hook")}`;
    const made = await contract.client.post(`logs/alerts/${alert.id}/destinations/`, { type: "webhook", webhook_url: url });
    expect(made.status).toBe(201);
    const ids: string[] = made.body.hog_function_ids;
    expect(ids).toHaveLength(4);
    contract.cleanup.add(`destinations of ${alert.id}`, () => contract.client.post(`logs/alerts/${alert.id}/destinations/delete/`, { hog_function_ids: ids }));
    expect((await contract.client.get(`logs/alerts/${alert.id}/`)).body.destination_types).toEqual(["webhook"]);
    const listed = await functionsOf(alert.id);
    expect(listed.map((fn) => fn.id).sort()).toEqual([...ids].sort());
    expect(listed.every((fn) => fn.type === "internal_destination")).toBe(true);
    expect(listed.map((fn) => fn.filters.events[0]!.id).sort()).toEqual(["$logs_alert_auto_disabled", "$logs_alert_errored", "$logs_alert_firing", "$logs_alert_resolved"]);
    const one = (await contract.client.get(`hog_functions/${ids[0]}/`)).body;
    expect(one).toMatchObject({ enabled: true, template: { id: "template-webhook" }, inputs: { url: { value: url } } });
    expect(one.filters.properties).toContainEqual(expect.objectContaining({ key: "alert_id", value: alert.id, operator: "exact", type: "event" }));
    expect(one.name).toContain(`→ Webhook ${url}`);

    const other = await enabledAlert();
    const foreign = await contract.client.post(`logs/alerts/${other.id}/destinations/delete/`, { hog_function_ids: ids });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({ attr: null, detail: "One or more HogFunctions do not belong to this alert." });
    expect(await functionsOf(alert.id)).toHaveLength(4);
    const deleted = await contract.client.post(`logs/alerts/${alert.id}/destinations/delete/`, { hog_function_ids: ids });
    expect(deleted.status).toBe(204);
    expect(await functionsOf(alert.id)).toHaveLength(0);
    expect((await contract.client.get(`hog_functions/${ids[0]}/`)).status).toBe(404);
    expect((await contract.client.get(`logs/alerts/${alert.id}/`)).body.destination_types).toEqual([]);
  });

  it("refuses what LogsAlertCreateDestinationSerializer and LogsAlertDeleteDestinationSerializer refuse, in their words", async () => {
    const alert = await enabledAlert();
    const create = (body: unknown) => contract.client.post(`logs/alerts/${alert.id}/destinations/`, body);
    expect((await create({ type: "email" })).body).toMatchObject({ attr: "type", code: "invalid_choice" });
    expect((await create({ type: "webhook" })).body).toMatchObject({ attr: null, detail: "webhook_url is required for webhook destinations." });
    expect((await create({ type: "slack", slack_channel_id: "C0123" })).body).toMatchObject({ attr: null, detail: "slack_workspace_id and slack_channel_id are required for slack destinations." });
    expect((await create({ type: "webhook", webhook_url: "not a url" })).body).toMatchObject({ attr: "webhook_url", detail: "Enter a valid URL." });
    const remove = (body: unknown) => contract.client.post(`logs/alerts/${alert.id}/destinations/delete/`, body);
    expect((await remove({})).body).toMatchObject({ attr: "hog_function_ids", code: "required" });
    expect((await remove({ hog_function_ids: [] })).body).toMatchObject({ attr: "hog_function_ids", code: "min_length" });
    expect((await remove({ hog_function_ids: ["nope"] })).body).toMatchObject({ attr: "hog_function_ids__0", detail: "Must be a valid UUID." });
    expect(await functionsOf(alert.id)).toHaveLength(0);
  });
});
