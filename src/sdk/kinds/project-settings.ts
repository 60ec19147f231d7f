import type { PropertyFilter } from "../filters.js";
import { mark } from "../mark.js";

/** Project settings a definition may manage; only declared fields are compared and sent. */
export interface ProjectSettings {
  app_urls?: string[];
  anonymize_ips?: boolean;
  timezone?: string;
  week_start_day?: 0 | 1 | null;
  test_account_filters?: PropertyFilter[];
  test_account_filters_default_checked?: boolean;
  autocapture_opt_out?: boolean;
  autocapture_exceptions_opt_in?: boolean;
  autocapture_web_vitals_opt_in?: boolean;
  capture_console_log_opt_in?: boolean;
  capture_performance_opt_in?: boolean;
  capture_dead_clicks?: boolean;
  session_recording_opt_in?: boolean;
  session_recording_sample_rate?: string | null;
  session_recording_minimum_duration_milliseconds?: number | null;
  session_recording_retention_period?: "30d" | "90d" | "1y" | "5y";
  recording_domains?: string[];
  surveys_opt_in?: boolean;
  heatmaps_opt_in?: boolean;
  cookieless_server_hash_mode?: 0 | 1 | 2;
  base_currency?: string;
  completed_snippet_onboarding?: unknown;
  path_cleaning_filters?: unknown;
  data_attributes?: unknown;
  person_display_name_properties?: unknown;
  correlation_config?: unknown;
  autocapture_web_vitals_allowed_metrics?: unknown;
  autocapture_exceptions_errors_to_ignore?: unknown;
  session_recording_linked_flag?: unknown;
  session_recording_network_payload_capture_config?: unknown;
  session_recording_masking_config?: unknown;
  session_recording_url_trigger_config?: unknown;
  session_recording_url_blocklist_config?: unknown;
  session_recording_event_trigger_config?: unknown;
  session_recording_trigger_match_type_config?: unknown;
  session_replay_config?: unknown;
  survey_config?: unknown;
  live_events_columns?: unknown;
  human_friendly_comparison_periods?: unknown;
  inject_web_apps?: unknown;
  extra_settings?: unknown;
  modifiers?: unknown;
  default_data_theme?: unknown;
  business_model?: unknown;
  flags_persistence_default?: unknown;
  feature_flag_confirmation_enabled?: unknown;
  feature_flag_confirmation_message?: unknown;
  default_evaluation_contexts_enabled?: unknown;
  require_evaluation_contexts?: unknown;
  feature_flag_policy_config?: unknown;
  revenue_analytics_config?: unknown;
  marketing_analytics_config?: unknown;
  customer_analytics_config?: unknown;
}

/** Declares project settings (a singleton: at most one per repository). */
export function projectSettings(spec: ProjectSettings): ProjectSettings {
  return mark("project-settings", { ...spec, key: "project" });
}
