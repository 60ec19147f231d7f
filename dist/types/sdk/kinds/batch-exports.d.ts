import type { JsonValue } from "../json.js";
import type { Secret } from "../secrets.js";
/** Fields of `batchExport()`. */
export interface BatchExport {
    key: string;
    /** Shown in the batch exports list; it also carries the identity marker (an HTML comment). */
    name: string;
    /** How often PostHog exports (`every 5 minutes` needs PostHog to enable it for the project). */
    interval: "hour" | "day" | "week" | "every 5 minutes";
    /** Where the data goes: the type and its config; credentials (`aws_secret_access_key`, `password`, …) as `secret("VARIABLE")`. */
    destination: {
        type: "S3" | "Snowflake" | "Postgres" | "Redshift" | "BigQuery" | "HTTP" | "AwsS3" | "S3Compatible";
        config: Record<string, JsonValue | Secret>;
    };
    /** What is exported (`events` by default). */
    model?: "events" | "persons" | "sessions";
    /** Whether the export is paused; unpausing never backfills the time it was paused. */
    paused?: boolean;
    /** Property filters on the exported events, in PostHog's form. */
    filters?: JsonValue | null;
    /** The timezone of daily and weekly runs' boundaries, one of PostHog's names (`pytz.all_timezones`, `UTC` by default). */
    timezone?: string;
    /** Weekly exports only: the day the week starts on, 0 (Sunday, the default) to 6 (Saturday). */
    offsetDay?: number;
    /** Daily and weekly exports only: the hour (0 to 23, in `timezone`) the interval starts at; 0 by default. */
    offsetHour?: number;
}
/** Defines a batch export to a destination; credentials are named with `secret()`. Apply never starts a backfill. */
export declare function batchExport(spec: BatchExport): BatchExport;
