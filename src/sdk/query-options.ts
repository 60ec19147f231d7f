/** Options of the retention, paths, stickiness and lifecycle insight queries (queries.ts builds them). */
import type { PropertyFilter } from "./filters.js";
import type { Action } from "./kinds/actions.js";
import type { BreakdownFilter, ChartDisplayType, CompareFilter, InsightQueryBase, Interval, SeriesNode } from "./queries.js";

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
