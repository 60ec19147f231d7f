import { describe, expect, it } from "vitest";
import { composePlanComment, formatStatusLine, PLAN_MARKER, planBudget, readReviewRecord, replaceStatusLine } from "../../src/action/comment.js";
import { checkAgainstReview, digestChanges } from "../../src/action/review.js";
import { buildDesiredState } from "../../src/core/desired.js";
import { featureFlags } from "../../src/core/kinds/feature-flags.js";
import type { Definition, ObservedResource } from "../../src/core/model.js";
import { createPlan } from "../../src/core/plan/plan.js";
import { measure, renderPlanMarkdown } from "../../src/render/markdown.js";

const target = { host: "http://127.0.0.1", projectId: "1", environment: "staging" };
const flag = (key: string, rollout: number): Definition => ({ kind: "feature-flags", key, spec: { key, name: key, filters: { groups: [{ rollout_percentage: rollout }] } } });
function live(key: string, id: number, rollout: number): ObservedResource {
  const raw = { id, key, name: key, active: true, tags: [`iac:feature-flags:${key}`], filters: { groups: [{ properties: [], rollout_percentage: rollout }] } };
  return { kind: "feature-flags", key, id, managed: true, fields: featureFlags.toObserved(raw, { keyOf: () => undefined, rows: () => [] }) };
}
const planOf = (definitions: Definition[], observed: ObservedResource[]) => createPlan({ target, desired: buildDesiredState(definitions).resources, observed, prune: false });

describe("the plan comment's review record", () => {
  it("round-trips fingerprints and change digests through the comment body", () => {
    const plan = planOf([flag("a", 50), flag("b", 10)], [live("a", 1, 20)]);
    const record = { fingerprints: { staging: plan.fingerprint }, changes: { staging: digestChanges(plan) } };
    const body = composePlanComment(record, "## PostHog plan\n", [formatStatusLine("staging", "📝 planned")]);
    expect(body.startsWith(`${PLAN_MARKER}\n<!-- posthog-definitions:fingerprints {"staging":"${plan.fingerprint}"} -->\n`)).toBe(true);
    expect(readReviewRecord(body)).toEqual(record);
    expect(readReviewRecord("no markers here")).toEqual({ fingerprints: {}, changes: {} });
  });

  it("cannot be closed early by content: '<' and '>' are escaped inside the HTML comment", () => {
    const body = composePlanComment({ fingerprints: { "x-->": "<b>" }, changes: {} }, "", []);
    expect(body.split("\n")[1]).toBe('<!-- posthog-definitions:fingerprints {"x--\\u003e":"\\u003cb\\u003e"} -->');
    expect(readReviewRecord(body).fingerprints).toEqual({ "x-->": "<b>" });
  });

  it("replaces one environment's status line and leaves the others", () => {
    const body = composePlanComment({ fingerprints: {}, changes: {} }, "plan", [formatStatusLine("staging", "📝 s"), formatStatusLine("production", "📝 p")]);
    const updated = replaceStatusLine(body, "production", formatStatusLine("production", "✅ applied"));
    expect(updated).toContain("- 📝 s <!-- posthog-definitions:status staging -->\n- ✅ applied <!-- posthog-definitions:status production -->");
    expect(replaceStatusLine(body, "dev", formatStatusLine("dev", "new"))).toMatch(/- new <!-- posthog-definitions:status dev -->\n$/);
  });

  it("leaves room so a full-size plan plus longer status lines stays under GitHub's limit", () => {
    const definitions = Array.from({ length: 600 }, (_, i) => flag(`flag-${i}`, 50));
    const plan = planOf(definitions, definitions.map((d, i) => live(d.key, i + 1, 20)));
    const record = { fingerprints: { staging: plan.fingerprint }, changes: { staging: digestChanges(plan) } };
    const status = [formatStatusLine("staging", "📝 planned")];
    const markdown = renderPlanMarkdown([{ environment: "staging", host: target.host, projectId: "1", plan }], { maxLength: planBudget(record, status) });
    const applied = replaceStatusLine(composePlanComment(record, markdown, status), "staging", formatStatusLine("staging", `⚠️ applied 598 of 600 change(s) from \`abcdef1\` in [run #1234](https://github.com/acme/analytics/actions/runs/123456789); 2 failed or skipped. Re-running the job is safe.`));
    expect(measure(applied)).toBeLessThanOrEqual(65_536);
    expect(measure(applied)).toBeGreaterThan(50_000);
  });
});

describe("checkAgainstReview", () => {
  const reviewedPlan = planOf([flag("a", 50), flag("b", 10)], [live("a", 1, 20)]);
  const record = { fingerprints: { staging: reviewedPlan.fingerprint }, changes: { staging: digestChanges(reviewedPlan) } };

  it("matches the identical plan", () => {
    expect(checkAgainstReview(planOf([flag("a", 50), flag("b", 10)], [live("a", 1, 20)]), record, "staging")).toEqual({ verdict: "matches" });
  });

  it("lets the rest of a partly applied plan go ahead (a re-run after a failure)", () => {
    const rest = planOf([flag("a", 50), flag("b", 10)], [live("a", 1, 50)]);
    expect(checkAgainstReview(rest, record, "staging")).toEqual({ verdict: "remaining", done: 1 });
  });

  it("reports the changes nobody reviewed when the live project changed", () => {
    const edited = planOf([flag("a", 50), flag("b", 10)], [live("a", 1, 30)]);
    const check = checkAgainstReview(edited, record, "staging");
    expect(check.verdict).toBe("changed");
    if (check.verdict !== "changed") return;
    expect(check.unreviewed.map((s) => `${s.action} ${s.key}`)).toEqual(["update a"]);
    expect(check.dropped).toBe(1);
  });

  it("treats an environment without stored digests strictly", () => {
    const edited = planOf([flag("a", 50), flag("b", 10)], [live("a", 1, 50)]);
    expect(checkAgainstReview(edited, { fingerprints: record.fingerprints, changes: {} }, "staging").verdict).toBe("changed");
  });
});
