import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useActionWorld } from "../helpers/action-world.js";
import { runActionInProcess } from "../helpers/in-process.js";
import { KEY_ENV, SECRETS, SHAS, withBaseSha } from "../helpers/runner-env.js";

const actions = useActionWorld();

const plan = (options: { inputs?: Record<string, string>; env?: Record<string, string>; runNumber?: number } = {}) => actions.world.run({ eventName: "pull_request", event: "pull_request.opened.json", sha: SHAS.head1, ...options });
const apply = (environment: string, options: { inputs?: Record<string, string>; sha?: string; runNumber?: number } = {}) =>
  actions.world.run({ eventName: "push", event: "push.json", sha: options.sha ?? SHAS.merge, inputs: { environment, ...options.inputs }, runNumber: options.runNumber ?? 2 });
const posthogWrites = () => actions.emulator.requests.filter((r) => r.method !== "GET");
const planComment = () => actions.world.github.comments(7).find((c) => c.login === "github-actions[bot]");

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("honest failures", () => {
  it("fails a same-repository plan whose key is missing, naming the variable, instead of planning offline", async () => {
    await actions.open();
    const result = await plan({ env: { POSTHOG_PRODUCTION_KEY: "" } });
    expect(result.code).toBe(1);
    expect(result.outputs["failure-reason"]).toBe("invalid-config");
    expect(result.stdout).toContain('::error::production: no API key for environment "production": set POSTHOG_PRODUCTION_KEY in this job');
    expect(result.stdout).not.toContain("offline");
    const body = planComment()!.body;
    expect(body).toContain("| – | – | – | ❌ plan failed |");
    expect(body).toContain("Planning failed: no API key for environment \"production\": set POSTHOG\\_PRODUCTION\\_KEY");
    expect(Object.keys(JSON.parse(result.outputs["plan-fingerprints"]!))).toEqual(["staging"]);
  });

  it("fails when an explicit config-file does not exist, naming the input, and writes nothing", async () => {
    const { world, emulator } = await actions.open();
    const result = await plan({ inputs: { "config-file": "config/posthog.config.ts" } });
    expect(result.code).toBe(1);
    expect(result.outputs["failure-reason"]).toBe("invalid-config");
    expect(result.stdout).toContain('::error::input config-file names "config/posthog.config.ts", which does not exist in the working directory');
    expect(world.github.requests.filter((r) => r.method !== "GET")).toEqual([]);
    expect(emulator.requests).toEqual([]);
  });

  it("logs every error, with or without a file, as ::error:: with its own text", async () => {
    const { world } = await actions.open();
    const missing = await plan({ inputs: { "working-directory": "apps/missing" } });
    expect(missing.code).toBe(1);
    expect(missing.outputs["failure-reason"]).toBe("invalid-input");
    expect(missing.stdout).toContain('::error::input working-directory names "apps/missing", which does not exist in the workspace');

    rmSync(join(world.repo.dir, "posthog"), { recursive: true });
    const empty = await plan({ runNumber: 2 });
    expect(empty.code).toBe(1);
    expect(empty.outputs["failure-reason"]).toBe("invalid-definitions");
    expect(empty.stdout).toMatch(/^::error::.*definitions directory posthog\/ does not exist/m);
    expect(empty.stdout).toContain("::error::the definitions are invalid: definitions directory posthog/ does not exist");
    expect(empty.stdout).not.toContain("see the annotations");
  });

  it("fails a plan whose comment cannot be written, with GitHub's cause", async () => {
    const { world } = await actions.open();
    world.github.deny(["pull-requests"]);
    const result = await plan();
    expect(result.code).toBe(1);
    expect(result.outputs["failure-reason"]).toBe("github-api");
    expect(result.stdout).toContain("::error::could not write the plan comment on pull request #7: GitHub refused to comment on #7 (403 Resource not accessible by integration). The token needs pull-requests: write");
    // The job summary still has the plan.
    expect(result.summary).toContain("**6 to create, 0 to update, 0 to delete** across 2 environments.");
  });

  it("names a refused connection as such, not as an answer from GitHub", async () => {
    const { world, emulator } = await actions.open();
    const url = `http://127.0.0.1:${await closedPort()}`;
    const result = await runActionInProcess({
      workspace: world.repo.dir,
      githubApiUrl: url,
      eventName: "pull_request",
      event: withBaseSha("pull_request.opened.json", world.baseSha),
      sha: SHAS.head1,
      inputs: { "github-token": SECRETS.token, "allowed-hosts": emulator.url },
      env: KEY_ENV,
    });
    expect(result.code).toBe(1);
    expect(result.outputs["failure-reason"]).toBe("github-api");
    expect(result.stdout).toContain(`::error::could not write the plan comment on pull request #7: could not reach GitHub at ${url} to read the token's account: connect ECONNREFUSED`);
    expect(result.stdout).not.toMatch(/answered 500|\(500/);
  });

  it("stops an apply before anything changes when its status line cannot be written", async () => {
    const { world, emulator } = await actions.open();
    expect((await plan()).code).toBe(0);
    world.github.deny(["pull-requests"]);
    emulator.clearRequests();
    const result = await apply("staging");
    expect(result.code).toBe(1);
    expect(result.outputs["failure-reason"]).toBe("github-api");
    expect(result.stdout).toMatch(/::error::nothing was applied: the status line on pull request #7 could not be written \(GitHub refused to edit comment \d+ \(403 Resource not accessible by integration\)\)/);
    expect(posthogWrites()).toEqual([]);
    expect(planComment()!.body).toContain("- 📝 **staging**: planned for `1a2b3c4`");
  });

  it("records no-reviewed-plan in the status line, and warns when apply-without-review applies anyway", async () => {
    await actions.open();
    expect((await plan({ inputs: { environment: "staging" } })).code).toBe(0);
    const refused = await apply("production");
    expect(refused.code).toBe(1);
    expect(refused.outputs["failure-reason"]).toBe("no-reviewed-plan");
    expect(planComment()!.body).toMatch(/- ⛔ \*\*production\*\*: not applied; pull request #7 has no reviewed plan for it \(\[run #2\]\(.*\)\) <!-- posthog-definitions:status production -->/);
    expect(posthogWrites()).toEqual([]);

    const forced = await apply("staging", { sha: SHAS.direct, inputs: { "apply-without-review": "true" }, runNumber: 3 });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("::warning::This commit has no merged pull request, so no reviewed plan exists. Applying without a reviewed plan because apply-without-review is set.");
  });
});
