import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

const base = "/api/projects/1";
// Python's str.strip() set: U+0085 and U+3000 go, U+FEFF (not whitespace to Python) stays.
const padded = (text: string) => ` \u3000${text}\t\u0085`;

// DRF's CharField(trim_whitespace=True) strips each of these before storing; JSON fields beside them are stored as sent.
describe("text fields PostHog strips", () => {
  it("strips annotation content, subscription titles, logs names and template texts as DRF's CharField does, and keeps JSON contents as sent", async () => {
    const insight = (await api.post(`${base}/insights/`, { name: "Signups", query: { kind: "HogQLQuery", query: "select 1" } })).body;
    const stored = [
      (await api.post(`${base}/annotations/`, { content: padded("Launched"), date_marker: "2024-05-01", scope: "project" })).body.content,
      (await api.post(`${base}/subscriptions/`, { title: padded("Weekly"), insight: insight.id, target_type: "email", target_value: "a@example.com", frequency: "daily", start_date: "2025-01-06T09:00:00Z" })).body.title,
      (await api.post(`${base}/logs/views/`, { name: padded("Errors"), filters: { searchTerm: "  timeout  " } })).body.name,
      (await api.post(`${base}/logs/alerts/`, { name: padded("Spike"), filters: { severityLevels: ["error"] } })).body.name,
      (await api.post(`${base}/logs/sampling_rules/`, { name: padded("Drop"), rule_type: "path_drop", config: { patterns: ["^/health"] } })).body.name,
    ];
    const template = (await api.post(`${base}/dashboard_templates/`, { template_name: padded("Growth"), dashboard_description: padded("Weekly"), tiles: [{ type: "TEXT", body: "  Hi  ", layouts: {} }] })).body;
    stored.push(template.template_name, template.dashboard_description, template.tiles[0].body);
    expect(stored).toEqual(["Launched", "Weekly", "Errors", "Spike", "Drop", "Growth", "Weekly", "  Hi  "]);
    expect((await api.get(`${base}/logs/views/`)).body.results[0].filters).toEqual({ searchTerm: "  timeout  " });
  });

  it("strips experiment, holdout and saved-metric names and descriptions, keeping U+FEFF", async () => {
    const holdout = (await api.post(`${base}/experiment_holdouts/`, { name: padded("Five"), description: padded("Held out\ufeff"), filters: [{ properties: [], rollout_percentage: 5 }] })).body;
    expect([holdout.name, holdout.description]).toEqual(["Five", "Held out\ufeff"]);
    const query = { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: "$pageview" } };
    const metric = (await api.post(`${base}/experiment_saved_metrics/`, { name: padded("Conversion"), description: padded("Views"), query })).body;
    expect([metric.name, metric.description]).toEqual(["Conversion", "Views"]);
  });

  // posthog/api/action.py (`ActionStepJSONSerializer`), posthog/api/schema_property_group.py, products/endpoints/backend/logic/crud.py.
  it("strips action step selectors and urls but no other step text, property names and descriptions, and keeps endpoint descriptions as sent", async () => {
    const step = { event: " $autocapture ", selector: padded("button.buy"), tag_name: " a ", text: " Buy ", href: " /buy ", url: padded("/checkout") };
    const action = (await api.post(`${base}/actions/`, { name: padded("Buy"), steps: [step] })).body;
    expect([action.name, action.steps[0].selector, action.steps[0].url]).toEqual(["Buy", "button.buy", "/checkout"]);
    expect([action.steps[0].event, action.steps[0].tag_name, action.steps[0].text, action.steps[0].href]).toEqual([" $autocapture ", " a ", " Buy ", " /buy "]);
    const group = (await api.post(`${base}/schema_property_groups/`, { name: padded("Checkout"), description: padded("Props"), properties: [{ name: padded("plan"), property_type: "String", description: padded("Tier") }] })).body;
    expect([group.name, group.description, group.properties[0].name, group.properties[0].description]).toEqual(["Checkout", "Props", "plan", "Tier"]);
    const endpoint = (await api.post(`${base}/endpoints/`, { name: "daily", query: { kind: "HogQLQuery", query: "select 1" }, description: " Daily \n" })).body;
    expect(endpoint.description).toBe(" Daily \n");
    expect((await api.patch(`${base}/endpoints/daily/`, { description: " Weekly " })).body.description).toBe(" Weekly ");
  });

  it("strips only the edges of the whole value: text before a trailing marker keeps its own trailing space", async () => {
    const annotation = (await api.post(`${base}/annotations/`, { content: " Launched \n\n<!-- iac:annotations:launch -->", date_marker: "2024-05-01", scope: "project" })).body;
    expect(annotation.content).toBe("Launched \n\n<!-- iac:annotations:launch -->");
  });
});
