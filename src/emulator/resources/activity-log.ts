import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound } from "../errors.js";
import { cloneJson, isJsonEqual, isRecord, type JsonRecord } from "../json.js";
import type { ProjectState } from "../state.js";
import { currentUser, type UserBasic } from "../users.js";
import { ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

/** One `posthog_activitylog` row, as the project-wide activity log serializes it (`team_id` excluded). */
export interface ActivityRecord {
  id: string;
  user: UserBasic | null;
  unread: boolean;
  organization_id: string | null;
  was_impersonated: boolean;
  is_system: boolean;
  activity: string;
  item_id: string;
  scope: string;
  detail: JsonRecord;
  created_at: string;
}

/** `common_field_exclusions` in `posthog/models/activity_logging/activity_log.py`. */
const COMMON_EXCLUSIONS = ["id", "uuid", "short_id", "created_at", "created_by", "last_modified_at", "last_modified_by", "updated_at", "updated_by", "team", "team_id"];

interface LoggedCollection {
  scope: string;
  rows(project: ProjectState): JsonRecord[];
  /** `field_exclusions[scope]`: model fields `changes_between` skips. */
  exclusions: string[];
  name(row: JsonRecord): unknown;
  shortId?(row: JsonRecord): unknown;
  /** `Detail.type`, when the logging code sets one. */
  type?: string | ((row: JsonRecord) => string);
  /** `changes` of a `created` entry: null when the view logs `Detail(name=…)`, [] when `changes_between(previous=None)` runs. */
  createdChanges: null | [];
  /** Who the entry names; the requesting user unless the handler says otherwise. */
  user?(row: JsonRecord): UserBasic | null;
  /** `dict_changes_between` (only None is empty, no exclusions) instead of `changes_between`. */
  dictChanges?: boolean;
  /** The activity an update is logged as when it flips `deleted`: soft delete, and restore. */
  softDelete?: { deleted: string; restored: string };
  /** The viewset's own `activity` routes (`@action(detail=True)` and `url_path="activity", detail=False`). */
  routes?: boolean;
  /** `field_with_masked_contents[scope]`: changed, but logged as "masked". */
  masked?: string[];
  /** `field_name_overrides[scope]`: the field name a change is logged under. */
  renamed?: Record<string, string>;
  /** Logged by the model's save signal, so a viewset action that saves the row (launch, pause…) is logged too. */
  signal?: boolean;
}

/**
 * The viewsets whose writes PostHog logs and this emulator records, by URL segment:
 * feature flags (`FeatureFlagViewSet.perform_create/perform_update`), insights
 * (`InsightSerializer.create/update` through `log_insight_activity`), cohorts
 * (`CohortViewSet.perform_create/perform_update`), and the models whose
 * `ModelActivityMixin.save` signal `handle_dashboard_change` and
 * `handle_action_change` log.
 */
const LOGGED: Record<string, LoggedCollection> = {
  feature_flags: {
    scope: "FeatureFlag",
    rows: (project) => project.featureFlags as unknown as JsonRecord[],
    exclusions: ["is_simple_flag", "experiment", "featureflagoverride", "usage_dashboard", "analytics_dashboards"],
    name: (row) => row.key,
    createdChanges: null,
    routes: true,
  },
  insights: {
    scope: "Insight",
    rows: (project) => project.insights as unknown as JsonRecord[],
    exclusions: ["filters_hash", "refreshing", "dive_dashboard", "type", "funnel", "layouts", "color", "order", "result", "dashboard", "last_refresh", "saved", "is_sample", "refresh_attempt", "short_id", "insightviewed", "dashboardtile", "caching_states"],
    name: (row) => row.name ?? row.derived_name,
    shortId: (row) => row.short_id,
    createdChanges: null,
  },
  cohorts: {
    scope: "Cohort",
    rows: (project) => project.cohorts as unknown as JsonRecord[],
    exclusions: [],
    name: (row) => row.name,
    createdChanges: null,
    dictChanges: true,
    softDelete: { deleted: "deleted", restored: "restored" },
    routes: true,
  },
  dashboards: {
    scope: "Dashboard",
    rows: (project) => project.dashboards as unknown as JsonRecord[],
    exclusions: [],
    name: (row) => row.name,
    type: "dashboard",
    createdChanges: [],
  },
  actions: {
    scope: "Action",
    rows: (project) => project.actions as unknown as JsonRecord[],
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
    rows: (project) => project.experiments as unknown as JsonRecord[],
    exclusions: ["feature_flag", "exposure_cohort", "holdout", "saved_metrics", "experimenttosavedmetric_set"],
    name: (row) => row.name,
    createdChanges: [],
    softDelete: { deleted: "deleted", restored: "restored" },
    signal: true,
  },
  surveys: {
    scope: "Survey",
    rows: (project) => (project.surveys ?? []) as unknown as JsonRecord[],
    exclusions: [],
    name: (row) => row.name,
    createdChanges: null,
  },
  hog_functions: {
    scope: "HogFunction",
    rows: (project) => (project.hogFunctions ?? []) as unknown as JsonRecord[],
    exclusions: ["bytecode", "icon_url"],
    name: (row) => row.name,
    type: (row) => (typeof row.type === "string" && row.type !== "" ? row.type : "destination"),
    createdChanges: null,
    masked: ["encrypted_inputs"],
    renamed: { execution_order: "priority" },
  },
};

/** Django's `Field.empty_values`: `changes_between` treats None, "", [], () and {} alike. */
function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0);
}

/**
 * `changes_between`: one change per model field that differs, as created, deleted or changed;
 * `dict_changes_between` when `dict` is set: every key, and only None counts as empty.
 */
function changesBetween(logged: LoggedCollection, before: JsonRecord, after: JsonRecord): JsonRecord[] {
  const { scope, dictChanges: dict = false, masked = [], renamed = {} } = logged;
  const skipped = new Set(dict ? ["id", "created_at", "created_by"] : [...COMMON_EXCLUSIONS, ...logged.exclusions]);
  const empty = dict ? (value: unknown) => value === null || value === undefined : isEmpty;
  const changes: JsonRecord[] = [];
  for (const field of Object.keys(after)) {
    if (skipped.has(field)) continue;
    const left = before[field];
    const right = after[field];
    if (empty(left) && empty(right)) continue;
    const shown = (value: unknown) => (masked.includes(field) ? "masked" : (cloneJson(value) ?? null));
    const name = renamed[field] ?? field;
    if (empty(left)) changes.push({ type: scope, action: "created", field: name, before: null, after: shown(right) });
    else if (empty(right)) changes.push({ type: scope, action: "deleted", field: name, before: shown(left), after: null });
    else if (!isJsonEqual(left, right)) changes.push({ type: scope, action: "changed", field: name, before: shown(left), after: shown(right) });
  }
  return changes;
}

function detailOf(logged: LoggedCollection, row: JsonRecord, changes: JsonRecord[] | null): JsonRecord {
  // `Detail` serialized through ActivityDetailEncoder: every dataclass field, None as null.
  return { name: (logged.name(row) as string | null | undefined) ?? null, short_id: (logged.shortId?.(row) as string | undefined) ?? null, type: (typeof logged.type === "function" ? logged.type(row) : logged.type) ?? null, changes, trigger: null, context: null };
}

function record(project: ProjectState, logged: LoggedCollection, activity: string, row: JsonRecord, changes: JsonRecord[] | null): void {
  const user = logged.user ? logged.user(row) : currentUser();
  (project.activity ??= []).push({
    id: randomUUID(),
    user,
    unread: false,
    organization_id: null,
    was_impersonated: false,
    is_system: user === null,
    activity,
    item_id: String(row.id),
    scope: logged.scope,
    detail: detailOf(logged, row, changes),
    created_at: isoNow(),
  });
}

/**
 * Runs one request's handler and records the activity PostHog logs for it: a
 * create, an update with its field changes (none, no entry, as `log_activity`
 * skips them), or a delete. Requests that fail record nothing.
 */
export function withActivityLog(segment: string, context: ResourceContext, handle: () => ResourceResponse): ResourceResponse {
  const logged = LOGGED[segment];
  if (logged && activityRouteScope(segment, context) !== undefined) return activityRoute(logged, context);
  if (!logged || context.method === "GET" || (context.action !== undefined && !logged.signal)) return handle();
  const rows = () => logged.rows(context.project);
  const find = () => rows().find((row) => String(row.id) === context.id);
  const known = new Set(rows().map((row) => row.id));
  const before = context.id === undefined ? undefined : cloneJson(find());
  const response = handle();
  if (response.status >= 300) return response;
  // A save signal logs every row a POST creates, through whichever route (`create_from_template_json`…).
  const made = context.method === "POST" && (context.id === undefined || logged.signal) ? rows().filter((candidate) => !known.has(candidate.id)) : [];
  if (made.length > 0 || (context.id === undefined && context.method === "POST")) {
    for (const row of made) record(context.project, logged, "created", row, cloneJson(logged.createdChanges));
  } else if (before !== undefined && (context.method === "PATCH" || context.method === "PUT" || (context.method === "POST" && context.action !== undefined))) {
    const after = find();
    const changes = after ? changesBetween(logged, before, after) : [];
    if (after && changes.length > 0) record(context.project, logged, updateActivity(logged, before, after), after, changes);
  } else if (before !== undefined && context.method === "DELETE" && find() === undefined) {
    record(context.project, logged, "deleted", before, null);
  }
  return response;
}

/** `updated`, or the soft delete's own activity when the update flips `deleted`. */
function updateActivity(logged: LoggedCollection, before: JsonRecord, after: JsonRecord): string {
  if (!logged.softDelete || Boolean(before.deleted) === Boolean(after.deleted)) return "updated";
  return after.deleted ? logged.softDelete.deleted : logged.softDelete.restored;
}

/**
 * The scope object a viewset's `activity` route requires (`required_scopes=["activity_log:read"]`,
 * in place of the viewset's own), or undefined when the request is no such route.
 */
export function activityRouteScope(segment: string, route: { method: string; id?: string; action?: string }): string | undefined {
  if (!LOGGED[segment]?.routes || (route.method !== "GET" && route.method !== "HEAD")) return undefined;
  const itemRoute = route.action === "activity" && route.id !== undefined;
  const collectionRoute = route.id === "activity" && route.action === undefined;
  return itemRoute || collectionRoute ? "activity_log" : undefined;
}

/**
 * `activity` and `all_activity`: `load_activity` (the scope's entries, newest first, for one
 * item or all) paged by `limit` (10) and `page` (1) through `activity_page_response`; an item
 * route for an id the team lacks answers 404 with no body.
 */
function activityRoute(logged: LoggedCollection, context: ResourceContext): ResourceResponse {
  const item = context.action === "activity" ? context.id : undefined;
  if (item !== undefined && !logged.rows(context.project).some((row) => String(row.id) === item)) return { status: 404 };
  const entries = [...(context.project.activity ?? [])].filter((entry) => entry.scope === logged.scope && (item === undefined || entry.item_id === item)).reverse();
  const limit = Number.parseInt(context.query.get("limit") ?? "10", 10);
  const number = Number.parseInt(context.query.get("page") ?? "1", 10);
  const results = entries.slice((number - 1) * limit, number * limit).map(entrySummary);
  const link = (at: number) => {
    const next = new URL(context.requestUrl);
    next.searchParams.set("page", String(at));
    next.searchParams.set("limit", String(limit));
    return next.toString();
  };
  return ok({ results, next: number * limit < entries.length ? link(number + 1) : null, previous: number > 1 ? link(number - 1) : null, total_count: entries.length });
}

/**
 * `ActivityLogSerializer` of `posthog/models/activity_logging/serializers.py`: the user as
 * `first_name` and `email` (System for a system entry), the detail without `context`.
 */
function entrySummary(entry: ActivityRecord): JsonRecord {
  const user = entry.is_system || entry.user === null ? { first_name: "System", email: null, is_system: true } : { first_name: entry.user.first_name, email: entry.user.email };
  const { changes, trigger, name, short_id, type } = entry.detail;
  return { id: entry.id, user, activity: entry.activity, scope: entry.scope, item_id: entry.item_id, detail: { changes, trigger, name, short_id, type }, created_at: entry.created_at };
}

function page(context: ResourceContext, entries: ActivityRecord[]): JsonRecord {
  const url = context.requestUrl;
  const link = (params: Record<string, string>) => {
    const next = new URL(url);
    for (const [name, value] of Object.entries(params)) next.searchParams.set(name, value);
    return next.toString();
  };
  if (url.searchParams.has("page")) {
    // PageNumberPagination: page_size 100, `page_size` up to 1000.
    const size = Math.min(1000, Math.max(1, Number(url.searchParams.get("page_size")) || 100));
    const number = Number(url.searchParams.get("page"));
    if (!Number.isInteger(number) || number < 1 || (number - 1) * size >= Math.max(1, entries.length)) throw notFound("Invalid page.");
    const results = entries.slice((number - 1) * size, number * size);
    return { count: entries.length, next: number * size < entries.length ? link({ page: String(number + 1) }) : null, previous: number > 1 ? link({ page: String(number - 1) }) : null, results };
  }
  // CursorPagination ordered by -created_at, 100 a page; the cursor is opaque to clients.
  const offset = Number(Buffer.from(url.searchParams.get("cursor") ?? "", "base64").toString().replace(/^o=/, "")) || 0;
  const results = entries.slice(offset, offset + 100);
  const cursor = (at: number) => link({ cursor: Buffer.from(`o=${at}`).toString("base64") });
  return { next: offset + 100 < entries.length ? cursor(offset + 100) : null, previous: offset > 0 ? cursor(Math.max(0, offset - 100)) : null, results };
}

/**
 * The project-wide activity log (`ActivityLogViewSet`, `/api/projects/{id}/activity_log/`):
 * list only, newest first, filtered by `user`, `scope`, `scopes` and `item_id`.
 */
export const activityLogResource: ResourceModule = {
  segment: "activity_log",
  scopeObject: "activity_log",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset({ list: listActivity }),
};

function listActivity(context: ResourceContext): ResourceResponse {
  const query = context.query;
  const scopes = query.get("scopes")?.split(",");
  const entries = [...(context.project.activity ?? [])]
    .filter((entry) => !query.get("user") || String(entry.user?.id) === query.get("user"))
    .filter((entry) => !query.get("scope") || entry.scope === query.get("scope"))
    .filter((entry) => !scopes || scopes.includes(entry.scope))
    .filter((entry) => !query.get("item_id") || entry.item_id === query.get("item_id"))
    .reverse();
  return ok(page(context, entries));
}
