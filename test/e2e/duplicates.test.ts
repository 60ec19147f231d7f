import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyPlan } from "../../src/core/apply.js";
import { KINDS } from "../../src/core/kinds/index.js";
import type { JsonObject } from "../../src/core/json.js";
import type { Definition, KindName } from "../../src/core/model.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { systemClock } from "../../src/engine/clock.js";
import { connect } from "../../src/engine/project.js";
import { pullProject } from "../../src/engine/pull.js";
import { describePlanWarning, presentStep } from "../../src/render/present.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";

let emulator: RunningEmulator;
beforeEach(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterEach(() => emulator.close());

const def = (kind: KindName, spec: JsonObject): Definition => ({ kind, key: spec.key as string, spec });
const ref = (kind: KindName, key: string) => ({ $ref: `${kind}/${key}` });
const trends = (event: string): JsonObject => ({ kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event, math: "total" }] } });

async function api(method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${emulator.url}/api/projects/1/${path}`, {
    method,
    headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.status === 204 ? undefined : response.json();
}

/** Live objects of every kind that carry one of this tool's identities more than once. */
async function findDuplicates(): Promise<string[]> {
  const client = connect(emulatorConnection(emulator.url));
  try {
    const duplicates: string[] = [];
    for (const kind of KINDS.filter((k) => !k.api.singleton)) {
      const seen = new Map<string, number>();
      for (const raw of await client.list(kind.api.collection)) {
        const key = kind.identify(raw);
        if (key !== undefined && raw.deleted !== true) seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      for (const [key, count] of seen) if (count > 1) duplicates.push(`${kind.name}/${key} ×${count}`);
    }
    return duplicates;
  } finally {
    await client.close();
  }
}

/** A set of at least 60 resources across every kind, with references between them. */
function buildLargeSet(): Definition[] {
  const defs: Definition[] = [];
  for (let i = 0; i < 6; i++) defs.push(def("actions", { key: `action-${i}`, name: `Action ${i}`, steps: [{ event: `event ${i}` }] }));
  for (let i = 0; i < 8; i++) defs.push(def("cohorts", { key: `cohort-${i}`, name: `Cohort ${i}`, filters: { properties: { type: "OR", values: [{ type: "AND", values: [{ type: "person", key: "email", operator: "icontains", value: `@c${i}.com` }] }] } } }));
  for (let i = 0; i < 12; i++) defs.push(def("insights", { key: `insight-${i}`, name: `Insight ${i}`, query: trends(`event ${i}`) }));
  for (let i = 0; i < 6; i++) {
    defs.push(def("dashboards", { key: `dashboard-${i}`, name: `Dashboard ${i}`, tiles: [0, 1].map((t) => ({ insight: ref("insights", `insight-${i * 2 + t}`), layout: { x: t * 6, y: 0, w: 6, h: 4 } })) }));
  }
  for (let i = 0; i < 8; i++) {
    defs.push(def("feature-flags", { key: `flag-${i}`, name: `Flag ${i}`, filters: { groups: [{ properties: [{ cohort: ref("cohorts", `cohort-${i}`) }], rollout_percentage: 50 }] } }));
  }
  for (let i = 0; i < 5; i++) defs.push(def("experiment-holdouts", { key: `holdout-${i}`, name: `Holdout ${i}`, filters: [{ properties: [], rollout_percentage: 5 }] }));
  for (let i = 0; i < 5; i++) {
    defs.push(def("experiment-saved-metrics", { key: `metric-${i}`, name: `Metric ${i}`, query: { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: `event ${i}` } } }));
  }
  for (let i = 0; i < 4; i++) defs.push(def("property-groups", { key: `group-${i}`, name: `Group ${i}`, properties: { plan: { type: "String" } } }));
  for (let i = 0; i < 4; i++) defs.push(def("event-definitions", { key: `event ${i}`, name: `event ${i}`, description: `d${i}`, propertyGroups: [ref("property-groups", `group-${i}`)] }));
  for (let i = 0; i < 2; i++) {
    const variants = [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }];
    defs.push(def("feature-flags", { key: `experiment-flag-${i}`, name: `Experiment flag ${i}`, filters: { groups: [{ rollout_percentage: 100 }], multivariate: { variants } } }));
    defs.push(def("experiments", { key: `experiment-${i}`, name: `Experiment ${i}`, featureFlag: ref("feature-flags", `experiment-flag-${i}`), holdout: ref("experiment-holdouts", `holdout-${i}`), primarySavedMetrics: [ref("experiment-saved-metrics", `metric-${i}`)] }));
  }
  for (let i = 0; i < 2; i++) defs.push(def("insight-variables", { key: `tier_${i}`, name: `Tier ${i}`, type: "String" }));
  defs.push(def("warehouse-saved-queries", { key: "view-orders", name: "view_orders", query: "select event from events" }));
  defs.push(def("endpoints", { key: "endpoint-tier", name: "endpoint-tier", query: { kind: "HogQLQuery", query: "select {variables.tier_0}, {variables.tier_1}", variables: [ref("insight-variables", "tier_0"), ref("insight-variables", "tier_1")] } }));
  for (let i = 0; i < 2; i++) defs.push(def("endpoints", { key: `endpoint-${i}`, name: `endpoint-${i}`, query: { kind: "HogQLQuery", query: `select ${i}` } }));
  for (let i = 0; i < 2; i++) defs.push(def("dashboard-templates", { key: `template-${i}`, name: `Template ${i}`, tiles: [{ type: "TEXT", body: `Body ${i}`, layouts: {} }] }));
  for (let i = 0; i < 2; i++) defs.push(def("logs-views", { key: `logs-view-${i}`, name: `Logs view ${i}`, filters: { severityLevels: ["error"] } }));
  for (let i = 0; i < 2; i++) defs.push(def("logs-sampling-rules", { key: `logs-rule-${i}`, name: `Logs rule ${i}`, ruleType: "path_drop", config: { patterns: [`^/health/${i}`] } }));
  for (let i = 0; i < 2; i++) defs.push(def("product-tours", { key: `tour-${i}`, name: `Tour ${i}`, content: { steps: [] } }));
  for (let i = 0; i < 2; i++) defs.push(def("logs-alerts", { key: `logs-alert-${i}`, name: `Logs alert ${i}`, filters: { severityLevels: ["error"] } }));
  for (let i = 0; i < 2; i++) {
    defs.push(def("annotations", { key: `note-${i}`, content: `Release ${i}`, dateMarker: `2024-05-0${i + 1}`, ...(i === 0 ? {} : { scope: "dashboard", dashboard: ref("dashboards", `dashboard-${i}`) }) }));
    defs.push(def("alerts", { key: `alert-${i}`, name: `Insight ${i} dropped`, insight: ref("insights", `insight-${i}`), threshold: { bounds: { lower: 10 } } }));
    defs.push(def("feature-flags", { key: `feature-flag-${i}`, filters: { groups: [{ rollout_percentage: 0 }] } }));
    defs.push(def("early-access-features", { key: `feature-${i}`, name: `Feature ${i}`, stage: "beta", featureFlag: ref("feature-flags", `feature-flag-${i}`) }));
    defs.push(def("messaging-templates", { key: `template-${i}`, name: `Template ${i}`, email: { subject: `Hello ${i}` } }));
    defs.push(def("surveys", { key: `survey-${i}`, name: `Survey ${i}`, type: "popover", questions: [{ type: "open", question: `Question ${i}?` }], linkedFlag: ref("feature-flags", `feature-flag-${i}`), status: "running" }));
    defs.push(def("subscriptions", { key: `digest-${i}`, title: `Digest ${i}`, insight: ref("insights", `insight-${i}`), targetType: "email", target: "team@example.com", frequency: "weekly", startDate: "2025-01-06T09:00:00Z", enabled: false }));
    defs.push(def("session-recording-playlists", { key: `playlist-${i}`, name: `Playlist ${i}`, filters: { date_from: "-7d" } }));
    defs.push(def("hog-functions", { key: `hook-${i}`, type: "destination", name: `Hook ${i}`, templateId: "template-webhook", inputs: { url: `https://example.com/${i}` } }));
    defs.push(def("batch-exports", { key: `export-${i}`, name: `Export ${i}`, interval: "day", paused: true, destination: { type: "S3", config: { bucket_name: `bucket-${i}`, region: "eu-west-1" } } }));
    defs.push(def("hog-flows", { key: `flow-${i}`, name: `Flow ${i}`, actions: [{ id: "t", name: "Trigger", type: "trigger", config: { type: "event" } }] }));
  }
  return defs;
}

describe("duplicates of managed resources", () => {
  it("plans a conflict for a planted duplicate and heals it without losing the dashboard's tile", async () => {
    const connection = emulatorConnection(emulator.url);
    const signups = def("insights", { key: "signups", name: "Signups", query: trends("signed up") });
    const growth = def("dashboards", { key: "growth", name: "Growth", tiles: [{ insight: ref("insights", "signups"), layout: { x: 0, y: 0, w: 6, h: 4 } }] });
    await applyDefinitions(connection, [signups, growth]);
    const [original] = (await api("GET", "insights/")).results;
    const dashboard = (await api("GET", "dashboards/")).results[0];

    // A copy with the same identity, shown on the dashboard in place of the original.
    const copy = await api("POST", "insights/", { name: "Signups", query: trends("signed up"), tags: ["iac:insights:signups"], dashboards: [dashboard.id] });
    const detail = await api("GET", `dashboards/${dashboard.id}/`);
    const originalTile = detail.tiles.find((t: any) => t.insight.id === original.id);
    await api("PATCH", `dashboards/${dashboard.id}/`, { tiles: [{ id: originalTile.id, deleted: true }] });

    const plan = await planDefinitions(connection, [signups, growth]);
    expect(plan.warnings.map((w) => describePlanWarning(plan, w))).toContain(
      `conflict: 2 insights carry the identity of "signups" (ids ${original.id}, ${copy.id}); apply keeps id ${original.id}, the oldest, moves references to it and removes the others`,
    );
    expect(describeChanges(plan)).toEqual(["update dashboards/growth", "delete insights/signups"]);
    expect(plan.steps.find((s) => s.action === "delete")).toMatchObject({ id: copy.id, duplicateOf: original.id });

    const client = connect(connection);
    const result = await applyPlan(plan, client);
    await client.close();
    expect(result.failed).toBe(0);

    const healed = await api("GET", `dashboards/${dashboard.id}/`);
    expect(healed.tiles.filter((t: any) => !t.deleted).map((t: any) => [t.insight.id, t.layouts.sm])).toEqual([[original.id, { x: 0, y: 0, w: 6, h: 4 }]]);
    expect(await findDuplicates()).toEqual([]);
    expect(describeChanges(await planDefinitions(connection, [signups, growth]))).toEqual([]);
  });

  it("pulls the duplicate plan keeps, the oldest, and names the other", async () => {
    const connection = emulatorConnection(emulator.url);
    await applyDefinitions(connection, [def("insights", { key: "signups", name: "Signups", query: trends("signed up") })]);
    const [original] = (await api("GET", "insights/")).results;
    const copy = await api("POST", "insights/", { name: "Signups copy", query: trends("signed up"), tags: ["iac:insights:signups"] });

    const repo = mkdtempSync(join(tmpdir(), "posthog-pull-duplicates-"));
    const client = connect(connection);
    try {
      const report = await pullProject({ api: client, root: repo, dir: "posthog", filter: { kinds: [], keys: [], adopt: false }, force: false, dryRun: false });
      expect(report.files.map((f) => f.path)).toEqual(["posthog/insights/signups.ts"]);
      expect(report.warnings).toContain(`insight id ${copy.id} carries the identity "signups" of insight id ${original.id}, the oldest, which plan keeps; only that one is pulled`);
      expect(readFileSync(join(repo, "posthog/insights/signups.ts"), "utf8")).toContain('name: "Signups",');
    } finally {
      await client.close();
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it("leaves duplicates of a removed definition to --prune, as orphans", async () => {
    const connection = emulatorConnection(emulator.url);
    const holdout = def("experiment-holdouts", { key: "holdout", name: "Holdout", filters: [{ properties: [], rollout_percentage: 5 }] });
    await applyDefinitions(connection, [holdout]);
    const [live] = (await api("GET", "experiment_holdouts/")).results;
    await api("POST", "experiment_holdouts/", { name: "Holdout", description: live.description, filters: live.filters });

    const orphaned = await planDefinitions(connection, []);
    expect(describeChanges(orphaned)).toEqual([]);
    expect(orphaned.orphans).toHaveLength(2);
  });

  it("leaves no duplicate when two applies of 60 resources across every kind run at once", async () => {
    const connection = emulatorConnection(emulator.url);
    const defs = buildLargeSet();
    expect(defs.length).toBeGreaterThanOrEqual(60);
    expect(new Set(defs.map((d) => d.kind)).size).toBe(KINDS.filter((k) => !k.api.singleton).length);

    const [first, second] = await Promise.all([planDefinitions(connection, defs), planDefinitions(connection, defs)]);
    const clients = [connect(connection), connect(connection)];
    const results = await Promise.all([applyPlan(first, clients[0]!, { clock: systemClock }), applyPlan(second, clients[1]!, { clock: systemClock })]);
    await Promise.all(clients.map((c) => c.close()));

    for (const result of results) expect(result.results.filter((r) => r.status !== "applied")).toEqual([]);
    expect(await findDuplicates()).toEqual([]);
    expect(describeChanges(await planDefinitions(connection, defs))).toEqual([]);
    expect((await api("GET", "dashboards/")).results).toHaveLength(6);
  });
});

describe("collisions with unmanaged objects", () => {
  it("warns before a create that PostHog's uniqueness rules would refuse, naming the adopt command", async () => {
    const connection = emulatorConnection(emulator.url);
    const action = await api("POST", "actions/", { name: "Purchase", steps: [{ event: "order completed" }] });
    const metric = await api("POST", "experiment_saved_metrics/", { name: "conversion", query: { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: "$pageview" } } });
    const flag = await api("POST", "feature_flags/", { key: "checkout", name: "Checkout", filters: { groups: [{ properties: [], rollout_percentage: 10 }] } });
    const plan = await planDefinitions(connection, [
      def("actions", { key: "purchase", name: "Purchase", steps: [{ event: "order completed" }] }),
      def("experiment-saved-metrics", { key: "conversion", name: "Conversion", query: { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: "$pageview" } } }),
      def("feature-flags", { key: "checkout", name: "Checkout", filters: { groups: [{ rollout_percentage: 10 }] } }),
      def("actions", { key: "signup", name: "Signup", steps: [{ event: "signed up" }] }),
    ]);
    const warnings = Object.fromEntries(plan.steps.map((s) => [`${s.kind}/${s.key}`, presentStep(plan, s).warnings]));
    expect(warnings["actions/purchase"]).toEqual([
      `an unmanaged action with name "Purchase" (id ${action.id}) already exists, and PostHog keeps names unique, so this create will fail; adopt it with \`posthog-definitions pull --adopt --kind actions --key ${action.id}\`, or rename the definition`,
    ]);
    expect(warnings["experiment-saved-metrics/conversion"]?.[0]).toContain(`an unmanaged experiment saved metric with name "conversion" (id ${metric.id})`);
    expect(warnings["feature-flags/checkout"]?.[0]).toContain(`an unmanaged feature flag with key "checkout" (id ${flag.id})`);
    expect(warnings["actions/signup"]).toEqual([]);
  });
});
