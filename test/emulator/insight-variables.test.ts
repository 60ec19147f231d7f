import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Definition } from "../../src/core/model.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

const variable = (name: string, extra: Record<string, unknown> = {}): Definition => ({ kind: "insight-variables", key: "plan_tier", spec: { key: "plan_tier", name, type: "List", values: ["free", "pro"], defaultValue: "free", ...extra } });
const sqlInsight = (value?: string): Definition => ({
  kind: "insights",
  key: "by-plan",
  spec: {
    key: "by-plan",
    name: "Signups by plan",
    query: {
      kind: "DataVisualizationNode",
      source: { kind: "HogQLQuery", query: "select count() from events where properties.plan = {variables.plan_tier}", variables: [value === undefined ? { $ref: "insight-variables/plan_tier" } : { variable: { $ref: "insight-variables/plan_tier" }, value }] },
    },
  },
});

describe("insight variables", () => {
  it("creates the variable first, stores the query's variables by the variable's id, and plans nothing after", async () => {
    const connection = emulatorConnection(api.url);
    api.emulator.clearRequests();
    await applyDefinitions(connection, [sqlInsight("pro"), variable("Plan tier")]);
    const writes = api.emulator.requests.filter((request) => request.method === "POST");
    expect(writes.map((request) => request.path)).toEqual(["/api/projects/1/insight_variables/", "/api/projects/1/insights/"]);
    const live = (await api.get("/api/projects/1/insight_variables/")).body.results[0];
    expect(live).toMatchObject({ code_name: "plan_tier", name: "Plan tier", values: ["free", "pro"], default_value: "free", is_multi: false });
    const insight = (await api.get("/api/projects/1/insights/")).body.results.find((row: { name: string }) => row.name === "Signups by plan");
    expect(insight.query.source.variables).toEqual({ [live.id]: { code_name: "plan_tier", variableId: live.id, value: "pro" } });
    expect(describeChanges(await planDefinitions(connection, [sqlInsight("pro"), variable("Plan tier")]))).toEqual([]);
  });

  it("keeps the code name on a rename, creates a variable whose name derives another code name under its key, and never deletes one", async () => {
    const connection = emulatorConnection(api.url);
    await applyDefinitions(connection, [sqlInsight(), variable("Customer plan")]);
    const live = (await api.get("/api/projects/1/insight_variables/")).body.results;
    expect(live.map((row: { code_name: string; name: string }) => [row.code_name, row.name])).toEqual([["plan_tier", "Customer plan"]]);
    const fresh: Definition = { kind: "insight-variables", key: "min_amount", spec: { key: "min_amount", name: "Smallest order", type: "Number", defaultValue: 10 } };
    await applyDefinitions(connection, [sqlInsight(), variable("Customer plan"), fresh]);
    const made = (await api.get("/api/projects/1/insight_variables/")).body.results.find((row: { code_name: string }) => row.code_name === "min_amount");
    expect(made).toMatchObject({ name: "Smallest order", default_value: 10, values: null });
    expect(describeChanges(await planDefinitions(connection, [sqlInsight(), variable("Customer plan"), fresh]))).toEqual([]);
    const { plan } = await applyDefinitions(connection, [], { prune: true });
    expect(plan.steps.filter((step) => step.kind === "insight-variables")).toEqual([]);
    expect((await api.get("/api/projects/1/insight_variables/")).body.count).toBe(2);
  });

  it("coerces List values and defaults to strings, refuses objects among them, refuses a second variable with the same code name, and pages by number", async () => {
    const created = await api.post("/api/projects/1/insight_variables/", { name: "Region!", type: "List", values: [1, true, null, "eu"], default_value: 2 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code_name: "region", values: ["1", "true", "eu"], default_value: "2", is_multi: false });
    const multi = await api.post("/api/projects/1/insight_variables/", { name: "Regions", type: "List", is_multi: true });
    expect(multi.body).toMatchObject({ default_value: [], values: [] });
    const refused = await api.post("/api/projects/1/insight_variables/", { name: "Bad", type: "List", values: [{ a: 1 }] });
    expect(refused.body).toMatchObject({ attr: "values", detail: "List variable values must be strings or numbers (got an object at index 0). Enter each value as plain text or a number." });
    const duplicate = await api.post("/api/projects/1/insight_variables/", { name: "region", type: "String" });
    expect(duplicate.body).toMatchObject({ attr: null, detail: "Variable with this code name already exists" });
    const other = await api.post("/api/projects/1/insight_variables/", { name: "Plain", type: "String", is_multi: true, values_query: "select 1" });
    expect(other.body).toMatchObject({ is_multi: false, values_query: null });
    // Served under /api/environments/ too, as PostHog's web app calls it, 500 a page by page number.
    const listed = await api.get("/api/environments/1/insight_variables/?page=1");
    expect(listed.body).toMatchObject({ count: 5, next: null, previous: null });
    expect((await api.get("/api/environments/1/insight_variables/?page=2")).body.detail).toBe("Invalid page.");
  });
});
