import type { JsonValue } from "../json.js";
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
}
/** Declares a logs alert. */
export declare function logsAlert(spec: LogsAlertSpec): LogsAlertSpec;
