/**
 * The type names PostHog's own tool (`@posthog/definitions`, PostHog/posthog-definitions) exports
 * that this SDK names differently or not at all, as aliases of this SDK's types, so files written
 * for that tool type-check unchanged. Each one follows the type it aliases.
 */
import type { ActionStep } from "./kinds/actions.js";
import type { CohortSpec } from "./kinds/cohorts.js";
import type { DashboardSpec } from "./kinds/dashboards.js";
import type { EventDefinition } from "./kinds/event-definitions.js";
import type { Experiment } from "./kinds/experiments.js";
import type { PropertyDefinition } from "./kinds/property-groups.js";
import type { CohortGroup } from "./filters.js";
import type { CaptureClient } from "./typed-capture.js";
/** Dashboard-wide filters. */
export type Filters = NonNullable<DashboardSpec["filters"]>;
/** How `insightLayout` packs a dashboard's tiles. */
export type InsightLayout = NonNullable<DashboardSpec["insightLayout"]>;
/** A dynamic cohort's filter tree. */
export interface CohortFilters {
    properties: CohortGroup;
}
/** PostHog's cohort types. */
export type CohortType = NonNullable<CohortSpec["cohort_type"]>;
/** How an action step matches text, links and URLs. */
export type ActionStepMatching = NonNullable<ActionStep["url_matching"]>;
/** A property filter of an action step. */
export type ActionStepProperty = NonNullable<ActionStep["properties"]>[number];
/** One property of a property group. */
export type PropertyDef = PropertyDefinition;
/** The properties of a property group, by name. */
export type PropertyMap = Record<string, PropertyDefinition>;
/** An event definition's schema enforcement. */
export type EnforcementMode = NonNullable<EventDefinition["enforcement_mode"]>;
/** The declarative lifecycle of an experiment. */
export type ExperimentLifecycle = NonNullable<Experiment["lifecycle"]>;
/** Product or web experiment. */
export type ExperimentType = NonNullable<Experiment["type"]>;
/** How an experiment ended. */
export type ExperimentConclusion = NonNullable<Experiment["conclusion"]>;
/** Who counts as exposed to an experiment. */
export type ExperimentExposureCriteria = NonNullable<Experiment["exposure_criteria"]>;
/** A client `createTypedPostHog` wraps. */
export type CaptureCapableClient = CaptureClient;
