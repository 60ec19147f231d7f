import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import type { JsonObject } from "../../src/core/json.js";
import type { Definition } from "../../src/core/model.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";
import { send, startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());
beforeEach(async () => {
  await send(`${api.url}/_emulator/reset`, "POST", undefined, { key: api.emulator.adminKey });
});

const questions = [{ type: "open", question: "Why?" }];
const action = (key: string, name: string): Definition => ({ kind: "actions", key, spec: { key, name, steps: [{ event: key }] } });
const survey = (actions: string[], spec: JsonObject = {}): Definition => ({
  kind: "surveys",
  key: "after-buy",
  spec: { key: "after-buy", name: "After buying", type: "popover", questions, conditions: { url: "/thanks", actions: actions.map((key) => ({ $ref: `actions/${key}` })) }, ...spec },
});
const surveyPatches = () => api.emulator.requests.filter((request) => request.method === "PATCH" && request.path.includes("/surveys/"));

describe("surveys: conditions.actions", () => {
  it("links the actions named by id, reads them back in ActionSerializer form, and unlinks them when a write has no conditions", async () => {
    const buy = (await api.post("/api/projects/1/actions/", { name: "Buy", steps: [{ event: "buy" }] })).body;
    const created = await api.post("/api/projects/1/surveys/", { name: "S", type: "popover", questions, conditions: { url: "/x", actions: { values: [{ id: buy.id, name: "stale" }, { id: 987654 }] } } });
    expect(created.status).toBe(201);
    expect(created.body.conditions.url).toBe("/x");
    expect(created.body.conditions.actions.values).toEqual([expect.objectContaining({ id: buy.id, name: "Buy", steps: [expect.objectContaining({ event: "buy" })] })]);
    const path = `/api/projects/1/surveys/${created.body.id}/`;
    expect((await api.get(path)).body.conditions.actions.values.map((value: JsonObject) => value.id)).toEqual([buy.id]);
    // `_associate_actions` runs on every update with the conditions sent, none here.
    expect((await api.patch(path, { name: "S2" })).body.conditions).toEqual({ url: "/x", actions: { values: [{ id: buy.id, name: "stale" }, { id: 987654 }] } });
    expect((await api.patch(path, { conditions: { url: "/x", actions: { values: [{ id: buy.id }] } } })).body.conditions.actions.values[0].name).toBe("Buy");
    expect((await api.patch(path, { conditions: { url: "/y" } })).body.conditions).toEqual({ url: "/y" });
  });

  it("converges linked actions by reference: apply then plan is a no-op, and adding or removing one plans an update sending the ids", async () => {
    const connection = emulatorConnection(api.url);
    const definitions = (keys: string[]) => [action("buy", "Buy"), action("refund", "Refund"), survey(keys)];
    await applyDefinitions(connection, definitions(["buy"]));
    expect(describeChanges(await planDefinitions(connection, definitions(["buy"])))).toEqual([]);
    const ids = Object.fromEntries(((await api.get("/api/projects/1/actions/")).body.results as JsonObject[]).map((row) => [row.name, row.id]));
    for (const keys of [["refund", "buy"], []]) {
      const plan = await planDefinitions(connection, definitions(keys));
      const step = plan.steps.find((candidate) => candidate.kind === "surveys");
      expect([step?.action, step?.changes.every((change) => change.path.startsWith("conditions"))]).toEqual(["update", true]);
      api.emulator.clearRequests();
      await applyDefinitions(connection, definitions(keys));
      const sent = surveyPatches().map((request) => (request.body as JsonObject).conditions);
      const expected = keys.length === 0 ? { url: "/thanks" } : { url: "/thanks", actions: { values: [{ id: ids.Buy }, { id: ids.Refund }] } };
      expect(JSON.stringify(sent)).toBe(JSON.stringify([expected]));
      expect(describeChanges(await planDefinitions(connection, definitions(keys)))).toEqual([]);
    }
  });

  it("refuses actions on an external survey, and a value that is not an action, before any request", () => {
    const problems = (definition: Definition) => buildDesiredState([action("buy", "Buy"), definition]).diagnostics.map((d) => `${d.field}: ${d.message}`);
    expect(problems(survey(["buy"], { type: "external_survey" }))).toEqual(["conditions: The following condition fields are not allowed for external surveys: url, actions"]);
    expect(problems(survey([], { conditions: { actions: [{ $ref: "feature-flags/buy" }] } }))[0]).toContain("expected a action, got a reference to feature-flags/buy");
  });
});
