import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import type { JsonObject } from "../../src/core/json.js";
import type { Definition, KindName } from "../../src/core/model.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { expectContract } from "../helpers/checked-emulator.js";
import { controlEmulator, resetEmulator } from "../helpers/emulator-control.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await resetEmulator(emulator);
  await controlEmulator(emulator, "POST", "/_emulator/ingest", { event: "purchase" });
});
// Every request and response of these tests must fit PostHog's OpenAPI contract too.
afterEach(() => {
  expectContract(emulator.requests);
});

const connection = () => emulatorConnection(emulator.url);
const def = (kind: KindName, spec: JsonObject): Definition => ({ kind, key: spec.key as string, spec });
const ref = (kind: KindName, key: string) => ({ $ref: `${kind}/${key}` });
const variants = [{ key: "control", rollout_percentage: 30 }, { key: "test", rollout_percentage: 70 }];
const flag = (extra: JsonObject = {}) => def("feature-flags", { key: "f", filters: { groups: [{ rollout_percentage: 100 }], multivariate: { variants } }, ...extra });
const experiment = (extra: JsonObject = {}) => def("experiments", { key: "e", name: "E", featureFlag: ref("feature-flags", "f"), ...extra });
const metric = (event: string, extra: JsonObject = {}) => ({ kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event }, ...extra });

async function api(method: string, path: string, body?: JsonObject): Promise<any> {
  const response = await fetch(`${emulator.url}/api/projects/1/${path}`, {
    method,
    headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/** Applies, then checks the next plan is a no-op; returns the applied plan's changes. */
async function converge(definitions: Definition[]): Promise<string[]> {
  const { plan } = await applyDefinitions(connection(), definitions);
  expect(describeChanges(await planDefinitions(connection(), definitions))).toEqual([]);
  return describeChanges(plan);
}

/** Objects the tool does not manage, created through the API, to prove applies leave them alone. */
async function unmanagedObjects(): Promise<() => Promise<void>> {
  const holdout = await api("POST", "experiment_holdouts/", { name: "Theirs", filters: [{ properties: [], rollout_percentage: 5 }] });
  const saved = await api("POST", "experiment_saved_metrics/", { name: "Theirs", query: metric("purchase") });
  const theirs = await api("POST", "experiments/", { name: "Theirs", feature_flag_key: "theirs", holdout_id: holdout.id, saved_metrics_ids: [{ id: saved.id, metadata: { type: "primary" } }] });
  await api("POST", `experiments/${theirs.id}/launch/`);
  await api("POST", `experiments/${theirs.id}/pause/`);
  const paths = [`experiments/${theirs.id}/`, `feature_flags/${theirs.feature_flag.id}/`, `experiment_holdouts/${holdout.id}/`, `experiment_saved_metrics/${saved.id}/`];
  const before = await Promise.all(paths.map((path) => api("GET", path)));
  return async () => expect(await Promise.all(paths.map((path) => api("GET", path)))).toEqual(before);
}

describe("experiment lifecycle and its flag", () => {
  it("keeps a paused experiment's flag off: apply after apply is a no-op (it used to flip-flop)", async () => {
    const untouched = await unmanagedObjects();
    const definitions = [flag(), experiment({ lifecycle: "paused" })];
    expect(await converge(definitions)).toEqual(["create feature-flags/f", "create experiments/e"]);
    for (let round = 0; round < 3; round++) expect(await converge(definitions)).toEqual([]);
    const [live] = (await api("GET", "experiments/")).results.filter((e: { name: string }) => e.name === "E");
    expect(live).toMatchObject({ status: "paused", feature_flag: { active: false } });
    await untouched();
  });

  it("moves running → paused → running in one apply each", async () => {
    await converge([flag(), experiment({ lifecycle: "running" })]);
    expect(await converge([flag(), experiment({ lifecycle: "paused" })])).toEqual(["update feature-flags/f", "update experiments/e"]);
    expect(await converge([flag(), experiment({ lifecycle: "running" })])).toEqual(["update feature-flags/f", "update experiments/e"]);
  });

  it("refuses a flag definition that contradicts its experiment's lifecycle, naming both", () => {
    const { diagnostics } = buildDesiredState([flag({ active: true }), experiment({ lifecycle: "paused" })]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ resource: "experiments/e", field: "lifecycle", message: expect.stringMatching(/experiment "e" is paused.*feature-flags\/f sets active: true/) }),
    ]);
  });

  it("ends an experiment launched in the same apply without leaving a disabled flag enabled", async () => {
    const definitions = [flag({ active: false }), experiment({ lifecycle: "stopped", conclusion: "won" })];
    await converge(definitions);
    const [live] = (await api("GET", "experiments/")).results;
    expect(live).toMatchObject({ status: "stopped", feature_flag: { active: false } });
  });
});

describe("archived experiments", () => {
  it("are listed with ?archived=true, so an archived managed experiment is never created twice", async () => {
    const definitions = [flag(), experiment({ lifecycle: "stopped", conclusion: "won", archived: true })];
    await converge(definitions);
    await converge(definitions);
    const all = [...(await api("GET", "experiments/")).results, ...(await api("GET", "experiments/?archived=true")).results];
    expect(all.map((e: { name: string; archived: boolean }) => [e.name, e.archived])).toEqual([["E", true]]);
    expect(emulator.requests.filter((r) => r.method === "GET" && r.path === "/api/projects/1/experiments/" && r.query.includes("archived=true")).length).toBeGreaterThan(0);
  });

  it("converge when archiving also archives the experiment's disabled flag, and when unarchiving restores it", async () => {
    await converge([flag({ active: false }), experiment({ lifecycle: "stopped", conclusion: "lost" })]);
    await converge([flag({ active: false }), experiment({ lifecycle: "stopped", conclusion: "lost", archived: true })]);
    const flagId = (await api("GET", "experiments/?archived=true")).results[0].feature_flag.id;
    expect(await api("GET", `feature_flags/${flagId}/`)).toMatchObject({ archived: true, active: false });
    await converge([flag({ active: false }), experiment({ lifecycle: "stopped", conclusion: "lost" })]);
    expect(await api("GET", `feature_flags/${flagId}/`)).toMatchObject({ archived: false, active: false });
  });
});

describe("experiment metrics", () => {
  it("keep their uuids across applies, edits and insertions, so results stay attached", async () => {
    const untouched = await unmanagedObjects();
    await converge([flag(), experiment({ lifecycle: "running", metrics: [metric("purchase")] })]);
    const uuidOf = async (index: number) => (await api("GET", `experiments/${(await api("GET", "experiments/")).results.find((e: { name: string }) => e.name !== "Theirs").id}/`)).metrics[index].uuid;
    const original = await uuidOf(0);
    emulator.clearRequests();
    await converge([flag(), experiment({ lifecycle: "running", name: "Renamed", metrics: [metric("purchase")] })]);
    expect(emulator.requests.filter((r) => r.method === "PATCH" && JSON.stringify(r.body).includes('"metrics"'))).toEqual([]);
    expect(await uuidOf(0)).toBe(original);
    await converge([flag(), experiment({ lifecycle: "running", name: "Renamed", metrics: [metric("purchase", { goal: "decrease" })] })]);
    expect(await uuidOf(0)).toBe(original);
    await converge([flag(), experiment({ lifecycle: "running", name: "Renamed", metrics: [metric("$pageview"), metric("purchase", { goal: "decrease" })] })]);
    expect(await uuidOf(1)).toBe(original);
    await untouched();
  });

  it("do not diff on action names PostHog refreshes on read, in experiments and saved metrics", async () => {
    const action = def("actions", { key: "bought", name: "Bought", steps: [{ event: "purchase" }] });
    const node = { kind: "ActionsNode", action: ref("actions", "bought"), name: "Written in the definition" };
    const saved = def("experiment-saved-metrics", { key: "bought", name: "Bought", query: { kind: "ExperimentMetric", metric_type: "funnel", series: [node] } });
    const definitions = (name: string) => [
      def("actions", { ...action.spec, name }),
      saved,
      flag(),
      experiment({ metrics: [{ kind: "ExperimentMetric", metric_type: "mean", source: node }], primarySavedMetrics: [ref("experiment-saved-metrics", "bought")] }),
    ];
    await converge(definitions("Bought"));
    expect(await converge(definitions("Bought it"))).toEqual(["update actions/bought"]);
  });
});

describe("experiment parameters, defaults and holdouts", () => {
  it("leave the flag's variants to the flag definition and fill PostHog's stats and exposure defaults without a diff", async () => {
    const definitions = [flag(), experiment({ parameters: { minimum_detectable_effect: 25 }, exposure_criteria: { filterTestAccounts: false } })];
    await converge(definitions);
    const id = (await api("GET", "experiments/")).results[0].id;
    const live = await api("GET", `experiments/${id}/`);
    expect(live).toMatchObject({ stats_config: { method: "bayesian" }, exposure_criteria: { filterTestAccounts: false }, parameters: { minimum_detectable_effect: 25 } });
    expect(live.feature_flag.filters.multivariate.variants).toMatchObject(variants);
    const version = live.feature_flag.version;
    await converge([flag(), experiment({ name: "Renamed", parameters: { minimum_detectable_effect: 30 }, exposure_criteria: { filterTestAccounts: false } })]);
    expect((await api("GET", `feature_flags/${live.feature_flag.id}/`)).version).toBe(version);
  });

  it("refuses variants or a rollout on the experiment that differ from its flag's, naming both", () => {
    const { diagnostics } = buildDesiredState([flag(), experiment({ parameters: { feature_flag_variants: [{ key: "control", split_percent: 50 }, { key: "test", split_percent: 50 }] } })]);
    expect(diagnostics.map((d) => [d.resource, d.field, d.message])).toEqual([
      ["experiments/e", "parameters", expect.stringMatching(/declares its flag's variants \(control 50%, test 50%\) in parameters, which PostHog reads from the feature flag .*but feature-flags\/f sets filters/)],
    ]);
    expect(buildDesiredState([flag(), experiment({ parameters: { rollout_percentage: 50 } })]).diagnostics.map((d) => d.field)).toEqual(["parameters"]);
    expect(buildDesiredState([flag(), experiment({ parameters: { feature_flag_variants: [{ key: "control" }, { key: "test", split_percent: 70 }] } })]).diagnostics.map((d) => d.field)).toEqual([
      "parameters.feature_flag_variants.0",
    ]);
  });

  it("accept the flag's own variants and rollout on the experiment, as PostHog's tool writes them, and send neither", async () => {
    const parameters: JsonObject = { feature_flag_variants: [{ key: "control", rollout_percentage: 30 }, { key: "test", split_percent: 70 }], rollout_percentage: 100, minimum_detectable_effect: 20 };
    await converge([flag(), experiment({ parameters })]);
    const writes = emulator.requests.filter((r) => r.path.includes("/experiments") && (r.method === "POST" || r.method === "PATCH"));
    expect(writes.map((r) => (r.body as JsonObject).parameters).filter((p) => p !== undefined)).toEqual([{ minimum_detectable_effect: 20 }]);
  });

  it("put the holdout on a flag the experiment links to, and converge", async () => {
    const holdout = def("experiment-holdouts", { key: "h", name: "H", filters: [{ properties: [], rollout_percentage: 10 }] });
    await converge([holdout, flag(), experiment({ holdout: ref("experiment-holdouts", "h") })]);
    const [live] = (await api("GET", "experiments/")).results;
    expect(live.feature_flag.filters.holdout).toEqual({ id: live.holdout.id, exclusion_percentage: 10 });
  });

  it("refuse a holdout description that cannot hold the identity marker, before any request", () => {
    const holdout = (description: string) => def("experiment-holdouts", { key: "h", name: "H", description, filters: [{ properties: [], rollout_percentage: 10 }] });
    expect(buildDesiredState([holdout("x".repeat(338))]).diagnostics).toEqual([]);
    const { diagnostics } = buildDesiredState([holdout("x".repeat(339))]);
    expect(diagnostics).toEqual([expect.objectContaining({ resource: "experiment-holdouts/h", field: "description", message: expect.stringContaining("over PostHog's limit of 400, so keep it to 338 characters") })]);
  });
});
