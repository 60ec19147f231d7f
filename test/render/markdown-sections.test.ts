import { describe, expect, it } from "vitest";
import type { EnvironmentReport } from "../../src/core/plan/report.js";
import { renderPlanMarkdown, renderEnvironmentSection } from "../../src/render/markdown.js";
import { composeSections, readSections } from "../../src/render/markdown-sections.js";
import { syntheticPlan } from "../helpers/synthetic-plan.js";

const report = (environment: string, counts: Parameters<typeof syntheticPlan>[0]): EnvironmentReport => ({ environment, host: "https://us.posthog.com", projectId: "1", plan: syntheticPlan(counts, { environment }) });

describe("changes several environments share", () => {
  it("are shown once in the job summary, which keeps no markers", () => {
    const text = renderPlanMarkdown([report("staging", { insights: 2 }), report("production", { insights: 2, dashboards: 1 })], { maxLength: 65_000 });
    expect(text).toContain("### Same in staging and production · 2 changes");
    expect(text.split("**~ update** insight `insights-0000`")).toHaveLength(2);
    expect(text).toContain("_Every change of this environment is the same in another environment and shown once above._");
    expect(text).toContain("_2 of the 3 changes of this environment are the same in another environment and shown once above._");
    expect(text).not.toContain("<!-- posthog-definitions:");
  });

  it("are shared in the one-line form too, and read back into each environment's own section", () => {
    const sections = ["staging", "production"].map((environment) => ({ environment, section: renderEnvironmentSection(report(environment, { "feature-flags": 3 }), 800, { marked: true }) }));
    expect(sections[0]!.section).toContain("- **~** feature flag `feature-flags-0000` (1 field)");
    const region = composeSections(sections, true);
    expect(region.split("- **~** feature flag `feature-flags-0000` (1 field)")).toHaveLength(2);
    expect([...readSections(region).entries()]).toEqual(sections.map((s) => [s.environment, s.section]));
  });

  it("are not looked for in a section cut down to '… N more', which stays as it is", () => {
    const sections = ["staging", "production"].map((environment) => ({ environment, section: renderEnvironmentSection(report(environment, { "feature-flags": 40 }), 900, { marked: true }) }));
    expect(sections[0]!.section).toMatch(/- … \d+ more/);
    const region = composeSections(sections, true);
    expect(region).not.toContain("Same in");
    expect([...readSections(region).values()]).toEqual(sections.map((s) => s.section));
  });
});
