/**
 * The SDK users import in their definition files (`@posthog/definitions`).
 * Constructors return plain data plus two hidden markers: the resource kind and
 * the file/line of the call, which the loader uses for errors. Nothing here does
 * I/O, so definition files stay safe to evaluate in an isolated process.
 * One module per concern: filters, queries, one per kind (generated from the
 * kind's declaration in `src/core/kinds/`), tiles, config, typed capture, and the
 * type names of PostHog's own tool (compat).
 */
export type { JsonValue } from "./json.js";
export type { CohortCriterion, CohortFilter, CohortGroup, PropertyFilter, PropertyGroupFilter } from "./filters.js";
export type { ActionsNode, BreakdownFilter, ChartDisplayType, CompareFilter, DataVisualizationNode, DateRange, EntityNodeFields, EventsNode, ExperimentMetric, FunnelExclusion, FunnelsFilter, FunnelsOptions, FunnelsQuery, HogQLQuery, HogQLUses, HogQLVariableUse, InsightQuery, InsightQueryBase, InsightQueryNode, InsightVizNode, Interval, LifecycleFilter, LifecycleOptions, LifecycleQuery, MathType, PathsFilter, PathsOptions, PathsQuery, Query, QueryNode, RawQuery, RetentionEntity, RetentionFilter, RetentionOptions, RetentionQuery, SeriesNode, StickinessFilter, StickinessOptions, StickinessQuery, TrendsFilter, TrendsOptions, TrendsQuery, } from "./queries.js";
export { funnels, hogql, lifecycle, paths, rawQuery, retention, stickiness, trends } from "./queries.js";
export * from "./kinds/index.js";
export { button, text } from "./tiles.js";
export { defineConfig, perEnvironment, type ConfigSpec, type EnvironmentSpec } from "./config.js";
export { createTypedPostHog } from "./typed-capture.js";
export { secret, type Secret } from "./secrets.js";
export type { ActionStepMatching, ActionStepProperty, CaptureCapableClient, CohortFilters, CohortType, EnforcementMode, ExperimentConclusion, ExperimentExposureCriteria, ExperimentLifecycle, ExperimentType, Filters, InsightLayout, PropertyDef, PropertyMap, } from "./compat.js";
export type { CaptureClient, EventProperties, EventSchemas, TypedCaptureOptions, TypedPostHog } from "./typed-capture.js";
