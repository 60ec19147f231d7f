import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCommentEntries, readReviewRecord } from "../../src/action/comment.js";
import { useActionWorld } from "../helpers/action-world.js";
import { SHAS } from "../helpers/runner-env.js";

const actions = useActionWorld();

const planJob = (environment: string, sha: string, runNumber: number) =>
  actions.world.run({ eventName: "pull_request", event: sha === SHAS.head1 ? "pull_request.opened.json" : "pull_request.synchronize.json", sha, inputs: { environment }, runNumber });
const applyJob = (environment: string, runNumber: number) => actions.world.run({ eventName: "push", event: "push.json", sha: SHAS.merge, inputs: { environment }, runNumber });
const ours = () => actions.world.github.comments(7).filter((c) => c.login === "github-actions[bot]");

describe("plan as a matrix: one job per environment", () => {
  it("gives one comment with every environment and a complete record, however the jobs interleave, and the merge applies both", async () => {
    const { world } = await actions.open();
    // Both jobs start at once and both find no comment.
    const [staging, production] = await Promise.all([planJob("staging", SHAS.head1, 1), planJob("production", SHAS.head1, 2)]);
    expect([staging.code, production.code]).toEqual([0, 0]);
    expect(ours()).toHaveLength(1);
    const body = ours()[0]!.body;
    expect(readCommentEntries(body).map((e) => e.row.environment)).toEqual(["staging", "production"]);
    expect(Object.keys(readReviewRecord(body).fingerprints)).toEqual(["staging", "production"]);
    expect(readReviewRecord(body).fingerprints).toEqual({ ...JSON.parse(staging.outputs["plan-fingerprints"]!), ...JSON.parse(production.outputs["plan-fingerprints"]!) });
    expect(body).toContain("**6 to create, 0 to update, 0 to delete** across 2 environments.");
    expect(body).toContain("- 📝 **staging**: planned for `1a2b3c4` in [run #1]");
    expect(body).toContain("- 📝 **production**: planned for `1a2b3c4` in [run #2]");
    expect(staging.outputs["comment-id"]).toBe(String(ours()[0]!.id));
    expect(production.outputs["comment-id"]).toBe(String(ours()[0]!.id));
    // A duplicate created in the race was deleted once the oldest comment held both parts.
    const deletes = world.github.requests.filter((r) => r.method === "DELETE");
    expect(world.github.requests.filter((r) => r.method === "POST" && r.path.endsWith("/comments")).length - deletes.length).toBe(1);

    // The next push: both jobs again, each replacing only its own environment.
    const file = "posthog/feature-flags/new-checkout.ts";
    world.repo.write(file, readFileSync(join(world.repo.dir, file), "utf8").replace("staging: 100", "staging: 50").replace("production: 20", "production: 30"));
    const again = await Promise.all([planJob("production", SHAS.head2, 3), planJob("staging", SHAS.head2, 4)]);
    expect(again.map((r) => r.code)).toEqual([0, 0]);
    expect(ours()).toHaveLength(1);
    const next = ours()[0]!.body;
    expect(next).toContain("+ filters.groups.0.rollout_percentage: 50");
    expect(next).toContain("+ filters.groups.0.rollout_percentage: 30");
    expect(next).toContain("planned for `2b3c4d5` in [run #4]");
    expect(next).toContain("planned for `2b3c4d5` in [run #3]");
    expect(Object.keys(readReviewRecord(next).fingerprints)).toEqual(["staging", "production"]);

    // The merge: each environment's apply finds its reviewed plan.
    const [appliedStaging, appliedProduction] = await Promise.all([applyJob("staging", 5), applyJob("production", 6)]);
    expect([appliedStaging.code, appliedProduction.code]).toEqual([0, 0]);
    expect(appliedStaging.stdout).toContain("The plan matches the one reviewed on pull request #7.");
    expect(appliedProduction.stdout).toContain("The plan matches the one reviewed on pull request #7.");
    const flags = async (project: 1 | 2) => (await world.api(project, "GET", "feature_flags/")).results.map((f: any) => f.filters.groups[0].rollout_percentage);
    expect([await flags(1), await flags(2)]).toEqual([[50], [30]]);
  });
});
