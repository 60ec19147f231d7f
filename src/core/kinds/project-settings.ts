import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { json, object, required, sdkType, string, type Schema } from "../schema.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";

/**
 * Writable team settings a definition may declare: PostHog's TEAM_CONFIG_FIELDS and every other
 * writable field of its team serializer (`PatchedTeam` in PostHog's OpenAPI description), as
 * PostHog's tool allows; `access_control` is left out, since PostHog refuses it as deprecated.
 */
const SETTINGS = [
  "name", "is_demo", "primary_dashboard", "logs_settings", "session_recording_trigger_groups", "has_completed_onboarding_for", "onboarding_tasks",
  "web_analytics_pre_aggregated_tables_enabled", "receive_org_level_activity_logs", "conversations_enabled", "conversations_settings",
  "proactive_tasks_enabled", "workflows_config",
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
  revenue_analytics_config: { base_currency: "USD", events: [], filter_test_accounts: false },
  marketing_analytics_config: { sources_map: {}, conversion_goals: [] }, customer_analytics_config: {},
  is_demo: false, logs_settings: null, session_recording_trigger_groups: null, has_completed_onboarding_for: null, onboarding_tasks: null,
  web_analytics_pre_aggregated_tables_enabled: false, receive_org_level_activity_logs: false, conversations_enabled: false, conversations_settings: null,
  proactive_tasks_enabled: false, workflows_config: { capture_workflows_engagement_events: false },
};

/** Settings pull never writes: the project's own name and a dashboard id differ between environments. */
const NOT_PULLED = new Set(["name", "primary_dashboard"]);

/** The SDK type of each setting PostHog types simply; every other one is `unknown` there, and each is checked as JSON here. */
const SDK_TYPES: Partial<Record<(typeof SETTINGS)[number], string>> = {
  app_urls: "string[]",
  anonymize_ips: "boolean",
  timezone: "string",
  week_start_day: "0 | 1 | null",
  test_account_filters: "PropertyFilter[]",
  test_account_filters_default_checked: "boolean",
  autocapture_opt_out: "boolean",
  autocapture_exceptions_opt_in: "boolean",
  autocapture_web_vitals_opt_in: "boolean",
  capture_console_log_opt_in: "boolean",
  capture_performance_opt_in: "boolean",
  capture_dead_clicks: "boolean",
  session_recording_opt_in: "boolean",
  session_recording_sample_rate: "string | null",
  session_recording_minimum_duration_milliseconds: "number | null",
  session_recording_retention_period: "\"30d\" | \"90d\" | \"1y\" | \"5y\"",
  recording_domains: "string[]",
  surveys_opt_in: "boolean",
  heatmaps_opt_in: "boolean",
  cookieless_server_hash_mode: "0 | 1 | 2",
  base_currency: "string",
  name: "string",
  is_demo: "boolean",
  primary_dashboard: "number | null",
  web_analytics_pre_aggregated_tables_enabled: "boolean | null",
  receive_org_level_activity_logs: "boolean | null",
  conversations_enabled: "boolean | null",
  proactive_tasks_enabled: "boolean | null",
};

const shape: Record<string, Schema> = Object.fromEntries(SETTINGS.map((name) => [name, sdkType(json, { type: SDK_TYPES[name] ?? "unknown" })]));

/**
 * Configs `TeamSerializer.update` merges into the stored value instead of
 * replacing it, with how many levels of keys it merges: `survey_config` and
 * `modifiers` shallowly (`{**stored, **sent}`), `session_replay_config` one
 * level deeper (an object value merges with the stored object), the nested
 * analytics and flag-policy serializers per key (`partial=True`; marketing's
 * `sources_map` per source). A key left out keeps its stored value, so only
 * the declared keys are compared and sent, and a key is cleared by declaring it null.
 */
const MERGED: Record<string, number> = {
  survey_config: 1,
  session_replay_config: 2,
  modifiers: 1,
  revenue_analytics_config: 1,
  marketing_analytics_config: 1,
  "marketing_analytics_config.sources_map": 1,
  customer_analytics_config: 1,
  feature_flag_policy_config: 1,
  workflows_config: 1,
};

/** Merged configs whose serializer pops a falsy value and ignores it, so null cannot clear them. */
const NULL_IGNORED = new Set(["revenue_analytics_config", "marketing_analytics_config", "customer_analytics_config", "feature_flag_policy_config", "workflows_config"]);

function mergedLevels(path: string, parentLevels: number): number {
  return Math.max(parentLevels - 1, MERGED[path] ?? 0);
}

/** Observed side: every merged config also appears key by key (`survey_config.appearance`), so declared keys compare alone. */
function observedEntries(path: string, value: JsonValue, levels: number, out: JsonObject): void {
  out[path] = value;
  if (levels === 0 || !isJsonObject(value)) return;
  for (const [key, member] of Object.entries(value)) observedEntries(`${path}.${key}`, member, mergedLevels(`${path}.${key}`, levels), out);
}

/** Desired side: a declared merged config is only its declared keys, each compared on its own. */
function desiredEntries(path: string, value: JsonValue, levels: number, out: JsonObject): void {
  if (levels === 0 || !isJsonObject(value) || Object.keys(value).length === 0) {
    out[path] = path === "session_recording_sample_rate" ? canonicalSampleRate(value) : value;
    return;
  }
  for (const [key, member] of Object.entries(value)) desiredEntries(`${path}.${key}`, member, mergedLevels(`${path}.${key}`, levels), out);
}

/** The request body: declared keys nested back into the objects PostHog merges. */
function nestEntries(fields: JsonObject): JsonObject {
  const body: JsonObject = {};
  for (const [path, value] of Object.entries(fields)) {
    const parts = path.split(".");
    let target = body;
    for (const part of parts.slice(0, -1)) {
      if (!isJsonObject(target[part])) target[part] = {};
      target = target[part] as JsonObject;
    }
    target[parts.at(-1)!] = value;
  }
  return body;
}

/**
 * `session_recording_sample_rate` is a two-place decimal PostHog answers as a
 * string ("0.10"); a number or a shorter string means the same value.
 */
function canonicalSampleRate(value: JsonValue): JsonValue {
  if ((typeof value !== "number" && typeof value !== "string") || String(value).trim() === "" || !Number.isFinite(Number(value))) return value;
  return Number(value).toFixed(2);
}

function checkSampleRate(value: JsonValue, report: (path: string, message: string) => void): void {
  if (value === null) return;
  const text = typeof value === "number" || typeof value === "string" ? String(value).trim() : "";
  const number = Number(text);
  if (!/^\d*(\.\d{0,2})?$/.test(text) || text === "" || text === "." || !Number.isFinite(number) || number < 0 || number > 1) {
    report("session_recording_sample_rate", 'must be a decimal between 0 and 1 with at most two places, such as 0.1 or "0.25"');
  }
}

/**
 * Project settings: a singleton, PostHog's environment (team) object at
 * `/api/environments/{id}/`, the path the spec's `environments_partial_update`
 * points to (the project route has no `feature_flag_policy_config`); the id is
 * the configured one, whether a project's (its primary environment has the same
 * id) or an environment's. Only the fields a definition declares are compared
 * and sent; every other setting is left exactly as it is, and nothing is ever
 * created or deleted.
 */
export const projectSettings: KindModule<"project-settings"> = defineKind({
  name: "project-settings",
  label: "project settings",
  constructorName: "projectSettings",
  folder: "project-settings",
  references: [],
  sdk: {
    spec: "ProjectSettings",
    doc: "Project settings a definition may manage; only declared fields are compared and sent.",
    constructorDoc: "Declares project settings (a singleton: at most one per repository).",
    key: { value: "project" },
  },
  readme: { resource: "Project settings", sdk: "`projectSettings()` (only declared fields are managed)", identity: "singleton" },
  api: { collection: "/api/environments", remove: "soft", singleton: true },
  schema: object({ key: required(string()), ...shape }),
  validate(spec, report) {
    if (spec.session_recording_sample_rate !== undefined) checkSampleRate(spec.session_recording_sample_rate, report);
    for (const [name, levels] of Object.entries(MERGED)) {
      const value = spec[name];
      if (levels === 0 || value === undefined) continue;
      if (isJsonObject(value) && Object.keys(value).length === 0) report(name, "PostHog merges this setting into the stored one, so {} changes nothing: declare the keys to set, or a key as null to clear it");
      if (value === null && NULL_IGNORED.has(name)) report(name, "PostHog ignores null for this setting: declare the keys to set, or a key as null to clear it");
    }
  },
  toDesired(spec) {
    const { key: _key, ...declared } = spec;
    const fields: JsonObject = {};
    for (const [name, value] of Object.entries(declared)) desiredEntries(name, value, MERGED[name] ?? 0, fields);
    return { fields, dependsOn: [] };
  },
  identify() {
    return "project";
  },
  toObserved(raw) {
    const fields: JsonObject = {};
    for (const name of SETTINGS) {
      if (raw[name] === undefined) continue;
      const value = name === "session_recording_sample_rate" ? canonicalSampleRate(raw[name]) : raw[name];
      observedEntries(name, value, MERGED[name] ?? 0, fields);
    }
    return fields;
  },
  toPayload(_key, fields) {
    return nestEntries(fields);
  },
  proposeKey() {
    return "project";
  },
  toSpec(fields) {
    // projectSettings() sets the key itself; only settings that differ from a new project's are worth declaring.
    const spec: JsonObject = {};
    for (const name of SETTINGS) {
      const value = fields[name];
      if (NOT_PULLED.has(name)) continue;
      if (value !== undefined && !isDeepEqual(value, DEFAULTS[name] ?? null)) spec[name] = value;
    }
    return spec;
  },
});
