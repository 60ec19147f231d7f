import type { CohortFilter, PropertyFilter } from "../filters.js";
import type { JsonValue } from "../json.js";
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
    multivariate?: {
        variants: Variant[];
    } | null;
    payloads?: Record<string, JsonValue>;
    aggregation_group_type_index?: number | null;
    /** Accepted as PostHog's tool writes it, and ignored as PostHog ignores it: its filters serializer drops `super_groups` (early access features manage enrollment). */
    super_groups?: ReleaseConditionGroup[];
    /** Accepted as PostHog's tool writes it and left to PostHog, which sets it from the holdout of the flag's experiment. */
    holdout?: {
        id: number;
        exclusion_percentage: number;
    } | null;
}
/** Fields of `featureFlag()`. */
export interface FeatureFlagSpec {
    key: string;
    name?: string;
    active?: boolean;
    filters: FeatureFlagFilters;
    ensure_experience_continuity?: boolean;
    /** A remote config flag: always on, serving its payload. */
    is_remote_configuration?: boolean;
    /** Only false: PostHog masks encrypted payloads when it reads them back, so they cannot be compared. */
    has_encrypted_payloads?: boolean;
    evaluation_runtime?: "server" | "client" | "all";
    bucketing_identifier?: "distinct_id" | "device_id";
    tags?: string[];
    /** Archived flags are done for good: PostHog hides them from its list and requires `active: false`. */
    archived?: boolean;
}
/** A defined feature flag. */
export type FeatureFlag = FeatureFlagSpec;
/** Defines a feature flag. */
export declare function featureFlag(spec: FeatureFlagSpec): FeatureFlag;
