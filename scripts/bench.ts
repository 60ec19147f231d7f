// `npm run bench`: creates N managed resources (N = 100 and 1,000) on the
// emulator and prints plan wall time, HTTP requests per plan, apply time and
// peak memory, plus ratios between the sizes (machines are noisy; ratios less so).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { applyPlan } from "../src/core/apply.js";
import { connect, loadProject, planProject, validateProject, type Connection } from "../src/engine/project.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const workerPath = join(root, "dist", "definitions-worker.js");

function writeDefinitions(dir: string, count: number): void {
  const dashboards = Math.floor(count / 5);
  const insights = Math.floor((count - dashboards) / 2);
  const flags = count - dashboards - insights;
  mkdirSync(join(dir, "posthog", "insights"), { recursive: true });
  mkdirSync(join(dir, "posthog", "feature-flags"), { recursive: true });
  mkdirSync(join(dir, "posthog", "dashboards"), { recursive: true });
  for (let i = 0; i < insights; i++) {
    writeFileSync(
      join(dir, "posthog", "insights", `insight-${i}.ts`),
      `import { insight, trends } from "@posthog/definitions"\nexport default insight({ key: "insight-${i}", name: "Insight ${i}", query: trends({ series: [{ event: "event-${i}", math: "total" }], interval: "day" }) })\n`,
    );
  }
  for (let i = 0; i < flags; i++) {
    writeFileSync(
      join(dir, "posthog", "feature-flags", `flag-${i}.ts`),
      `import { featureFlag } from "@posthog/definitions"\nexport default featureFlag({ key: "flag-${i}", name: "Flag ${i}", filters: { groups: [{ rollout_percentage: ${i % 100} }] }, tags: ["bench"] })\n`,
    );
  }
  for (let i = 0; i < dashboards; i++) {
    const a = (2 * i) % insights;
    const b = (2 * i + 1) % insights;
    writeFileSync(
      join(dir, "posthog", "dashboards", `dashboard-${i}.ts`),
      [
        `import { dashboard, text } from "@posthog/definitions"`,
        `import a from "../insights/insight-${a}.ts"`,
        `import b from "../insights/insight-${b}.ts"`,
        `export default dashboard({ key: "dashboard-${i}", name: "Dashboard ${i}", tiles: [`,
        `  { insight: a, layout: { x: 0, y: 0, w: 6, h: 4 } },`,
        `  { insight: b, layout: { x: 6, y: 0, w: 6, h: 4 } },`,
        `  text({ body: "Notes ${i}", layout: { x: 0, y: 4, w: 12, h: 1 } }),`,
        `] })`,
        "",
      ].join("\n"),
    );
  }
}

async function startEmulatorProcess(): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [join(root, "dist", "cli.js"), "emulator", "--port", "0", "--no-rate-limits"], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      const match = /listening on (\S+)/.exec(String(chunk));
      if (match) resolve(match[1]!);
    });
    child.on("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return { url, stop: () => child.kill("SIGTERM") };
}

function trackPeakMemory(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
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
async function measureChecks(api: ReturnType<typeof connect>, connection: Connection, resources: Awaited<ReturnType<typeof validateProject>>["resources"]) {
  const changed = withRolloutChanges(resources);
  const run = async (checks: boolean) => {
    const [requests, start] = [api.stats.requests, performance.now()];
    const plan = await planProject({ api, connection, resources: changed, prune: false, ...(checks ? { checks: {} } : {}) });
    return { plan, requests: api.stats.requests - requests, ms: performance.now() - start };
  };
  const without = await run(false);
  const withChecks = await run(true);
  const found = withChecks.plan.checks!;
  return { requests: withChecks.requests - without.requests, ms: withChecks.ms - without.ms, findings: found.findings.length, estimates: found.reach.length, skipped: found.skipped.map((s) => `${s.check} ${s.reason}${s.count ? ` (${s.count})` : ""}`) };
}

async function measure(count: number) {
  const dir = mkdtempSync(join(tmpdir(), "posthog-bench-"));
  const emulator = await startEmulatorProcess();
  try {
    writeDefinitions(dir, count);
    const connection: Connection = { host: emulator.url, projectId: "1", apiKey: "phx_emulator", rateLimited: false };
    const memory = trackPeakMemory();
    const loadStart = performance.now();
    const project = await loadProject({ root: dir, workerPath });
    const { resources, valid, diagnostics } = await validateProject(project, dir);
    if (!valid) throw new Error(JSON.stringify(diagnostics.slice(0, 3)));
    const loadMs = performance.now() - loadStart;

    const api = connect(connection);
    const applyStart = performance.now();
    const initial = await planProject({ api, connection, resources, prune: false });
    const applied = await applyPlan(initial, api);
    const applyMs = performance.now() - applyStart;
    if (applied.failed > 0) throw new Error(`apply failed: ${JSON.stringify(applied.results.find((r) => r.error))}`);

    const before = api.stats.requests;
    const planStart = performance.now();
    const plan = await planProject({ api, connection, resources, prune: false });
    const planMs = performance.now() - planStart;
    const planRequests = api.stats.requests - before;
    const peak = memory.stop();
    if (plan.summary.noop !== count) throw new Error(`re-plan is not a no-op: ${JSON.stringify(plan.summary)}`);
    const checks = await measureChecks(api, connection, resources);
    await api.close();
    return { count, loadMs, planMs, planRequests, applyMs, applyRequests: before, peakMb: peak / 1024 / 1024, checks };
  } finally {
    emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const results = [];
for (const count of [100, 1000]) results.push(await measure(count));
const fmt = (n: number) => n.toFixed(0).padStart(8);
console.log("resources   load ms   plan ms  plan req  apply ms apply req  peak MB");
for (const r of results) {
  console.log(`${String(r.count).padStart(9)} ${fmt(r.loadMs)}  ${fmt(r.planMs)}  ${fmt(r.planRequests)}  ${fmt(r.applyMs)}  ${fmt(r.applyRequests)}  ${fmt(r.peakMb)}`);
}
const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
console.log("");
console.log(`plan requests per resource: ${(small.planRequests / small.count).toFixed(2)} at ${small.count}, ${(large.planRequests / large.count).toFixed(2)} at ${large.count} (must stay well below 1)`);
console.log(`plan time ratio ${large.count}/${small.count}: ${(large.planMs / small.planMs).toFixed(1)}x for ${large.count / small.count}x resources`);
console.log(`apply time per resource: ${(small.applyMs / small.count).toFixed(1)} ms at ${small.count}, ${(large.applyMs / large.count).toFixed(1)} ms at ${large.count}`);
for (const r of results) {
  const { checks } = r;
  const skipped = checks.skipped.length > 0 ? `; skipped: ${checks.skipped.join(", ")}` : "";
  console.log(`checks against the project at ${r.count}: +${checks.requests} request(s), +${checks.ms.toFixed(0)} ms (${checks.findings} finding(s), ${checks.estimates} rollout estimate(s)${skipped})`);
}
