import { notFound } from "../errors.js";
import { parseIntegerId } from "../fields.js";
import { cloneJson, isRecord, type JsonRecord } from "../json.js";
import type { ProjectState } from "../state.js";
import { EMULATOR_USER, type UserBasic } from "../users.js";
import { dictChangesBetween, type ChangeRules } from "./activity-changes.js";
import { MORE_LOGGED } from "./activity-scopes-more.js";
import type { ResourceContext } from "./resource.js";

/** An entry written beside an update's own: its activity, its scope when another, its `detail`. */
export interface RelatedEntry {
  activity: string;
  scope?: string;
  detail: JsonRecord;
}

/** One viewset whose writes PostHog logs: its scope, what each entry says, and how its changes are found. */
export interface LoggedCollection extends ChangeRules {
  /** The scope the entry is written under when the handler names another than the model's (`scope`, each change's `type`). */
  logScope?: string;
  rows(project: ProjectState): JsonRecord[];
  name(row: JsonRecord, project: ProjectState): unknown;
  shortId?(row: JsonRecord): unknown;
  /** `Detail.type`, when the logging code sets one (some set it on one activity only). */
  type?: string | ((row: JsonRecord, activity: string) => string | null);
  /** The value the viewset's URL names a row by (`lookup_field`), when it is not the id. */
  lookup?(row: JsonRecord): unknown;
  /** Nothing is logged for a row without a name (`log_playlist_activity` skips it). */
  namedOnly?: boolean;
  /** DELETE soft-deletes with a model save, which the save signal logs as an update. */
  deleteSaves?: boolean;
  /** Entries written beside an update's own (an alert's threshold, an endpoint's version), after it. */
  related?(before: JsonRecord, after: JsonRecord, project: ProjectState): RelatedEntry[];
  /** `Detail.context`, when the logging code sets one (the project-wide route shows it, the viewset routes do not). */
  context?(row: JsonRecord, project: ProjectState): JsonRecord;
  /** `changes` of a `created` entry: null when the view logs `Detail(name=…)`, [] when `changes_between(previous=None)` runs. */
  createdChanges: null | [];
  /** Who the entry names; the requesting user unless the handler says otherwise. */
  user?(row: JsonRecord): UserBasic | null;
  /** The activity an update is logged as when it flips `deleted`: soft delete, and restore. */
  softDelete?: { deleted: string; restored: string };
  /**
   * The activity an update is logged as (`updated` unless given); `log_activity` drops only an
   * `updated` entry without changes, so an update logged under another name is written regardless.
   */
  updateActivity?: string;
  /** An update's changes when the view computes them itself instead of `changes_between` over the model. */
  updateChanges?(before: JsonRecord, after: JsonRecord, context: ResourceContext): JsonRecord[];
  /** The model's fields as `changes_between` reads them and ActivityDetailEncoder writes them, when the stored row differs. */
  model?(row: JsonRecord, project: ProjectState): JsonRecord;
  /** Fields holding a model ActivityDetailEncoder cannot write: a change to one makes `log_activity` fail, so nothing is logged. */
  unencodable?: string[];
  /** The viewset's own `activity` routes (`@action(detail=True)` and `url_path="activity", detail=False`). */
  routes?: boolean;
  /** The item an `activity` route reads when it looks it up with `get_object` (throwing its 404) instead of `.exists()`. */
  routeItem?(project: ProjectState, id: string): JsonRecord;
  /** Logged by the model's save signal, so a viewset action that saves the row (launch, pause…) is logged too. */
  signal?: boolean;
  /** Nothing logs a hard delete: `ModelActivityMixin` signals on save only, and no `pre_delete` receiver logs one. */
  deleteUnlogged?: boolean;
}

/** `field_exclusions["EventDefinition"]`. */
const EVENT_DEFINITION_EXCLUSIONS = ["eventdefinition_ptr_id", "_state", "deprecated_tags", "owner_id", "query_usage_30_day", "verified_at", "verified_by", "post_to_slack"];
/** The fields a PATCH of an event definition can carry into `validated_data`, by serializer. */
const EVENT_DEFINITION_WRITABLE = {
  enterprise: ["owner", "description", "tags", "verified", "hidden", "post_to_slack", "default_columns", "enforcement_mode", "primary_property"],
  openSource: ["tags", "post_to_slack", "enforcement_mode", "primary_property"],
};

/**
 * `EventDefinitionViewSet.perform_update`: `dict_changes_between` of the instance's `__dict__`
 * entries for the keys of `validated_data` (tags, kept in tagged items, always `[]`; `owner`, held
 * as `owner_id`, absent) against `validated_data` itself, whose `owner` is the user object.
 */
function eventDefinitionChanges(before: JsonRecord, after: JsonRecord, context: ResourceContext): JsonRecord[] {
  const body = isRecord(context.body) ? context.body : {};
  const writable = context.settings.enterprise ? EVENT_DEFINITION_WRITABLE.enterprise : EVENT_DEFINITION_WRITABLE.openSource;
  const keys = Object.keys(body).filter((key) => writable.includes(key));
  // A definition ingestion made is promoted by the PATCH's own lookup, so the instance holds description "".
  const instance = before.base_only === true ? { ...before, description: "" } : before;
  const previous: JsonRecord = {};
  const validated: JsonRecord = {};
  for (const key of keys) {
    if (key !== "owner" && key !== "tags") previous[key] = cloneJson(instance[key]) ?? null;
    validated[key] = cloneJson(after[key]) ?? null;
  }
  previous.tags = [];
  if ("tags" in validated) validated.tags = Array.isArray(body.tags) ? body.tags.map((tag) => String(tag).trim()) : null;
  if ("owner" in validated) validated.owner = after.owner === null ? null : { first_name: EMULATOR_USER.first_name, email: EMULATOR_USER.email };
  return dictChangesBetween("EventDefinition", EVENT_DEFINITION_EXCLUSIONS, previous, validated);
}

function rowsOf(list: unknown): JsonRecord[] {
  return (list ?? []) as JsonRecord[];
}

/** `InsightViewSet.activity`'s `get_object`: a live insight by id or short id, else the viewset's 404. */
function routedInsight(project: ProjectState, id: string): JsonRecord {
  const numeric = parseIntegerId(id);
  const live = project.insights.filter((insight) => !insight.deleted);
  const found = live.find((insight) => insight.id === numeric) ?? live.find((insight) => insight.short_id === id);
  if (found === undefined) throw notFound();
  return found as unknown as JsonRecord;
}

/** An annotation's insight as ActivityDetailEncoder writes an `Insight` (`{id, short_id}`). */
function annotationInsight(row: JsonRecord, project: ProjectState): JsonRecord | null {
  const insight = project.insights.find((candidate) => candidate.id === row.dashboard_item);
  return insight === undefined ? null : { id: insight.id, short_id: insight.short_id };
}

/**
 * The `Annotation` model's fields: the insight foreign key as its encoded insight, the dashboard
 * as the `dashboard` field (a `Dashboard`, which ActivityDetailEncoder cannot write).
 */
function annotationModel(row: JsonRecord, project: ProjectState): JsonRecord {
  const { dashboard_id: dashboard, ...fields } = row;
  return { ...fields, dashboard_item: annotationInsight(row, project), dashboard: dashboard ?? null };
}

/** `AnnotationContext` of `handle_annotation_change`. */
function annotationContext(row: JsonRecord, project: ProjectState): JsonRecord {
  const insight = project.insights.find((candidate) => candidate.id === row.dashboard_item);
  const dashboard = project.dashboards.find((candidate) => candidate.id === row.dashboard_id);
  return {
    scope: row.scope ?? null,
    dashboard_id: row.dashboard_id ?? null,
    dashboard_name: dashboard?.name ?? null,
    dashboard_item_id: insight?.id ?? null,
    dashboard_item_short_id: insight?.short_id ?? null,
    dashboard_item_name: insight?.name ?? null,
    recording_id: null,
  };
}

/**
 * A model whose tags live in tagged items: `ModelActivityMixin.save` reads them before the
 * serializer sets the new ones, so its signal never sees a tag change.
 */
function withoutTags(row: JsonRecord): JsonRecord {
  const { tags: _tags, ...fields } = row;
  return fields;
}

/**
 * A `LogsExclusionRule` as its save signal sees it: `perform_update` bumps `version` with a
 * queryset `update()` after the save, so the version never differs between the two rows compared.
 */
function withoutVersion(row: JsonRecord): JsonRecord {
  const { version: _version, ...fields } = row;
  return fields;
}

/** `Subscription.display_name`: the insight's or dashboard's name, else the title. */
function subscriptionName(row: JsonRecord, project: ProjectState): string {
  const insight = project.insights.find((candidate) => candidate.id === row.insight_id);
  if (insight !== undefined) return String(insight.name || insight.derived_name || "None");
  const dashboard = project.dashboards.find((candidate) => candidate.id === row.dashboard_id);
  if (dashboard !== undefined) return dashboard.name || "Dashboard";
  return (row.title as string | null) || (row.content_type === "ai_prompt" ? "AI report" : "Subscription");
}

/**
 * The `Subscription` model's fields at the moment its save signal reads them: the insight as
 * an encoded `Insight`, the dashboard and integration as the models they are (which
 * ActivityDetailEncoder cannot write), and no `dashboard_export_insights`, a many-to-many the
 * serializer sets only after the save.
 */
function subscriptionModel(row: JsonRecord, project: ProjectState): JsonRecord {
  const { content_type: _type, dashboard_export_insights: _exports, insight_id: insightId, dashboard_id: dashboard, integration_id: integration, ...fields } = row;
  const insight = project.insights.find((candidate) => candidate.id === insightId);
  return { ...fields, insight: insight === undefined ? null : { id: insight.id, short_id: insight.short_id }, dashboard: dashboard ?? null, integration: integration ?? null };
}

/**
 * The viewsets whose writes PostHog logs and this emulator records, by URL segment:
 * feature flags (`FeatureFlagViewSet.perform_create/perform_update`), insights
 * (`InsightSerializer.create/update` through `log_insight_activity`), cohorts
 * (`CohortViewSet.perform_create/perform_update`), event definitions
 * (`EventDefinitionViewSet.perform_create/perform_update/destroy`), surveys, hog
 * functions, and the models whose `ModelActivityMixin.save` signal a handler logs
 * (`handle_dashboard_change`, `handle_action_change`, `handle_experiment_change`,
 * `handle_annotation_change`, and `handle_experiment_holdout_change` and
 * `handle_experiment_saved_metric_change`, which write under the Experiment scope,
 * and `log_subscription_activity`, and the logs product's `handle_logs_alert_activity` and
 * `handle_logs_sampling_rule_activity`, keyed by their path under `logs/`).
 */
export const LOGGED: Record<string, LoggedCollection> = {
  feature_flags: {
    scope: "FeatureFlag",
    rows: (project) => rowsOf(project.featureFlags),
    exclusions: ["is_simple_flag", "experiment", "featureflagoverride", "usage_dashboard", "analytics_dashboards"],
    name: (row) => row.key,
    createdChanges: null,
    routes: true,
  },
  insights: {
    scope: "Insight",
    rows: (project) => rowsOf(project.insights),
    exclusions: ["filters_hash", "refreshing", "dive_dashboard", "type", "funnel", "layouts", "color", "order", "result", "dashboard", "last_refresh", "saved", "is_sample", "refresh_attempt", "short_id", "insightviewed", "dashboardtile", "caching_states"],
    name: (row) => row.name ?? row.derived_name,
    shortId: (row) => row.short_id,
    createdChanges: null,
    routes: true,
    routeItem: routedInsight,
  },
  cohorts: {
    scope: "Cohort",
    rows: (project) => rowsOf(project.cohorts),
    exclusions: [],
    name: (row) => row.name,
    createdChanges: null,
    dictChanges: true,
    softDelete: { deleted: "deleted", restored: "restored" },
    routes: true,
  },
  event_definitions: {
    scope: "EventDefinition",
    rows: (project) => rowsOf(project.eventDefinitions),
    exclusions: EVENT_DEFINITION_EXCLUSIONS,
    name: (row) => row.name,
    createdChanges: null,
    updateActivity: "changed",
    updateChanges: eventDefinitionChanges,
  },
  dashboards: {
    scope: "Dashboard",
    rows: (project) => rowsOf(project.dashboards),
    exclusions: [],
    name: (row) => row.name,
    type: "dashboard",
    createdChanges: [],
  },
  actions: {
    scope: "Action",
    rows: (project) => rowsOf(project.actions),
    exclusions: ["bytecode", "bytecode_error", "is_calculating", "last_calculated_at", "embedding_last_synced_at", "embedding_version", "last_summarized_at", "action_steps", "events", "plugin_configs", "tagged_items", "survey"],
    name: (row) => row.name,
    createdChanges: [],
    // handle_action_change logs `user=after_update.created_by`, not the requesting user.
    user: (row) => (isRecord(row.created_by) ? (cloneJson(row.created_by) as unknown as UserBasic) : null),
    softDelete: { deleted: "deleted", restored: "updated" },
    signal: true,
  },
  experiments: {
    scope: "Experiment",
    rows: (project) => rowsOf(project.experiments),
    exclusions: ["feature_flag", "exposure_cohort", "holdout", "saved_metrics", "experimenttosavedmetric_set"],
    name: (row) => row.name,
    createdChanges: [],
    softDelete: { deleted: "deleted", restored: "restored" },
    signal: true,
  },
  experiment_holdouts: {
    scope: "ExperimentHoldout",
    logScope: "Experiment",
    rows: (project) => rowsOf(project.holdouts),
    exclusions: [],
    name: (row) => row.name,
    type: "holdout",
    createdChanges: [],
    signal: true,
  },
  experiment_saved_metrics: {
    scope: "ExperimentSavedMetric",
    logScope: "Experiment",
    rows: (project) => rowsOf(project.savedMetrics),
    exclusions: ["experiments", "experimenttosavedmetric_set"],
    name: (row) => row.name,
    type: "shared_metric",
    createdChanges: [],
    model: withoutTags,
    signal: true,
  },
  annotations: {
    scope: "Annotation",
    rows: (project) => rowsOf(project.annotations),
    exclusions: [],
    name: (row) => row.content,
    context: annotationContext,
    createdChanges: [],
    model: annotationModel,
    unencodable: ["dashboard"],
    signal: true,
  },
  subscriptions: {
    scope: "Subscription",
    rows: (project) => rowsOf(project.subscriptions),
    exclusions: [],
    name: subscriptionName,
    createdChanges: [],
    model: subscriptionModel,
    masked: ["target_value"],
    unencodable: ["dashboard", "integration"],
    signal: true,
  },
  surveys: {
    scope: "Survey",
    rows: (project) => rowsOf(project.surveys),
    exclusions: [],
    name: (row) => row.name,
    createdChanges: null,
    routes: true,
  },
  "logs/alerts": {
    scope: "LogsAlertConfiguration",
    rows: (project) => rowsOf(project.logsAlerts),
    exclusions: [],
    name: (row) => row.name,
    createdChanges: [],
    signal: true,
    deleteUnlogged: true,
  },
  "logs/sampling_rules": {
    scope: "LogsExclusionRule",
    rows: (project) => rowsOf(project.logsSamplingRules),
    exclusions: [],
    name: (row) => row.name,
    createdChanges: [],
    model: withoutVersion,
    signal: true,
    deleteUnlogged: true,
  },
  hog_functions: {
    scope: "HogFunction",
    rows: (project) => rowsOf(project.hogFunctions),
    exclusions: ["bytecode", "icon_url"],
    name: (row) => row.name,
    type: (row) => (typeof row.type === "string" && row.type !== "" ? row.type : "destination"),
    createdChanges: null,
    masked: ["encrypted_inputs"],
    renamed: { execution_order: "priority" },
  },
  ...MORE_LOGGED,
};
