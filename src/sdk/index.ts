/**
 * The SDK users import in their definition files (`@posthog/definitions`).
 * Constructors return plain data plus two hidden markers: the resource kind and
 * the file/line of the call, which the loader uses for errors. Nothing here does
 * I/O, so definition files stay safe to evaluate in an isolated process.
 */

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

/** A series entry of a trends query. */
export interface EventsNode {
  event: string | null;
  name?: string;
  custom_name?: string;
  math?:
    | "total" | "dau" | "weekly_active" | "monthly_active" | "unique_session" | "first_time_for_user"
    | "sum" | "avg" | "min" | "max" | "median" | "p75" | "p90" | "p95" | "p99" | "unique_group" | "hogql";
  math_property?: string;
  math_hogql?: string;
  math_group_type_index?: number;
  properties?: PropertyFilter[];
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
}

/** Display settings of a trends insight. */
export interface TrendsFilter {
  display?: "ActionsLineGraph" | "ActionsLineGraphCumulative" | "ActionsBar" | "ActionsBarValue" | "ActionsTable" | "ActionsPie" | "BoldNumber" | "WorldMap" | "ActionsAreaGraph";
  showLegend?: boolean;
  showValuesOnSeries?: boolean;
  formula?: string;
  aggregationAxisFormat?: "numeric" | "duration" | "duration_ms" | "percentage" | "percentage_scaled" | "currency";
}

/** Options of `trends()`. */
export interface TrendsOptions {
  series: EventsNode[];
  interval?: "minute" | "hour" | "day" | "week" | "month";
  dateRange?: DateRange;
  breakdownFilter?: BreakdownFilter;
  trendsFilter?: TrendsFilter;
  properties?: PropertyFilter[];
  filterTestAccounts?: boolean;
}

/** A stored insight query node, as PostHog's `query` field holds it. */
export interface InsightQuery {
  kind: "InsightVizNode" | "DataVisualizationNode" | "DataTableNode";
  source: { kind: string; [field: string]: unknown };
  [field: string]: unknown;
}

/** A trends insight query (PostHog's `TrendsQuery` inside an `InsightVizNode`). */
export function trends(options: TrendsOptions): InsightQuery {
  const { series, ...rest } = options;
  return {
    kind: "InsightVizNode",
    source: { kind: "TrendsQuery", series: series.map((s) => ({ kind: "EventsNode", ...s })), ...rest },
  };
}

/** A SQL insight (PostHog's `HogQLQuery` inside a `DataVisualizationNode`). */
export function hogql(query: string, values?: Record<string, JsonValue>): InsightQuery {
  return { kind: "DataVisualizationNode", source: values ? { kind: "HogQLQuery", query, values } : { kind: "HogQLQuery", query } };
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

/** A release condition of a feature flag. */
export interface ReleaseConditionGroup {
  properties?: PropertyFilter[];
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

/** The repository's `posthog.config.ts`: the definitions directory and the environments to plan. */
export function defineConfig(spec: ConfigSpec): ConfigSpec {
  return mark("config", spec);
}
