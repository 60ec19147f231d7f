import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send, startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;
const base = "/api/projects/1";
const meanMetric = { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: "purchase" } };

beforeAll(async () => {
  api = await startTestEmulator();
  await send(`${api.url}/_emulator/ingest`, "POST", { event: "purchase" }, { key: api.emulator.adminKey });
});
afterAll(() => api.close());

describe("experiments: create", () => {
  it("takes variants from parameters (split_percent wins over the deprecated rollout_percentage) for a new flag", async () => {
    const created = await api.post(`${base}/experiments/`, {
      name: "Three way",
      feature_flag_key: "three-way",
      parameters: { feature_flag_variants: [{ key: "Control", split_percent: 34, rollout_percentage: 1 }, { key: "a", rollout_percentage: 33 }, { key: "b", split_percent: 33 }], rollout_percentage: 40 },
    });
    expect(created.status).toBe(201);
    expect(created.body.feature_flag.filters.multivariate.variants).toEqual([
      { key: "control", rollout_percentage: 34 },
      { key: "a", rollout_percentage: 33 },
      { key: "b", rollout_percentage: 33 },
    ]);
    expect(created.body.feature_flag.filters.groups[0].rollout_percentage).toBe(40);
  });

  it("validates variants, reused flags, metric events and actions with PostHog's messages", async () => {
    const single = await api.post(`${base}/experiments/`, { name: "One", feature_flag_key: "one-variant", parameters: { feature_flag_variants: [{ key: "control", split_percent: 100 }] } });
    expect(single.body.detail).toBe("Feature flag must have at least 2 variants (control and at least one test variant)");
    const noControl = await api.post(`${base}/experiments/`, { name: "NoControl", feature_flag_key: "no-control", parameters: { feature_flag_variants: [{ key: "a", split_percent: 50 }, { key: "b", split_percent: 50 }] } });
    expect(noControl.body.detail).toBe("Feature flag variants must contain a variant with key 'control' (lowercase, exactly). Got keys: ['a', 'b']. Rename the baseline variant's 'key' to 'control'.");
    const noSplit = await api.post(`${base}/experiments/`, { name: "NoSplit", feature_flag_key: "no-split", parameters: { feature_flag_variants: [{ key: "control" }, { key: "b", split_percent: 50 }] } });
    expect(noSplit.body.detail).toBe("Each variant must include split_percent (recommended) or rollout_percentage (deprecated).");
    await api.post(`${base}/feature_flags/`, { key: "boolean-flag", filters: { groups: [{ properties: [], rollout_percentage: 100 }] } });
    expect((await api.post(`${base}/experiments/`, { name: "Reuse", feature_flag_key: "boolean-flag" })).body.detail).toBe(
      "Feature flag must have at least 2 variants (control and at least one test variant)",
    );
    const unknownEvent = await api.post(`${base}/experiments/`, { name: "Unknown", feature_flag_key: "unknown-event", metrics: [{ ...meanMetric, source: { kind: "EventsNode", event: "never_seen" } }] });
    expect(unknownEvent.body).toMatchObject({ attr: null, detail: expect.stringMatching(/^Event\(s\) 'never_seen' not found\./) });
    const allowed = await api.post(`${base}/experiments/`, { name: "Allowed", feature_flag_key: "unknown-allowed", allow_unknown_events: true, metrics: [{ ...meanMetric, source: { kind: "EventsNode", event: "never_seen" } }] });
    expect(allowed.status).toBe(201);
    const action = await api.post(`${base}/experiments/`, { name: "Action", feature_flag_key: "missing-action", metrics: [{ ...meanMetric, source: { kind: "ActionsNode", id: 99999 } }] });
    expect(action.body.detail).toBe("Action(s) with ID 99999 not found or deleted. Each ActionsNode must reference an existing action belonging to this project.");
    const legacy = await api.post(`${base}/experiments/`, { name: "Legacy", feature_flag_key: "legacy", metrics: [{ kind: "ExperimentTrendsQuery" }] });
    expect(legacy.body).toMatchObject({ attr: "metrics", detail: "Invalid metric at index 0: legacy metric kind 'ExperimentTrendsQuery' is no longer supported for new experiments. Use 'ExperimentMetric' instead." });
  });
});

describe("experiments: update", () => {
  it("soft-deletes with 404 afterwards and restores with deleted:false", async () => {
    const created = (await api.post(`${base}/experiments/`, { name: "Removable", feature_flag_key: "removable" })).body;
    expect((await api.delete(`${base}/experiments/${created.id}/`)).status).toBe(405);
    await api.patch(`${base}/experiments/${created.id}/`, { deleted: true });
    expect((await api.get(`${base}/experiments/${created.id}/`)).status).toBe(404);
    expect((await api.patch(`${base}/experiments/${created.id}/`, { deleted: false })).body.deleted).toBe(false);
  });
});
