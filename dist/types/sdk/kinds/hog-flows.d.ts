/** Fields of `hogFlow()`. */
export interface HogFlow {
    key: string;
    name: string;
    /** What the flow does; it also carries the identity marker (an HTML comment). */
    description?: string;
    /** `draft` (the default: never runs), `active` (live) or `archived`. PostHog checks actions fully only when active. */
    status?: "draft" | "active" | "archived";
    /** When a person leaves the flow; compared only when declared. */
    exitCondition?: "exit_on_conversion" | "exit_on_trigger_not_matched" | "exit_on_trigger_not_matched_or_conversion" | "exit_only_at_end";
    /** The action nodes as PostHog's API spells them (`{id, name, type, config, filters?, on_error?}`); exactly one has type `trigger`. */
    actions: Record<string, unknown>[];
    /** Edges `{from, to, type, index?}` between action ids. */
    edges?: Record<string, unknown>[];
    /** Deduplicates triggers by a HogQL template hash. */
    triggerMasking?: {
        hash: string;
        ttl?: number | null;
        threshold?: number | null;
    };
    /** The conversion goal (`{window_minutes, filters}`). */
    conversion?: Record<string, unknown>;
    /** Flow variables (`{key, label, type, default}`), keys unique. */
    variables?: Record<string, string>[];
}
/** Defines a workflow (hog flow): a trigger and the actions it leads to, joined by edges; secret function inputs are named with `secret()`. */
export declare function hogFlow(spec: HogFlow): HogFlow;
