import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;
const base = "/api/projects/1";
const meanMetric = { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: "purchase" } };

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

describe("experiment holdouts", () => {
  it("validates filters, forces the variant, rewrites linked flags and hard-deletes", async () => {
    expect((await api.post(`${base}/experiment_holdouts/`, { name: "Empty", filters: [] })).body.detail).toBe("Filters must not be empty.");
    expect((await api.post(`${base}/experiment_holdouts/`, { name: "Big", filters: [{ rollout_percentage: 120 }] })).body.detail).toBe("Rollout percentage must be between 0 and 100.");
    // PostHog's tool types the rollout as nullable; PostHog refuses null as it refuses a missing one.
    expect((await api.post(`${base}/experiment_holdouts/`, { name: "Null", filters: [{ properties: [], rollout_percentage: null, variant: "holdout" }] })).body.detail).toBe("Rollout percentage must be present.");
    const holdout = await api.post(`${base}/experiment_holdouts/`, { name: "Ten percent", filters: [{ properties: [], rollout_percentage: 10 }] });
    expect(holdout.status).toBe(201);
    expect(holdout.body.filters).toEqual([{ properties: [], rollout_percentage: 10, variant: `holdout-${holdout.body.id}` }]);

    const experiment = (await api.post(`${base}/experiments/`, { name: "Held out", feature_flag_key: "held-out", holdout_id: holdout.body.id })).body;
    expect(experiment.holdout).toMatchObject({ id: holdout.body.id });
    expect(experiment.feature_flag.filters.holdout).toEqual({ id: holdout.body.id, exclusion_percentage: 10 });
    await api.patch(`${base}/experiment_holdouts/${holdout.body.id}/`, { filters: [{ properties: [], rollout_percentage: 20 }] });
    expect((await api.get(`${base}/feature_flags/${experiment.feature_flag.id}/`)).body.filters.holdout).toEqual({ id: holdout.body.id, exclusion_percentage: 20 });
    expect((await api.delete(`${base}/experiment_holdouts/${holdout.body.id}/`)).status).toBe(204);
    expect((await api.get(`${base}/experiments/${experiment.id}/`)).body.holdout_id).toBeNull();
  });

  it("holds name and description to 400 characters as DRF counts them: stripped, in code points", async () => {
    const filters = [{ properties: [], rollout_percentage: 10 }];
    const fits = await api.post(`${base}/experiment_holdouts/`, { name: "😀".repeat(400), description: `  ${"😀".repeat(400)}\u0085`, filters });
    expect(fits.status).toBe(201);
    expect(fits.body.description).toBe("😀".repeat(400));
    const over = await api.post(`${base}/experiment_holdouts/`, { name: "Over", description: "😀".repeat(401), filters });
    expect(over.status).toBe(400);
    expect(over.body).toMatchObject({ code: "max_length", attr: "description", detail: "Ensure this field has no more than 400 characters." });
  });

  it("applies a holdout to an existing flag only when a draft update sends holdout_id", async () => {
    const holdout = (await api.post(`${base}/experiment_holdouts/`, { name: "Five", filters: [{ properties: [], rollout_percentage: 5 }] })).body;
    await api.post(`${base}/feature_flags/`, {
      key: "linked-holdout",
      filters: { groups: [{ properties: [], rollout_percentage: 100 }], multivariate: { variants: [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }] } },
    });
    const experiment = (await api.post(`${base}/experiments/`, { name: "Linked holdout", feature_flag_key: "linked-holdout", holdout_id: holdout.id })).body;
    expect(experiment.feature_flag.filters.holdout).toBeUndefined();
    const updated = (await api.patch(`${base}/experiments/${experiment.id}/`, { holdout_id: holdout.id })).body;
    expect(updated.feature_flag.filters.holdout).toEqual({ id: holdout.id, exclusion_percentage: 5 });
  });
});

describe("experiment saved metrics", () => {
  it("keeps names unique case-insensitively and attaches them to experiments", async () => {
    const metric = await api.post(`${base}/experiment_saved_metrics/`, { name: "Revenue", query: meanMetric, tags: ["Money"] });
    expect(metric.status).toBe(201);
    expect(metric.body).toMatchObject({ name: "Revenue", tags: ["money"], query: { metric_type: "mean", uuid: expect.any(String) } });
    expect(metric.body.query).not.toHaveProperty("fingerprint");
    expect((await api.post(`${base}/experiment_saved_metrics/`, { name: "revenue", query: meanMetric })).body.detail).toBe("A shared metric with this name already exists.");
    expect((await api.post(`${base}/experiment_saved_metrics/`, { name: "Legacy", query: { kind: "ExperimentTrendsQuery" } })).status).toBe(400);
    const experiment = await api.post(`${base}/experiments/`, { name: "With saved", feature_flag_key: "with-saved", saved_metrics_ids: [{ id: metric.body.id, metadata: { type: "secondary" } }] });
    expect(experiment.body.saved_metrics).toEqual([
      expect.objectContaining({ experiment: experiment.body.id, saved_metric: metric.body.id, metadata: { type: "secondary" }, name: "Revenue", query: expect.objectContaining({ fingerprint: expect.any(String) }) }),
    ]);
    expect(experiment.body.secondary_metrics_ordered_uuids).toEqual([metric.body.query.uuid]);
    const missing = await api.post(`${base}/experiments/`, { name: "Missing", feature_flag_key: "missing-saved", saved_metrics_ids: [{ id: 9999 }] });
    expect(missing.body.detail).toBe("Saved metric does not exist or does not belong to this project");
    expect((await api.delete(`${base}/experiment_saved_metrics/${metric.body.id}/`)).status).toBe(204);
  });
});
