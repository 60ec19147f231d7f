import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;
const log = (query = "") => api.get(`/api/projects/1/activity_log/${query}`);

beforeAll(async () => {
  api = await startTestEmulator({ keys: [{ key: "phx_emulator", scopes: ["*"] }, { key: "phx_flags_only", scopes: ["feature_flag:read"] }, { key: "phx_activity_only", scopes: ["activity_log:read"] }] });
});
afterAll(() => api.close());

describe("activity log", () => {
  it("records a flag's create and field-level updates the way PostHog's FeatureFlagViewSet logs them, newest first", async () => {
    const created = await api.post("/api/projects/1/feature_flags/", { key: "logged", name: "Logged", filters: { groups: [{ properties: [], rollout_percentage: 10 }] } });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    expect((await api.patch(`/api/projects/1/feature_flags/${id}/`, { name: "Renamed", filters: { groups: [{ properties: [], rollout_percentage: 40 }] } })).status).toBe(200);
    // Every save bumps the flag's version, a model field, so even an unchanged PATCH is logged with that change alone.
    expect((await api.patch(`/api/projects/1/feature_flags/${id}/`, { name: "Renamed" })).status).toBe(200);

    const response = await log(`?scope=FeatureFlag&item_id=${id}`);
    expect(response.status).toBe(200);
    expect(Object.keys(response.body)).toEqual(["next", "previous", "results"]);
    const [bumped, updated, first] = response.body.results;
    expect(response.body.results).toHaveLength(3);
    expect(bumped.detail.changes).toEqual([{ type: "FeatureFlag", action: "changed", field: "version", before: 2, after: 3 }]);
    expect(first).toMatchObject({ activity: "created", scope: "FeatureFlag", item_id: id, is_system: false, was_impersonated: false, detail: { name: "logged", short_id: null, type: null, changes: null, trigger: null, context: null } });
    expect(updated).toMatchObject({ activity: "updated", scope: "FeatureFlag", item_id: id, user: { first_name: "Emulator", email: "emulator@posthog.local" } });
    expect(Object.keys(updated)).toEqual(["id", "user", "unread", "organization_id", "was_impersonated", "is_system", "activity", "item_id", "scope", "detail", "created_at"]);
    const changes = updated.detail.changes as { field: string; action: string; before: unknown; after: unknown; type: string }[];
    expect(changes.find((c) => c.field === "name")).toEqual({ type: "FeatureFlag", action: "changed", field: "name", before: "Logged", after: "Renamed" });
    expect(changes.find((c) => c.field === "filters")).toMatchObject({ action: "changed", before: { groups: [{ rollout_percentage: 10 }] }, after: { groups: [{ rollout_percentage: 40 }] } });
    // Fields changes_between skips never appear.
    expect(changes.map((c) => c.field)).not.toEqual(expect.arrayContaining(["updated_at"]));
    expect(changes.some((c) => ["id", "created_at", "updated_at", "last_modified_by", "analytics_dashboards"].includes(c.field))).toBe(false);
    expect(Date.parse(updated.created_at)).toBeGreaterThan(Date.parse(first.created_at));
  });

  it("logs insights with their short id, filters by scopes, and pages by number on request", async () => {
    const insight = await api.post("/api/projects/1/insights/", { name: "Signups", query: { kind: "DataTableNode", source: { kind: "HogQLQuery", query: "select 1" } } });
    expect(insight.status).toBe(201);
    const entries = (await log(`?scopes=Insight,Dashboard`)).body.results;
    expect(entries.map((e: any) => [e.scope, e.activity, e.item_id, e.detail.short_id])).toEqual([["Insight", "created", String(insight.body.id), insight.body.short_id]]);
    // An update that changes no logged field is not logged (log_activity skips updates without changes).
    expect((await api.patch(`/api/projects/1/insights/${insight.body.id}/`, { name: "Signups" })).status).toBe(200);
    expect((await log("?scope=Insight")).body.results).toHaveLength(1);
    expect((await api.patch(`/api/projects/1/insights/${insight.body.id}/`, { description: "Weekly" })).status).toBe(200);
    const [described] = (await log("?scope=Insight")).body.results;
    expect(described.detail).toMatchObject({ name: "Signups", short_id: insight.body.short_id, changes: [{ type: "Insight", action: "created", field: "description", before: null, after: "Weekly" }] });

    const numbered = await log("?page=1&page_size=1");
    expect(Object.keys(numbered.body)).toEqual(["count", "next", "previous", "results"]);
    expect(numbered.body.count).toBeGreaterThanOrEqual(5);
    expect(numbered.body.results).toHaveLength(1);
    expect(numbered.body.next).toContain("page=2");
    expect((await log("?page=99")).status).toBe(404);
  });

  it("logs dashboards through the model signal (created with empty changes, type dashboard) and cohorts as CohortViewSet does (soft delete as deleted, restore as restored)", async () => {
    const dashboard = await api.post("/api/projects/1/dashboards/", { name: "Growth" });
    expect(dashboard.status).toBe(201);
    expect((await api.patch(`/api/projects/1/dashboards/${dashboard.body.id}/`, { description: "Weekly growth" })).status).toBe(200);
    const [described, made] = (await log(`?scope=Dashboard&item_id=${dashboard.body.id}`)).body.results;
    expect(made).toMatchObject({ activity: "created", scope: "Dashboard", detail: { name: "Growth", type: "dashboard", changes: [] } });
    expect(described.detail.changes).toEqual([{ type: "Dashboard", action: "created", field: "description", before: null, after: "Weekly growth" }]);

    const cohort = await api.post("/api/projects/1/cohorts/", { name: "Buyers", filters: { properties: { type: "OR", values: [{ type: "AND", values: [{ key: "email", type: "person", value: "x", operator: "icontains" }] }] } } });
    expect(cohort.status).toBe(201);
    const id = cohort.body.id;
    expect((await api.patch(`/api/projects/1/cohorts/${id}/`, { name: "Big buyers" })).status).toBe(200);
    expect((await api.patch(`/api/projects/1/cohorts/${id}/`, { deleted: true })).status).toBe(200);
    expect((await api.patch(`/api/projects/1/cohorts/${id}/`, { deleted: false })).status).toBe(200);
    const cohorts = (await log(`?scope=Cohort&item_id=${id}`)).body.results;
    expect(cohorts.map((e: any) => e.activity)).toEqual(["restored", "deleted", "updated", "created"]);
    expect(cohorts[3].detail).toMatchObject({ name: "Buyers", changes: null });
    expect(cohorts[2].detail.changes).toContainEqual({ type: "Cohort", action: "changed", field: "name", before: "Buyers", after: "Big buyers" });
    expect(cohorts[1].detail.changes).toContainEqual({ type: "Cohort", action: "changed", field: "deleted", before: false, after: true });
  });

  it("logs actions under their creator, as handle_action_change passes created_by, with a soft delete as deleted", async () => {
    const action = await api.post("/api/projects/1/actions/", { name: "Signed up", steps: [{ event: "signed up" }] });
    expect(action.status).toBe(201);
    expect((await api.patch(`/api/projects/1/actions/${action.body.id}/`, { description: "From the form" })).status).toBe(200);
    expect((await api.patch(`/api/projects/1/actions/${action.body.id}/`, { deleted: true })).status).toBe(200);
    const entries = (await log(`?scope=Action&item_id=${action.body.id}`)).body.results;
    expect(entries.map((e: any) => e.activity)).toEqual(["deleted", "updated", "created"]);
    expect(entries[2].detail).toMatchObject({ name: "Signed up", changes: [] });
    expect(entries[1].detail.changes).toEqual([{ type: "Action", action: "created", field: "description", before: null, after: "From the form" }]);
    expect(entries.every((e: any) => e.user?.id === action.body.created_by.id && e.is_system === false)).toBe(true);
  });

  it("logs experiments through their save signal, launch included, surveys as SurveySerializer does, and hog functions with their type, masked secrets and priority", async () => {
    const experiment = await api.post("/api/projects/1/experiments/", { name: "Checkout test", feature_flag_key: "checkout-test" });
    expect(experiment.status).toBe(201);
    expect((await api.post(`/api/projects/1/experiments/${experiment.body.id}/launch/`, {})).status).toBe(200);
    expect((await api.patch(`/api/projects/1/experiments/${experiment.body.id}/`, { deleted: true })).status).toBe(200);
    const experiments = (await log(`?scope=Experiment&item_id=${experiment.body.id}`)).body.results;
    expect(experiments.map((e: any) => e.activity)).toEqual(["deleted", "updated", "created"]);
    expect(experiments[2].detail).toMatchObject({ name: "Checkout test", changes: [] });
    expect(experiments[1].detail.changes).toContainEqual(expect.objectContaining({ type: "Experiment", action: "created", field: "start_date", before: null }));
    expect(experiments[1].detail.changes.some((c: any) => c.field === "feature_flag")).toBe(false);

    const survey = await api.post("/api/projects/1/surveys/", { name: "Why?", type: "popover", questions: [{ type: "open", question: "Why?" }] });
    expect(survey.status).toBe(201);
    expect((await api.patch(`/api/projects/1/surveys/${survey.body.id}/`, { description: "Exit survey" })).status).toBe(200);
    expect((await api.delete(`/api/projects/1/surveys/${survey.body.id}/`)).status).toBe(204);
    const surveys = (await log(`?scope=Survey&item_id=${survey.body.id}`)).body.results;
    expect(surveys.map((e: any) => [e.activity, e.detail.changes])).toEqual([["deleted", null], ["updated", [{ type: "Survey", action: "created", field: "description", before: null, after: "Exit survey" }]], ["created", null]]);

    const hog = await api.post("/api/projects/1/hog_functions/", { type: "transformation", name: "Geo", template_id: "template-webhook", inputs: { url: { value: "https://example.com" } }, enabled: true });
    expect(hog.status).toBe(201);
    expect((await api.patch(`/api/projects/1/hog_functions/${hog.body.id}/`, { execution_order: 5 })).status).toBe(200);
    const hogs = (await log(`?scope=HogFunction&item_id=${hog.body.id}`)).body.results;
    expect(hogs[1].detail).toMatchObject({ name: "Geo", type: "transformation", changes: null });
    expect(hogs[0].detail.changes).toContainEqual(expect.objectContaining({ type: "HogFunction", field: "priority", after: 5 }));
    expect(hogs[0].detail.changes.some((c: any) => c.field === "execution_order")).toBe(false);
  });

  it("guards a viewset's activity routes with activity_log:read in place of the viewset's own scope", async () => {
    const flag = await api.post("/api/projects/1/feature_flags/", { key: "scoped-history", filters: { groups: [{ properties: [], rollout_percentage: 5 }] } });
    expect(flag.status).toBe(201);
    expect((await api.get(`/api/projects/1/feature_flags/${flag.body.id}/activity/`, { key: "phx_flags_only" })).status).toBe(403);
    expect((await api.get("/api/projects/1/feature_flags/activity/", { key: "phx_flags_only" })).status).toBe(403);
    const own = await api.get(`/api/projects/1/feature_flags/${flag.body.id}/activity/`, { key: "phx_activity_only" });
    expect(own.status).toBe(200);
    expect(own.body.results.map((e: any) => [e.activity, e.user])).toEqual([["created", { first_name: "Emulator", email: "emulator@posthog.local" }]]);
    expect((await api.get(`/api/projects/1/feature_flags/${flag.body.id}/`, { key: "phx_activity_only" })).status).toBe(403);
    expect((await api.get("/api/projects/1/feature_flags/999999/activity/", { key: "phx_activity_only" })).status).toBe(404);
  });

  it("serves a collection's history at {collection}/activity/ (all_activity): the scope's entries, newest first, ten a page", async () => {
    for (let index = 0; index < 11; index += 1) expect((await api.post("/api/projects/1/cohorts/", { name: `Paged ${index}`, filters: { properties: { type: "OR", values: [{ type: "AND", values: [{ key: "email", type: "person", value: "x", operator: "icontains" }] }] } } })).status).toBe(201);
    const all = await api.get("/api/projects/1/cohorts/activity/", { key: "phx_activity_only" });
    expect(all.status).toBe(200);
    expect(Object.keys(all.body)).toEqual(["results", "next", "previous", "total_count"]);
    expect(all.body.results).toHaveLength(10);
    expect(all.body.results[0]).toMatchObject({ scope: "Cohort", activity: "created", detail: { name: "Paged 10" } });
    expect(all.body.results.every((e: any) => e.scope === "Cohort")).toBe(true);
    expect(all.body.next).toContain("page=2");
    const second = await api.get("/api/projects/1/cohorts/activity/?page=2&limit=10");
    expect(second.body.previous).toContain("page=1");
    expect(second.body.results.length).toBe(all.body.total_count - 10);
  });

  it("records nothing for a write PostHog refuses, and needs the activity_log scope", async () => {
    const before = (await log()).body.results.length;
    expect((await api.post("/api/projects/1/feature_flags/", { key: "bad key!" })).status).toBe(400);
    expect((await log()).body.results).toHaveLength(before);
    expect((await api.post("/api/projects/1/activity_log/", {})).status).toBe(405);
  });
});
