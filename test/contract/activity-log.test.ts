import { describe, expect, it } from "vitest";
import { hardDelete, softDelete, TRENDS_QUERY, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();
const ENTRY_KEYS = ["id", "user", "activity", "scope", "item_id", "detail", "created_at"];

async function createFlag() {
  const response = await contract.client.post("feature_flags/", { key: uniqueName("flag").toLowerCase(), name: "Logged", filters: { groups: [{ properties: [], rollout_percentage: 10 }] } });
  expect(response.status).toBe(201);
  contract.cleanup.add(`feature flag ${response.body.id}`, () => softDelete(contract.client, `feature_flags/${response.body.id}/`));
  return response.body;
}

describe("contract: activity log", () => {
  it("serves a flag's own history at feature_flags/{id}/activity/ as activity_page_response pages it", async () => {
    const flag = await createFlag();
    expect((await contract.client.patch(`feature_flags/${flag.id}/`, { name: "Renamed" })).status).toBe(200);
    const response = await contract.client.get(`feature_flags/${flag.id}/activity/`);
    expect(response.status).toBe(200);
    expect(Object.keys(response.body)).toEqual(["results", "next", "previous", "total_count"]);
    expect(response.body.total_count).toBe(2);
    const [updated, created] = response.body.results;
    expect(Object.keys(updated)).toEqual(ENTRY_KEYS);
    expect(updated).toMatchObject({ activity: "updated", scope: "FeatureFlag", item_id: String(flag.id) });
    expect(Object.keys(updated.user)).toEqual(["first_name", "email"]);
    expect(updated.detail).not.toHaveProperty("context");
    expect(updated.detail.changes).toContainEqual({ type: "FeatureFlag", action: "changed", field: "name", before: "Logged", after: "Renamed" });
    expect(created).toMatchObject({ activity: "created", detail: { name: flag.key, changes: null } });

    const first = await contract.client.get(`feature_flags/${flag.id}/activity/?limit=1`);
    expect(first.body.results).toHaveLength(1);
    expect(first.body.next).toContain("page=2");
    expect(first.body.previous).toBeNull();
    expect((await contract.client.get("feature_flags/999999999/activity/")).status).toBe(404);
  });

  it("serves a cohort's own history at cohorts/{id}/activity/", async () => {
    const cohort = await contract.client.post("cohorts/", { name: uniqueName("cohort"), filters: { properties: { type: "OR", values: [{ type: "AND", values: [{ key: "email", type: "person", value: "x", operator: "icontains" }] }] } } });
    expect(cohort.status).toBe(201);
    contract.cleanup.add(`cohort ${cohort.body.id}`, () => softDelete(contract.client, `cohorts/${cohort.body.id}/`));
    const own = await contract.client.get(`cohorts/${cohort.body.id}/activity/`);
    expect(own.status).toBe(200);
    expect(own.body.results).toHaveLength(1);
    expect(own.body.results[0]).toMatchObject({ scope: "Cohort", activity: "created", item_id: String(cohort.body.id), detail: { name: cohort.body.name, changes: null } });
  });

  it("serves an insight's and a survey's own history at insights/{id}/activity/ and surveys/{id}/activity/", async () => {
    const insight = await contract.client.post("insights/", { name: uniqueName("insight"), query: TRENDS_QUERY });
    expect(insight.status).toBe(201);
    contract.cleanup.add(`insight ${insight.body.id}`, () => softDelete(contract.client, `insights/${insight.body.id}/`));
    expect((await contract.client.patch(`insights/${insight.body.id}/`, { description: "Logged" })).status).toBe(200);
    const insightHistory = await contract.client.get(`insights/${insight.body.id}/activity/`);
    expect(insightHistory.status).toBe(200);
    const [described] = insightHistory.body.results;
    expect(Object.keys(described)).toEqual(ENTRY_KEYS);
    expect(described).toMatchObject({ activity: "updated", scope: "Insight", item_id: String(insight.body.id), detail: { short_id: insight.body.short_id } });
    expect(described.detail.changes).toContainEqual({ type: "Insight", action: "created", field: "description", before: null, after: "Logged" });
    expect((await contract.client.get("insights/999999999/activity/")).status).toBe(404);

    const survey = await contract.client.post("surveys/", { name: uniqueName("survey"), type: "popover", questions: [{ type: "open", question: "Why?" }] });
    expect(survey.status).toBe(201);
    contract.cleanup.add(`survey ${survey.body.id}`, () => hardDelete(contract.client, `surveys/${survey.body.id}/`));
    const surveyHistory = await contract.client.get(`surveys/${survey.body.id}/activity/`);
    expect(surveyHistory.status).toBe(200);
    expect(surveyHistory.body.results).toEqual([expect.objectContaining({ scope: "Survey", activity: "created", item_id: String(survey.body.id), detail: expect.objectContaining({ name: survey.body.name, changes: null }) })]);
  });

  it("logs an event definition's update as changed, from the fields the PATCH sends, in the project's activity_log/", async () => {
    const definition = await contract.client.post("event_definitions/", { name: uniqueName("event") });
    expect(definition.status).toBe(201);
    contract.cleanup.add(`event definition ${definition.body.id}`, () => hardDelete(contract.client, `event_definitions/${definition.body.id}/`));
    expect((await contract.client.patch(`event_definitions/${definition.body.id}/`, { tags: ["logged"] })).status).toBe(200);
    const history = await contract.client.get(`activity_log/?scope=EventDefinition&item_id=${definition.body.id}`);
    expect(history.status).toBe(200);
    const [changed, created] = history.body.results;
    expect(created).toMatchObject({ activity: "created", detail: { name: definition.body.name, changes: null } });
    expect(changed).toMatchObject({ activity: "changed", scope: "EventDefinition", item_id: String(definition.body.id) });
    expect(changed.detail.changes).toEqual([{ type: "EventDefinition", action: "changed", field: "tags", before: [], after: ["logged"] }]);
  });

  it("creates an event definition with the model's description \"\", so its first description is logged as changed from it", async () => {
    const definition = await contract.client.post("event_definitions/", { name: uniqueName("event") });
    expect(definition.status).toBe(201);
    contract.cleanup.add(`event definition ${definition.body.id}`, () => hardDelete(contract.client, `event_definitions/${definition.body.id}/`));
    expect(definition.body.description).toBe("");
    expect((await contract.client.get(`event_definitions/${definition.body.id}/`)).body.description).toBe("");
    expect((await contract.client.patch(`event_definitions/${definition.body.id}/`, { description: "First words" })).status).toBe(200);
    const [changed] = (await contract.client.get(`activity_log/?scope=EventDefinition&item_id=${definition.body.id}`)).body.results;
    expect(changed.detail.changes).toContainEqual({ type: "EventDefinition", action: "changed", field: "description", before: "", after: "First words" });
  });

  it("logs an annotation through its save signal, with its scope in the detail's context", async () => {
    const annotation = await contract.client.post("annotations/", { content: uniqueName("annotation"), date_marker: "2024-05-01T09:30:00Z", scope: "project" });
    expect(annotation.status).toBe(201);
    contract.cleanup.add(`annotation ${annotation.body.id}`, () => softDelete(contract.client, `annotations/${annotation.body.id}/`));
    expect((await contract.client.patch(`annotations/${annotation.body.id}/`, { emoji: "🚀" })).status).toBe(200);
    const [updated, created] = (await contract.client.get(`activity_log/?scope=Annotation&item_id=${annotation.body.id}`)).body.results;
    expect(created).toMatchObject({ activity: "created", detail: { name: annotation.body.content, changes: [], context: { scope: "project", dashboard_id: null, dashboard_item_id: null } } });
    expect(updated).toMatchObject({ activity: "updated", detail: { changes: [{ type: "Annotation", action: "created", field: "emoji", before: null, after: "🚀" }] } });
  });

  it("writes a holdout's history under the Experiment scope, typed holdout, its changes typed ExperimentHoldout", async () => {
    const holdout = await contract.client.post("experiment_holdouts/", { name: uniqueName("holdout"), filters: [{ properties: [], rollout_percentage: 10 }] });
    expect(holdout.status).toBe(201);
    contract.cleanup.add(`holdout ${holdout.body.id}`, () => hardDelete(contract.client, `experiment_holdouts/${holdout.body.id}/`));
    expect((await contract.client.patch(`experiment_holdouts/${holdout.body.id}/`, { description: "Logged" })).status).toBe(200);
    const entries = (await contract.client.get(`activity_log/?scope=Experiment&item_id=${holdout.body.id}`)).body.results.filter((entry: any) => entry.detail?.type === "holdout");
    expect(entries.map((entry: any) => entry.activity)).toEqual(["updated", "created"]);
    expect(entries[0].detail.changes).toEqual([{ type: "ExperimentHoldout", action: "created", field: "description", before: null, after: "Logged" }]);
  });

  it("logs logs alerts and sampling rules through their save signals: created with [], updated by field, a delete not at all", async () => {
    const alert = await contract.client.post("logs/alerts/", { name: uniqueName("logs_alert"), enabled: false, filters: { severityLevels: ["error"] } });
    expect(alert.status).toBe(201);
    expect((await contract.client.patch(`logs/alerts/${alert.body.id}/`, { threshold_count: 25 })).status).toBe(200);
    expect((await contract.client.delete(`logs/alerts/${alert.body.id}/`)).status).toBe(204);
    const alertEntries = (await contract.client.get(`activity_log/?scope=LogsAlertConfiguration&item_id=${alert.body.id}`)).body.results;
    expect(alertEntries.map((entry: any) => entry.activity)).toEqual(["updated", "created"]);
    expect(alertEntries[1].detail).toMatchObject({ name: alert.body.name, changes: [] });
    expect(alertEntries[0].detail.changes).toEqual([{ type: "LogsAlertConfiguration", action: "changed", field: "threshold_count", before: 100, after: 25 }]);

    const rule = await contract.client.post("logs/sampling_rules/", { name: uniqueName("logs_rule"), rule_type: "path_drop", config: { patterns: ["^/health"] } });
    expect(rule.status).toBe(201);
    contract.cleanup.add(`logs sampling rule ${rule.body.id}`, () => hardDelete(contract.client, `logs/sampling_rules/${rule.body.id}/`));
    expect((await contract.client.patch(`logs/sampling_rules/${rule.body.id}/`, { enabled: true })).body.version).toBe(2);
    const ruleEntries = (await contract.client.get(`activity_log/?scope=LogsExclusionRule&item_id=${rule.body.id}`)).body.results;
    expect(ruleEntries.map((entry: any) => entry.activity)).toEqual(["updated", "created"]);
    expect(ruleEntries[0].detail.changes).toEqual([{ type: "LogsExclusionRule", action: "changed", field: "enabled", before: false, after: true }]);
  });
});
