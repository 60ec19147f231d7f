import type { JsonValue } from "../json.js";
import type { Secret } from "../secrets.js";
/** Notifies a Slack channel through the project's Slack integration. */
export interface LogsAlertSlackDestination {
    type: "slack";
    /** The id of the project's Slack integration (the workspace PostHog is installed in). */
    slackWorkspaceId: number;
    /** The channel's Slack id (`C0123…`), not its name. */
    slackChannelId: string;
    /** The channel's name, which PostHog shows in the destination's name ("#channel" when not given). */
    slackChannelName?: string;
}
/** POSTs each notification to a URL. */
export interface LogsAlertWebhookDestination {
    type: "webhook";
    /** The URL PostHog POSTs each notification to, as `secret("NAME")`: webhook URLs often carry a token. */
    webhookUrl: Secret;
}
/** Where a logs alert sends its notifications. */
export type LogsAlertDestination = LogsAlertSlackDestination | LogsAlertWebhookDestination;
/** An alert on the volume of matching logs in a time window. */
export interface LogsAlertSpec {
    key: string;
    /** Shown in the alerts list and notifications; it also carries the identity marker, and PostHog keeps 255 characters of both. */
    name: string;
    /** Which logs count: severityLevels, serviceNames and/or filterGroup (at least one, unless the alert is a disabled draft). */
    filters?: Record<string, JsonValue>;
    /** The count that breaches; PostHog's default is 100. */
    thresholdCount?: number;
    /** Fire when the count is above (default) or below the threshold. */
    thresholdOperator?: "above" | "below";
    /** The window over which logs are counted: 5 (default), 10, 15, 30 or 60 minutes. */
    windowMinutes?: 5 | 10 | 15 | 30 | 60;
    /** M in N-of-M: how many recent checks are considered (default 1). */
    evaluationPeriods?: number;
    /** N in N-of-M: how many of them must breach to fire (default 1, at most evaluationPeriods). */
    datapointsToAlarm?: number;
    /** Minimum minutes between repeated notifications (default 0). */
    cooldownMinutes?: number;
    /** On by default; a disabled alert is not evaluated. */
    enabled?: boolean;
    /** Where the alert notifies (each destination gets PostHog's firing, resolved, auto-disabled and errored notifications). Managed only when given; [] removes them all. */
    destinations?: LogsAlertDestination[];
}
/** Declares a logs alert. */
export declare function logsAlert(spec: LogsAlertSpec): LogsAlertSpec;
