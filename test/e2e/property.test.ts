import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/core/json.js";
import type { Definition, KindName } from "../../src/core/model.js";
import { expectContract } from "../helpers/checked-emulator.js";
import { TARGETS_EMULATOR, scoped, scopedKey, useE2ETarget } from "../helpers/e2e-target.js";
import { applyDefinitions, describeChanges, planDefinitions } from "../helpers/project.js";

// The emulator, or a real project when POSTHOG_CONTRACT_* are set (docs/posthog-contract.md).
const e2e = useE2ETarget({ rateLimits: false });

const def = (kind: KindName, spec: JsonObject): Definition => ({ kind, key: spec.key as string, spec });
const ref = (kind: KindName, key: string) => ({ $ref: `${kind}/${key}` });
const words = fc.constantFrom("alpha", "beta", "gamma", "delta", "signup", "checkout", "activation", "retention");
const label = fc.tuple(words, words).map(([a, b]) => `${a} ${b}`);
const tags = fc.uniqueArray(words, { maxLength: 2 });

/** A random but valid set of definitions over every kind, with references between them. */
const definitionSet = fc
  .record({
    insights: fc.uniqueArray(fc.record({ name: label, event: words, interval: fc.constantFrom("day", "week"), tags }), { minLength: 1, maxLength: 3, selector: (i) => i.name }),
    flags: fc.uniqueArray(fc.record({ rollout: fc.integer({ min: 0, max: 100 }), split: fc.integer({ min: 1, max: 99 }), tags }), { minLength: 1, maxLength: 3 }),
    dashboardTiles: fc.integer({ min: 0, max: 3 }),
    cohortValue: words,
    actionEvents: fc.uniqueArray(words, { minLength: 1, maxLength: 3 }),
    properties: fc.uniqueArray(fc.record({ name: words, type: fc.constantFrom("String", "Numeric", "Boolean"), required: fc.boolean() }), { minLength: 1, maxLength: 3, selector: (p) => p.name }),
    holdoutPercent: fc.integer({ min: 1, max: 20 }),
    endpointQuery: words.map((w) => `select '${w}' as word`),
    lifecycle: fc.constantFrom("draft", "running"),
  })
  .map((g) => {
    const definitions: Definition[] = [];
    g.insights.forEach((i, n) =>
      definitions.push(def("insights", { key: `insight-${n}`, name: i.name, tags: i.tags, query: { kind: "InsightVizNode", source: { kind: "TrendsQuery", interval: i.interval, series: [{ kind: "EventsNode", event: i.event }] } } })),
    );
    definitions.push(
      def("dashboards", {
        key: "dashboard",
        name: "Dashboard",
        tiles: [
          ...g.insights.slice(0, g.dashboardTiles).map((_, n) => ({ insight: ref("insights", `insight-${n}`), layout: { x: 0, y: n * 4, w: 12, h: 4 } })),
          { type: "text", body: "Notes", layout: { x: 0, y: 20, w: 12, h: 1 } },
        ],
      }),
    );
    definitions.push(def("cohorts", { key: "cohort", name: "Cohort", filters: { properties: { type: "AND", values: [{ type: "person", key: "plan", operator: "exact", value: g.cohortValue }] } } }));
    g.flags.forEach((f, n) =>
      definitions.push(
        def("feature-flags", {
          key: `flag-${n}`,
          name: `Flag ${n}`,
          tags: f.tags,
          filters: {
            groups: [{ properties: n === 0 ? [{ cohort: ref("cohorts", "cohort") }] : [], rollout_percentage: f.rollout }],
            multivariate: { variants: [{ key: "control", rollout_percentage: f.split }, { key: "test", rollout_percentage: 100 - f.split }] },
          },
        }),
      ),
    );
    definitions.push(def("actions", { key: "action", name: "Action", steps: g.actionEvents.map((event) => ({ event })) }));
    definitions.push(def("property-groups", { key: "group", name: "Group", properties: Object.fromEntries(g.properties.map((p) => [p.name, { type: p.type, required: p.required }])) }));
    definitions.push(def("event-definitions", { key: "event", name: "event", propertyGroups: [ref("property-groups", "group")] }));
    definitions.push(def("experiment-holdouts", { key: "holdout", name: "Holdout", filters: [{ properties: [], rollout_percentage: g.holdoutPercent }] }));
    definitions.push(def("experiment-saved-metrics", { key: "metric", name: "Metric", query: { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: "event" } } }));
    definitions.push(
      def("experiments", { key: "experiment", name: "Experiment", featureFlag: ref("feature-flags", "flag-0"), holdout: ref("experiment-holdouts", "holdout"), primarySavedMetrics: [ref("experiment-saved-metrics", "metric")], lifecycle: g.lifecycle }),
    );
    definitions.push(def("endpoints", { key: "endpoint", name: "words", query: { kind: "HogQLQuery", query: g.endpointQuery } }));
    return definitions;
  });

describe("generated definitions over every kind", () => {
  it("apply to an empty project, then plan again: no changes; a random edit plans exactly the edited resources", async () => {
    await fc.assert(
      fc.asyncProperty(definitionSet, fc.nat(), async (generated, pick) => {
        await e2e.reset();
        const definitions = generated.map(scoped);
        const connection = e2e.connection();
        await applyDefinitions(connection, definitions);
        expect(describeChanges(await planDefinitions(connection, definitions))).toEqual([]);

        const target = generated[pick % generated.length]!;
        const field = target.kind === "feature-flags" ? "name" : "description";
        const edited = generated.map((d) => (d === target ? { ...d, spec: { ...d.spec, [field]: `edited ${pick}` } } : d)).map(scoped);
        expect(describeChanges(await planDefinitions(connection, edited))).toEqual([`update ${target.kind}/${scopedKey(target.key)}`]);
        // Checked before the next run's reset clears the log.
        expectContract(e2e.requests);
        e2e.clearRequests();
      }),
      // A real project is slow and rate-limited: fewer runs there.
      { numRuns: TARGETS_EMULATOR ? 12 : 3 },
    );
  });
});
