import { isoNow } from "../clock.js";
import { coerceDateTime } from "../datetime.js";
import { notFound, validationError } from "../errors.js";
import { hasField, parseIntegerId, readBoolean, readChoice, readInteger, readRequestBody, readString } from "../fields.js";
import { describePythonType, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import { allocateId, type EmulatorState, type ProjectState } from "../state.js";
import { currentUser, type UserBasic } from "../users.js";
import { created, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

/** One annotation row (`products/annotations/backend/models/annotation.py`). */
export interface AnnotationRecord {
  id: number;
  content: string | null;
  date_marker: string | null;
  creation_type: string;
  /** The insight (`dashboard_item` foreign key, `SET_NULL` on delete). */
  dashboard_item: number | null;
  dashboard_id: number | null;
  scope: string;
  emoji: string | null;
  hidden_in_user_interface: boolean | null;
  deleted: boolean;
  created_at: string;
  created_by: UserBasic | null;
  updated_at: string;
}

/** `Annotation.Scope`; `recording` is a choice the serializer then refuses. */
const SCOPES = ["dashboard_item", "dashboard", "project", "organization", "recording"];
const CREATION_TYPES = ["USR", "GIT"];
/** `AnnotationsLimitOffsetPagination.default_limit`. */
const DEFAULT_LIMIT = 1000;

/**
 * Annotations (`/api/projects/{id}/annotations/`), after `AnnotationSerializer` and
 * `AnnotationsViewSet` (products/annotations/backend/api/annotation.py): `ForbidDestroyModel`
 * (DELETE is 405), soft delete and restore by PATCH `deleted`, deleted rows hidden from every action
 * but `partial_update`, annotations of a soft-deleted insight or dashboard hidden from all of them,
 * organization-scoped annotations of the organization's other projects listed too (an update moves
 * one to the project that sends it), newest `date_marker` first, 1000 per page by default.
 */
export const annotationsResource: ResourceModule = {
  segment: "annotations",
  scopeObject: "annotation",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<AnnotationRecord>({
    list: listAnnotations,
    create: createAnnotation,
    detail: {
      find: findAnnotation,
      retrieve: ({ state }, annotation) => ok(serializeAnnotation(state, annotation)),
      update: updateAnnotation,
      destroy: "forbidden",
    },
  }),
};

function annotationsOf(project: ProjectState): AnnotationRecord[] {
  project.annotations ??= [];
  return project.annotations;
}

/** The team's annotations and the organization's organization-scoped ones (`_filter_queryset_by_parents_lookups`); every emulated project is in one organization. */
function visibleAnnotations(state: EmulatorState, project: ProjectState): { record: AnnotationRecord; owner: ProjectState }[] {
  return state.projects.flatMap((owner) => annotationsOf(owner).filter((record) => owner === project || record.scope === "organization").map((record) => ({ record, owner })));
}

function findInsight(state: EmulatorState, id: number | null) {
  return id === null ? undefined : state.projects.flatMap((project) => project.insights).find((insight) => insight.id === id);
}

function findDashboard(state: EmulatorState, id: number | null) {
  return id === null ? undefined : state.projects.flatMap((project) => project.dashboards).find((dashboard) => dashboard.id === id);
}

/**
 * Annotations attached to a soft-deleted insight or dashboard are hidden from every action until it
 * is restored, whatever their scope (`safely_get_queryset`: `dashboard_item__deleted=False`,
 * `dashboard__deleted=False`).
 */
function isParentDeleted(state: EmulatorState, record: AnnotationRecord): boolean {
  return findInsight(state, record.dashboard_item)?.deleted === true || findDashboard(state, record.dashboard_id)?.deleted === true;
}

function findAnnotation(context: ResourceContext, segment: string): AnnotationRecord {
  const id = parseIntegerId(segment);
  const found = visibleAnnotations(context.state, context.project).find(({ record }) => record.id === id);
  if (found === undefined || isParentDeleted(context.state, found.record)) throw notFound();
  if (found.record.deleted && context.method !== "PATCH") throw notFound();
  return found.record;
}

function serializeAnnotation(state: EmulatorState, record: AnnotationRecord): JsonRecord {
  // `SET_NULL`: a foreign key to a row that is gone reads as null.
  const insight = findInsight(state, record.dashboard_item);
  const dashboard = findDashboard(state, record.dashboard_id);
  return {
    id: record.id,
    content: record.content,
    date_marker: record.date_marker,
    creation_type: record.creation_type,
    dashboard_item: insight?.id ?? null,
    dashboard_id: dashboard?.id ?? null,
    dashboard_name: dashboard?.name ?? null,
    insight_short_id: insight?.short_id ?? null,
    insight_name: insight?.name ?? null,
    insight_derived_name: insight?.derived_name ?? null,
    created_by: record.created_by,
    created_at: record.created_at,
    updated_at: record.updated_at,
    deleted: record.deleted,
    scope: record.scope,
    emoji: record.emoji,
    hidden_in_user_interface: record.hidden_in_user_interface,
  };
}

/** Python's `len()`, in code points, which Django's `max_length` counts. */
function codePoints(text: string): number {
  return [...text].length;
}

function readAnnotationFields(context: ResourceContext, body: JsonRecord): Partial<AnnotationRecord> {
  const fields: Partial<AnnotationRecord> = {};
  const content = readString(body, "content", { allowNull: true, allowBlank: true });
  if (content !== undefined) {
    if (content !== null && codePoints(content) > 8192) throw validationError("content", "Ensure this field has no more than 8192 characters.", "max_length");
    fields.content = content;
  }
  if (hasField(body, "date_marker")) fields.date_marker = body.date_marker === null ? null : coerceDateTime(body.date_marker, ["date_marker"]);
  const creationType = readChoice(body, "creation_type", CREATION_TYPES);
  if (creationType !== undefined && creationType !== null) fields.creation_type = String(creationType);
  if (hasField(body, "dashboard_item")) fields.dashboard_item = readInsightId(context, body.dashboard_item);
  const dashboardId = readInteger(body, "dashboard_id", { allowNull: true });
  if (dashboardId !== undefined) fields.dashboard_id = dashboardId;
  const deleted = readBoolean(body, "deleted");
  if (deleted !== undefined && deleted !== null) fields.deleted = deleted;
  const scope = readChoice(body, "scope", SCOPES);
  if (scope !== undefined && scope !== null) fields.scope = String(scope);
  const emoji = readString(body, "emoji", { allowNull: true, allowBlank: true });
  if (emoji !== undefined) {
    if (emoji !== null && codePoints(emoji) > 16) throw validationError("emoji", "Ensure this field has no more than 16 characters.", "max_length");
    // `validate_emoji`: a blank emoji is stored as null.
    fields.emoji = emoji === "" ? null : emoji;
  }
  const hidden = readBoolean(body, "hidden_in_user_interface", { allowNull: true });
  if (hidden !== undefined) fields.hidden_in_user_interface = hidden;
  // `AnnotationSerializer.validate`: the dashboard must be a live one of this project; recording scope is refused.
  if (fields.dashboard_id !== undefined && fields.dashboard_id !== null) {
    const dashboard = context.project.dashboards.find((candidate) => candidate.id === fields.dashboard_id && !candidate.deleted);
    if (dashboard === undefined) throw validationError("dashboard_id", "Dashboard not found.");
  }
  if (fields.scope === "recording") throw validationError(null, "Recording scope is deprecated");
  return fields;
}

/** `TeamScopedPrimaryKeyRelatedField(queryset=Insight.objects.all())`: a live insight of this project, by primary key. */
function readInsightId(context: ResourceContext, value: unknown): number | null {
  if (value === null) return null;
  if (typeof value === "boolean" || (typeof value !== "number" && typeof value !== "string") || (typeof value === "number" && !Number.isInteger(value))) {
    throw validationError("dashboard_item", `Incorrect type. Expected pk value, received ${describePythonType(value)}.`, "incorrect_type");
  }
  const insight = context.project.insights.find((candidate) => String(candidate.id) === String(value).trim() && !candidate.deleted);
  if (insight === undefined) throw validationError("dashboard_item", `Invalid pk "${String(value)}" - object does not exist.`, "does_not_exist");
  return insight.id;
}

function createAnnotation(context: ResourceContext): ResourceResponse {
  const { project, state } = context;
  const fields = readAnnotationFields(context, readRequestBody(context.body));
  const now = isoNow();
  const record: AnnotationRecord = {
    id: allocateId(state, "annotation"),
    content: null,
    date_marker: null,
    creation_type: "USR",
    dashboard_item: null,
    dashboard_id: null,
    // The model's default scope is the insight's.
    scope: "dashboard_item",
    emoji: null,
    hidden_in_user_interface: null,
    deleted: false,
    created_at: now,
    created_by: currentUser(),
    updated_at: now,
    ...fields,
  };
  annotationsOf(project).push(record);
  return created(serializeAnnotation(state, record));
}

function updateAnnotation(context: ResourceContext, record: AnnotationRecord): ResourceResponse {
  const { project, state } = context;
  const fields = readAnnotationFields(context, readRequestBody(context.body));
  Object.assign(record, fields, { updated_at: isoNow() });
  // `AnnotationSerializer.update` sets `team_id` to the requesting project's.
  for (const owner of state.projects) {
    if (owner !== project && annotationsOf(owner).includes(record)) {
      owner.annotations = annotationsOf(owner).filter((candidate) => candidate !== record);
      annotationsOf(project).push(record);
    }
  }
  return ok(serializeAnnotation(state, record));
}

function listAnnotations(context: ResourceContext): ResourceResponse {
  const { state, project, query } = context;
  let records = visibleAnnotations(state, project)
    .map(({ record }) => record)
    .filter((record) => !record.deleted && !isParentDeleted(state, record));
  const scope = query.get("scope");
  if (scope) {
    const wanted = scope === "insight" ? "dashboard_item" : scope;
    if (!SCOPES.includes(wanted)) throw validationError(null, `Invalid scope: ${wanted}`);
    records = records.filter((record) => record.scope === wanted);
  }
  const hidden = query.get("hidden_in_user_interface");
  if (hidden !== null) records = records.filter((record) => (["true", "1", "yes"].includes(hidden.toLowerCase()) ? record.hidden_in_user_interface === true : record.hidden_in_user_interface !== true));
  const search = query.get("search");
  if (search) records = records.filter((record) => (record.content ?? "").toLowerCase().includes(search.toLowerCase()));
  // `order_by("-date_marker")`: PostgreSQL puts nulls first when descending.
  const time = (record: AnnotationRecord) => (record.date_marker === null ? Number.POSITIVE_INFINITY : Date.parse(record.date_marker));
  records.sort((left, right) => time(right) - time(left) || left.id - right.id);
  const page = paginate(records, context.requestUrl, DEFAULT_LIMIT);
  return ok({ ...page, results: page.results.map((record) => serializeAnnotation(state, record)) });
}
