import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;
const log = (query: string) => api.get(`/api/projects/1/activity_log/${query}`);
const SELF = { first_name: "Emulator", email: "emulator@posthog.local" };

beforeAll(async () => {
  api = await startTestEmulator({ keys: [{ key: "phx_emulator", scopes: ["*"] }, { key: "phx_activity_only", scopes: ["activity_log:read"] }, { key: "phx_insights_only", scopes: ["insight:read", "survey:read"] }] });
});
afterAll(() => api.close());

describe("activity log: event definitions and annotations", () => {
  it("logs event definitions as EventDefinitionViewSet does: created and deleted by name, every update as changed from the sent fields", async () => {
    const created = await api.post("/api/projects/1/event_definitions/", { name: "signed up" });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    expect((await api.patch(`/api/projects/1/event_definitions/${id}/`, { description: "From the form", tags: ["growth"], owner: 1, verified: false })).status).toBe(200);
    // Nothing changes, yet an entry is written: log_activity drops only an empty `updated`, and the
    // view's before state always has `tags: []`, so a PATCH without tags logs them as deleted.
    expect((await api.patch(`/api/projects/1/event_definitions/${id}/`, { description: "From the form" })).status).toBe(200);
    expect((await api.delete(`/api/projects/1/event_definitions/${id}/`)).status).toBe(204);

    const entries = (await log(`?scope=EventDefinition&item_id=${id}`)).body.results;
    expect(entries.map((e: any) => e.activity)).toEqual(["deleted", "changed", "changed", "created"]);
    expect(entries[3].detail).toEqual({ name: "signed up", short_id: null, type: null, changes: null, trigger: null, context: null });
    expect(entries[0].detail).toMatchObject({ name: "signed up", changes: null });
    expect(entries[2].detail.changes).toEqual([
      // POST stores the model default "", so the first description is a change from it, not a creation.
      { type: "EventDefinition", action: "changed", field: "description", before: "", after: "From the form" },
      // Tags live in tagged items, so the view compares them with [] every time; owner is only in validated_data.
      { type: "EventDefinition", action: "changed", field: "tags", before: [], after: ["growth"] },
      { type: "EventDefinition", action: "created", field: "owner", before: null, after: SELF },
    ]);
    expect(entries[1].detail.changes).toEqual([{ type: "EventDefinition", action: "deleted", field: "tags", before: [], after: null }]);
    expect(entries.every((e: any) => e.user?.email === SELF.email)).toBe(true);
  });

  it("promotes an ingested definition on its first lookup by id, so its first description is logged as changed from \"\"", async () => {
    const ingested = await api.post("/_emulator/ingest", { event: "checkout paid" }, { key: api.emulator.adminKey });
    const id = String(ingested.body.event_definition.id);
    const listed = (await api.get("/api/projects/1/event_definitions/?search=checkout%20paid")).body.results;
    expect(listed).toEqual([expect.objectContaining({ id, description: null })]);
    expect((await api.patch(`/api/projects/1/event_definitions/${id}/`, { description: "Paid" })).body.description).toBe("Paid");
    const [changed] = (await log(`?scope=EventDefinition&item_id=${id}`)).body.results;
    expect(changed.detail.changes).toContainEqual({ type: "EventDefinition", action: "changed", field: "description", before: "", after: "Paid" });

    const looked = await api.post("/_emulator/ingest", { event: "checkout refunded" }, { key: api.emulator.adminKey });
    const lookedId = String(looked.body.event_definition.id);
    expect((await api.get(`/api/projects/1/event_definitions/${lookedId}/`)).body.description).toBe("");
    expect((await api.get("/api/projects/1/event_definitions/?search=checkout%20refunded")).body.results[0].description).toBe("");
  });

  it("logs annotations through their save signal: name the content, context the scope and insight, the insight as {id, short_id}", async () => {
    const insight = await api.post("/api/projects/1/insights/", { name: "Signups", query: { kind: "DataTableNode", source: { kind: "HogQLQuery", query: "select 1" } } });
    const annotation = await api.post("/api/projects/1/annotations/", { content: "Launch", date_marker: "2026-01-01T00:00:00Z", scope: "project" });
    expect(annotation.status).toBe(201);
    const id = annotation.body.id;
    expect((await api.patch(`/api/projects/1/annotations/${id}/`, { scope: "dashboard_item", dashboard_item: insight.body.id })).status).toBe(200);
    expect((await api.patch(`/api/projects/1/annotations/${id}/`, { content: "Launch" })).status).toBe(200);
    expect((await api.patch(`/api/projects/1/annotations/${id}/`, { deleted: true })).status).toBe(200);

    const entries = (await log(`?scope=Annotation&item_id=${id}`)).body.results;
    expect(entries.map((e: any) => e.activity)).toEqual(["updated", "updated", "created"]);
    expect(entries[2].detail).toMatchObject({ name: "Launch", changes: [], context: { scope: "project", dashboard_id: null, dashboard_item_id: null, recording_id: null } });
    expect(entries[1].detail.changes).toEqual([
      { type: "Annotation", action: "created", field: "dashboard_item", before: null, after: { id: insight.body.id, short_id: insight.body.short_id } },
      { type: "Annotation", action: "changed", field: "scope", before: "project", after: "dashboard_item" },
    ]);
    expect(entries[1].detail.context).toEqual({ scope: "dashboard_item", dashboard_id: null, dashboard_name: null, dashboard_item_id: insight.body.id, dashboard_item_short_id: insight.body.short_id, dashboard_item_name: "Signups", recording_id: null });
    // A soft delete is a plain update: handle_annotation_change passes the signal's activity through.
    expect(entries[0].detail.changes).toEqual([{ type: "Annotation", action: "changed", field: "deleted", before: false, after: true }]);
    expect(entries.some((e: any) => e.detail.changes?.some((c: any) => ["updated_at", "created_by", "team"].includes(c.field)))).toBe(false);
  });

  it("logs nothing for an annotation moved to a dashboard: ActivityDetailEncoder cannot write the Dashboard the change holds", async () => {
    const dashboard = await api.post("/api/projects/1/dashboards/", { name: "Ops" });
    const annotation = await api.post("/api/projects/1/annotations/", { content: "Deploy", date_marker: "2026-01-02T00:00:00Z", scope: "project" });
    expect((await api.patch(`/api/projects/1/annotations/${annotation.body.id}/`, { scope: "dashboard", dashboard_id: dashboard.body.id })).status).toBe(200);
    expect((await log(`?scope=Annotation&item_id=${annotation.body.id}`)).body.results.map((e: any) => e.activity)).toEqual(["created"]);
    expect((await api.patch(`/api/projects/1/annotations/${annotation.body.id}/`, { content: "Deploy 2" })).status).toBe(200);
    const [renamed] = (await log(`?scope=Annotation&item_id=${annotation.body.id}`)).body.results;
    expect(renamed.detail).toMatchObject({ name: "Deploy 2", context: { scope: "dashboard", dashboard_id: dashboard.body.id, dashboard_name: "Ops" } });
  });
});

describe("activity log: experiment holdouts and saved metrics", () => {
  it("writes them under the Experiment scope, typed holdout and shared_metric, with the model's own change type, and a delete by name", async () => {
    const holdout = await api.post("/api/projects/1/experiment_holdouts/", { name: "Ten percent", filters: [{ properties: [], rollout_percentage: 10 }] });
    expect(holdout.status).toBe(201);
    expect((await api.patch(`/api/projects/1/experiment_holdouts/${holdout.body.id}/`, { description: "Control group" })).status).toBe(200);
    expect((await api.delete(`/api/projects/1/experiment_holdouts/${holdout.body.id}/`)).status).toBe(204);
    const holdouts = (await log(`?scope=Experiment&item_id=${holdout.body.id}`)).body.results.filter((e: any) => e.detail.type === "holdout");
    expect(holdouts.map((e: any) => [e.activity, e.detail.name, e.detail.changes])).toEqual([
      ["deleted", "Ten percent", null],
      ["updated", "Ten percent", [{ type: "ExperimentHoldout", action: "created", field: "description", before: null, after: "Control group" }]],
      ["created", "Ten percent", []],
    ]);
    expect((await log("?scope=ExperimentHoldout")).body.results).toEqual([]);

    const metric = await api.post("/api/projects/1/experiment_saved_metrics/", { name: "Revenue", query: { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: "purchase" } }, tags: ["money"] });
    expect(metric.status).toBe(201);
    // The save signal reads the tagged items before the serializer sets the new ones: no tag change is logged.
    expect((await api.patch(`/api/projects/1/experiment_saved_metrics/${metric.body.id}/`, { tags: ["revenue"] })).status).toBe(200);
    expect((await api.patch(`/api/projects/1/experiment_saved_metrics/${metric.body.id}/`, { description: "Per user" })).status).toBe(200);
    const metrics = (await log(`?scope=Experiment&item_id=${metric.body.id}`)).body.results.filter((e: any) => e.detail.type === "shared_metric");
    expect(metrics.map((e: any) => [e.activity, e.detail.changes])).toEqual([
      ["updated", [{ type: "ExperimentSavedMetric", action: "created", field: "description", before: null, after: "Per user" }]],
      ["created", []],
    ]);
  });
});

describe("activity log: subscriptions", () => {
  it("logs them through log_subscription_activity: named as the insight, the target masked, the schedule's next delivery with it", async () => {
    const insight = await api.post("/api/projects/1/insights/", { name: "Weekly signups", query: { kind: "DataTableNode", source: { kind: "HogQLQuery", query: "select 3" } } });
    const base = { insight: insight.body.id, target_type: "email", target_value: "a@example.com", frequency: "daily", start_date: "2025-01-06T09:00:00Z" };
    const subscription = await api.post("/api/projects/1/subscriptions/", base);
    expect(subscription.status).toBe(201);
    const id = subscription.body.id;
    expect((await api.patch(`/api/projects/1/subscriptions/${id}/`, { target_value: "b@example.com", frequency: "weekly" })).status).toBe(200);
    expect((await api.patch(`/api/projects/1/subscriptions/${id}/`, { deleted: true })).status).toBe(200);

    const entries = (await log(`?scope=Subscription&item_id=${id}`)).body.results;
    expect(entries.map((e: any) => [e.activity, e.detail.name])).toEqual([["updated", "Weekly signups"], ["updated", "Weekly signups"], ["created", "Weekly signups"]]);
    expect(entries[2].detail.changes).toEqual([]);
    const fields = entries[1].detail.changes.map((c: any) => c.field);
    expect(fields).toEqual(expect.arrayContaining(["target_value", "frequency", "next_delivery_date"]));
    expect(entries[1].detail.changes.find((c: any) => c.field === "target_value")).toEqual({ type: "Subscription", action: "changed", field: "target_value", before: "masked", after: "masked" });
    expect(entries[0].detail.changes).toEqual([{ type: "Subscription", action: "changed", field: "deleted", before: false, after: true }]);
    expect(JSON.stringify(entries)).not.toContain("example.com");
  });
});

describe("activity routes of InsightViewSet and SurveyViewSet", () => {
  it("serves {id}/activity/ and activity/ under activity_log:read, 404 for an id the team lacks", async () => {
    const insight = await api.post("/api/projects/1/insights/", { name: "Routed", query: { kind: "DataTableNode", source: { kind: "HogQLQuery", query: "select 2" } } });
    expect((await api.patch(`/api/projects/1/insights/${insight.body.id}/`, { description: "Weekly" })).status).toBe(200);
    const own = await api.get(`/api/projects/1/insights/${insight.body.id}/activity/`, { key: "phx_activity_only" });
    expect(own.status).toBe(200);
    expect(Object.keys(own.body)).toEqual(["results", "next", "previous", "total_count"]);
    expect(own.body.results.map((e: any) => [e.activity, e.detail.short_id, e.user])).toEqual([["updated", insight.body.short_id, SELF], ["created", insight.body.short_id, SELF]]);
    expect((await api.get(`/api/projects/1/insights/${insight.body.id}/activity/`, { key: "phx_insights_only" })).status).toBe(403);
    // InsightViewSet.activity looks the insight up with get_object: by id or short id, live ones only, the viewset's 404.
    expect((await api.get(`/api/projects/1/insights/${insight.body.short_id}/activity/`, { key: "phx_activity_only" })).body.total_count).toBe(2);
    const missing = await api.get("/api/projects/1/insights/999999/activity/", { key: "phx_activity_only" });
    expect([missing.status, missing.body?.detail]).toEqual([404, "Not found."]);
    expect((await api.patch(`/api/projects/1/insights/${insight.body.id}/`, { deleted: true })).status).toBe(200);
    expect((await api.get(`/api/projects/1/insights/${insight.body.id}/activity/`, { key: "phx_activity_only" })).status).toBe(404);
    const all = await api.get("/api/projects/1/insights/activity/", { key: "phx_activity_only" });
    expect(all.body.results.length).toBeGreaterThanOrEqual(3);
    expect(all.body.results.every((e: any) => e.scope === "Insight")).toBe(true);

    const survey = await api.post("/api/projects/1/surveys/", { name: "Routed survey", type: "popover", questions: [{ type: "open", question: "Why?" }] });
    expect((await api.get("/api/projects/1/surveys/0190b2f0-0000-7000-8000-00000000dead/activity/", { key: "phx_activity_only" })).body).toBeUndefined();
    const history = await api.get(`/api/projects/1/surveys/${survey.body.id}/activity/`, { key: "phx_activity_only" });
    expect(history.status).toBe(200);
    expect(history.body.results.map((e: any) => [e.scope, e.activity, e.item_id])).toEqual([["Survey", "created", String(survey.body.id)]]);
    expect((await api.get("/api/projects/1/surveys/activity/", { key: "phx_insights_only" })).status).toBe(403);
  });

  it("has no activity route on the viewsets PostHog gives none (event definitions, annotations, dashboards)", async () => {
    const definition = await api.post("/api/projects/1/event_definitions/", { name: "routeless" });
    expect((await api.get(`/api/projects/1/event_definitions/${definition.body.id}/activity/`)).status).toBe(404);
    expect((await api.get("/api/projects/1/dashboards/activity/")).status).toBe(404);
  });
});
