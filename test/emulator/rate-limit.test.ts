import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator({
    keys: [{ key: "phx_emulator", scopes: ["*"] }, { key: "phx_other", scopes: ["*"] }],
    rateLimits: { burstPerMinute: 3, sustainedPerHour: 100, clickhouseBurstPerMinute: 2, clickhouseSustainedPerHour: 100 },
  });
});
afterAll(() => api.close());

describe("rate limits", () => {
  it("throttles per key with Retry-After and DRF's wording", async () => {
    for (let index = 0; index < 3; index += 1) expect((await api.get("/api/projects/1/dashboards/")).status).toBe(200);
    const throttled = await api.get("/api/projects/1/dashboards/");
    expect(throttled.status).toBe(429);
    const retryAfter = Number(throttled.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(59);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(throttled.body).toEqual({ type: "throttled_error", code: "throttled", detail: `Request was throttled. Expected available in ${retryAfter} seconds.`, attr: null });
    expect((await api.get("/api/projects/1/dashboards/", { key: "phx_other" })).status).toBe(200);
  });

  it("counts insights against the separate ClickHouse budget", async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 3; index += 1) statuses.push((await api.get("/api/projects/1/insights/", { key: "phx_other" })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it("can be disabled", async () => {
    const unlimited = await startTestEmulator({ rateLimits: false });
    try {
      for (let index = 0; index < 20; index += 1) expect((await unlimited.get("/api/projects/1/dashboards/")).status).toBe(200);
    } finally {
      await unlimited.close();
    }
  });
});
