import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostHogClient } from "../../src/adapters/posthog/client.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { readFieldActivity } from "../../src/engine/activity.js";
import type { JsonObject } from "../../src/core/json.js";
import { syntheticPlan } from "../helpers/synthetic-plan.js";

let emulator: RunningEmulator;
const client = () => createPostHogClient({ host: emulator.url, projectId: "1", apiKey: "phx_all", rateLimits: false });
const BY = "Emulator User (emulator@posthog.local)";

beforeAll(async () => {
  emulator = await startEmulator({ projects: [{ id: 1, name: "Activity" }], keys: [{ key: "phx_all", scopes: ["*"] }] });
});
afterAll(() => emulator.close());

describe("drift names who changed event definitions, annotations, holdouts, logs kinds, hog flows, playlists, batch exports and alerts, from the emulator's activity log", () => {
  it("reads an event definition's changed entry, an annotation's insight as dashboard_item, and a holdout's entries apart from an experiment's", async () => {
    const api = client();
    const definition = await api.post("event_definitions/", { name: "signed up" });
    await api.patch(`event_definitions/${String(definition.id)}/`, { description: "Edited in the UI" });

    const query = { kind: "DataTableNode", source: { kind: "HogQLQuery", query: "select 1" } };
    const first = await api.post("insights/", { name: "First", query });
    const second = await api.post("insights/", { name: "Second", query });
    const annotation = await api.post("annotations/", { content: "Launch", date_marker: "2026-01-01T00:00:00Z", scope: "dashboard_item", dashboard_item: first.id ?? null });
    await api.patch(`annotations/${String(annotation.id)}/`, { dashboard_item: second.id ?? null });

    const experiment = await api.post("experiments/", { name: "Checkout", feature_flag_key: "checkout" });
    const holdout = await api.post("experiment_holdouts/", { name: "Ten percent", filters: [{ properties: [], rollout_percentage: 10 }] });
    expect(holdout.id).toBe(experiment.id);
    await api.patch(`experiment_holdouts/${String(holdout.id)}/`, { name: "Renamed holdout" });

    const plan = syntheticPlan({ "event-definitions": 1, annotations: 1, experiments: 1, "experiment-holdouts": 1 });
    const step = (kind: string) => plan.steps.find((candidate) => candidate.kind === kind)!;
    Object.assign(step("event-definitions"), { id: definition.id, changes: [{ path: "description", kind: "update", before: "", after: "Edited in the UI" }] });
    Object.assign(step("annotations"), { id: annotation.id, changes: [{ path: "insight", kind: "update", before: "first", after: "second" }] });
    Object.assign(step("experiments"), { id: experiment.id, changes: [{ path: "name", kind: "update", before: "Checkout", after: "Elsewhere" }] });
    Object.assign(step("experiment-holdouts"), { id: holdout.id, changes: [{ path: "name", kind: "update", before: "Ten percent", after: "Renamed holdout" }] });

    const notes: string[] = [];
    const found = await readFieldActivity(api, plan, (text) => notes.push(text));
    expect(notes).toEqual([]);
    const fields = Object.fromEntries(Object.entries(found).map(([key, changes]) => [key.split("/")[0], changes.map((change) => [change.field, change.by])]));
    expect(fields).toEqual({
      "event-definitions": [["description", BY]],
      annotations: [["insight", BY]],
      "experiment-holdouts": [["name", BY]],
    });
  });

  it("reads a logs alert's and a logs sampling rule's entries, written by their save signals", async () => {
    const api = client();
    const alert = await api.post("logs/alerts/", { name: "Errors", filters: { severityLevels: ["error"] } });
    await api.patch(`logs/alerts/${String(alert.id)}/`, { threshold_count: 10 });
    const rule = await api.post("logs/sampling_rules/", { name: "Drop health", rule_type: "path_drop", config: { patterns: ["^/health"] } });
    await api.patch(`logs/sampling_rules/${String(rule.id)}/`, { enabled: true });

    const plan = syntheticPlan({ "logs-alerts": 1, "logs-sampling-rules": 1 });
    const step = (kind: string) => plan.steps.find((candidate) => candidate.kind === kind)!;
    Object.assign(step("logs-alerts"), { id: alert.id, changes: [{ path: "threshold_count", kind: "update", before: 100, after: 10 }] });
    Object.assign(step("logs-sampling-rules"), { id: rule.id, changes: [{ path: "enabled", kind: "update", before: false, after: true }] });

    const found = await readFieldActivity(api, plan, () => undefined);
    const fields = Object.fromEntries(Object.entries(found).map(([key, changes]) => [key.split("/")[0], changes.map((change) => [change.field, change.by])]));
    expect(fields).toEqual({ "logs-alerts": [["threshold_count", BY]], "logs-sampling-rules": [["enabled", BY]] });
  });

  it("reads a hog flow's, a batch export's and an alert's entries, a playlist's under the numeric id its short id leads to, an endpoint's under its id and version scope", async () => {
    const api = client();
    const actions: JsonObject[] = [
      { id: "t", name: "Signed up", type: "trigger", config: { type: "event", filters: { events: [{ id: "user signed up", type: "events" }] } } },
      { id: "x", name: "Exit", type: "exit", config: {} },
    ];
    const flow = await api.post("hog_flows/", { name: "Welcome", actions, edges: [{ from: "t", to: "x", type: "continue" }] });
    await api.patch(`hog_flows/${String(flow.id)}/`, { description: "Edited in the UI" });
    const playlist = await api.post("session_recording_playlists/", { name: "Rage", type: "collection" });
    await api.patch(`session_recording_playlists/${String(playlist.short_id)}/`, { pinned: true });
    const exported = await api.post("batch_exports/", { name: "Nightly", interval: "day", destination: { type: "HTTP", config: { url: "https://example.com/ingest", token: "t0ken" } } });
    await api.post(`batch_exports/${String(exported.id)}/pause/`, {});
    const query = { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "signed up" }] } };
    const insight = await api.post("insights/", { name: "Signups", query });
    const threshold = (upper: number) => ({ configuration: { type: "absolute", bounds: { upper } } });
    const alert = await api.post("alerts/", { name: "Drop", insight: insight.id ?? null, threshold: threshold(10), condition: { type: "absolute_value" }, config: { type: "TrendsAlertConfig", series_index: 0 }, subscribed_users: [] });
    await api.patch(`alerts/${String(alert.id)}/`, { threshold: threshold(20), calculation_interval: "hourly" });
    await api.post("endpoints/", { name: "signups", query: { kind: "HogQLQuery", query: "select 1" } });
    await api.patch("endpoints/signups/", { query: { kind: "HogQLQuery", query: "select 2" }, is_active: false });
    await api.patch("endpoints/signups/", { description: "Edited in the UI" });

    const plan = syntheticPlan({ "hog-flows": 1, "session-recording-playlists": 1, "batch-exports": 1, alerts: 1, endpoints: 1 });
    const step = (kind: string) => plan.steps.find((candidate) => candidate.kind === kind)!;
    Object.assign(step("hog-flows"), { id: flow.id, changes: [{ path: "description", kind: "update", before: "Edited in the UI", after: "" }] });
    Object.assign(step("session-recording-playlists"), { id: playlist.short_id, changes: [{ path: "pinned", kind: "update", before: true, after: false }] });
    Object.assign(step("batch-exports"), { id: exported.id, changes: [{ path: "paused", kind: "update", before: true, after: false }] });
    const alertChanges = [
      { path: "threshold.bounds.upper", kind: "update", before: 20, after: 10 },
      { path: "calculation_interval", kind: "update", before: "hourly", after: "daily" },
    ];
    Object.assign(step("alerts"), { id: alert.id, changes: alertChanges });
    const endpointChanges = [
      { path: "query.query", kind: "update", before: "select 2", after: "select 1" },
      { path: "is_active", kind: "update", before: false, after: true },
      { path: "description", kind: "update", before: "Edited in the UI", after: "" },
    ];
    Object.assign(step("endpoints"), { id: "signups", changes: endpointChanges });

    const notes: string[] = [];
    const found = await readFieldActivity(api, plan, (text) => notes.push(text));
    expect(notes).toEqual([]);
    const fields = Object.fromEntries(Object.entries(found).map(([key, changes]) => [key.split("/")[0], changes.map((change) => [change.field, change.by])]));
    expect(fields).toEqual({
      "hog-flows": [["description", BY]],
      "session-recording-playlists": [["pinned", BY]],
      "batch-exports": [["paused", BY]],
      alerts: [["threshold", BY], ["calculation_interval", BY]],
      endpoints: [["query", BY], ["is_active", BY], ["description", BY]],
    });
  });
});
