import { describe, expect, it } from "vitest";
import { hardDelete, softDelete, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();
const metric = (event: string) => ({ kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event } });
const variants = (split: number) => [{ key: "control", rollout_percentage: split }, { key: "test", rollout_percentage: 100 - split }];

/** Creates a draft experiment on a new flag and registers the undo of both (experiment first). */
async function createExperiment(extra: Record<string, unknown> = {}) {
  const created = await contract.client.post("experiments/", { name: uniqueName("experiment"), feature_flag_key: uniqueName("experiment_flag"), allow_unknown_events: true, ...extra });
  expect(created.status).toBe(201);
  const flagId = created.body.feature_flag.id;
  contract.cleanup.add(`experiment flag ${flagId}`, () => softDelete(contract.client, `feature_flags/${flagId}/`));
  contract.cleanup.add(`experiment ${created.body.id}`, () => softDelete(contract.client, `experiments/${created.body.id}/`));
  return created.body;
}

async function createFlag(split: number) {
  const created = await contract.client.post("feature_flags/", { key: uniqueName("flag"), filters: { groups: [{ properties: [], rollout_percentage: 100 }], multivariate: { variants: variants(split) } } });
  expect(created.status).toBe(201);
  contract.cleanup.add(`flag ${created.body.id}`, () => softDelete(contract.client, `feature_flags/${created.body.id}/`));
  return created.body;
}

describe("contract: experiments", () => {
  it("creates a draft on a new inactive flag with PostHog's default variants, fills the stats and exposure defaults, and keeps the flag key immutable", async () => {
    const created = await createExperiment({ metrics: [metric("contract_event")], parameters: { minimum_detectable_effect: 20 } });
    expect(created).toMatchObject({ start_date: null, status: "draft", archived: false, is_legacy: false, feature_flag: { key: created.feature_flag_key, active: false } });
    expect(created.stats_config).toEqual({ method: "bayesian" });
    expect(created.exposure_criteria).toEqual({ filterTestAccounts: true });
    expect(created.metrics[0]).toMatchObject({ ...metric("contract_event"), uuid: expect.any(String), fingerprint: expect.any(String) });
    expect(created.primary_metrics_ordered_uuids).toEqual([created.metrics[0].uuid]);
    expect(created.feature_flag.filters.multivariate.variants).toEqual([
      { key: "control", name: "Control Group", rollout_percentage: 50 },
      { key: "test", name: "Test Variant", rollout_percentage: 50 },
    ]);
    // Reads project the flag's config into the deprecated parameters, with split_percent beside rollout_percentage.
    expect(created.parameters).toEqual({
      minimum_detectable_effect: 20,
      feature_flag_variants: created.feature_flag.filters.multivariate.variants.map((variant: { rollout_percentage: number }) => ({ ...variant, split_percent: variant.rollout_percentage })),
      rollout_percentage: 100,
      ensure_experience_continuity: false,
    });
    const flag = await contract.client.get(`feature_flags/${created.feature_flag.id}/`);
    expect(flag.body).toMatchObject({ name: `Feature Flag for Experiment ${created.name}`, experiment_set: [created.id] });
    const renamed = await contract.client.patch(`experiments/${created.id}/`, { feature_flag_key: `${created.feature_flag_key}_changed` });
    expect(renamed.body).toMatchObject({ attr: null, detail: "Can't update keys: get_feature_flag_key on Experiment" });
    expect((await contract.client.patch(`experiments/${created.id}/`, { type: "web" })).body.detail).toBe("Can't update keys: type on Experiment");
    expect((await contract.client.patch(`experiments/${created.id}/`, { feature_flag_key: created.feature_flag_key, name: `${created.name}_renamed` })).body.name).toBe(`${created.name}_renamed`);
  });

  it("gives metrics sent without a uuid new uuids on update, and keeps the uuids sent", async () => {
    const created = await createExperiment({ metrics: [metric("contract_event")] });
    const original = created.metrics[0].uuid;
    const resent = await contract.client.patch(`experiments/${created.id}/`, { metrics: [metric("contract_event")], allow_unknown_events: true });
    expect(resent.status).toBe(200);
    expect(resent.body.metrics[0].uuid).not.toBe(original);
    expect(resent.body.primary_metrics_ordered_uuids).toEqual([resent.body.metrics[0].uuid]);
    const kept = await contract.client.patch(`experiments/${created.id}/`, { metrics: [{ ...metric("contract_event"), uuid: original }], allow_unknown_events: true });
    expect(kept.body.metrics[0].uuid).toBe(original);
    const duplicate = await contract.client.patch(`experiments/${created.id}/`, { metrics: [{ ...metric("contract_event"), uuid: "same" }, { ...metric("contract_event"), uuid: "same" }], allow_unknown_events: true });
    expect(duplicate.body.metrics[0].uuid).toBe("same");
    expect(duplicate.body.metrics[1].uuid).not.toBe("same");
  });

  it("links an existing flag as-is, refuses flag config for it, and syncs flag config of a draft onto its flag", async () => {
    const flag = await createFlag(30);
    const refused = await contract.client.post("experiments/", { name: uniqueName("experiment"), feature_flag_key: flag.key, parameters: { feature_flag_variants: variants(40) } });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ attr: "feature_flag", detail: expect.stringContaining(`A feature flag with key '${flag.key}' already exists; the experiment links to it as-is`) });
    const linked = await contract.client.post("experiments/", { name: uniqueName("experiment"), feature_flag_key: flag.key });
    expect(linked.status).toBe(201);
    contract.cleanup.add(`experiment ${linked.body.id}`, () => softDelete(contract.client, `experiments/${linked.body.id}/`));
    expect(linked.body.feature_flag).toMatchObject({ id: flag.id, active: true, version: flag.version });
    expect(linked.body.parameters.feature_flag_variants.map((variant: { split_percent: number }) => variant.split_percent)).toEqual([30, 70]);
    const synced = await contract.client.patch(`experiments/${linked.body.id}/`, { feature_flag: { filters: { multivariate: { variants: variants(20) }, groups: [{ properties: [], rollout_percentage: 60 }] } } });
    expect(synced.status).toBe(200);
    const flagRead = await contract.client.get(`feature_flags/${flag.id}/`);
    expect(flagRead.body.filters.multivariate.variants.map((variant: { rollout_percentage: number }) => variant.rollout_percentage)).toEqual([20, 80]);
    expect(flagRead.body.filters.groups[0].rollout_percentage).toBe(60);
  });

  it("syncs changed parameters of a draft onto its flag and ignores an echo of the projection", async () => {
    const created = await createExperiment();
    const flagId = created.feature_flag.id;
    const version = (await contract.client.get(`feature_flags/${flagId}/`)).body.version;
    await contract.client.patch(`experiments/${created.id}/`, { parameters: created.parameters });
    expect((await contract.client.get(`feature_flags/${flagId}/`)).body.version).toBe(version);
    const synced = await contract.client.patch(`experiments/${created.id}/`, { parameters: { feature_flag_variants: [{ key: "control", split_percent: 20 }, { key: "test", split_percent: 80 }], rollout_percentage: 30 } });
    expect(synced.status).toBe(200);
    const flag = (await contract.client.get(`feature_flags/${flagId}/`)).body;
    expect(flag.filters.multivariate.variants).toEqual([{ key: "control", rollout_percentage: 20 }, { key: "test", rollout_percentage: 80 }]);
    expect(flag.filters.groups[0].rollout_percentage).toBe(30);
    expect(synced.body.parameters).toMatchObject({ rollout_percentage: 30, feature_flag_variants: [{ key: "control", split_percent: 20 }, { key: "test", split_percent: 80 }] });
  });

  it("refuses flag config on a launched experiment unless update_feature_flag_params is sent", async () => {
    const created = await createExperiment();
    expect((await contract.client.post(`experiments/${created.id}/launch/`)).status).toBe(200);
    const config = { feature_flag: { filters: { multivariate: { variants: variants(40) } } } };
    const refused = await contract.client.patch(`experiments/${created.id}/`, config);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ attr: "feature_flag", detail: expect.stringContaining("This experiment is running.") });
    const allowed = await contract.client.patch(`experiments/${created.id}/`, { ...config, update_feature_flag_params: true });
    expect(allowed.status).toBe(200);
    expect(allowed.body.feature_flag.filters.multivariate.variants.map((variant: { rollout_percentage: number }) => variant.rollout_percentage)).toEqual([40, 60]);
    expect((await contract.client.post(`experiments/${created.id}/end/`, { conclusion: "inconclusive" })).status).toBe(200);
  });

  it("walks launch, pause, resume, end, archive, unarchive and reset with PostHog's preconditions: pause disables the flag, end leaves it, archive needs an ended experiment", async () => {
    const created = await createExperiment();
    const act = (action: string, body?: Record<string, unknown>) => contract.client.post(`experiments/${created.id}/${action}/`, body);
    expect((await act("pause")).body.detail).toBe("Experiment has not been launched yet.");
    expect((await act("archive")).body.detail).toBe("Experiment must be ended before it can be archived.");
    expect((await act("launch")).body).toMatchObject({ status: "running", feature_flag: { active: true } });
    expect((await act("launch")).body.detail).toBe("Experiment has already been launched.");
    expect((await act("resume")).body.detail).toBe("Experiment is not paused.");
    expect((await act("pause")).body).toMatchObject({ status: "paused", feature_flag: { active: false } });
    expect((await act("pause")).body.detail).toBe("Experiment is already paused.");
    expect((await act("resume")).body).toMatchObject({ status: "running", feature_flag: { active: true } });
    expect((await act("archive")).body.detail).toBe("Experiment must be ended before it can be archived.");
    expect((await act("end", { conclusion: "won", conclusion_comment: "Ship it" })).body).toMatchObject({ status: "stopped", conclusion: "won", conclusion_comment: "Ship it", feature_flag: { active: true } });
    expect((await act("end")).body.detail).toBe("Experiment has already ended.");
    expect((await act("unarchive")).body.detail).toBe("Experiment is not archived.");
    expect((await act("archive", {})).body).toMatchObject({ archived: true, feature_flag: { active: true } });
    expect((await act("archive", {})).body.detail).toBe("Experiment is already archived.");
    expect((await act("unarchive")).body.archived).toBe(false);
    expect((await act("reset")).body).toMatchObject({ status: "draft", start_date: null, end_date: null, conclusion: null, feature_flag: { active: true } });
    expect((await act("reset")).body.detail).toBe("Experiment is already in draft state.");
  });

  it("archives a disabled flag with its ended experiment and restores it on unarchive", async () => {
    const created = await createExperiment();
    await contract.client.post(`experiments/${created.id}/launch/`);
    await contract.client.post(`experiments/${created.id}/pause/`);
    await contract.client.post(`experiments/${created.id}/end/`, {});
    expect((await contract.client.post(`experiments/${created.id}/archive/`, {})).status).toBe(200);
    expect((await contract.client.get(`feature_flags/${created.feature_flag.id}/`)).body).toMatchObject({ archived: true, active: false });
    expect((await contract.client.post(`experiments/${created.id}/unarchive/`)).status).toBe(200);
    expect((await contract.client.get(`feature_flags/${created.feature_flag.id}/`)).body).toMatchObject({ archived: false, active: false });
  });

  it("lists the lean shape and hides archived experiments unless archived=true", async () => {
    const created = await createExperiment({ metrics: [metric("contract_event")] });
    const search = `search=${encodeURIComponent(created.name)}`;
    const [listed] = (await contract.client.get(`experiments/?${search}`)).body.results;
    expect(listed.id).toBe(created.id);
    for (const key of ["metrics", "metrics_secondary", "saved_metrics", "stats_config", "exposure_criteria", "holdout_id"]) expect(listed).not.toHaveProperty(key);
    expect(listed).toHaveProperty("parameters.feature_flag_variants");
    expect((await contract.client.patch(`experiments/${created.id}/`, { archived: true })).status).toBe(200);
    expect((await contract.client.get(`experiments/?${search}`)).body.results).toEqual([]);
    // Only the literal "true" lists archived experiments.
    expect((await contract.client.get(`experiments/?${search}&archived=1`)).body.results).toEqual([]);
    expect((await contract.client.get(`experiments/?${search}&archived=true`)).body.results.map((item: { id: number }) => item.id)).toEqual([created.id]);
    expect((await contract.client.get(`experiments/${created.id}/`)).status).toBe(200);
  });

  it("fills and refreshes ActionsNode names in metrics on read", async () => {
    const action = await contract.client.post("actions/", { name: uniqueName("action"), steps: [{ event: "contract_event" }] });
    expect(action.status).toBe(201);
    contract.cleanup.add(`action ${action.body.id}`, () => softDelete(contract.client, `actions/${action.body.id}/`));
    const created = await createExperiment({ metrics: [{ kind: "ExperimentMetric", metric_type: "mean", source: { kind: "ActionsNode", id: action.body.id, name: "Stale name" } }] });
    expect(created.metrics[0].source.name).toBe(action.body.name);
    const renamed = `${action.body.name}_renamed`;
    await contract.client.patch(`actions/${action.body.id}/`, { name: renamed });
    expect((await contract.client.get(`experiments/${created.id}/`)).body.metrics[0].source.name).toBe(renamed);
  });
});

describe("contract: holdouts and saved metrics", () => {
  it("creates and hard-deletes a holdout, forcing the variant and capping the description at 400 characters", async () => {
    const tooLong = await contract.client.post("experiment_holdouts/", { name: uniqueName("holdout"), description: "x".repeat(401), filters: [{ properties: [], rollout_percentage: 5 }] });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ attr: "description", code: "max_length", detail: "Ensure this field has no more than 400 characters." });
    const holdout = await contract.client.post("experiment_holdouts/", { name: uniqueName("holdout"), description: "x".repeat(400), filters: [{ properties: [], rollout_percentage: 5 }] });
    expect(holdout.status).toBe(201);
    contract.cleanup.add(`holdout ${holdout.body.id}`, () => hardDelete(contract.client, `experiment_holdouts/${holdout.body.id}/`));
    expect(holdout.body.filters[0]).toMatchObject({ rollout_percentage: 5, variant: `holdout-${holdout.body.id}` });
    expect((await contract.client.patch(`experiment_holdouts/${holdout.body.id}/`, { description: "y".repeat(401) })).body.attr).toBe("description");
  });

  it("assigns a saved metric's uuid on create, keeps it on update, and refreshes action names on read", async () => {
    const action = await contract.client.post("actions/", { name: uniqueName("action"), steps: [{ event: "contract_event" }] });
    contract.cleanup.add(`action ${action.body.id}`, () => softDelete(contract.client, `actions/${action.body.id}/`));
    const query = { kind: "ExperimentMetric", metric_type: "funnel", series: [{ kind: "ActionsNode", id: action.body.id }] };
    const created = await contract.client.post("experiment_saved_metrics/", { name: uniqueName("metric"), query: { ...query, uuid: "from-an-inline-metric" } });
    expect(created.status).toBe(201);
    contract.cleanup.add(`saved metric ${created.body.id}`, () => hardDelete(contract.client, `experiment_saved_metrics/${created.body.id}/`));
    expect(created.body.query).toMatchObject({ uuid: expect.any(String), series: [{ name: action.body.name }] });
    expect(created.body.query.uuid).not.toBe("from-an-inline-metric");
    const edited = await contract.client.patch(`experiment_saved_metrics/${created.body.id}/`, { query: { ...query, conversion_window: 7, conversion_window_unit: "day" } });
    expect(edited.body.query).toMatchObject({ uuid: created.body.query.uuid, conversion_window: 7 });
    const changed = await contract.client.patch(`experiment_saved_metrics/${created.body.id}/`, { query: { ...query, uuid: "00000000-0000-4000-8000-000000000000" } });
    expect(changed.status).toBe(400);
    expect(changed.body).toMatchObject({ attr: null, detail: "Saved metric UUID cannot be changed" });

    const renamed = `${action.body.name}_renamed`;
    await contract.client.patch(`actions/${action.body.id}/`, { name: renamed });
    expect((await contract.client.get(`experiment_saved_metrics/${created.body.id}/`)).body.query.series[0].name).toBe(renamed);
    const experiment = await createExperiment({ saved_metrics_ids: [{ id: created.body.id, metadata: { type: "primary" } }] });
    expect(experiment.saved_metrics[0].query.series[0].name).toBe(renamed);
    const ghost = await contract.client.post("experiment_saved_metrics/", { name: uniqueName("metric"), query: { ...query, series: [{ kind: "ActionsNode", id: 2147483000 }] } });
    if (ghost.status === 201) contract.cleanup.add(`saved metric ${ghost.body.id}`, () => hardDelete(contract.client, `experiment_saved_metrics/${ghost.body.id}/`));
    expect(ghost.status).toBe(400);
    expect(ghost.body.detail).toContain("Action(s) with ID 2147483000 not found");
  });
});
