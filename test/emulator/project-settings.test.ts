import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator({ projects: [{ id: 7, name: "Seven" }] });
});
afterAll(() => api.close());

describe("project settings", () => {
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

  it("serves the environment under /api/projects/{id}/environments/{id}/, the path the OpenAPI description names", async () => {
    const environment = await api.get("/api/projects/7/environments/7/");
    expect(environment.body).toMatchObject({ id: 7, feature_flag_policy_config: { require_tags: false } });
    expect((await api.get("/api/projects/7/environments/8/")).status).toBe(404);
    expect((await api.get("/api/projects/7/environments/")).body.results.map((team: { id: number }) => team.id)).toEqual([7]);
    expect((await api.patch("/api/projects/7/environments/7/", { anonymize_ips: true })).body.anonymize_ips).toBe(true);
    expect((await api.get("/api/environments/7/")).body.anonymize_ips).toBe(true);
  });

  it("keeps feature_flag_policy_config on the environment routes only", async () => {
    expect((await api.get("/api/projects/7/")).body).not.toHaveProperty("feature_flag_policy_config");
    const ignored = await api.patch("/api/projects/7/", { feature_flag_policy_config: { require_tags: true } });
    expect(ignored.status).toBe(200);
    expect((await api.get("/api/environments/7/")).body.feature_flag_policy_config).toEqual({ require_tags: false });
    const stored = await api.patch("/api/environments/7/", { feature_flag_policy_config: { require_tags: true } });
    expect(stored.body.feature_flag_policy_config).toEqual({ require_tags: true });
    await api.patch("/api/environments/7/", { feature_flag_policy_config: { require_tags: false } });
  });

  it("stores session_recording_sample_rate as a two-place decimal string", async () => {
    expect((await api.patch("/api/environments/7/", { session_recording_sample_rate: 0.1 })).body.session_recording_sample_rate).toBe("0.10");
    expect((await api.patch("/api/environments/7/", { session_recording_sample_rate: "1" })).body.session_recording_sample_rate).toBe("1.00");
    const precise = await api.patch("/api/environments/7/", { session_recording_sample_rate: "0.125" });
    expect(precise.body).toMatchObject({ attr: "session_recording_sample_rate", code: "max_decimal_places", detail: "Ensure that there are no more than 2 decimal places." });
    expect((await api.patch("/api/environments/7/", { session_recording_sample_rate: "12.5" })).body.code).toBe("max_whole_digits");
    expect((await api.patch("/api/environments/7/", { session_recording_sample_rate: "0.05" })).body.session_recording_sample_rate).toBe("0.05");
    expect((await api.patch("/api/environments/7/", { session_recording_sample_rate: 1.5 })).body).toMatchObject({ code: "max_value", detail: "Ensure this value is less than or equal to 1." });
    expect((await api.patch("/api/environments/7/", { session_recording_sample_rate: "often" })).body.detail).toBe("A valid number is required.");
    expect((await api.patch("/api/environments/7/", { session_recording_sample_rate: null })).body.session_recording_sample_rate).toBeNull();
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
