/**
 * The SDK users import in their definition files (`@posthog/definitions`).
 * Constructors return plain data plus two hidden markers: the resource kind and
 * the file/line of the call, which the loader uses for errors. Nothing here does
 * I/O, so definition files stay safe to evaluate in an isolated process.
 */

export { createTypedPostHog } from "./typed-capture.js";
export type { CaptureClient, EventProperties, EventSchemas, TypedCaptureOptions, TypedPostHog } from "./typed-capture.js";

const KIND = Symbol.for("posthog-definitions/kind");
const SITE = Symbol.for("posthog-definitions/site");
const OWN_FILE = import.meta.url;

/** JSON-compatible values, the only values a definition may hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A position on the dashboard's 12-column grid. */
export interface Layout {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A property filter as PostHog's filters use it. */
export interface PropertyFilter {
  key: string;
  value?: JsonValue;
  operator?:
    | "exact" | "is_not" | "icontains" | "not_icontains" | "regex" | "not_regex" | "gt" | "gte" | "lt" | "lte"
    | "is_set" | "is_not_set" | "is_date_exact" | "is_date_after" | "is_date_before" | "in" | "not_in"
    | "icontains_multi" | "not_icontains_multi" | "flag_evaluates_to"
    | "semver_eq" | "semver_neq" | "semver_gt" | "semver_gte" | "semver_lt" | "semver_lte" | "semver_tilde" | "semver_caret" | "semver_wildcard";
  type?: "person" | "cohort" | "group" | "flag" | "event" | "element";
  group_type_index?: number | null;
  negation?: boolean;
}

/** How a series aggregates (PostHog's `MathType`, the values insights store). */
export type MathType =
  | "total" | "dau" | "weekly_active" | "monthly_active" | "unique_session" | "first_time_for_user" | "first_time_for_user_with_filters"
  | "sum" | "avg" | "min" | "max" | "median" | "p75" | "p90" | "p95" | "p99" | "unique_group" | "hogql";

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
}

/** A series entry or funnel step that counts an event (PostHog's `EventsNode`); `event: null` counts every event. */
export interface EventsNode extends EntityNodeFields {
  kind?: "EventsNode";
  event: string | null;
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

/** Property filters nested in AND/OR groups, the form PostHog's insight editor saves. */
export interface PropertyGroupFilter {
  type: "AND" | "OR";
  values: { type: "AND" | "OR"; values: PropertyFilter[] }[];
}

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

interface RetentionEntityFields {
  name?: string;
  custom_name?: string;
  order?: number;
  uuid?: string;
  properties?: PropertyFilter[];
}

/**
 * The event or action that puts users in a retention cohort or counts as their
 * return (PostHog's `RetentionEntity`): an event by name, or an action by object
 * (or by numeric `id` for an action not defined in code).
 */
export type RetentionEntity =
  | (RetentionEntityFields & { type?: "events"; kind?: "EventsNode"; id: string })
  | (RetentionEntityFields & { type: "actions"; kind?: "ActionsNode" } & ({ action: Action; id?: never } | { id: number; action?: never }));

/** Settings of a retention insight (PostHog's `RetentionFilter`). */
export interface RetentionFilter {
  targetEntity?: RetentionEntity;
  returningEntity?: RetentionEntity;
  period?: "Hour" | "Day" | "Week" | "Month";
  totalIntervals?: number;
  retentionType?: "retention_recurring" | "retention_first_time" | "retention_first_ever_occurrence";
  retentionReference?: "total" | "previous";
  cumulative?: boolean;
  minimumOccurrences?: number;
  timeWindowMode?: "strict_calendar_dates" | "24_hour_windows";
  aggregationType?: "count" | "sum" | "avg";
  aggregationProperty?: string;
  display?: ChartDisplayType;
  dashboardDisplay?: "table_only" | "graph_only" | "all";
  showTrendLines?: boolean;
}

/** Options of `retention()`. */
export interface RetentionOptions extends InsightQueryBase {
  retentionFilter: RetentionFilter;
  breakdownFilter?: BreakdownFilter;
}

/** Settings of a paths insight (PostHog's `PathsFilter`). */
export interface PathsFilter {
  includeEventTypes?: ("$pageview" | "$screen" | "custom_event" | "hogql")[];
  startPoint?: string;
  endPoint?: string;
  stepLimit?: number;
  edgeLimit?: number;
  minEdgeWeight?: number;
  maxEdgeWeight?: number;
  excludeEvents?: string[];
  pathGroupings?: string[];
  pathReplacements?: boolean;
  localPathCleaningFilters?: { alias?: string; regex?: string; order?: number }[] | null;
  pathsHogQLExpression?: string;
  showFullUrls?: boolean;
}

/** Options of `paths()`. */
export interface PathsOptions extends InsightQueryBase {
  pathsFilter: PathsFilter;
}

/** Settings of a stickiness insight (PostHog's `StickinessFilter`). */
export interface StickinessFilter {
  display?: ChartDisplayType;
  showLegend?: boolean;
  showValuesOnSeries?: boolean;
  showMultipleYAxes?: boolean;
  hiddenLegendIndexes?: number[];
  stickinessCriteria?: { operator: "gte" | "lte" | "exact"; value: number };
  computedAs?: "non_cumulative" | "cumulative";
}

/** Options of `stickiness()`; PostHog's stickiness has no group aggregation. */
export interface StickinessOptions extends Omit<InsightQueryBase, "aggregation_group_type_index"> {
  series: SeriesNode[];
  interval?: Interval;
  /** How many intervals make one period. */
  intervalCount?: number;
  stickinessFilter?: StickinessFilter;
  compareFilter?: CompareFilter;
}

/** Settings of a lifecycle insight (PostHog's `LifecycleFilter`). */
export interface LifecycleFilter {
  toggledLifecycles?: ("new" | "resurrecting" | "returning" | "dormant")[];
  showValuesOnSeries?: boolean;
  showPercentagesOnSeries?: boolean;
  showLegend?: boolean;
  stacked?: boolean;
}

/** Options of `lifecycle()`. */
export interface LifecycleOptions extends InsightQueryBase {
  series: SeriesNode[];
  interval?: Interval;
  lifecycleFilter?: LifecycleFilter;
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

/** PostHog's `HogQLQuery`: SQL with optional `{placeholder}` values. */
export interface HogQLQuery {
  kind: "HogQLQuery";
  query: string;
  values?: Record<string, JsonValue>;
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

/** Adds the `kind` PostHog stores on every series entry, from the entry's shape. */
function withNodeKind<T extends SeriesNode>(entry: T): T {
  return ("event" in entry ? { kind: "EventsNode", ...entry } : { kind: "ActionsNode", ...entry }) as T;
}

/** A trends insight query (PostHog's `TrendsQuery` inside an `InsightVizNode`). */
export function trends(options: TrendsOptions): InsightVizNode<TrendsQuery> {
  const { series, ...rest } = options;
  return { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: series.map(withNodeKind), ...rest } };
}

/** A funnel insight query (PostHog's `FunnelsQuery` inside an `InsightVizNode`); `series` are the steps. */
export function funnels(options: FunnelsOptions): InsightVizNode<FunnelsQuery> {
  const { series, funnelsFilter, ...rest } = options;
  const filter = funnelsFilter?.exclusions ? { ...funnelsFilter, exclusions: funnelsFilter.exclusions.map(withNodeKind) } : funnelsFilter;
  return { kind: "InsightVizNode", source: { kind: "FunnelsQuery", series: series.map(withNodeKind), ...rest, ...(filter ? { funnelsFilter: filter } : {}) } };
}

/** A retention insight query (PostHog's `RetentionQuery` inside an `InsightVizNode`). */
export function retention(options: RetentionOptions): InsightVizNode<RetentionQuery> {
  return { kind: "InsightVizNode", source: { kind: "RetentionQuery", ...options } };
}

/** A user paths insight query (PostHog's `PathsQuery` inside an `InsightVizNode`). */
export function paths(options: PathsOptions): InsightVizNode<PathsQuery> {
  return { kind: "InsightVizNode", source: { kind: "PathsQuery", ...options } };
}

/** A stickiness insight query (PostHog's `StickinessQuery` inside an `InsightVizNode`). */
export function stickiness(options: StickinessOptions): InsightVizNode<StickinessQuery> {
  const { series, ...rest } = options;
  return { kind: "InsightVizNode", source: { kind: "StickinessQuery", series: series.map(withNodeKind), ...rest } };
}

/** A lifecycle insight query (PostHog's `LifecycleQuery` inside an `InsightVizNode`). */
export function lifecycle(options: LifecycleOptions): InsightVizNode<LifecycleQuery> {
  const { series, ...rest } = options;
  return { kind: "InsightVizNode", source: { kind: "LifecycleQuery", series: series.map(withNodeKind), ...rest } };
}

/** A SQL insight (PostHog's `HogQLQuery` inside a `DataVisualizationNode`). */
export function hogql(query: string, values?: Record<string, JsonValue>): DataVisualizationNode {
  return { kind: "DataVisualizationNode", source: values ? { kind: "HogQLQuery", query, values } : { kind: "HogQLQuery", query } };
}

/**
 * Any other stored query (web analytics, data tables, Hog, ...), sent and compared
 * as written: the escape hatch for kinds the SDK does not model. Plans warn about
 * it, because nothing checks its fields.
 */
export function rawQuery(node: QueryNode): RawQuery {
  return node as RawQuery;
}

/** Fields of `insight()`. */
export interface InsightSpec {
  key: string;
  name: string;
  description?: string;
  query: InsightQuery;
  tags?: string[];
}

/** A defined insight; pass it to dashboard tiles to place it. */
export type Insight = InsightSpec;

/** A tile that shows an insight. */
export interface InsightTile {
  type?: "insight";
  insight: Insight;
  layout?: Layout;
}

/** A markdown text tile. */
export interface TextTile {
  type: "text";
  body: string;
  layout?: Layout;
}

/** A link button tile. */
export interface ButtonTile {
  type: "button";
  text: string;
  url: string;
  placement?: "left" | "right";
  layout?: Layout;
}

/** Any dashboard tile. */
export type Tile = InsightTile | TextTile | ButtonTile;

/** Fields of `dashboard()`. */
export interface DashboardSpec {
  key: string;
  name: string;
  description?: string;
  pinned?: boolean;
  tags?: string[];
  tiles?: Tile[];
}

/** A defined dashboard. */
export type Dashboard = DashboardSpec;

/**
 * Targets the members of a cohort, referenced by object so the same files work
 * in every project (PostHog's numeric cohort ids differ between projects).
 */
export interface CohortFilter {
  cohort: Cohort;
  type?: "cohort";
  operator?: "in" | "not_in";
  negation?: boolean;
}

/** A release condition of a feature flag. */
export interface ReleaseConditionGroup {
  properties?: (PropertyFilter | CohortFilter)[];
  rollout_percentage?: number | null;
  variant?: string | null;
  description?: string | null;
  aggregation_group_type_index?: number | null;
}

/** A variant of a multivariate flag; rollouts of all variants sum to 100. */
export interface Variant {
  key: string;
  name?: string;
  rollout_percentage: number;
}

/** Targeting of a feature flag. */
export interface FeatureFlagFilters {
  groups: ReleaseConditionGroup[];
  multivariate?: { variants: Variant[] } | null;
  payloads?: Record<string, JsonValue>;
  aggregation_group_type_index?: number | null;
}

/** Fields of `featureFlag()`. */
export interface FeatureFlagSpec {
  key: string;
  name?: string;
  active?: boolean;
  filters: FeatureFlagFilters;
  ensure_experience_continuity?: boolean;
  evaluation_runtime?: "server" | "client" | "all";
  bucketing_identifier?: "distinct_id" | "device_id";
  tags?: string[];
  /** Archived flags are done for good: PostHog hides them from its list and requires `active: false`. */
  archived?: boolean;
}

/** A defined feature flag. */
export type FeatureFlag = FeatureFlagSpec;

interface CallSite {
  url: string;
  line: number;
  column: number;
}

/** The first stack frame outside this module: the user's constructor call. */
function captureSite(): CallSite | undefined {
  const stack = new Error().stack ?? "";
  for (const line of stack.split("\n").slice(1)) {
    const match = /((?:file|data):[^\s()]+?):(\d+):(\d+)\)?\s*$/.exec(line);
    if (match && match[1] !== OWN_FILE) return { url: match[1]!, line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}

function mark<T extends object>(kind: string, spec: T): T {
  const copy = { ...spec };
  Object.defineProperty(copy, KIND, { value: kind, enumerable: false });
  Object.defineProperty(copy, SITE, { value: captureSite(), enumerable: false });
  return copy;
}

/** Defines an insight. It becomes one resource however many dashboards show it. */
export function insight(spec: InsightSpec): Insight {
  return mark("insights", spec);
}

/** Defines a dashboard and its tiles. */
export function dashboard(spec: DashboardSpec): Dashboard {
  return mark("dashboards", spec);
}

/** A markdown text tile. */
export function text(spec: Omit<TextTile, "type">): TextTile {
  return { type: "text", ...spec };
}

/** A link button tile. */
export function button(spec: Omit<ButtonTile, "type">): ButtonTile {
  return { type: "button", ...spec };
}

/** Defines a feature flag. */
export function featureFlag(spec: FeatureFlagSpec): FeatureFlag {
  return mark("feature-flags", spec);
}

/**
 * A value that differs by environment, e.g. a 100% rollout in staging and 10% in
 * production. The plan shows the value of the environment being planned; an
 * environment with no entry takes `fallback`, or is an error without one.
 */
export function perEnvironment<T extends JsonValue>(values: Record<string, T>, fallback?: T): T {
  const marker: Record<string, JsonValue> = { $env: values };
  if (fallback !== undefined) marker.$default = fallback;
  return marker as unknown as T;
}

/** One environment in `posthog.config.ts`: its project and where its API key comes from. */
export interface EnvironmentSpec {
  host: string;
  projectId: number | string;
  /** Environment variable (an Actions secret in CI) that holds this environment's personal API key. */
  apiKeyEnv: string;
}

/** Fields of `defineConfig()`. */
export interface ConfigSpec {
  dir?: string;
  environments?: Record<string, EnvironmentSpec>;
}

/** One step of an action; steps are OR-ed. */
export interface ActionStep {
  event?: string | null;
  properties?: { key: string; value?: JsonValue; operator?: PropertyFilter["operator"]; type?: string }[];
  selector?: string | null;
  tag_name?: string | null;
  text?: string | null;
  text_matching?: "exact" | "contains" | "regex" | null;
  href?: string | null;
  href_matching?: "exact" | "contains" | "regex" | null;
  url?: string | null;
  url_matching?: "exact" | "contains" | "regex" | null;
}

/** Fields of `action()`. */
export interface Action {
  key: string;
  name: string;
  description?: string;
  steps: ActionStep[];
  post_to_slack?: boolean;
  slack_message_format?: string;
  tags?: string[];
}

/** Defines an action. */
export function action(spec: Action): Action {
  return mark("actions", spec);
}

/** A leaf of a cohort filter tree. */
export type CohortCriterion =
  | (PropertyFilter & { type: "person" | "group" })
  | { type: "behavioral"; key: string | number; value: string; event_type?: "events" | "actions"; time_value?: number; time_interval?: string; negation?: boolean; [field: string]: JsonValue | undefined }
  | CohortFilter;

/** An AND/OR group of criteria (or nested groups). */
export interface CohortGroup {
  type: "AND" | "OR";
  values: (CohortGroup | CohortCriterion)[];
}

/** Fields of `cohort()`: dynamic cohorts have `filters`; static ones are empty containers. */
export type CohortSpec =
  | { key: string; name: string; description?: string; is_static?: false; filters: { properties: CohortGroup } }
  | { key: string; name: string; description?: string; is_static: true };

/** A defined cohort; target it from flags with `{ cohort }`. */
export type Cohort = CohortSpec;

/** Defines a cohort. */
export function cohort(spec: CohortSpec): Cohort {
  return mark("cohorts", spec);
}

/** Fields of `endpoint()`. */
export interface Endpoint {
  key: string;
  /** The URL path segment: a letter, then up to 127 letters, digits, "_" or "-". */
  name: string;
  description?: string;
  query: InsightQuery | { kind: string; [field: string]: unknown };
  is_active?: boolean;
  data_freshness_seconds?: 900 | 1800 | 3600 | 21600 | 43200 | 86400 | 604800;
}

/** Defines an endpoint (a named query exposed as an API). */
export function endpoint(spec: Endpoint): Endpoint {
  return mark("endpoints", spec);
}

/** The type of one property in a property group. */
export type PropertyType = "String" | "Numeric" | "Boolean" | "DateTime" | "Object";

/** One property of a property group. */
export interface PropertyDefinition {
  type: PropertyType;
  required?: boolean;
  description?: string;
  is_optional_in_types?: boolean;
}

/** Fields of `propertyGroup()`; `const` keeps property names literal for typed capture. */
export interface PropertyGroup<P extends Record<string, PropertyDefinition> = Record<string, PropertyDefinition>> {
  key: string;
  name: string;
  description?: string;
  properties: P;
}

/** Defines a schema property group. */
export function propertyGroup<const P extends Record<string, PropertyDefinition>>(spec: PropertyGroup<P>): PropertyGroup<P> {
  return mark("property-groups", spec);
}

/** Fields of `eventDefinition()`; the event name is its key, kept literal (like the groups) for typed capture. */
export interface EventDefinition<G extends readonly PropertyGroup[] = readonly PropertyGroup[], N extends string = string> {
  name: N;
  description?: string;
  tags?: string[];
  verified?: boolean;
  hidden?: boolean;
  enforcement_mode?: "allow" | "reject";
  primary_property?: string | null;
  propertyGroups?: G;
}

/** Defines an event definition, linked to its property groups. */
export function eventDefinition<const G extends readonly PropertyGroup[], const N extends string>(spec: EventDefinition<G, N>): EventDefinition<G, N> {
  return mark("event-definitions", { key: spec.name, ...spec } as EventDefinition<G, N>);
}

/** Fields of `experimentHoldout()`. */
export interface ExperimentHoldout {
  key: string;
  name: string;
  description?: string;
  filters: { properties?: PropertyFilter[]; rollout_percentage: number }[];
}

/** Defines an experiment holdout group. */
export function experimentHoldout(spec: ExperimentHoldout): ExperimentHoldout {
  return mark("experiment-holdouts", spec);
}

/** An experiment metric (PostHog's `ExperimentMetric`). */
export interface ExperimentMetric {
  kind: "ExperimentMetric";
  metric_type: "mean" | "funnel" | "ratio" | "retention";
  name?: string;
  [field: string]: unknown;
}

/** Fields of `experimentSavedMetric()`. */
export interface ExperimentSavedMetric {
  key: string;
  name: string;
  description?: string;
  query: ExperimentMetric;
  tags?: string[];
}

/** Defines a saved (shared) experiment metric. */
export function experimentSavedMetric(spec: ExperimentSavedMetric): ExperimentSavedMetric {
  return mark("experiment-saved-metrics", spec);
}

/** Fields of `experiment()`. */
export interface Experiment {
  key: string;
  name: string;
  description?: string;
  type?: "product" | "web";
  /** The flag the experiment runs on; it cannot change after creation. */
  featureFlag: FeatureFlag;
  holdout?: ExperimentHoldout;
  /** Variants and rollout belong to the feature flag's definition: PostHog reads them from the flag. */
  parameters?: {
    minimum_detectable_effect?: number;
  };
  metrics?: ExperimentMetric[];
  metrics_secondary?: ExperimentMetric[];
  primarySavedMetrics?: ExperimentSavedMetric[];
  secondarySavedMetrics?: ExperimentSavedMetric[];
  /** Declarative lifecycle, driven through PostHog's launch, pause, resume and end. */
  lifecycle?: "draft" | "running" | "paused" | "stopped";
  archived?: boolean;
  conclusion?: "won" | "lost" | "inconclusive" | "stopped_early" | "invalid";
  conclusion_comment?: string;
  exposure_criteria?: { [field: string]: JsonValue };
  stats_config?: { method?: "bayesian" | "frequentist"; [field: string]: JsonValue | undefined };
}

/** Defines an experiment. */
export function experiment(spec: Experiment): Experiment {
  return mark("experiments", spec);
}

/** Project settings a definition may manage; only declared fields are compared and sent. */
export interface ProjectSettings {
  app_urls?: string[];
  anonymize_ips?: boolean;
  timezone?: string;
  week_start_day?: 0 | 1 | null;
  test_account_filters?: PropertyFilter[];
  test_account_filters_default_checked?: boolean;
  autocapture_opt_out?: boolean;
  autocapture_exceptions_opt_in?: boolean;
  autocapture_web_vitals_opt_in?: boolean;
  capture_console_log_opt_in?: boolean;
  capture_performance_opt_in?: boolean;
  capture_dead_clicks?: boolean;
  session_recording_opt_in?: boolean;
  session_recording_sample_rate?: string | null;
  session_recording_minimum_duration_milliseconds?: number | null;
  session_recording_retention_period?: "30d" | "90d" | "1y" | "5y";
  recording_domains?: string[];
  surveys_opt_in?: boolean;
  heatmaps_opt_in?: boolean;
  cookieless_server_hash_mode?: 0 | 1 | 2;
  base_currency?: string;
  completed_snippet_onboarding?: unknown;
  path_cleaning_filters?: unknown;
  data_attributes?: unknown;
  person_display_name_properties?: unknown;
  correlation_config?: unknown;
  autocapture_web_vitals_allowed_metrics?: unknown;
  autocapture_exceptions_errors_to_ignore?: unknown;
  session_recording_linked_flag?: unknown;
  session_recording_network_payload_capture_config?: unknown;
  session_recording_masking_config?: unknown;
  session_recording_url_trigger_config?: unknown;
  session_recording_url_blocklist_config?: unknown;
  session_recording_event_trigger_config?: unknown;
  session_recording_trigger_match_type_config?: unknown;
  session_replay_config?: unknown;
  survey_config?: unknown;
  live_events_columns?: unknown;
  human_friendly_comparison_periods?: unknown;
  inject_web_apps?: unknown;
  extra_settings?: unknown;
  modifiers?: unknown;
  default_data_theme?: unknown;
  business_model?: unknown;
  flags_persistence_default?: unknown;
  feature_flag_confirmation_enabled?: unknown;
  feature_flag_confirmation_message?: unknown;
  default_evaluation_contexts_enabled?: unknown;
  require_evaluation_contexts?: unknown;
  feature_flag_policy_config?: unknown;
  revenue_analytics_config?: unknown;
  marketing_analytics_config?: unknown;
  customer_analytics_config?: unknown;
}

/** Declares project settings (a singleton: at most one per repository). */
export function projectSettings(spec: ProjectSettings): ProjectSettings {
  return mark("project-settings", { ...spec, key: "project" });
}

/** The repository's `posthog.config.ts`: the definitions directory and the environments to plan. */
export function defineConfig(spec: ConfigSpec): ConfigSpec {
  return mark("config", spec);
}
