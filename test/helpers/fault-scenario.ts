import { applyPlan, type ApplyResult } from "../../src/core/apply.js";
import { isJsonObject, type JsonObject } from "../../src/core/json.js";
import { KINDS } from "../../src/core/kinds/index.js";
import type { Definition, KindName } from "../../src/core/model.js";
import { listObjects } from "../../src/core/observe.js";
import type { ProjectApi } from "../../src/core/ports.js";
import { startEmulator, type RecordedRequest } from "../../src/emulator/index.js";
import { systemClock } from "../../src/engine/clock.js";
import { connect } from "../../src/engine/project.js";
import { startFaultProxy, type FaultRule, type InjectedFault } from "./fault-proxy.js";
import { describeChanges, emulatorConnection, planDefinitions } from "./project.js";

const def = (kind: KindName, spec: JsonObject): Definition => ({ kind, key: spec.key as string, spec });
const ref = (kind: KindName, key: string) => ({ $ref: `${kind}/${key}` });
const trends = (event: string): JsonObject => ({ kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event, math: "total" }] } });

/**
 * At least 60 definitions across every kind, with references between them, and dashboards that
 * hold insight, text and button tiles, so lost tile writes have something to duplicate. `edited`
 * changes something in every definition: names, filters and queries, tile layouts and contents
 * (a tile removed, one added), property group links, lifecycles (a launch and a pause), settings.
 */
export function buildFaultSet(edited = false): Definition[] {
  const v = (text: string) => (edited ? `${text} v2` : text);
  const defs: Definition[] = [];
  for (let i = 0; i < 7; i++) defs.push(def("actions", { key: `action-${i}`, name: v(`Action ${i}`), steps: [{ event: `event ${i}` }] }));
  for (let i = 0; i < 6; i++) {
    const value = edited ? `@d${i}.com` : `@c${i}.com`;
    defs.push(def("cohorts", { key: `cohort-${i}`, name: `Cohort ${i}`, filters: { properties: { type: "OR", values: [{ type: "AND", values: [{ type: "person", key: "email", operator: "icontains", value }] }] } } }));
  }
  for (let i = 0; i < 12; i++) defs.push(def("insights", { key: `insight-${i}`, name: v(`Insight ${i}`), query: trends(`event ${i}`) }));
  for (let i = 0; i < 6; i++) {
    const shown = edited && i % 2 === 0 ? [0] : [0, 1];
    const tiles: JsonObject[] = shown.map((t) => ({ insight: ref("insights", `insight-${i * 2 + t}`), layout: { x: (edited ? 1 - t : t) * 6, y: 0, w: 6, h: 4 } }));
    tiles.push({ type: "text", body: v(`Notes ${i}`), layout: { x: 0, y: 4, w: 6, h: 2 } });
    tiles.push({ type: "button", text: `Docs ${i}`, url: `https://example.com/${i}`, layout: { x: 6, y: edited ? 6 : 4, w: 6, h: 2 } });
    if (edited) tiles.push({ type: "button", text: `Help ${i}`, url: "/help", layout: { x: 6, y: 4, w: 6, h: 2 } });
    defs.push(def("dashboards", { key: `dashboard-${i}`, name: `Dashboard ${i}`, tiles }));
  }
  for (let i = 0; i < 6; i++) {
    const rollout = edited ? 60 : 50;
    defs.push(def("feature-flags", { key: `flag-${i}`, name: `Flag ${i}`, filters: { groups: [{ properties: [{ cohort: ref("cohorts", `cohort-${i}`) }], rollout_percentage: rollout }] } }));
  }
  for (let i = 0; i < 4; i++) defs.push(def("experiment-holdouts", { key: `holdout-${i}`, name: `Holdout ${i}`, filters: [{ properties: [], rollout_percentage: edited ? 10 : 5 }] }));
  for (let i = 0; i < 4; i++) {
    const event = `event ${edited ? i + 1 : i}`;
    defs.push(def("experiment-saved-metrics", { key: `metric-${i}`, name: `Metric ${i}`, query: { kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event } } }));
  }
  for (let i = 0; i < 4; i++) {
    const properties: JsonObject = edited ? { plan: { type: "String" }, seats: { type: "Numeric" } } : { plan: { type: "String" } };
    defs.push(def("property-groups", { key: `group-${i}`, name: `Group ${i}`, properties }));
  }
  for (let i = 0; i < 4; i++) {
    const group = `group-${edited ? (i + 1) % 4 : i}`;
    defs.push(def("event-definitions", { key: `event ${i}`, name: `event ${i}`, description: v(`d${i}`), propertyGroups: [ref("property-groups", group)] }));
  }
  for (let i = 0; i < 2; i++) {
    const variants = [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }];
    const lifecycle = i === 0 ? (edited ? "paused" : "running") : edited ? "running" : "draft";
    defs.push(def("feature-flags", { key: `experiment-flag-${i}`, name: `Experiment flag ${i}`, filters: { groups: [{ rollout_percentage: 100 }], multivariate: { variants } } }));
    defs.push(
      def("experiments", {
        key: `experiment-${i}`,
        name: `Experiment ${i}`,
        featureFlag: ref("feature-flags", `experiment-flag-${i}`),
        holdout: ref("experiment-holdouts", `holdout-${i}`),
        primarySavedMetrics: [ref("experiment-saved-metrics", `metric-${i}`)],
        lifecycle,
      }),
    );
  }
  for (let i = 0; i < 2; i++) {
    defs.push(def("feature-flags", { key: `feature-flag-${i}`, filters: { groups: [{ rollout_percentage: 0 }] } }));
    defs.push(def("early-access-features", { key: `feature-${i}`, name: v(`Feature ${i}`), stage: edited ? "alpha" : "beta", featureFlag: ref("feature-flags", `feature-flag-${i}`) }));
    defs.push(def("messaging-templates", { key: `template-${i}`, name: v(`Template ${i}`), email: { subject: edited ? `Hello again ${i}` : `Hello ${i}`, html: `<p>${i}</p>` } }));
    const questions: JsonObject[] = [{ type: "open", question: `Question ${i}?` }, ...(edited ? [{ type: "rating", question: `Score ${i}?`, display: "number", scale: 5 }] : [])];
    defs.push(def("surveys", { key: `survey-${i}`, name: v(`Survey ${i}`), type: "popover", questions, linkedFlag: ref("feature-flags", `feature-flag-${i}`), status: edited ? "stopped" : "running" }));
  }
  for (let i = 0; i < 2; i++) {
    const bounds = edited ? { lower: 5, upper: 500 } : { lower: 10, upper: 1000 };
    defs.push(def("alerts", { key: `alert-${i}`, name: v(`Insight ${i} dropped`), insight: ref("insights", `insight-${i}`), threshold: { bounds } }));
  }
  for (let i = 0; i < 2; i++) {
    const frequency = edited ? "monthly" : "weekly";
    defs.push(def("subscriptions", { key: `digest-${i}`, title: v(`Digest ${i}`), insight: ref("insights", `insight-${i}`), targetType: "email", target: "team@example.com", frequency, startDate: "2025-01-06T09:00:00Z", enabled: false }));
    defs.push(def("session-recording-playlists", { key: `playlist-${i}`, name: v(`Playlist ${i}`), filters: { date_from: edited ? "-30d" : "-7d" }, pinned: edited }));
    defs.push(def("hog-functions", { key: `hook-${i}`, type: "destination", name: v(`Hook ${i}`), templateId: "template-webhook", inputs: { url: `https://example.com/${edited ? "v2/" : ""}${i}` }, enabled: !edited }));
    defs.push(def("batch-exports", { key: `export-${i}`, name: v(`Export ${i}`), interval: edited ? "week" : "day", paused: !edited, destination: { type: "S3", config: { bucket_name: `bucket-${i}`, region: "eu-west-1" } } }));
    const flowActions: JsonObject[] = [{ id: "t", name: "Trigger", type: "trigger", config: { type: "event" } }, { id: "w", name: "Wait", type: "delay", config: { delay_duration: edited ? "2h" : "30m" } }];
    defs.push(def("hog-flows", { key: `flow-${i}`, name: v(`Flow ${i}`), status: edited ? "active" : "draft", actions: flowActions, edges: [{ from: "t", to: "w", type: "continue" }] }));
  }
  for (let i = 0; i < 3; i++) {
    const scope: JsonObject = i === 0 ? {} : { scope: "dashboard", dashboard: ref("dashboards", `dashboard-${i}`) };
    defs.push(def("annotations", { key: `note-${i}`, content: v(`Release ${i}`), dateMarker: `2024-05-0${i + 1}`, ...scope }));
  }
  for (let i = 0; i < 2; i++) defs.push(def("insight-variables", { key: `tier_${i}`, name: v(`Tier ${i}`), type: "List", values: ["free", "pro"], defaultValue: edited ? "pro" : "free" }));
  defs.push(def("warehouse-saved-queries", { key: "view-orders", name: "view_orders", query: edited ? "select event, timestamp from events" : "select event from events" }));
  defs.push(def("endpoints", { key: "endpoint-tier", name: "endpoint-tier", query: { kind: "HogQLQuery", query: "select {variables.tier_0}, {variables.tier_1}", variables: [ref("insight-variables", "tier_0"), { variable: ref("insight-variables", "tier_1"), value: edited ? "pro" : "free" }] } }));
  for (let i = 0; i < 2; i++) defs.push(def("endpoints", { key: `endpoint-${i}`, name: `endpoint-${i}`, query: { kind: "HogQLQuery", query: edited ? `select ${i} + 1` : `select ${i}` } }));
  for (let i = 0; i < 2; i++) defs.push(def("dashboard-templates", { key: `template-${i}`, name: v(`Template ${i}`), tiles: [{ type: "TEXT", body: edited ? `Edited ${i}` : `Body ${i}`, layouts: {} }] }));
  defs.push(def("project-settings", { key: "project", timezone: edited ? "Europe/Paris" : "Europe/Berlin", anonymize_ips: true }));
  defs.push(def("error-tracking-settings", { key: "project", project_rate_limit_value: edited ? 2000 : 1000, project_rate_limit_bucket_size_minutes: 60 }));
  for (let i = 0; i < 2; i++) defs.push(def("logs-views", { key: `logs-view-${i}`, name: v(`Logs view ${i}`), filters: { severityLevels: edited ? ["error", "warn"] : ["error"] }, pinned: edited }));
  for (let i = 0; i < 2; i++) defs.push(def("logs-sampling-rules", { key: `logs-rule-${i}`, name: v(`Logs rule ${i}`), ruleType: "rate_limit", config: { logs_per_second: edited ? 200 : 100 }, priority: i }));
  const tourTargeting = { groups: [{ properties: [{ key: "plan", type: "person", value: ["pro"], operator: "exact" }] }] };
  for (let i = 0; i < 2; i++) defs.push(def("product-tours", { key: `tour-${i}`, name: v(`Tour ${i}`), content: { steps: [{ id: "s1", title: edited ? "Hello again" : "Hello" }] }, autoLaunch: true, targetingFlagFilters: tourTargeting }));
  // A survey step (PostHog makes its survey; an edit must rewrite that one, not make another) and a linked flag.
  defs.push(def("product-tours", { key: "tour-survey", name: "Tour with a survey", content: { steps: [{ id: "ask", survey: { type: "open", questionText: edited ? "What else?" : "Anything missing?" } }] }, linkedFlag: ref("feature-flags", edited ? "flag-1" : "flag-0") }));
  for (let i = 0; i < 2; i++) defs.push(def("logs-alerts", { key: `logs-alert-${i}`, name: v(`Logs alert ${i}`), filters: { serviceNames: [`service-${i}`] }, thresholdCount: edited ? 200 : 100, destinations: [{ type: "slack", slackWorkspaceId: 7, slackChannelId: edited ? `C2${i}` : `C1${i}` }] }));
  return defs;
}

function describeTileContent(tile: JsonObject): string | undefined {
  if (isJsonObject(tile.insight)) return `insight ${String(tile.insight.id)}`;
  if (isJsonObject(tile.text)) return `text "${String(tile.text.body)}"`;
  if (isJsonObject(tile.button_tile)) return `button "${String(tile.button_tile.text)}"`;
  return undefined;
}

/**
 * Everything that exists more than once where it should exist once: live objects carrying one
 * identity, tiles of one content on one dashboard, links of one event to one property group, and
 * surveys of one product tour step.
 */
export async function findDuplicates(api: ProjectApi): Promise<string[]> {
  const duplicates: string[] = [];
  const count = (label: string, values: string[]) => {
    const seen = new Map<string, number>();
    for (const value of values) seen.set(value, (seen.get(value) ?? 0) + 1);
    for (const [value, n] of seen) if (n > 1) duplicates.push(`${label}${value} ×${n}`);
  };
  for (const kind of KINDS.filter((k) => !k.api.singleton)) {
    const live = (await listObjects(api, kind)).filter((raw) => raw.deleted !== true);
    count(`${kind.name}/`, live.map((raw) => kind.identify(raw)).filter((key): key is string => key !== undefined));
    if (kind.name !== "dashboards") continue;
    for (const raw of live) {
      const detail = await api.get(`dashboards/${String(raw.id)}/`);
      const tiles = (Array.isArray(detail?.tiles) ? detail.tiles : []).filter(isJsonObject).filter((t) => t.deleted !== true);
      count(`dashboards/${String(kind.identify(raw))} tile `, tiles.map(describeTileContent).filter((d): d is string => d !== undefined));
    }
  }
  // A tour's survey step has one survey, kept across edits: an edit sent without PostHog's link makes another.
  const stepSurveys = (await api.list("surveys")).filter((raw) => raw.type === "api" && typeof raw.name === "string" && / - Step \d+ Survey \([0-9a-f]{8}\)$/.test(raw.name));
  count("step survey ", stepSurveys.map((raw) => String(raw.name).replace(/ \([0-9a-f]{8}\)$/, "")));
  const links = await api.list("event_schemas");
  count("event schema ", links.map((link) => `${String(link.event_definition)}→${String(isJsonObject(link.property_group) ? link.property_group.id : link.property_group_id)}`));
  return duplicates;
}

/**
 * The fault rules of a seeded run: lost responses and 5xx after commit on writes, a few lost reads.
 * Each rule hits one exact request at most twice, so a resent idempotent request gets through
 * within the client's five attempts and a failed step means a logic fault, not an exhausted budget.
 */
export function faultRules(rates: { drop: number; error: number }): FaultRule[] {
  const rules: FaultRule[] = [];
  for (const method of ["POST", "PATCH", "DELETE"]) {
    rules.push({ method, probability: rates.drop, times: Infinity, perRequest: 2, fault: { kind: "drop" } });
    rules.push({ method, probability: rates.error, times: Infinity, perRequest: 2, fault: { kind: "error", status: 502 } });
  }
  rules.push({ method: "GET", probability: rates.drop / 4, times: Infinity, perRequest: 2, fault: { kind: "drop" } });
  return rules;
}

/** What one seeded run found. */
export interface FaultRunReport {
  seed: number;
  /** Applies run: per phase the concurrent pair, then re-runs until a plan was a no-op. */
  applies: number;
  /** The changes each re-run was planned for (what the runs before it left undone). */
  reruns: string[][];
  injected: InjectedFault[];
  /** Duplicates found after each phase, prefixed with the phase (1: create, 2: edit). */
  duplicates: string[];
  /** True when a plan read straight from the server (no proxy) was a no-op at the end of each phase. */
  converged: boolean;
  failedSteps: number;
  /** Why steps failed or were skipped, and applies that threw, one line each. */
  failures: string[];
  /** Status 5xx answers the server itself gave (not the proxy's injected ones). */
  serverErrors: string[];
  /** Every request the server handled, for checks against PostHog's contract. */
  requests: RecordedRequest[];
}

/**
 * One fault run: a fresh emulator, a fault proxy with `seed` in front of it, and two phases: two
 * concurrent applies of {@link buildFaultSet}, then two of its edited variant, each followed by
 * single re-runs (through the same faults) until a plan is a no-op, at most `reruns` per phase.
 */
export async function runFaultScenario(options: { seed: number; drop?: number; error?: number; reruns?: number }): Promise<FaultRunReport> {
  const emulator = await startEmulator({ rateLimits: false });
  const proxy = await startFaultProxy(emulator.url, { seed: options.seed });
  try {
    for (const rule of faultRules({ drop: options.drop ?? 0.12, error: options.error ?? 0.04 })) proxy.addRule(rule);
    const direct = emulatorConnection(emulator.url);
    const faulty = emulatorConnection(proxy.url);
    const applyOnce = async (defs: Definition[]): Promise<ApplyResult> => {
      const api = connect(faulty);
      try {
        return await applyPlan(await planDefinitions(faulty, defs), api, { clock: systemClock });
      } finally {
        await api.close();
      }
    };
    const failures: string[] = [];
    const settled = (results: PromiseSettledResult<ApplyResult>[]) => {
      for (const r of results) {
        if (r.status === "rejected") failures.push(`apply threw: ${String(r.reason)}`);
        else for (const step of r.value.results) if (step.status === "failed" || step.status === "skipped") failures.push(`${step.action} ${step.kind}/${step.key} ${step.status}: ${step.error}`);
      }
      return results.reduce((n, r) => n + (r.status === "fulfilled" ? r.value.failed : 1), 0);
    };
    const pending = async (defs: Definition[]) => describeChanges(await planDefinitions(direct, defs));
    const reruns: string[][] = [];
    let failedSteps = 0;
    let applies = 0;
    let converged = true;
    const duplicates: string[] = [];
    const reader = connect(direct);
    try {
      for (const [phase, defs] of [buildFaultSet(), buildFaultSet(true)].entries()) {
        failedSteps += settled(await Promise.allSettled([applyOnce(defs), applyOnce(defs)]));
        applies += 2;
        let left = await pending(defs);
        for (let rerun = 0; left.length > 0 && rerun < (options.reruns ?? 3); rerun++, left = await pending(defs)) {
          reruns.push(left);
          failedSteps += settled(await Promise.allSettled([applyOnce(defs)]));
          applies++;
        }
        converged &&= left.length === 0;
        duplicates.push(...(await findDuplicates(reader)).map((d) => `phase ${phase + 1}: ${d}`));
      }
      return {
        seed: options.seed,
        applies,
        reruns,
        injected: [...proxy.injected],
        duplicates,
        converged,
        failedSteps,
        failures,
        serverErrors: emulator.requests.filter((r) => r.status >= 500).map((r) => `${r.method} ${r.path} ${r.status}`),
        requests: [...emulator.requests],
      };
    } finally {
      await reader.close();
    }
  } finally {
    await proxy.close();
    await emulator.close();
  }
}
