import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { expectContract } from "../helpers/checked-emulator.js";
import { copyFixture } from "../helpers/cli.js";
import { TARGETS_EMULATOR, scopeFixture, useE2ETarget } from "../helpers/e2e-target.js";
import { runCliInProcess } from "../helpers/in-process.js";

// The emulator with two projects, or (POSTHOG_CONTRACT_*) one real project as the staging environment.
const target = useE2ETarget({ rateLimits: false, projects: [{ id: 1 }, { id: 2 }] });
let repo: ReturnType<typeof copyFixture>;
let resources = 37;

beforeAll(async () => {
  repo = copyFixture("every-kind");
  resources -= scopeFixture(repo.dir);
  const config = TARGETS_EMULATOR
    ? readFileSync(`${repo.dir}/posthog.config.ts`, "utf8").replaceAll("http://127.0.0.1:8010", target.url)
    : `import { defineConfig } from "@posthog/definitions"\n\nexport default defineConfig({ environments: { staging: { host: "${target.url}", projectId: ${target.projectId}, apiKeyEnv: "POSTHOG_STAGING_KEY" } } })\n`;
  repo.write("posthog.config.ts", config);
});
afterAll(() => {
  repo.cleanup();
});
// Every request the CLI sends and every response it gets must fit PostHog's OpenAPI contract.
afterEach(() => {
  expectContract(target.requests);
  target.clearRequests();
});

const env = () => ({ POSTHOG_STAGING_KEY: target.apiKey, POSTHOG_PRODUCTION_KEY: target.apiKey });

describe("the every-kind fixture repository", () => {
  it.each(TARGETS_EMULATOR ? ["staging", "production"] : ["staging"])("applies to %s and re-plans as a no-op", async (environment) => {
    const apply = await runCliInProcess(["apply", "--environment", environment], { cwd: repo.dir, env: env() });
    expect(apply.stderr).toContain(`Applied ${resources} change(s)`);
    expect(apply.code).toBe(0);
    const plan = await runCliInProcess(["plan", "--environment", environment, "--detailed-exitcode"], { cwd: repo.dir, env: env() });
    expect(plan.stdout).toContain(`No changes. ${resources} resource(s) up to date.`);
    expect(plan.code).toBe(0);
  });

  it.runIf(TARGETS_EMULATOR)("plans the per-environment rollout of each environment", async () => {
    const project = (id: number) => fetch(`${target.url}/api/projects/${id}/feature_flags/`, { headers: { authorization: "Bearer phx_emulator" } }).then((r) => r.json());
    const rollout = (flags: any) => flags.results.find((flag: any) => flag.key === "new-checkout").filters.groups.map((g: any) => g.rollout_percentage);
    expect(rollout(await project(1))).toEqual([100, 100]);
    expect(rollout(await project(2))).toEqual([100, 10]);
  });

  it("refuses an unknown environment with exit code 3", async () => {
    const result = await runCliInProcess(["plan", "--environment", "qa"], { cwd: repo.dir, env: env() });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`unknown environment "qa" (posthog.config.ts defines: ${TARGETS_EMULATOR ? "production, staging" : "staging"})`);
  });
});
