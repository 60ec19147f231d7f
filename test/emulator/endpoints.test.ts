import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;
const base = "/api/projects/1/endpoints";
const hogql = { kind: "HogQLQuery", query: "select count() from events" };

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

describe("endpoints", () => {
  it("creates an endpoint at version 1, addressed by name", async () => {
    const response = await api.post(`${base}/`, { name: "daily-signups", query: hogql, description: "Signups" });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: "daily-signups",
      description: "Signups",
      query: hogql,
      is_active: true,
      current_version: 1,
      versions_count: 1,
      data_freshness_seconds: 86400,
      endpoint_path: "/api/projects/1/endpoints/daily-signups/run",
    });
    expect(response.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body.url).toBe(`${api.url}/api/projects/1/endpoints/daily-signups/run`);
    expect((await api.get(`${base}/daily-signups/`)).body.id).toBe(response.body.id);
  });

  it("validates names, queries, variables and freshness", async () => {
    expect((await api.post(`${base}/`, { name: "x" })).body).toMatchObject({ attr: "query", detail: "This field is required." });
    const badName = await api.post(`${base}/`, { name: "1bad", query: hogql });
    expect(badName.body.detail).toBe("Invalid name '1bad'. Must start with a letter, contain only alphanumeric characters, hyphens, or underscores, and be between 1 and 128 characters long.");
    const variables = await api.post(`${base}/`, { name: "vars", query: { kind: "HogQLQuery", query: "select {variables.since}" } });
    expect(variables.body.detail).toContain("Query references undefined variable(s): since.");
    const freshness = await api.post(`${base}/`, { name: "fresh", query: hogql, data_freshness_seconds: 60 });
    expect(freshness.body.attr).toBe("data_freshness_seconds");
    await api.post(`${base}/`, { name: "taken", query: hogql });
    expect((await api.post(`${base}/`, { name: "taken", query: hogql })).body.detail).toBe("An endpoint with this name already exists for this team.");
  });

  it("creates a new version when the query changes", async () => {
    await api.post(`${base}/`, { name: "versioned", query: hogql });
    const same = await api.patch(`${base}/versioned/`, { query: hogql, description: "Same query" });
    expect(same.body).toMatchObject({ current_version: 1, description: "Same query" });
    const changed = await api.patch(`${base}/versioned/`, { query: { kind: "HogQLQuery", query: "select 2" } });
    expect(changed.body).toMatchObject({ current_version: 2, versions_count: 2, description: "Same query" });
    const targeted = await api.patch(`${base}/versioned/?version=1`, { query: hogql });
    expect(targeted.body.detail).toBe("Cannot change query when targeting a specific version. Query changes create a new version.");
  });

  it("lists paginated and soft-deletes with 204, freeing the name", async () => {
    await api.post(`${base}/`, { name: "temporary", query: hogql });
    const list = await api.get(`${base}/`);
    expect(list.body).toMatchObject({ count: list.body.results.length, next: null, previous: null });
    expect(list.body.results.map((endpoint: { name: string }) => endpoint.name)).toContain("temporary");
    const removed = await api.delete(`${base}/temporary/`);
    expect(removed.status).toBe(204);
    expect((await api.get(`${base}/temporary/`)).status).toBe(404);
    expect((await api.post(`${base}/`, { name: "temporary", query: hogql })).status).toBe(201);
  });
});
