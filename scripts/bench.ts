// `npm run bench [N ...]`: for N resources in the realistic mix of scripts/bench-mix.ts (default
// N = 100, 1,000 and 5,000) it applies the mix to an emulator process, then prints each figure of
// issue 14 beside its bound, as a ratio (≤ 1 meets the bound): plan requests against their floor,
// plan HTTP time at 50 ms injected latency (a round trip per request, and one more per new
// connection for its handshake) against 1.5 × RTT × the longest page chain, apply
// requests against the minimal request set, insight-endpoint requests against the insights, peak
// RSS of the plan process against 150 MB; then the no-op plan of the 300-resource set against 15 ×
// a bare `node -e 0`, and `--help` against 2 × bare node, both measured in the same run.
// Request counts are deterministic and held to their bounds by test/e2e/request-budget.test.ts.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analysePlanReads, countInsightRequests, countInsights, countResources, detailReadsOf, minimalApplyRequests, NOOP_SET, realisticMix, writeMix, type SeenRequest } from "./bench-mix.js";
import { connect, loadProject, planProject, validateProject, type Connection } from "../src/engine/project.js";

const root = fileURLToPath(new URL("..", import.meta.url));
// BENCH_DIST names another build (`node scripts/build.js <dir>` of the working tree's sources).
const dist = process.env.BENCH_DIST ?? join(root, "dist");
const cli = join(dist, "cli.js");
const workerPath = join(dist, "definitions-worker.js");
const ADMIN_KEY = "phx_bench_admin_key_0123456789";
const LATENCY_MS = 50;
const RSS_BOUND_MB = 150;
// Printed by the plan process as it exits, so the peak is the CLI's own, not this script's.
const REPORT_RSS = `data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss="+process.resourceUsage().maxRSS+"\\n"))`;

interface Emulator {
  url: string;
  requests(): Promise<SeenRequest[]>;
  clear(): Promise<void>;
  state(): Promise<unknown>;
  stop(): void;
}

async function startEmulatorProcess(extra: string[] = []): Promise<Emulator> {
  const child = spawn(process.execPath, [cli, "emulator", "--port", "0", "--rate-limits", "off", "--admin-key", ADMIN_KEY, ...extra], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      const match = /listening on (\S+)/.exec(String(chunk));
      if (match) resolve(match[1]!);
    });
    child.on("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  const control = (method: string, route: string) => fetch(`${url}/_emulator/${route}`, { method, headers: { authorization: `Bearer ${ADMIN_KEY}` } });
  return {
    url,
    requests: async () => (await (await control("GET", "requests")).json()) as SeenRequest[],
    clear: async () => void (await control("DELETE", "requests")),
    state: async () => (await control("GET", "state")).json(),
    stop: () => child.kill("SIGTERM"),
  };
}

/** Runs a command of the built CLI against an emulator; resolves with its exit code, wall time and peak RSS. With `limited`, the client keeps PostHog's rate limits. */
function runCli(args: string[], dir: string, url: string, limited = false): Promise<{ code: number; ms: number; rssMb: number; stderr: string }> {
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", POSTHOG_HOST: url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: "phx_emulator", ...(limited ? {} : { POSTHOG_RATE_LIMIT: "off" }) };
  const start = performance.now();
  const child = spawn(process.execPath, ["--import", REPORT_RSS, cli, ...args, "--no-checks"], { cwd: dir, env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  return new Promise((resolve) => {
    child.on("exit", (code) => {
      const kb = Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? 0);
      resolve({ code: code ?? 1, ms: performance.now() - start, rssMb: kb / 1024, stderr: stderr.replace(/maxrss=\d+\n/, "") });
    });
  });
}

/** The median wall time of `runs` runs of a process, in milliseconds. */
async function medianMs(runs: number, command: string[], cwd = root, env: Record<string, string> = {}): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, command, { cwd, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env }, stdio: "ignore" });
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command.join(" ")} exited with ${code}`))));
    });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function expectCode(run: { code: number; stderr: string }, code: number, what: string): void {
  if (run.code !== code) throw new Error(`${what} exited with ${run.code}: ${run.stderr.slice(-2000)}`);
}

/** Every tenth flag's rollout changed, so the checks size rollout changes as well as check names. */
function withRolloutChanges(resources: Awaited<ReturnType<typeof validateProject>>["resources"]) {
  return resources.map((r, i) => {
    if (r.kind !== "feature-flags" || i % 10 !== 0) return r;
    const filters = r.fields.filters as { groups: Record<string, unknown>[] };
    return { ...r, fields: { ...r.fields, filters: { ...filters, groups: [{ ...filters.groups[0], rollout_percentage: 55 }] } } };
  });
}

/** What the checks against the project add to a plan: the same plan with and without them. */
async function measureChecks(host: string, dir: string) {
  const connection: Connection = { host, projectId: "1", apiKey: "phx_emulator", rateLimited: false };
  const api = connect(connection);
  const { resources } = await validateProject(await loadProject({ root: dir, workerPath }), dir);
  const changed = withRolloutChanges(resources);
  const run = async (checks: boolean) => {
    const [requests, start] = [api.stats.requests, performance.now()];
    const plan = await planProject({ api, connection, resources: changed, prune: false, ...(checks ? { checks: {} } : {}) });
    return { plan, requests: api.stats.requests - requests, ms: performance.now() - start };
  };
  const without = await run(false);
  const withChecks = await run(true);
  const found = withChecks.plan.checks!;
  await api.close();
  return { requests: withChecks.requests - without.requests, ms: withChecks.ms - without.ms, findings: found.findings.length, estimates: found.reach.length, skipped: found.skipped.map((s) => `${s.check} ${s.reason}${s.count ? ` (${s.count})` : ""}`) };
}

/**
 * The least time PostHog's limits (the client's `POSTHOG_RATE_LIMITS`) allow for a run's requests:
 * with `n` requests of a class and `limit` per window, the last waits for (ceil(n / limit) - 1)
 * windows (the client adds one percent of the window as margin).
 */
function rateFloorMs(requests: readonly SeenRequest[]): number {
  const clickhouse = requests.filter((r) => /\/(insights|query)(\/|$)/.test(r.path)).length;
  const windows = [
    { n: requests.length - clickhouse, limits: [{ limit: 480, windowMs: 60_000 }, { limit: 4_800, windowMs: 3_600_000 }] },
    { n: clickhouse, limits: [{ limit: 240, windowMs: 60_000 }, { limit: 1_200, windowMs: 3_600_000 }] },
  ];
  return Math.max(0, ...windows.flatMap(({ n, limits }) => limits.map(({ limit, windowMs }) => (n > limit ? (Math.ceil(n / limit) - 1) * windowMs * 1.01 : 0))));
}

/**
 * Applies the mix at 50 ms injected latency under PostHog's real limits, enforced by both the
 * emulator and the client: the time, the 429s, and the floor: the rate limits' floor or, when they
 * allow more, the requests spread over the client's 8 connections at one RTT each, after the one
 * RTT each connection's handshake costs (the emulator's latency charges it, as a network does).
 * The sequential apply this replaced spent one RTT per request.
 */
async function measureLimitedApply(mix: ReturnType<typeof realisticMix>) {
  const dir = mkdtempSync(join(tmpdir(), "posthog-bench-limited-"));
  const emulator = await startEmulatorProcess(["--latency-ms", String(LATENCY_MS), "--rate-limits", "posthog"]);
  try {
    writeMix(dir, mix);
    const apply = await runCli(["apply"], dir, emulator.url, true);
    expectCode(apply, 0, "apply at 50 ms latency under PostHog's limits");
    const requests = await emulator.requests();
    const throttled = requests.filter((r) => r.status === 429).length;
    const floorMs = Math.max(rateFloorMs(requests), LATENCY_MS + (requests.length * LATENCY_MS) / 8);
    return { ms: apply.ms, requests: requests.length, throttled, floorMs, sequentialMs: requests.length * LATENCY_MS };
  } finally {
    emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How many plans, without and then with latency, {@link measurePlanHttp} runs back to back. */
const PLAN_PAIRS = 5;

/**
 * The plan HTTP time: a plan at 50 ms latency less the same plan without, as the median of
 * {@link PLAN_PAIRS} pairs run back to back, with the lowest and highest. The reads overlap
 * loading, whose time follows the machine's load, so on a shared machine one pair's difference
 * swung by more than a second either way.
 */
async function measurePlanHttp(dir: string, fastUrl: string, slowUrl: string): Promise<{ medianMs: number; lowestMs: number; highestMs: number }> {
  const differences: number[] = [];
  for (let i = 0; i < PLAN_PAIRS; i++) {
    const fast = await runCli(["plan", "--detailed-exitcode"], dir, fastUrl);
    expectCode(fast, 0, "the re-plan");
    const slow = await runCli(["plan", "--detailed-exitcode"], dir, slowUrl);
    expectCode(slow, 0, "the re-plan at 50 ms latency");
    differences.push(slow.ms - fast.ms);
  }
  differences.sort((a, b) => a - b);
  return { medianMs: differences[Math.floor(PLAN_PAIRS / 2)]!, lowestMs: differences[0]!, highestMs: differences.at(-1)! };
}

/**
 * The plan's reads with no loading to overlap: the median of {@link PLAN_PAIRS} plans of no
 * definitions (every kind's list, then the detail reads of what the lists hold) in this process,
 * each with a new client, so each pays for its connections' handshakes.
 */
async function measureReadsAlone(host: string): Promise<{ ms: number; requests: number }> {
  const connection: Connection = { host, projectId: "1", apiKey: "phx_emulator", rateLimited: false };
  const runs: { ms: number; requests: number }[] = [];
  for (let i = 0; i < PLAN_PAIRS; i++) {
    const api = connect(connection);
    const start = performance.now();
    await planProject({ api, connection, resources: [], prune: false });
    runs.push({ ms: performance.now() - start, requests: api.stats.requests });
    await api.close();
  }
  return runs.sort((a, b) => a.ms - b.ms)[Math.floor(PLAN_PAIRS / 2)]!;
}

/** Applies the mix, then measures a plan with and without injected latency. */
async function measure(count: number) {
  const mix = realisticMix(count);
  const resources = countResources(mix);
  const dir = mkdtempSync(join(tmpdir(), "posthog-bench-"));
  const emulator = await startEmulatorProcess();
  let slow: Emulator | undefined;
  try {
    writeMix(dir, mix);
    expectCode(await runCli(["plan"], dir, emulator.url), 0, "the plan of an empty project");
    const emptyPlan = (await emulator.requests()).length;
    await emulator.clear();
    const apply = await runCli(["apply"], dir, emulator.url);
    expectCode(apply, 0, "apply");
    const writes = (await emulator.requests()).slice(emptyPlan);
    await emulator.clear();

    const plan = await runCli(["plan", "--detailed-exitcode"], dir, emulator.url);
    expectCode(plan, 0, "the re-plan (it must be a no-op)");
    const reads = analysePlanReads(await emulator.requests(), detailReadsOf(mix));
    // The peak moves by ±10 MB from run to run with how the plan's phases overlap: the median of three.
    const peaks = [plan.rssMb];
    for (let i = 0; i < 2; i++) peaks.push((await runCli(["plan"], dir, emulator.url)).rssMb);
    peaks.sort((a, b) => a - b);

    const stateFile = join(dir, "state.json");
    writeFileSync(stateFile, JSON.stringify(await emulator.state()));
    slow = await startEmulatorProcess(["--latency-ms", String(LATENCY_MS), "--state-file", stateFile]);
    const planHttp = await measurePlanHttp(dir, emulator.url, slow.url);
    const readsAlone = await measureReadsAlone(slow.url);

    const checks = count <= 1000 ? await measureChecks(emulator.url, dir) : undefined;
    // PostHog's hourly limits make larger applies take an hour; their floor is what it would be.
    const limited = count <= 1000 ? await measureLimitedApply(mix) : undefined;
    return {
      count: resources,
      applyMs: apply.ms,
      applyRequests: writes.length,
      minimalApply: minimalApplyRequests(mix),
      insightRequests: countInsightRequests(writes),
      insights: countInsights(mix),
      planMs: plan.ms,
      reads,
      planHttp,
      readsAlone,
      peakMb: peaks[1]!,
      peakRangeMb: [peaks[0]!, peaks[2]!],
      checks,
      limited,
    };
  } finally {
    emulator.stop();
    slow?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The no-op plan of the 300-resource set against a bare `node -e 0`, both timed in this run. */
async function measureNoopPlan() {
  const dir = mkdtempSync(join(tmpdir(), "posthog-bench-noop-"));
  const emulator = await startEmulatorProcess();
  try {
    writeMix(dir, NOOP_SET);
    expectCode(await runCli(["apply"], dir, emulator.url), 0, "apply of the 300-resource set");
    await emulator.clear();
    const env = { POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: "phx_emulator", POSTHOG_RATE_LIMIT: "off" };
    const planMs = await medianMs(5, [cli, "plan", "--no-checks", "--detailed-exitcode"], dir, env);
    const requests = (await emulator.requests()).length / 5;
    return { resources: countResources(NOOP_SET), planMs, requests };
  } finally {
    emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const results = [];
for (const count of sizes.length > 0 ? sizes : [100, 1000, 5000]) results.push(await measure(count));
const bareMs = await medianMs(11, ["-e", "0"]);
const helpMs = await medianMs(11, [cli, "--help"]);
const noop = await measureNoopPlan();

const ratio = (value: number, bound: number) => `${(value / bound).toFixed(2)}x`.padStart(7);
const row = (name: string, value: string, bound: string, r: string) => console.log(`  ${name.padEnd(34)} ${value.padStart(12)}  ${bound.padStart(14)}  ${r}`);
console.log(`  ${"figure".padEnd(34)} ${"measured".padStart(12)}  ${"bound".padStart(14)}  ratio`);
for (const r of results) {
  console.log(`N = ${r.count} (apply ${(r.applyMs / 1000).toFixed(1)} s, plan ${r.planMs.toFixed(0)} ms)`);
  row("plan requests", String(r.reads.requests), `${r.reads.minimum} floor`, ratio(r.reads.requests, r.reads.minimum));
  row(`plan HTTP time at ${LATENCY_MS} ms RTT`, `${r.planHttp.medianMs.toFixed(0)} ms`, `${(1.5 * LATENCY_MS * r.reads.longestChain).toFixed(0)} ms (${r.reads.longestChain} RTT)`, ratio(r.planHttp.medianMs, 1.5 * LATENCY_MS * r.reads.longestChain));
  row(`  median of ${PLAN_PAIRS} pairs; lowest / highest`, `${r.planHttp.lowestMs.toFixed(0)} / ${r.planHttp.highestMs.toFixed(0)} ms`, "", "");
  row("  the reads alone, nothing to overlap", `${r.readsAlone.ms.toFixed(0)} ms`, `${r.readsAlone.requests} requests`, "");
  row("apply requests", String(r.applyRequests), `1.15 x ${r.minimalApply}`, ratio(r.applyRequests, 1.15 * r.minimalApply));
  row("insight-endpoint requests in apply", String(r.insightRequests), `1.05 x ${r.insights}`, ratio(r.insightRequests, 1.05 * r.insights));
  if (r.limited) {
    const { limited } = r;
    // What latency and limits add to the apply measured without them (start-up, loading and CPU are in both).
    const addedMs = Math.max(0, limited.ms - r.applyMs);
    row(`apply at ${LATENCY_MS} ms RTT, PostHog's limits`, `+${(addedMs / 1000).toFixed(1)} s`, `1.1 x ${(limited.floorMs / 1000).toFixed(1)} s`, ratio(addedMs, 1.1 * limited.floorMs));
    row("  its 429s / sequential at 1 RTT each", `${limited.throttled}`, `0 / ${(limited.sequentialMs / 1000).toFixed(1)} s`, "");
  }
  row("peak RSS of the plan process", `${r.peakMb.toFixed(0)} MB`, `${RSS_BOUND_MB} MB`, ratio(r.peakMb, RSS_BOUND_MB));
  row("  median of 3 runs; lowest / highest", `${r.peakRangeMb.map((mb) => mb.toFixed(0)).join(" / ")} MB`, "", "");
}
console.log(`${noop.resources}-resource no-op plan and start-up (bare node -e 0: ${bareMs.toFixed(0)} ms)`);
row("no-op plan (median of 5)", `${noop.planMs.toFixed(0)} ms`, `15 x ${bareMs.toFixed(0)} ms`, ratio(noop.planMs, 15 * bareMs));
row("  its requests", String(noop.requests), "", "");
row("--help (median of 11)", `${helpMs.toFixed(0)} ms`, `2 x ${bareMs.toFixed(0)} ms`, ratio(helpMs, 2 * bareMs));
for (const r of results) {
  if (!r.checks) continue;
  const { checks } = r;
  const skipped = checks.skipped.length > 0 ? `; skipped: ${checks.skipped.join(", ")}` : "";
  console.log(`checks against the project at ${r.count}: +${checks.requests} request(s), +${checks.ms.toFixed(0)} ms (${checks.findings} finding(s), ${checks.estimates} rollout estimate(s)${skipped})`);
}
