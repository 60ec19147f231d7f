import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound } from "../errors.js";
import { cloneJson, type JsonRecord } from "../json.js";
import type { ProjectState } from "../state.js";
import { currentUser, type UserBasic } from "../users.js";
import { changesBetween } from "./activity-changes.js";
import { LOGGED, type LoggedCollection } from "./activity-scopes.js";
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

function detailOf(logged: LoggedCollection, project: ProjectState, activity: string, row: JsonRecord, changes: JsonRecord[] | null): JsonRecord {
  // `Detail` serialized through ActivityDetailEncoder: every dataclass field, None as null.
  return {
    name: (logged.name(row, project) as string | null | undefined) ?? null,
    short_id: (logged.shortId?.(row) as string | undefined) ?? null,
    type: (typeof logged.type === "function" ? logged.type(row, activity) : logged.type) ?? null,
    changes,
    trigger: null,
    context: logged.context?.(row, project) ?? null,
  };
}

function record(project: ProjectState, logged: LoggedCollection, activity: string, row: JsonRecord, changes: JsonRecord[] | null): void {
  if (logged.namedOnly && !logged.name(row, project)) return;
  push(project, logged, activity, row, detailOf(logged, project, activity, row, changes));
}

function push(project: ProjectState, logged: LoggedCollection, activity: string, row: JsonRecord, detail: JsonRecord, scope = logged.logScope ?? logged.scope): void {
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
    scope,
    detail,
    created_at: isoNow(),
  });
}

/**
 * Runs one request's handler and records the activity PostHog logs for it: a
 * create, an update with its field changes (none, no `updated` entry, as
 * `log_activity` skips them), or a delete. Requests that fail record nothing.
 */
export function withActivityLog(segment: string, context: ResourceContext, handle: () => ResourceResponse): ResourceResponse {
  const logged = LOGGED[segment];
  if (logged && activityRouteScope(segment, context) !== undefined) return activityRoute(logged, context);
  if (!logged || context.method === "GET" || (context.action !== undefined && !logged.signal)) return handle();
  const rows = () => logged.rows(context.project);
  const find = () => rows().find((row) => String(logged.lookup ? logged.lookup(row) : row.id) === context.id);
  const known = new Set(rows().map((row) => row.id));
  const before = context.id === undefined ? undefined : cloneJson(find());
  const response = handle();
  if (response.status >= 300) return response;
  // A save signal logs every row a POST creates, through whichever route (`create_from_template_json`…).
  const made = context.method === "POST" && (context.id === undefined || logged.signal) ? rows().filter((candidate) => !known.has(candidate.id)) : [];
  if (made.length > 0 || (context.id === undefined && context.method === "POST")) {
    for (const row of made) record(context.project, logged, "created", row, cloneJson(logged.createdChanges));
  } else if (before !== undefined && (context.method === "PATCH" || context.method === "PUT" || (context.method === "POST" && context.action !== undefined) || (context.method === "DELETE" && logged.deleteSaves))) {
    const after = find();
    if (after) recordUpdate(context, logged, before, after);
  } else if (before !== undefined && context.method === "DELETE" && !logged.deleteUnlogged && find() === undefined) {
    record(context.project, logged, "deleted", before, null);
  }
  return response;
}

/**
 * An update's entry: its changes (the view's own, or `changes_between` over the model's fields),
 * dropped as `log_activity` drops an `updated` entry without changes, or one whose changes
 * ActivityDetailEncoder cannot write.
 */
function recordUpdate(context: ResourceContext, logged: LoggedCollection, before: JsonRecord, after: JsonRecord): void {
  const model = (row: JsonRecord) => logged.model?.(row, context.project) ?? row;
  const changes = logged.updateChanges ? logged.updateChanges(before, after, context) : changesBetween(logged, model(before), model(after));
  const activity = updateActivity(logged, before, after);
  const dropped = (activity === "updated" && changes.length === 0) || changes.some((change) => logged.unencodable?.includes(String(change.field)));
  if (!dropped) record(context.project, logged, activity, after, changes);
  for (const entry of logged.related?.(before, after, context.project) ?? []) push(context.project, logged, entry.activity, after, entry.detail, entry.scope);
}

/** `updated` (or the view's own name for an update), or the soft delete's own activity when the update flips `deleted`. */
function updateActivity(logged: LoggedCollection, before: JsonRecord, after: JsonRecord): string {
  if (!logged.softDelete || Boolean(before.deleted) === Boolean(after.deleted)) return logged.updateActivity ?? "updated";
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
 * route for an id the team lacks answers 404 with no body, or the viewset's own 404 where the
 * route looks the item up with `get_object`.
 */
function activityRoute(logged: LoggedCollection, context: ResourceContext): ResourceResponse {
  const requested = context.action === "activity" ? context.id : undefined;
  const item = requested === undefined || logged.routeItem === undefined ? requested : String(logged.routeItem(context.project, requested).id);
  if (item !== undefined && !logged.rows(context.project).some((row) => String(row.id) === item)) return { status: 404 };
  const entries = [...(context.project.activity ?? [])].filter((entry) => entry.scope === (logged.logScope ?? logged.scope) && (item === undefined || entry.item_id === item)).reverse();
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
