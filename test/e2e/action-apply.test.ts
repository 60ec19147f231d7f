import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useActionWorld } from "../helpers/action-world.js";
import { SHAS } from "../helpers/runner-env.js";

const actions = useActionWorld();

const plan = () => actions.world.run({ eventName: "pull_request", event: "pull_request.opened.json", sha: SHAS.head1 });
const apply = (environment: string, options: { inputs?: Record<string, string>; sha?: string; runNumber?: number } = {}) =>
  actions.world.run({ eventName: "push", event: "push.json", sha: options.sha ?? SHAS.merge, inputs: { environment, ...options.inputs }, runNumber: options.runNumber ?? 2 });
const posthogWrites = () => actions.emulator.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path} ${r.status}`);
const planComment = () => actions.world.github.comments(7).find((c) => c.login === "github-actions[bot]")!;
const flagRollout = async (project: 1 | 2) => {
  const flags = await actions.world.api(project, "GET", "feature_flags/");
  return flags.results.filter((f: any) => !f.deleted).map((f: any) => [f.key, f.filters.groups[0].rollout_percentage]);
};
const editFlagFile = (from: string, to: string) => {
  const file = "posthog/feature-flags/new-checkout.ts";
  actions.world.repo.write(file, readFileSync(join(actions.world.repo.dir, file), "utf8").replace(from, to));
};

describe("apply on push to main", () => {
  it("applies the reviewed plan per environment; parallel matrix jobs keep each other's status lines", async () => {
    const { world, emulator } = await actions.open();
    expect((await plan()).code).toBe(0);

    emulator.clearRequests();
    // Both matrix jobs at once, editing the same comment.
    const [staging, production] = await Promise.all([apply("staging"), apply("production", { runNumber: 3 })]);
    expect(staging.code).toBe(0);
    expect(production.code).toBe(0);
    expect(staging.outputs).toMatchObject({ mode: "apply", applied: "3", failed: "0", "failure-reason": "", "has-changes": "true" });
    expect(staging.stdout).toContain("The plan matches the one reviewed on pull request #7.");
    expect(await flagRollout(1)).toEqual([["new-checkout", 100]]);
    expect(await flagRollout(2)).toEqual([["new-checkout", 20]]);
    expect(staging.summary).toContain("## PostHog apply: staging");
    expect(staging.summary).toContain("| feature flag | new-checkout | [");
    expect(staging.summary).toContain("| + create | ✅ applied |");

    const body = planComment().body;
    expect(body).toContain("- ✅ **staging**: applied 3 change(s) from `e2a1c9f` in [run #2](https://github.com/acme/analytics/actions/runs/9002) <!-- posthog-definitions:status staging -->");
    expect(body).toContain("- ✅ **production**: applied 3 change(s) from `e2a1c9f` in [run #3](https://github.com/acme/analytics/actions/runs/9003) <!-- posthog-definitions:status production -->");
    expect(world.github.comments(7)).toHaveLength(1);

    // A re-run after success has nothing left to do.
    emulator.clearRequests();
    const again = await apply("staging", { runNumber: 4 });
    expect(again.code).toBe(0);
    expect(again.summary).toContain("Nothing to apply");
    expect(posthogWrites()).toEqual([]);
  });

  it("stops with plan-changed and shows what changed since review, unless allow-stale-plan is set", async () => {
    const { world, emulator } = await actions.open();
    await world.seed("staging");
    editFlagFile("staging: 100", "staging: 50");
    expect((await plan()).code).toBe(0);
    expect(planComment().body).toContain("release condition 1: rollout 100% → 50%");

    // Someone edits the flag in the PostHog UI after the review.
    const [flag] = (await world.api(1, "GET", "feature_flags/")).results;
    await world.api(1, "PATCH", `feature_flags/${flag.id}/`, { name: "Checkout (edited in UI)" });
    emulator.clearRequests();

    const stale = await apply("staging");
    expect(stale.code).toBe(1);
    expect(stale.outputs["failure-reason"]).toBe("plan-changed");
    expect(stale.stdout).toContain("::error::The plan differs from the one reviewed on pull request #7: 1 change(s) were not reviewed and 1 reviewed change(s) are no longer planned.");
    expect(stale.summary).toContain("### What changed since review");
    expect(stale.summary).toContain('- name: "Checkout (edited in UI)"\n+ name: "New checkout flow"');
    expect(posthogWrites()).toEqual([]);
    expect(planComment().body).toContain("- ⛔ **staging**: not applied; the plan changed since review ([run #2](");

    const forced = await apply("staging", { inputs: { "allow-stale-plan": "true" }, runNumber: 3 });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("::warning::The plan differs from the one reviewed");
    expect(forced.outputs.applied).toBe("1");
    const updated = await world.api(1, "GET", `feature_flags/${flag.id}/`);
    expect([updated.name, updated.filters.groups[0].rollout_percentage]).toEqual(["New checkout flow", 50]);
  });

  it("refuses a direct push without a reviewed plan unless apply-without-review is set", async () => {
    await actions.open();
    const refused = await apply("staging", { sha: SHAS.direct });
    expect(refused.code).toBe(1);
    expect(refused.outputs["failure-reason"]).toBe("no-reviewed-plan");
    expect(refused.summary).toContain("This commit has no merged pull request, so no reviewed plan exists.");
    expect(posthogWrites()).toEqual([]);

    const allowed = await apply("staging", { sha: SHAS.direct, inputs: { "apply-without-review": "true" } });
    expect(allowed.code).toBe(0);
    expect(allowed.outputs.applied).toBe("3");
  });

  it("reports a partial failure with PostHog's error, then a re-run applies only what is left", async () => {
    const { emulator } = await actions.open();
    expect((await plan()).code).toBe(0);
    emulator.injectFault({ method: "POST", path: "/feature_flags/$", status: 400, body: { type: "validation_error", code: "invalid_input", detail: "Simulated rejection of this flag.", attr: "filters" } });

    const failed = await apply("staging");
    expect(failed.code).toBe(1);
    expect(failed.outputs).toMatchObject({ "failure-reason": "partial-apply", applied: "2", failed: "1" });
    expect(failed.summary).toContain("| feature flag | new-checkout |  | + create | ❌ failed: PostHog rejected POST /api/projects/1/feature\\_flags/ (400): filters: Simulated rejection of this flag. |");
    expect(failed.summary).toContain("re-run this job to retry what failed");
    expect(planComment().body).toContain("- ⚠️ **staging**: applied 2 of 3 change(s) from `e2a1c9f` in [run #2]");
    expect(await flagRollout(1)).toEqual([]);

    emulator.clearRequests();
    const rerun = await apply("staging", { runNumber: 3 });
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain("Every change still planned was reviewed unchanged on pull request #7; 2 reviewed change(s) were already applied by an earlier run.");
    expect(rerun.outputs).toMatchObject({ "failure-reason": "", applied: "1", failed: "0" });
    expect(posthogWrites().filter((w) => w.startsWith("POST"))).toEqual(["POST /api/projects/1/feature_flags/ 201"]);
    expect(await flagRollout(1)).toEqual([["new-checkout", 100]]);
    expect(planComment().body).toContain("- ✅ **staging**: applied 1 change(s) from `e2a1c9f` in [run #3]");
  });
});
