import { describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import { featureFlags } from "../../src/core/kinds/feature-flags.js";
import type { Definition, ObservedResource } from "../../src/core/model.js";
import { createPlan } from "../../src/core/plan/plan.js";
import { DependencyCycleError, sortTopologically } from "../../src/core/plan/order.js";

const target = { host: "http://127.0.0.1", projectId: "1" };

function flagDefinition(key: string, rollout: number): Definition {
  return { kind: "feature-flags", key, spec: { key, name: key, filters: { groups: [{ rollout_percentage: rollout }] } } };
}

function observedFlag(key: string, id: number, rollout: number): ObservedResource {
  const raw = {
    id,
    key,
    name: key,
    active: true,
    tags: [`iac:feature-flags:${key}`],
    filters: { groups: [{ properties: [], rollout_percentage: rollout, variant: null, aggregation_group_type_index: null }], payloads: {}, multivariate: null },
    ensure_experience_continuity: false,
    evaluation_runtime: "all",
    bucketing_identifier: "distinct_id",
  };
  return { kind: "feature-flags", key, id, managed: true, fields: featureFlags.toObserved(raw, { keyOf: () => undefined, rows: () => [] }) };
}

describe("createPlan", () => {
  it("plans exactly one update with the field diff when a rollout changes", () => {
    const desired = buildDesiredState([flagDefinition("checkout", 50), flagDefinition("other", 10)]).resources;
    const plan = createPlan({ target, desired, observed: [observedFlag("checkout", 1, 20), observedFlag("other", 2, 10)], prune: false });
    expect(plan.summary).toEqual({ create: 0, update: 1, delete: 0, noop: 1 });
    const update = plan.steps.find((s) => s.action === "update")!;
    expect(update).toMatchObject({ key: "checkout", id: 1, changes: [{ path: "filters.groups.0.rollout_percentage", kind: "update", before: 20, after: 50 }] });
    expect(update.summary).toEqual(["release condition 1: rollout 20% → 50%"]);
  });

  it("deletes orphans only with prune, after creates and updates", () => {
    const desired = buildDesiredState([flagDefinition("new", 50)]).resources;
    const observed = [observedFlag("gone", 7, 10)];
    const kept = createPlan({ target, desired, observed, prune: false });
    expect(kept.steps.map((s) => s.action)).toEqual(["create"]);
    expect(kept.orphans).toEqual([{ kind: "feature-flags", key: "gone", id: 7 }]);
    const pruned = createPlan({ target, desired, observed, prune: true });
    expect(pruned.steps.map((s) => `${s.action} ${s.key}`)).toEqual(["create new", "delete gone"]);
  });

  it("is deterministic: the same inputs give byte-identical plans", () => {
    const definitions = [flagDefinition("b", 1), flagDefinition("a", 2)];
    const one = createPlan({ target, desired: buildDesiredState(definitions).resources, observed: [observedFlag("a", 1, 3)], prune: true });
    const two = createPlan({ target, desired: buildDesiredState([...definitions].reverse()).resources, observed: [observedFlag("a", 1, 3)], prune: true });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it("changes the fingerprint when the live project changes", () => {
    const desired = buildDesiredState([flagDefinition("a", 2)]).resources;
    const one = createPlan({ target, desired, observed: [observedFlag("a", 1, 3)], prune: false });
    const two = createPlan({ target, desired, observed: [observedFlag("a", 1, 4)], prune: false });
    expect(one.fingerprint).not.toBe(two.fingerprint);
  });
});

describe("sortTopologically", () => {
  it("reports a cycle with its path", () => {
    const graph = new Map([["a", ["b"]], ["b", ["a"]]]);
    expect(() => sortTopologically(["a", "b"], graph)).toThrow(DependencyCycleError);
    expect(() => sortTopologically(["a", "b"], graph)).toThrow("dependency cycle: a → b → a");
  });
});
