import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

const base = "/api/projects/1/logs/alerts/";
const post = (body: unknown) => api.post(base, body);

describe("logs alerts", () => {
  it("creates with the serializer's defaults, names an unnamed alert, stamps first_enabled_at, and lists newest first", async () => {
    const first = await post({ name: "Errors", filters: { severityLevels: ["error"] } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ enabled: true, threshold_count: 100, threshold_operator: "above", window_minutes: 5, check_interval_minutes: 5, state: "not_firing", evaluation_periods: 1, datapoints_to_alarm: 1, cooldown_minutes: 0, consecutive_failures: 0, destination_types: [], last_error_message: null, created_by: { id: 1 } });
    expect(first.body.first_enabled_at).toEqual(expect.any(String));
    const draft = await post({ enabled: false });
    expect(draft.body).toMatchObject({ name: "Untitled alert", enabled: false, filters: {}, first_enabled_at: null });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const third = await post({ name: "Quiet checkout", filters: { serviceNames: ["checkout"] }, threshold_operator: "below", threshold_count: 1 });
    const listed = await api.get(base);
    expect(listed.body.results.map((alert: { id: string }) => alert.id)[0]).toBe(third.body.id);
    const enabled = await api.patch(`${base}${draft.body.id}/`, { enabled: true, filters: { serviceNames: ["api"] }, name: "" });
    expect(enabled.body).toMatchObject({ enabled: true, name: "Untitled alert" });
    expect(enabled.body.first_enabled_at).toEqual(expect.any(String));
    expect((await api.delete(`${base}${first.body.id}/`)).status).toBe(204);
    expect((await api.get(`${base}${first.body.id}/`)).status).toBe(404);
  });

  it("refuses what LogsAlertConfigurationSerializer.validate refuses, in its words", async () => {
    expect((await post({ name: "x", filters: {} })).body).toMatchObject({ attr: "filters", detail: "At least one filter is required (severityLevels, serviceNames, or filterGroup)." });
    expect((await post({ name: "x", filters: [] })).body).toMatchObject({ attr: "filters", detail: "Must be a JSON object." });
    expect((await post({ name: "x", enabled: false, filters: { searchTerm: "boom" } })).body.attr).toBe("filters");
    expect((await post({ name: "x", filters: { severityLevels: ["error"] }, window_minutes: 7 })).body).toMatchObject({ attr: "window_minutes", detail: "Must be one of [5, 10, 15, 30, 60]." });
    expect((await post({ name: "x", filters: { severityLevels: ["error"] }, evaluation_periods: 2, datapoints_to_alarm: 3 })).body).toMatchObject({ attr: "datapoints_to_alarm", detail: "Cannot exceed evaluation_periods (3 > 2)." });
    expect((await post({ name: "x", filters: { severityLevels: ["error"] }, threshold_count: 0 })).body).toMatchObject({ attr: "threshold_count", code: "min_value" });
    expect((await post({ name: "x", filters: { severityLevels: ["error"] }, evaluation_periods: 11 })).body).toMatchObject({ attr: "evaluation_periods", code: "max_value" });
    expect((await post({ name: "x", filters: { severityLevels: ["error"] }, snooze_until: "2001-01-01T00:00:00Z" })).body).toMatchObject({ attr: "snooze_until", detail: "Must be a future datetime." });
    expect((await post({ name: "x".repeat(256), filters: { severityLevels: ["error"] } })).body).toMatchObject({ attr: "name", code: "max_length" });
  });

  it("caps a team at 20 alerts, and lists the Slack and webhook hog functions filtered on an alert as its destination types", async () => {
    const fresh = await startTestEmulator();
    try {
      const alerts = [];
      for (let i = 0; i < 20; i++) alerts.push((await fresh.post(base, { name: `a${i}`, filters: { severityLevels: ["error"] } })).body);
      const over = await fresh.post(base, { name: "one more", filters: { severityLevels: ["error"] } });
      expect(over.status).toBe(400);
      expect(over.body).toMatchObject({ attr: null, detail: "Maximum number of alerts (20) reached for this team." });
      const hook = await fresh.post("/api/projects/1/hog_functions/", { type: "internal_destination", template_id: "template-webhook", inputs: { url: { value: "https://example.com/hook" } }, filters: { events: [{ id: "$logs_alert_firing", type: "events" }], properties: [{ key: "alert_id", value: alerts[0].id, operator: "exact", type: "event" }] } });
      expect(hook.status).toBe(201);
      expect((await fresh.get(`${base}${alerts[0].id}/`)).body.destination_types).toEqual(["webhook"]);
      expect((await fresh.get(`${base}${alerts[1].id}/`)).body.destination_types).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it("makes a Slack destination's four functions from the request, names the channel, and soft-deletes a group again without complaint", async () => {
    const alert = (await post({ name: "Pager", filters: { severityLevels: ["error"] } })).body;
    const slack = await api.post(`${base}${alert.id}/destinations/`, { type: "slack", slack_workspace_id: 7, slack_channel_id: "C0123", slack_channel_name: "alerts" });
    expect(slack.status).toBe(201);
    const unnamed = await api.post(`${base}${alert.id}/destinations/`, { type: "slack", slack_workspace_id: 7, slack_channel_id: "C0999" });
    await api.post(`${base}${alert.id}/destinations/`, { type: "webhook", webhook_url: "https://example.com/h" });
    const fn = (await api.get(`/api/projects/1/hog_functions/${slack.body.hog_function_ids[0]}/`)).body;
    expect(fn).toMatchObject({ type: "internal_destination", enabled: true, name: "Logs alert — Pager (firing) → Slack #alerts", template: { id: "template-slack" }, inputs: { slack_workspace: { value: 7 }, channel: { value: "C0123" } } });
    expect((await api.get(`/api/projects/1/hog_functions/${unnamed.body.hog_function_ids[2]}/`)).body.name).toBe("Logs alert — Pager (auto-disabled) → Slack #channel");
    expect((await api.get(`${base}${alert.id}/`)).body.destination_types).toEqual(["slack", "webhook"]);
    const remove = (ids: string[]) => api.post(`${base}${alert.id}/destinations/delete/`, { hog_function_ids: ids });
    const ids: string[] = slack.body.hog_function_ids;
    expect((await remove([ids[0]!, ids[0]!])).body).toMatchObject({ detail: "One or more HogFunctions do not belong to this alert." });
    expect((await remove(ids)).status).toBe(204);
    expect((await remove(ids)).status).toBe(204);
    expect((await api.get(`/api/projects/1/hog_functions/${ids[0]}/`)).status).toBe(404);
    expect((await api.get(`${base}00000000-0000-0000-0000-000000000000/destinations/`)).status).toBe(405);
  });

  it("answers DRF's permission message while PostHog's logs-alerting flag is off", async () => {
    const gated = await startTestEmulator({ posthogFeatureFlags: { "logs-alerting": false } });
    try {
      expect((await gated.get(base)).body).toMatchObject({ code: "permission_denied", detail: "You do not have permission to perform this action." });
      expect((await gated.post(`${base}00000000-0000-0000-0000-000000000000/destinations/`, { type: "webhook" })).status).toBe(403);
      expect((await gated.get("/api/projects/1/logs/views/")).status).toBe(200);
    } finally {
      await gated.close();
    }
  });
});
