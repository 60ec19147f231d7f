import type { HogQLQuery, InsightQuery, InsightQueryNode } from "../queries.js";
/** Fields of `insight()`. */
export interface InsightSpec {
    key: string;
    name: string;
    description?: string;
    /** A query constructor's node, or the bare query PostHog's tool writes (wrapped as that tool wraps it). */
    query: InsightQuery | InsightQueryNode | HogQLQuery;
    tags?: string[];
}
/** A defined insight; pass it to dashboard tiles to place it. */
export type Insight = InsightSpec;
/** Defines an insight. It becomes one resource however many dashboards show it. */
export declare function insight(spec: InsightSpec): Insight;
