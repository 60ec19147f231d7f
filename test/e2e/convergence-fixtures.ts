// Definitions the convergence cases (test/e2e/convergence-cases.ts) share as targets and dependencies.
import type { JsonObject, JsonValue } from "../../src/core/json.js";
import type { Definition, KindName } from "../../src/core/model.js";
import { scopedKey } from "../helpers/e2e-target.js";

export const def = (kind: KindName, spec: JsonObject): Definition => ({ kind, key: spec.key as string, spec });
export const FLOW_ACTIONS: JsonObject[] = [
  { id: "trigger_node", name: "Signed up", type: "trigger", config: { type: "event", filters: { events: [{ id: "user signed up", type: "events" }] } } },
  { id: "exit_node", name: "Exit", type: "exit", config: { reason: "Default exit" } },
];
export const FLOW_EDGES = [{ from: "trigger_node", to: "exit_node", type: "continue" }];
export const ref = (kind: KindName, key: string) => ({ $ref: `${kind}/${key}` });

export const trendsQuery = (event: string): JsonObject => ({ kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event, math: "total" }] } });
export const flag = def("feature-flags", {
  key: "checkout",
  name: "Checkout",
  filters: {
    groups: [{ properties: [{ cohort: ref("cohorts", "vips") }], rollout_percentage: 30 }],
    multivariate: { variants: [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }] },
    payloads: { test: { a: 1 } },
  },
  tags: ["checkout"],
});
export const vips = def("cohorts", { key: "vips", name: "VIPs", filters: { properties: { type: "OR", values: [{ type: "AND", values: [{ type: "person", key: "email", operator: "icontains", value: "@vip.com" }] }] } } });
export const group = def("property-groups", { key: "signup", name: "Signup", properties: { plan: { type: "String", required: true } } });
export const holdout = def("experiment-holdouts", { key: "holdout", name: "Holdout", filters: [{ properties: [], rollout_percentage: 5 }] });
export const purchase = def("actions", { key: "purchase", name: "Purchase", steps: [{ event: "order completed" }, { event: "$pageview", url: "/thanks" }], tags: ["checkout"] });
export const buyersFunnel = (final: JsonObject): JsonObject => ({ kind: "InsightVizNode", source: { kind: "FunnelsQuery", series: [{ kind: "EventsNode", event: "$pageview" }, final] } });
export const planTier = def("insight-variables", { key: "plan_tier", name: "Plan tier", type: "List", values: ["free", "pro"], defaultValue: "free" });
// The text names the variable by its (run-scoped) code name, as hogql`…${variable}` writes it.
export const byPlan = (variables: JsonValue[]): JsonObject => ({ kind: "DataVisualizationNode", source: { kind: "HogQLQuery", query: `select count() from events where properties.plan = {variables.${scopedKey("plan_tier")}}`, variables } });
export const paidOrders = def("warehouse-saved-queries", { key: "paid-orders", name: "paid_orders", query: "select event from events where event = 'order completed'" });
/** A flag with the variants a product tour's `linkedFlagVariant` may name. */
export const tourFlag = (key: string) => def("feature-flags", { key, filters: { groups: [{ rollout_percentage: 100 }], multivariate: { variants: [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }] } } });
export const metric = def("experiment-saved-metrics", { key: "conversion", name: "Conversion", query: { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: "$pageview" } } });
