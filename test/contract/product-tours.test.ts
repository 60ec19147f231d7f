import { describe, expect, it } from "vitest";
import { hardDelete, softDelete, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

async function createTour(body: Record<string, unknown> = {}) {
  const response = await contract.client.post("product_tours/", { name: uniqueName("tour"), content: { steps: [{ id: "s1", selector: "#start", title: "Welcome" }] }, ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`product tour ${response.body.id}`, () => hardDelete(contract.client, `product_tours/${response.body.id}/`));
  return response.body;
}

describe("contract: product tours", () => {
  it("creates a draft tour without a flag; the read shape has the targeting and draft fields the write answer lacks", async () => {
    const created = await createTour({ description: "Welcome tour" });
    expect(created).toMatchObject({ description: "Welcome tour", auto_launch: false, start_date: null, end_date: null, archived: false, internal_targeting_flag: null });
    expect(created).not.toHaveProperty("targeting_flag_filters");
    const read = await contract.client.get(`product_tours/${created.id}/`);
    expect(read.body).toMatchObject({ targeting_flag_filters: null, draft_content: null, has_draft: false, content: { steps: [{ id: "s1" }] } });
    const bare = await createTour({ content: null });
    expect(bare.content).toEqual({});
  });

  it("gives an auto-launched tour an internal targeting flag that follows its dates, and reads user targeting back without the base properties", async () => {
    const created = await createTour({ auto_launch: true, content: { steps: [], displayFrequency: "show_once" } });
    const flag = created.internal_targeting_flag;
    expect(flag.key).toMatch(/^product-tour-targeting-[a-z0-9_-]+-[0-9a-f]{8}$/);
    expect(flag).toMatchObject({ active: false, name: `Product Tour: ${created.name}` });
    expect(flag.filters.groups[0].properties).toEqual([{ key: `$product_tour_shown/${created.id}`, type: "person", value: "is_not_set", operator: "is_not_set" }]);
    const started = await contract.client.patch(`product_tours/${created.id}/`, { start_date: "2026-07-01T09:00:00Z" });
    expect(started.body).toMatchObject({ start_date: "2026-07-01T09:00:00Z", internal_targeting_flag: { id: flag.id, active: true } });
    const properties = [{ key: "plan", type: "person", value: ["pro"], operator: "exact" }];
    await contract.client.patch(`product_tours/${created.id}/`, { targeting_flag_filters: { groups: [{ variant: "test", rollout_percentage: 50, properties }] } });
    const read = await contract.client.get(`product_tours/${created.id}/`);
    expect(read.body.targeting_flag_filters).toEqual({ groups: [{ variant: "", rollout_percentage: 100, properties }] });
    expect(read.body.internal_targeting_flag.filters.groups[0].properties).toHaveLength(2);
    const off = await contract.client.patch(`product_tours/${created.id}/`, { auto_launch: false });
    expect(off.body.internal_targeting_flag).toMatchObject({ id: flag.id, active: false });
  });

  it("refuses announcements without exactly one step and content that is not an object", async () => {
    const announcement = await contract.client.post("product_tours/", { name: uniqueName("tour"), content: { type: "announcement", steps: [] } });
    expect(announcement.status).toBe(400);
    expect(announcement.body).toMatchObject({ attr: "content", detail: "Announcements must have exactly 1 step." });
    const list = await contract.client.post("product_tours/", { name: uniqueName("tour"), content: [] });
    expect(list.body).toMatchObject({ attr: "content", detail: "Content must be an object" });
    expect((await contract.client.post("product_tours/", {})).body).toMatchObject({ attr: "name", code: "required" });
  });

  it("keeps an archived tour on every route; DELETE deletes the tour and its internal flag for good", async () => {
    const archived = await createTour();
    expect((await contract.client.patch(`product_tours/${archived.id}/`, { archived: true })).status).toBe(200);
    expect((await contract.client.get(`product_tours/${archived.id}/`)).body).toMatchObject({ id: archived.id, archived: true });
    const created = await createTour({ auto_launch: true, name: archived.name });
    expect((await contract.client.delete(`product_tours/${created.id}/`)).status).toBe(204);
    expect((await contract.client.get(`product_tours/${created.id}/`)).status).toBe(404);
    const listed = await contract.client.get(`product_tours/?search=${encodeURIComponent(created.name)}`);
    expect(listed.body.results.map((tour: { id: string }) => tour.id)).toEqual([archived.id]);
    expect((await contract.client.get(`feature_flags/${created.internal_targeting_flag.id}/`)).status).toBe(404);
  });

  it("takes targeting on create, normalises step targeting, and refuses a launch whose element targeting is incomplete", async () => {
    const properties = [{ key: "plan", type: "person", value: "pro", operator: "exact" }];
    const created = await createTour({ auto_launch: true, targeting_flag_filters: { groups: [{ properties }] }, content: { steps: [{ id: "a", type: "element", selector: "#a" }] } });
    expect(created.content.steps).toEqual([{ id: "a", type: "modal", selector: "#a", elementTargeting: "auto" }]);
    const read = await contract.client.get(`product_tours/${created.id}/`);
    expect(read.body.targeting_flag_filters).toEqual({ groups: [{ variant: "", rollout_percentage: 100, properties }] });
    const launch = await contract.client.patch(`product_tours/${created.id}/`, { start_date: "2026-07-01T09:00:00Z" });
    expect(launch.status).toBe(400);
    expect(launch.body).toMatchObject({ attr: null, detail: "Step 1 requires an element to be selected" });
  });

  it("makes a survey of type api for each survey step, links it in the step, and on update rewrites the linked one or ends the one no step keeps", async () => {
    const step = { id: "ask", selector: "#start", survey: { type: "open", questionText: "Anything missing?" } };
    const created = await createTour({ start_date: "2026-07-01T09:00:00Z", content: { steps: [step] } });
    const linked = created.content.steps[0];
    expect(linked).toMatchObject({ ...step, linkedSurveyId: expect.any(String), linkedSurveyQuestionId: expect.any(String) });
    contract.cleanup.add(`survey ${linked.linkedSurveyId}`, () => hardDelete(contract.client, `surveys/${linked.linkedSurveyId}/`));
    const survey = (await contract.client.get(`surveys/${linked.linkedSurveyId}/`)).body;
    expect(survey.name).toMatch(new RegExp(`^${created.name} - Step 1 Survey \\([0-9a-f]{8}\\)$`));
    expect(survey).toMatchObject({ type: "api", start_date: "2026-07-01T09:00:00Z", end_date: null, questions: [{ type: "open", question: "Anything missing?", id: linked.linkedSurveyQuestionId }], appearance: { position: "middle_center", displayThankYouMessage: false, hideCancelButton: true } });
    const kept = await contract.client.patch(`product_tours/${created.id}/`, { content: { steps: [{ ...linked, survey: { type: "rating", questionText: "Useful?", scale: 10 } }] } });
    expect(kept.body.content.steps[0]).toMatchObject({ linkedSurveyId: linked.linkedSurveyId, linkedSurveyQuestionId: linked.linkedSurveyQuestionId });
    expect((await contract.client.get(`surveys/${linked.linkedSurveyId}/`)).body.questions).toMatchObject([{ type: "rating", question: "Useful?", scale: 10, display: "emoji", skipSubmitButton: true }]);
    const fresh = await contract.client.patch(`product_tours/${created.id}/`, { content: { steps: [step] } });
    const next = fresh.body.content.steps[0].linkedSurveyId;
    contract.cleanup.add(`survey ${next}`, () => hardDelete(contract.client, `surveys/${next}/`));
    expect(next).not.toBe(linked.linkedSurveyId);
    expect((await contract.client.get(`surveys/${linked.linkedSurveyId}/`)).body.end_date).not.toBeNull();
  });

  it("links a flag by the write-only linked_flag_id, reads it back as linked_flag, and checks linkedFlagVariant against its variants", async () => {
    const flagged = await contract.client.post("feature_flags/", { key: uniqueName("flag"), name: "Contract", filters: { groups: [{ rollout_percentage: 100 }], multivariate: { variants: [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }] } } });
    expect(flagged.status).toBe(201);
    contract.cleanup.add(`flag ${flagged.body.id}`, () => softDelete(contract.client, `feature_flags/${flagged.body.id}/`));
    const created = await createTour({ linked_flag_id: flagged.body.id, content: { steps: [], conditions: { linkedFlagVariant: "test" } } });
    expect(created).not.toHaveProperty("linked_flag_id");
    expect(created.linked_flag).toMatchObject({ id: flagged.body.id, key: flagged.body.key });
    expect((await contract.client.get(`product_tours/${created.id}/`)).body.linked_flag).toMatchObject({ id: flagged.body.id });
    const wrong = await contract.client.patch(`product_tours/${created.id}/`, { content: { steps: [], conditions: { linkedFlagVariant: "other" } } });
    expect(wrong.body).toMatchObject({ attr: null, detail: "Feature flag variant 'other' does not exist. Available variants: control, test" });
    const missing = await contract.client.post("product_tours/", { name: uniqueName("tour"), linked_flag_id: 2147483000 });
    expect(missing.body).toMatchObject({ attr: null, detail: "Feature Flag with this ID does not exist" });
    const unlinked = await contract.client.patch(`product_tours/${created.id}/`, { linked_flag_id: null, content: { steps: [] } });
    expect(unlinked.body.linked_flag).toBeNull();
  });
});

