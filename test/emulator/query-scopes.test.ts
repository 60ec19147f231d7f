import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, keys: [{ key: "phx_reads", scopes: ["query:read", "feature_flag:read"] }], persons: [{ count: 3, properties: { plan: "pro" } }] });
});
afterAll(() => emulator.close());

const post = (path: string, body: unknown) =>
  fetch(`${emulator.url}/api/projects/1/${path}`, { method: "POST", headers: { authorization: "Bearer phx_reads", "content-type": "application/json" }, body: JSON.stringify(body) });

describe("emulator: POSTs PostHog scopes as reads", () => {
  it("serves the query API with query:read and user_blast_radius with feature_flag:read, and changes nothing", async () => {
    const metadata = await post("query/", { query: { kind: "HogQLMetadata", language: "hogQL", query: "select 1" } });
    expect(metadata.status).toBe(200);
    const radius = await post("feature_flags/user_blast_radius/", { condition: {} });
    expect(radius.status).toBe(200);
    expect(await radius.json()).toEqual({ affected: 3, total: 3 });
    const create = await post("feature_flags/", { key: "x", filters: { groups: [{ rollout_percentage: 1 }] } });
    expect(create.status).toBe(403);
    expect(((await create.json()) as { detail: string }).detail).toBe("API key missing required scope 'feature_flag:write'");
  });

  it("answers only the HogQLMetadata kind, and refuses an unknown language", async () => {
    const trends = await post("query/", { query: { kind: "TrendsQuery", series: [] } });
    expect(trends.status).toBe(400);
    const language = await post("query/", { query: { kind: "HogQLMetadata", language: "sql", query: "select 1" } });
    expect(language.status).toBe(400);
    expect(((await language.json()) as { attr: string }).attr).toBe("query");
  });
});
