import { afterEach, describe, expect, it } from "vitest";
import type { RecordedRequest, RunningEmulator } from "../../src/emulator/index.js";
import { useActionWorld } from "../helpers/action-world.js";
import { SHAS } from "../helpers/runner-env.js";

/**
 * The Action starts a plan's read-only GETs from the config alone while the definitions load, as
 * the CLI does (issue 14), but only with keys this run trusts: never on a fork's pull request, and
 * a plan of invalid definitions still writes nothing. A definition file that spins for SLOW_MS
 * holds the full load back, so a list read that arrives sooner cannot have waited for it.
 */
const SLOW_MS = 4_000;
const actions = useActionWorld();
let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

/** Writes a valid flag whose file takes SLOW_MS to evaluate (the loader allows 10 s a file). */
function writeSlowDefinition(key = "slow-flag"): void {
  actions.world.repo.write(
    `posthog/feature-flags/${key}.ts`,
    `import { featureFlag } from "@posthog/definitions"\nconst until = Date.now() + ${SLOW_MS}\nwhile (Date.now() < until) {}\nexport default featureFlag({ key: "${key}", name: "Slow to load", filters: { groups: [{ properties: [], rollout_percentage: 10 }] } })\n`,
  );
}

/** Records when each request reached the emulator, relative to `start`. */
function timeRequests(emulator: RunningEmulator): { start: number; arrivals: { request: RecordedRequest; at: number }[] } {
  const timing = { start: Date.now(), arrivals: [] as { request: RecordedRequest; at: number }[] };
  const push = emulator.requests.push.bind(emulator.requests);
  restore = () => void Reflect.deleteProperty(emulator.requests, "push");
  emulator.requests.push = (...records: RecordedRequest[]) => {
    for (const request of records) timing.arrivals.push({ request, at: Date.now() - timing.start });
    return push(...records);
  };
  return timing;
}

const isList = (r: RecordedRequest) => r.method === "GET" && /\/api\/(projects|environments)\/\d+\/[a-z_]+\/$/.test(r.path);

describe("the Action's early reads (issue 14)", () => {
  it("reads both trusted environments' lists while a pull request's definitions still load, each list once, and plans as before", async () => {
    const { world, emulator } = await actions.open();
    writeSlowDefinition();
    const timing = timeRequests(emulator);
    const run = await world.run({ eventName: "pull_request", event: "pull_request.opened.json", sha: SHAS.head1 });
    expect(run.outputs["failure-reason"], run.stdout).toBe("");
    expect(run.outputs["to-create"]).toBe("8");
    const early = timing.arrivals.filter((a) => isList(a.request) && a.at < SLOW_MS);
    expect(new Set(early.map((a) => a.request.path.match(/\/(\d+)\//)![1]))).toEqual(new Set(["1", "2"]));
    const reads = emulator.requests.filter((r) => r.method === "GET").map((r) => `${r.path}?${r.query}`);
    expect(reads.filter((read, i) => reads.indexOf(read) !== i)).toEqual([]);
  }, 60_000);

  it("sends nothing from a fork's pull request, however slow its definitions", async () => {
    const { world, emulator } = await actions.open();
    writeSlowDefinition();
    world.github.addPullRequest({ number: 8, commits: [SHAS.fork] });
    const run = await world.run({ eventName: "pull_request", event: "pull_request.fork.json", sha: SHAS.fork, env: { POSTHOG_STAGING_KEY: "", POSTHOG_PRODUCTION_KEY: "" } });
    expect(run.outputs["failure-reason"], run.stdout).toBe("");
    expect(emulator.requests).toEqual([]);
  }, 60_000);

  it("reads early on a push but writes nothing when the definitions turn out invalid", async () => {
    const { world, emulator } = await actions.open();
    writeSlowDefinition();
    world.repo.write("posthog/feature-flags/broken.ts", 'import { featureFlag } from "@posthog/definitions"\nexport default featureFlag({ key: "bad key" })\n');
    const timing = timeRequests(emulator);
    const run = await world.run({ eventName: "push", event: "push.json", sha: SHAS.merge, inputs: { environment: "staging", "apply-without-review": "true" } });
    expect(run.outputs["failure-reason"], run.stdout).toBe("invalid-definitions");
    expect(timing.arrivals.filter((a) => isList(a.request) && a.at < SLOW_MS).length).toBeGreaterThan(0);
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  }, 60_000);

  it("reads early in a prune as well, and deletes only what the full load leaves without a definition", async () => {
    const { world, emulator } = await actions.open();
    await world.seed("staging");
    world.repo.remove("posthog/feature-flags/new-checkout.ts");
    writeSlowDefinition();
    emulator.clearRequests();
    const timing = timeRequests(emulator);
    const run = await world.run({ eventName: "workflow_dispatch", event: "workflow_dispatch.json", sha: SHAS.merge, inputs: { environment: "staging", "dry-run": "false", confirm: "1" } });
    expect(run.outputs["failure-reason"], run.stdout).toBe("");
    expect(timing.arrivals.filter((a) => isList(a.request) && a.at < SLOW_MS).length).toBeGreaterThan(0);
    const writes = timing.arrivals.filter((a) => a.request.method !== "GET");
    expect(writes.map((a) => `${a.request.method} ${a.request.path}`)).toEqual([expect.stringMatching(/^PATCH \/api\/projects\/1\/feature_flags\/\d+\/$/)]);
    expect(writes[0]!.at).toBeGreaterThanOrEqual(SLOW_MS);
    const reads = emulator.requests.filter((r) => r.method === "GET" && isList(r)).map((r) => `${r.path}?${r.query}`);
    expect(reads.filter((read, i) => reads.indexOf(read) !== i)).toEqual([]);
  }, 60_000);
});
