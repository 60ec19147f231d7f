import type { JsonValue } from "../json.js";
/** A saved view of the logs viewer: its filters and table columns. */
export interface LogsViewSpec {
    key: string;
    /** Shown in the saved-views picker; it also carries the identity marker, and PostHog keeps 400 characters of both. */
    name: string;
    /** The logs viewer's filters (severityLevels, serviceNames, searchTerm, filterGroup, dateRange, …), sent as they are. */
    filters?: Record<string, JsonValue>;
    /** The table's columns in order; left out (null), the viewer shows its default columns. */
    columns?: {
        id: string;
        type: "timestamp" | "level" | "source" | "trace_id" | "span_id" | "message" | "custom";
        name?: string;
        expression?: string;
        width?: number;
    }[] | null;
    pinned?: boolean;
}
/** Declares a saved logs view. */
export declare function logsView(spec: LogsViewSpec): LogsViewSpec;
