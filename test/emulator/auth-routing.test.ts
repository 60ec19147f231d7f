import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send, startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator({
    projects: [{ id: 1 }, { id: 2, name: "Second" }],
    keys: [
      { key: "phx_all", scopes: ["*"] },
      { key: "phx_legacy" },
      { key: "phx_flags_read", scopes: ["feature_flag:read"] },
      { key: "phx_flags_write", scopes: ["feature_flag:write"] },
      { key: "phx_project_two", scopes: ["*"], projectIds: [2] },
    ],
  });
});
afterAll(() => api.close());

describe("authentication", () => {
  it("accepts keys from the body and query string", async () => {
    expect((await api.get("/api/projects/1/dashboards/?personal_api_key=phx_all", { key: null })).status).toBe(200);
    expect((await api.post("/api/projects/1/dashboards/", { personal_api_key: "phx_all", name: "Via body" }, { key: null })).status).toBe(201);
  });
});

describe("scopes", () => {
  it("lets read scopes read but not write", async () => {
    expect((await api.get("/api/projects/1/feature_flags/", { key: "phx_flags_read" })).status).toBe(200);
    const denied = await api.post("/api/projects/1/feature_flags/", { key: "x" }, { key: "phx_flags_read" });
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({ type: "authentication_error", code: "permission_denied", detail: "API key missing required scope 'feature_flag:write'", attr: null });
  });

  it("lets write imply read, and scopes only cover their own object", async () => {
    expect((await api.get("/api/projects/1/feature_flags/", { key: "phx_flags_write" })).status).toBe(200);
    const other = await api.get("/api/projects/1/dashboards/", { key: "phx_flags_write" });
    expect(other.body.detail).toBe("API key missing required scope 'dashboard:read'");
  });

  it("allows everything to legacy keys without scopes", async () => {
    expect((await api.post("/api/projects/1/dashboards/", { name: "Legacy" }, { key: "phx_legacy" })).status).toBe(201);
  });

  it("enforces project restrictions", async () => {
    const denied = await api.get("/api/projects/1/dashboards/", { key: "phx_project_two" });
    expect(denied.status).toBe(403);
    expect(denied.body.detail).toBe("API key does not have access to the requested project: ID 1.");
    expect((await api.get("/api/projects/2/dashboards/", { key: "phx_project_two" })).status).toBe(200);
    const current = await api.get("/api/projects/@current/", { key: "phx_project_two" });
    expect(current.body.id).toBe(2);
  });
});

describe("routing", () => {
  it("treats the trailing slash as optional", async () => {
    expect((await api.get("/api/projects/1/dashboards", { key: "phx_all" })).status).toBe(200);
    expect((await api.get("/api/projects/1/dashboards/", { key: "phx_all" })).status).toBe(200);
  });

  it("404s unknown projects and non-integer project ids", async () => {
    const unknown = await api.get("/api/projects/99/dashboards/", { key: "phx_all" });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ type: "invalid_request", code: "not_found", detail: "Project not found.", attr: null });
    expect((await api.get("/api/projects/abc/dashboards/", { key: "phx_all" })).body.detail).toBe("Project not found.");
  });

  it("404s unknown paths before authenticating, and projects-only resources under environments", async () => {
    const unknown = await api.get("/api/projects/1/not_a_thing/", { key: null });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ type: "invalid_request", code: "not_found", detail: "Endpoint not found.", attr: null });
    for (const resource of ["feature_flags", "cohorts", "actions", "event_definitions", "experiments", "endpoints"]) {
      expect((await api.get(`/api/environments/1/${resource}/`, { key: "phx_all" })).body.detail).toBe("Endpoint not found.");
    }
    expect((await api.get("/api/environments/1/insights/", { key: "phx_all" })).status).toBe(200);
  });

  it("reports malformed JSON as a parse error", async () => {
    const response = await send(`${api.url}/api/projects/1/dashboards/`, "POST", undefined, { key: "phx_all", rawBody: "{oops" });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ type: "invalid_request", code: "parse_error", attr: null });
    expect(response.body.detail).toMatch(/^JSON parse error - /);
  });

  it("reports unsupported methods with method_not_allowed", async () => {
    const response = await api.request("PUT", "/api/projects/1/dashboards/", {}, { key: "phx_all" });
    expect(response.status).toBe(405);
    expect(response.body).toEqual({ type: "invalid_request", code: "method_not_allowed", detail: 'Method "PUT" not allowed.', attr: null });
  });
});
