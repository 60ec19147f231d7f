import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/sdk/markers.ts
var KIND = /* @__PURE__ */ Symbol.for("posthog-definitions/kind");
var SITE = /* @__PURE__ */ Symbol.for("posthog-definitions/site");

// src/sdk/queries.ts
function withNodeKind(entry) {
  return !("event" in entry) && ("action" in entry || "id" in entry) ? { kind: "ActionsNode", ...entry } : { kind: "EventsNode", ...entry };
}
function trends(options) {
  const { series, ...rest } = options;
  return { kind: "TrendsQuery", series: series.map(withNodeKind), ...rest };
}
function funnels(options) {
  const { series, funnelsFilter, ...rest } = options;
  const filter = funnelsFilter?.exclusions ? { ...funnelsFilter, exclusions: funnelsFilter.exclusions.map(withNodeKind) } : funnelsFilter;
  return { kind: "FunnelsQuery", series: series.map(withNodeKind), ...rest, ...filter ? { funnelsFilter: filter } : {} };
}
function retention(options) {
  return { kind: "RetentionQuery", ...options };
}
function paths(options) {
  return { kind: "PathsQuery", ...options };
}
function stickiness(options) {
  const { series, ...rest } = options;
  return { kind: "StickinessQuery", series: series.map(withNodeKind), ...rest };
}
function lifecycle(options) {
  const { series, ...rest } = options;
  return { kind: "LifecycleQuery", series: series.map(withNodeKind), ...rest };
}
function hogql(query, ...rest) {
  if (typeof query !== "string") return taggedHogQL(query, rest);
  const [values, uses] = rest;
  const source = { kind: "HogQLQuery", query };
  if (values) source.values = values;
  if (uses?.variables) source.variables = uses.variables;
  if (uses?.views) source.views = uses.views;
  return { kind: "DataVisualizationNode", source };
}
function taggedHogQL(strings, parts) {
  const variables = [];
  const views = [];
  const kindOf = (part) => typeof part === "object" && part !== null ? part[KIND] : void 0;
  let text2 = strings[0] ?? "";
  parts.forEach((part, i) => {
    if (kindOf(part) === "insight-variables") {
      const variable = part;
      if (!variables.includes(variable)) variables.push(variable);
      text2 += `{variables.${variable.key}}`;
    } else if (kindOf(part) === "warehouse-saved-queries") {
      const view = part;
      if (!views.includes(view)) views.push(view);
      text2 += view.name;
    } else text2 += String(part);
    text2 += strings[i + 1] ?? "";
  });
  const uses = { ...variables.length > 0 ? { variables } : {}, ...views.length > 0 ? { views } : {} };
  return hogql(text2, null, Object.keys(uses).length > 0 ? uses : void 0);
}
function rawQuery(node) {
  return node;
}

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

// src/sdk/kinds/batch-exports.ts
function batchExport(spec) {
  return mark("batch-exports", spec);
}

// src/sdk/kinds/cohorts.ts
function cohort(spec) {
  return mark("cohorts", spec);
}

// src/sdk/kinds/dashboard-templates.ts
function dashboardTemplate(spec) {
  return mark("dashboard-templates", spec);
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

// src/sdk/kinds/error-tracking-settings.ts
function errorTrackingSettings(spec) {
  return mark("error-tracking-settings", { ...spec, key: "project" });
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

// src/sdk/kinds/hog-flows.ts
function hogFlow(spec) {
  return mark("hog-flows", spec);
}

// src/sdk/kinds/hog-functions.ts
function hogFunction(spec) {
  return mark("hog-functions", spec);
}

// src/sdk/kinds/insight-variables.ts
function insightVariable(spec) {
  return mark("insight-variables", spec);
}

// src/sdk/kinds/insights.ts
function insight(spec) {
  return mark("insights", spec);
}

// src/sdk/kinds/logs-alerts.ts
function logsAlert(spec) {
  return mark("logs-alerts", spec);
}

// src/sdk/kinds/logs-sampling-rules.ts
function logsSamplingRule(spec) {
  return mark("logs-sampling-rules", spec);
}

// src/sdk/kinds/logs-views.ts
function logsView(spec) {
  return mark("logs-views", spec);
}

// src/sdk/kinds/messaging-templates.ts
function messageTemplate(spec) {
  return mark("messaging-templates", spec);
}

// src/sdk/kinds/product-tours.ts
function productTour(spec) {
  return mark("product-tours", spec);
}

// src/sdk/kinds/project-settings.ts
function projectSettings(spec) {
  return mark("project-settings", { ...spec, key: "project" });
}

// src/sdk/kinds/property-groups.ts
function propertyGroup(spec) {
  return mark("property-groups", spec);
}

// src/sdk/kinds/session-recording-playlists.ts
function sessionRecordingPlaylist(spec) {
  return mark("session-recording-playlists", spec);
}

// src/sdk/kinds/subscriptions.ts
function subscription(spec) {
  return mark("subscriptions", spec);
}

// src/sdk/kinds/surveys.ts
function survey(spec) {
  return mark("surveys", spec);
}

// src/sdk/kinds/warehouse-saved-queries.ts
function warehouseSavedQuery(spec) {
  return mark("warehouse-saved-queries", spec);
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

// src/sdk/secrets.ts
function secret(name, options) {
  return options?.rotate === void 0 ? { $secret: name } : { $secret: name, rotate: options.rotate };
}
export {
  action,
  alert,
  annotation,
  batchExport,
  button,
  cohort,
  createTypedPostHog,
  dashboard,
  dashboardTemplate,
  defineConfig,
  earlyAccessFeature,
  endpoint,
  errorTrackingSettings,
  eventDefinition,
  experiment,
  experimentHoldout,
  experimentSavedMetric,
  featureFlag,
  funnels,
  hogFlow,
  hogFunction,
  hogql,
  insight,
  insightVariable,
  lifecycle,
  logsAlert,
  logsSamplingRule,
  logsView,
  messageTemplate,
  paths,
  perEnvironment,
  productTour,
  projectSettings,
  propertyGroup,
  rawQuery,
  retention,
  secret,
  sessionRecordingPlaylist,
  stickiness,
  subscription,
  survey,
  text,
  trends,
  warehouseSavedQuery
};
