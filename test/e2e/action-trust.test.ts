import { readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { useActionWorld } from "../helpers/action-world.js";
import { runCliInProcess } from "../helpers/in-process.js";
import { SECRETS, SHAS, type ActionRunResult } from "../helpers/runner-env.js";

/**
 * A pull request's posthog.config.ts is code from the pull request. These runs
 * of the Action point it elsewhere and check, with a loopback listener
 * standing in for the attacker's server, that keys still go only where the
 * base commit's config (or the workflow) says, and that the comment says so.
 */

const RUNTIME_TOKEN = "ghs_actionsRuntimeToken_0a1b2c3d4e";
const actions = useActionWorld();
let listener: Server;
let listenerUrl: string;
const received: { method: string; url: string; authorization?: string }[] = [];

beforeAll(async () => {
  listener = createServer((request, response) => {
    received.push({ method: request.method ?? "", url: request.url ?? "", ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) });
    response.writeHead(200, { "content-type": "application/json" }).end('{"results":[],"next":null}');
  });
  await new Promise<void>((done) => listener.listen(0, "127.0.0.1", done));
  listenerUrl = `http://127.0.0.1:${(listener.address() as { port: number }).port}`;
});
afterEach(() => {
  received.length = 0;
});
afterAll(async () => {
  await new Promise<void>((done) => listener.close(() => done()));
});

/** Rewrites the pull request's posthog.config.ts (the base commit keeps the fixture's). */
function writeHeadConfig(environments: Record<string, { host: string; projectId: number; apiKeyEnv: string }>): void {
  actions.world.repo.write("posthog.config.ts", `import { defineConfig } from "@posthog/definitions"\nexport default defineConfig({ environments: ${JSON.stringify(environments)} })\n`);
}

const planPullRequest = (inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  actions.world.run({ eventName: "pull_request", event: "pull_request.opened.json", sha: SHAS.head1, inputs: { "allowed-hosts": `${actions.emulator.url},${listenerUrl}`, ...inputs }, env });

/** The plan comment as a reader sees it, markdown escapes removed. */
const comment = () => (actions.world.github.comments(7)[0]?.body ?? "").replaceAll("\\", "");
/** What a run showed anyone: the runner consumes `::add-mask::` lines, which is how it learns what to mask. */
const everything = (run: ActionRunResult) => [run.stdout.replace(/^::add-mask::.*$/gm, ""), run.summary, JSON.stringify(run.outputs), run.planJson, ...actions.world.github.requests.map((r) => r.body)].join("\n");

describe("where a pull request's plan sends keys", () => {
  it("uses the base commit's host, project and key variable when the pull request redirects them, warns in the comment, and sends nothing to the redirect", async () => {
    const { world, emulator } = await actions.open();
    writeHeadConfig({
      staging: { host: listenerUrl, projectId: 1, apiKeyEnv: "POSTHOG_PRODUCTION_KEY" },
      production: { host: emulator.url, projectId: 1, apiKeyEnv: "POSTHOG_PRODUCTION_KEY" },
    });
    const run = await planPullRequest();

    expect(received).toEqual([]);
    expect(run.outputs["failure-reason"]).toBe("");
    // Each key opens only its own project in the emulator, so both plans succeeding means both used the base values.
    expect(new Set(emulator.requests.map((r) => r.path.split("/")[3]))).toEqual(new Set(["1", "2"]));
    expect(comment()).toContain("> [!WARNING]\n> This pull request changes where PostHog keys go in posthog.config.ts");
    expect(comment()).toContain(`staging: host ${emulator.url} → ${listenerUrl}, key variable POSTHOG_STAGING_KEY → POSTHOG_PRODUCTION_KEY; production: project 2 → 1`);
    expect(comment()).toContain(`The plan uses the settings of the base commit ${world.baseSha.slice(0, 7)} instead`);
    expect(run.stdout).toContain("::warning::This pull request changes where PostHog keys go");
  });

  it("takes a merge group's hosts and key variables from its base commit too, so a queued pull request cannot redirect a key", async () => {
    const { world, emulator } = await actions.open();
    writeHeadConfig({
      staging: { host: listenerUrl, projectId: 1, apiKeyEnv: "POSTHOG_STAGING_KEY" },
      production: { host: emulator.url, projectId: 2, apiKeyEnv: "POSTHOG_PRODUCTION_KEY" },
    });
    const run = await world.run({ eventName: "merge_group", event: "merge_group.json", sha: SHAS.merge, inputs: { "allowed-hosts": `${emulator.url},${listenerUrl}` } });

    expect(received).toEqual([]);
    expect(new Set(emulator.requests.map((r) => r.path.split("/")[3]))).toEqual(new Set(["1", "2"]));
    expect(run.stdout).toContain(`staging: host ${emulator.url} → ${listenerUrl}`);
  });

  it("refuses a key variable outside POSTHOG_*, so a pull request cannot have ACTIONS_RUNTIME_TOKEN sent as a Bearer token", async () => {
    const { emulator } = await actions.open();
    writeHeadConfig({ staging: { host: listenerUrl, projectId: 1, apiKeyEnv: "ACTIONS_RUNTIME_TOKEN" }, production: { host: emulator.url, projectId: 2, apiKeyEnv: "POSTHOG_PRODUCTION_KEY" } });
    const run = await planPullRequest({}, { ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN });

    expect(received).toEqual([]);
    expect(emulator.requests).toEqual([]);
    expect(run.outputs["failure-reason"]).toBe("invalid-definitions");
    expect(comment()).toContain("environments.staging.apiKeyEnv");
    expect(comment()).toContain("must be a variable named POSTHOG_");
    expect(everything(run)).not.toContain(RUNTIME_TOKEN);
  });

  it("plans an environment the base commit does not have offline, without a key, and warns", async () => {
    const { world, emulator } = await actions.open();
    writeHeadConfig({
      staging: { host: emulator.url, projectId: 1, apiKeyEnv: "POSTHOG_STAGING_KEY" },
      production: { host: emulator.url, projectId: 2, apiKeyEnv: "POSTHOG_PRODUCTION_KEY" },
      exfil: { host: listenerUrl, projectId: 1, apiKeyEnv: "POSTHOG_PRODUCTION_KEY" },
    });
    const flagFile = join(world.repo.dir, "posthog", "feature-flags", "new-checkout.ts");
    world.repo.write("posthog/feature-flags/new-checkout.ts", readFileSync(flagFile, "utf8").replace("production: 20 }", "production: 20, exfil: 0 }"));
    const run = await planPullRequest();

    expect(received).toEqual([]);
    expect(run.outputs["failure-reason"]).toBe("");
    expect(comment()).toContain("(exfil is new)");
    expect(JSON.parse(run.planJson).environments.exfil.offline).toBe(true);
    expect(run.summary.replaceAll("\\", "")).toContain("environment exfil is not in posthog.config.ts at the base commit");
  });

  it("plans every environment offline when the base commit's config cannot be read, instead of trusting the pull request's", async () => {
    const { world, emulator } = await actions.open();
    rmSync(join(world.repo.dir, ".git"), { recursive: true, force: true });
    writeHeadConfig({ staging: { host: listenerUrl, projectId: 1, apiKeyEnv: "POSTHOG_STAGING_KEY" }, production: { host: listenerUrl, projectId: 2, apiKeyEnv: "POSTHOG_PRODUCTION_KEY" } });
    const run = await planPullRequest();

    expect(received).toEqual([]);
    expect(emulator.requests).toEqual([]);
    expect(comment()).toContain("Where keys go is decided by posthog.config.ts as of the base commit, which could not be read");
    expect(comment()).toContain("fetch-depth: 2");
    const environments = JSON.parse(run.planJson).environments;
    expect([environments.staging.offline, environments.production.offline]).toEqual([true, true]);
  });
});

describe("hosts keys may go to", () => {
  it("are PostHog's clouds and the allowed-hosts input: any other host fails its environment before a request, in plan and apply", async () => {
    const { world, emulator } = await actions.open();
    const plan = await planPullRequest({ "allowed-hosts": "" });
    expect(emulator.requests).toEqual([]);
    expect(plan.outputs["failure-reason"]).toBe("invalid-config");
    expect(comment()).toContain(`environment "staging" points at ${emulator.url}, which is not a PostHog cloud host`);
    expect(comment()).toContain("the allowed-hosts input");

    const apply = await world.run({ eventName: "push", event: "push.json", sha: SHAS.merge, inputs: { environment: "staging", "allowed-hosts": "https://posthog.example.com" }, runNumber: 2 });
    expect(apply.outputs["failure-reason"]).toBe("invalid-config");
    expect(emulator.requests).toEqual([]);
    expect(everything(apply)).not.toContain(SECRETS.staging);
  });

  it("rejects an allowed-hosts entry that is not a host or an origin", async () => {
    await actions.open();
    const run = await planPullRequest({ "allowed-hosts": "https://posthog.example.com/api?x=1" });
    expect(run.outputs["failure-reason"]).toBe("invalid-input");
    expect(run.stdout).toContain('input allowed-hosts must list hosts or origins such as https://posthog.example.com; got "https://posthog.example.com/api?x=1"');
  });
});

describe("the CLI", () => {
  it("trusts the local config's host, but refuses a key variable outside POSTHOG_*", async () => {
    const { world } = await actions.open();
    writeHeadConfig({ staging: { host: listenerUrl, projectId: 1, apiKeyEnv: "GITHUB_TOKEN" } });
    const result = await runCliInProcess(["plan", "--environment", "staging"], { cwd: world.repo.dir, env: { GITHUB_TOKEN: SECRETS.token } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('posthog.config.ts:1: error: environments.staging.apiKeyEnv: "GITHUB_TOKEN" is invalid: must be a variable named POSTHOG_');
    expect(result.stdout + result.stderr).not.toContain(SECRETS.token);
    expect(received).toEqual([]);
  });
});
