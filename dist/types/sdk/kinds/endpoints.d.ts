import type { HogQLQuery, InsightQuery, InsightQueryNode } from "../queries.js";
/** Fields of `endpoint()`. */
export interface Endpoint {
    key: string;
    /** The URL path segment: a letter, then up to 127 letters, digits, "_" or "-". */
    name: string;
    description?: string;
    query: InsightQuery | InsightQueryNode | HogQLQuery | {
        kind: string;
        [field: string]: unknown;
    };
    is_active?: boolean;
    /** Materializes the results (HogQL queries); PostHog turns it off for an inactive endpoint. */
    is_materialized?: boolean;
    /** The short id of the insight this endpoint mirrors (one project's id); compared only when declared. */
    derived_from_insight?: string | null;
    data_freshness_seconds?: 900 | 1800 | 3600 | 21600 | 43200 | 86400 | 604800;
    /** Bucket keys by column for a materialized range variable; compared only when declared. */
    bucket_overrides?: {
        [column: string]: unknown;
    } | null;
}
/** Defines an endpoint (a named query exposed as an API). */
export declare function endpoint(spec: Endpoint): Endpoint;
