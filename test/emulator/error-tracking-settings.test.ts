import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator({
    projects: [{ id: 7, name: "Seven" }, { id: 8, name: "Eight" }],
    keys: [
      { key: "phx_all", scopes: ["*"] },
      { key: "phx_read", scopes: ["error_tracking:read"] },
      { key: "phx_flags", scopes: ["feature_flag:write"] },
    ],
  });
});
afterAll(() => api.close());

const read = (project: number, key = "phx_all") => api.get(`/api/projects/${project}/error_tracking/settings/retrieve_settings/`, { key });
const update = (project: number, body: unknown, key = "phx_all") => api.patch(`/api/environments/${project}/error_tracking/settings/update_settings/`, body, { key });

describe("error tracking settings", () => {
  it("keeps one row per project: a read stores nothing, an update only what it sends", async () => {
    expect((await read(8)).body).toEqual({ project_rate_limit_value: null, project_rate_limit_bucket_size_minutes: null, per_issue_rate_limit_value: null, per_issue_rate_limit_bucket_size_minutes: null });
    expect(api.emulator.requests.at(-1)?.status).toBe(200);
    await update(7, { per_issue_rate_limit_value: 10, per_issue_rate_limit_bucket_size_minutes: 5 });
    await update(7, { per_issue_rate_limit_value: null });
    expect((await read(7)).body).toMatchObject({ per_issue_rate_limit_value: null, per_issue_rate_limit_bucket_size_minutes: 5 });
    expect((await read(8)).body.per_issue_rate_limit_bucket_size_minutes).toBeNull();
  });

  it("leaves the row as it was when one field of an update is refused", async () => {
    await update(7, { project_rate_limit_value: 100 });
    const refused = await update(7, { project_rate_limit_value: 200, project_rate_limit_bucket_size_minutes: -1 });
    expect(refused.body).toMatchObject({ attr: "project_rate_limit_bucket_size_minutes", code: "min_value" });
    expect((await read(7)).body.project_rate_limit_value).toBe(100);
    expect((await update(7, { project_rate_limit_value: true })).body).toMatchObject({ attr: "project_rate_limit_value", code: "invalid_input" });
  });

  it("needs the error_tracking scope: read for retrieve_settings, write for update_settings", async () => {
    expect((await read(7, "phx_read")).status).toBe(200);
    const denied = await update(7, { project_rate_limit_value: 5 }, "phx_read");
    expect(denied.status).toBe(403);
    expect(denied.body.detail).toBe("API key missing required scope 'error_tracking:write'");
    expect((await read(7, "phx_flags")).body.detail).toBe("API key missing required scope 'error_tracking:read'");
  });

  it("routes nothing else under error_tracking/", async () => {
    expect((await api.get("/api/projects/7/error_tracking/issues/", { key: "phx_all" })).status).toBe(404);
    expect((await api.get("/api/projects/7/error_tracking/", { key: "phx_all" })).status).toBe(404);
  });
});
