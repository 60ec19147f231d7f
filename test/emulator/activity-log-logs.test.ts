import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;
const log = (query: string) => api.get(`/api/projects/1/activity_log/${query}`);
const SELF = { first_name: "Emulator", email: "emulator@posthog.local" };

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

describe("activity log: logs alerts and sampling rules", () => {
  it("logs an alert through handle_logs_alert_activity: created with [], updated with changes_between over its fields, a delete not at all", async () => {
    const base = "/api/projects/1/logs/alerts/";
    const alert = await api.post(base, { name: "Errors", enabled: false, filters: { severityLevels: ["error"] } });
    expect(alert.status).toBe(201);
    const id = String(alert.body.id);
    expect((await api.patch(`${base}${id}/`, { threshold_count: 50 })).status).toBe(200);
    // Nothing changes: changes_between finds nothing and log_activity drops the empty `updated`.
    expect((await api.patch(`${base}${id}/`, { threshold_count: 50 })).status).toBe(200);
    // Enabling also stamps first_enabled_at: the model's own fields are compared, not the request's.
    expect((await api.patch(`${base}${id}/`, { enabled: true })).status).toBe(200);
    expect((await api.delete(`${base}${id}/`)).status).toBe(204);

    const entries = (await log(`?scope=LogsAlertConfiguration&item_id=${id}`)).body.results;
    expect(entries.map((entry: any) => entry.activity)).toEqual(["updated", "updated", "created"]);
    expect(entries[2]).toMatchObject({ scope: "LogsAlertConfiguration", item_id: id, user: expect.objectContaining(SELF), is_system: false });
    expect(entries[2].detail).toEqual({ name: "Errors", short_id: null, type: null, changes: [], trigger: null, context: null });
    expect(entries[1].detail.changes).toEqual([{ type: "LogsAlertConfiguration", action: "changed", field: "threshold_count", before: 100, after: 50 }]);
    expect(entries[0].detail.changes).toEqual([
      { type: "LogsAlertConfiguration", action: "changed", field: "enabled", before: false, after: true },
      { type: "LogsAlertConfiguration", action: "created", field: "first_enabled_at", before: null, after: expect.any(String) },
    ]);
  });

  it("logs nothing for an alert's destinations action, which saves hog functions, not the alert", async () => {
    const alert = await api.post("/api/projects/1/logs/alerts/", { name: "Paged", filters: { serviceNames: ["api"] } });
    const id = String(alert.body.id);
    const destination = await api.post(`/api/projects/1/logs/alerts/${id}/destinations/`, { type: "webhook", webhook_url: "https://example.com/hook" });
    expect(destination.status).toBe(201);
    expect((await log(`?scope=LogsAlertConfiguration&item_id=${id}`)).body.results.map((entry: any) => entry.activity)).toEqual(["created"]);
  });

  it("logs a sampling rule through handle_logs_sampling_rule_activity, without the version perform_update bumps after the save", async () => {
    const base = "/api/projects/1/logs/sampling_rules/";
    const rule = await api.post(base, { name: "Drop health checks", rule_type: "path_drop", config: { patterns: ["^/health"] } });
    expect(rule.status).toBe(201);
    const id = String(rule.body.id);
    const updated = await api.patch(`${base}${id}/`, { enabled: true, scope_service: "api" });
    expect(updated.body.version).toBe(2);
    // The version still goes up, but the save it is not part of changes nothing, so nothing is logged.
    expect((await api.patch(`${base}${id}/`, { enabled: true })).body.version).toBe(3);
    expect((await api.delete(`${base}${id}/`)).status).toBe(204);

    const entries = (await log(`?scope=LogsExclusionRule&item_id=${id}`)).body.results;
    expect(entries.map((entry: any) => entry.activity)).toEqual(["updated", "created"]);
    expect(entries[1].detail).toMatchObject({ name: "Drop health checks", changes: [] });
    expect(entries[0].detail.changes).toEqual([
      { type: "LogsExclusionRule", action: "changed", field: "enabled", before: false, after: true },
      { type: "LogsExclusionRule", action: "created", field: "scope_service", before: null, after: "api" },
    ]);
  });

  it("logs no write the request refuses", async () => {
    const refused = await api.post("/api/projects/1/logs/sampling_rules/", { name: "cap", rule_type: "rate_limit", config: {} });
    expect(refused.status).toBe(400);
    const before = (await log("?scopes=LogsExclusionRule,LogsAlertConfiguration")).body.results.length;
    expect((await api.post("/api/projects/1/logs/alerts/", { name: "x", filters: {} })).status).toBe(400);
    expect((await log("?scopes=LogsExclusionRule,LogsAlertConfiguration")).body.results).toHaveLength(before);
  });
});
