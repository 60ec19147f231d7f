import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator({ projects: [{ id: 7, name: "Seven" }] });
});
afterAll(() => api.close());

describe("project settings", () => {
  it("reads the same project under /api/projects and /api/environments", async () => {
    const project = await api.get("/api/projects/7/");
    expect(project.status).toBe(200);
    expect(project.body).toMatchObject({ id: 7, project_id: 7, name: "Seven", timezone: "UTC", session_recording_opt_in: false, cookieless_server_hash_mode: 0 });
    expect(project.body.api_token).toMatch(/^phc_/);
    const environment = await api.get("/api/environments/7");
    expect(environment.body.uuid).toBe(project.body.uuid);
  });

  it("patches known settings, ignores unknown keys and validates values", async () => {
    const patched = await api.patch("/api/environments/7/", { heatmaps_opt_in: true, app_urls: ["https://app.example.com", null], not_a_setting: 1 });
    expect(patched.body).toMatchObject({ heatmaps_opt_in: true, app_urls: ["https://app.example.com"] });
    expect(patched.body).not.toHaveProperty("not_a_setting");
    expect((await api.get("/api/projects/7/")).body.heatmaps_opt_in).toBe(true);
    const badMode = await api.patch("/api/projects/7/", { cookieless_server_hash_mode: 5 });
    expect(badMode.body).toMatchObject({ code: "invalid_choice", attr: "cookieless_server_hash_mode" });
    const badMask = await api.patch("/api/projects/7/", { session_recording_masking_config: { maskEverything: true } });
    expect(badMask.body.attr).toBe("session_recording_masking_config");
    expect((await api.patch("/api/projects/7/", { timezone: "Mars/Base" })).body.code).toBe("invalid_choice");
  });

  it("requires project:write to patch", async () => {
    const readOnly = await startTestEmulator({ projects: [{ id: 7 }], keys: [{ key: "phx_read", scopes: ["project:read"] }] });
    try {
      expect((await readOnly.get("/api/projects/7/", { key: "phx_read" })).status).toBe(200);
      const denied = await readOnly.patch("/api/projects/7/", { heatmaps_opt_in: true }, { key: "phx_read" });
      expect(denied.body).toEqual({ type: "authentication_error", code: "permission_denied", detail: "API key missing required scope 'project:write'", attr: null });
    } finally {
      await readOnly.close();
    }
  });
});
