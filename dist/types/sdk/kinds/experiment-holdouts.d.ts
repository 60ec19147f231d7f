import type { PropertyFilter } from "../filters.js";
/** Fields of `experimentHoldout()`. */
export interface ExperimentHoldout {
    key: string;
    name: string;
    description?: string;
    filters: {
        properties?: PropertyFilter[];
        rollout_percentage: number | null;
        variant?: string | null;
    }[];
}
/** Defines an experiment holdout group. */
export declare function experimentHoldout(spec: ExperimentHoldout): ExperimentHoldout;
