import { describe, expect, it } from "vitest";
import { composePlanComment, createEntry, formatStatusLine, holdsEntries, mergeEntries, PLAN_MARKER, readCommentEntries, readReviewRecord, replaceStatusLine, sectionBudget } from "../../src/action/comment.js";
import type { EnvironmentReport } from "../../src/core/plan/report.js";
import { digestChanges } from "../../src/core/plan/review.js";
import { measure } from "../../src/render/markdown-text.js";
import { syntheticPlan } from "../helpers/synthetic-plan.js";

const frame = { title: "PostHog plan", notices: [] };
const ORDER = ["staging", "production"];

function report(environment: string, counts: Parameters<typeof syntheticPlan>[0], keyLength = 0): EnvironmentReport {
  return { environment, host: "https://us.posthog.com", projectId: environment === "staging" ? "1" : "2", plan: syntheticPlan(counts, { environment, keyLength }) };
}
const entry = (r: EnvironmentReport, environments = 2) => createEntry(r, formatStatusLine(r.environment, `📝 **${r.environment}**: planned`), [], environments);

describe("the plan comment", () => {
  it("round-trips every environment's entry and the review record through the body", () => {
    const staging = entry(report("staging", { "feature-flags": 2 }));
    const production = entry({ environment: "production", host: "https://us.posthog.com", projectId: "2", error: "PostHog rejected the personal API key (401)" });
    const body = composePlanComment([staging, production], frame);
    expect(body.startsWith(`${PLAN_MARKER}\n<!-- posthog-definitions:fingerprints {"staging":"${staging.fingerprint}"} -->\n`)).toBe(true);
    expect(readCommentEntries(body)).toEqual([staging, production]);
    expect(readReviewRecord(body)).toEqual({ fingerprints: { staging: staging.fingerprint }, changes: { staging: digestChanges(report("staging", { "feature-flags": 2 }).plan!) } });
    expect(readReviewRecord("no markers here")).toEqual({ fingerprints: {}, changes: {} });
    expect(body).toContain("**0 to create, 2 to update, 0 to delete** across 1 environment. **1 environment could not be planned.**");
  });

  it("is the same whatever the split of environments across jobs, and in whatever order they write", () => {
    const staging = entry(report("staging", { "feature-flags": 3, insights: 2 }));
    const production = entry(report("production", { dashboards: 1 }));
    const oneJob = composePlanComment(mergeEntries([], [staging, production], ORDER), frame);
    const stagingFirst = composePlanComment(mergeEntries(readCommentEntries(composePlanComment(mergeEntries([], [staging], ORDER), frame)), [production], ORDER), frame);
    const productionFirst = composePlanComment(mergeEntries(readCommentEntries(composePlanComment(mergeEntries([], [production], ORDER), frame)), [staging], ORDER), frame);
    expect(stagingFirst).toBe(oneJob);
    expect(productionFirst).toBe(oneJob);
    // A body this version wrote is a fixed point of read-merge-write.
    expect(composePlanComment(mergeEntries(readCommentEntries(oneJob), [], ORDER), frame)).toBe(oneJob);
    expect(holdsEntries(oneJob, [staging])).toBe(true);
    expect(holdsEntries(oneJob, [entry(report("staging", { "feature-flags": 4 }))])).toBe(false);
  });

  it("shows a change both environments share once, whichever job writes first, and gives each environment back its own", () => {
    const staging = entry(report("staging", { "feature-flags": 2, insights: 1 }));
    const production = entry(report("production", { "feature-flags": 2, dashboards: 1 }));
    const oneJob = composePlanComment(mergeEntries([], [staging, production], ORDER), frame);
    const stagingFirst = composePlanComment(mergeEntries(readCommentEntries(composePlanComment(mergeEntries([], [staging], ORDER), frame)), [production], ORDER), frame);
    const productionFirst = composePlanComment(mergeEntries(readCommentEntries(composePlanComment(mergeEntries([], [production], ORDER), frame)), [staging], ORDER), frame);
    expect(stagingFirst).toBe(oneJob);
    expect(productionFirst).toBe(oneJob);
    expect(readCommentEntries(oneJob)).toEqual([staging, production]);
    expect(oneJob).toContain("### Same in staging and production · 2 changes");
    // Each flag once, with the id it has in each environment.
    for (const key of ["feature-flags-0000", "feature-flags-0001"]) expect(oneJob.split(`**~ update** feature flag \`${key}\``)).toHaveLength(2);
    expect(oneJob).toContain("**~ update** feature flag `feature-flags-0000` · staging [id 1](https://us.posthog.com/project/1/feature_flags/1), production [id 1](https://us.posthog.com/project/1/feature_flags/1)");
    expect(oneJob).toContain("_2 of the 3 changes of this environment are the same in another environment and shown once above._");
    expect(oneJob).toContain("**~ update** insight `insights-0000`");
    // A replan that no longer matches splits the shared change back into each environment.
    const diverged = entry(report("production", { dashboards: 1 }));
    const next = composePlanComment(mergeEntries(readCommentEntries(oneJob), [diverged], ORDER), frame);
    expect(next).not.toContain("Same in");
    expect(readCommentEntries(next)).toEqual([staging, diverged]);
    expect(next.split("**~ update** feature flag `feature-flags-0000` · [id 1]")).toHaveLength(2);
  });

  it("replaces a replanned environment's entry, keeps the others and drops environments no longer configured", () => {
    const old = composePlanComment([entry(report("staging", { "feature-flags": 1 })), entry(report("production", { dashboards: 1 })), entry(report("dev", { insights: 1 }))], frame);
    const replanned = entry(report("production", { dashboards: 2 }));
    const merged = mergeEntries(readCommentEntries(old), [replanned], ORDER);
    expect(merged.map((e) => e.row.environment)).toEqual(["staging", "production"]);
    expect(merged[1]).toEqual(replanned);
    expect(merged[0]).toEqual(readCommentEntries(old)[0]);
  });

  it("cannot be closed early by content: '<' and '>' are escaped inside the HTML comment", () => {
    const body = composePlanComment([{ ...entry(report("staging", {})), fingerprint: "<b>-->" }], frame);
    expect(body.split("\n")[1]).toBe('<!-- posthog-definitions:fingerprints {"staging":"\\u003cb\\u003e--\\u003e"} -->');
    expect(readReviewRecord(body).fingerprints).toEqual({ staging: "<b>-->" });
  });

  it("replaces one environment's status line and leaves the others", () => {
    const body = composePlanComment([entry(report("staging", {})), entry(report("production", {}))], frame);
    const updated = replaceStatusLine(body, "production", formatStatusLine("production", "✅ applied"));
    expect(updated).toContain("- 📝 **staging**: planned <!-- posthog-definitions:status staging -->\n- ✅ applied <!-- posthog-definitions:status production -->");
    expect(replaceStatusLine(body, "dev", formatStatusLine("dev", "new"))).toMatch(/- new <!-- posthog-definitions:status dev -->\n$/);
  });

  it.each([1, 2, 5])("stays under GitHub's limit with %i full-size environments and apply's longer status lines", (count) => {
    const names = ["staging", "production", "dev", "eu", "us"].slice(0, count);
    const entries = names.map((name) => entry(report(name, { insights: 400, dashboards: 200, "feature-flags": 200 }, 120), count));
    for (const e of entries) expect(measure(e.section)).toBeLessThanOrEqual(sectionBudget(count));
    let body = composePlanComment(entries, frame);
    for (const name of names) body = replaceStatusLine(body, name, formatStatusLine(name, `⚠️ **${name}**: applied 598 of 800 change(s) from \`abcdef1\` in [run #1234](https://github.com/acme/analytics/actions/runs/123456789); 202 failed or skipped. Re-running the job is safe and retries only what is left.`));
    expect(measure(body)).toBeLessThanOrEqual(65_536);
    expect(measure(body)).toBeGreaterThan(35_000);
    // Every kind of every environment keeps some of its lines.
    for (const e of entries) for (const kind of ["insight", "dashboard", "feature flag"]) expect(e.section).toContain(`- **~** ${kind} \``);
  });
});
