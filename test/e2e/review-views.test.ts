import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { copyFixture } from "../helpers/cli.js";
import { resetEmulator } from "../helpers/emulator-control.js";
import { runCliInProcess } from "../helpers/in-process.js";
import { commitBase } from "../helpers/runner-env.js";

const KEY = "phx_emulator";
let emulator: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;

const cli = (...args: string[]) => runCliInProcess(args, { cwd: repo.dir, env: { POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: KEY } });
const edit = (path: string, change: (text: string) => string) => repo.write(path, change(readFileSync(join(repo.dir, path), "utf8")));
/** The lines of one resource's block in the terminal plan, without its heading. */
function blockOf(stdout: string, heading: string): string[] {
  const lines = stdout.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`  ${heading}`));
  expect(start, `no block "${heading}" in:\n${stdout}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && /^ {0,2}\S/.test(l));
  const block = lines.slice(start + 1, end);
  while (block.at(-1) === "") block.pop();
  return block;
}

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  repo = copyFixture("growth");
  await resetEmulator(emulator);
});
afterEach(() => repo.cleanup());

describe("what a review shows", () => {
  it("lists only the fields the user wrote when the seed's growth dashboard is created, none of PostHog's defaults", async () => {
    const plan = await cli("plan", "--no-checks");
    expect(plan.code).toBe(0);
    expect(blockOf(plan.stdout, "+ dashboard growth")).toEqual([
      '      + name: "Growth"',
      '      + description: "Top-of-funnel and activation"',
      "      + pinned: true",
      '      + tags: ["growth"]',
      "      + tiles.0.insight: insights/weekly-signups",
      '      + tiles.0.layout: {"x":0,"y":0,"w":6,"h":4}',
      "      + tiles.1: text(…)",
      '      + tiles.1.body: "Updated weekly."',
      '      + tiles.1.layout: {"x":0,"y":4,"w":12,"h":1}',
    ]);
    expect(blockOf(plan.stdout, "+ insight weekly-signups")).toEqual([
      '      + name: "Weekly signups"',
      "      + query: trends(…)",
      '      + query.series: [{"event":"user signed up","math":"total"}]',
      '      + query.interval: "week"',
      '      + query.dateRange: {"date_from":"-90d"}',
    ]);
    expect(blockOf(plan.stdout, "+ feature flag new-checkout")).toEqual([
      '      + name: "New checkout flow"',
      '      + filters.groups.0.properties.0.key: "email"',
      '      + filters.groups.0.properties.0.type: "person"',
      '      + filters.groups.0.properties.0.operator: "icontains"',
      '      + filters.groups.0.properties.0.value: "@example.com"',
      "      + filters.groups.0.rollout_percentage: 20",
      '      + tags: ["checkout"]',
    ]);
    for (const noise of ["ensure_experience_continuity", "evaluation_runtime", "bucketing_identifier", "active: true", "InsightVizNode", "restriction_level"]) expect(plan.stdout).not.toContain(noise);
    // The plan still applies everything PostHog needs, and converges.
    expect((await cli("apply", "--no-checks")).code).toBe(0);
    expect((await cli("plan", "--no-checks")).stdout).toContain("No changes. 3 resource(s) up to date.");
  });

  it("draws a dashboard's layout change as the 12-column grid before and after, tiles labelled", async () => {
    expect((await cli("apply", "--no-checks")).code).toBe(0);
    edit("posthog/dashboards/growth.ts", (text) => text.replace("layout: { x: 0, y: 0, w: 6, h: 4 }", "layout: { x: 0, y: 0, w: 12, h: 4 }").replace("layout: { x: 0, y: 4, w: 12, h: 1 }", "layout: { x: 6, y: 4, w: 6, h: 1 }"));
    const plan = await cli("plan", "--no-checks");
    expect(plan.code).toBe(0);
    const block = blockOf(plan.stdout, "~ dashboard growth");
    expect(block.slice(block.indexOf("        before                    after"), block.indexOf("        before                    after") + 6)).toEqual([
      "        before                    after",
      "        A A A A A A · · · · · ·   A A A A A A A A A A A A",
      "        B B B B B B B B B B B B   · · · · · · B B B B B B",
      "",
      "        A  insight weekly-signups  (0,0) 6×4 → (0,0) 12×4",
      '        B  text "Updated weekly."  (0,4) 12×1 → (6,4) 6×1',
    ]);
  });

  it("shows several edits inside a query as one diff of the pretty-printed query, a short edit as path: value", async () => {
    repo.write(
      "posthog/insights/top-events.ts",
      `import { hogql, insight } from "@posthog/definitions"\n\nexport default insight({\n  key: "top-events",\n  name: "Top events",\n  query: hogql("SELECT event, count() AS total FROM events WHERE timestamp > now() - INTERVAL 7 DAY GROUP BY event ORDER BY total DESC LIMIT 10"),\n})\n`,
    );
    expect((await cli("apply", "--no-checks")).code).toBe(0);
    edit("posthog/dashboards/growth.ts", (text) => text.replace('event: "user signed up", math: "total"', 'event: "user logged in", math: "dau"').replace('interval: "week"', 'interval: "day"'));
    edit("posthog/insights/top-events.ts", (text) => text.replace("INTERVAL 7 DAY", "INTERVAL 30 DAY"));
    edit("posthog/feature-flags/new-checkout.ts", (text) => text.replace("rollout_percentage: 20", "rollout_percentage: 50"));
    const plan = await cli("plan", "--no-checks");
    expect(plan.code).toBe(0);

    const trends = blockOf(plan.stdout, "~ insight weekly-signups");
    expect(trends).toContain("      trends: interval week → day");
    expect(trends).toContain("      ~ query.source:");
    expect(trends).toContain('        -   "interval": "week",');
    expect(trends).toContain('        +   "interval": "day",');
    expect(trends).toContain('        -       "event": "user signed up",');
    expect(trends).toContain('        +       "event": "user logged in",');
    expect(trends.some((l) => /query\.source\.(interval|series)/.test(l))).toBe(false);

    const sql = blockOf(plan.stdout, "~ insight top-events");
    expect(sql.filter((l) => /^ {8}[+-] /.test(l))).toEqual(["        - WHERE timestamp > now() - INTERVAL 7 DAY", "        + WHERE timestamp > now() - INTERVAL 30 DAY"]);
    expect(sql).toContain("          SELECT event,");

    expect(blockOf(plan.stdout, "~ feature flag new-checkout")).toContain("      ~ filters.groups.0.rollout_percentage: 20 → 50");
  });

  it("labels a change that undoes an edit made in PostHog when the plan is given the base branch (--base-ref, --base)", async () => {
    expect((await cli("apply", "--no-checks")).code).toBe(0);
    commitBase(repo.dir);
    const flags = (await fetch(`${emulator.url}/api/projects/1/feature_flags/`, { headers: { authorization: `Bearer ${KEY}` } }).then((r) => r.json())) as { results: { id: number }[] };
    const flag = flags.results[0]!;
    await fetch(`${emulator.url}/api/projects/1/feature_flags/${flag.id}/`, { method: "PATCH", headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" }, body: JSON.stringify({ name: "Renamed in the UI" }) });
    edit("posthog/feature-flags/new-checkout.ts", (text) => text.replace("rollout_percentage: 20", "rollout_percentage: 50"));

    const planned = await cli("plan", "--no-checks", "--verbose", "--base-ref", "HEAD");
    const labelled = blockOf(planned.stdout, "~ feature flag new-checkout");
    // The activity log names who made the edit, as the PR comment does: one request, for the one resource with a revert.
    expect(labelled).toEqual(expect.arrayContaining([expect.stringMatching(/^ {6}↩ reverts a change made in PostHog by Emulator User \(emulator@posthog\.local\) on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC: name$/)]));
    expect(planned.stderr).toContain("Read PostHog's activity log for the reverted changes in 1 request(s) (at most 30).");
    expect(labelled).toContain('      ~ name: "Renamed in the UI" → "New checkout flow"');
    expect(labelled.filter((l) => l.includes("reverts"))).toHaveLength(1);

    const base = copyFixture("growth");
    try {
      const fromDirectory = await cli("plan", "--no-checks", "--verbose", "--base", base.dir);
      expect(blockOf(fromDirectory.stdout, "~ feature flag new-checkout")).toEqual(labelled);
    } finally {
      base.cleanup();
    }
    // Without a base, nothing says where a change comes from.
    expect((await cli("plan", "--no-checks")).stdout).not.toContain("reverts a change");
    const wrong = await cli("plan", "--no-checks", "--base-ref", "no-such-branch");
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toContain("cannot load the base definitions (--base-ref no-such-branch): no-such-branch does not name a commit");
  });
});
