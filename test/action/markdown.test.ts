import { describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import { featureFlags } from "../../src/core/kinds/feature-flags.js";
import type { Definition, ObservedResource } from "../../src/core/model.js";
import { createPlan } from "../../src/core/plan/plan.js";
import type { EnvironmentReport } from "../../src/core/plan/report.js";
import { renderPlanMarkdown } from "../../src/render/markdown.js";
import { escapeMarkdown, formatCode, formatFence, measure, shareFairly } from "../../src/render/markdown-text.js";
import { renderDriftTable } from "../../src/render/drift-markdown.js";
import { syntheticPlan } from "../helpers/synthetic-plan.js";

const target = { host: "https://eu.posthog.com", projectId: "12", environment: "staging" };

function flag(key: string, rollout: number, name = key): Definition {
  return { kind: "feature-flags", key, spec: { key, name, filters: { groups: [{ rollout_percentage: rollout }] } } };
}

function live(key: string, id: number, rollout: number, name = key): ObservedResource {
  const raw = { id, key, name, active: true, tags: [`iac:feature-flags:${key}`], filters: { groups: [{ properties: [], rollout_percentage: rollout }] } };
  return { kind: "feature-flags", key, id, uiId: id, managed: true, fields: featureFlags.toObserved(raw, { keyOf: () => undefined, rows: () => [] }) };
}

function report(definitions: Definition[], observed: ObservedResource[], prune = false): EnvironmentReport {
  const plan = createPlan({ target, desired: buildDesiredState(definitions).resources, observed, prune });
  return { environment: "staging", host: target.host, projectId: target.projectId, plan };
}

describe("renderPlanMarkdown", () => {
  it("renders a headline, the environment table and a diff block with the PostHog-native summary", () => {
    const text = renderPlanMarkdown([report([flag("checkout", 50)], [live("checkout", 3, 20)])], { title: "PostHog plan", maxLength: 65_000 });
    expect(text).toContain("## PostHog plan\n\n**0 to create, 1 to update, 0 to delete** across 1 environment.");
    expect(text).toContain("| staging | [12](https://eu.posthog.com/project/12) | 0 | 1 | 0 | 📝 changes |");
    expect(text).toContain("**~ update** feature flag `checkout` · [id 3](https://eu.posthog.com/project/12/feature_flags/3)");
    expect(text).toContain("- release condition 1: rollout 20% → 50%");
    expect(text).toContain("```diff\n- filters.groups.0.rollout_percentage: 20\n+ filters.groups.0.rollout_percentage: 50\n```");
  });

  it("shows deletions first, under a caution", () => {
    const text = renderPlanMarkdown([report([flag("new", 10), flag("kept", 5)], [live("kept", 1, 4), live("gone", 2, 1)], true)], { maxLength: 65_000 });
    expect(text).toContain("> [!CAUTION]\n> 1 resource(s) will be deleted: staging (1).");
    const order = ["**- delete** feature flag `gone`", "**~ update** feature flag `kept`", "**+ create** feature flag `new`"].map((s) => text.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("keeps content from definitions and PostHog inert: no HTML, mentions, issue links or fence breaks", () => {
    const evil = "<img src=x onerror=alert(1)> @octocat see #12 ```` end";
    const text = renderPlanMarkdown(
      [report([flag("evil", 10, evil)], [live("evil", 1, 10, "old")]), { environment: "production", host: target.host, projectId: "9", error: evil }],
      { maxLength: 65_000 },
    );
    // Inside the fence the name is literal text, and the fence outlasts the backticks in it.
    expect(text).toContain('`````diff\n- name: "old"\n+ name: "<img src=x onerror=alert(1)> @octocat see #12 ```` end"\n`````');
    const outsideCode = text.replace(/`````diff[\s\S]*?`````/g, "");
    expect(outsideCode).toContain("Planning failed: &lt;img src=x onerror=alert(1)&gt; @&#8203;octocat see #&#8203;12 \\`\\`\\`\\` end");
    expect(outsideCode).not.toContain("<img");
    expect(outsideCode).not.toMatch(/@octocat|#12/);
  });

  it("degrades to one line per resource, then to '… N more', and never exceeds the budget", () => {
    const definitions = Array.from({ length: 400 }, (_, i) => flag(`flag-${String(i).padStart(3, "0")}`, 50, `Flag ${i} ${"x".repeat(200)}`));
    const observed = definitions.map((d, i) => live(d.key, i + 1, 20));
    const reports = [report(definitions, observed)];
    const full = renderPlanMarkdown(reports, { maxLength: 10_000_000 });
    expect(full).toContain("```diff");
    const brief = renderPlanMarkdown(reports, { maxLength: measure(full) - 1 });
    expect(brief).not.toContain("```diff");
    expect(brief).toContain("- **~** feature flag `flag-000`: release condition 1: rollout 20% → 50%");
    const cut = renderPlanMarkdown(reports, { maxLength: 20_000 });
    expect(measure(cut)).toBeLessThanOrEqual(20_000);
    expect(cut).toMatch(/- … \d+ more \(the job summary lists every change\)/);
    expect(cut).toContain("| staging |");
  });

  it("gives every kind a fair share when cut, so a large kind cannot crowd out the others", () => {
    const plan = syntheticPlan({ insights: 300, dashboards: 295, "feature-flags": 5 }, { keyLength: 120 });
    const text = renderPlanMarkdown([{ environment: "staging", host: target.host, projectId: "12", plan }], { maxLength: 40_000 });
    expect(measure(text)).toBeLessThanOrEqual(40_000);
    // No kind is reduced to "… N more" with nothing listed, and the small kind is listed in full.
    expect(text).not.toMatch(/<\/summary>\n\n- … \d+ more/);
    const listed = (label: string) => text.split("\n").filter((line) => line.startsWith(`- **~** ${label} \``)).length;
    expect(listed("feature flag")).toBe(5);
    expect(Math.abs(listed("insight") - listed("dashboard"))).toBeLessThanOrEqual(listed("insight") / 10);
    expect(listed("insight")).toBeGreaterThan(50);
    expect(text).toMatch(/- … \d+ more \(the job summary lists every change\)/);
  });

  it("shows a failed environment as a row and a caution, not as a missing section", () => {
    const text = renderPlanMarkdown([{ environment: "production", host: target.host, projectId: "9", error: "PostHog rejected the personal API key (401)" }], { maxLength: 65_000 });
    expect(text).toContain("| production | [9](https://eu.posthog.com/project/9) | – | – | – | ❌ plan failed |");
    expect(text).toContain("> [!CAUTION]\n> Planning failed: PostHog rejected the personal API key (401)");
    expect(text).toContain("**1 environment could not be planned.**");
  });

  it("lists diagnostics with file and line, capped", () => {
    const diagnostics = Array.from({ length: 5 }, (_, i) => ({ severity: "error" as const, code: "invalid-field", message: `bad value ${i}`, source: { file: "posthog/feature-flags/a.ts", line: i + 1 }, field: "filters" }));
    const text = renderPlanMarkdown([], { maxLength: 65_000, diagnostics, maxDiagnostics: 3 });
    expect(text).toContain("### ❌ Invalid definitions");
    expect(text).toContain("- ❌ `posthog/feature-flags/a.ts:1` `filters`: bad value 0");
    expect(text).toContain("- … 2 more (see the job log)");
  });
});

describe("renderDriftTable", () => {
  it("keeps a fair share of rows per kind within its budget and counts the rest", () => {
    const plan = syntheticPlan({ insights: 500, dashboards: 200, "feature-flags": 90, cohorts: 10 }, { keyLength: 60 });
    const full = renderDriftTable(plan);
    expect(measure(full)).toBeGreaterThan(100_000);
    const cut = renderDriftTable(plan, 30_000);
    expect(measure(cut)).toBeLessThanOrEqual(30_000);
    for (const label of ["insight", "dashboard", "feature flag"]) expect(cut).toMatch(new RegExp(`\\| ${label} \\| … \\d+ more \\(the job summary lists them all\\) \\| \\| \\|`));
    expect(cut.split("\n").filter((row) => row.startsWith("| cohort | [cohorts-"))).toHaveLength(10);
  });
});

describe("shareFairly", () => {
  it("gives small claims what they need and splits the rest evenly", () => {
    expect(shareFairly([10, 1000, 1000], 610)).toEqual([10, 300, 300]);
    expect(shareFairly([5, 5], 100)).toEqual([5, 5]);
    expect(shareFairly([50, 50], -3)).toEqual([0, 0]);
  });
});

describe("markdown escaping helpers", () => {
  it("escape formatting, HTML, mentions and references", () => {
    expect(escapeMarkdown("a|b *c* <d> @e #1 GH-2")).toBe("a\\|b \\*c\\* &lt;d&gt; @&#8203;e #&#8203;1 GH-&#8203;2");
  });

  it("size code spans and fences to their content", () => {
    expect(formatCode("a`b")).toBe("``a`b``");
    expect(formatCode("`x")).toBe("`` `x ``");
    expect(formatFence("```js\nx\n```", "diff")).toBe("````diff\n```js\nx\n```\n````");
  });
});

describe("plan-wide warnings", () => {
  it("put conflicts and unreadable kinds at the top of the environment's section", () => {
    const desired = buildDesiredState([flag("checkout", 30)]).resources;
    const plan = createPlan({ target, desired, observed: [live("checkout", 4, 30), { ...live("checkout", 9, 30), duplicateOf: 4 }], unreadable: [{ kind: "cohorts", reason: "forbidden" }], prune: false });
    const report: EnvironmentReport = { environment: "staging", host: target.host, projectId: target.projectId, plan };
    const body = renderPlanMarkdown([report], { maxLength: 65_536 });
    expect(body).toContain('> [!WARNING]\n> conflict: 2 feature flags carry the identity of "checkout" (ids 4, 9); apply keeps id 4, the oldest');
    expect(body).toContain("> [!WARNING]\n> could not read cohorts");
    expect(body.indexOf("conflict: 2 feature flags")).toBeLessThan(body.indexOf("removes a duplicate"));
  });
});
