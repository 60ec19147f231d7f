import { describe, expect, it } from "vitest";
import { readFieldActivity, readRevertActivity } from "../../src/engine/activity.js";
import { PostHogApiError } from "../../src/adapters/posthog/client.js";
import type { JsonObject } from "../../src/core/json.js";
import type { ProjectApi } from "../../src/core/ports.js";
import { syntheticPlan } from "../helpers/synthetic-plan.js";

function apiAnswering(get: (path: string) => JsonObject | undefined): ProjectApi & { paths: string[] } {
  const paths: string[] = [];
  const unused = () => Promise.reject(new Error("not used"));
  return { projectId: "1", paths, list: unused, post: unused, patch: unused, delete: unused, get: async (path) => (paths.push(path), get(path)) };
}

const update = (fields: string[], at: string, user: JsonObject = { first_name: "Jane", last_name: "Doe", email: "jane@acme.com" }) => ({
  activity: "updated",
  user,
  created_at: at,
  detail: { changes: fields.map((field) => ({ type: "FeatureFlag", action: "changed", field })) },
});

describe("readFieldActivity", () => {
  it("reads an endpoint's history under its id and both scopes PostHog logs it under, counting version_created as an update", async () => {
    const plan = syntheticPlan({ endpoints: 1 });
    Object.assign(plan.steps[0]!, { id: "signups", changes: [{ path: "query", kind: "update", before: 1, after: 2 }] });
    const live: JsonObject = { id: "0b4e", name: "signups" };
    const versionCreated = { ...update(["query"], "2026-01-04T09:00:00Z"), activity: "version_created" };
    const api = apiAnswering((path): JsonObject => (path.startsWith("endpoints/") ? live : { results: [versionCreated] }));
    const found = await readFieldActivity(api, plan, () => undefined);
    expect(api.paths).toEqual(["endpoints/signups/", "activity_log/?scopes=Endpoint%2CEndpointVersion&item_id=0b4e"]);
    expect(found).toEqual({ "endpoints/endpoints-0000": [{ field: "query", by: "Jane Doe (jane@acme.com)", at: "2026-01-04T09:00:00Z" }] });
  });

  it("reads a playlist first, by the short id the API addresses it by, then its history under the numeric id PostHog logs", async () => {
    const plan = syntheticPlan({ "session-recording-playlists": 1 });
    Object.assign(plan.steps[0]!, { id: "AbC123", changes: [{ path: "pinned", kind: "update", before: true, after: false }] });
    const live: JsonObject = { id: 42, short_id: "AbC123" };
    const api = apiAnswering((path): JsonObject => (path.startsWith("session_recording_playlists/") ? live : { results: [update(["pinned"], "2026-01-04T09:00:00Z")] }));
    const found = await readFieldActivity(api, plan, () => undefined);
    expect(api.paths).toEqual(["session_recording_playlists/AbC123/", "activity_log/?scope=SessionRecordingPlaylist&item_id=42"]);
    expect(found).toEqual({ "session-recording-playlists/session-recording-playlists-0000": [{ field: "pinned", by: "Jane Doe (jane@acme.com)", at: "2026-01-04T09:00:00Z" }] });
  });

  it("names the newest logged update of each drifted field, for the kinds PostHog logs", async () => {
    const plan = syntheticPlan({ "feature-flags": 1, "property-groups": 1 });
    plan.steps[0]!.changes.push({ path: "filters.groups.0.rollout_percentage", kind: "update", before: 1, after: 2 });
    const api = apiAnswering(() => ({
      results: [update(["filters"], "2026-01-05T10:02:11.123456Z", { first_name: "", email: "ops@acme.com" }), update(["name"], "2026-01-04T09:00:00Z"), { activity: "created", created_at: "2026-01-01T00:00:00Z", detail: { changes: null } }, update(["filters"], "2026-01-01T00:00:00Z")],
    }));
    const notes: string[] = [];
    const found = await readFieldActivity(api, plan, (text) => notes.push(text));
    expect(api.paths).toEqual(["activity_log/?scope=FeatureFlag&item_id=1"]);
    expect(found).toEqual({
      "feature-flags/feature-flags-0000": [
        { field: "name", by: "Jane Doe (jane@acme.com)", at: "2026-01-04T09:00:00Z" },
        { field: "filters", by: "ops@acme.com", at: "2026-01-05T10:02:11.123456Z" },
      ],
    });
    expect(notes).toEqual([]);
  });

  it("reads event definitions' `changed` entries and an annotation's insight under the field PostHog logs, dashboard_item", async () => {
    const plan = syntheticPlan({ "event-definitions": 1, annotations: 1 });
    plan.steps[0]!.changes = [{ path: "description", kind: "update", before: "a", after: "b" }];
    plan.steps[1]!.changes = [{ path: "insight", kind: "update", before: "signups", after: null }];
    const changed = (field: string, at: string) => ({ ...update([field], at), activity: "changed" });
    const api = apiAnswering((path) => ({
      results: path.includes("scope=EventDefinition") ? [changed("tags", "2026-01-06T00:00:00Z"), changed("description", "2026-01-05T00:00:00Z")] : [update(["insight"], "2026-01-07T00:00:00Z"), update(["dashboard_item"], "2026-01-04T00:00:00Z")],
    }));
    const found = await readFieldActivity(api, plan, () => undefined);
    expect(api.paths).toEqual(["activity_log/?scope=EventDefinition&item_id=1", "activity_log/?scope=Annotation&item_id=1"]);
    expect(found).toEqual({
      "event-definitions/event-definitions-0000": [{ field: "description", by: "Jane Doe (jane@acme.com)", at: "2026-01-05T00:00:00Z" }],
      "annotations/annotations-0000": [{ field: "insight", by: "Jane Doe (jane@acme.com)", at: "2026-01-04T00:00:00Z" }],
    });
  });

  it("reads logs alerts and sampling rules under the scopes their models log, LogsAlertConfiguration and LogsExclusionRule", async () => {
    const plan = syntheticPlan({ "logs-alerts": 1, "logs-sampling-rules": 1 });
    plan.steps[0]!.changes = [{ path: "threshold_count", kind: "update", before: 100, after: 10 }];
    plan.steps[1]!.changes = [{ path: "config.patterns", kind: "update", before: [], after: ["^/health"] }];
    const api = apiAnswering(() => ({ results: [update(["threshold_count", "config"], "2026-02-01T00:00:00Z")] }));
    const found = await readFieldActivity(api, plan, () => undefined);
    expect(api.paths).toEqual(["activity_log/?scope=LogsAlertConfiguration&item_id=1", "activity_log/?scope=LogsExclusionRule&item_id=1"]);
    expect(found).toEqual({
      "logs-alerts/logs-alerts-0000": [{ field: "threshold_count", by: "Jane Doe (jane@acme.com)", at: "2026-02-01T00:00:00Z" }],
      "logs-sampling-rules/logs-sampling-rules-0000": [{ field: "config", by: "Jane Doe (jane@acme.com)", at: "2026-02-01T00:00:00Z" }],
    });
  });

  it("tells holdouts' and saved metrics' entries (under Experiment, typed holdout, shared_metric) from an experiment's of the same id", async () => {
    const plan = syntheticPlan({ experiments: 1, "experiment-holdouts": 1, "experiment-saved-metrics": 1 });
    const typed = (type: string | null, at: string) => ({ ...update(["name"], at), detail: { type, changes: [{ type: "Experiment", action: "changed", field: "name" }] } });
    const api = apiAnswering(() => ({ results: [typed("holdout", "2026-01-09T00:00:00Z"), typed("shared_metric", "2026-01-08T00:00:00Z"), typed(null, "2026-01-07T00:00:00Z")] }));
    const found = await readFieldActivity(api, plan, () => undefined);
    expect(api.paths).toEqual(Array.from({ length: 3 }, () => "activity_log/?scope=Experiment&item_id=1"));
    const at = (key: string) => found[key]?.map((entry) => entry.at);
    expect(at("experiments/experiments-0000")).toEqual(["2026-01-07T00:00:00Z"]);
    expect(at("experiment-holdouts/experiment-holdouts-0000")).toEqual(["2026-01-09T00:00:00Z"]);
    expect(at("experiment-saved-metrics/experiment-saved-metrics-0000")).toEqual(["2026-01-08T00:00:00Z"]);
  });

  it("is a note, not a failure, when the key may not read the activity log", async () => {
    const api = apiAnswering(() => {
      throw new PostHogApiError("refused", { status: 403, uncertain: false });
    });
    const notes: string[] = [];
    expect(await readFieldActivity(api, syntheticPlan({ insights: 2 }), (text) => notes.push(text))).toEqual({});
    expect(notes).toEqual(["Could not read PostHog's activity log, so drift does not say who changed what: the key lacks the activity_log:read scope"]);
    expect(api.paths).toHaveLength(1);
  });

  it("reads, for a plan's reverts, only the resources holding one, and counts the requests", async () => {
    const plan = syntheticPlan({ "feature-flags": 3 });
    plan.reverts = [{ kind: "feature-flags", key: plan.steps[1]!.key, path: "name" }];
    const api = apiAnswering(() => ({ results: [update(["name"], "2026-01-04T09:00:00Z")] }));
    const found = await readRevertActivity(api, plan, () => undefined);
    expect(api.paths).toEqual([`activity_log/?scope=FeatureFlag&item_id=${plan.steps[1]!.id}`]);
    expect(found).toEqual({ activity: { [`feature-flags/${plan.steps[1]!.key}`]: [{ field: "name", by: "Jane Doe (jane@acme.com)", at: "2026-01-04T09:00:00Z" }] }, requests: 1 });

    const none = apiAnswering(() => ({ results: [] }));
    expect(await readRevertActivity(none, { ...plan, reverts: [] }, () => undefined)).toEqual({ activity: {}, requests: 0 });
    expect(none.paths).toEqual([]);
  });

  it("skips the names with a note when the key lacks activity_log:read", async () => {
    const plan = syntheticPlan({ "feature-flags": 2 });
    plan.reverts = plan.steps.map((step) => ({ kind: step.kind, key: step.key, path: "name" }));
    const api = apiAnswering(() => {
      throw new PostHogApiError("refused", { status: 403, uncertain: false });
    });
    const notes: string[] = [];
    expect(await readRevertActivity(api, plan, (text) => notes.push(text))).toEqual({ activity: {}, requests: 1 });
    expect(notes).toEqual(["Could not read PostHog's activity log, so the plan does not say who made the changes it reverts: the key lacks the activity_log:read scope"]);
  });
});
