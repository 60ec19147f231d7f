import type { JsonRecord } from "./json.js";
import type { ActivityRecord } from "./resources/activity-log.js";
import type { AlertRecord } from "./resources/alerts.js";
import type { AnnotationRecord } from "./resources/annotations.js";
import type { DashboardTemplateRecord } from "./resources/dashboard-templates.js";
import type { EarlyAccessFeatureRecord } from "./resources/early-access-features.js";
import type { HogFlowRecord } from "./resources/hog-flows.js";
import type { MessageTemplateRecord } from "./resources/messaging-templates.js";
import type { ErrorTrackingSettingsRecord } from "./resources/error-tracking.js";
import type { InsightVariableRecord } from "./resources/insight-variables.js";
import type { LogsAlertRecord } from "./resources/logs-alerts.js";
import type { LogsSamplingRuleRecord } from "./resources/logs-sampling-rules.js";
import type { ProductTourRecord } from "./resources/product-tours.js";
import type { LogsViewRecord } from "./resources/logs-views.js";
import type { SavedQueryRecord } from "./resources/warehouse-saved-queries.js";
import type { SurveyRecord } from "./resources/surveys.js";
import type { HogFunctionRecord } from "./resources/hog-functions.js";
import type { BatchExportRecord } from "./resources/batch-exports.js";
import type { PlaylistRecord } from "./resources/session-recording-playlists.js";
import type { SubscriptionRecord } from "./resources/subscriptions.js";
import type { UserBasic } from "./users.js";

/** Bumped when the persisted shape changes incompatibly; older state files are then ignored. */
export const STATE_VERSION = 1;

export type { ButtonRecord, DashboardRecord, InsightRecord, TextRecord, TileRecord } from "./dashboard-records.js";
import type { ButtonRecord, DashboardRecord, InsightRecord, TextRecord, TileRecord } from "./dashboard-records.js";


/** A feature flag row; `filters` is stored exactly as PostHog stores it (possibly `{}` when created without filters). */
export interface FeatureFlagRecord {
  id: number;
  key: string;
  name: string;
  filters: JsonRecord;
  active: boolean;
  deleted: boolean;
  archived: boolean;
  ensure_experience_continuity: boolean | null;
  evaluation_runtime: string | null;
  bucketing_identifier: string | null;
  is_remote_configuration: boolean | null;
  has_encrypted_payloads: boolean | null;
  has_enriched_analytics: boolean | null;
  tags: string[];
  analytics_dashboards: number[];
  version: number;
  creation_context: string;
  created_at: string;
  created_by: UserBasic | null;
  updated_at: string;
  last_modified_by: UserBasic | null;
}

/** An action row with its OR-ed steps. */
export interface ActionRecord {
  id: number;
  name: string | null;
  description: string;
  tags: string[];
  post_to_slack: boolean;
  slack_message_format: string;
  steps: JsonRecord[];
  pinned_at: string | null;
  deleted: boolean;
  created_at: string;
  created_by: UserBasic | null;
  last_calculated_at: string;
}

/** A cohort row. */
export interface CohortRecord {
  id: number;
  name: string | null;
  description: string;
  is_static: boolean;
  filters: JsonRecord | null;
  query: JsonRecord | null;
  groups: unknown[];
  cohort_type: string | null;
  deleted: boolean;
  version: number | null;
  created_at: string;
  created_by: UserBasic | null;
  last_calculation: string | null;
  count: number | null;
}

/** One version of an endpoint's query. */
export interface EndpointVersionRecord {
  version: number;
  query: JsonRecord;
  description: string;
  data_freshness_seconds: number;
  is_active: boolean;
  created_at: string;
  updated_at: string;
}

/** An endpoint (named, versioned query), addressed by name. */
export interface EndpointRecord {
  id: string;
  name: string;
  is_active: boolean;
  deleted: boolean;
  current_version: number;
  is_materialized: boolean;
  derived_from_insight: string | null;
  tags: string[];
  versions: EndpointVersionRecord[];
  created_at: string;
  updated_at: string;
  created_by: UserBasic | null;
}

/** An event definition (EE / cloud flavour). */
export interface EventDefinitionRecord {
  id: string;
  name: string;
  description: string | null;
  tags: string[];
  owner: number | null;
  verified: boolean;
  verified_at: string | null;
  verified_by: UserBasic | null;
  hidden: boolean;
  default_columns: string[];
  enforcement_mode: string;
  primary_property: string | null;
  created_at: string | null;
  last_seen_at: string | null;
  last_updated_at: string;
  updated_at: string;
  updated_by: UserBasic | null;
  schema_version: number;
  /** Made by ingestion and never looked up by id with the enterprise edition: no `EnterpriseEventDefinition` row yet. */
  base_only?: true;
}

/** A property definition; these only come into existence through ingestion. */
export interface PropertyDefinitionRecord {
  id: string;
  name: string;
  type: "event" | "person" | "group" | "session";
  group_type_index: number | null;
  is_numerical: boolean;
  property_type: string | null;
  tags: string[];
  description: string | null;
  verified: boolean;
  verified_at: string | null;
  verified_by: UserBasic | null;
  hidden: boolean;
  updated_at: string | null;
  updated_by: UserBasic | null;
}

/** One property inside a schema property group. */
export interface SchemaPropertyRecord {
  id: string;
  name: string;
  property_type: string;
  is_required: boolean;
  is_optional_in_types: boolean;
  validation_rules: JsonRecord | null;
  description: string;
  created_at: string;
  updated_at: string;
}

/** A schema property group ("event schema" building block). */
export interface PropertyGroupRecord {
  id: string;
  name: string;
  description: string;
  properties: SchemaPropertyRecord[];
  created_at: string;
  updated_at: string;
  created_by: UserBasic | null;
}

/** A link between an event definition and a property group. */
export interface EventSchemaRecord {
  id: string;
  event_definition_id: string;
  property_group_id: string;
  created_at: string;
  updated_at: string;
}

/** A saved-metric attachment on an experiment. */
export interface ExperimentSavedMetricLink {
  id: number;
  saved_metric_id: number;
  metadata: JsonRecord;
  created_at: string;
}

/** An experiment row; its status is derived from dates and the linked flag. */
export interface ExperimentRecord {
  id: number;
  name: string;
  description: string | null;
  type: string;
  start_date: string | null;
  end_date: string | null;
  feature_flag_id: number;
  holdout_id: number | null;
  parameters: JsonRecord;
  metrics: JsonRecord[];
  metrics_secondary: JsonRecord[];
  saved_metrics: ExperimentSavedMetricLink[];
  exposure_criteria: JsonRecord | null;
  stats_config: JsonRecord | null;
  scheduling_config: JsonRecord | null;
  only_count_matured_users: boolean | null;
  conclusion: string | null;
  conclusion_comment: string | null;
  archived: boolean;
  deleted: boolean;
  filters: JsonRecord;
  primary_metrics_ordered_uuids: string[] | null;
  secondary_metrics_ordered_uuids: string[] | null;
  /** Running-time calculator state; absent in state files written before it was modelled. */
  running_time_calculation?: JsonRecord | null;
  excluded_variants?: string[] | null;
  /** Archiving the experiment also archived its (disabled) flag, so unarchiving restores the flag. */
  feature_flag_auto_archived?: boolean;
  created_at: string;
  created_by: UserBasic | null;
  updated_at: string;
}

/** An experiment holdout group. */
export interface HoldoutRecord {
  id: number;
  name: string;
  description: string | null;
  filters: JsonRecord[];
  created_at: string;
  created_by: UserBasic | null;
  updated_at: string;
}

/** A shared (saved) experiment metric. */
export interface SavedMetricRecord {
  id: number;
  name: string;
  description: string | null;
  query: JsonRecord;
  tags: string[];
  created_at: string;
  created_by: UserBasic | null;
  updated_at: string;
}

/** Everything the emulator knows about one project (which is also its primary environment). */
export interface ProjectState {
  id: number;
  name: string;
  uuid: string;
  api_token: string;
  created_at: string;
  settings: JsonRecord;
  dashboards: DashboardRecord[];
  tiles: TileRecord[];
  texts: TextRecord[];
  buttons: ButtonRecord[];
  insights: InsightRecord[];
  featureFlags: FeatureFlagRecord[];
  actions: ActionRecord[];
  cohorts: CohortRecord[];
  endpoints: EndpointRecord[];
  eventDefinitions: EventDefinitionRecord[];
  propertyDefinitions: PropertyDefinitionRecord[];
  propertyGroups: PropertyGroupRecord[];
  eventSchemas: EventSchemaRecord[];
  experiments: ExperimentRecord[];
  holdouts: HoldoutRecord[];
  savedMetrics: SavedMetricRecord[];
  /** Activity log rows, oldest first; absent until something logged is written. */
  activity?: ActivityRecord[];
  /** Persons, for the flag blast radius; absent until some are seeded or ingested. */
  persons?: PersonRecord[];
  /** Annotations, including soft-deleted ones; absent until one is created. */
  annotations?: AnnotationRecord[];
  /** Insight alerts, newest first; absent until one is created. */
  alerts?: AlertRecord[];
  /** Early access features; absent until one is created. */
  earlyAccessFeatures?: EarlyAccessFeatureRecord[];
  /** Messaging templates, including soft-deleted ones; absent until one is created. */
  messagingTemplates?: MessageTemplateRecord[];
  /** Insight variables; absent until one is created. */
  insightVariables?: InsightVariableRecord[];
  /** Warehouse saved queries (views), including soft-deleted ones; absent until one is created. */
  warehouseSavedQueries?: SavedQueryRecord[];
  /** Error tracking settings; absent until the first update (a read answers the defaults). */
  errorTrackingSettings?: ErrorTrackingSettingsRecord;
  /** Dashboard templates of the project, and a copy of the global ones; absent until first served. */
  dashboardTemplates?: DashboardTemplateRecord[];
  /** Saved logs views; absent until one is created. */
  logsViews?: LogsViewRecord[];
  /** Logs sampling rules (`LogsExclusionRule`); absent until one is created. */
  logsSamplingRules?: LogsSamplingRuleRecord[];
  /** Logs alerts (`LogsAlertConfiguration`); absent until one is created. */
  logsAlerts?: LogsAlertRecord[];
  /** Product tours, including archived ones; absent until one is created. */
  productTours?: ProductTourRecord[];
  /** Surveys; absent until one is created. */
  surveys?: SurveyRecord[];
  /** Hog functions, including soft-deleted ones; absent until one is created. */
  hogFunctions?: HogFunctionRecord[];
  /** Hog flows (workflows); absent until one is created. */
  hogFlows?: HogFlowRecord[];
  /** Batch exports, including deleted ones; absent until one is created. */
  batchExports?: BatchExportRecord[];
  /** Subscriptions, including soft-deleted ones; absent until one is created. */
  subscriptions?: SubscriptionRecord[];
  /** Session recording playlists, including soft-deleted ones; absent until one is created. */
  sessionRecordingPlaylists?: PlaylistRecord[];
}

/**
 * Persons as the emulator counts them: `count` persons sharing `properties` (seeded in bulk, so a
 * project can have 52,000 without 52,000 records), or one person per ingested distinct id.
 */
export interface PersonRecord {
  count: number;
  properties: JsonRecord;
  distinct_ids?: string[];
}

/** The whole emulated database; plain JSON so it round-trips through the state file unchanged. */
export interface EmulatorState {
  version: number;
  sequences: Record<string, number>;
  projects: ProjectState[];
}

/** Allocates the next integer primary key for a table, shared across projects like a database sequence. */
export function allocateId(state: EmulatorState, table: string): number {
  const next = (state.sequences[table] ?? 0) + 1;
  state.sequences[table] = next;
  return next;
}
