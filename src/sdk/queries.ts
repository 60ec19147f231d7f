/** Insight queries: PostHog's query node types and the constructors that build them. */
import type { PropertyFilter, PropertyGroupFilter } from "./filters.js";
import type { JsonValue } from "./json.js";
import type { Action } from "./kinds/actions.js";
import type { InsightVariable } from "./kinds/insight-variables.js";
import type { WarehouseSavedQuery } from "./kinds/warehouse-saved-queries.js";
import { KIND } from "./markers.js";
import type { LifecycleOptions, PathsOptions, RetentionOptions, StickinessOptions } from "./query-options.js";

export type { LifecycleFilter, LifecycleOptions, PathsFilter, PathsOptions, RetentionEntity, RetentionFilter, RetentionOptions, StickinessFilter, StickinessOptions } from "./query-options.js";

/**
 * How a series aggregates: every value of a series node's `math` in PostHog's query schema
 * (`BaseMathType`, `FunnelMathType`, `PropertyMathType`, `CountPerActorMathType`,
 * `ExperimentMetricMathType`, `CalendarHeatmapMathType`, `unique_group`, `hogql`).
 */
export type MathType =
  | "total" | "dau" | "weekly_active" | "monthly_active" | "unique_session" | "first_time_for_user" | "first_matching_event_for_user"
  | "first_time_for_user_with_filters"
  | "avg" | "sum" | "min" | "max" | "median" | "p75" | "p90" | "p95" | "p99"
  | "avg_count_per_actor" | "min_count_per_actor" | "max_count_per_actor" | "median_count_per_actor"
  | "p75_count_per_actor" | "p90_count_per_actor" | "p95_count_per_actor" | "p99_count_per_actor"
  | "unique_group" | "hogql";

/** Fields every series entry and funnel step shares (PostHog's `EntityNode`). */
export interface EntityNodeFields {
  name?: string;
  custom_name?: string;
  math?: MathType;
  math_property?: string;
  math_hogql?: string;
  math_group_type_index?: number;
  math_multiplier?: number;
  properties?: PropertyFilter[];
  /** Funnels only: users may skip this step without dropping out. */
  optionalInFunnel?: boolean;
  /** PostHog's series nodes have more fields (`fixedProperties`, `limit`, ...); they are sent as written. */
  [field: string]: unknown;
}

/** A series entry or funnel step that counts an event (PostHog's `EventsNode`); `event: null` (or none) counts every event. */
export interface EventsNode extends EntityNodeFields {
  kind?: "EventsNode";
  event?: string | null;
}

/**
 * A series entry or funnel step that counts an action (PostHog's `ActionsNode`).
 * Reference the action object (`action: purchase`) so the same files work in every
 * project, because action ids differ between projects; a numeric `id` pins one
 * project's action that is not defined in code.
 */
export type ActionsNode = EntityNodeFields & { kind?: "ActionsNode" } & ({ action: Action; id?: never } | { id: number; action?: never });

/** One series entry or funnel step: an event or an action. */
export type SeriesNode = EventsNode | ActionsNode;


/** Date range of an insight query. */
export interface DateRange {
  date_from?: string | null;
  date_to?: string | null;
  explicitDate?: boolean;
}

/** Breakdown settings shared by insight queries. */
export interface BreakdownFilter {
  breakdown?: string | number | (string | number)[] | null;
  breakdown_type?: "event" | "person" | "cohort" | "group" | "session" | "hogql" | "data_warehouse" | "event_metadata" | null;
  breakdown_limit?: number;
  breakdown_group_type_index?: number | null;
  breakdown_normalize_url?: boolean;
  breakdown_hide_other_aggregation?: boolean | null;
  breakdown_histogram_bin_count?: number;
  /** Several breakdowns at once, instead of `breakdown`. */
  breakdowns?: { property: string | number; type?: BreakdownFilter["breakdown_type"]; group_type_index?: number | null; normalize_url?: boolean; histogram_bin_count?: number }[];
}

/** How an insight draws its results (PostHog's `ChartDisplayType`). */
export type ChartDisplayType =
  | "ActionsLineGraph" | "ActionsLineGraphCumulative" | "ActionsAreaGraph" | "ActionsBar" | "ActionsUnstackedBar" | "ActionsStackedBar"
  | "ActionsBarValue" | "ActionsTable" | "ActionsPie" | "BoldNumber" | "WorldMap" | "CalendarHeatmap";

/** Time buckets of an insight. */
export type Interval = "minute" | "hour" | "day" | "week" | "month";

/** Compares the date range with the previous period (or `compare_to`, e.g. "-1y"). */
export interface CompareFilter {
  compare?: boolean;
  compare_to?: string;
}

/** Fields every insight query shares (PostHog's `InsightsQueryBase`). */
export interface InsightQueryBase {
  dateRange?: DateRange;
  properties?: PropertyFilter[] | PropertyGroupFilter;
  filterTestAccounts?: boolean;
  aggregation_group_type_index?: number | null;
  samplingFactor?: number | null;
}

/** Display settings of a trends insight. */
export interface TrendsFilter {
  display?: ChartDisplayType;
  showLegend?: boolean;
  showValuesOnSeries?: boolean;
  showPercentStackView?: boolean;
  formula?: string;
  formulaNodes?: { formula: string; custom_name?: string }[];
  smoothingIntervals?: number;
  yAxisScaleType?: "log10" | "linear";
  aggregationAxisFormat?: "numeric" | "duration" | "duration_ms" | "percentage" | "percentage_scaled" | "currency";
  /** Older queries' and PostHog's tool's place for the comparison; stored as `compareFilter.compare`. */
  compare?: boolean;
  /** Stored as `compareFilter.compare_to`. */
  compare_to?: string;
}

/** Options of `trends()`. */
export interface TrendsOptions extends InsightQueryBase {
  series: SeriesNode[];
  interval?: Interval;
  breakdownFilter?: BreakdownFilter;
  trendsFilter?: TrendsFilter;
  compareFilter?: CompareFilter;
}

/** A funnel exclusion: users who do this between the two steps (0-based) drop out. */
export type FunnelExclusion = SeriesNode & { funnelFromStep: number; funnelToStep: number };

/** Settings of a funnel (PostHog's `FunnelsFilter`). */
export interface FunnelsFilter {
  funnelVizType?: "steps" | "time_to_convert" | "trends";
  funnelOrderType?: "ordered" | "strict" | "unordered";
  /** Conversion window; PostHog's default is 14 days. */
  funnelWindowInterval?: number;
  funnelWindowIntervalUnit?: "second" | "minute" | "hour" | "day" | "week" | "month";
  funnelStepReference?: "total" | "previous";
  layout?: "vertical" | "horizontal";
  breakdownAttributionType?: "first_touch" | "last_touch" | "all_events" | "step";
  breakdownAttributionValue?: number;
  exclusions?: FunnelExclusion[];
  funnelFromStep?: number;
  funnelToStep?: number;
  binCount?: number;
  funnelAggregateByHogQL?: string | null;
  hiddenLegendBreakdowns?: string[];
  showValuesOnSeries?: boolean;
}

/** Options of `funnels()`: `series` are the steps, in order. */
export interface FunnelsOptions extends InsightQueryBase {
  series: SeriesNode[];
  interval?: Interval;
  funnelsFilter?: FunnelsFilter;
  breakdownFilter?: BreakdownFilter;
  compareFilter?: CompareFilter;
}


/** PostHog's `TrendsQuery`, as `trends()` builds it. */
export type TrendsQuery = { kind: "TrendsQuery" } & TrendsOptions;
/** PostHog's `FunnelsQuery`, as `funnels()` builds it. */
export type FunnelsQuery = { kind: "FunnelsQuery" } & FunnelsOptions;
/** PostHog's `RetentionQuery`, as `retention()` builds it. */
export type RetentionQuery = { kind: "RetentionQuery" } & RetentionOptions;
/** PostHog's `PathsQuery`, as `paths()` builds it. */
export type PathsQuery = { kind: "PathsQuery" } & PathsOptions;
/** PostHog's `StickinessQuery`, as `stickiness()` builds it. */
export type StickinessQuery = { kind: "StickinessQuery" } & StickinessOptions;
/** PostHog's `LifecycleQuery`, as `lifecycle()` builds it. */
export type LifecycleQuery = { kind: "LifecycleQuery" } & LifecycleOptions;

/** The product-analytics queries an `InsightVizNode` shows (PostHog's `InsightQueryNode`). */
export type InsightQueryNode = TrendsQuery | FunnelsQuery | RetentionQuery | PathsQuery | StickinessQuery | LifecycleQuery;

/** PostHog's `InsightVizNode`: a product-analytics query drawn as a chart. */
export interface InsightVizNode<S extends InsightQueryNode = InsightQueryNode> {
  kind: "InsightVizNode";
  source: S;
}

/** An insight variable a SQL query uses: the variable, or the variable with the value this query gives it. */
export type HogQLVariableUse = InsightVariable | { variable: InsightVariable; value?: JsonValue };

/** What a SQL query uses by object, beside its text (`hogql()`'s third argument). */
export interface HogQLUses {
  /** Every insight variable the text writes as `{variables.<code name>}`. */
  variables?: HogQLVariableUse[];
  /** The warehouse views the text reads by name, so they are applied first (PostHog does not store this list). */
  views?: WarehouseSavedQuery[];
}

/** PostHog's `HogQLQuery`: SQL with optional `{placeholder}` values. */
export interface HogQLQuery {
  kind: "HogQLQuery";
  query: string;
  values?: Record<string, JsonValue>;
  /** The insight variables the query uses; PostHog's own stored form (a record by variable id) is taken as written. */
  variables?: HogQLVariableUse[] | Record<string, { variableId: string; code_name: string; value?: JsonValue; isNull?: boolean }>;
  /** The warehouse views the query reads (see `HogQLUses`). */
  views?: WarehouseSavedQuery[];
}

/** PostHog's `DataVisualizationNode`: a SQL query drawn as a table or chart. */
export interface DataVisualizationNode {
  kind: "DataVisualizationNode";
  source: HogQLQuery;
}

/** Any query node as PostHog stores it: a `kind` plus JSON fields. */
export interface QueryNode {
  kind: string;
  [field: string]: JsonValue | undefined;
}

declare const RAW_QUERY: unique symbol;

/**
 * A stored query of a kind the SDK does not model, kept verbatim. Only
 * `rawQuery()` makes one, so an unmodelled query is always a visible choice.
 */
export type RawQuery = QueryNode & { readonly [RAW_QUERY]: true };

/** A stored insight query, as PostHog's `query` field holds it: built by a constructor, or a `rawQuery()`. */
export type InsightQuery = InsightVizNode | DataVisualizationNode | RawQuery;

/** The bare queries PostHog's tool puts in an insight's `query` (its `Query`); insights wrap them when they send them. */
export type Query = TrendsQuery | FunnelsQuery | HogQLQuery;

/** Adds the `kind` PostHog stores on every series entry, from the entry's shape: an action by object or id, else an event. */
function withNodeKind<T extends SeriesNode>(entry: T): T {
  return (!("event" in entry) && ("action" in entry || "id" in entry) ? { kind: "ActionsNode", ...entry } : { kind: "EventsNode", ...entry }) as T;
}

/**
 * A trends query (PostHog's `TrendsQuery`). Like PostHog's own tool, the query builders return the
 * bare query, so `const q: TrendsQuery = trends(...)` holds; an insight wraps it in the
 * `InsightVizNode` PostHog stores, and an endpoint sends it as it is.
 */
export function trends(options: TrendsOptions): TrendsQuery {
  const { series, ...rest } = options;
  return { kind: "TrendsQuery", series: series.map(withNodeKind), ...rest };
}

/** A funnel query (PostHog's `FunnelsQuery`); `series` are the steps. Bare, as `trends()`. */
export function funnels(options: FunnelsOptions): FunnelsQuery {
  const { series, funnelsFilter, ...rest } = options;
  const filter = funnelsFilter?.exclusions ? { ...funnelsFilter, exclusions: funnelsFilter.exclusions.map(withNodeKind) } : funnelsFilter;
  return { kind: "FunnelsQuery", series: series.map(withNodeKind), ...rest, ...(filter ? { funnelsFilter: filter } : {}) };
}

/** A retention query (PostHog's `RetentionQuery`). Bare, as `trends()`. */
export function retention(options: RetentionOptions): RetentionQuery {
  return { kind: "RetentionQuery", ...options };
}

/** A user paths query (PostHog's `PathsQuery`). Bare, as `trends()`. */
export function paths(options: PathsOptions): PathsQuery {
  return { kind: "PathsQuery", ...options };
}

/** A stickiness query (PostHog's `StickinessQuery`). Bare, as `trends()`. */
export function stickiness(options: StickinessOptions): StickinessQuery {
  const { series, ...rest } = options;
  return { kind: "StickinessQuery", series: series.map(withNodeKind), ...rest };
}

/** A lifecycle query (PostHog's `LifecycleQuery`). Bare, as `trends()`. */
export function lifecycle(options: LifecycleOptions): LifecycleQuery {
  const { series, ...rest } = options;
  return { kind: "LifecycleQuery", series: series.map(withNodeKind), ...rest };
}

/**
 * A SQL insight (PostHog's `HogQLQuery` inside a `DataVisualizationNode`). As a tag, an interpolated
 * `insightVariable()` becomes `{variables.<code name>}` in the text and joins the query's variables,
 * and a `warehouseSavedQuery()` becomes the view's name and joins its views:
 * `` hogql`select count() from ${orders} where plan = ${planTier}` ``.
 */
export function hogql(strings: TemplateStringsArray, ...uses: (InsightVariable | WarehouseSavedQuery)[]): DataVisualizationNode;
export function hogql(query: string, values?: Record<string, JsonValue> | null, uses?: HogQLUses): DataVisualizationNode;
export function hogql(query: string | TemplateStringsArray, ...rest: unknown[]): DataVisualizationNode {
  if (typeof query !== "string") return taggedHogQL(query, rest);
  const [values, uses] = rest as [Record<string, JsonValue> | null | undefined, HogQLUses | undefined];
  const source: HogQLQuery = { kind: "HogQLQuery", query };
  if (values) source.values = values;
  if (uses?.variables) source.variables = uses.variables;
  if (uses?.views) source.views = uses.views;
  return { kind: "DataVisualizationNode", source };
}

/** `hogql` as a template tag: variables become placeholders, views their names, anything else its text. */
function taggedHogQL(strings: TemplateStringsArray, parts: readonly unknown[]): DataVisualizationNode {
  const variables: InsightVariable[] = [];
  const views: WarehouseSavedQuery[] = [];
  const kindOf = (part: unknown) => (typeof part === "object" && part !== null ? (part as Record<symbol, unknown>)[KIND] : undefined);
  let text = strings[0] ?? "";
  parts.forEach((part, i) => {
    if (kindOf(part) === "insight-variables") {
      const variable = part as InsightVariable;
      if (!variables.includes(variable)) variables.push(variable);
      text += `{variables.${variable.key}}`;
    } else if (kindOf(part) === "warehouse-saved-queries") {
      const view = part as WarehouseSavedQuery;
      if (!views.includes(view)) views.push(view);
      text += view.name;
    } else text += String(part);
    text += strings[i + 1] ?? "";
  });
  const uses: HogQLUses = { ...(variables.length > 0 ? { variables } : {}), ...(views.length > 0 ? { views } : {}) };
  return hogql(text, null, Object.keys(uses).length > 0 ? uses : undefined);
}

/**
 * Any other stored query (web analytics, data tables, Hog, ...), sent and compared
 * as written: the escape hatch for kinds the SDK does not model. Plans warn about
 * it, because nothing checks its fields.
 */
export function rawQuery(node: QueryNode): RawQuery {
  return node as RawQuery;
}

/** An experiment metric (PostHog's `ExperimentMetric`). */
export interface ExperimentMetric {
  kind: "ExperimentMetric";
  metric_type: "mean" | "funnel" | "ratio" | "retention";
  name?: string;
  [field: string]: unknown;
}
