import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

const base = "/api/projects/1/product_tours/";
const post = (body: unknown) => api.post(base, body);

describe("product tours", () => {
  it("applies targeting sent on create to the new flag, keeps archived tours on every route, and answers a server error for a live tour's name taken", async () => {
    const user = { key: "plan", type: "person", value: ["pro"], operator: "exact" };
    const targeted = await post({ name: "Targeted", auto_launch: true, content: { steps: [] }, targeting_flag_filters: { groups: [{ rollout_percentage: 30, properties: [user] }] } });
    expect(targeted.status).toBe(201);
    expect(targeted.body.internal_targeting_flag.filters.groups).toEqual([{ variant: "", rollout_percentage: 100, properties: [
      { key: `$product_tour_completed/${targeted.body.id}`, type: "person", value: "is_not_set", operator: "is_not_set" },
      { key: `$product_tour_dismissed/${targeted.body.id}`, type: "person", value: "is_not_set", operator: "is_not_set" },
      user,
    ] }]);
    expect((await api.get(`${base}${targeted.body.id}/`)).body.targeting_flag_filters).toEqual({ groups: [{ variant: "", rollout_percentage: 100, properties: [user] }] });
    const untargeted = await post({ name: "Not launched", targeting_flag_filters: { groups: [{ properties: [user] }] } });
    expect(untargeted.body.internal_targeting_flag).toBeNull();
    const first = await post({ name: "Taken" });
    expect(first.status).toBe(201);
    expect((await post({ name: "Taken" })).status).toBe(500);
    expect((await api.patch(`${base}${first.body.id}/`, { archived: true })).status).toBe(200);
    expect((await api.get(`${base}${first.body.id}/`)).body).toMatchObject({ id: first.body.id, archived: true });
    expect((await api.get(`${base}?search=Taken`)).body.results.map((tour: { id: string }) => tour.id)).toEqual([first.body.id]);
    expect((await post({ name: "Taken" })).status).toBe(201);
    expect((await api.patch(`${base}${first.body.id}/`, { archived: false })).status).toBe(500);
  });

  it("rebuilds the flag when displayFrequency changes, keeping only the user properties, and deletes the tour and its flag for good", async () => {
    const created = await post({ name: "Frequency", auto_launch: true, start_date: "2026-07-01T09:00:00+02:00", content: { steps: [] } });
    expect(created.body).toMatchObject({ start_date: "2026-07-01T07:00:00Z", internal_targeting_flag: { active: true } });
    expect(created.body.internal_targeting_flag.key).toMatch(/^product-tour-targeting-frequency-[0-9a-f]{8}$/);
    const path = `${base}${created.body.id}/`;
    const user = { key: "plan", type: "person", value: "pro", operator: "exact" };
    await api.patch(path, { targeting_flag_filters: { groups: [{ rollout_percentage: 20, properties: [user] }] } });
    await api.patch(path, { content: { steps: [], displayFrequency: "always" } });
    const read = await api.get(path);
    expect(read.body.targeting_flag_filters).toEqual({ groups: [{ variant: "", rollout_percentage: 100, properties: [user] }] });
    expect(read.body.internal_targeting_flag.filters.groups[0].properties).toEqual([user]);
    const flagId = read.body.internal_targeting_flag.id;
    expect((await api.patch(path, { end_date: "2026-08-01T00:00:00Z" })).body.internal_targeting_flag.active).toBe(false);
    expect((await api.delete(path)).status).toBe(204);
    expect((await api.get(path)).status).toBe(404);
    expect((await api.get(`${base}?search=Frequency`)).body.results).toEqual([]);
    expect((await api.get(`/api/projects/1/feature_flags/${flagId}/`)).status).toBe(404);
    expect((await api.get(`/api/environments/1/product_tours/`)).status).toBe(404);
  });

  it("expands a seenTourWaitPeriod into one group per combination of its types, reads it back with the wait properties, and fails a rebuild on list values", async () => {
    const wait = { days: 7, types: ["tour", "announcement"] };
    const created = await post({ name: "Waiting", auto_launch: true, content: { steps: [], displayFrequency: "always", conditions: { seenTourWaitPeriod: wait } } });
    const unset = (type: string) => ({ key: `$product_tour_last_seen_date/${type}`, value: "is_not_set", operator: "is_not_set", type: "person" });
    const before = (type: string) => ({ key: `$product_tour_last_seen_date/${type}`, value: "7d", operator: "is_date_before", type: "person" });
    expect(created.body.internal_targeting_flag.filters.groups.map((group: { properties: unknown }) => group.properties)).toEqual([
      [unset("tour"), unset("announcement")], [unset("tour"), before("announcement")], [before("tour"), unset("announcement")], [before("tour"), before("announcement")],
    ]);
    const path = `${base}${created.body.id}/`;
    const user = { key: "plan", type: "person", value: "pro", operator: "exact" };
    await api.patch(path, { targeting_flag_filters: { groups: [{ properties: [user] }] } });
    const read = (await api.get(path)).body;
    expect(read.targeting_flag_filters.groups).toHaveLength(4);
    expect(read.targeting_flag_filters.groups[3].properties).toEqual([before("tour"), before("announcement"), user]);
    await api.patch(path, { content: { steps: [], displayFrequency: "always", conditions: { seenTourWaitPeriod: { days: 3, types: ["tour"] } } } });
    expect((await api.get(path)).body.targeting_flag_filters.groups.map((group: { properties: unknown[] }) => group.properties)).toEqual([[unset("tour"), user], [{ ...before("tour"), value: "3d" }, user]]);
    await api.patch(path, { targeting_flag_filters: { groups: [{ properties: [{ ...user, value: ["pro"] }] }] } });
    expect((await api.patch(path, { content: { steps: [], displayFrequency: "always" } })).status).toBe(500);
    expect((await api.get(path)).body.content.conditions).toEqual({ seenTourWaitPeriod: { days: 3, types: ["tour"] } });
  });

  it("normalises step targeting on write and read, and refuses a launch with a step's element targeting incomplete", async () => {
    const created = await post({ name: "Steps", content: { steps: [{ id: "a", type: "element", selector: "#a" }, { id: "b", useManualSelector: true, selector: "#b" }, { id: "c", elementTargeting: "auto", useManualSelector: false, inferenceData: { tag: "a" } }, { id: "d", type: "modal" }] } });
    expect(created.body.content.steps).toEqual([
      { id: "a", type: "modal", selector: "#a", elementTargeting: "auto" },
      { id: "b", useManualSelector: true, selector: "#b", elementTargeting: "manual" },
      { id: "c", elementTargeting: "auto", inferenceData: { tag: "a" } },
      { id: "d", type: "modal" },
    ]);
    const path = `${base}${created.body.id}/`;
    expect((await api.get(path)).body.content.steps).toEqual(created.body.content.steps);
    expect((await api.patch(path, { start_date: "2026-07-01T09:00:00Z" })).body).toMatchObject({ attr: null, detail: "Step 1 requires an element to be selected" });
    const manual = await post({ name: "Manual", start_date: "2026-07-01T09:00:00Z", content: { steps: [{ elementTargeting: "manual" }] } });
    expect(manual.body).toMatchObject({ attr: null, detail: "Step 1 is missing an element selector" });
    const fixed = await api.patch(path, { start_date: "2026-07-01T09:00:00Z", content: { steps: [{ id: "a", elementTargeting: "manual", selector: "#a" }] } });
    expect(fixed.body.content.steps).toEqual([{ id: "a", elementTargeting: "manual", selector: "#a", useManualSelector: true }]);
    expect((await api.patch(path, { content: { steps: [{ id: "a", type: "element" }] } })).status).toBe(400);
    expect((await post({ name: "Bad steps", content: { steps: ["a"] } })).status).toBe(500);
    expect((await post({ name: "Empty steps", content: { steps: {} } })).body.content).toEqual({ steps: [] });
  });

  it("makes an API survey for each survey step and links it in the step; keeps, rewrites and ends those surveys as the tour changes", async () => {
    const rating = { type: "rating", questionText: "Helpful?", lowerBoundLabel: "No", upperBoundLabel: "" };
    const created = await post({ name: "Surveyed", start_date: "2026-07-01T09:00:00Z", content: { steps: [{ id: "s1", title: "Hi" }, { id: "ask", survey: rating }] } });
    expect(created.status).toBe(201);
    const step = created.body.content.steps[1];
    expect(created.body.content.steps[0]).toEqual({ id: "s1", title: "Hi" });
    const path = `/api/projects/1/surveys/${step.linkedSurveyId}/`;
    const survey = (await api.get(path)).body;
    expect(survey.name).toMatch(/^Surveyed - Step 2 Survey \([0-9a-f]{8}\)$/);
    expect(survey).toMatchObject({ type: "api", description: "", start_date: "2026-07-01T09:00:00Z", end_date: null, enable_partial_responses: false, internal_targeting_flag: null, appearance: { position: "middle_center", displayThankYouMessage: false, hideCancelButton: true } });
    expect(survey.questions).toEqual([{ type: "rating", question: "Helpful?", scale: 5, display: "emoji", skipSubmitButton: true, lowerBoundLabel: "No", id: step.linkedSurveyQuestionId }]);
    const tour = `${base}${created.body.id}/`;
    const kept = await api.patch(tour, { content: { steps: [{ id: "ask", survey: { type: "open", questionText: "Why?" }, linkedSurveyId: step.linkedSurveyId }] } });
    expect(kept.body.content.steps[0]).toEqual({ id: "ask", survey: { type: "open", questionText: "Why?" }, linkedSurveyId: step.linkedSurveyId, linkedSurveyQuestionId: expect.any(String) });
    const rewritten = (await api.get(path)).body;
    expect(rewritten.questions).toEqual([{ type: "open", question: "Why?", id: kept.body.content.steps[0].linkedSurveyQuestionId }]);
    expect(rewritten.questions[0].id).not.toBe(step.linkedSurveyQuestionId);
    const replaced = await api.patch(tour, { content: { steps: [{ id: "ask", survey: { type: "open", questionText: "Why?" } }] } });
    expect(replaced.body.content.steps[0].linkedSurveyId).not.toBe(step.linkedSurveyId);
    expect((await api.get(path)).body.end_date).toEqual(expect.any(String));
    const next = `/api/projects/1/surveys/${replaced.body.content.steps[0].linkedSurveyId}/`;
    expect((await api.get(next)).body.end_date).toBeNull();
    expect((await api.delete(tour)).status).toBe(204);
    expect((await api.get(next)).body.end_date).toEqual(expect.any(String));
  });

  it("fails as PostHog does on survey steps it cannot read, with nothing written", async () => {
    const before = (await api.get("/api/projects/1/surveys/")).body.count;
    expect((await post({ name: "Bad step", content: { steps: [{ survey: "rate" }] } })).status).toBe(500);
    expect((await post({ name: "Bad link", content: { steps: [{ survey: { type: "open" }, linkedSurveyId: "not-a-uuid" }] } })).status).toBe(500);
    expect((await post({ name: "n".repeat(390), content: { steps: [{ survey: { type: "open" } }] } })).status).toBe(500);
    expect((await post({ name: "Null steps", content: { steps: null } })).status).toBe(500);
    expect((await api.get("/api/projects/1/surveys/")).body.count).toBe(before);
    expect((await api.get(`${base}?search=Bad`)).body.results).toEqual([]);
  });

  it("links a flag by id (write-only; read back as the minimal flag) and checks the content's linkedFlagVariant against it", async () => {
    const flag = (await api.post("/api/projects/1/feature_flags/", { key: "tour-beta", filters: { groups: [{ rollout_percentage: 100 }], multivariate: { variants: [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }] } } })).body;
    const plain = (await api.post("/api/projects/1/feature_flags/", { key: "tour-plain", filters: { groups: [{ rollout_percentage: 100 }] } })).body;
    expect((await post({ name: "Missing flag", linked_flag_id: 999999 })).body).toMatchObject({ type: "validation_error", detail: "Feature Flag with this ID does not exist", attr: null });
    expect((await post({ name: "Variant alone", content: { conditions: { linkedFlagVariant: "test" } } })).body.detail).toBe("linkedFlagVariant can only be used when a linked_flag_id is specified");
    expect((await post({ name: "Wrong variant", linked_flag_id: flag.id, content: { conditions: { linkedFlagVariant: "other" } } })).body.detail).toBe("Feature flag variant 'other' does not exist. Available variants: control, test");
    expect((await post({ name: "No variants", linked_flag_id: plain.id, content: { conditions: { linkedFlagVariant: "test" } } })).body.detail).toBe("Feature flag variant 'test' specified but the linked feature flag has no variants");
    const created = await post({ name: "Linked", linked_flag_id: flag.id, content: { conditions: { linkedFlagVariant: "test" } } });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty("linked_flag_id");
    expect(created.body.linked_flag).toMatchObject({ id: flag.id, key: "tour-beta" });
    const path = `${base}${created.body.id}/`;
    expect((await api.get(path)).body.linked_flag).toMatchObject({ id: flag.id });
    expect((await api.patch(path, { content: { conditions: { linkedFlagVariant: "control" } } })).status).toBe(200);
    expect((await api.patch(path, { linked_flag_id: null })).body.linked_flag).toBeNull();
    expect((await api.patch(path, { content: { conditions: { linkedFlagVariant: "control" } } })).body.detail).toBe("linkedFlagVariant can only be used when a linked_flag_id is specified");
  });
});

