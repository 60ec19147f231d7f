import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefinitions } from "../../src/adapters/loader/load.js";
import { HELP } from "../../src/cli/help.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { copyFixture, ROOT, runCliProcess } from "../helpers/cli.js";
import { createActionWorld, runActionProcess, SHAS, startActionEmulator, type WorldRunners } from "../helpers/runner-env.js";

/**
 * One smoke test per committed bundle, run the way users and GitHub's runner
 * run it: the `bin` and `exports` of package.json and the `main` of action.yml.
 * Every other suite runs the sources; these only check that what ships starts,
 * talks to its neighbours and exits as it should.
 */
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string>; exports: Record<string, { default: string }> };
const shipped = {
  cli: join(ROOT, pkg.bin["posthog-definitions"]!),
  sdk: join(ROOT, pkg.exports["."]!.default),
  action: join(ROOT, /\n {2}main: (\S+)\n/.exec(readFileSync(join(ROOT, "action.yml"), "utf8"))![1]!),
  worker: join(ROOT, "dist", "definitions-worker.js"),
};

describe("the committed bundles", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ rateLimits: false });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it(`${pkg.bin["posthog-definitions"]} applies a repository, then plans no changes with exit code 0`, async () => {
    const repo = copyFixture("growth");
    try {
      const env = { POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: "phx_emulator" };
      const apply = await runCliProcess(["apply"], { cwd: repo.dir, env, bin: shipped.cli });
      expect(apply.stderr).toContain("Applied 3 change(s).");
      expect(apply.code).toBe(0);
      const plan = await runCliProcess(["plan", "--detailed-exitcode"], { cwd: repo.dir, env, bin: shipped.cli });
      expect(plan.stdout).toContain("No changes. 3 resource(s) up to date.");
      expect(plan.code).toBe(0);
      const usage = await runCliProcess(["nonsense"], { cwd: repo.dir, bin: shipped.cli });
      expect([usage.code, usage.stderr]).toEqual([3, 'error: unknown command "nonsense" (try --help)\n']);
    } finally {
      repo.cleanup();
    }
  });

  it(`${pkg.exports["."]!.default} exports the SDK, whose resources carry the marker the loader reads`, async () => {
    const sdk = (await import(pathToFileURL(shipped.sdk).href)) as Record<string, (spec: object) => Record<symbol, unknown>>;
    const flag = sdk.featureFlag!({ key: "smoke", filters: { groups: [] } });
    expect(flag[Symbol.for("posthog-definitions/kind")]).toBe("feature-flags");
    expect(Object.keys(sdk)).toEqual(expect.arrayContaining(["dashboard", "insight", "featureFlag", "defineConfig", "hogql", "perEnvironment"]));
  });

  it(`${pkg.bin["posthog-definitions"]} --help prints the help without loading the commands' modules`, () => {
    // Node's resolve hook names every module the run loads; the bytes of dist/ behind them are what
    // `--help` costs beyond starting node (issue 14: ≤ 2 × a bare node).
    const record = `import { registerHooks } from "node:module"; const seen = []; registerHooks({ resolve(s, c, next) { const r = next(s, c); seen.push(r.url); return r; } }); process.on("exit", () => process.stderr.write(JSON.stringify(seen)));`;
    const run = spawnSync(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(record)}`, shipped.cli, "--help"], { encoding: "utf8" });
    expect([run.status, run.stdout]).toEqual([0, HELP]);
    const distFiles = (JSON.parse(run.stderr) as string[]).filter((url) => url.startsWith("file:")).map((url) => fileURLToPath(url));
    const bytes = distFiles.reduce((sum, file) => sum + statSync(file).size, 0);
    expect(bytes, distFiles.join("\n")).toBeLessThan(60_000);
  });

  it("dist/definitions-worker.js loads a repository's definitions under the sandbox", async () => {
    const loaded = await loadDefinitions({ root: join(ROOT, "fixtures", "growth"), workerPath: shipped.worker });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.definitions.map((d) => `${d.kind}/${d.key}`).sort()).toEqual(["dashboards/growth", "feature-flags/new-checkout", "insights/weekly-signups"]);
  });
});

describe("the committed action bundle", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startActionEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });

  it("runs as the runner runs it: a pull request's plan writes its comment, outputs and summary", async () => {
    const runners: WorldRunners = {
      action: (options) => runActionProcess({ ...options, bin: shipped.action }),
      cli: (args, options) => runCliProcess(args, { ...options, bin: shipped.cli }),
    };
    const world = await createActionWorld(emulator, { runners });
    try {
      const result = await world.run({ eventName: "pull_request", event: "pull_request.opened.json", sha: SHAS.head1 });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.outputs).toMatchObject({ mode: "plan", "has-changes": "true", "to-create": "6", "failure-reason": "" });
      expect(world.github.comments(7).map((c) => c.login)).toEqual(["github-actions[bot]"]);
      expect(result.summary).toContain("## PostHog plan");
      expect(JSON.parse(result.planJson).environments.staging.plan.summary).toEqual({ create: 3, update: 0, delete: 0, noop: 0 });
    } finally {
      await world.close();
    }
  });
});
