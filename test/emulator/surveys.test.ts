import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/core/json.js";
import type { Definition } from "../../src/core/model.js";
import { readInventory } from "../../src/core/pull.js";
import { connect } from "../../src/engine/project.js";
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

const flag: Definition = { kind: "feature-flags", key: "beta-users", spec: { key: "beta-users", filters: { groups: [{ rollout_percentage: 50 }], multivariate: { variants: [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }] } } } };
const questions: JsonObject[] = [
  { type: "rating", question: "How likely are you to recommend us?", display: "number", scale: 10, isNpsQuestion: true, branching: { type: "response_based", responseValues: { detractors: 1, passives: "end", promoters: "end" } } },
  { type: "open", question: "What should we improve?" },
];
const survey = (spec: JsonObject = {}): Definition => ({ kind: "surveys", key: "nps", spec: { key: "nps", name: "NPS", type: "popover", questions, linkedFlag: { $ref: "feature-flags/beta-users" }, ...spec } });
const surveys = async () => (await api.get("/api/projects/1/surveys/")).body.results as JsonObject[];
const flags = async () => (await api.get("/api/projects/1/feature_flags/")).body.results as JsonObject[];

describe("surveys", () => {
  it("assigns question ids and an internal targeting flag on create, and keeps both when the tool edits the survey", async () => {
    const connection = emulatorConnection(api.url);
    await applyDefinitions(connection, [flag, survey()]);
    const [created] = await surveys();
    const ids = (created!.questions as JsonObject[]).map((q) => q.id);
    expect(ids.every((id) => typeof id === "string" && /^[0-9a-f-]{36}$/.test(id))).toBe(true);
    const internal = created!.internal_targeting_flag as JsonObject;
    expect(internal.key).toMatch(/^survey-targeting-[0-9a-f]{10}-custom$/);
    expect(internal).toMatchObject({ name: "Targeting flag for survey NPS", active: false });
    expect(((internal.filters as JsonObject).groups as JsonObject[])[0]!.properties).toEqual([
      { key: `$survey_dismissed/${String(created!.id)}`, value: "is_not_set", operator: "is_not_set", type: "person" },
      { key: `$survey_responded/${String(created!.id)}`, value: "is_not_set", operator: "is_not_set", type: "person" },
    ]);
    expect(created!.linked_flag).toMatchObject({ key: "beta-users" });

    const rating: JsonObject = { ...questions[0]!, question: "How likely? (v2)", branching: { type: "response_based", responseValues: { detractors: 2, passives: "end", promoters: "end" } } };
    const edited = survey({ questions: [{ type: "open", question: "Anything else?" }, rating, questions[1]!] });
    api.emulator.clearRequests();
    await applyDefinitions(connection, [flag, edited]);
    const sent = api.emulator.requests.filter((r) => r.method === "PATCH" && r.path.includes("/surveys/")).map((r) => r.body as JsonObject);
    // The survey's own PATCH leaves the questions out; the converge PATCH sends them with the live ids: the same text first, then the same type at the same position.
    expect(sent[0]!.questions).toBeUndefined();
    expect((sent[1]!.questions as JsonObject[]).map((q) => q.id)).toEqual([undefined, ids[0], ids[1]]);
    const [after] = await surveys();
    expect((after!.questions as JsonObject[]).map((q) => q.id).slice(1)).toEqual(ids);
    expect((after!.internal_targeting_flag as JsonObject).id).toBe(internal.id);
    expect(describeChanges(await planDefinitions(connection, [flag, edited]))).toEqual([]);
  });

  it("launches, stops and resumes through the dates, with the flags' active following, and a plan that holds no time", async () => {
    const connection = emulatorConnection(api.url);
    const targeting = [{ properties: [{ key: "email", type: "person", operator: "icontains", value: "@example.com" }], rollout_percentage: 100 }];
    await applyDefinitions(connection, [flag, survey({ targeting, status: "draft" })]);
    const launchPlan = await planDefinitions(connection, [flag, survey({ targeting, status: "running" })]);
    const step = launchPlan.steps.find((s) => s.kind === "surveys")!;
    expect(step.summary).toEqual(["launch survey: it starts collecting responses (start date set at apply)"]);
    expect(JSON.stringify(launchPlan)).not.toMatch(/\d{4}-\d{2}-\d{2}T/);

    await applyDefinitions(connection, [flag, survey({ targeting, status: "running" })]);
    let [live] = await surveys();
    expect(live!.start_date).toEqual(expect.any(String));
    expect(live!.end_date).toBeNull();
    expect((live!.targeting_flag as JsonObject).active).toBe(true);
    expect((live!.internal_targeting_flag as JsonObject).active).toBe(true);
    expect(describeChanges(await planDefinitions(connection, [flag, survey({ targeting, status: "running" })]))).toEqual([]);

    await applyDefinitions(connection, [flag, survey({ targeting, status: "stopped" })]);
    [live] = await surveys();
    expect(live!.end_date).toEqual(expect.any(String));
    expect((live!.internal_targeting_flag as JsonObject).active).toBe(false);

    api.emulator.clearRequests();
    await applyDefinitions(connection, [flag, survey({ targeting, status: "running" })]);
    expect(api.emulator.requests.some((r) => r.method === "PATCH" && (r.body as JsonObject).end_date === null)).toBe(true);
    [live] = await surveys();
    expect(live!.end_date).toBeNull();
    expect(describeChanges(await planDefinitions(connection, [flag, survey({ targeting, status: "running" })]))).toEqual([]);
  });

  it("removes the targeting flag when targeting is dropped, and deletes both flags with the survey", async () => {
    const connection = emulatorConnection(api.url);
    const targeting = [{ properties: [{ key: "plan", type: "person", operator: "exact", value: ["pro"] }], rollout_percentage: 50 }];
    await applyDefinitions(connection, [flag, survey({ targeting })]);
    const [created] = await surveys();
    const targetingId = (created!.targeting_flag as JsonObject).id;
    await applyDefinitions(connection, [flag, survey()]);
    expect((await flags()).some((f) => f.id === targetingId)).toBe(false);
    expect(describeChanges(await planDefinitions(connection, [flag, survey()]))).toEqual([]);
    await applyDefinitions(connection, [flag], { prune: true });
    expect(await surveys()).toEqual([]);
    expect((await flags()).map((f) => f.key)).toEqual(["beta-users"]);
  });

  it("leaves the survey targeting flags out of every read, so pull never offers them", async () => {
    await applyDefinitions(emulatorConnection(api.url), [flag, survey()]);
    expect((await flags()).length).toBe(2);
    const client = connect(emulatorConnection(api.url));
    try {
      const inventory = await readInventory(client);
      expect(inventory.rows.get("feature-flags")!.map((f) => f.key)).toEqual(["beta-users"]);
    } finally {
      await client.close();
    }
  });

  it("refuses a linked flag variant the flag lacks, a duplicate name, and targeting that rolls out to everyone", async () => {
    await applyDefinitions(emulatorConnection(api.url), [flag]);
    const flagId = (await flags())[0]!.id;
    const base = { name: "Refused", type: "popover", questions: [{ type: "open", question: "Why?" }] };
    expect((await api.post("/api/projects/1/surveys/", { ...base, linked_flag_id: flagId, conditions: { linkedFlagVariant: "other" } })).body.detail).toBe("Feature flag variant 'other' does not exist. Available variants: control, test");
    expect((await api.post("/api/projects/1/surveys/", { ...base, conditions: { linkedFlagVariant: "test" } })).body.detail).toBe("linkedFlagVariant can only be used when a linked_flag_id is specified");
    expect((await api.post("/api/projects/1/surveys/", { ...base, targeting_flag_filters: { groups: [{ properties: [], rollout_percentage: 100 }] } })).body.detail).toMatch(/^Invalid operation: User targeting rolls out to everyone/);
    expect((await api.post("/api/projects/1/surveys/", base)).status).toBe(201);
    const duplicate = await api.post("/api/projects/1/surveys/", base);
    expect(duplicate.body).toMatchObject({ code: "unique", detail: "There is already a survey with this name." });
  });
});
