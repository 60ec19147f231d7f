/** Error tracking's ingestion rate limits; only declared fields are compared and sent, and null removes a limit. */
export interface ErrorTrackingSettings {
    project_rate_limit_value?: number | null;
    project_rate_limit_bucket_size_minutes?: number | null;
    per_issue_rate_limit_value?: number | null;
    per_issue_rate_limit_bucket_size_minutes?: number | null;
}
/** Declares error tracking settings (a singleton: at most one per repository). */
export declare function errorTrackingSettings(spec: ErrorTrackingSettings): ErrorTrackingSettings;
