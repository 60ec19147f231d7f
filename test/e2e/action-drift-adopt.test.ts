import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { useActionWorld } from "../helpers/action-world.js";
import { startGitHubFake } from "../helpers/github-fake.js";
import { runCliInProcess } from "../helpers/in-process.js";
import { KEY_ENV, SECRETS, SHAS } from "../helpers/runner-env.js";

const actions = useActionWorld();
const BRANCH = "posthog/adopt-drift-staging";

// Files besides the fixture's: a flag alone in its file, and a dashboard importing an insight from a
// file where pull would not put it, so the rewritten import must point at the real file.
const FLAG = `import { featureFlag } from "@posthog/definitions"\n\nexport default featureFlag({\n  key: "beta-banner",\n  name: "Beta banner",\n  filters: { groups: [{ rollout_percentage: 50 }] },\n})\n`;
const INSIGHT = `import { insight, trends } from "@posthog/definitions"\n\nexport default insight({ key: "weekly-activations", name: "Weekly activations", query: trends({ series: [{ event: "activated", math: "total" }], interval: "week" }) })\n`;
const BOARD = `import { dashboard } from "@posthog/definitions"\nimport activations from "../insights/activation/weekly-activations.ts"\n\nexport default dashboard({ key: "activation", name: "Activation", description: "As defined", tiles: [{ insight: activations, layout: { x: 0, y: 0, w: 6, h: 4 } }] })\n`;

function filesOf(dir: string, root = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === ".git") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, filesOf(path, root));
    else out[relative(root, path).split("\\").join("/")] = readFileSync(path, "utf8");
  }
  return out;
}

/** Sets up the repository, its commit on main in the fake, and both projects as applied. */
async function openWorld() {
  const { world, emulator } = await actions.open();
  world.repo.write("posthog/feature-flags/beta-banner.ts", FLAG);
  world.repo.write("posthog/insights/activation/weekly-activations.ts", INSIGHT);
  world.repo.write("posthog/dashboards/activation-board.ts", BOARD);
  world.github.addCommit(SHAS.merge, filesOf(world.repo.dir), "main");
  await world.seed("staging");
  await world.seed("production");
  const live = async (path: string, key: string, field = "key") => ((await world.api(1, "GET", path)).results as any[]).find((r) => !r.deleted && (r[field] === key || (r.tags ?? []).includes(key)));
  return { world, emulator, live };
}

/** Plans the branch's committed files (a checkout of it) against staging; answers the steps that would change something. */
async function planBranch(world: Awaited<ReturnType<typeof openWorld>>["world"]): Promise<{ code: number | null; changed: string[] }> {
  const checkout = mkdtempSync(join(tmpdir(), "posthog-adopt-checkout-"));
  try {
    cpSync(world.repo.dir, checkout, { recursive: true });
    for (const [path, content] of Object.entries(world.github.files(world.github.branch(BRANCH)!))) {
      mkdirSync(dirname(join(checkout, path)), { recursive: true });
      writeFileSync(join(checkout, path), content);
    }
    const run = await runCliInProcess(["plan", "--environment", "staging", "--json", "--detailed-exitcode"], { cwd: checkout, env: { ...KEY_ENV, POSTHOG_RATE_LIMIT: "off" } });
    const steps = (JSON.parse(run.stdout).steps ?? []) as { kind: string; key: string; action: string; changes: { path: string }[] }[];
    return { code: run.code, changed: steps.filter((s) => s.action !== "no-op").flatMap((s) => s.changes.map((c) => `${s.kind}/${s.key}:${c.path}`)) };
  } finally {
    rmSync(checkout, { recursive: true, force: true });
  }
}

const adoptWrites = (world: Awaited<ReturnType<typeof openWorld>>["world"]) =>
  world.github.requests.filter((r) => r.method !== "GET" && (r.path.includes("/git/") || r.path.includes("/pulls"))).map((r) => `${r.method} ${r.path} ${r.status}`);

describe("drift-adopt-pr", () => {
  it("opens one pull request whose files plan as a no-op, updates it in place, and closes it when the drift is gone", async () => {
    const { world, live } = await openWorld();
    const flag = await live("feature_flags/", "beta-banner");
    const board = await live("dashboards/", "iac:dashboards:activation", "none");
    await world.api(1, "PATCH", `feature_flags/${flag.id}/`, { name: "Beta banner (UI)", filters: { ...flag.filters, groups: [{ ...flag.filters.groups[0], rollout_percentage: 75 }] } });
    await world.api(1, "PATCH", `dashboards/${board.id}/`, { description: "Edited in the UI" });

    world.github.clearRequests();
    const first = await world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, inputs: { "drift-adopt-pr": "true" }, runNumber: 1 });
    expect(first.code).toBe(0);
    const [pull] = world.github.pullRequests();
    expect(pull).toMatchObject({ title: "Adopt PostHog UI changes in staging (project 1)", state: "open", head: BRANCH, base: "main", login: "github-actions[bot]" });
    expect(adoptWrites(world)).toEqual(["POST /repos/acme/analytics/git/trees 201", "POST /repos/acme/analytics/git/commits 201", "POST /repos/acme/analytics/git/refs 201", "POST /repos/acme/analytics/pulls 201"]);
    const head = world.github.branch(BRANCH)!;
    expect(world.github.commit(head)!.parents).toEqual([SHAS.merge]);
    const files = world.github.files(head);
    const changed = Object.keys(files).filter((path) => files[path] !== filesOf(world.repo.dir)[path]);
    expect(changed.sort()).toEqual(["posthog/dashboards/activation-board.ts", "posthog/feature-flags/beta-banner.ts"]);
    expect(files["posthog/feature-flags/beta-banner.ts"]).toContain('name: "Beta banner (UI)"');
    expect(files["posthog/feature-flags/beta-banner.ts"]).toContain("rollout_percentage: 75");
    expect(files["posthog/dashboards/activation-board.ts"]).toContain('description: "Edited in the UI"');
    expect(files["posthog/dashboards/activation-board.ts"]).toContain('from "../insights/activation/weekly-activations.ts"');
    // Committed as written, the definitions now say what PostHog holds.
    expect(await planBranch(world)).toEqual({ code: 0, changed: [] });

    const [issue] = world.github.issues();
    expect(issue!.body).toContain(`review and merge #${pull!.number}: it writes the live values into the definitions.`);
    expect(pull!.body).toContain(`| feature-flags/beta-banner | \`posthog/feature-flags/beta-banner.ts\` | \`filters.groups.0.rollout_percentage\`, \`name\` |`);
    expect(pull!.body).toContain("**Other environments:** `production` share these definitions, so once this is merged their next apply makes the same change there.");
    expect(pull!.body).toContain("GitHub starts no workflow for a pull request opened with the workflow's `GITHUB_TOKEN`");
    expect(first.summary).toContain(`| staging | 1 | ⚠️ drifted | #${issue!.number} (adopt: #${pull!.number}) |`);
    expect(first.outputs["adopt-pr-number"]).toBe(String(pull!.number));
    for (const secret of Object.values(SECRETS)) expect(world.github.requests.some((r) => r.body.includes(secret))).toBe(false);

    // More drift, some of it in fields the UI owns or resources that cannot be rewritten alone: the same pull request follows.
    const checkout = await live("feature_flags/", "new-checkout");
    const growth = await live("dashboards/", "iac:dashboards:growth", "none");
    await world.api(1, "PATCH", `feature_flags/${flag.id}/`, { active: false });
    await world.api(1, "PATCH", `feature_flags/${checkout.id}/`, { name: "Checkout (UI)" });
    await world.api(1, "PATCH", `dashboards/${growth.id}/`, { description: "Growth, edited" });
    world.github.clearRequests();
    const inputs = { "drift-adopt-pr": "true", "drift-ignore": "feature-flags:filters.groups.*.rollout_percentage" };
    const second = await world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, inputs, runNumber: 2 });
    expect(second.code).toBe(0);
    expect(second.outputs["adopt-pr-number"]).toBe(String(pull!.number));
    expect(world.github.pullRequests()).toHaveLength(1);
    expect(adoptWrites(world)).toEqual([
      "POST /repos/acme/analytics/git/trees 201",
      "POST /repos/acme/analytics/git/commits 201",
      "PATCH /repos/acme/analytics/git/refs/heads%2Fposthog%2Fadopt-drift-staging 200",
      `PATCH /repos/acme/analytics/pulls/${pull!.number} 200`,
    ]);
    const moved = world.github.branch(BRANCH)!;
    expect(moved).not.toBe(head);
    expect(world.github.commit(moved)!.parents).toEqual([SHAS.merge]);
    const adopted = world.github.files(moved)["posthog/feature-flags/beta-banner.ts"]!;
    expect(adopted).toContain("active: false");
    // The ignored rollout keeps its defined value.
    expect(adopted).toContain("rollout_percentage: 50");
    const body = world.github.pullRequests()[0]!.body;
    expect(body).toContain(`(#${issue!.number})`);
    expect(body).toContain("- feature-flags/new-checkout: its definition sets values per environment (perEnvironment())");
    expect(body).toContain("- dashboards/growth: its file posthog/dashboards/growth.ts also defines insights/weekly-signups");
    expect((await planBranch(world)).changed.sort()).toEqual(["dashboards/growth:description", "feature-flags/beta-banner:filters.groups.0.rollout_percentage", "feature-flags/new-checkout:name"]);

    // The same drift again: nothing is written.
    world.github.clearRequests();
    const third = await world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, inputs, runNumber: 3 });
    expect(third.code).toBe(0);
    expect(adoptWrites(world)).toEqual([]);
    expect(third.outputs["adopt-pr-number"]).toBe("");

    // The UI edits are undone: the pull request is closed and its branch deleted.
    await world.api(1, "PATCH", `feature_flags/${flag.id}/`, { name: flag.name, filters: flag.filters, active: true });
    await world.api(1, "PATCH", `feature_flags/${checkout.id}/`, { name: checkout.name });
    await world.api(1, "PATCH", `dashboards/${growth.id}/`, { description: growth.description });
    await world.api(1, "PATCH", `dashboards/${board.id}/`, { description: board.description });
    world.github.clearRequests();
    const clean = await world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, inputs, runNumber: 4 });
    expect(clean.code).toBe(0);
    expect(clean.outputs.drifted).toBe("false");
    expect(clean.outputs["adopt-pr-number"]).toBe("");
    expect(world.github.pullRequests()[0]!.state).toBe("closed");
    expect(world.github.branch(BRANCH)).toBeUndefined();
    expect(world.github.comments(pull!.number).map((c) => c.body)).toEqual([expect.stringMatching(/^No drift to adopt at `e2a1c9f` .*: the project matches the definitions again\. Closing\.$/)]);
    expect(world.github.issues()[0]!.state).toBe("closed");
  }, 60_000);

  it("fails with the permission GitHub refused, and still keeps the drift issue", async () => {
    const { world, live } = await openWorld();
    const flag = await live("feature_flags/", "beta-banner");
    await world.api(1, "PATCH", `feature_flags/${flag.id}/`, { name: "Beta banner (UI)" });

    world.github.deny(["contents"]);
    const noContents = await world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, inputs: { "drift-adopt-pr": "true" }, runNumber: 1 });
    expect(noContents.code).toBe(1);
    expect(noContents.outputs["failure-reason"]).toBe("github-api");
    expect(noContents.stdout).toContain("::error::staging: drift-adopt-pr could not write the branch posthog/adopt-drift-staging: it needs contents: write in the workflow's permissions (GitHub refused to");
    expect(world.github.issues()).toHaveLength(1);
    expect(world.github.issues()[0]!.body).not.toContain("review and merge");

    world.github.deny(["pull-requests"]);
    const noPulls = await world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, inputs: { "drift-adopt-pr": "true" }, runNumber: 2 });
    expect(noPulls.code).toBe(1);
    expect(noPulls.stdout).toContain("::error::staging: drift-adopt-pr could not open a pull request from posthog/adopt-drift-staging: it needs pull-requests: write");
    expect(world.github.pullRequests()).toEqual([]);

    // Without the input nothing of this is attempted.
    world.github.deny([]);
    world.github.clearRequests();
    expect((await world.run({ eventName: "schedule", event: "schedule.json", sha: SHAS.merge, runNumber: 3 })).code).toBe(0);
    expect(world.github.requests.filter((r) => r.path.includes("/git/") || r.path.includes("/pulls"))).toEqual([]);
  }, 60_000);

  it("has a GitHub fake whose git objects carry git's own ids and that refuses what GitHub refuses", async () => {
    const fake = await startGitHubFake({ token: SECRETS.token });
    try {
      const call = async (method: string, path: string, body?: unknown) => {
        const response = await fetch(`${fake.url}/repos/acme/analytics${path}`, { method, headers: { authorization: `token ${SECRETS.token}` }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
        return { status: response.status, json: (await response.json().catch(() => undefined)) as any };
      };
      const files = { "posthog/a.ts": "export default 1\n", "posthog/flags/b.ts": "export default 2\n", "README.md": "hi\n" };
      fake.addCommit(SHAS.merge, files, "main");
      const repo = mkdtempSync(join(tmpdir(), "posthog-fake-git-"));
      try {
        for (const [path, content] of Object.entries(files)) {
          mkdirSync(dirname(join(repo, path)), { recursive: true });
          writeFileSync(join(repo, path), content);
        }
        const git = (...args: string[]) => execFileSync("git", ["-C", repo, ...args], { encoding: "utf8" }).trim();
        git("init", "-q");
        git("add", "-A");
        const { json: commit } = await call("GET", `/git/commits/${SHAS.merge}`);
        expect(commit.tree.sha).toBe(git("write-tree"));
      } finally {
        rmSync(repo, { recursive: true, force: true });
      }

      const base = (await call("GET", `/git/commits/${SHAS.merge}`)).json.tree.sha;
      expect((await call("POST", "/git/trees", { base_tree: base, tree: [{ path: "x.ts", mode: "100644", type: "blob", content: "1", sha: "a".repeat(40) }] })).status).toBe(422);
      expect((await call("POST", "/git/trees", { base_tree: "b".repeat(40), tree: [] })).status).toBe(422);
      const tree = (await call("POST", "/git/trees", { base_tree: base, tree: [{ path: "posthog/a.ts", mode: "100644", type: "blob", content: "export default 3\n" }] })).json.sha;
      expect((await call("POST", "/git/commits", { message: "m", tree, parents: ["c".repeat(40)] })).status).toBe(422);
      const one = (await call("POST", "/git/commits", { message: "one", tree, parents: [SHAS.merge] })).json.sha;
      const other = (await call("POST", "/git/commits", { message: "other", tree, parents: [SHAS.merge] })).json.sha;
      expect((await call("POST", "/git/refs", { ref: "heads/x", sha: one })).status).toBe(422);
      expect((await call("POST", "/git/refs", { ref: "refs/heads/x", sha: one })).status).toBe(201);
      expect((await call("POST", "/git/refs", { ref: "refs/heads/x", sha: one })).json.message).toBe("Reference already exists");
      expect((await call("PATCH", "/git/refs/heads%2Fx", { sha: other })).json.message).toBe("Update is not a fast forward");
      expect((await call("PATCH", "/git/refs/heads%2Fx", { sha: other, force: true })).status).toBe(200);
      expect((await call("POST", "/pulls", { title: "t", head: "x", base: "nope" })).status).toBe(422);
      expect((await call("POST", "/pulls", { title: "t", head: "x", base: "main" })).status).toBe(201);
      expect((await call("POST", "/pulls", { title: "t", head: "x", base: "main" })).json.errors[0].message).toBe("A pull request already exists for acme:x.");
      expect((await call("DELETE", "/git/refs/heads%2Fx")).status).toBe(204);
      expect((await call("DELETE", "/git/refs/heads%2Fx")).json.message).toBe("Reference does not exist");
      fake.deny(["contents"]);
      expect((await call("POST", "/git/trees", { tree: [] })).status).toBe(403);
    } finally {
      await fake.close();
    }
  });
});
