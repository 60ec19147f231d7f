import type { PropertyFilter } from "../filters.js";
import type { JsonValue } from "../json.js";
/** One step of an action; steps are OR-ed. */
export interface ActionStep {
    event?: string | null;
    properties?: {
        key: string;
        value?: JsonValue;
        operator?: PropertyFilter["operator"];
        type?: string;
    }[];
    selector?: string | null;
    tag_name?: string | null;
    text?: string | null;
    text_matching?: "exact" | "contains" | "regex" | null;
    href?: string | null;
    href_matching?: "exact" | "contains" | "regex" | null;
    url?: string | null;
    url_matching?: "exact" | "contains" | "regex" | null;
}
/** Fields of `action()`. */
export interface Action {
    key: string;
    name: string;
    description?: string;
    steps: ActionStep[];
    post_to_slack?: boolean;
    slack_message_format?: string;
    /** Pins the action when set (PostHog stores the time it was pinned, whatever the value), unpins it when null; compared only when declared. */
    pinned_at?: string | null;
    tags?: string[];
}
/** Defines an action. */
export declare function action(spec: Action): Action;
