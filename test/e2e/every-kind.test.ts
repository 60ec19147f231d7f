import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { expectContract } from "../helpers/checked-emulator.js";
import { copyFixture, runBundledCli } from "../helpers/cli.js";

let emulator: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, projects: [{ id: 1 }, { id: 2 }] });
  repo = copyFixture("every-kind");
  const config = readFileSync(`${repo.dir}/posthog.config.ts`, "utf8").replaceAll("http://127.0.0.1:8010", emulator.url);
  repo.write("posthog.config.ts", config);
});
afterAll(async () => {
  repo.cleanup();
  await emulator.close();
});
// Every request the CLI sends and every response it gets must fit PostHog's OpenAPI contract.
afterEach(() => {
  expectContract(emulator.requests);
  emulator.clearRequests();
});

const env = { POSTHOG_STAGING_KEY: "phx_emulator", POSTHOG_PRODUCTION_KEY: "phx_emulator" };

describe("the every-kind fixture repository", () => {
  it.each(["staging", "production"])("applies to %s and re-plans as a no-op", async (environment) => {
    const apply = await runBundledCli(["apply", "--environment", environment], { cwd: repo.dir, env });
    expect(apply.stderr).toContain("Applied 16 change(s)");
    expect(apply.code).toBe(0);
    const plan = await runBundledCli(["plan", "--environment", environment, "--detailed-exitcode"], { cwd: repo.dir, env });
    expect(plan.stdout).toContain("No changes. 16 resource(s) up to date.");
    expect(plan.code).toBe(0);
  });

  it("plans the per-environment rollout of each environment", async () => {
    const project = (id: number) => fetch(`${emulator.url}/api/projects/${id}/feature_flags/`, { headers: { authorization: "Bearer phx_emulator" } }).then((r) => r.json());
    const rollout = (flags: any) => flags.results[0].filters.groups.map((g: any) => g.rollout_percentage);
    expect(rollout(await project(1))).toEqual([100, 100]);
    expect(rollout(await project(2))).toEqual([100, 10]);
  });

  it("refuses an unknown environment with exit code 3", async () => {
    const result = await runBundledCli(["plan", "--environment", "qa"], { cwd: repo.dir, env });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('unknown environment "qa" (posthog.config.ts defines: production, staging)');
  });
});
