import { describe, expect, it } from "vitest";
import { useActionWorld } from "../helpers/action-world.js";
import { SHAS } from "../helpers/runner-env.js";

const actions = useActionWorld();

const plan = (options: { inputs?: Record<string, string>; env?: Record<string, string>; runNumber?: number } = {}) => actions.world.run({ eventName: "pull_request", event: "pull_request.opened.json", sha: SHAS.head1, ...options });
const apply = (environment: string, options: { inputs?: Record<string, string>; runNumber?: number } = {}) =>
  actions.world.run({ eventName: "push", event: "push.json", sha: SHAS.merge, inputs: { environment, ...options.inputs }, runNumber: options.runNumber ?? 2 });
const queue = (runNumber = 3) => actions.world.run({ eventName: "merge_group", event: "merge_group.json", sha: SHAS.merge, runNumber });
const planComment = () => actions.world.github.comments(7).find((c) => c.login === "github-actions[bot]")!;

describe("GitHub-native signals", () => {
  it("reports a check run per environment on the pull request's head, and warns without checks: write", async () => {
    const { world } = await actions.open();
    const result = await plan();
    expect(result.code).toBe(0);
    const runs = world.github.checkRuns();
    expect(runs.map((r) => [r.name, r.head_sha, r.status, r.conclusion, r.external_id])).toEqual([
      ["posthog plan / staging", SHAS.head1, "completed", "success", "staging"],
      ["posthog plan / production", SHAS.head1, "completed", "success", "production"],
    ]);
    expect(runs[0]!.output.title).toBe("3 to create, 0 to update, 0 to delete");
    expect(runs[0]!.output.summary).toContain("**+ create** feature flag `new-checkout`");
    expect(runs[0]!.details_url).toBe("https://github.com/acme/analytics/actions/runs/9001");
    expect(JSON.parse(result.outputs["has-changes-per-environment"]!)).toEqual({ staging: true, production: true });

    const failing = await plan({ env: { POSTHOG_PRODUCTION_KEY: "phx_wrongKey_123456" }, runNumber: 2 });
    expect(world.github.checkRuns().slice(2).map((r) => [r.name, r.conclusion])).toEqual([["posthog plan / staging", "success"], ["posthog plan / production", "failure"]]);
    expect(world.github.checkRuns()[3]!.output.title).toMatch(/^Plan failed: PostHog rejected the personal API key \(401/);
    expect(failing.outputs["failure-reason"]).toBe("auth");

    world.github.deny(["checks"]);
    const without = await plan({ runNumber: 3 });
    expect(without.code).toBe(0);
    expect(without.stdout).toContain("::warning::Could not report the check runs: GitHub refused to create the check run \"posthog plan / staging\" (403 Resource not accessible by integration). Give the job checks: write to report them, or set checks: false.");
    expect(world.github.checkRuns()).toHaveLength(4);
    expect(world.github.requests.filter((r) => r.path.endsWith("/check-runs") && r.status === 403)).toHaveLength(1);
  });

  it("keeps the posthog labels when enabled: changes, then no changes, and apply-failed until a re-run succeeds", async () => {
    const { world, emulator } = await actions.open();
    expect((await plan()).code).toBe(0);
    expect(world.github.labels(7)).toEqual([]);

    expect((await plan({ inputs: { labels: "true" }, runNumber: 2 })).code).toBe(0);
    expect(world.github.labels(7)).toEqual(["posthog:changes"]);

    emulator.injectFault({ method: "POST", path: "/feature_flags/$", status: 400, body: { detail: "Simulated rejection.", attr: "filters" } });
    const failed = await apply("staging", { inputs: { labels: "true" }, runNumber: 3 });
    expect(failed.outputs["failure-reason"]).toBe("partial-apply");
    expect(world.github.labels(7)).toEqual(["posthog:changes", "posthog:apply-failed"]);
    const rerun = await apply("staging", { inputs: { labels: "true" }, runNumber: 4 });
    expect(rerun.code).toBe(0);
    expect(world.github.labels(7)).toEqual(["posthog:changes"]);

    await world.seed("production");
    expect((await plan({ inputs: { labels: "true" }, runNumber: 5 })).code).toBe(0);
    expect(world.github.labels(7)).toEqual(["posthog:no-changes"]);
  });

  it("plans a merge group's merged result, reports its checks on the group's commit and records the verdict on the pull request", async () => {
    const { world } = await actions.open();
    expect((await plan()).code).toBe(0);

    const queued = await queue();
    expect(queued.code).toBe(0);
    expect(queued.outputs.mode).toBe("plan");
    const runs = world.github.checkRuns().filter((r) => r.head_sha === SHAS.merge);
    expect(runs.map((r) => [r.name, r.conclusion])).toEqual([["posthog plan / staging", "success"], ["posthog plan / production", "success"]]);
    expect(runs[0]!.output.summary).toContain("Merge queue: the merged result's plan matches the one reviewed on #7.");
    expect(planComment().body).toContain("- 🔀 **staging**: merge queue planned the merged result `e2a1c9f` in [run #3](https://github.com/acme/analytics/actions/runs/9003): the merged result's plan matches the one reviewed on #7 <!-- posthog-definitions:status staging -->");
    expect(world.github.comments(7).filter((c) => c.login === "github-actions[bot]")).toHaveLength(1);
    expect(queued.summary).toContain("## PostHog merge queue check (`e2a1c9f`)");

    // Someone edits PostHog after review: the queue's check fails, before the merge lands.
    await world.seed("staging");
    const [flag] = (await world.api(1, "GET", "feature_flags/")).results;
    await world.api(1, "PATCH", `feature_flags/${flag.id}/`, { name: "Edited in the UI" });
    const stale = await queue(4);
    expect(stale.code).toBe(1);
    expect(stale.outputs["failure-reason"]).toBe("plan-changed");
    const latest = world.github.checkRuns().slice(-2);
    expect(latest.map((r) => [r.name, r.conclusion])).toEqual([["posthog plan / staging", "failure"], ["posthog plan / production", "success"]]);
    expect(latest[0]!.output.title).toBe("Not covered by the review: 0 to create, 1 to update, 0 to delete");
    expect(planComment().body).toContain("- ⛔ **staging**: merge queue planned the merged result `e2a1c9f` in [run #4]");
  });
});
