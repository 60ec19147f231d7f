import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;
let gated: TestApi;

beforeAll(async () => {
  api = await startTestEmulator({ keys: [{ key: "phx_all", scopes: ["*"] }, { key: "phx_flags", scopes: ["feature_flag:write"] }] });
  gated = await startTestEmulator({ posthogFeatureFlags: { "logs-saved-views": false }, keys: [{ key: "phx_all", scopes: ["*"] }] });
});
afterAll(async () => {
  await api.close();
  await gated.close();
});

const key = { key: "phx_all" };

describe("logs views", () => {
  it("creates a view with an 8-character short_id, addresses it by that, and deletes it for good", async () => {
    const created = await api.post("/api/projects/1/logs/views/", { name: "  Errors  ", filters: { severityLevels: ["error"] } }, key);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Errors", filters: { severityLevels: ["error"] }, columns: null, pinned: false, created_by: { email: "emulator@posthog.local" } });
    expect(created.body.short_id).toMatch(/^[A-Za-z0-9]{8}$/);
    expect((await api.get(`/api/projects/1/logs/views/${created.body.id}/`, key)).status).toBe(404);
    const patched = await api.patch(`/api/projects/1/logs/views/${created.body.short_id}/`, { pinned: true, columns: [{ id: "c1", type: "custom", expression: " attributes.user " }] }, key);
    expect(patched.body).toMatchObject({ pinned: true, filters: { severityLevels: ["error"] }, columns: [{ id: "c1", type: "custom", expression: "attributes.user" }] });
    expect((await api.patch(`/api/projects/1/logs/views/${created.body.short_id}/`, { columns: null }, key)).body.columns).toBeNull();
    expect((await api.delete(`/api/projects/1/logs/views/${created.body.short_id}/`, key)).status).toBe(204);
    expect((await api.get(`/api/projects/1/logs/views/${created.body.short_id}/`, key)).status).toBe(404);
  });

  it("refuses what LogsViewSerializer refuses", async () => {
    const post = (body: unknown) => api.post("/api/projects/1/logs/views/", body, key);
    expect((await post({})).body).toMatchObject({ attr: "name", code: "required" });
    expect((await post({ name: "x".repeat(401) })).body).toMatchObject({ attr: "name", code: "max_length" });
    expect((await post({ name: "v", filters: [] })).body).toMatchObject({ attr: "filters", code: "not_a_dict" });
    expect((await post({ name: "v", columns: [{ id: "c", type: "custom" }] })).body).toMatchObject({ attr: "columns__0__expression", detail: "Custom columns require an expression." });
    expect((await post({ name: "v", columns: [{ id: "c", type: "level", width: 2001 }] })).body).toMatchObject({ attr: "columns__0__width", code: "max_value" });
    expect((await post({ name: "v", columns: [{ id: "c", type: "bogus" }] })).body).toMatchObject({ attr: "columns__0__type", code: "invalid_choice" });
  });

  it("needs the logs scope, and answers DRF's permission message while PostHog's logs-saved-views flag is off", async () => {
    expect((await api.get("/api/projects/1/logs/views/", { key: "phx_flags" })).body.detail).toBe("API key missing required scope 'logs:read'");
    for (const [method, path] of [["GET", "/api/projects/1/logs/views/"], ["POST", "/api/projects/1/logs/views/"], ["DELETE", "/api/projects/1/logs/views/abc/"]] as const) {
      const refused = await gated.request(method, path, method === "POST" ? { name: "v" } : undefined, key);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: "permission_denied", detail: "You do not have permission to perform this action." });
    }
    expect(gated.emulator.requests.every((request) => request.status === 403)).toBe(true);
  });
});
