import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCommentEntries } from "../../src/action/comment.js";
import { useActionWorld } from "../helpers/action-world.js";
import { runCliInProcess } from "../helpers/in-process.js";
import { SHAS } from "../helpers/runner-env.js";

const actions = useActionWorld();

const plan = (inputs: Record<string, string> = {}, runNumber = 1) => actions.world.run({ eventName: "pull_request", event: "pull_request.opened.json", sha: SHAS.head1, inputs, runNumber });
const ours = () => actions.world.github.comments(7).filter((c) => c.login === "github-actions[bot]");
const count = (text: string, part: string) => text.split(part).length - 1;
const edit = (path: string, change: (text: string) => string) => actions.world.repo.write(path, change(readFileSync(join(actions.world.repo.dir, path), "utf8")));
const moveTiles = () =>
  edit("posthog/dashboards/growth.ts", (text) => text.replace("layout: { x: 0, y: 0, w: 6, h: 4 }", "layout: { x: 0, y: 0, w: 12, h: 4 }").replace("layout: { x: 0, y: 4, w: 12, h: 1 }", "layout: { x: 6, y: 4, w: 6, h: 1 }"));

const GRID = [
  "```text",
  "before                    after",
  "A A A A A A · · · · · ·   A A A A A A A A A A A A",
  "B B B B B B B B B B B B   · · · · · · B B B B B B",
  "",
  "A  insight weekly-signups  (0,0) 6×4 → (0,0) 12×4",
  'B  text "Updated weekly."  (0,4) 12×1 → (6,4) 6×1',
  "```",
].join("\n");

describe("the plan comment a reviewer reads", () => {
  it("shows the creates both environments share once, each environment's own rollout apart, with only the fields the definitions wrote", async () => {
    await actions.open();
    const result = await plan();
    expect(result.code).toBe(0);
    const body = ours()[0]!.body;
    expect(body).toContain("### Same in staging and production · 2 changes");
    expect(count(body, "**+ create** dashboard `growth`")).toBe(1);
    expect(count(body, "**+ create** insight `weekly-signups`")).toBe(1);
    expect(count(body, "**+ create** feature flag `new-checkout`")).toBe(2);
    expect(body).toContain("+ filters.groups.0.rollout_percentage: 100");
    expect(body).toContain("+ filters.groups.0.rollout_percentage: 20");
    expect(count(body, "_2 of the 3 changes of this environment are the same in another environment and shown once above._")).toBe(2);
    expect(body).toContain(["+ tiles.0.insight: insights/weekly-signups", '+ tiles.0.layout: {"x":0,"y":0,"w":6,"h":4}', "+ tiles.1: text(…)", '+ tiles.1.body: "Updated weekly."'].join("\n"));
    for (const noise of ["ensure_experience_continuity", "evaluation_runtime", "bucketing_identifier", "InsightVizNode"]) expect(body).not.toContain(noise);
    // The job summary shows the shared creates once too.
    expect(count(result.summary, "**+ create** dashboard `growth`")).toBe(1);
  });

  it("draws a layout change as a fenced 12-column grid before and after, once for both environments, with each one's id", async () => {
    const { world } = await actions.open();
    await world.seed("staging");
    await world.seed("production");
    moveTiles();
    const result = await plan();
    expect(result.code).toBe(0);
    const body = ours()[0]!.body;
    expect(count(body, GRID)).toBe(1);
    expect(body).toContain("### Same in staging and production · 1 change");
    expect(body).toMatch(/\*\*~ update\*\* dashboard `growth` · `posthog\/dashboards\/growth\.ts:\d+` · staging \[id \d+\]\(http[^)]+\), production \[id \d+\]\(http[^)]+\)/);
    // The terminal form in the job log draws the same grid.
    expect(result.stdout).toContain("        A A A A A A · · · · · ·   A A A A A A A A A A A A");

    // `show` of the run's plan file prints the shared change once, naming both environments and their ids.
    world.repo.write("plan.json", result.planJson);
    const shown = await runCliInProcess(["show", "plan.json"], { cwd: world.repo.dir, env: {} });
    expect(shown.code).toBe(0);
    const lines = shown.stdout.split("\n");
    // A plan file lists its environments by name.
    expect(lines[0]).toBe("Same in production, staging:");
    expect(lines[2]).toMatch(/^ {2}~ dashboard growth \(production id \d+, staging id \d+\)$/);
    expect(count(shown.stdout, "        A A A A A A · · · · · ·   A A A A A A A A A A A A")).toBe(1);
    expect(count(shown.stdout, "  · 1 change(s) shown once above, the same in another environment")).toBe(2);
    expect(count(shown.stdout, "Plan: 0 to create, 1 to update, 0 to delete, 2 unchanged.")).toBe(2);
  });

  it("gives the same comment when a matrix plans one environment per job, and splits a change that stops being the same", async () => {
    const { world } = await actions.open();
    await world.seed("staging");
    await world.seed("production");
    moveTiles();
    // Two jobs plan the pull request at once, each for one environment.
    const [staging, production] = await Promise.all([plan({ environment: "staging" }, 1), plan({ environment: "production" }, 2)]);
    expect([staging.code, production.code]).toEqual([0, 0]);
    expect(ours()).toHaveLength(1);
    const matrix = ours()[0]!.body;
    expect(count(matrix, GRID)).toBe(1);
    expect(readCommentEntries(matrix).map((e) => e.row.environment)).toEqual(["staging", "production"]);
    // One job planning both writes the same sections.
    expect((await plan({}, 3)).code).toBe(0);
    const sections = (body: string) => body.slice(body.indexOf("<!-- posthog-definitions:shared"), body.indexOf("<!-- posthog-definitions:sections-end -->"));
    expect(sections(ours()[0]!.body)).toBe(sections(matrix));

    // Production's job plans again after its tiles were moved in PostHog too: the change is no longer the same.
    const dashboards = await world.api(2, "GET", "dashboards/");
    const detail = await world.api(2, "GET", `dashboards/${dashboards.results[0].id}/`);
    const text = detail.tiles.find((t: any) => t.text);
    await world.api(2, "PATCH", `dashboards/${detail.id}/`, { tiles: [{ id: text.id, layouts: { sm: { x: 0, y: 5, w: 12, h: 1 } } }] });
    expect((await plan({ environment: "production" }, 4)).code).toBe(0);
    const split = ours()[0]!.body;
    expect(split).not.toContain("Same in");
    expect(count(split, GRID)).toBe(1);
    expect(count(split, "**~ update** dashboard `growth`")).toBe(2);
  });

  it("labels a change that undoes an edit made in PostHog, with who made it, apart from the pull request's own", async () => {
    const { world } = await actions.open();
    await world.seed("staging");
    await world.seed("production");
    // Someone edits the flag in PostHog's UI: its name and its rollout.
    const [flag] = (await world.api(1, "GET", "feature_flags/")).results;
    await world.api(1, "PATCH", `feature_flags/${flag.id}/`, { name: "Checkout (UI)", filters: { ...flag.filters, groups: [{ ...flag.filters.groups[0], rollout_percentage: 70 }] } });
    // The pull request changes the rollout; it leaves the name as the base branch has it.
    edit("posthog/feature-flags/new-checkout.ts", (text) => text.replace("staging: 100", "staging: 50").replace("production: 20", "production: 30"));
    const result = await plan();
    expect(result.code).toBe(0);
    const body = ours()[0]!.body;
    const staging = body.slice(body.indexOf("<!-- posthog-definitions:section staging -->"), body.indexOf("<!-- posthog-definitions:section production -->"));
    expect(staging).toMatch(/\n- ↩️ reverts a change made in PostHog: `name` by Emulator User \(emulator@&#8203;posthog\.local\) on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\n/);
    expect(staging).toContain('- name: "Checkout (UI)"\n+ name: "New checkout flow"');
    // The rollout is the pull request's own change: not labelled, though it was also edited in PostHog.
    expect(staging).not.toMatch(/reverts a change made in PostHog: `filters`/);
    expect(staging).toMatch(/\n- ✏️ changed in PostHog: `filters` by /);
    expect(staging).toContain("+ filters.groups.0.rollout_percentage: 50");
    // Production saw no edit in PostHog.
    const production = body.slice(body.indexOf("<!-- posthog-definitions:section production -->"));
    expect(production).not.toContain("reverts a change made in PostHog");
    expect(production).toContain("+ filters.groups.0.rollout_percentage: 30");
    // The job log says it too, and the plan file records it outside the fingerprint, which apply at merge compares.
    expect(result.stdout).toContain("      ↩ reverts a change made in PostHog: name");
    const planFile = JSON.parse(result.planJson);
    expect(planFile.environments.staging.plan.reverts).toEqual([{ kind: "feature-flags", key: "new-checkout", path: "name" }]);
    expect(planFile.environments.production.plan.reverts).toEqual([]);
  });
});
