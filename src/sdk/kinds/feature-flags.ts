import type { CohortFilter, PropertyFilter } from "../filters.js";
import type { JsonValue } from "../json.js";
import { mark } from "../mark.js";

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

/** Defines a feature flag. */
export function featureFlag(spec: FeatureFlagSpec): FeatureFlag {
  return mark("feature-flags", spec);
}
