import { isDeepEqual, type JsonObject, type JsonValue } from "../json.js";
import { json, object, required, string } from "../schema.js";
import type { KindModule } from "./kind.js";

/** Writable team settings (PostHog's TEAM_CONFIG_FIELDS) a definition may declare. */
const SETTINGS = [
  "app_urls", "anonymize_ips", "completed_snippet_onboarding", "test_account_filters", "test_account_filters_default_checked",
  "path_cleaning_filters", "timezone", "data_attributes", "person_display_name_properties", "correlation_config",
  "autocapture_opt_out", "autocapture_exceptions_opt_in", "autocapture_web_vitals_opt_in", "autocapture_web_vitals_allowed_metrics",
  "autocapture_exceptions_errors_to_ignore", "capture_console_log_opt_in", "capture_performance_opt_in", "capture_dead_clicks",
  "session_recording_opt_in", "session_recording_sample_rate", "session_recording_minimum_duration_milliseconds",
  "session_recording_linked_flag", "session_recording_network_payload_capture_config", "session_recording_masking_config",
  "session_recording_url_trigger_config", "session_recording_url_blocklist_config", "session_recording_event_trigger_config",
  "session_recording_trigger_match_type_config", "session_recording_retention_period", "session_replay_config", "recording_domains",
  "survey_config", "surveys_opt_in", "heatmaps_opt_in", "cookieless_server_hash_mode", "week_start_day", "live_events_columns",
  "human_friendly_comparison_periods", "inject_web_apps", "extra_settings", "modifiers", "default_data_theme", "base_currency",
  "business_model", "flags_persistence_default", "feature_flag_confirmation_enabled", "feature_flag_confirmation_message",
  "default_evaluation_contexts_enabled", "require_evaluation_contexts", "feature_flag_policy_config",
  "revenue_analytics_config", "marketing_analytics_config", "customer_analytics_config",
] as const;

/** The values of a freshly created PostHog project, which pulled settings leave out. */
const DEFAULTS: Record<string, JsonValue> = {
  app_urls: [], anonymize_ips: false, completed_snippet_onboarding: false, test_account_filters: [], test_account_filters_default_checked: false,
  path_cleaning_filters: [], timezone: "UTC", data_attributes: ["data-attr"], person_display_name_properties: null, correlation_config: {},
  autocapture_opt_out: false, autocapture_exceptions_opt_in: false, autocapture_web_vitals_opt_in: false, autocapture_web_vitals_allowed_metrics: null,
  autocapture_exceptions_errors_to_ignore: [], capture_console_log_opt_in: true, capture_performance_opt_in: true, capture_dead_clicks: false,
  session_recording_opt_in: false, session_recording_sample_rate: null, session_recording_minimum_duration_milliseconds: null,
  session_recording_linked_flag: null, session_recording_network_payload_capture_config: null, session_recording_masking_config: null,
  session_recording_url_trigger_config: [], session_recording_url_blocklist_config: [], session_recording_event_trigger_config: [],
  session_recording_trigger_match_type_config: null, session_recording_retention_period: "30d", session_replay_config: null, recording_domains: [],
  survey_config: null, surveys_opt_in: null, heatmaps_opt_in: null, cookieless_server_hash_mode: 0, week_start_day: null, live_events_columns: null,
  human_friendly_comparison_periods: false, inject_web_apps: false, extra_settings: null, modifiers: null, default_data_theme: null, base_currency: "USD",
  business_model: null, flags_persistence_default: false, feature_flag_confirmation_enabled: false, feature_flag_confirmation_message: "",
  default_evaluation_contexts_enabled: false, require_evaluation_contexts: false, feature_flag_policy_config: { require_tags: false },
  revenue_analytics_config: { base_currency: "USD", events: [], goals: [], filter_test_accounts: false },
  marketing_analytics_config: { sources_map: {}, conversion_goals: [] }, customer_analytics_config: {},
};

const shape: Record<string, typeof json> = Object.fromEntries(SETTINGS.map((name) => [name, json]));

/**
 * Project settings: a singleton. Only the fields a definition declares are
 * compared and sent; every other setting is left exactly as it is, and nothing
 * is ever created or deleted.
 */
export const projectSettings: KindModule = {
  name: "project-settings",
  label: "project settings",
  constructorName: "projectSettings",
  folder: "project-settings",
  references: [],
  api: { collection: "", remove: "soft", singleton: true },
  schema: object({ key: required(string()), ...shape }),
  toDesired(spec) {
    const { key: _key, ...fields } = spec;
    return { fields, dependsOn: [] };
  },
  identify() {
    return "project";
  },
  toObserved(raw) {
    const fields: JsonObject = {};
    for (const name of SETTINGS) if (raw[name] !== undefined) fields[name] = raw[name];
    return fields;
  },
  toPayload(_key, fields) {
    return fields;
  },
  proposeKey() {
    return "project";
  },
  toSpec(fields) {
    // projectSettings() sets the key itself; only settings that differ from a new project's are worth declaring.
    const spec: JsonObject = {};
    for (const name of SETTINGS) {
      const value = fields[name];
      if (value !== undefined && !isDeepEqual(value, DEFAULTS[name] ?? null)) spec[name] = value;
    }
    return spec;
  },
};
