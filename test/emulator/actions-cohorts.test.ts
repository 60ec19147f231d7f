import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

describe("actions", () => {
  it("rejects blank names, duplicate live names and bad matching values", async () => {
    expect((await api.post("/api/projects/1/actions/", { name: "" })).body).toMatchObject({ code: "blank", attr: "name" });
    const first = await api.post("/api/projects/1/actions/", { name: "Unique action" });
    const duplicate = await api.post("/api/projects/1/actions/", { name: "Unique action" });
    expect(duplicate.body).toEqual({
      type: "validation_error",
      code: "unique",
      detail: `This project already has an action with this name, ID ${first.body.id}`,
      attr: "name",
    });
    const matching = await api.post("/api/projects/1/actions/", { name: "Bad match", steps: [{ url: "/x", url_matching: "fuzzy" }] });
    expect(matching.body).toMatchObject({ code: "invalid_choice", attr: "steps__0__url_matching" });
  });

  // ActionStepJSONSerializer (posthog/api/action.py): each text field is CharField(required=False, allow_null=True), never allow_blank.
  it("refuses a blank step text field, a whitespace-only selector or url (stripped first), and takes null or whitespace in the kept fields", async () => {
    for (const field of ["event", "selector", "tag_name", "text", "href", "url"]) {
      const response = await api.post("/api/projects/1/actions/", { name: `Blank ${field}`, steps: [{ event: "$autocapture" }, { [field]: "" }] });
      expect([response.status, response.body]).toEqual([400, { type: "validation_error", code: "blank", detail: "This field may not be blank.", attr: `steps__1__${field}` }]);
    }
    for (const field of ["selector", "url"]) {
      expect((await api.post("/api/projects/1/actions/", { name: `Spaces ${field}`, steps: [{ [field]: " \u0085 " }] })).body).toMatchObject({ code: "blank", attr: `steps__0__${field}` });
    }
    const kept = await api.post("/api/projects/1/actions/", { name: "Kept", steps: [{ event: " ", tag_name: " ", text: " ", href: " ", selector: null, url: null }] });
    expect(kept.status).toBe(201);
    expect(kept.body.steps[0]).toMatchObject({ event: " ", tag_name: " ", text: " ", href: " ", selector: null, url: null });
    const action = await api.post("/api/projects/1/actions/", { name: "Updated", steps: [{ event: "$pageview" }] });
    expect((await api.patch(`/api/projects/1/actions/${action.body.id}/`, { steps: [{ url: "" }] })).body).toMatchObject({ code: "blank", attr: "steps__0__url" });
    expect((await api.get(`/api/projects/1/actions/${action.body.id}/`)).body.steps).toMatchObject([{ event: "$pageview" }]);
  });
});

describe("cohorts", () => {
  const personFilter = { type: "person", key: "email", operator: "icontains", value: "@acme.com", negation: false };

  // Cohort.description is CharField(max_length=1000, blank=True), which CohortSerializer takes from the model: stripped, then Python's len.
  it("holds the description to 1000 code points after stripping it", async () => {
    const filters = { properties: { type: "AND", values: [{ type: "AND", values: [personFilter] }] } };
    const fits = await api.post("/api/projects/1/cohorts/", { name: "Fits", filters, description: ` ${"😀".repeat(1000)}\u0085` });
    expect([fits.status, [...fits.body.description].length]).toEqual([201, 1000]);
    const over = await api.post("/api/projects/1/cohorts/", { name: "Over", filters, description: "x".repeat(1001) });
    expect([over.status, over.body]).toEqual([400, { type: "validation_error", code: "max_length", detail: "Ensure this field has no more than 1000 characters.", attr: "description" }]);
  });

  it("blocks deleting a cohort an active flag targets, and allows it afterwards", async () => {
    const cohort = (await api.post("/api/projects/1/cohorts/", { name: "Targeted", filters: { properties: { type: "AND", values: [personFilter] } } })).body;
    const flag = (
      await api.post("/api/projects/1/feature_flags/", {
        key: "cohort-targeted",
        filters: { groups: [{ properties: [{ key: "id", type: "cohort", value: cohort.id }], rollout_percentage: 100 }] },
      })
    ).body;
    expect(flag.filters.groups[0].properties[0].value).toBe(cohort.id);
    const blocked = await api.patch(`/api/projects/1/cohorts/${cohort.id}/`, { deleted: true });
    expect(blocked.status).toBe(400);
    expect(blocked.body.detail).toContain("cohort-targeted");
    await api.patch(`/api/projects/1/feature_flags/${flag.id}/`, { active: false });
    const deleted = await api.patch(`/api/projects/1/cohorts/${cohort.id}/`, { deleted: true });
    expect(deleted.body.deleted).toBe(true);
    expect((await api.get(`/api/projects/1/cohorts/${cohort.id}/`)).status).toBe(200);
    const list = await api.get("/api/projects/1/cohorts/");
    expect(list.body.results.some((item: { id: number }) => item.id === cohort.id)).toBe(false);
  });

  it("refuses behavioural cohorts in flags", async () => {
    const cohort = (
      await api.post("/api/projects/1/cohorts/", {
        name: "Behaved",
        filters: { properties: { type: "AND", values: [{ type: "behavioral", key: "$pageview", value: "performed_event", event_type: "events", time_value: 30, time_interval: "day" }] } },
      })
    ).body;
    expect(cohort.cohort_type).toBe("behavioral");
    const response = await api.post("/api/projects/1/feature_flags/", {
      key: "behavioral-flag",
      filters: { groups: [{ properties: [{ key: "id", type: "cohort", value: cohort.id }], rollout_percentage: 100 }] },
    });
    expect(response.body.code).toBe("behavioral_cohort_found");
  });
});
