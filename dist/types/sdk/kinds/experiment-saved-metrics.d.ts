import type { ExperimentMetric } from "../queries.js";
/** Fields of `experimentSavedMetric()`. */
export interface ExperimentSavedMetric {
    key: string;
    name: string;
    description?: string;
    query: ExperimentMetric | {
        [field: string]: unknown;
    };
    tags?: string[];
}
/** Defines a saved (shared) experiment metric. */
export declare function experimentSavedMetric(spec: ExperimentSavedMetric): ExperimentSavedMetric;
