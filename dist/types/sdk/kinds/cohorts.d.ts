import type { CohortGroup } from "../filters.js";
/** Fields of `cohort()`: dynamic cohorts have `filters`; static ones are empty containers. */
export type CohortSpec = {
    key: string;
    name: string;
    description?: string;
    is_static?: false;
    filters: {
        properties: CohortGroup;
    };
    cohort_type?: "static" | "person_property" | "behavioral" | "realtime" | "analytical";
} | {
    key: string;
    name: string;
    description?: string;
    is_static: true;
    query?: {
        kind: string;
        [field: string]: unknown;
    };
    cohort_type?: "static" | "person_property" | "behavioral" | "realtime" | "analytical";
};
/** A defined cohort; target it from flags with `{ cohort }`. */
export type Cohort = CohortSpec;
/** Defines a cohort. */
export declare function cohort(spec: CohortSpec): Cohort;
