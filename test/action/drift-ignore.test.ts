import { describe, expect, it } from "vitest";
import { ignoreDriftFields, parseDriftIgnore } from "../../src/action/drift-ignore.js";
import { syntheticPlan } from "../helpers/synthetic-plan.js";

describe("drift-ignore", () => {
  it("parses kind and kind/key rules, and rejects unknown kinds and bad lines naming the input", () => {
    expect(parseDriftIgnore(["feature-flags:filters.groups.*.rollout_percentage", "dashboards/growth:description"])).toEqual([
      { kind: "feature-flags", path: ["filters", "groups", "*", "rollout_percentage"] },
      { kind: "dashboards", key: "growth", path: ["description"] },
    ]);
    expect(() => parseDriftIgnore(["flags:name"])).toThrow(/input drift-ignore: unknown kind "flags"/);
    expect(() => parseDriftIgnore(["feature-flags name"])).toThrow(/input drift-ignore: each line must be kind:field/);
  });

  it("drops covered field changes, turns an update left empty into no drift and recomputes the fingerprint", () => {
    const plan = syntheticPlan({ "feature-flags": 2, dashboards: 1 });
    plan.steps[1]!.changes.push({ path: "filters.groups.0.rollout_percentage", kind: "update", before: 40, after: 100 });
    const filtered = ignoreDriftFields(plan, parseDriftIgnore(["feature-flags:name", "dashboards/other:name"]));
    expect(filtered.steps.map((s) => [s.key, s.action, s.changes.map((c) => c.path)])).toEqual([
      ["feature-flags-0000", "no-op", []],
      ["feature-flags-0001", "update", ["filters.groups.0.rollout_percentage"]],
      ["dashboards-0000", "update", ["name"]],
    ]);
    expect(filtered.summary).toEqual({ create: 0, update: 2, delete: 0, noop: 1 });
    expect(filtered.fingerprint).not.toBe(plan.fingerprint);
    expect(ignoreDriftFields(plan, [])).toBe(plan);
    // A rule covers what is under its path, and * matches one segment.
    expect(ignoreDriftFields(plan, parseDriftIgnore(["feature-flags:filters", "feature-flags:name"])).steps[1]!.action).toBe("no-op");
  });
});
