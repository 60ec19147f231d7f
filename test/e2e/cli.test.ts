import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { copyFixture, runCliProcess } from "../helpers/cli.js";
import { runCliInProcess } from "../helpers/in-process.js";
import { resetEmulator } from "../helpers/emulator-control.js";

const KEY = "phx_emulator";
let emulator: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;

const env = () => ({ POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: KEY });
const cli = (...args: string[]) => runCliInProcess(args, { cwd: repo.dir, env: env() });
// The key is in the environment of a real CLI process, where a definition would look for it.
const cliProcess = (...args: string[]) => runCliProcess(args, { cwd: repo.dir, env: env() });

async function api(method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${emulator.url}/api/projects/1/${path}`, {
    method,
    headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.status === 204 ? undefined : response.json();
}

// Plan checks read through POSTs (the HogQL metadata check and the blast radius), which change nothing.
const READ_POSTS = /\/(query|feature_flags\/user_blast_radius)\/$/;
const writes = () => emulator.requests.filter((r) => r.method !== "GET" && !READ_POSTS.test(r.path));

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  repo = copyFixture("growth");
  await resetEmulator(emulator);
  emulator.clearRequests();
});
afterEach(() => repo.cleanup());

describe("posthog-definitions CLI against the emulator", () => {
  it("applies the seed growth dashboard, then a second apply is a no-op", async () => {
    const first = await cli("apply");
    expect(first.stderr).toContain("Applied 3 change(s)");
    expect(first.code).toBe(0);

    const dashboards = await api("GET", "dashboards/");
    expect(dashboards.results.map((d: any) => [d.name, d.tags])).toEqual([["Growth", ["growth", "iac:dashboards:growth"]]]);
    const detail = await api("GET", `dashboards/${dashboards.results[0].id}/`);
    const tiles = detail.tiles.map((t: any) => (t.insight ? `insight:${t.insight.name}` : `text:${t.text.body}`));
    expect(tiles).toEqual(["insight:Weekly signups", "text:Updated weekly."]);
    expect(detail.tiles.map((t: any) => t.layouts.sm)).toEqual([
      { x: 0, y: 0, w: 6, h: 4 },
      { x: 0, y: 4, w: 12, h: 1 },
    ]);

    emulator.clearRequests();
    const second = await cli("apply");
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("No changes. 3 resource(s) up to date.");
    expect(writes()).toEqual([]);
  });

  it("plans exactly one update with the field diff when a flag's rollout changes", async () => {
    await cli("apply");
    const path = "posthog/feature-flags/new-checkout.ts";
    const { readFileSync } = await import("node:fs");
    repo.write(path, readFileSync(`${repo.dir}/${path}`, "utf8").replace("rollout_percentage: 20", "rollout_percentage: 50"));
    emulator.clearRequests();
    const plan = await cli("plan", "--detailed-exitcode");
    expect(plan.code).toBe(4);
    expect(plan.stdout).toContain("~ feature flag new-checkout");
    expect(plan.stdout).toContain("release condition 1: rollout 20% → 50%");
    expect(plan.stdout).toContain("~ filters.groups.0.rollout_percentage: 20 → 50");
    expect(plan.stdout).toContain("Plan: 0 to create, 1 to update, 0 to delete, 2 unchanged.");
    expect(writes()).toEqual([]);
  });

  it("shows an edit made through the API to a managed insight in the next plan", async () => {
    await cli("apply");
    const insight = (await api("GET", "insights/")).results[0];
    await api("PATCH", `insights/${insight.id}/`, { name: "Renamed in the UI" });
    const plan = await cli("plan", "--json");
    const parsed = JSON.parse(plan.stdout);
    expect(parsed.steps.filter((s: any) => s.action === "update")).toMatchObject([
      { kind: "insights", key: "weekly-signups", changes: [{ path: "name", before: "Renamed in the UI", after: "Weekly signups" }] },
    ]);
  });

  it("never touches an untagged dashboard, even with --prune", async () => {
    const mine = await api("POST", "dashboards/", { name: "Hand-made", tags: ["growth"] });
    const apply = await cli("apply", "--prune");
    expect(apply.code).toBe(0);
    const touched = writes().filter((r) => r.path.includes(`/dashboards/${mine.id}`));
    expect(touched).toEqual([]);
    const after = await api("GET", `dashboards/${mine.id}/`);
    expect(after).toMatchObject({ name: "Hand-made", deleted: false });
  });

  it("prunes a removed file only with --prune", async () => {
    await cli("apply");
    repo.remove("posthog/feature-flags/new-checkout.ts");
    const plain = await cli("apply");
    expect(plain.stdout).toContain("left alone (apply with --prune to delete)");
    expect((await api("GET", "feature_flags/")).results).toHaveLength(1);

    emulator.clearRequests();
    const pruned = await cli("apply", "--prune");
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toContain("- feature flag new-checkout");
    expect(writes().map((r) => `${r.method} ${r.path} ${JSON.stringify(r.body)}`)).toEqual([expect.stringMatching(/^PATCH \/api\/projects\/1\/feature_flags\/\d+\/ \{"deleted":true\}$/)]);
    expect((await api("GET", "feature_flags/")).results).toHaveLength(0);
  });

  it("rejects invalid definitions with file and line, and writes nothing", async () => {
    repo.write(
      "posthog/feature-flags/broken.ts",
      [
        'import { featureFlag } from "@posthog/definitions"',
        "",
        "export default featureFlag({",
        '  key: "bad key",',
        "  filters: {",
        "    groups: [{ rollout_percentage: 150 }],",
        "  },",
        "})",
        "",
      ].join("\n"),
    );
    const result = await cli("apply");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('posthog/feature-flags/broken.ts:4:3: error: key: "bad key" is invalid');
    expect(result.stderr).toContain("posthog/feature-flags/broken.ts:6:16: error: filters.groups.0.rollout_percentage: must be at most 100 (got 150)");
    // The plan's own reads start from the config while the definitions load (issue 14); nothing is written.
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });
});

describe("definition files are untrusted code", () => {
  it("cannot read the environment of the process that holds the API key", async () => {
    repo.write(
      "posthog/feature-flags/probe.ts",
      [
        'import { featureFlag } from "@posthog/definitions"',
        'let seen = "nothing"',
        "try { const { readFileSync } = await import(\"node:fs\"); seen = readFileSync(`/proc/${process.ppid}/environ`, \"utf8\") } catch { seen = \"blocked\" }",
        'export default featureFlag({ key: "probe", name: `${seen} ${process.env.POSTHOG_PERSONAL_API_KEY ?? "no key"}`, filters: { groups: [{ rollout_percentage: 0 }] } })',
        "",
      ].join("\n"),
    );
    const refused = await cliProcess("plan", "--json");
    // Reaching for node:fs fails the load even though the probe caught the error, and the error names the file.
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("posthog/feature-flags/probe.ts:3:");
    expect(refused.stderr).toContain("definitions cannot use node:fs");
    expect(refused.stdout + refused.stderr).not.toContain(KEY);

    repo.write(
      "posthog/feature-flags/probe.ts",
      'import { featureFlag } from "@posthog/definitions"\nexport default featureFlag({ key: "probe", name: process.env.POSTHOG_PERSONAL_API_KEY ?? "no key", filters: { groups: [{ rollout_percentage: 0 }] } })\n',
    );
    const plan = await cliProcess("plan", "--json");
    const probe = JSON.parse(plan.stdout).steps.find((s: any) => s.key === "probe");
    expect(probe.after.name).toBe("no key");
    expect(plan.stdout + plan.stderr).not.toContain(KEY);
  });
});

describe("the CLI's compiled code", () => {
  it("is kept in the user's cache directory between runs, and not with NODE_DISABLE_COMPILE_CACHE", async () => {
    repo = copyFixture("growth");
    const cache = mkdtempSync(join(tmpdir(), "posthog-cache-"));
    try {
      const cached = await runCliProcess(["validate"], { cwd: repo.dir, env: { XDG_CACHE_HOME: join(cache, "on") } });
      expect(cached.code).toBe(0);
      expect(readdirSync(join(cache, "on", "posthog-definitions", "compile-cache"), { recursive: true }).length).toBeGreaterThan(1);
      const disabled = await runCliProcess(["validate"], { cwd: repo.dir, env: { XDG_CACHE_HOME: join(cache, "off"), NODE_DISABLE_COMPILE_CACHE: "1" } });
      expect(disabled.code).toBe(0);
      expect(existsSync(join(cache, "off"))).toBe(false);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
