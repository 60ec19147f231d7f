import { describe, expect, it } from "vitest";
import { useActionWorld } from "../helpers/action-world.js";
import { SHAS } from "../helpers/runner-env.js";

const actions = useActionWorld();

const check = (runNumber: number, env: Record<string, string> = {}) => actions.world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, runNumber, env });
const issueWrites = () => actions.world.github.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`);
const driftIssues = () => actions.world.github.issues();
const comments = (issue: number) => actions.world.github.comments(issue).map((c) => c.body);
const stagingFlag = async () => (await actions.world.api(1, "GET", "feature_flags/")).results[0];

describe("drift on schedule", () => {
  it("opens one issue per drifted environment, edits it when drift changes, closes it when clean and reopens it", async () => {
    const { world, emulator } = await actions.open();
    await world.seed("staging");
    await world.seed("production");

    const clean = await check(1);
    expect(clean.code).toBe(0);
    expect(clean.outputs).toMatchObject({ mode: "drift", drifted: "false", "drift-issue": "{}" });
    expect(issueWrites()).toEqual([]);

    const flag = await stagingFlag();
    await world.api(1, "PATCH", `feature_flags/${flag.id}/`, { filters: { ...flag.filters, groups: [{ ...flag.filters.groups[0], rollout_percentage: 40 }] } });
    const opened = await check(2);
    expect(opened.code).toBe(0);
    expect(opened.outputs.drifted).toBe("true");
    expect(issueWrites()).toEqual(["POST /repos/acme/analytics/issues"]);
    const [issue] = driftIssues();
    // Issues and pull requests share numbers; PR 7 exists, so the issue is #8.
    expect(issue).toMatchObject({ number: 8, title: "PostHog drift in staging (project 1)", state: "open", labels: ["posthog-drift"], login: "github-actions[bot]" });
    expect(issue!.body).toMatch(/^<!-- posthog-definitions:drift \{"environment":"staging","state":"drifted","fingerprint":"[0-9a-f]+"\} -->\n## PostHog drift in staging \(project 1\)/);
    expect(issue!.body).toContain(`| feature flag | [new-checkout](${emulator.url}/project/1/feature_flags/${flag.id}) | edited in PostHog | \`filters.groups.0.rollout_percentage\` |`);
    expect(issue!.body).toContain("release condition 1: rollout 40% → 100%");
    expect(JSON.parse(opened.outputs["drift-issue"]!)).toEqual({ staging: 8 });
    expect(opened.summary).toContain("| staging | 1 | ⚠️ drifted | #8 |");
    expect(opened.summary).toContain("| production | 2 | ✅ no drift |  |");

    // The same drift again: nothing is written.
    world.github.clearRequests();
    expect((await check(3)).code).toBe(0);
    expect(issueWrites()).toEqual([]);

    // The drift changes: the description follows, without a comment.
    await world.api(1, "PATCH", `feature_flags/${flag.id}/`, { name: "Renamed in the UI" });
    world.github.clearRequests();
    expect((await check(4)).code).toBe(0);
    expect(issueWrites()).toEqual(["PATCH /repos/acme/analytics/issues/8"]);
    expect(driftIssues()[0]!.body).toContain("`name`");
    expect(comments(8)).toEqual([]);

    // Clean again: a comment, then closed.
    await world.api(1, "PATCH", `feature_flags/${flag.id}/`, { name: flag.name, filters: flag.filters });
    world.github.clearRequests();
    const resolved = await check(5);
    expect(resolved.code).toBe(0);
    expect(issueWrites()).toEqual(["POST /repos/acme/analytics/issues/8/comments", "PATCH /repos/acme/analytics/issues/8"]);
    expect(driftIssues()[0]).toMatchObject({ state: "closed" });
    expect(comments(8)).toEqual(["✅ No drift at `e2a1c9f` ([run #5](https://github.com/acme/analytics/actions/runs/9005)): the project matches the definitions again. Closing."]);

    // Drift comes back: the same issue reopens.
    await world.api(1, "PATCH", `feature_flags/${flag.id}/`, { active: false });
    world.github.clearRequests();
    const reopened = await check(6);
    expect(reopened.code).toBe(0);
    expect(driftIssues()).toHaveLength(1);
    expect(driftIssues()[0]).toMatchObject({ number: 8, state: "open" });
    expect(comments(8)[1]).toBe("⚠️ Drift detected again at `e2a1c9f` ([run #6](https://github.com/acme/analytics/actions/runs/9006)).");
    expect(driftIssues()[0]!.body).toContain(`| feature flag | [new-checkout](${emulator.url}/project/1/feature_flags/${flag.id}) | edited in PostHog | \`active\` |`);
  });

  it("names who changed which field in the PostHog UI, and when, in the drift issue and the plan comment", async () => {
    const { world, emulator } = await actions.open();
    await world.seed("staging");
    await world.seed("production");
    const flag = await stagingFlag();
    await world.api(1, "PATCH", `feature_flags/${flag.id}/`, { name: "Renamed in the UI" });
    const [entry] = (await world.api(1, "GET", `activity_log/?scope=FeatureFlag&item_id=${flag.id}`)).results;
    expect(entry).toMatchObject({ activity: "updated", user: { email: "emulator@posthog.local" } });
    const when = `${entry.created_at.slice(0, 10)} ${entry.created_at.slice(11, 16)} UTC`;
    const who = `\`name\` by Emulator User (emulator@&#8203;posthog.local) on ${when}`;

    emulator.clearRequests();
    expect((await check(1)).code).toBe(0);
    const body = driftIssues()[0]!.body;
    expect(body).toContain(`| feature flag | [new-checkout](${emulator.url}/project/1/feature_flags/${flag.id}) | edited in PostHog | \`name\` | ${who} |`);
    expect(body).toContain(`- ✏️ changed in PostHog: ${who}`);
    expect(emulator.requests.filter((r) => r.path === "/api/projects/1/activity_log/").map((r) => `${r.method} ${r.status}`)).toEqual(["GET 200"]);

    const plan = await world.run({ eventName: "pull_request", event: "pull_request.opened.json", sha: SHAS.head1, runNumber: 2 });
    expect(plan.code).toBe(0);
    // The pull request leaves the name as its base has it, so its plan undoes the edit, and says so.
    expect(world.github.comments(7)[0]!.body).toContain(`- ↩️ reverts a change made in PostHog: ${who}`);
  });

  it("reports an auth failure as 'check failed', never as drift or as resolved", async () => {
    const { world } = await actions.open();
    await world.seed("staging");
    await world.seed("production");
    const flag = await stagingFlag();
    await world.api(1, "PATCH", `feature_flags/${flag.id}/`, { active: false });
    expect((await check(1)).code).toBe(0);
    expect(driftIssues()).toHaveLength(1);

    world.github.clearRequests();
    const failed = await check(2, { POSTHOG_STAGING_KEY: "phx_revokedKey_000111222" });
    expect(failed.code).toBe(1);
    expect(failed.outputs["failure-reason"]).toBe("auth");
    expect(failed.summary).toContain("| staging | 1 | ❌ check failed: PostHog rejected the personal API key (401");
    expect(driftIssues()[0]).toMatchObject({ number: 8, state: "open" });
    expect(driftIssues()[0]!.body).toContain('"state":"failed"');
    expect(comments(8)).toHaveLength(1);
    expect(comments(8)[0]).toMatch(/^⚠️ The drift check failed at `e2a1c9f` \(\[run #2\]\(.*\)\): PostHog rejected the personal API key \(401/);
    expect(comments(8)[0]).toContain("The drift state is unknown; this issue stays open until a check succeeds.");

    // A second failure adds nothing; production's clean result opens nothing either.
    world.github.clearRequests();
    expect((await check(3, { POSTHOG_STAGING_KEY: "phx_revokedKey_000111222" })).code).toBe(1);
    expect(issueWrites()).toEqual([]);

    // The check works again and the drift is still there: one comment on the transition.
    world.github.clearRequests();
    expect((await check(4)).code).toBe(0);
    expect(comments(8)).toHaveLength(2);
    expect(comments(8)[1]).toContain("The drift check works again");
    expect(driftIssues()[0]!.body).toContain('"state":"drifted"');
  });

  it("keeps the issue body under GitHub's limit with 800 drifted resources, every kind represented", async () => {
    const { world } = await actions.open();
    const pad = (i: number) => String(i).padStart(3, "0");
    const insights = Array.from({ length: 300 }, (_, i) => `    { insight: insight({ key: "drift-insight-${pad(i)}", name: "Query ${i}", query: hogql("SELECT count() FROM events WHERE properties.n = ${i}") }) },`);
    world.repo.write("posthog/dashboards/many.ts", `import { dashboard, hogql, insight } from "@posthog/definitions"\n\nexport default dashboard({\n  key: "many",\n  name: "Many",\n  tiles: [\n${insights.join("\n")}\n  ],\n})\n`);
    for (let i = 0; i < 250; i++) world.repo.write(`posthog/feature-flags/drift-${pad(i)}.ts`, `import { featureFlag } from "@posthog/definitions"\n\nexport default featureFlag({ key: "drift-flag-${pad(i)}", name: "Flag ${i}", filters: { groups: [{ rollout_percentage: ${i % 100} }] } })\n`);
    for (let i = 0; i < 150; i++) world.repo.write(`posthog/actions/drift-${pad(i)}.ts`, `import { action } from "@posthog/definitions"\n\nexport default action({ key: "drift-action-${pad(i)}", name: "Action ${i}", steps: [{ event: "event ${i}" }] })\n`);
    for (let i = 0; i < 99; i++) world.repo.write(`posthog/cohorts/drift-${pad(i)}.ts`, `import { cohort } from "@posthog/definitions"\n\nexport default cohort({ key: "drift-cohort-${pad(i)}", name: "Cohort ${i}", is_static: true })\n`);

    // Nothing was ever applied: all 800 resources (with the fixture's three) are missing in PostHog.
    const result = await world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, inputs: { environment: "staging" } });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.outputs.counts!).staging.create).toBe(803);
    expect(world.github.requests.filter((r) => r.method === "POST").map((r) => `${r.path} ${r.status}`)).toEqual(["/repos/acme/analytics/issues 201"]);
    const [issue] = driftIssues();
    expect(issue!.body.length).toBeLessThan(65_536);
    expect(Buffer.byteLength(issue!.body)).toBeGreaterThan(50_000);
    for (const label of ["dashboard", "insight", "feature flag", "action", "cohort"]) {
      expect(issue!.body, label).toMatch(new RegExp(`^\\| ${label} \\| drift-|^\\| ${label} \\| many`, "m"));
    }
    expect(issue!.body).toMatch(/\| insight \| … \d+ more \(the job summary lists them all\) \| \| \|/);
    // The job summary has every row.
    expect(result.summary.match(/^\| insight \| drift-insight-/gm)).toHaveLength(300);
  }, 60_000);

  it("ignores fields the UI owns, and fails the step on drift when fail-on-drift is set", async () => {
    const { world, emulator } = await actions.open();
    await world.seed("staging");
    await world.seed("production");
    const ignore = "feature-flags:filters.groups.*.rollout_percentage\n# the UI owns dashboard descriptions\ndashboards/growth:description";
    const flag = await stagingFlag();
    await world.api(1, "PATCH", `feature_flags/${flag.id}/`, { filters: { ...flag.filters, groups: [{ ...flag.filters.groups[0], rollout_percentage: 40 }] } });
    const [dashboard] = (await world.api(1, "GET", "dashboards/")).results.filter((d: any) => !d.deleted);
    await world.api(1, "PATCH", `dashboards/${dashboard.id}/`, { description: "Edited in the UI" });

    const ignored = await world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, inputs: { "drift-ignore": ignore, "fail-on-drift": "true" } });
    expect(ignored.code).toBe(0);
    expect(ignored.outputs).toMatchObject({ drifted: "false", "failure-reason": "" });
    expect(issueWrites()).toEqual([]);
    // Without the rules the same edits are drift.
    const plain = await world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, inputs: { "fail-on-drift": "true" }, runNumber: 2 });
    expect(plain.code).toBe(1);
    expect(plain.outputs).toMatchObject({ drifted: "true", "failure-reason": "drift-detected" });
    expect(plain.stdout).toContain("::error::drift detected in staging (fail-on-drift is set); see staging: #8");
    expect(driftIssues()[0]!.body).toContain("| dashboard | [growth](");
    expect(driftIssues()[0]!.body).toContain("`filters.groups.0.rollout_percentage`");

    await world.api(1, "PATCH", `feature_flags/${flag.id}/`, { name: "Renamed in the UI" });
    const named = await world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, inputs: { "drift-ignore": ignore }, runNumber: 3 });
    expect(named.code).toBe(0);
    expect(named.outputs.drifted).toBe("true");
    const body = driftIssues()[0]!.body;
    expect(body).toContain(`| feature flag | [new-checkout](${emulator.url}/project/1/feature_flags/${flag.id}) | edited in PostHog | \`name\` |`);
    expect(body).not.toContain("rollout_percentage");
    expect(body).not.toContain("| dashboard |");

    const bad = await world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, inputs: { "drift-ignore": "feature-flag:name" }, runNumber: 4 });
    expect(bad.outputs["failure-reason"]).toBe("invalid-input");
    expect(bad.stdout).toContain('::error::input drift-ignore: unknown kind "feature-flag" in "feature-flag:name"');
  });

  it("opens no issue when a check fails and none is open", async () => {
    await actions.open();
    const failed = await check(1, { POSTHOG_STAGING_KEY: "phx_revokedKey_000111222", POSTHOG_PRODUCTION_KEY: "phx_revokedKey_333444555" });
    expect(failed.code).toBe(1);
    // Nothing could be checked, so "no drift" is unknown: the output is empty, not false.
    expect(failed.outputs).toMatchObject({ "failure-reason": "auth", drifted: "" });
    expect(issueWrites()).toEqual([]);
  });
});
