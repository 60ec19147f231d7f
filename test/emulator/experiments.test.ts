import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send, startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;
const base = "/api/projects/1";
const meanMetric = { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: "purchase" } };
const variants = (test = "test") => [
  { key: "control", rollout_percentage: 50 },
  { key: test, rollout_percentage: 50 },
];

beforeAll(async () => {
  api = await startTestEmulator();
  await send(`${api.url}/_emulator/ingest`, "POST", { event: "purchase" }, { key: api.emulator.adminKey });
});
afterAll(() => api.close());

async function flag(key: string, extra: Record<string, unknown> = {}) {
  return (await api.post(`${base}/feature_flags/`, { key, filters: { groups: [{ properties: [], rollout_percentage: 100 }], multivariate: { variants: variants() } }, ...extra })).body;
}

describe("experiments: create", () => {
  it("creates a draft on a new inactive flag with PostHog's default variants, stats and exposure defaults", async () => {
    const created = await api.post(`${base}/experiments/`, { name: "Checkout test", feature_flag_key: "checkout-test", metrics: [meanMetric], parameters: { minimum_detectable_effect: 20 } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "draft", start_date: null, feature_flag_key: "checkout-test", archived: false, is_legacy: false });
    expect(created.body.stats_config).toEqual({ method: "bayesian" });
    expect(created.body.exposure_criteria).toEqual({ filterTestAccounts: true });
    expect(created.body.feature_flag).toMatchObject({ key: "checkout-test", active: false });
    expect(created.body.feature_flag.filters.multivariate.variants).toEqual([
      { key: "control", name: "Control Group", rollout_percentage: 50 },
      { key: "test", name: "Test Variant", rollout_percentage: 50 },
    ]);
    expect(created.body.parameters).toEqual({
      minimum_detectable_effect: 20,
      feature_flag_variants: [
        { key: "control", name: "Control Group", rollout_percentage: 50, split_percent: 50 },
        { key: "test", name: "Test Variant", rollout_percentage: 50, split_percent: 50 },
      ],
      rollout_percentage: 100,
      ensure_experience_continuity: false,
    });
    expect(created.body.metrics[0]).toMatchObject({ ...meanMetric, uuid: expect.any(String), fingerprint: expect.any(String) });
    expect(created.body.primary_metrics_ordered_uuids).toEqual([created.body.metrics[0].uuid]);
    const flagRead = await api.get(`${base}/feature_flags/${created.body.feature_flag.id}/`);
    expect(flagRead.body).toMatchObject({ name: "Feature Flag for Experiment Checkout test", experiment_set: [created.body.id] });
  });

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

  it("links an existing flag as-is and refuses flag config for it", async () => {
    const existing = await flag("existing-flag");
    const refused = await api.post(`${base}/experiments/`, { name: "Config", feature_flag_key: "existing-flag", parameters: { feature_flag_variants: variants("b") } });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ attr: "feature_flag", detail: expect.stringContaining("A feature flag with key 'existing-flag' already exists; the experiment links to it as-is") });
    const linked = await api.post(`${base}/experiments/`, { name: "Linked", feature_flag_key: "existing-flag", parameters: { minimum_detectable_effect: 10 } });
    expect(linked.status).toBe(201);
    expect(linked.body.feature_flag).toMatchObject({ id: existing.id, active: true, version: existing.version });
    expect(linked.body.parameters.feature_flag_variants.map((variant: { key: string }) => variant.key)).toEqual(["control", "test"]);
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
  it("keeps the flag key immutable and names the serializer's keys", async () => {
    const created = (await api.post(`${base}/experiments/`, { name: "Immutable", feature_flag_key: "immutable-flag" })).body;
    expect((await api.patch(`${base}/experiments/${created.id}/`, { feature_flag_key: "other-key" })).body.detail).toBe("Can't update keys: get_feature_flag_key on Experiment");
    expect((await api.patch(`${base}/experiments/${created.id}/`, { type: "web" })).body.detail).toBe("Can't update keys: type on Experiment");
    expect((await api.patch(`${base}/experiments/${created.id}/`, { feature_flag_key: "immutable-flag", name: "Still immutable" })).body.name).toBe("Still immutable");
  });

  it("gives metrics sent without their uuid a new uuid on every update, and keeps a uuid that is sent", async () => {
    const created = (await api.post(`${base}/experiments/`, { name: "Uuids", feature_flag_key: "uuids", metrics: [meanMetric] })).body;
    const original = created.metrics[0].uuid;
    const resent = (await api.patch(`${base}/experiments/${created.id}/`, { metrics: [meanMetric] })).body;
    expect(resent.metrics[0].uuid).not.toBe(original);
    expect(resent.primary_metrics_ordered_uuids).toEqual([resent.metrics[0].uuid]);
    const kept = (await api.patch(`${base}/experiments/${created.id}/`, { metrics: [{ ...meanMetric, uuid: resent.metrics[0].uuid }] })).body;
    expect(kept.metrics[0].uuid).toBe(resent.metrics[0].uuid);
    const duplicate = (await api.patch(`${base}/experiments/${created.id}/`, { metrics: [{ ...meanMetric, uuid: "same" }, { ...meanMetric, uuid: "same" }] })).body;
    expect(duplicate.metrics[0].uuid).toBe("same");
    expect(duplicate.metrics[1].uuid).not.toBe("same");
  });

  it("syncs changed flag config of a draft onto the flag and ignores an echo of the projection", async () => {
    const created = (await api.post(`${base}/experiments/`, { name: "Draft sync", feature_flag_key: "draft-sync" })).body;
    const flagId = created.feature_flag.id;
    const version = (await api.get(`${base}/feature_flags/${flagId}/`)).body.version;
    await api.patch(`${base}/experiments/${created.id}/`, { parameters: created.parameters });
    expect((await api.get(`${base}/feature_flags/${flagId}/`)).body.version).toBe(version);
    const synced = await api.patch(`${base}/experiments/${created.id}/`, { parameters: { feature_flag_variants: [{ key: "control", split_percent: 20 }, { key: "test", split_percent: 80 }], rollout_percentage: 30 } });
    expect(synced.status).toBe(200);
    const flagAfter = (await api.get(`${base}/feature_flags/${flagId}/`)).body;
    expect(flagAfter.filters.multivariate.variants).toEqual([{ key: "control", rollout_percentage: 20 }, { key: "test", rollout_percentage: 80 }]);
    expect(flagAfter.filters.groups[0].rollout_percentage).toBe(30);
    expect(synced.body.parameters).toMatchObject({ rollout_percentage: 30, feature_flag_variants: [{ key: "control", split_percent: 20 }, { key: "test", split_percent: 80 }] });
  });

  it("refuses flag config on a launched experiment unless update_feature_flag_params is set", async () => {
    const created = (await api.post(`${base}/experiments/`, { name: "Running sync", feature_flag_key: "running-sync" })).body;
    await api.post(`${base}/experiments/${created.id}/launch/`);
    const config = { parameters: { feature_flag_variants: [{ key: "control", split_percent: 40 }, { key: "test", split_percent: 60 }] } };
    const refused = await api.patch(`${base}/experiments/${created.id}/`, config);
    expect(refused.body).toMatchObject({ attr: "feature_flag", detail: expect.stringContaining("This experiment is running.") });
    expect((await api.patch(`${base}/experiments/${created.id}/`, { ...config, update_feature_flag_params: true })).body.feature_flag.filters.multivariate.variants[1].rollout_percentage).toBe(60);
  });

  it("soft-deletes with 404 afterwards and restores with deleted:false", async () => {
    const created = (await api.post(`${base}/experiments/`, { name: "Removable", feature_flag_key: "removable" })).body;
    expect((await api.delete(`${base}/experiments/${created.id}/`)).status).toBe(405);
    await api.patch(`${base}/experiments/${created.id}/`, { deleted: true });
    expect((await api.get(`${base}/experiments/${created.id}/`)).status).toBe(404);
    expect((await api.patch(`${base}/experiments/${created.id}/`, { deleted: false })).body.deleted).toBe(false);
  });
});

describe("experiments: lifecycle and list", () => {
  it("walks launch, pause, resume, end, archive, unarchive and reset with PostHog's preconditions", async () => {
    const { id } = (await api.post(`${base}/experiments/`, { name: "Lifecycle", feature_flag_key: "lifecycle" })).body;
    const action = (name: string, body?: unknown) => api.post(`${base}/experiments/${id}/${name}/`, body);
    expect((await action("pause")).body.detail).toBe("Experiment has not been launched yet.");
    expect((await action("archive")).body.detail).toBe("Experiment must be ended before it can be archived.");
    expect((await action("launch")).body).toMatchObject({ status: "running", feature_flag: { active: true } });
    expect((await action("launch")).body.detail).toBe("Experiment has already been launched.");
    expect((await action("resume")).body.detail).toBe("Experiment is not paused.");
    expect((await action("pause")).body).toMatchObject({ status: "paused", feature_flag: { active: false } });
    expect((await action("pause")).body.detail).toBe("Experiment is already paused.");
    expect((await action("resume")).body.status).toBe("running");
    expect((await action("archive")).body.detail).toBe("Experiment must be ended before it can be archived.");
    const ended = (await action("end", { conclusion: "won", conclusion_comment: "Ship it" })).body;
    expect(ended).toMatchObject({ status: "stopped", conclusion: "won", conclusion_comment: "Ship it", feature_flag: { active: true } });
    expect((await action("end")).body.detail).toBe("Experiment has already ended.");
    expect((await action("unarchive")).body.detail).toBe("Experiment is not archived.");
    expect((await action("archive")).body).toMatchObject({ archived: true, feature_flag: { active: true } });
    expect((await action("archive")).body.detail).toBe("Experiment is already archived.");
    expect((await action("unarchive")).body.archived).toBe(false);
    const reset = (await action("reset")).body;
    expect(reset).toMatchObject({ status: "draft", start_date: null, end_date: null, conclusion: null, feature_flag: { active: true } });
    expect((await action("reset")).body.detail).toBe("Experiment is already in draft state.");
  });

  it("archives a disabled flag along with the experiment and restores it on unarchive", async () => {
    const { id, feature_flag } = (await api.post(`${base}/experiments/`, { name: "Paused then ended", feature_flag_key: "paused-then-ended" })).body;
    await api.post(`${base}/experiments/${id}/launch/`);
    await api.post(`${base}/experiments/${id}/pause/`);
    await api.post(`${base}/experiments/${id}/end/`);
    await api.post(`${base}/experiments/${id}/archive/`);
    expect((await api.get(`${base}/feature_flags/${feature_flag.id}/`)).body).toMatchObject({ archived: true, active: false });
    await api.post(`${base}/experiments/${id}/unarchive/`);
    expect((await api.get(`${base}/feature_flags/${feature_flag.id}/`)).body).toMatchObject({ archived: false, active: false });
  });

  it("lists the lean shape and hides archived experiments unless archived=true", async () => {
    const { id } = (await api.post(`${base}/experiments/`, { name: "Hidden when archived", feature_flag_key: "hidden-archived", metrics: [meanMetric] })).body;
    const listed = (await api.get(`${base}/experiments/?search=hidden when`)).body.results;
    expect(listed).toHaveLength(1);
    expect(Object.keys(listed[0])).not.toEqual(expect.arrayContaining(["metrics"]));
    for (const key of ["metrics", "metrics_secondary", "saved_metrics", "stats_config", "exposure_criteria", "holdout_id"]) expect(listed[0]).not.toHaveProperty(key);
    expect(listed[0]).toHaveProperty("parameters.feature_flag_variants");
    await api.patch(`${base}/experiments/${id}/`, { archived: true });
    expect((await api.get(`${base}/experiments/?search=hidden when`)).body.results).toHaveLength(0);
    expect((await api.get(`${base}/experiments/?search=hidden when&archived=1`)).body.results).toHaveLength(0);
    expect((await api.get(`${base}/experiments/?search=hidden when&archived=true`)).body.results.map((item: { id: number }) => item.id)).toEqual([id]);
    expect((await api.get(`${base}/experiments/${id}/`)).status).toBe(200);
  });

  it("refreshes ActionsNode names in metrics on read", async () => {
    const action = (await api.post(`${base}/actions/`, { name: "Bought", steps: [{ event: "purchase" }] })).body;
    const metric = { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "ActionsNode", id: action.id, name: "Stale name" } };
    const created = (await api.post(`${base}/experiments/`, { name: "Action names", feature_flag_key: "action-names", metrics: [metric] })).body;
    expect(created.metrics[0].source.name).toBe("Bought");
    await api.patch(`${base}/actions/${action.id}/`, { name: "Bought it" });
    expect((await api.get(`${base}/experiments/${created.id}/`)).body.metrics[0].source.name).toBe("Bought it");
  });
});
