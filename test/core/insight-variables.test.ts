import { describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import { getKind } from "../../src/core/kinds/index.js";
import { deriveCodeName, insightVariables } from "../../src/core/kinds/insight-variables.js";
import type { Definition } from "../../src/core/model.js";
import { hogql, insightVariable } from "../../src/sdk/index.js";

const ref = { $ref: "insight-variables/plan_tier" };
const insight = (source: Record<string, unknown>): Definition => ({ kind: "insights", key: "by-plan", spec: { key: "by-plan", name: "By plan", query: { kind: "DataVisualizationNode", source: { kind: "HogQLQuery", ...source } } } });
const tier: Definition = { kind: "insight-variables", key: "plan_tier", spec: { key: "plan_tier", name: "Plan tier", type: "String" } };
const errorsOf = (definitions: Definition[]) => buildDesiredState(definitions).diagnostics.filter((d) => d.severity === "error").map((d) => `${d.field ?? ""}: ${d.message}`);

describe("insight variables", () => {
  it("derives the code name as PostHog does: letters, digits, spaces and '_' kept, spaces as '_', lower case", () => {
    expect(deriveCodeName(" Plan tier! ")).toBe("plan_tier");
    expect(deriveCodeName("Région_2 (EU)")).toBe("région_2_eu");
  });

  it("is identified by its code name, compares PostHog's stored defaults and sends the key as the name when the name derives another code name", () => {
    expect(insightVariables.identify({ code_name: "plan_tier" })).toBe("plan_tier");
    const { fields } = insightVariables.toDesired({ key: "plan_tier", name: "Customer plan", type: "List" });
    expect(fields).toEqual({ name: "Customer plan", type: "List", default_value: "", values: [], is_multi: false });
    expect(insightVariables.toObserved({ name: "Customer plan", type: "List", default_value: "", values: [], is_multi: false, code_name: "plan_tier" }, { keyOf: () => undefined, rows: () => [] })).toEqual(fields);
    expect(insightVariables.toPayload("plan_tier", fields, { idOf: () => undefined }, "create").name).toBe("plan_tier");
    expect(insightVariables.toPayload("plan_tier", fields, { idOf: () => undefined }, "update").name).toBe("Customer plan");
    expect(insightVariables.api.remove).toBe("never");
  });

  it("refuses values and several values outside List variables, and a default of the wrong type", () => {
    const bad: Definition = { kind: "insight-variables", key: "n", spec: { key: "n", name: "N", type: "Number", values: ["1"], isMulti: true, defaultValue: "1" } };
    expect(errorsOf([bad])).toEqual([
      "values: only List variables have allowed values",
      "isMulti: only List variables accept several values",
      "defaultValue: a Number variable's default must be a number (PostHog stores List values as strings)",
    ]);
  });

  it("checks that every {variables.x} a query uses is a variable it lists, naming the field", () => {
    expect(errorsOf([tier, insight({ query: "select {variables.plan_tier}", variables: [ref] })])).toEqual([]);
    expect(errorsOf([tier, insight({ query: "select {variables.plan_tier}, {variables.region}", variables: [ref] })])).toEqual([
      "query.source.query: uses {variables.region}, but the query lists no insight variable with that code name: pass the insightVariable() to hogql (hogql`… ${variable}`)",
    ]);
    expect(errorsOf([tier, insight({ query: "select 1", variables: ["plan_tier"] })])).toEqual(["query.source.variables.0: expected an insightVariable() or { variable: insightVariable(), value }"]);
  });

  it("orders the variable before the insight that uses it, and keys the query's variables by code name", () => {
    const desired = getKind("insights").toDesired(insight({ query: "select {variables.plan_tier}", variables: [{ variable: ref, value: "pro" }] }).spec);
    expect(desired.dependsOn).toEqual([{ kind: "insight-variables", key: "plan_tier" }]);
    expect((desired.fields.query as { source: { variables: unknown } }).source.variables).toEqual({ plan_tier: { code_name: "plan_tier", variableId: "plan_tier", value: "pro" } });
  });

  it("hogql as a tag writes each variable as its placeholder and lists it once", () => {
    const planTier = insightVariable({ key: "plan_tier", name: "Plan tier", type: "String" });
    const node = hogql`select count() from events where properties.plan = ${planTier} or properties.old_plan = ${planTier}`;
    expect(node.source).toEqual({ kind: "HogQLQuery", query: "select count() from events where properties.plan = {variables.plan_tier} or properties.old_plan = {variables.plan_tier}", variables: [planTier] });
    expect(hogql("select 1", null, { variables: [planTier] }).source).toEqual({ kind: "HogQLQuery", query: "select 1", variables: [planTier] });
  });
});
