import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

const post = (body: unknown) => api.post("/api/projects/1/logs/sampling_rules/", body);

describe("logs sampling rules", () => {
  it("appends a rule without a priority after the highest one (Max or -1, so a highest 0 appends at 0), disabled, at version 1, and counts each update", async () => {
    const first = await post({ name: "Drop health checks", rule_type: "path_drop", config: { patterns: ["^/health"] } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ priority: 0, enabled: false, version: 1, scope_service: null, scope_attribute_filters: [], created_by: 1 });
    expect((await post({ name: "Second", rule_type: "severity_sampling", config: { actions: {} } })).body.priority).toBe(0);
    expect((await post({ name: "Third", rule_type: "severity_sampling", config: {}, priority: 5 })).body.priority).toBe(5);
    expect((await post({ name: "Fourth", rule_type: "severity_sampling", config: {} })).body.priority).toBe(6);
    const updated = await api.patch(`/api/projects/1/logs/sampling_rules/${first.body.id}/`, { enabled: true });
    expect(updated.body).toMatchObject({ enabled: true, version: 2, config: { patterns: ["^/health"] } });
    const listed = await api.get("/api/projects/1/logs/sampling_rules/");
    expect(listed.body.results.map((rule: { name: string }) => rule.name)).toEqual(["Drop health checks", "Second", "Third", "Fourth"]);
    expect((await api.delete(`/api/projects/1/logs/sampling_rules/${first.body.id}/`)).status).toBe(204);
    expect((await api.get(`/api/projects/1/logs/sampling_rules/${first.body.id}/`)).status).toBe(404);
  });

  it("refuses rate limits and path drops PostHog refuses, in its words", async () => {
    const rate = (config: unknown) => post({ name: "cap", rule_type: "rate_limit", config });
    expect((await rate({})).body).toMatchObject({ attr: "config", detail: "rate_limit rules require either `logs_per_second` or `kb_per_second`." });
    expect((await rate({ logs_per_second: 10, kb_per_second: 10 })).body.detail).toBe("Set either `logs_per_second` or `kb_per_second` on a rate_limit rule, not both.");
    expect((await rate({ logs_per_second: 0 })).body).toMatchObject({ attr: "config__logs_per_second", detail: "Must be between 1 and 1000000 logs/sec inclusive." });
    expect((await rate({ kb_per_second: 10, burst_kb: 5 })).body).toMatchObject({ attr: "config__burst_kb", detail: "Must be greater than or equal to kb_per_second." });
    expect((await rate({ logs_per_second: 10, filter_group: { type: "AND", values: [] } })).body.attr).toBe("config__filter_group");
    expect((await post({ name: "drop", rule_type: "path_drop", config: [] })).body.detail).toBe("path_drop rules require config to be a JSON object.");
    expect((await post({ name: "drop", rule_type: "path_drop", config: {}, scope_attribute_filters: [{ key: "a" }] })).body).toMatchObject({ attr: "scope_attribute_filters__0", detail: "Each filter must include key and op." });
    expect((await post({ name: "x".repeat(256), rule_type: "path_drop", config: {} })).body).toMatchObject({ attr: "name", code: "max_length" });
  });

  it("answers DRF's permission message while PostHog's logs-settings-drop-rules flag is off", async () => {
    const gated = await startTestEmulator({ posthogFeatureFlags: { "logs-settings-drop-rules": false } });
    try {
      expect((await gated.get("/api/projects/1/logs/sampling_rules/")).body).toMatchObject({ code: "permission_denied", detail: "You do not have permission to perform this action." });
      expect((await gated.get("/api/projects/1/logs/views/")).status).toBe(200);
    } finally {
      await gated.close();
    }
  });
});
