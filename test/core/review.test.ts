import { describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import { featureFlags } from "../../src/core/kinds/feature-flags.js";
import type { Definition, ObservedResource } from "../../src/core/model.js";
import { createPlan } from "../../src/core/plan/plan.js";
import { checkAgainstReview, digestChanges } from "../../src/core/plan/review.js";

const target = { host: "http://127.0.0.1", projectId: "1", environment: "staging" };
const flag = (key: string, rollout: number): Definition => ({ kind: "feature-flags", key, spec: { key, name: key, filters: { groups: [{ rollout_percentage: rollout }] } } });
function live(key: string, id: number, rollout: number): ObservedResource {
  const raw = { id, key, name: key, active: true, tags: [`iac:feature-flags:${key}`], filters: { groups: [{ properties: [], rollout_percentage: rollout }] } };
  return { kind: "feature-flags", key, id, managed: true, fields: featureFlags.toObserved(raw, { keyOf: () => undefined, rows: () => [] }) };
}
const planOf = (definitions: Definition[], observed: ObservedResource[]) => createPlan({ target, desired: buildDesiredState(definitions).resources, observed, prune: false });

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
