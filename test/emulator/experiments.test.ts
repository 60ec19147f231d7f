import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send, startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;
const meanMetric = { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: "purchase" } };

beforeAll(async () => {
  api = await startTestEmulator();
  await send(`${api.url}/_emulator/ingest`, "POST", { event: "purchase" }, { key: null });
});
afterAll(() => api.close());

describe("experiments", () => {
  it("creates a draft with a new 50/50 flag and walks the lifecycle", async () => {
    const created = await api.post("/api/projects/1/experiments/", { name: "Checkout test", feature_flag_key: "checkout-test", metrics: [meanMetric] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "draft", start_date: null, feature_flag_key: "checkout-test", archived: false });
    expect(created.body.feature_flag).toMatchObject({ key: "checkout-test", active: false });
    expect(created.body.feature_flag.filters.multivariate.variants).toEqual([
      { key: "control", rollout_percentage: 50 },
      { key: "test", rollout_percentage: 50 },
    ]);
    expect(created.body.metrics[0]).toMatchObject({ ...meanMetric, uuid: expect.any(String), fingerprint: expect.any(String) });
    const id = created.body.id;

    const flag = await api.get(`/api/projects/1/feature_flags/${created.body.feature_flag.id}/`);
    expect(flag.body).toMatchObject({ name: "Feature Flag for Experiment Checkout test", experiment_set: [id] });

    expect((await api.post(`/api/projects/1/experiments/${id}/launch/`)).body).toMatchObject({ status: "running", feature_flag: { active: true } });
    expect((await api.post(`/api/projects/1/experiments/${id}/pause/`)).body.status).toBe("paused");
    expect((await api.post(`/api/projects/1/experiments/${id}/resume/`)).body.status).toBe("running");
    const archiveRunning = await api.post(`/api/projects/1/experiments/${id}/archive/`);
    expect(archiveRunning.status).toBe(400);
    const ended = await api.post(`/api/projects/1/experiments/${id}/end/`, { conclusion: "won", conclusion_comment: "Ship it" });
    expect(ended.body).toMatchObject({ status: "stopped", conclusion: "won", conclusion_comment: "Ship it" });
    expect((await api.post(`/api/projects/1/experiments/${id}/archive/`)).body.archived).toBe(true);
    expect((await api.get("/api/projects/1/experiments/")).body.results.some((item: { id: number }) => item.id === id)).toBe(false);
    expect((await api.get("/api/projects/1/experiments/?archived=true")).body.results.some((item: { id: number }) => item.id === id)).toBe(true);
    expect((await api.post(`/api/projects/1/experiments/${id}/unarchive/`)).body.archived).toBe(false);
  });

  it("keeps the flag key immutable and variants fixed once launched", async () => {
    const created = (await api.post("/api/projects/1/experiments/", { name: "Immutable", feature_flag_key: "immutable-flag" })).body;
    const renamed = await api.patch(`/api/projects/1/experiments/${created.id}/`, { feature_flag_key: "other-key" });
    expect(renamed.body.detail).toBe("Can't update keys: feature_flag_key on Experiment");
    const sameKey = await api.patch(`/api/projects/1/experiments/${created.id}/`, { feature_flag_key: "immutable-flag", name: "Still immutable" });
    expect(sameKey.body.name).toBe("Still immutable");
    await api.post(`/api/projects/1/experiments/${created.id}/launch/`);
    const variants = await api.patch(`/api/projects/1/experiments/${created.id}/`, {
      parameters: { feature_flag_variants: [{ key: "control", split_percent: 34 }, { key: "a", split_percent: 33 }, { key: "b", split_percent: 33 }] },
    });
    expect(variants.body.detail).toBe("Can't update feature_flag_variants on Experiment");
    const deleteFlag = await api.patch(`/api/projects/1/feature_flags/${created.feature_flag.id}/`, { deleted: true });
    expect(deleteFlag.body.detail).toContain("Cannot delete a feature flag that is linked to running experiment(s)");
  });

  it("validates variants, reused flags and metric events", async () => {
    const single = await api.post("/api/projects/1/experiments/", { name: "One", feature_flag_key: "one-variant", parameters: { feature_flag_variants: [{ key: "control", split_percent: 100 }] } });
    expect(single.body.detail).toBe("Feature flag variants must have at least 2 variants");
    const noControl = await api.post("/api/projects/1/experiments/", {
      name: "NoControl",
      feature_flag_key: "no-control",
      parameters: { feature_flag_variants: [{ key: "a", split_percent: 50 }, { key: "b", split_percent: 50 }] },
    });
    expect(noControl.body.detail).toContain("must contain a variant with key 'control'");
    await api.post("/api/projects/1/feature_flags/", { key: "boolean-flag", filters: { groups: [{ properties: [], rollout_percentage: 100 }] } });
    const reuse = await api.post("/api/projects/1/experiments/", { name: "Reuse", feature_flag_key: "boolean-flag" });
    expect(reuse.body.detail).toBe("Feature flag must have at least 2 variants (control and at least one test variant)");
    const unknownEvent = await api.post("/api/projects/1/experiments/", {
      name: "Unknown",
      feature_flag_key: "unknown-event",
      metrics: [{ ...meanMetric, source: { kind: "EventsNode", event: "never_seen" } }],
    });
    expect(unknownEvent.body.detail).toContain("'never_seen' not found");
    const allowed = await api.post("/api/projects/1/experiments/", {
      name: "Allowed",
      feature_flag_key: "unknown-allowed",
      allow_unknown_events: true,
      metrics: [{ ...meanMetric, source: { kind: "EventsNode", event: "never_seen" } }],
    });
    expect(allowed.status).toBe(201);
  });

  it("soft-deletes with 404 afterwards and restores with deleted:false", async () => {
    const created = (await api.post("/api/projects/1/experiments/", { name: "Removable", feature_flag_key: "removable" })).body;
    expect((await api.delete(`/api/projects/1/experiments/${created.id}/`)).status).toBe(405);
    await api.patch(`/api/projects/1/experiments/${created.id}/`, { deleted: true });
    expect((await api.get(`/api/projects/1/experiments/${created.id}/`)).status).toBe(404);
    expect((await api.patch(`/api/projects/1/experiments/${created.id}/`, { deleted: false })).body.deleted).toBe(false);
  });
});

describe("experiment holdouts and saved metrics", () => {
  it("validates holdout filters, forces the variant, and hard-deletes", async () => {
    expect((await api.post("/api/projects/1/experiment_holdouts/", { name: "Empty", filters: [] })).body.detail).toBe("Filters must not be empty.");
    expect((await api.post("/api/projects/1/experiment_holdouts/", { name: "Big", filters: [{ rollout_percentage: 120 }] })).body.detail).toBe(
      "Rollout percentage must be between 0 and 100.",
    );
    const holdout = await api.post("/api/projects/1/experiment_holdouts/", { name: "Ten percent", filters: [{ properties: [], rollout_percentage: 10 }] });
    expect(holdout.status).toBe(201);
    expect(holdout.body.filters).toEqual([{ properties: [], rollout_percentage: 10, variant: `holdout-${holdout.body.id}` }]);

    const experiment = (await api.post("/api/projects/1/experiments/", { name: "Held out", feature_flag_key: "held-out", holdout_id: holdout.body.id })).body;
    expect(experiment.holdout).toMatchObject({ id: holdout.body.id });
    expect(experiment.feature_flag.filters.holdout).toEqual({ id: holdout.body.id, exclusion_percentage: 10 });
    await api.patch(`/api/projects/1/experiment_holdouts/${holdout.body.id}/`, { filters: [{ properties: [], rollout_percentage: 20 }] });
    const flag = await api.get(`/api/projects/1/feature_flags/${experiment.feature_flag.id}/`);
    expect(flag.body.filters.holdout).toEqual({ id: holdout.body.id, exclusion_percentage: 20 });
    expect((await api.delete(`/api/projects/1/experiment_holdouts/${holdout.body.id}/`)).status).toBe(204);
    expect((await api.get(`/api/projects/1/experiments/${experiment.id}/`)).body.holdout_id).toBeNull();
  });

  it("keeps saved-metric names unique case-insensitively and attaches them to experiments", async () => {
    const metric = await api.post("/api/projects/1/experiment_saved_metrics/", { name: "Revenue", query: meanMetric, tags: ["Money"] });
    expect(metric.status).toBe(201);
    expect(metric.body).toMatchObject({ name: "Revenue", tags: ["money"], query: { metric_type: "mean" } });
    expect((await api.post("/api/projects/1/experiment_saved_metrics/", { name: "revenue", query: meanMetric })).body.detail).toBe("A shared metric with this name already exists.");
    const legacy = await api.post("/api/projects/1/experiment_saved_metrics/", { name: "Legacy", query: { kind: "ExperimentTrendsQuery" } });
    expect(legacy.status).toBe(400);
    const experiment = await api.post("/api/projects/1/experiments/", {
      name: "With saved",
      feature_flag_key: "with-saved",
      saved_metrics_ids: [{ id: metric.body.id, metadata: { type: "secondary" } }],
    });
    expect(experiment.body.saved_metrics).toEqual([
      expect.objectContaining({ experiment: experiment.body.id, saved_metric: metric.body.id, metadata: { type: "secondary" }, name: "Revenue" }),
    ]);
    const missing = await api.post("/api/projects/1/experiments/", { name: "Missing", feature_flag_key: "missing-saved", saved_metrics_ids: [{ id: 9999 }] });
    expect(missing.body.detail).toBe("Saved metric does not exist or does not belong to this project");
    expect((await api.delete(`/api/projects/1/experiment_saved_metrics/${metric.body.id}/`)).status).toBe(204);
  });
});
