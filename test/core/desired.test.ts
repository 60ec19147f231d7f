import { describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import type { Definition } from "../../src/core/model.js";

const source = (line: number) => ({ file: "posthog/x.ts", line });

function flag(key: string, extra: Record<string, unknown> = {}): Definition {
  return {
    kind: "feature-flags",
    key,
    spec: { key, filters: { groups: [{ rollout_percentage: 50 }] }, ...extra } as Definition["spec"],
    source: source(3),
  };
}

const insight: Definition = {
  kind: "insights",
  key: "weekly-signups",
  spec: { key: "weekly-signups", name: "Weekly signups", query: { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [] } } },
  source: source(2),
};

describe("buildDesiredState", () => {
  it("orders insights before the dashboards that hold them", () => {
    const dashboard: Definition = {
      kind: "dashboards",
      key: "growth",
      spec: { key: "growth", name: "Growth", tiles: [{ insight: { $ref: "insights/weekly-signups" }, layout: { x: 0, y: 0, w: 6, h: 4 } }] },
      source: source(10),
    };
    const state = buildDesiredState([dashboard, insight]);
    expect(state.diagnostics).toEqual([]);
    expect(state.resources.map((r) => `${r.kind}/${r.key}`)).toEqual(["insights/weekly-signups", "dashboards/growth"]);
    expect(state.resources[1]!.dependsOn).toEqual([{ kind: "insights", key: "weekly-signups" }]);
  });

  it("reports every problem with file, line and field", () => {
    const state = buildDesiredState([
      flag("bad key!"),
      flag("ok", { filters: { groups: [{ rollout_percentage: 120 }], multivariate: { variants: [{ key: "a", rollout_percentage: 60 }, { key: "b", rollout_percentage: 30 }] } } }),
      flag("typo", { activ: true }),
    ]);
    const summary = state.diagnostics.map((d) => `${d.source?.file}:${d.source?.line} ${d.resource} ${d.field}: ${d.message}`);
    expect(summary).toEqual([
      'posthog/x.ts:3 feature-flags/bad key! key: "bad key!" is invalid: only letters, numbers, hyphens (-) and underscores (_) are allowed',
      "posthog/x.ts:3 feature-flags/ok filters.groups.0.rollout_percentage: must be at most 100 (got 120)",
      expect.stringContaining("feature-flags/typo activ: is not a known field"),
    ]);
    expect(state.resources.map((r) => r.key)).toEqual([]);
  });

  it("checks cross-field flag rules once the shape is valid", () => {
    const state = buildDesiredState([
      flag("split", { filters: { groups: [{ variant: "c" }], multivariate: { variants: [{ key: "a", rollout_percentage: 60 }, { key: "b", rollout_percentage: 30 }] } } }),
    ]);
    expect(state.diagnostics.map((d) => `${d.field}: ${d.message}`)).toEqual([
      "filters.multivariate.variants: variant rollout percentages must sum to 100, got 90",
      'filters.groups.0.variant: "c" is not one of the flag\'s variants (a, b)',
    ]);
  });

  it("rejects a duplicate key with different content and names both places", () => {
    const other = { ...flag("dup"), source: { file: "posthog/y.ts", line: 7 }, spec: { key: "dup", name: "other", filters: { groups: [] } } };
    const state = buildDesiredState([flag("dup"), other as Definition]);
    expect(state.diagnostics).toHaveLength(1);
    expect(state.diagnostics[0]).toMatchObject({ code: "duplicate-key", source: { file: "posthog/y.ts", line: 7 } });
    expect(state.diagnostics[0]!.message).toContain("first defined at posthog/x.ts:3");
  });

  it("flags a tile that references an insight that does not exist", () => {
    const dashboard: Definition = {
      kind: "dashboards",
      key: "growth",
      spec: { key: "growth", name: "Growth", tiles: [{ insight: { $ref: "insights/missing" } }] },
      source: source(10),
    };
    const state = buildDesiredState([dashboard]);
    expect(state.diagnostics).toMatchObject([{ code: "unknown-reference", field: "tiles.0.insight", message: "references insights/missing, which is not defined" }]);
  });

  it("rejects a tile outside the 12-column grid", () => {
    const dashboard: Definition = {
      kind: "dashboards",
      key: "growth",
      spec: { key: "growth", name: "Growth", tiles: [{ type: "text", body: "hi", layout: { x: 8, y: 0, w: 6, h: 1 } }] },
      source: source(10),
    };
    const state = buildDesiredState([dashboard]);
    expect(state.diagnostics.map((d) => `${d.field}: ${d.message}`)).toEqual(["tiles.0.layout.w: x + w must fit the 12-column grid (x 8 + w 6 = 14)"]);
  });

  it("resolves per-environment values for the environment planned", () => {
    const definition = flag("rollout", { filters: { groups: [{ rollout_percentage: { $env: { staging: 100, production: 10 } } }] } });
    const staging = buildDesiredState([definition], "staging");
    const production = buildDesiredState([definition], "production");
    const groupsOf = (s: typeof staging) => ((s.resources[0]!.fields.filters as { groups: { rollout_percentage: number }[] }).groups[0]!.rollout_percentage);
    expect(groupsOf(staging)).toBe(100);
    expect(groupsOf(production)).toBe(10);
    expect(buildDesiredState([definition], "dev").diagnostics[0]!.message).toBe('has no value for environment "dev" (has: production, staging) and no default');
  });
});
