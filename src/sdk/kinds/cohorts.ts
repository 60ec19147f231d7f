import type { CohortFilter, PropertyFilter } from "../filters.js";
import type { JsonValue } from "../json.js";
import { mark } from "../mark.js";

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
