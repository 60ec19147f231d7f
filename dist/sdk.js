import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/sdk/queries.ts
function withNodeKind(entry) {
  return !("event" in entry) && ("action" in entry || "id" in entry) ? { kind: "ActionsNode", ...entry } : { kind: "EventsNode", ...entry };
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

// src/sdk/markers.ts
var KIND = /* @__PURE__ */ Symbol.for("posthog-definitions/kind");
var SITE = /* @__PURE__ */ Symbol.for("posthog-definitions/site");

// src/sdk/mark.ts
var SDK_ROOT = new URL("./", import.meta.url).href;
function captureSite() {
  const stack = new Error().stack ?? "";
  for (const line of stack.split("\n").slice(1)) {
    const match = /((?:file|data):[^\s()]+?):(\d+):(\d+)\)?\s*$/.exec(line);
    if (match && !match[1].startsWith(SDK_ROOT)) return { url: match[1], line: Number(match[2]), column: Number(match[3]) };
  }
  return void 0;
}
function mark(kind, spec) {
  const copy = { ...spec };
  Object.defineProperty(copy, KIND, { value: kind, enumerable: false });
  Object.defineProperty(copy, SITE, { value: captureSite(), enumerable: false });
  return copy;
}

// src/sdk/kinds/actions.ts
function action(spec) {
  return mark("actions", spec);
}

// src/sdk/kinds/alerts.ts
function alert(spec) {
  return mark("alerts", spec);
}

// src/sdk/kinds/annotations.ts
function annotation(spec) {
  return mark("annotations", spec);
}

// src/sdk/kinds/cohorts.ts
function cohort(spec) {
  return mark("cohorts", spec);
}

// src/sdk/kinds/dashboards.ts
function dashboard(spec) {
  return mark("dashboards", spec);
}

// src/sdk/kinds/early-access-features.ts
function earlyAccessFeature(spec) {
  return mark("early-access-features", spec);
}

// src/sdk/kinds/endpoints.ts
function endpoint(spec) {
  return mark("endpoints", spec);
}

// src/sdk/kinds/event-definitions.ts
function eventDefinition(spec) {
  return mark("event-definitions", { key: spec.name, ...spec });
}

// src/sdk/kinds/experiment-holdouts.ts
function experimentHoldout(spec) {
  return mark("experiment-holdouts", spec);
}

// src/sdk/kinds/experiment-saved-metrics.ts
function experimentSavedMetric(spec) {
  return mark("experiment-saved-metrics", spec);
}

// src/sdk/kinds/experiments.ts
function experiment(spec) {
  return mark("experiments", spec);
}

// src/sdk/kinds/feature-flags.ts
function featureFlag(spec) {
  return mark("feature-flags", spec);
}

// src/sdk/kinds/insights.ts
function insight(spec) {
  return mark("insights", spec);
}

// src/sdk/kinds/project-settings.ts
function projectSettings(spec) {
  return mark("project-settings", { ...spec, key: "project" });
}

// src/sdk/kinds/property-groups.ts
function propertyGroup(spec) {
  return mark("property-groups", spec);
}

// src/sdk/tiles.ts
function text(spec) {
  return { type: "text", ...spec };
}
function button(spec) {
  return { type: "button", ...spec };
}

// src/sdk/config.ts
function perEnvironment(values, fallback) {
  const marker = { $env: values };
  if (fallback !== void 0) marker.$default = fallback;
  return marker;
}
function defineConfig(spec) {
  return mark("config", spec);
}

// src/sdk/typed-capture.ts
function createTypedPostHog(client, events, options) {
  return client;
}
export {
  action,
  alert,
  annotation,
  button,
  cohort,
  createTypedPostHog,
  dashboard,
  defineConfig,
  earlyAccessFeature,
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
