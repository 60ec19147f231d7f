import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  objectPath,
  pathIdOf,
  readKinds
} from "./chunk-IJIRTJKZ.js";
import {
  comparedFields
} from "./chunk-WPARJWHG.js";
import {
  normalizeKey,
  pickSurvivor
} from "./chunk-LJQFIKR4.js";
import {
  KINDS,
  diffFields,
  getKind,
  isOwnedBy,
  readSpecCall,
  textOrEmpty
} from "./chunk-RHLKEUBH.js";
import {
  formatAddress,
  isDeepEqual,
  isJsonObject,
  readRef
} from "./chunk-2AROFJEV.js";
import {
  ToolError
} from "./chunk-SLY4HKVV.js";
import {
  __export
} from "./chunk-HANBNIMK.js";

// src/engine/pull.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";

// src/core/pull.ts
var PullSelectionError = class extends ToolError {
  constructor(message) {
    super("usage", message);
    this.name = "PullSelectionError";
  }
};
function addressOf(kind, key) {
  return `${kind}/${normalizeKey(key)}`;
}
function assignKeys(kind, rows, warnings) {
  const taken = /* @__PURE__ */ new Set();
  const out = [];
  const candidate = (raw, key, managed2) => ({
    kind: kind.name,
    id: kind.api.singleton ? "project" : raw.id,
    pathId: kind.api.singleton ? "project" : pathIdOf(kind, raw),
    key,
    managed: managed2,
    name: textOrEmpty(raw.name) || textOrEmpty(raw.key) || key,
    raw
  });
  const managed = rows.flatMap((raw) => {
    const identity = kind.api.singleton ? "project" : kind.identify(raw);
    return identity === void 0 ? [] : [{ raw, identity }];
  });
  const unmanaged = rows.filter((raw) => !managed.some((m) => m.raw === raw));
  for (const { raw, identity } of managed) {
    const survivor = pickSurvivor(managed.filter((m) => normalizeKey(m.identity) === normalizeKey(identity)).map((m) => m.raw));
    const natural = kind.proposeKey(raw);
    const key = normalizeKey(natural) === normalizeKey(identity) ? natural : identity;
    if (survivor !== raw) {
      warnings.push(`${kind.label} id ${String(raw.id)} carries the identity "${key}" of ${kind.label} id ${String(survivor.id)}, the oldest, which plan keeps; only that one is pulled`);
      continue;
    }
    taken.add(normalizeKey(key));
    out.push(candidate(raw, key, true));
  }
  const byId = (a, b) => String(a.id).localeCompare(String(b.id), "en", { numeric: true });
  for (const raw of [...unmanaged].sort(byId)) {
    const base = kind.proposeKey(raw) || `${kind.name}-${String(raw.id)}`;
    let key = base;
    for (let n = 2; taken.has(normalizeKey(key)); n++) key = `${base}-${n}`;
    taken.add(normalizeKey(key));
    out.push(candidate(raw, key, false));
  }
  return out;
}
async function readInventory(api, options = {}) {
  const read = await readKinds(api, KINDS, { required: /* @__PURE__ */ new Set(), progress: options.progress });
  const { unreadable } = read;
  const rows = new Map([...read.rows].map(([name, list]) => [name, list.filter((raw) => getKind(name).identify(raw) === void 0 || isOwnedBy(raw, options.owner))]));
  const warnings = unreadable.map(({ kind, reason }) => {
    const { label } = getKind(kind);
    return `could not read ${label}s (${reason === "forbidden" ? "the API key lacks the scope" : "not available on this PostHog instance"}); none were pulled`;
  });
  const candidates = KINDS.flatMap((kind) => assignKeys(kind, rows.get(kind.name) ?? [], warnings));
  return { candidates, rows, warnings };
}
function matchesKey(candidate, wanted) {
  return normalizeKey(wanted) === normalizeKey(candidate.key) || !candidate.managed && wanted === String(candidate.id);
}
function selectRoots(inventory, filter) {
  const inKinds = inventory.candidates.filter((c) => filter.kinds.length === 0 || filter.kinds.includes(c.kind));
  const eligible = inKinds.filter((c) => c.managed || filter.adopt);
  for (const wanted of filter.keys) {
    const matches = eligible.filter((c) => matchesKey(c, wanted));
    const describe = (c) => `${formatAddress(c)} (id ${String(c.id)})`;
    if (matches.length === 0) {
      const unmanaged = inKinds.filter((c) => matchesKey(c, wanted));
      throw new PullSelectionError(
        unmanaged.length > 0 ? `--key ${wanted} names ${unmanaged.map(describe).join(", ")}, which this tool does not manage; add --adopt to take it over` : `--key ${wanted} matches no ${filter.kinds.length > 0 ? filter.kinds.join(" or ") : "resource"} in the project`
      );
    }
    if (filter.adopt && matches.length > 1) {
      throw new PullSelectionError(`--key ${wanted} matches ${matches.map(describe).join(", ")}; add --kind to say which one`);
    }
  }
  return eligible.filter((c) => filter.keys.length === 0 || filter.keys.some((wanted) => matchesKey(c, wanted)));
}
function collectRefs(value, out) {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, out);
  else if (isJsonObject(value)) {
    const address = readRef(value);
    if (address) out.push(addressOf(address.kind, address.key));
    else for (const member of Object.values(value)) collectRefs(member, out);
  }
  return out;
}
function verifySpec(kind, spec, observed, expand, owner) {
  const expanded = expand(kind.constructorName, spec);
  const problems = [];
  const report = (path, message) => problems.push(path ? `${path}: ${message}` : message);
  kind.schema.check(expanded, "", report);
  if (problems.length === 0) kind.validate?.(expanded, report, owner === void 0 ? {} : { owner });
  if (problems.length > 0) return { problems, differences: [] };
  const desired = kind.toDesired(expanded).fields;
  const live = comparedFields(kind, observed, desired);
  return { problems, differences: [...new Set(diffFields(live, desired).map((c) => c.path.split(".")[0]))] };
}
async function collectPulled(api, inventory, roots, options) {
  const cascade = options.cascade !== false;
  const referenced = /* @__PURE__ */ new Map();
  const known = inventory.candidates.filter((c) => c.managed || options.adopt);
  const keys = new Map(known.map((c) => [`${c.kind}:${String(c.id)}`, c.key]));
  const lookup = {
    keyOf: (kind, id) => keys.get(`${kind}:${String(id)}`),
    rows: (kind) => inventory.rows.get(kind) ?? []
  };
  const byAddress = new Map(known.map((c) => [addressOf(c.kind, c.key), c]));
  const warnings = [];
  const pulled = /* @__PURE__ */ new Map();
  const queue = [...roots];
  while (queue.length > 0) {
    const candidate = queue.shift();
    const address = addressOf(candidate.kind, candidate.key);
    if (pulled.has(address)) continue;
    const kind = getKind(candidate.kind);
    const read = kind.api.readDetail ? await api.get(objectPath(kind, candidate.pathId)) ?? candidate.raw : candidate.raw;
    const raw = kind.readAttached ? await kind.readAttached(api, read) : read;
    const observed = kind.toObserved(raw, lookup);
    const notes = [];
    const spec = kind.toSpec(observed, candidate.key, (message) => notes.push(message));
    if (Object.keys(spec).length === 0) continue;
    const { problems, differences } = verifySpec(kind, spec, observed, options.expand, options.owner);
    if (problems.length > 0) {
      warnings.push(...notes.map((note) => `${formatAddress(candidate)}: ${note}`));
      warnings.push(`${formatAddress(candidate)}: not written, because it cannot be expressed as a definition (${problems.join("; ")})`);
      continue;
    }
    if (differences.length > 0) notes.push(`the written definition differs from PostHog in ${differences.join(", ")}; the next plan will show that as a change`);
    const refs = collectRefs(spec, []);
    pulled.set(address, {
      resource: { kind: candidate.kind, key: candidate.key, id: candidate.id, pathId: candidate.pathId, name: candidate.name, adopt: !candidate.managed, spec, warnings: notes },
      refs
    });
    for (const ref of refs) {
      const target = byAddress.get(ref);
      if (target && cascade) queue.push(target);
      else if (target?.managed === true) {
        pulled.get(address).refs = pulled.get(address).refs.filter((r) => r !== ref);
        referenced.set(ref, { kind: target.kind, key: target.key });
      }
    }
    if (!cascade && refs.some((ref) => byAddress.get(ref)?.managed === true)) {
      notes.push(`references ${[...new Set(refs.filter((ref) => byAddress.get(ref)?.managed === true))].sort().join(", ")}, left out by --no-cascade: their files must be in the repository`);
    }
  }
  for (let dropped = true; dropped; ) {
    dropped = false;
    for (const [address, { resource, refs }] of pulled) {
      const missing = refs.find((ref) => !pulled.has(ref));
      if (missing === void 0) continue;
      pulled.delete(address);
      dropped = true;
      warnings.push(`${formatAddress(resource)}: not written, because it references ${missing}, which is not managed by this tool`);
    }
  }
  const resources = [...pulled.values()].map((p) => p.resource);
  for (const resource of resources) warnings.push(...resource.warnings.map((note) => `${formatAddress(resource)}: ${note}`));
  for (const resource of resources) referenced.delete(addressOf(resource.kind, resource.key));
  return { resources, warnings: warnings.sort(), referenced: [...referenced.values()] };
}
function identityPayload(kind, key, fields, lookup) {
  const mine = kind.toPayload(key, fields, lookup, "update", fields);
  const other = kind.toPayload(`${key}-other`, fields, lookup, "update", fields);
  const out = {};
  for (const [name, value] of Object.entries(mine)) if (!isDeepEqual(value, other[name]) || kind.api.patchRequires?.includes(name)) out[name] = value;
  return out;
}
async function adoptResources(api, inventory, resources) {
  const ids = new Map(inventory.candidates.map((c) => [addressOf(c.kind, c.key), c.id]));
  const idLookup = { idOf: (address) => ids.get(addressOf(address.kind, address.key)) };
  const keys = new Map(inventory.candidates.map((c) => [`${c.kind}:${String(c.id)}`, c.key]));
  const keyLookup = { keyOf: (kind, id) => keys.get(`${kind}:${String(id)}`), rows: (kind) => inventory.rows.get(kind) ?? [] };
  const results = [];
  for (const resource of resources.filter((r) => r.adopt)) {
    const kind = getKind(resource.kind);
    const path = objectPath(kind, resource.pathId);
    const result = (status, error) => ({ kind: resource.kind, key: resource.key, id: resource.id, status, ...error ? { error } : {} });
    try {
      const live = await api.get(path);
      if (!live || live.deleted === true) {
        results.push(result("failed", "it no longer exists"));
        continue;
      }
      const found = kind.identify(live);
      if (found !== void 0) {
        results.push(normalizeKey(found) === normalizeKey(resource.key) ? result("tagged") : result("failed", `it is now managed as "${found}"`));
        continue;
      }
      const updated = await api.patch(path, identityPayload(kind, resource.key, kind.toObserved(live, keyLookup), idLookup));
      const kept = kind.identify(updated);
      results.push(kept !== void 0 && normalizeKey(kept) === normalizeKey(resource.key) ? result("tagged") : result("failed", "PostHog did not keep the identity (tags may need a paid plan)"));
    } catch (error) {
      results.push(result("failed", error instanceof Error ? error.message : String(error)));
    }
  }
  return results;
}

// src/sdk/index.ts
var sdk_exports = {};
__export(sdk_exports, {
  action: () => action,
  alert: () => alert,
  annotation: () => annotation,
  batchExport: () => batchExport,
  button: () => button,
  cohort: () => cohort,
  createTypedPostHog: () => createTypedPostHog,
  dashboard: () => dashboard,
  dashboardTemplate: () => dashboardTemplate,
  defineConfig: () => defineConfig,
  earlyAccessFeature: () => earlyAccessFeature,
  endpoint: () => endpoint,
  errorTrackingSettings: () => errorTrackingSettings,
  eventDefinition: () => eventDefinition,
  experiment: () => experiment,
  experimentHoldout: () => experimentHoldout,
  experimentSavedMetric: () => experimentSavedMetric,
  featureFlag: () => featureFlag,
  funnels: () => funnels,
  hogFlow: () => hogFlow,
  hogFunction: () => hogFunction,
  hogql: () => hogql,
  insight: () => insight,
  insightVariable: () => insightVariable,
  lifecycle: () => lifecycle,
  logsAlert: () => logsAlert,
  logsSamplingRule: () => logsSamplingRule,
  logsView: () => logsView,
  messageTemplate: () => messageTemplate,
  paths: () => paths,
  perEnvironment: () => perEnvironment,
  productTour: () => productTour,
  projectSettings: () => projectSettings,
  propertyGroup: () => propertyGroup,
  rawQuery: () => rawQuery,
  retention: () => retention,
  secret: () => secret,
  sessionRecordingPlaylist: () => sessionRecordingPlaylist,
  stickiness: () => stickiness,
  subscription: () => subscription,
  survey: () => survey,
  text: () => text,
  trends: () => trends,
  warehouseSavedQuery: () => warehouseSavedQuery
});

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

// src/engine/pull.ts
function expandSpec(constructorName, spec) {
  const functions = sdk_exports;
  const expand = (value) => {
    if (Array.isArray(value)) return value.map(expand);
    if (!isJsonObject(value)) return value;
    const call = readSpecCall(value);
    if (call) return functions[call.name](...call.args.map(expand));
    return Object.fromEntries(Object.entries(value).map(([name, member]) => [name, expand(member)]));
  };
  return JSON.parse(JSON.stringify(functions[constructorName](expand(spec))));
}
function toPosix(path) {
  return path.split(sep).join("/");
}
async function pullProject(options) {
  const inventory = await readInventory(options.api, { progress: options.progress, ...options.owner ? { owner: options.owner } : {} });
  const roots = selectRoots(inventory, options.filter);
  const { resources, warnings, referenced } = await collectPulled(options.api, inventory, roots, { adopt: options.filter.adopt, expand: expandSpec, cascade: options.filter.cascade, ...options.owner ? { owner: options.owner } : {} });
  const { generateDefinitionFiles } = await import("./typescript-K3LRBJUV.js");
  const generated = await generateDefinitionFiles(resources, referenced);
  const base = resolve(options.root, options.dir);
  const files = await Promise.all(
    generated.map(async (file) => {
      const target = join(base, ...file.path.split("/"));
      const existing = await readFile(target, "utf8").catch(() => void 0);
      const status = existing === void 0 ? "create" : existing === file.content ? "unchanged" : options.force ? "overwrite" : "kept";
      return { target, content: file.content, report: { path: toPosix(relative(options.root, target)), kind: file.kind, key: file.key, status } };
    })
  );
  const adopted = resources.filter((r) => r.adopt);
  const report = { files: files.map((f) => f.report), adopted, failures: [], warnings: [...inventory.warnings, ...warnings] };
  if (options.dryRun) return report;
  if (adopted.length > 0) {
    options.beforeAdopt?.(adopted);
    report.failures = (await adoptResources(options.api, inventory, adopted)).filter((r) => r.status === "failed");
    if (report.failures.length > 0) return report;
  }
  for (const file of files) {
    if (file.report.status !== "create" && file.report.status !== "overwrite") continue;
    await mkdir(dirname(file.target), { recursive: true });
    await writeFile(file.target, file.content);
  }
  return report;
}
export {
  pullProject
};
