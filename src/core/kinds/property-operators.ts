import { oneOf, sdkType } from "../schema.js";

/**
 * The operators of a property filter, as the SDK's `PropertyFilter["operator"]` lists them (PostHog's
 * `PropertyOperator`, the ones its flag evaluation supports): the validator accepts exactly what the
 * type does, so a definition that type-checks validates and one that validates type-checks.
 */
export const PROPERTY_OPERATORS = [
  "exact", "is_not", "icontains", "not_icontains", "regex", "not_regex", "gt", "gte", "lt", "lte",
  "is_set", "is_not_set", "is_date_exact", "is_date_after", "is_date_before", "in", "not_in",
  "icontains_multi", "not_icontains_multi", "flag_evaluates_to",
  "semver_eq", "semver_neq", "semver_gt", "semver_gte", "semver_lt", "semver_lte", "semver_tilde", "semver_caret", "semver_wildcard",
] as const;

/** A property filter's operator, typed as the SDK's `PropertyFilter["operator"]`. */
export const propertyOperator = sdkType(oneOf(...PROPERTY_OPERATORS), { type: 'PropertyFilter["operator"]' });
