import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { send, startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());
beforeEach(() => api.emulator.clearRequests());

describe("fault injection", () => {
  it("fails the next matching request once, then recovers", async () => {
    api.emulator.injectFault({ method: "GET", path: "/dashboards/?$", status: 503 });
    expect((await api.get("/api/projects/1/insights/")).status).toBe(200);
    const failed = await api.get("/api/projects/1/dashboards/");
    expect(failed.status).toBe(503);
    expect(failed.body).toEqual({ type: "server_error", code: "error", detail: "A server error occurred.", attr: null });
    expect((await api.get("/api/projects/1/dashboards/")).status).toBe(200);
  });

  it("repeats a fault `times` times and supports 429 with Retry-After and custom bodies", async () => {
    api.emulator.injectFault({ path: "feature_flags", status: 429, retryAfter: 2, times: 2 });
    const first = await api.get("/api/projects/1/feature_flags/");
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("2");
    expect(first.body.detail).toBe("Request was throttled. Expected available in 2 seconds.");
    expect((await api.get("/api/projects/1/feature_flags/")).status).toBe(429);
    expect((await api.get("/api/projects/1/feature_flags/")).status).toBe(200);

    api.emulator.injectFault({ method: "POST", status: 400, body: { type: "validation_error", code: "custom", detail: "Nope", attr: "name" } });
    expect((await api.post("/api/projects/1/dashboards/", { name: "x" })).body).toEqual({ type: "validation_error", code: "custom", detail: "Nope", attr: "name" });
  });

  it("drops the connection when asked", async () => {
    api.emulator.injectFault({ path: "dashboards", status: 500, dropConnection: true });
    await expect(fetch(`${api.url}/api/projects/1/dashboards/`, { headers: { Authorization: "Bearer phx_emulator" } })).rejects.toThrow();
    expect((await api.get("/api/projects/1/dashboards/")).status).toBe(200);
    expect(api.emulator.requests[0]).toMatchObject({ method: "GET", path: "/api/projects/1/dashboards/", status: 0 });
  });

  it("records every API request with its body, status and response, but not control calls", async () => {
    const created = await api.post("/api/projects/1/dashboards/?x=1", { name: "Recorded" });
    await send(`${api.url}/_emulator/requests`, "GET", undefined, { key: api.emulator.adminKey });
    expect(api.emulator.requests).toEqual([{ method: "POST", path: "/api/projects/1/dashboards/", query: "x=1", body: { name: "Recorded" }, status: 201, response: created.body }]);
  });

  it("exposes the same controls over HTTP", async () => {
    const injected = await send(`${api.url}/_emulator/faults`, "POST", { path: "actions", status: 502 }, { key: api.emulator.adminKey });
    expect(injected.status).toBe(204);
    expect((await api.get("/api/projects/1/actions/")).status).toBe(502);
    const recorded = await send(`${api.url}/_emulator/requests`, "GET", undefined, { key: api.emulator.adminKey });
    expect(recorded.body).toEqual([expect.objectContaining({ path: "/api/projects/1/actions/", status: 502 })]);
    expect((await send(`${api.url}/_emulator/requests`, "DELETE", undefined, { key: api.emulator.adminKey })).status).toBe(204);
    expect(api.emulator.requests).toEqual([]);
    const invalid = await send(`${api.url}/_emulator/faults`, "POST", { status: "oops" }, { key: api.emulator.adminKey });
    expect(invalid.status).toBe(400);
  });

  it("resets state over HTTP", async () => {
    await api.post("/api/projects/1/dashboards/", { name: "Before reset" });
    expect((await send(`${api.url}/_emulator/reset`, "POST", undefined, { key: api.emulator.adminKey })).status).toBe(204);
    expect((await api.get("/api/projects/1/dashboards/")).body.count).toBe(0);
  });

  it("rolls back partial changes when a request fails", async () => {
    const dashboard = (await api.post("/api/projects/1/dashboards/", { name: "Atomic" })).body;
    const failed = await api.patch(`/api/projects/1/dashboards/${dashboard.id}/`, { name: "Changed", tiles: [{ text: { body: "x".repeat(5000) } }] });
    expect(failed.status).toBe(400);
    expect((await api.get(`/api/projects/1/dashboards/${dashboard.id}/`)).body.name).toBe("Atomic");
  });
});
