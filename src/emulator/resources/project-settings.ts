import { randomBytes, randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, validationError } from "../errors.js";
import { coerceString, hasField, readBoolean, readChoice, readInteger, readList, readObject, readRequestBody, readString } from "../fields.js";
import { isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { ProjectState } from "../state.js";
import { ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeDetail, routeViewset, type DetailRoutes } from "./viewset.js";
import { mergeTeamConfig, readSampleRate, teamComputedFields, validateReplayConfig } from "./team-config.js";

/** The emulator's one organization, which owns every project. */
export const EMULATOR_ORGANIZATION_ID = "0190b2f0-0000-7000-8000-0000000000aa";

type SettingKind = "boolean" | "nullableBoolean" | "string" | "nullableString" | "nullableInteger" | "decimal" | "list" | "nullableList" | "object" | "nullableObject" | "json";

/** Writable team configuration fields (PostHog's TEAM_CONFIG_FIELDS) with their defaults and value kinds. */
const SETTINGS: Record<string, { kind: SettingKind; initial: unknown; choices?: readonly (string | number | null)[] }> = {
  app_urls: { kind: "list", initial: [] },
  anonymize_ips: { kind: "boolean", initial: false },
  completed_snippet_onboarding: { kind: "boolean", initial: false },
  test_account_filters: { kind: "list", initial: [] },
  test_account_filters_default_checked: { kind: "nullableBoolean", initial: false },
  path_cleaning_filters: { kind: "nullableList", initial: [] },
  is_demo: { kind: "boolean", initial: false },
  timezone: { kind: "string", initial: "UTC" },
  data_attributes: { kind: "list", initial: ["data-attr"] },
  person_display_name_properties: { kind: "nullableList", initial: null },
  correlation_config: { kind: "nullableObject", initial: {} },
  autocapture_opt_out: { kind: "nullableBoolean", initial: false },
  autocapture_exceptions_opt_in: { kind: "nullableBoolean", initial: false },
  autocapture_web_vitals_opt_in: { kind: "nullableBoolean", initial: false },
  autocapture_web_vitals_allowed_metrics: { kind: "nullableList", initial: null },
  autocapture_exceptions_errors_to_ignore: { kind: "nullableList", initial: [] },
  capture_console_log_opt_in: { kind: "nullableBoolean", initial: true },
  capture_performance_opt_in: { kind: "nullableBoolean", initial: true },
  capture_dead_clicks: { kind: "nullableBoolean", initial: false },
  logs_settings: { kind: "json", initial: null },
  session_recording_opt_in: { kind: "boolean", initial: false },
  session_recording_sample_rate: { kind: "decimal", initial: null },
  session_recording_minimum_duration_milliseconds: { kind: "nullableInteger", initial: null },
  session_recording_linked_flag: { kind: "nullableObject", initial: null },
  session_recording_network_payload_capture_config: { kind: "nullableObject", initial: null },
  session_recording_masking_config: { kind: "nullableObject", initial: null },
  session_recording_url_trigger_config: { kind: "nullableList", initial: [] },
  session_recording_url_blocklist_config: { kind: "nullableList", initial: [] },
  session_recording_event_trigger_config: { kind: "nullableList", initial: [] },
  session_recording_trigger_match_type_config: { kind: "nullableString", initial: null, choices: ["all", "any", null] },
  session_recording_trigger_groups: { kind: "json", initial: null },
  session_recording_retention_period: { kind: "string", initial: "30d", choices: ["30d", "90d", "1y", "5y"] },
  session_replay_config: { kind: "nullableObject", initial: null },
  recording_domains: { kind: "nullableList", initial: [] },
  survey_config: { kind: "nullableObject", initial: null },
  surveys_opt_in: { kind: "nullableBoolean", initial: null },
  heatmaps_opt_in: { kind: "nullableBoolean", initial: null },
  cookieless_server_hash_mode: { kind: "nullableInteger", initial: 0, choices: [0, 1, 2, null] },
  week_start_day: { kind: "nullableInteger", initial: null, choices: [0, 1, null] },
  primary_dashboard: { kind: "nullableInteger", initial: null },
  live_events_columns: { kind: "nullableList", initial: null },
  human_friendly_comparison_periods: { kind: "nullableBoolean", initial: false },
  inject_web_apps: { kind: "nullableBoolean", initial: false },
  extra_settings: { kind: "nullableObject", initial: null },
  modifiers: { kind: "nullableObject", initial: null },
  has_completed_onboarding_for: { kind: "nullableObject", initial: null },
  onboarding_tasks: { kind: "nullableObject", initial: null },
  default_data_theme: { kind: "nullableInteger", initial: null },
  base_currency: { kind: "string", initial: "USD" },
  business_model: { kind: "nullableString", initial: null },
  flags_persistence_default: { kind: "nullableBoolean", initial: false },
  feature_flag_confirmation_enabled: { kind: "nullableBoolean", initial: false },
  feature_flag_confirmation_message: { kind: "nullableString", initial: "" },
  default_evaluation_contexts_enabled: { kind: "nullableBoolean", initial: false },
  require_evaluation_contexts: { kind: "nullableBoolean", initial: false },
  feature_flag_policy_config: { kind: "nullableObject", initial: { require_tags: false } },
  revenue_analytics_config: { kind: "nullableObject", initial: { base_currency: "USD", events: [], filter_test_accounts: false } },
  marketing_analytics_config: { kind: "nullableObject", initial: { sources_map: {}, conversion_goals: [] } },
  customer_analytics_config: { kind: "nullableObject", initial: {} },
  web_analytics_pre_aggregated_tables_enabled: { kind: "nullableBoolean", initial: false },
  receive_org_level_activity_logs: { kind: "nullableBoolean", initial: false },
  conversations_enabled: { kind: "nullableBoolean", initial: false },
  conversations_settings: { kind: "nullableObject", initial: null },
  proactive_tasks_enabled: { kind: "nullableBoolean", initial: false },
  workflows_config: { kind: "nullableObject", initial: { capture_workflows_engagement_events: false } },
};

const STRICT_CONFIG_KEYS: Record<string, Record<string, "boolean" | "string">> = {
  session_recording_masking_config: { maskAllInputs: "boolean", maskTextSelector: "string", blockSelector: "string" },
  session_recording_network_payload_capture_config: { recordHeaders: "boolean", recordBody: "boolean" },
};

/** Initial project/environment settings, matching a freshly created PostHog project. */
export function createProjectState(id: number, name: string): ProjectState {
  const settings: JsonRecord = {};
  for (const [key, spec] of Object.entries(SETTINGS)) settings[key] = structuredClone(spec.initial);
  return {
    id,
    name,
    uuid: randomUUID(),
    api_token: `phc_${randomBytes(21).toString("base64url")}`,
    created_at: isoNow(),
    settings,
    dashboards: [],
    tiles: [],
    texts: [],
    buttons: [],
    insights: [],
    featureFlags: [],
    actions: [],
    cohorts: [],
    endpoints: [],
    eventDefinitions: [],
    propertyDefinitions: [],
    propertyGroups: [],
    eventSchemas: [],
    experiments: [],
    holdouts: [],
    savedMetrics: [],
  };
}

/** Settings the project route (`ProjectBackwardCompatSerializer`) does not carry; only the environment's `TeamSerializer` does. */
const ENVIRONMENT_ONLY = new Set(["feature_flag_policy_config"]);

type Route = "project" | "environment";

/**
 * The project object (`GET/PATCH /api/projects/{id}/`, `ProjectBackwardCompatSerializer`), which
 * passes most settings through to the project's environment but has no `feature_flag_policy_config`:
 * the project route neither returns it nor stores it. There is nothing to create or delete.
 */
export const projectSettingsResource: ResourceModule = {
  segment: "",
  scopeObject: "project",
  environmentsAlias: false,
  throttle: "default",
  handle: (context) => routeDetail(settingsRoutes("project"), context, String(context.project.id)),
};

const environmentRoutes = routeViewset<ProjectState>({
  list: (context) => {
    const page = paginate([context.project], context.requestUrl);
    return ok({ ...page, results: page.results.map((project) => serializeProject(project, "environment")) });
  },
  detail: settingsRoutes("environment"),
});

/**
 * The environment (team) object, where every project setting lives: `/api/environments/{id}/`
 * (`RootTeamViewSet`) and `/api/projects/{id}/environments/{id}/` (`TeamViewSet`, the path PostHog's
 * OpenAPI description names `environments_partial_update`). The emulator's projects have one
 * environment whose id is the project's.
 */
export const environmentSettingsResource: ResourceModule = {
  segment: "environments",
  scopeObject: "project",
  environmentsAlias: false,
  throttle: "default",
  handle(context: ResourceContext): ResourceResponse {
    // `/api/environments/{id}/` names the environment itself: RootTeamViewSet's detail route.
    const root = context.id === undefined && !context.requestUrl.pathname.startsWith("/api/projects/");
    return root ? routeDetail(settingsRoutes("environment"), context, String(context.project.id)) : environmentRoutes(context);
  },
};

/** The project or environment object as a detail route: read and update, nothing to create or delete. */
function settingsRoutes(route: Route): DetailRoutes<ProjectState> {
  return {
    find: ({ project }, id) => {
      if (id !== String(project.id)) throw notFound();
      return project;
    },
    retrieve: ({ project }) => ok(serializeProject(project, route)),
    update: (context) => updateProject(context, route),
  };
}

function serializeProject(project: ProjectState, route: Route): JsonRecord {
  const settings = Object.fromEntries(Object.entries(project.settings).filter(([key]) => route === "environment" || !ENVIRONMENT_ONLY.has(key)));
  return {
    id: project.id,
    uuid: project.uuid,
    organization: EMULATOR_ORGANIZATION_ID,
    project_id: project.id,
    api_token: project.api_token,
    name: project.name,
    created_at: project.created_at,
    updated_at: project.created_at,
    ingested_event: project.eventDefinitions.some((definition) => definition.last_seen_at !== null),
    access_control: false,
    effective_membership_level: 8,
    has_group_types: false,
    group_types: [],
    user_access_level: "admin",
    ...teamComputedFields(project.id),
    ...settings,
  };
}

function updateProject(context: ResourceContext, route: Route): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  if (hasField(body, "access_control")) {
    throw validationError("access_control", "The access_control field is deprecated. Use access control settings instead.");
  }
  const name = readString(body, "name", { maxLength: 200 });
  const updates: JsonRecord = {};
  for (const [key, spec] of Object.entries(SETTINGS)) {
    if (!hasField(body, key) || (route === "project" && ENVIRONMENT_ONLY.has(key))) continue;
    updates[key] = readSetting(body, key, spec.kind, spec.choices);
  }
  validateDependentSettings(project, updates);
  if (name !== undefined && name !== null) project.name = name;
  for (const [key, value] of Object.entries(updates)) project.settings[key] = mergeTeamConfig(key, project.settings[key], value);
  return ok(serializeProject(project, route));
}

function readSetting(body: JsonRecord, key: string, kind: SettingKind, choices: readonly (string | number | null)[] | undefined): unknown {
  if (choices !== undefined) {
    const allowNull = choices.includes(null);
    return readChoice(body, key, choices.filter((choice): choice is string | number => choice !== null), { allowNull });
  }
  switch (kind) {
    case "boolean":
      return readBoolean(body, key);
    case "nullableBoolean":
      return readBoolean(body, key, { allowNull: true });
    case "string":
      return readString(body, key, { allowBlank: true });
    case "nullableString":
      return readString(body, key, { allowBlank: true, allowNull: true });
    case "nullableInteger":
      return readInteger(body, key, { allowNull: true });
    case "decimal":
      return readSampleRate(key, body[key]);
    case "list":
      return readList(body, key);
    case "nullableList":
      return readList(body, key, { allowNull: true });
    case "object":
      return readObject(body, key);
    case "nullableObject":
      return readObject(body, key, { allowNull: true });
    case "json":
      return body[key];
  }
}

function validateDependentSettings(project: ProjectState, updates: JsonRecord): void {
  for (const key of ["app_urls", "recording_domains"] as const) {
    const list = updates[key];
    if (!Array.isArray(list)) continue;
    updates[key] = list.filter((entry) => entry !== null).map((entry, index) => coerceString(entry, [key, index], { allowBlank: false }));
  }
  if (typeof updates.timezone === "string") {
    const zones = new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
    if (!zones.has(updates.timezone)) throw validationError("timezone", `"${updates.timezone}" is not a valid choice.`, "invalid_choice");
  }
  for (const [key, allowed] of Object.entries(STRICT_CONFIG_KEYS)) {
    const config = updates[key];
    if (!isRecord(config)) continue;
    for (const [field, value] of Object.entries(config)) {
      const expected = allowed[field];
      if (expected === undefined) throw validationError(key, `Unknown key in ${key}: ${field}`);
      if (value !== null && typeof value !== expected) throw validationError(key, `${field} must be a ${expected}`);
    }
  }
  if (hasField(updates, "session_replay_config")) validateReplayConfig("session_replay_config", updates.session_replay_config as JsonRecord | null);
  const primary = updates.primary_dashboard;
  if (typeof primary === "number" && !project.dashboards.some((dashboard) => dashboard.id === primary && !dashboard.deleted)) {
    throw validationError("primary_dashboard", `Invalid pk "${primary}" - object does not exist.`, "does_not_exist");
  }
}
