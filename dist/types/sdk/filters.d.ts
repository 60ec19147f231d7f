import type { JsonValue } from "./json.js";
import type { Cohort } from "./kinds/cohorts.js";
/** A property filter as PostHog's filters use it. */
export interface PropertyFilter {
    key: string;
    value?: JsonValue;
    operator?: "exact" | "is_not" | "icontains" | "not_icontains" | "regex" | "not_regex" | "gt" | "gte" | "lt" | "lte" | "is_set" | "is_not_set" | "is_date_exact" | "is_date_after" | "is_date_before" | "in" | "not_in" | "icontains_multi" | "not_icontains_multi" | "flag_evaluates_to" | "semver_eq" | "semver_neq" | "semver_gt" | "semver_gte" | "semver_lt" | "semver_lte" | "semver_tilde" | "semver_caret" | "semver_wildcard";
    type?: "person" | "cohort" | "group" | "flag" | "event" | "element";
    group_type_index?: number | null;
    negation?: boolean;
}
/** Property filters nested in AND/OR groups, the form PostHog's insight editor saves. */
export interface PropertyGroupFilter {
    type: "AND" | "OR";
    values: {
        type: "AND" | "OR";
        values: PropertyFilter[];
    }[];
}
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
/** A leaf of a cohort filter tree. */
export type CohortCriterion = (PropertyFilter & {
    type: "person" | "group";
}) | {
    type: "behavioral";
    key: string | number;
    value: string;
    event_type?: "events" | "actions";
    time_value?: number;
    time_interval?: string;
    negation?: boolean;
    [field: string]: JsonValue | undefined;
} | CohortFilter;
/** An AND/OR group of criteria (or nested groups). */
export interface CohortGroup {
    type: "AND" | "OR";
    values: (CohortGroup | CohortCriterion)[];
}
