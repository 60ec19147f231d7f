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
});
