// The realistic mix `npm run bench` and the request-budget test share: definition files for N
// resources, the minimal request sets they are measured against, and the analysis of what the
// emulator recorded. Counts are deterministic, so the test can hold them to their bounds.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** How many resources of each sort a generated repository holds. */
export interface MixCounts {
  dashboards: number;
  /** Insight tiles per dashboard cycle through 3..6; every insight sits on exactly one dashboard. */
  tilesPerDashboard: readonly number[];
  flags: number;
  /** Every `cohortFlagEvery`th flag targets a cohort (0: none do). */
  cohortFlagEvery: number;
  cohorts: number;
  actions: number;
  /** Each event definition links one property group of its own. */
  eventDefinitions: number;
  experiments: number;
  holdouts: number;
  savedMetrics: number;
  endpoints: number;
}

/** The realistic mix for N resources: dashboards with 3–6 tiles, flags some on cohorts, actions, events with groups, experiments, endpoints. */
export function realisticMix(total: number): MixCounts {
  const part = (share: number) => Math.max(1, Math.round(total * share));
  const dashboards = part(0.08);
  const tilesPerDashboard = Array.from({ length: dashboards }, (_, i) => 3 + (i % 4));
  const insights = tilesPerDashboard.reduce((sum, n) => sum + n, 0);
  const counts = { cohorts: part(0.06), actions: part(0.1), eventDefinitions: part(0.06), experiments: part(0.03), holdouts: part(0.01), savedMetrics: part(0.02), endpoints: part(0.06) };
  const others = dashboards + insights + counts.cohorts + counts.actions + 2 * counts.eventDefinitions + counts.experiments + counts.holdouts + counts.savedMetrics + counts.endpoints;
  return { dashboards, tilesPerDashboard, flags: Math.max(counts.experiments, total - others), cohortFlagEvery: 3, ...counts };
}

/** The 300-resource no-op set: 30 dashboards, 120 insights, 60 flags, 45 cohorts, 45 actions. */
export const NOOP_SET: MixCounts = {
  dashboards: 30,
  tilesPerDashboard: Array.from({ length: 30 }, () => 4),
  flags: 60,
  cohortFlagEvery: 4,
  cohorts: 45,
  actions: 45,
  eventDefinitions: 0,
  experiments: 0,
  holdouts: 0,
  savedMetrics: 0,
  endpoints: 0,
};

/** How many resources (plan addresses) a mix defines. */
export function countResources(mix: MixCounts): number {
  const insights = mix.tilesPerDashboard.reduce((sum, n) => sum + n, 0);
  return mix.dashboards + insights + mix.flags + mix.cohorts + mix.actions + 2 * mix.eventDefinitions + mix.experiments + mix.holdouts + mix.savedMetrics + mix.endpoints;
}

/** How many insights a mix defines. */
export function countInsights(mix: MixCounts): number {
  return mix.tilesPerDashboard.reduce((sum, n) => sum + n, 0);
}

/**
 * The fewest writes that create the mix from nothing under PostHog's API: one create per resource
 * (an insight's create puts it on its dashboard), one tiles PATCH per dashboard (its create takes no
 * tiles, and the layouts need the tile ids), one event_schemas link per property group, and one
 * PATCH per experiment with a holdout (an existing flag is linked as-is on create; only a draft's
 * update with `holdout_id` puts the holdout on it). Reads are not in it: the checks for racing
 * copies (one list per kind created) are what apply spends beyond it.
 */
export function minimalApplyRequests(mix: MixCounts): number {
  return countResources(mix) + mix.dashboards + mix.eventDefinitions + (mix.holdouts > 0 ? mix.experiments : 0);
}

/** Writes the mix as definition files under `<dir>/posthog`. */
export function writeMix(dir: string, mix: MixCounts): void {
  const write = (path: string, lines: string[]) => {
    const file = join(dir, "posthog", path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${lines.join("\n")}\n`);
  };
  const imports = `import { action, cohort, dashboard, endpoint, eventDefinition, experiment, experimentHoldout, experimentSavedMetric, featureFlag, hogql, insight, propertyGroup, text, trends } from "@posthog/definitions"`;
  for (let i = 0; i < mix.cohorts; i++) {
    write(`cohorts/cohort-${i}.ts`, [imports, `export default cohort({ key: "cohort-${i}", name: "Cohort ${i}", filters: { properties: { type: "OR", values: [{ type: "AND", values: [{ type: "person", key: "plan", operator: "exact", value: "plan-${i}" }] }] } } })`]);
  }
  let insight = 0;
  mix.tilesPerDashboard.forEach((tiles, d) => {
    const tileLines: string[] = [];
    const tileImports: string[] = [];
    for (let t = 0; t < tiles; t++, insight++) {
      write(`insights/insight-${insight}.ts`, [imports, `export default insight({ key: "insight-${insight}", name: "Insight ${insight}", query: trends({ series: [{ event: "event-${insight % 50}", math: "total" }], interval: "day" }) })`]);
      tileImports.push(`import i${t} from "../insights/insight-${insight}.ts"`);
      tileLines.push(`  { insight: i${t}, layout: { x: ${(t % 2) * 6}, y: ${Math.floor(t / 2) * 4}, w: 6, h: 4 } },`);
    }
    write(`dashboards/dashboard-${d}.ts`, [imports, ...tileImports, `export default dashboard({ key: "dashboard-${d}", name: "Dashboard ${d}", tags: ["bench"], tiles: [`, ...tileLines, `  text({ body: "Notes ${d}", layout: { x: 0, y: 100, w: 12, h: 1 } }),`, `] })`]);
  });
  const plainFlags = mix.flags - mix.experiments;
  for (let i = 0; i < plainFlags; i++) {
    const cohortImport = mix.cohortFlagEvery > 0 && mix.cohorts > 0 && i % mix.cohortFlagEvery === 0 ? `../cohorts/cohort-${i % mix.cohorts}.ts` : undefined;
    const properties = cohortImport === undefined ? "" : "properties: [{ cohort: target }], ";
    write(`feature-flags/flag-${i}.ts`, [imports, ...(cohortImport ? [`import target from "${cohortImport}"`] : []), `export default featureFlag({ key: "flag-${i}", name: "Flag ${i}", filters: { groups: [{ ${properties}rollout_percentage: ${i % 100} }] }, tags: ["bench"] })`]);
  }
  for (let i = 0; i < mix.actions; i++) {
    write(`actions/action-${i}.ts`, [imports, `export default action({ key: "action-${i}", name: "Action ${i}", steps: [{ event: "event-${i}" }, { event: "$pageview", url: "/page-${i}" }] })`]);
  }
  for (let i = 0; i < mix.eventDefinitions; i++) {
    write(`events/event-${i}.ts`, [
      imports,
      `const group = propertyGroup({ key: "group-${i}", name: "Group ${i}", properties: { id: { type: "String", required: true }, amount: { type: "Numeric" } } })`,
      `export default eventDefinition({ name: "bench event ${i}", description: "Event ${i}", propertyGroups: [group] })`,
    ]);
  }
  for (let i = 0; i < mix.holdouts; i++) {
    write(`experiments/holdout-${i}.ts`, [imports, `export default experimentHoldout({ key: "holdout-${i}", name: "Holdout ${i}", filters: [{ properties: [], rollout_percentage: 5 }] })`]);
  }
  for (let i = 0; i < mix.savedMetrics; i++) {
    write(`experiments/metric-${i}.ts`, [imports, `export default experimentSavedMetric({ key: "metric-${i}", name: "Metric ${i}", query: { kind: "ExperimentMetric", metric_type: "funnel", series: [{ kind: "EventsNode", event: "$pageview" }, { kind: "EventsNode", event: "event-${i}" }] } })`]);
  }
  for (let i = 0; i < mix.experiments; i++) {
    const holdout = mix.holdouts > 0 ? [`import holdout from "./holdout-${i % mix.holdouts}.ts"`] : [];
    const metric = mix.savedMetrics > 0 ? [`import metric from "./metric-${i % mix.savedMetrics}.ts"`] : [];
    write(`experiments/experiment-${i}.ts`, [
      imports,
      ...holdout,
      ...metric,
      `const flag = featureFlag({ key: "experiment-flag-${i}", name: "Experiment flag ${i}", filters: { groups: [{ rollout_percentage: 100 }], multivariate: { variants: [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }] } } })`,
      `export default experiment({ key: "experiment-${i}", name: "Experiment ${i}", featureFlag: flag${holdout.length ? ", holdout" : ""}${metric.length ? ", primarySavedMetrics: [metric]" : ""}, metrics: [{ kind: "ExperimentMetric", metric_type: "mean", source: { kind: "EventsNode", event: "event-${i}" } }] })`,
    ]);
  }
  for (let i = 0; i < mix.endpoints; i++) {
    write(`endpoints/endpoint-${i}.ts`, [imports, `export default endpoint({ key: "bench-endpoint-${i}", name: "bench-endpoint-${i}", query: hogql("select count() from events where event = 'event-${i}'") })`]);
  }
}

/** One request as the emulator recorded it (the fields the analysis reads). */
export interface SeenRequest {
  method: string;
  path: string;
  query: string;
  status?: number;
  response?: unknown;
}

/**
 * The objects a plan must read one by one, by collection: PostHog's list serializers leave out
 * fields the plan compares (`DashboardBasicSerializer` the tiles, `ExperimentBasicSerializer` the
 * metrics and saved metrics), so each managed dashboard and experiment costs one detail read.
 */
export function detailReadsOf(mix: MixCounts): Readonly<Record<string, number>> {
  return { dashboards: mix.dashboards, experiments: mix.experiments };
}

/** What a plan's reads cost beside their floor: one page chain per list plus one detail read per object its list cannot give in full. */
export interface PlanReadAnalysis {
  requests: number;
  minimum: number;
  /** The most requests that must follow one another: a list's first page, then its other pages at once (then, for a detail-read kind, its detail reads). */
  longestChain: number;
}

/** Splits a plan's recorded GETs into list page chains and detail reads, and derives the floor from the lists' counts and `detailReads` ({@link detailReadsOf}). */
export function analysePlanReads(requests: readonly SeenRequest[], detailReads: Readonly<Record<string, number>>): PlanReadAnalysis {
  const chains = new Map<string, number>();
  const singletons = new Set<string>();
  for (const request of requests) {
    const response = request.response as { count?: unknown; results?: unknown } | null | undefined;
    const params = new URLSearchParams(request.query);
    if (response && Array.isArray(response.results)) {
      const limit = Number(params.get("limit") ?? 100);
      const total = typeof response.count === "number" ? response.count : response.results.length;
      params.delete("limit");
      params.delete("offset");
      chains.set(`${request.path}?${params}`, Math.max(1, Math.ceil(total / limit)));
    } else if (!/^\/api\/(projects|environments)\/[^/]+\/[^/]+\/[^/]+\/?$/.test(request.path)) {
      // A route without an id (project settings): one read, like a single page.
      singletons.add(request.path);
    }
  }
  const pages = [...chains.values()].reduce((sum, n) => sum + n, 0);
  // A list's later pages depend on its first only (its count names their offsets), so a list is at most two steps deep.
  const depth = (pageCount: number) => Math.min(pageCount, 2);
  // A kind's detail reads wait for all of its lists (a kind listed per query waits for each).
  const detailChains = Object.entries(detailReads)
    .filter(([, count]) => count > 0)
    .map(([collection]) => 1 + Math.max(0, ...[...chains].filter(([key]) => key.split("?")[0]!.endsWith(`/${collection}/`)).map(([, n]) => depth(n))));
  const details = Object.values(detailReads).reduce((sum, n) => sum + n, 0);
  return { requests: requests.length, minimum: pages + singletons.size + details, longestChain: Math.max(1, ...[...chains.values()].map(depth), ...detailChains) };
}

/** Requests to the insights endpoint, which the issue holds to one per insight in apply. */
export function countInsightRequests(requests: readonly SeenRequest[]): number {
  return requests.filter((r) => /\/insights(\/|$)/.test(r.path)).length;
}
