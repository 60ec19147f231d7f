import { describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import type { Definition, ObservedResource } from "../../src/core/model.js";
import { readPlanFile } from "../../src/core/plan/file.js";
import { createPlan } from "../../src/core/plan/plan.js";
import { renderPlanJson } from "../../src/render/json.js";
import { renderPlanMarkdown } from "../../src/render/markdown.js";
import { renderPlanText } from "../../src/render/terminal.js";

const target = { host: "https://us.posthog.com", projectId: "7", environment: "staging" };
const flag = (name: string, rollout: number): Definition => ({ kind: "feature-flags", key: "checkout", spec: { key: "checkout", name, filters: { groups: [{ rollout_percentage: rollout }] } } });
const board = (width: number): Definition => ({
  kind: "dashboards",
  key: "growth",
  spec: { key: "growth", name: "Growth", tiles: [{ type: "text", body: "Hello", layout: { x: 0, y: 0, w: width, h: 2 } }] },
});
const desired = (definitions: Definition[]) => buildDesiredState(definitions).resources;
const live = (definition: Definition, id: number): ObservedResource => ({ kind: definition.kind, key: definition.key, id, managed: true, fields: desired([definition])[0]!.fields });

describe("what a plan carries for review", () => {
  it("labels only the changes the base branch already wants, never the pull request's own or a resource the base lacks", () => {
    // Main set name "Checkout" and 20%; PostHog has "Renamed" and 20%; the pull request keeps the name and sets 50%.
    const plan = createPlan({ target, desired: desired([flag("Checkout", 50)]), observed: [live(flag("Renamed", 20), 3)], base: desired([flag("Checkout", 20)]), prune: false });
    expect(plan.steps[0]!.changes.map((c) => c.path)).toEqual(["filters.groups.0.rollout_percentage", "name"]);
    expect(plan.reverts).toEqual([{ kind: "feature-flags", key: "checkout", path: "name" }]);
    // Reverts stay out of the fingerprint: the same plan without a base has the same one.
    expect(createPlan({ target, desired: desired([flag("Checkout", 50)]), observed: [live(flag("Renamed", 20), 3)], prune: false }).fingerprint).toBe(plan.fingerprint);
    expect(createPlan({ target, desired: desired([flag("Checkout", 50)]), observed: [live(flag("Renamed", 20), 3)], base: [], prune: false }).reverts).toEqual([]);
  });

  it("carries a layout change as the boxes before and after, and nothing when no tile moved", () => {
    const moved = createPlan({ target, desired: desired([board(12)]), observed: [live(board(6), 4)], prune: false });
    expect(moved.steps[0]!.layout).toEqual({ columns: 12, tiles: [{ label: 'text "Hello"', before: { x: 0, y: 0, w: 6, h: 2 }, after: { x: 0, y: 0, w: 12, h: 2 } }] });
    const renamed = createPlan({ target, desired: desired([{ ...board(6), spec: { ...board(6).spec, name: "Growth 2" } }]), observed: [live(board(6), 4)], prune: false });
    expect(renamed.steps[0]!.layout).toBeUndefined();
  });

  it("lists a create's written fields in their written order, and renders the same bytes once read back from its file", () => {
    const plan = createPlan({ target, desired: desired([flag("Checkout", 10), board(6)]), observed: [], prune: false });
    expect(plan.steps.map((s) => s.written)).toEqual([
      { name: "Checkout", filters: { groups: [{ rollout_percentage: 10 }] } },
      { name: "Growth", tiles: [{ $call: "text", $args: [{ body: "Hello", layout: { x: 0, y: 0, w: 6, h: 2 } }] }] },
    ]);
    const moved = createPlan({ target, desired: desired([board(12), flag("Checkout", 50)]), observed: [live(board(6), 4), live(flag("Renamed", 20), 3)], base: desired([flag("Checkout", 20)]), prune: false });
    for (const original of [plan, moved]) {
      const back = readPlanFile(renderPlanJson(original), "plan.json").environments.staging!;
      expect("plan" in back && back.plan).toEqual(original);
      const read = "plan" in back ? back.plan : original;
      expect(renderPlanText(read, { color: false })).toBe(renderPlanText(original, { color: false }));
      const report = (p: typeof original) => [{ environment: "staging", host: target.host, projectId: "7", plan: p }];
      expect(renderPlanMarkdown(report(read), { maxLength: 65_000 })).toBe(renderPlanMarkdown(report(original), { maxLength: 65_000 }));
    }
  });
});
