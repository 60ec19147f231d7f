import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import type { JsonObject } from "../../src/core/json.js";
import { getKind } from "../../src/core/kinds/index.js";
import { PROPERTY_OPERATORS } from "../../src/core/kinds/property-operators.js";
import type { Definition, KindName } from "../../src/core/model.js";

// The forms PostHog's own tool writes that PostHog itself refuses or ignores: validate says so
// before anything is sent, and the rest map to the fields PostHog stores.
const def = (kind: KindName, spec: JsonObject): Definition => ({ kind, key: spec.key as string, spec });
const problems = (...definitions: Definition[]) => buildDesiredState(definitions).diagnostics.map((d) => `${d.resource} ${d.field}: ${d.message}`);
const fields = (definition: Definition) => getKind(definition.kind).toDesired(definition.spec).fields;

describe("forms of PostHog's tool", () => {
  it("refuse what PostHog refuses: a null holdout rollout, encrypted payloads, a dynamic cohort with a query", () => {
    expect(problems(def("experiment-holdouts", { key: "h", name: "H", filters: [{ properties: [], rollout_percentage: null }] }))).toEqual([
      expect.stringContaining("experiment-holdouts/h filters.0.rollout_percentage: PostHog refuses a holdout group without a rollout"),
    ]);
    expect(problems(def("feature-flags", { key: "f", filters: { groups: [{ rollout_percentage: 100 }] }, is_remote_configuration: true, has_encrypted_payloads: true }))).toEqual([
      expect.stringContaining("feature-flags/f has_encrypted_payloads: encrypted payloads are not supported"),
    ]);
    expect(problems(def("cohorts", { key: "c", name: "C", filters: { properties: { type: "AND", values: [] } }, query: { kind: "HogQLQuery", query: "select 1" } }))).toEqual([
      expect.stringContaining("cohorts/c query: PostHog computes a cohort from a query only once, as a static cohort"),
    ]);
  });

  it("refuse one field given under both spellings with different values", () => {
    expect(problems(def("event-definitions", { key: "e", name: "e", enforcement_mode: "allow", enforcementMode: "reject" }))).toContain(
      "event-definitions/e enforcementMode: is another spelling of enforcement_mode, which is also given with a different value; give only one",
    );
    expect(problems(def("dashboards", { key: "d", name: "D", restriction: "collaborators", restriction_level: 21 }))).toEqual([
      "dashboards/d restriction: means restriction_level 37, but restriction_level 21 is also given; give only one",
    ]);
  });

  it("map the camelCase and named forms to PostHog's fields", () => {
    expect(fields(def("event-definitions", { key: "paid", name: "order paid", enforcementMode: "allow", primaryProperty: "order_id" }))).toMatchObject({ name: "order paid", enforcement_mode: "allow", primary_property: "order_id" });
    expect(fields(def("event-definitions", { key: "order paid", name: "order paid" }))).not.toHaveProperty("name");
    expect(fields(def("property-groups", { key: "order", properties: {} }))).toMatchObject({ name: "order" });
    expect(fields(def("dashboards", { key: "d", name: "D", restriction: "collaborators", breakdownColors: [{ value: "a", color: "#fff" }], dataColorThemeKey: "x" }))).toEqual({
      name: "D",
      description: "",
      pinned: false,
      tags: [],
      tiles: [],
      restriction_level: 37,
      breakdown_colors: [{ value: "a", color: "#fff" }],
    });
    expect(fields(def("experiments", { key: "x", name: "X", featureFlag: { $ref: "feature-flags/f" }, conclusionComment: "done" })).conclusion_comment).toBe("done");
    expect(fields(def("endpoints", { key: "e", name: "e", query: { kind: "HogQLQuery", query: "select 1" }, bucket_overrides: { day: "week" } }))).toMatchObject({ bucket_overrides: { day: "week" } });
    expect(fields(def("feature-flags", { key: "f", filters: { groups: [{ rollout_percentage: 50 }], super_groups: [{ properties: [], rollout_percentage: 100 }], holdout: null } })).filters).toEqual({
      groups: [{ properties: [], rollout_percentage: 50, variant: null }],
      multivariate: null,
      payloads: {},
    });
  });

  it("compare fields PostHog derives or keeps only when a definition declares them", () => {
    const cohorts = getKind("cohorts");
    expect(cohorts.declaredOnly).toEqual(["cohort_type"]);
    const live = cohorts.toObserved({ name: "C", description: "", is_static: false, filters: { properties: { type: "AND", values: [] } }, cohort_type: "person_property" }, { keyOf: () => undefined, rows: () => [] });
    expect(live.cohort_type).toBe("person_property");
    expect(getKind("dashboards").declaredOnly).toEqual(["filters", "variables", "restriction_level", "breakdown_colors", "data_color_theme_id", "tiles"]);
    expect(getKind("actions").declaredOnly).toEqual(["pinned"]);
  });

  it("accept exactly the property operators the SDK's type lists, so validating and type-checking agree", () => {
    const source = readFileSync(new URL("../../src/sdk/filters.ts", import.meta.url), "utf8");
    const union = /operator\?:([^;]+);/.exec(source)![1]!;
    expect([...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]).sort()).toEqual([...PROPERTY_OPERATORS].sort());
    const flag = (operator: string) => def("feature-flags", { key: "f", filters: { groups: [{ properties: [{ key: "email", type: "person", operator, value: "x" }], rollout_percentage: 100 }] } });
    expect(problems(flag("icontains"))).toEqual([]);
    expect(problems(flag("contains"))).toEqual([expect.stringContaining('feature-flags/f filters.groups.0.properties.0.operator: expected one of "exact", "is_not"')]);
    expect(problems(def("actions", { key: "a", name: "A", steps: [{ event: "x", properties: [{ key: "k", operator: "startswith", value: "v" }] }] }))).toEqual([
      expect.stringContaining("actions/a steps.0.properties.0.operator: expected one of"),
    ]);
  });
});
