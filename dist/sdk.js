import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/sdk/typed-capture.ts
function createTypedPostHog(client, events, options) {
  return client;
}

// src/sdk/index.ts
var KIND = /* @__PURE__ */ Symbol.for("posthog-definitions/kind");
var SITE = /* @__PURE__ */ Symbol.for("posthog-definitions/site");
var OWN_FILE = import.meta.url;
function withNodeKind(entry) {
  return "event" in entry ? { kind: "EventsNode", ...entry } : { kind: "ActionsNode", ...entry };
}
function trends(options) {
  const { series, ...rest } = options;
  return { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: series.map(withNodeKind), ...rest } };
}
function funnels(options) {
  const { series, funnelsFilter, ...rest } = options;
  const filter = funnelsFilter?.exclusions ? { ...funnelsFilter, exclusions: funnelsFilter.exclusions.map(withNodeKind) } : funnelsFilter;
  return { kind: "InsightVizNode", source: { kind: "FunnelsQuery", series: series.map(withNodeKind), ...rest, ...filter ? { funnelsFilter: filter } : {} } };
}
function retention(options) {
  return { kind: "InsightVizNode", source: { kind: "RetentionQuery", ...options } };
}
function paths(options) {
  return { kind: "InsightVizNode", source: { kind: "PathsQuery", ...options } };
}
function stickiness(options) {
  const { series, ...rest } = options;
  return { kind: "InsightVizNode", source: { kind: "StickinessQuery", series: series.map(withNodeKind), ...rest } };
}
function lifecycle(options) {
  const { series, ...rest } = options;
  return { kind: "InsightVizNode", source: { kind: "LifecycleQuery", series: series.map(withNodeKind), ...rest } };
}
function hogql(query, values) {
  return { kind: "DataVisualizationNode", source: values ? { kind: "HogQLQuery", query, values } : { kind: "HogQLQuery", query } };
}
function rawQuery(node) {
  return node;
}
function captureSite() {
  const stack = new Error().stack ?? "";
  for (const line of stack.split("\n").slice(1)) {
    const match = /((?:file|data):[^\s()]+?):(\d+):(\d+)\)?\s*$/.exec(line);
    if (match && match[1] !== OWN_FILE) return { url: match[1], line: Number(match[2]), column: Number(match[3]) };
  }
  return void 0;
}
function mark(kind, spec) {
  const copy = { ...spec };
  Object.defineProperty(copy, KIND, { value: kind, enumerable: false });
  Object.defineProperty(copy, SITE, { value: captureSite(), enumerable: false });
  return copy;
}
function insight(spec) {
  return mark("insights", spec);
}
function dashboard(spec) {
  return mark("dashboards", spec);
}
function text(spec) {
  return { type: "text", ...spec };
}
function button(spec) {
  return { type: "button", ...spec };
}
function featureFlag(spec) {
  return mark("feature-flags", spec);
}
function perEnvironment(values, fallback) {
  const marker = { $env: values };
  if (fallback !== void 0) marker.$default = fallback;
  return marker;
}
function action(spec) {
  return mark("actions", spec);
}
function cohort(spec) {
  return mark("cohorts", spec);
}
function endpoint(spec) {
  return mark("endpoints", spec);
}
function propertyGroup(spec) {
  return mark("property-groups", spec);
}
function eventDefinition(spec) {
  return mark("event-definitions", { key: spec.name, ...spec });
}
function experimentHoldout(spec) {
  return mark("experiment-holdouts", spec);
}
function experimentSavedMetric(spec) {
  return mark("experiment-saved-metrics", spec);
}
function experiment(spec) {
  return mark("experiments", spec);
}
function projectSettings(spec) {
  return mark("project-settings", { ...spec, key: "project" });
}
function defineConfig(spec) {
  return mark("config", spec);
}
export {
  action,
  button,
  cohort,
  createTypedPostHog,
  dashboard,
  defineConfig,
  endpoint,
  eventDefinition,
  experiment,
  experimentHoldout,
  experimentSavedMetric,
  featureFlag,
  funnels,
  hogql,
  insight,
  lifecycle,
  paths,
  perEnvironment,
  projectSettings,
  propertyGroup,
  rawQuery,
  retention,
  stickiness,
  text,
  trends
};
