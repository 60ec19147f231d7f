import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analysePlanReads, detailReadsOf, realisticMix, writeMix } from "../../scripts/bench-mix.js";
import { createPostHogClient } from "../../src/adapters/posthog/client.js";
import { startEmulator, type RecordedRequest, type RunningEmulator } from "../../src/emulator/index.js";
import { runCliProcess } from "../helpers/cli.js";
import { runCliInProcess } from "../helpers/in-process.js";

// Issue 14's plan reads, held by request counts and by what the emulator saw in flight together:
// a list's later pages go out at once, detail reads do not wait for one another or for the other
// kinds' lists, and the reads start while the definitions are still loading.
const LATENCY_MS = 30;
const mix = realisticMix(100);
let dir: string;
let stateFile: string;
let emulator: RunningEmulator;

const env = (host = emulator.url) => ({ POSTHOG_HOST: host, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: "phx_emulator", POSTHOG_RATE_LIMIT: "off" });
const isDashboardDetail = (r: RecordedRequest) => /\/dashboards\/\d+\/$/.test(r.path);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "posthog-plan-reads-"));
  stateFile = join(dir, "state.json");
  writeMix(dir, mix);
  const fast = await startEmulator({ rateLimits: false, stateFile });
  const apply = await runCliInProcess(["apply", "--no-checks"], { cwd: dir, env: env(fast.url) });
  await fast.close();
  expect(apply.code, apply.stderr).toBe(0);
  // The same project, now with a round trip on every request, so requests sent together overlap.
  emulator = await startEmulator({ rateLimits: false, stateFile, latencyMs: LATENCY_MS });
}, 180_000);

afterAll(async () => {
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("plan reads (issue 14)", () => {
  it("reads a list's pages after the first at once: both later offsets are in flight together, and no page is read twice", async () => {
    const api = createPostHogClient({ host: emulator.url, projectId: "1", apiKey: "phx_emulator", rateLimits: false });
    emulator.clearRequests();
    const rows = await api.list("insights", { limit: "10" });
    await api.close();
    const pages = emulator.requests.map((r) => r.query);
    const offsets = Math.ceil(rows.length / 10) - 1;
    expect(offsets).toBeGreaterThanOrEqual(2);
    expect(pages).toEqual(["limit=10", ...Array.from({ length: offsets }, (_, i) => `limit=10&offset=${10 * (i + 1)}`)]);
    expect(Math.max(...emulator.requests.slice(1).map((r) => r.inFlight ?? 0))).toBeGreaterThanOrEqual(1);
  });

  it("plans with one page per list and one read per dashboard and experiment, the detail reads all in flight together", async () => {
    emulator.clearRequests();
    const plan = await runCliInProcess(["plan", "--no-checks", "--detailed-exitcode"], { cwd: dir, env: env() });
    expect(plan.code, plan.stderr).toBe(0);
    const reads = analysePlanReads(emulator.requests, detailReadsOf(mix));
    expect(emulator.requests.every((r) => r.method === "GET")).toBe(true);
    expect(emulator.requests.filter((r) => r.response && Array.isArray((r.response as { results?: unknown }).results)).every((r) => /(^|&)limit=1000(&|$)/.test(r.query))).toBe(true);
    expect(reads.requests).toBe(reads.minimum);
    expect(reads.longestChain).toBe(2);
    // Four at a time before: no dashboard read could arrive with more than three others in flight.
    const details = emulator.requests.filter(isDashboardDetail);
    expect(details).toHaveLength(mix.dashboards);
    expect(Math.max(...details.map((r) => r.inFlight ?? 0))).toBeGreaterThanOrEqual(mix.dashboards - 1);
  });

  it("starts the reads while the definitions load: the lists are in before the definitions are", async () => {
    const plan = await runCliInProcess(["plan", "--no-checks", "--verbose"], { cwd: dir, env: env() });
    expect(plan.code, plan.stderr).toBe(0);
    const lines = plan.stderr.split("\n");
    const loaded = lines.findIndex((line) => line.includes("Loaded "));
    const firstRead = lines.findIndex((line) => /^ {2}read \d+ /.test(line));
    expect(loaded, plan.stderr).toBeGreaterThan(0);
    expect(firstRead, plan.stderr).toBeGreaterThanOrEqual(0);
    expect(firstRead, plan.stderr).toBeLessThan(loaded);
  });

  it("reads from the config the full load announces: the config file is evaluated once, by the one loader", async () => {
    const config = join(dir, "posthog.config.ts");
    // A helper module that holds the definitions' load for 1.5 s, so the reads' overlap does not depend on the machine's speed.
    const slow = join(dir, "posthog", "slow.ts");
    writeFileSync(config, 'import { defineConfig } from "@posthog/definitions"\nconsole.error("config evaluated")\nexport default defineConfig({ dir: "posthog" })\n');
    writeFileSync(slow, "await new Promise((resolve) => setTimeout(resolve, 1500))\n");
    try {
      const plan = await runCliProcess(["plan", "--no-checks", "--verbose"], { cwd: dir, env: env() });
      expect(plan.code, plan.stderr).toBe(0);
      const lines = plan.stderr.split("\n");
      expect(lines.filter((line) => line === "config evaluated")).toHaveLength(1);
      const [firstRead, loaded] = [lines.findIndex((line) => /^ {2}read \d+ /.test(line)), lines.findIndex((line) => line.includes("Loaded "))];
      expect(firstRead, plan.stderr).toBeGreaterThanOrEqual(0);
      expect(firstRead, plan.stderr).toBeLessThan(loaded);
    } finally {
      rmSync(config);
      rmSync(slow);
    }
  });

  it("sends nothing but GETs when the definitions turn out invalid, and says nothing was written", async () => {
    const broken = mkdtempSync(join(tmpdir(), "posthog-plan-reads-broken-"));
    try {
      writeMix(broken, realisticMix(20));
      writeFileSync(join(broken, "posthog", "feature-flags", "broken.ts"), 'import { featureFlag } from "@posthog/definitions"\nexport default featureFlag({ key: "bad key" })\n');
      emulator.clearRequests();
      const run = await runCliInProcess(["apply", "--no-checks"], { cwd: broken, env: env() });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("Definitions are invalid; nothing was written to PostHog.");
      expect(emulator.requests.length).toBeGreaterThan(0);
      expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
