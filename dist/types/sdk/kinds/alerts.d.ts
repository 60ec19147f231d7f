import type { Insight } from "./insights.js";
/** Fields of `alert()`. */
export interface Alert {
    key: string;
    /** Shown in the alert list and in the subject of its emails. */
    name: string;
    /** The trends insight the alert checks. */
    insight: Insight;
    /** Fires when the value is below `lower` or above `upper` (at least one of them). */
    threshold: {
        type?: "absolute" | "percentage";
        bounds: {
            lower?: number;
            upper?: number;
        };
    };
    /** What is compared with the threshold: the value (`absolute_value`, default) or its change since the previous interval. */
    condition?: "absolute_value" | "relative_increase" | "relative_decrease";
    /** Which series of the insight is checked (0, the first, by default). */
    seriesIndex?: number;
    /** Also check the current, incomplete interval (needs an upper bound). */
    checkOngoingInterval?: boolean;
    /** How often PostHog checks (`daily` by default). */
    calculationInterval?: "hourly" | "daily" | "weekly" | "monthly";
    /** Emails of the organization's members to notify. */
    subscribedUsers?: string[];
    /** Whether PostHog checks the alert (true by default). */
    enabled?: boolean;
    /** Skip checks on Saturdays and Sundays, in the project's time zone. */
    skipWeekend?: boolean;
}
/** Defines an alert on a trends insight: PostHog checks one series against a threshold and emails the subscribers when it fires. */
export declare function alert(spec: Alert): Alert;
