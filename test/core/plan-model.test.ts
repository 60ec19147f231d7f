import { describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import { featureFlags } from "../../src/core/kinds/feature-flags.js";
import type { Definition, ObservedResource } from "../../src/core/model.js";
import { filterPlan } from "../../src/core/plan/assemble.js";
import { createPlan } from "../../src/core/plan/plan.js";

const target = { host: "https://eu.posthog.com", projectId: "12", environment: "staging" };
const flag = (key: string, rollout: number): Definition => ({ kind: "feature-flags", key, spec: { key, name: key, filters: { groups: [{ rollout_percentage: rollout }] } } });
const action = (key: string, name: string): Definition => ({ kind: "actions", key, spec: { key, name, steps: [{ event: "order completed" }] } });

function liveFlag(key: string, id: number, rollout: number, extra: Partial<ObservedResource> = {}): ObservedResource {
  const raw = { id, key, name: key, active: true, tags: [`iac:feature-flags:${key}`], filters: { groups: [{ properties: [], rollout_percentage: rollout }] } };
  return { kind: "feature-flags", key, id, uiId: id, managed: true, fields: featureFlags.toObserved(raw, { keyOf: () => undefined, rows: () => [] }), ...extra };
}

function liveInsight(key: string, id: number, shortId: string, extra: Partial<ObservedResource> = {}): ObservedResource {
  return { kind: "insights", key, id, uiId: shortId, managed: true, fields: { name: key, description: "", tags: [] }, ...extra };
}

describe("a plan describes itself", () => {
  const plan = createPlan({
    target,
    desired: buildDesiredState([flag("checkout", 50), action("purchase", "Purchase")]).resources,
    observed: [liveFlag("checkout", 3, 20), liveFlag("checkout", 5, 20, { duplicateOf: 3 }), liveInsight("old", 8, "XyZ67890")],
    unmanaged: [{ kind: "actions", id: 41, value: "Purchase" }],
    unreadable: [{ kind: "experiments", reason: "unavailable" }, { kind: "cohorts", reason: "forbidden" }],
    prune: true,
  });

  it("carries a label and, where the id addresses the page, a page link for every kind it names, in dependency order", () => {
    expect(plan.formatVersion).toBe(2);
    expect(plan.kinds).toEqual([
      { name: "cohorts", label: "cohort", pageUrl: "https://eu.posthog.com/project/12/cohorts/" },
      { name: "actions", label: "action", pageUrl: "https://eu.posthog.com/project/12/data-management/actions/" },
      // Insight pages take the short id, which a just-created insight has not got in the plan.
      { name: "insights", label: "insight" },
      { name: "feature-flags", label: "feature flag", pageUrl: "https://eu.posthog.com/project/12/feature_flags/" },
      { name: "experiments", label: "experiment", pageUrl: "https://eu.posthog.com/project/12/experiments/" },
    ]);
  });

  it("links each live object to its page, by the id that page takes", () => {
    expect(plan.steps.map((s) => [`${s.action} ${s.kind}/${s.key}`, s.url])).toEqual([
      ["create actions/purchase", undefined],
      ["update feature-flags/checkout", "https://eu.posthog.com/project/12/feature_flags/3"],
      ["delete feature-flags/checkout", "https://eu.posthog.com/project/12/feature_flags/5"],
      ["delete insights/old", "https://eu.posthog.com/project/12/insights/XyZ67890"],
    ]);
    const offline = createPlan({ target: { host: "posthog.internal", projectId: "12" }, desired: buildDesiredState([flag("checkout", 50)]).resources, observed: [liveFlag("checkout", 3, 20)], prune: false });
    expect(offline.steps[0]!.url).toBeUndefined();
    expect(offline.kinds).toEqual([{ name: "feature-flags", label: "feature flag" }]);
  });

  it("types its warnings instead of wording them: collisions, conflicts and unreadable kinds", () => {
    expect(plan.steps.find((s) => s.key === "purchase")!.warnings).toEqual([{ type: "collision", field: "name", value: "Purchase", holderId: 41 }]);
    expect(plan.steps.find((s) => s.action === "delete")).toMatchObject({ id: 5, duplicateOf: 3, summary: [], warnings: [] });
    expect(plan.warnings).toEqual([
      { type: "conflict", kind: "feature-flags", key: "checkout", ids: [3, 5], keptId: 3 },
      { type: "unreadable", kind: "cohorts", reason: "forbidden" },
      { type: "unreadable", kind: "experiments", reason: "unavailable" },
    ]);
  });
});

describe("filterPlan", () => {
  const full = createPlan({
    target,
    desired: buildDesiredState([flag("kept", 50), action("new", "New")]).resources,
    observed: [liveFlag("kept", 1, 20), liveFlag("gone", 2, 10)],
    prune: true,
  });

  it("keeps the chosen steps and recounts, narrows the kinds and refingerprints them", () => {
    const deletions = filterPlan(full, (s) => s.action === "delete");
    expect(deletions.steps.map((s) => `${s.action} ${s.key}`)).toEqual(["delete gone"]);
    expect(deletions.summary).toEqual({ create: 0, update: 0, delete: 1, noop: 0 });
    expect(deletions.kinds.map((k) => k.name)).toEqual(["feature-flags"]);
    expect(deletions.fingerprint).not.toBe(full.fingerprint);
    // The fingerprint is that of the filtered plan, however it was reached.
    const again = filterPlan(filterPlan(full, (s) => s.kind === "feature-flags"), (s) => s.action === "delete");
    expect(again.fingerprint).toBe(deletions.fingerprint);
    expect(filterPlan(full, () => true).fingerprint).toBe(full.fingerprint);
  });
});
