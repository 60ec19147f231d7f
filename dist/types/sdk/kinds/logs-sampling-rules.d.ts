import type { JsonValue } from "../json.js";
/** A logs ingestion rule: severity sampling, path drop or rate limit. */
export interface LogsSamplingRuleSpec {
    key: string;
    /** Shown in the sampling rules list; it also carries the identity marker, and PostHog keeps 255 characters of both. */
    name: string;
    ruleType: "severity_sampling" | "path_drop" | "rate_limit";
    /** rate_limit: logs_per_second or kb_per_second (with burst_logs or burst_kb, filter_group); path_drop: filter_group and/or patterns with match_attribute_key; severity_sampling: actions and always_keep. */
    config: Record<string, JsonValue>;
    /** Off by default: ingestion ignores a disabled rule. */
    enabled?: boolean;
    /** Lower is evaluated first, and the first matching rule wins; left out, PostHog appends the rule. */
    priority?: number | null;
    scopeService?: string | null;
    scopePathPattern?: string | null;
    scopeAttributeFilters?: Record<string, JsonValue>[];
}
/** Declares a logs sampling rule. */
export declare function logsSamplingRule(spec: LogsSamplingRuleSpec): LogsSamplingRuleSpec;
