import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Definition } from "../../src/core/model.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { presentStep } from "../../src/render/present.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";
import { controlEmulator, resetEmulator } from "../helpers/emulator-control.js";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await resetEmulator(emulator);
  emulator.clearRequests();
});

const connection = () => emulatorConnection(emulator.url);
const writes = () => emulator.requests.filter((r) => r.method !== "GET").map((r) => ({ method: r.method, path: r.path, body: r.body }));

describe("event definitions that ingestion already created", () => {
  it("are adopted (shown in the plan) and updated, not created twice", async () => {
    await controlEmulator(emulator, "POST", "/_emulator/ingest", { event: "user signed up" });
    const signup: Definition = { kind: "event-definitions", key: "user signed up", spec: { key: "user signed up", name: "user signed up", description: "A new account" } };
    const plan = await planDefinitions(connection(), [signup]);
    expect(plan.steps).toMatchObject([{ action: "update", adopt: true }]);
    expect(presentStep(plan, plan.steps[0]!).notes).toEqual(["adopts the existing event definition (not yet managed by this tool)"]);
    emulator.clearRequests();
    await applyDefinitions(connection(), [signup]);
    expect(writes().map((w) => w.method)).toEqual(["PATCH"]);
    expect(describeChanges(await planDefinitions(connection(), [signup]))).toEqual([]);
  });
});

describe("project settings", () => {
  it("compares and sends only the declared fields", async () => {
    const settings: Definition = { kind: "project-settings", key: "project", spec: { key: "project", timezone: "Europe/Berlin", anonymize_ips: true } };
    const plan = await planDefinitions(connection(), [settings]);
    expect(plan.steps[0]!.changes.map((c) => c.path).sort()).toEqual(["anonymize_ips", "timezone"]);
    emulator.clearRequests();
    await applyDefinitions(connection(), [settings]);
    expect(writes()).toEqual([{ method: "PATCH", path: "/api/environments/1/", body: { anonymize_ips: true, timezone: "Europe/Berlin" } }]);
    expect(describeChanges(await planDefinitions(connection(), [settings]))).toEqual([]);
    // Removing the definition never resets or deletes anything, even with prune.
    expect(describeChanges(await planDefinitions(connection(), [], { prune: true }))).toEqual([]);
  });
});

describe("experiments", () => {
  const flag: Definition = {
    kind: "feature-flags",
    key: "exp-flag",
    spec: { key: "exp-flag", filters: { groups: [{ rollout_percentage: 100 }], multivariate: { variants: [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }] } } },
  };
  const experiment = (extra: Record<string, unknown>): Definition => ({
    kind: "experiments",
    key: "exp",
    spec: { key: "exp", name: "Exp", featureFlag: { $ref: "feature-flags/exp-flag" }, ...extra } as Definition["spec"],
  });

  it("warn loudly when a running experiment's metrics change, and move through the lifecycle", async () => {
    await applyDefinitions(connection(), [flag, experiment({ lifecycle: "running" })]);
    const metric = { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: "$pageview" } };
    const plan = await planDefinitions(connection(), [flag, experiment({ lifecycle: "running", metrics: [metric] })]);
    expect(plan.steps.find((s) => s.key === "exp")!.warnings).toEqual([{ type: "risk", message: "this experiment is running: changing its metrics invalidates the results collected so far" }]);

    await applyDefinitions(connection(), [flag, experiment({ lifecycle: "stopped", conclusion: "won" })]);
    const [live] = ((await (await fetch(`${emulator.url}/api/projects/1/experiments/`, { headers: { authorization: "Bearer phx_emulator" } })).json()) as { results: unknown[] }).results;
    expect(live).toMatchObject({ status: "stopped", conclusion: "won" });
    expect(emulator.requests.filter((r) => r.method === "POST").map((r) => r.path.replace(/\d+/g, "N"))).toContain("/api/projects/N/experiments/N/end/");
  });
});

describe("links into the PostHog web app", () => {
  it("carry an insight's short id, the id its page uses", async () => {
    const insight: Definition = { kind: "insights", key: "i", spec: { key: "i", name: "I", query: { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [] } } } };
    await applyDefinitions(connection(), [insight]);
    const plan = await planDefinitions(connection(), [{ ...insight, spec: { ...insight.spec, name: "I2" } }]);
    const [live] = ((await (await fetch(`${emulator.url}/api/projects/1/insights/`, { headers: { authorization: "Bearer phx_emulator" } })).json()) as { results: { id: number; short_id: string }[] }).results;
    expect(plan.steps[0]).toMatchObject({ id: live!.id, uiId: live!.short_id });
  });
});
