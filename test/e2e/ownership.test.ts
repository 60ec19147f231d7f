import { tmpdir } from "node:os";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/core/config.js";
import type { JsonObject } from "../../src/core/json.js";
import type { Definition, KindName } from "../../src/core/model.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { connect } from "../../src/engine/project.js";
import { pullProject } from "../../src/engine/pull.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";

let emulator: RunningEmulator;
beforeEach(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterEach(() => emulator.close());

const def = (kind: KindName, spec: JsonObject): Definition => ({ kind, key: spec.key as string, spec });
const trends = (event: string): JsonObject => ({ kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event, math: "total" }] } });
const repository = (owner: string | undefined, event: string): Definition[] => [
  def("insights", { key: "signups", name: `Signups (${owner ?? "no owner"})`, query: trends(event) }),
  def("cohorts", { key: "vips", name: `VIPs (${owner ?? "no owner"})`, filters: { properties: { type: "OR", values: [{ type: "AND", values: [{ type: "person", key: "email", operator: "icontains", value: "@vip.com" }] }] } } }),
];
const as = (owner?: string) => ({ ...emulatorConnection(emulator.url), ...(owner ? { owner } : {}) });

async function list(collection: string): Promise<any[]> {
  const response = await fetch(`${emulator.url}/api/projects/1/${collection}/`, { headers: { authorization: "Bearer phx_emulator" } });
  return ((await response.json()) as { results: any[] }).results.filter((r) => r.deleted !== true);
}

describe("ownership scopes in one project", () => {
  it("leaves room in a holdout's 400-character description for the owner in its marker, to the character", async () => {
    const holdout = (description: string) => def("experiment-holdouts", { key: "h", name: "H", description, filters: [{ properties: [], rollout_percentage: 10 }] });
    // " owner:team-checkout" takes 20 of the 338 characters left beside the bare marker.
    await expect(planDefinitions(as("team-checkout"), [holdout("x".repeat(319))])).rejects.toThrow(/keep it to 318 characters or use a shorter key or owner/);
    expect(emulator.requests).toEqual([]);
    await applyDefinitions(as("team-checkout"), [holdout("x".repeat(318))]);
    const [live] = await list("experiment_holdouts");
    expect(live.description).toHaveLength(400);
    expect(live.description.endsWith(" owner:team-checkout -->")).toBe(true);
    expect(describeChanges(await planDefinitions(as("team-checkout"), [holdout("x".repeat(318))]))).toEqual([]);
  });

  it("lets two repositories manage the same keys side by side, each blind to the other's resources", async () => {
    await applyDefinitions(as("team-a"), repository("team-a", "a"));
    await applyDefinitions(as("team-b"), repository("team-b", "b"));

    expect((await list("insights")).map((i) => i.tags).sort()).toEqual([
      ["iac:insights:signups", "iac:owner:team-a"],
      ["iac:insights:signups", "iac:owner:team-b"],
    ]);
    expect((await list("cohorts")).map((c) => c.description).sort()).toEqual(["<!-- iac:cohorts:vips iac:hash:0000000000000000 owner:team-a -->", "<!-- iac:cohorts:vips iac:hash:0000000000000000 owner:team-b -->"]);
    expect(describeChanges(await planDefinitions(as("team-a"), repository("team-a", "a")))).toEqual([]);
    expect(describeChanges(await planDefinitions(as("team-b"), repository("team-b", "b")))).toEqual([]);
  });

  it("prunes only the resources of its own owner", async () => {
    await applyDefinitions(as("team-a"), repository("team-a", "a"));
    await applyDefinitions(as("team-b"), repository("team-b", "b"));
    const pruned = await applyDefinitions(as("team-b"), [], { prune: true });
    expect(describeChanges(pruned.plan)).toEqual(["delete insights/signups", "delete cohorts/vips"]);
    expect((await list("insights")).map((i) => i.name)).toEqual(["Signups (team-a)"]);
    expect(describeChanges(await planDefinitions(as("team-a"), repository("team-a", "a")))).toEqual([]);
  });

  it("keeps managing identities written before an owner was configured, claims them on the next update, and is then invisible to a repository without an owner", async () => {
    await applyDefinitions(as(), repository(undefined, "legacy"));
    expect(describeChanges(await planDefinitions(as("team-a"), repository(undefined, "legacy")))).toEqual([]);

    await applyDefinitions(as("team-a"), repository("team-a", "legacy"));
    expect((await list("insights")).map((i) => [i.name, i.tags])).toEqual([["Signups (team-a)", ["iac:insights:signups", "iac:owner:team-a"]]]);
    expect(describeChanges(await planDefinitions(as(), [], { prune: true }))).toEqual([]);
    expect(describeChanges(await planDefinitions(as(), repository(undefined, "legacy")))).toEqual(["create cohorts/vips", "create insights/signups"]);
  });

  it("pulls only its own owner's resources, and offers no other owner's for adoption", async () => {
    await applyDefinitions(as("team-a"), repository("team-a", "a"));
    await applyDefinitions(as("team-b"), repository("team-b", "b"));
    const client = connect(as("team-a"));
    const pull = (filter: { adopt: boolean }) => pullProject({ api: client, root: tmpdir(), dir: "posthog-pull-test", filter: { kinds: [], keys: [], ...filter }, force: false, dryRun: true, owner: "team-a" });
    const mine = await pull({ adopt: false });
    expect(mine.files.map((f) => f.path).sort()).toEqual(["posthog-pull-test/cohorts/vips.ts", "posthog-pull-test/insights/signups.ts"]);
    expect((await pull({ adopt: true })).adopted).toEqual([]);
    await client.close();
  });

  it("checks a pulled definition with the owner apply would write into its marker", async () => {
    // An unmanaged holdout whose 338-character description fits beside the bare marker, not beside " owner:team-checkout".
    const created = await fetch(`${emulator.url}/api/projects/1/experiment_holdouts/`, {
      method: "POST",
      headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" },
      body: JSON.stringify({ name: "H", description: "x".repeat(338), filters: [{ properties: [], rollout_percentage: 10 }] }),
    });
    expect(created.status).toBe(201);
    const client = connect(as("team-checkout"));
    const pull = (owner?: string) => pullProject({ api: client, root: tmpdir(), dir: "posthog-pull-test", filter: { kinds: ["experiment-holdouts"], keys: [], adopt: true }, force: false, dryRun: true, ...(owner ? { owner } : {}) });
    const owned = await pull("team-checkout");
    expect(owned.files).toEqual([]);
    expect(owned.warnings).toEqual([expect.stringMatching(/^experiment-holdouts\/h: not written, .*description: is 338 characters; .*keep it to 318 characters or use a shorter key or owner/)]);
    expect((await pull()).files.map((f) => f.path)).toEqual(["posthog-pull-test/experiment-holdouts/h.ts"]);
    await client.close();
  });

  it("reads owner from posthog.config.ts and refuses one PostHog's tags would change", () => {
    expect(parseConfig({ owner: "team-a" }).config.owner).toBe("team-a");
    const refused = parseConfig({ owner: "Team A" });
    expect(refused.config.owner).toBeUndefined();
    expect(refused.diagnostics.map((d) => `${d.field}: ${d.message}`)).toEqual([`owner: "Team A" is invalid: use lower-case letters, digits, '.', '_' and '-' (at most 63)`]);
  });
});

describe("ownership of kinds whose marker is nested", () => {
  it("writes and reads an alert's owner inside its threshold's name", async () => {
    const insight = def("insights", { key: "two-series", name: "Two series", query: trends("signed up") });
    const alert = def("alerts", { key: "signups-drop", name: "Signups dropped", insight: { $ref: "insights/two-series" }, threshold: { bounds: { lower: 10, upper: 1000 } } });
    await applyDefinitions(as("team-a"), [insight, alert]);
    const [live] = await list("alerts");
    expect(live.threshold.name).toMatch(/<!-- iac:alerts:signups-drop .*owner:team-a -->$/);
    expect(describeChanges(await planDefinitions(as("team-a"), [insight, alert]))).toEqual([]);
    expect(describeChanges(await planDefinitions(as("team-b"), [insight, alert]))).toEqual(["create insights/two-series", "create alerts/signups-drop"]);
  });
});
