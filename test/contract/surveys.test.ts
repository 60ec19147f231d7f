import { describe, expect, it } from "vitest";
import { hardDelete, softDelete, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

type Body = Record<string, any>;

async function createFlag(filters: Body = { groups: [{ properties: [], rollout_percentage: 0 }] }): Promise<Body> {
  const response = await contract.client.post("feature_flags/", { key: uniqueName("flag"), name: "Contract", filters });
  expect(response.status).toBe(201);
  contract.cleanup.add(`flag ${response.body.id}`, () => softDelete(contract.client, `feature_flags/${response.body.id}/`));
  return response.body;
}

async function createSurvey(body: Body = {}): Promise<Body> {
  const response = await contract.client.post("surveys/", { name: uniqueName("survey"), type: "popover", questions: [{ type: "open", question: "Why?" }], ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`survey ${response.body.id}`, () => hardDelete(contract.client, `surveys/${response.body.id}/`));
  return response.body;
}

const read = async (id: string): Promise<Body> => (await contract.client.get(`surveys/${id}/`)).body;
const flagStatus = async (id: number) => (await contract.client.get(`feature_flags/${id}/`)).status;

describe("contract: surveys", () => {
  it("gives every question an id and creates the internal targeting flag on create", async () => {
    const flag = await createFlag();
    const created = await createSurvey({ linked_flag_id: flag.id, questions: [{ type: "open", question: "Why?" }, { type: "rating", question: "Score?", display: "number", scale: 5 }] });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.questions.map((q: Body) => q.id)).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/), expect.stringMatching(/^[0-9a-f-]{36}$/)]);
    expect(created).toMatchObject({ linked_flag: { id: flag.id, key: flag.key }, start_date: null, end_date: null, archived: false, schedule: "once", enable_partial_responses: false, appearance: null, targeting_flag: null });
    expect(created.internal_targeting_flag).toMatchObject({ key: expect.stringMatching(/^survey-targeting-[0-9a-f]{10}-custom$/), name: `Targeting flag for survey ${created.name}`, active: false });
    // The create answer is SurveySerializerCreateUpdateOnly's: no linked_flag_id or feature_flag_keys; a read is SurveySerializer's.
    expect(created.linked_flag_id).toBeUndefined();
    const detail = await read(created.id);
    expect(detail.linked_flag_id).toBe(flag.id);
    expect(detail.feature_flag_keys).toContainEqual({ key: "internal_targeting_flag_key", value: created.internal_targeting_flag.key });
  });

  it("keeps question ids that are sent back and gives new ones to questions sent without", async () => {
    const created = await createSurvey();
    const [id] = created.questions.map((q: Body) => q.id);
    const kept = await contract.client.patch(`surveys/${created.id}/`, { questions: [{ id, type: "open", question: "Why, really?" }] });
    expect(kept.body.questions[0].id).toBe(id);
    const renewed = await contract.client.patch(`surveys/${created.id}/`, { questions: [{ type: "open", question: "Why, really?" }] });
    expect(renewed.body.questions[0].id).not.toBe(id);
  });

  it("launches, stops and resumes through PATCHed dates, with the internal targeting flag following", async () => {
    const created = await createSurvey();
    const internal = created.internal_targeting_flag.id;
    const active = async () => (await contract.client.get(`feature_flags/${internal}/`)).body.active;
    expect((await contract.client.patch(`surveys/${created.id}/`, { start_date: "2024-05-01T10:00:00Z" })).status).toBe(200);
    expect(await active()).toBe(true);
    expect((await contract.client.patch(`surveys/${created.id}/`, { end_date: "2024-05-02T10:00:00Z" })).status).toBe(200);
    expect(await active()).toBe(false);
    const resumed = await contract.client.patch(`surveys/${created.id}/`, { end_date: null });
    expect(resumed.body).toMatchObject({ start_date: "2024-05-01T10:00:00Z", end_date: null });
    expect(await active()).toBe(true);
    expect((await contract.client.patch(`surveys/${created.id}/`, { archived: true })).status).toBe(200);
    expect(await active()).toBe(false);
  });

  it("serves launch/ and stop/ actions that set the dates alone and leave the flags' active as it was", async () => {
    const created = await createSurvey();
    const launched = await contract.client.post(`surveys/${created.id}/launch/`);
    expect(launched.status).toBe(200);
    expect(launched.body.start_date).toEqual(expect.any(String));
    expect((await contract.client.get(`feature_flags/${created.internal_targeting_flag.id}/`)).body.active).toBe(false);
    const again = await contract.client.post(`surveys/${created.id}/launch/`);
    expect(again.body.start_date).toBe(launched.body.start_date);
    const stopped = await contract.client.post(`surveys/${created.id}/stop/`);
    expect(stopped.body.end_date).toEqual(expect.any(String));
    expect((await contract.client.post(`surveys/${created.id}/launch/`)).body.detail).toBe("Cannot launch a survey with end_date in the past. Extend the end_date first.");
  });

  it("keeps targeting on a flag it creates, removes that flag on request, and deletes both flags with the survey", async () => {
    const filters = { groups: [{ properties: [{ key: "email", type: "person", operator: "icontains", value: "@example.com" }], rollout_percentage: 100 }] };
    const created = await createSurvey({ targeting_flag_filters: filters, start_date: "2024-05-01T10:00:00Z" });
    const targeting = created.targeting_flag;
    expect(targeting).toMatchObject({ key: expect.stringMatching(/^survey-targeting-[0-9a-f]{10}$/), name: `Targeting flag for survey ${created.name}`, active: false });
    expect(targeting.filters.groups[0].properties).toEqual(filters.groups[0]!.properties);
    // Only an update syncs the targeting flag's active state with the lifecycle.
    expect((await contract.client.patch(`surveys/${created.id}/`, { description: "synced" })).body.targeting_flag.active).toBe(true);
    const removed = await contract.client.patch(`surveys/${created.id}/`, { remove_targeting_flag: true });
    expect(removed.body.targeting_flag).toBeNull();
    expect(await flagStatus(targeting.id)).toBe(404);
    expect((await contract.client.delete(`surveys/${created.id}/`)).status).toBe(204);
    expect((await contract.client.get(`surveys/${created.id}/`)).status).toBe(404);
    expect(await flagStatus(created.internal_targeting_flag.id)).toBe(404);
  });

  it("refuses a duplicate name, a linked flag variant the flag lacks, targeting everyone, and branching with shuffled questions", async () => {
    const flag = await createFlag({ groups: [{ properties: [], rollout_percentage: 0 }], multivariate: { variants: [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }] } });
    const created = await createSurvey();
    const questions = [{ type: "open", question: "Why?" }];
    const duplicate = await contract.client.post("surveys/", { name: created.name, type: "popover", questions });
    expect(duplicate.body).toMatchObject({ attr: null, code: "unique", detail: "There is already a survey with this name." });
    const variant = await contract.client.post("surveys/", { name: uniqueName("survey"), type: "popover", questions, linked_flag_id: flag.id, conditions: { linkedFlagVariant: "other" } });
    expect(variant.body.detail).toBe("Feature flag variant 'other' does not exist. Available variants: control, test");
    const everyone = await contract.client.post("surveys/", { name: uniqueName("survey"), type: "popover", questions, targeting_flag_filters: { groups: [{ properties: [], rollout_percentage: 100 }] } });
    expect(everyone.body.detail).toBe("Invalid operation: User targeting rolls out to everyone. If you want to roll out to everyone, delete this targeting");
    const shuffled = await contract.client.post("surveys/", { name: uniqueName("survey"), type: "popover", appearance: { shuffleQuestions: true }, questions: [{ type: "open", question: "Why?", branching: { type: "end" } }] });
    expect(shuffled.body.detail).toBe("Question shuffling and question branching cannot be used together. Please disable one of these features.");
  });
});
