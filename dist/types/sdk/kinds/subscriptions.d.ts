import type { Dashboard } from "./dashboards.js";
import type { Insight } from "./insights.js";
/** Fields of `subscription()`. */
export interface Subscription {
    key: string;
    /** Shown in PostHog's subscription list; it also carries the identity marker (a trailing HTML comment), and PostHog keeps 100 characters of both. */
    title: string;
    /** The insight delivered. Declare exactly one of `insight` and `dashboard`. */
    insight?: Insight;
    /** The dashboard delivered, with `dashboardExportInsights`. Declare exactly one of `insight` and `dashboard`. */
    dashboard?: Dashboard;
    /** The dashboard's insights the delivery holds (1 to 6, each a tile of the dashboard). */
    dashboardExportInsights?: Insight[];
    /** Delivery channel. */
    targetType: "email" | "slack" | "webhook";
    /** Comma-separated email addresses (`email`; applying invites them), a Slack channel (`slack`) or an http(s) URL (`webhook`). */
    target: string;
    /** How often: every `interval` days, weeks, months or years. */
    frequency: "daily" | "weekly" | "monthly" | "yearly";
    /** Every `interval` periods (2 with `weekly`: every 2 weeks); 1 by default. */
    interval?: number;
    /** When the schedule starts, as an ISO 8601 date-time ("2025-01-06T09:00:00Z"); deliveries keep its time of day. */
    startDate: string;
    /** Weekdays to deliver on. */
    byweekday?: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
    /** Which of the `byweekday` days in each period (1 the first, -1 the last). */
    bysetpos?: number;
    /** Deliveries before the subscription stops; unlimited by default. */
    count?: number;
    /** When the schedule ends (ISO 8601); never by default. */
    untilDate?: string;
    /** Whether PostHog delivers (true by default); false pauses it. */
    enabled?: boolean;
    /** The project's Slack integration, required for `slack`; ids differ per project, so use `perEnvironment()`. */
    integrationId?: number;
    /** Added to the invitation PostHog emails to new recipients. PostHog never returns it, so it is sent but not compared. */
    inviteMessage?: string;
}
/** Defines a subscription: an insight or a dashboard delivered by email, Slack or webhook on a schedule. */
export declare function subscription(spec: Subscription): Subscription;
