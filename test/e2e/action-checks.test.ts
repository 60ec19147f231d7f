import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useActionWorld } from "../helpers/action-world.js";
import { controlEmulator } from "../helpers/emulator-control.js";
import { SHAS } from "../helpers/runner-env.js";

// The Action's plan mode with the checks against each project (issue 17).
const actions = useActionWorld();
const plan = (sha: string, options: { inputs?: Record<string, string>; env?: Record<string, string>; event?: string } = {}) =>
  actions.world.run({ eventName: "pull_request", event: options.event ?? "pull_request.opened.json", sha, ...options });
const comment = () => actions.world.github.comments(7).find((c) => c.login === "github-actions[bot]")!.body;

async function ingest(body: Record<string, unknown>): Promise<void> {
  expect((await controlEmulator(actions.emulator, "POST", "/_emulator/ingest", body)).status).toBe(201);
}

describe("plan checks in the Action", () => {
  it("shows a rollout change's reach and a misspelt event's warning in the comment, with annotations", async () => {
    const { world } = await actions.open();
    await world.seed("staging");
    await world.seed("production");
    for (const [distinct_id, email] of [["a", "a@example.com"], ["b", "b@example.com"], ["c", "c@other.org"], ["d", "d@example.com"]]) {
      await ingest({ project_id: 1, distinct_id, person_properties: { email } });
    }
    await ingest({ project_id: 1, event: "user signed up" });
    await ingest({ project_id: 2, event: "user signed up" });
    const flag = "posthog/feature-flags/new-checkout.ts";
    world.repo.write(flag, readFileSync(join(world.repo.dir, flag), "utf8").replace("staging: 100", "staging: 50"));
    const dashboard = "posthog/dashboards/growth.ts";
    world.repo.write(dashboard, readFileSync(join(world.repo.dir, dashboard), "utf8").replace('"user signed up"', '"user signd up"'));

    const result = await plan(SHAS.head1, { inputs: { environment: "staging" } });
    expect(result.code).toBe(0);
    expect(result.outputs["failure-reason"]).toBe("");
    const body = comment();
    // 3 of 4 persons match the condition; half of them get the flag.
    expect(body).toContain("release condition 1: rollout 100% → 50%: about 2 of 4 users");
    expect(body).toContain("`posthog/dashboards/growth.ts:7` `query.source.series.0.event`: event \\`user signd up\\` was never ingested in this project; did you mean \\`user signed up\\`?");
    expect(result.stdout).toContain("::warning title=unknown-event,file=posthog/dashboards/growth.ts,line=7,col=24::query.source.series.0.event: event `user signd up` was never ingested");
  });

  it("fails the plan on warnings when fail-on-check-warnings is set", async () => {
    const { world } = await actions.open();
    const dashboard = "posthog/dashboards/growth.ts";
    world.repo.write(dashboard, readFileSync(join(world.repo.dir, dashboard), "utf8").replace('"user signed up"', '"user signd up"'));
    const result = await plan(SHAS.head1, { inputs: { environment: "staging", "fail-on-check-warnings": "true" } });
    expect(result.code).toBe(1);
    expect(result.outputs["failure-reason"]).toBe("invalid-definitions");
    expect(comment()).toContain("❌ **staging**: checks against the project found problems");
  });

  it("says in a fork's offline plan that nothing was checked against the project", async () => {
    const { world, emulator } = await actions.open({ readOnly: true });
    world.github.addPullRequest({ number: 8, commits: [SHAS.fork] });
    const result = await plan(SHAS.fork, { event: "pull_request.fork.json", env: { POSTHOG_STAGING_KEY: "", POSTHOG_PRODUCTION_KEY: "" } });
    expect(result.code).toBe(0);
    expect(result.summary).toContain("Checks: nothing was checked against the live project: the plan was made without credentials.");
    expect(emulator.requests).toEqual([]);
  });
});
