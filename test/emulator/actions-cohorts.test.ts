import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

describe("actions", () => {
  it("creates actions with normalised steps and lists them without pagination, with a count", async () => {
    const response = await api.post("/api/projects/1/actions/", {
      name: "Signed up",
      tags: ["Growth"],
      steps: [{ event: "$pageview", url: "/signup", url_matching: "contains" }, { event: "signed_up", properties: [{ key: "plan", value: "pro", type: "event" }] }],
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: "Signed up", tags: ["growth"], is_action: true, deleted: false, team_id: 1 });
    expect(response.body.steps[0]).toMatchObject({ event: "$pageview", url: "/signup", url_matching: "contains", text: null, text_matching: null });
    expect(response.body.steps[1].properties).toEqual([{ key: "plan", value: "pro", type: "event" }]);

    const list = await api.get("/api/projects/1/actions/");
    expect(Object.keys(list.body)).toEqual(["count", "results"]);
    expect(list.body.count).toBe(list.body.results.length);
    expect(list.body.results.map((action: { name: string }) => action.name)).toContain("Signed up");
  });

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

  it("soft-deletes: still readable by id, excluded from the list, name freed", async () => {
    const action = (await api.post("/api/projects/1/actions/", { name: "Doomed" })).body;
    expect((await api.delete(`/api/projects/1/actions/${action.id}/`)).status).toBe(405);
    await api.patch(`/api/projects/1/actions/${action.id}/`, { deleted: true });
    expect((await api.get(`/api/projects/1/actions/${action.id}/`)).body.deleted).toBe(true);
    const list = await api.get("/api/projects/1/actions/");
    expect(list.body.results.some((item: { id: number }) => item.id === action.id)).toBe(false);
    expect((await api.post("/api/projects/1/actions/", { name: "Doomed" })).status).toBe(201);
  });
});

describe("cohorts", () => {
  const personFilter = { type: "person", key: "email", operator: "icontains", value: "@acme.com", negation: false };

  it("creates dynamic cohorts and validates the filter tree", async () => {
    const response = await api.post("/api/projects/1/cohorts/", { name: "Acme", filters: { properties: { type: "OR", values: [{ type: "AND", values: [personFilter] }] } } });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: "Acme", is_static: false, cohort_type: "person_property", deleted: false });
    expect(response.body).not.toHaveProperty("tags");
    const missing = await api.post("/api/projects/1/cohorts/", { name: "Bad", filters: { groups: [] } });
    expect(missing.body).toMatchObject({ attr: "filters", detail: "Must contain a 'properties' key with type and values" });
    const noValue = await api.post("/api/projects/1/cohorts/", { name: "Bad", filters: { properties: { type: "AND", values: [{ type: "person", key: "email", operator: "exact" }] } } });
    expect(noValue.body.detail).toBe("Missing required keys for person filter: value");
  });

  it("creates an empty static cohort from only a name (the person-id list defaults to []) and rejects queries on dynamic ones", async () => {
    const nameOnly = await api.post("/api/projects/1/cohorts/", { name: "Static", is_static: true });
    expect(nameOnly.status).toBe(201);
    expect(nameOnly.body).toMatchObject({ name: "Static", is_static: true, cohort_type: "static", count: 0 });
    const withIds = await api.post("/api/projects/1/cohorts/", { name: "Static", is_static: true, _create_static_person_ids: [] });
    expect(withIds.body).toMatchObject({ is_static: true, cohort_type: "static", count: 0 });
    const dynamicQuery = await api.post("/api/projects/1/cohorts/", { name: "Q", query: { kind: "HogQLQuery", query: "select 1" } });
    expect(dynamicQuery.body.detail).toBe("Cannot create a dynamic cohort with a query. Set is_static to true.");
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
