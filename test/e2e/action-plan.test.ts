import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useActionWorld } from "../helpers/action-world.js";
import { copyFixture } from "../helpers/cli.js";
import { runActionInProcess } from "../helpers/in-process.js";
import { SECRETS, SHAS } from "../helpers/runner-env.js";

const MARKER = "<!-- posthog-definitions:plan -->";

const actions = useActionWorld();

const plan = (event: string, sha: string, options: { inputs?: Record<string, string>; env?: Record<string, string>; runNumber?: number } = {}) =>
  actions.world.run({ eventName: "pull_request", event, sha, ...options });
const commentWrites = () => actions.world.github.requests.filter((r) => r.method !== "GET" && r.path.includes("/comments"));
const posthogWrites = () => actions.emulator.requests.filter((r) => r.method !== "GET");

describe("plan on pull_request", () => {
  it("creates one comment, finds it again past the first page, and updates it in place on the next push", async () => {
    const { world } = await actions.open();
    for (let i = 0; i < 35; i++) world.github.addComment(7, `Review note ${i}`, "octocat");
    world.github.addComment(7, `${MARKER}\nplanted by someone else`, "mallory");

    const first = await plan("pull_request.opened.json", SHAS.head1);
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ mode: "plan", "has-changes": "true", "has-deletions": "false", "to-create": "6", "to-update": "0", "failure-reason": "" });
    expect(JSON.parse(first.outputs.counts!)).toEqual({ staging: { create: 3, update: 0, delete: 0, noop: 0 }, production: { create: 3, update: 0, delete: 0, noop: 0 } });
    expect(Object.keys(JSON.parse(first.outputs["plan-fingerprints"]!))).toEqual(["staging", "production"]);
    expect(commentWrites().map((r) => `${r.method} ${r.path}`)).toEqual(["POST /repos/acme/analytics/issues/7/comments"]);
    const ours = () => world.github.comments(7).filter((c) => c.login === "github-actions[bot]");
    expect(ours()).toHaveLength(1);
    expect(world.github.comments(7).find((c) => c.login === "mallory")!.body).toBe(`${MARKER}\nplanted by someone else`);
    expect(first.outputs["comment-url"]).toBe(`https://github.com/acme/analytics/pull/7#issuecomment-${ours()[0]!.id}`);
    const body = ours()[0]!.body;
    expect(body.startsWith(`${MARKER}\n<!-- posthog-definitions:fingerprints {"staging":"`)).toBe(true);
    expect(body).toContain("**6 to create, 0 to update, 0 to delete** across 2 environments.");
    expect(body).toContain("| production | [2](");
    expect(body).toContain("- 📝 **staging**: planned for `1a2b3c4` in [run #1](https://github.com/acme/analytics/actions/runs/9001)");
    expect(first.summary).toContain("## PostHog plan");
    expect(JSON.parse(first.planJson).environments.staging.plan.summary).toEqual({ create: 3, update: 0, delete: 0, noop: 0 });
    // Plans only read PostHog.
    expect(posthogWrites()).toEqual([]);

    const flagFile = "posthog/feature-flags/new-checkout.ts";
    world.repo.write(flagFile, readFileSync(join(world.repo.dir, flagFile), "utf8").replace("staging: 100", "staging: 50"));
    world.github.clearRequests();
    const second = await plan("pull_request.synchronize.json", SHAS.head2, { runNumber: 2 });
    expect(second.code).toBe(0);
    expect(commentWrites().map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/acme/analytics/issues/comments/${ours()[0]!.id}`]);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain("- 📝 **staging**: planned for `2b3c4d5` in [run #2]");
    expect(ours()[0]!.body).toContain("+ filters.groups.0.rollout_percentage: 50");
    expect(second.outputs["comment-url"]).toBe(first.outputs["comment-url"]);

    // A re-run of the same run renders the same body, so nothing is sent.
    world.github.clearRequests();
    const rerun = await plan("pull_request.synchronize.json", SHAS.head2, { runNumber: 2 });
    expect(rerun.code).toBe(0);
    expect(commentWrites()).toEqual([]);
    expect(rerun.stdout).toContain("Plan comment unchanged");
  });

  it("matches the comment by the token's own login when the token can read it", async () => {
    const { world } = await actions.open({ viewer: "posthog-bot" });
    world.github.addComment(7, `${MARKER}\nwritten by the workflow token earlier`, "github-actions[bot]");
    expect((await plan("pull_request.opened.json", SHAS.head1)).code).toBe(0);
    expect((await plan("pull_request.synchronize.json", SHAS.head2, { runNumber: 2 })).code).toBe(0);
    const comments = world.github.comments(7);
    expect(comments.map((c) => c.login)).toEqual(["github-actions[bot]", "posthog-bot"]);
    expect(comments[0]!.body).toBe(`${MARKER}\nwritten by the workflow token earlier`);
    expect(comments[1]!.body).toContain("planned for `2b3c4d5`");
    expect(world.github.requests.filter((r) => r.path === "/user").map((r) => r.status)).toEqual([200, 200]);
  });

  it("reports a plan without changes, and skips the comment with comment: changes-only", async () => {
    const { world } = await actions.open();
    await world.seed("staging");
    await world.seed("production");

    const quiet = await plan("pull_request.opened.json", SHAS.head1, { inputs: { comment: "changes-only" } });
    expect(quiet.code).toBe(0);
    expect(quiet.outputs).toMatchObject({ "has-changes": "false", "to-create": "0", "to-update": "0", "to-delete": "0" });
    expect(quiet.outputs["comment-url"]).toBeUndefined();
    expect(world.github.comments(7)).toEqual([]);
    expect(quiet.summary).toContain("**No changes** in 2 environments.");

    const shown = await plan("pull_request.opened.json", SHAS.head1);
    expect(shown.code).toBe(0);
    const [comment] = world.github.comments(7);
    expect(comment!.body).toContain("**No changes** in 2 environments.");
    expect(comment!.body).toContain("| staging | [1](");
    expect(comment!.body).toContain("| 0 | 0 | 0 | ✅ up to date |");
    expect(posthogWrites()).toEqual([]);
  });

  it("keeps a huge plan under GitHub's comment limit in one comment, with every change in the job summary", async () => {
    const { world } = await actions.open();
    // Long keys make even the one-line form of 300 resources per environment overflow the comment.
    const key = (i: number) => `big-${String(i).padStart(3, "0")}-${"k".repeat(180)}`;
    const insights = Array.from({ length: 300 }, (_, i) => `insight({ key: "${key(i)}", name: "Query ${i}", query: hogql("SELECT count() FROM events WHERE properties.plan = 'tier-${i}'") })`);
    world.repo.write(
      "posthog/dashboards/big.ts",
      `import { dashboard, hogql, insight } from "@posthog/definitions"\n\nexport default dashboard({\n  key: "big",\n  name: "Big",\n  tiles: [\n${insights.map((i) => `    { insight: ${i} },`).join("\n")}\n  ],\n})\n`,
    );

    const result = await plan("pull_request.opened.json", SHAS.head1);
    expect(result.code).toBe(0);
    expect(result.outputs["to-create"]).toBe(String(2 * (3 + 301)));
    const comments = world.github.comments(7);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(65_536);
    // Each environment has a fixed share, so the comment is the same however the environments are split across jobs.
    expect(Buffer.byteLength(body)).toBeGreaterThan(40_000);
    expect(body).toMatch(/- … \d+ more \(the job summary lists every change\)/);
    expect(body).toContain("| staging |");
    expect(body).toContain("| production |");
    expect(body).toContain("<!-- posthog-definitions:status production -->");
    // The summary has room for every resource in full, and shows the creates both environments share once.
    expect(result.summary).toContain("### Same in staging and production · 303 changes");
    for (const i of [0, 299]) expect(result.summary.match(new RegExp(`\\*\\*\\+ create\\*\\* insight \`${key(i)}\``, "g"))).toHaveLength(1);
  });

  it("renders an offline plan for a fork without secrets, and says a maintainer must run the live plan", async () => {
    const { world, emulator } = await actions.open({ readOnly: true });
    world.github.addPullRequest({ number: 8, commits: [SHAS.fork] });
    const result = await plan("pull_request.fork.json", SHAS.fork, { env: { POSTHOG_STAGING_KEY: "", POSTHOG_PRODUCTION_KEY: "" } });
    expect(result.code).toBe(0);
    expect(result.outputs["failure-reason"]).toBe("");
    expect(result.outputs["plan-fingerprints"]).toBe("{}");
    expect(result.summary).toContain("A maintainer must run the live plan");
    expect(result.summary).toContain("| staging | [1](");
    expect(result.summary).toContain("🔒 offline");
    expect(result.summary).toContain("**+ create** feature flag `new-checkout`");
    expect(result.stdout).toContain("::warning::Could not write the plan comment: GitHub refused to comment on #8 (403 Resource not accessible by integration). A fork's pull request gets a read-only token");
    expect(world.github.requests.filter((r) => r.method === "POST").map((r) => `${r.path} ${r.status}`)).toEqual(["/repos/acme/analytics/issues/8/comments 403", "/repos/acme/analytics/check-runs 403"]);
    expect(emulator.requests).toEqual([]);
  });

  it("refuses to evaluate a fork's definitions in a job that holds keys", async () => {
    const { world, emulator } = await actions.open();
    world.repo.write("posthog/probe.ts", `import { writeFileSync } from "node:fs"\nwriteFileSync(new URL("../evaluated.txt", import.meta.url), "ran")\n`);
    const result = await plan("pull_request.fork.json", SHAS.fork);
    expect(result.code).toBe(1);
    expect(result.outputs["failure-reason"]).toBe("untrusted-code");
    expect(result.stdout).toContain("::error::pull request #8 comes from a fork and this job holds PostHog credentials");
    expect(existsSync(join(world.repo.dir, "evaluated.txt"))).toBe(false);
    expect(emulator.requests).toEqual([]);
  });

  it("shows an environment whose key is rejected as a failed row, and still comments", async () => {
    const { world } = await actions.open();
    const result = await plan("pull_request.opened.json", SHAS.head1, { env: { POSTHOG_PRODUCTION_KEY: "phx_wrongKey_123456" } });
    expect(result.code).toBe(1);
    expect(result.outputs["failure-reason"]).toBe("auth");
    const [comment] = world.github.comments(7);
    expect(comment!.body).toContain("| production | [2](");
    expect(comment!.body).toContain("| – | – | – | ❌ plan failed |");
    expect(comment!.body).toContain("> [!CAUTION]\n> Planning failed: PostHog rejected the personal API key (401");
    expect(comment!.body).toContain("| staging | [1](");
    expect(Object.keys(JSON.parse(result.outputs["plan-fingerprints"]!))).toEqual(["staging"]);
  });

  it("turns invalid definitions into file/line annotations and a readable section in the comment", async () => {
    const { world, emulator } = await actions.open();
    world.repo.write("posthog/feature-flags/broken.ts", `import { featureFlag } from "@posthog/definitions"\n\nexport default featureFlag({\n  key: "broken",\n  filters: {\n    groups: [{ rollout_percentage: 150 }],\n  },\n})\n`);
    const result = await plan("pull_request.opened.json", SHAS.head1);
    expect(result.code).toBe(1);
    expect(result.outputs["failure-reason"]).toBe("invalid-definitions");
    expect(result.stdout).toContain("::error title=invalid-field,file=posthog/feature-flags/broken.ts,line=6,col=16::filters.groups.0.rollout_percentage: must be at most 100 (got 150)");
    const [comment] = world.github.comments(7);
    expect(comment!.body).toContain("### ❌ Invalid definitions");
    const visible = comment!.body.replace(/^<!--.*-->$/gm, "");
    expect(visible.match(/- ❌ `posthog\/feature-flags\/broken\.ts:6` `filters\.groups\.0\.rollout_percentage`: must be at most 100 \(got 150\)/g)).toHaveLength(1);
    expect(comment!.body).toContain("**2 environments could not be planned.**");
    // The plan's reads start while the definitions load (issue 14); invalid definitions still write nothing.
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("plans a repository without posthog.config.ts as one default environment from the inputs", async () => {
    const { world, emulator } = await actions.open();
    const growth = copyFixture("growth");
    try {
      const result = await runActionInProcess({
        workspace: growth.dir,
        githubApiUrl: world.github.url,
        eventName: "push",
        event: "push.json",
        sha: SHAS.direct,
        inputs: { mode: "plan", "github-token": SECRETS.token, host: emulator.url, "allowed-hosts": emulator.url, "project-id": "1", "api-key": SECRETS.staging },
      });
      expect(result.code).toBe(0);
      expect(result.outputs).toMatchObject({ mode: "plan", "has-changes": "true", "to-create": "3" });
      expect(Object.keys(JSON.parse(result.outputs["plan-fingerprints"]!))).toEqual(["default"]);
      expect(result.summary).toContain("| default | [1](");
      // No pull request: nothing is commented; the commit gets its check run.
      expect(world.github.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`)).toEqual(["POST /repos/acme/analytics/check-runs"]);
    } finally {
      growth.cleanup();
    }
  });
});
