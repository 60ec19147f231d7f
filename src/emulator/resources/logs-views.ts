import { randomInt, randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, permissionDenied, validationError } from "../errors.js";
import { coerceString, hasField, readBoolean, readList, readRequestBody, readString } from "../fields.js";
import { describePythonType, isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { ProjectState } from "../state.js";
import { currentUser, type UserBasic } from "../users.js";
import { created, noContent, ok, type ResourceContext, type ResourceResponse } from "./resource.js";
import type { Viewset } from "./viewset.js";

/** One `LogsView` row (products/logs/backend/migrations/0002_logsview.py, 0016_logsview_columns.py). */
export interface LogsViewRecord {
  id: string;
  short_id: string;
  name: string;
  filters: JsonRecord;
  columns: JsonRecord[] | null;
  pinned: boolean;
  created_at: string;
  created_by: UserBasic | null;
  updated_at: string;
}

/** `posthog_feature_flag` of `LogsViewViewSet`, which `PostHogFeatureFlagPermission` checks on every action. */
export const LOGS_VIEWS_FLAG = "logs-saved-views";

const COLUMN_TYPES = ["timestamp", "level", "source", "trace_id", "span_id", "message", "custom"];
const SHORT_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/**
 * `PostHogFeatureFlagPermission`: PostHog evaluates one of its own feature flags for the
 * organization, and refuses with DRF's default permission message when it is off.
 */
export function requireFlag(context: ResourceContext, flag: string): void {
  if (context.settings.posthogFeatureFlags?.[flag] === false) throw permissionDenied("You do not have permission to perform this action.");
}

function viewsOf(project: ProjectState): LogsViewRecord[] {
  project.logsViews ??= [];
  return project.logsViews;
}

/** `generate_short_id`: eight letters and digits, unique in the team (`unique_together`). */
function generateViewShortId(project: ProjectState): string {
  for (;;) {
    let candidate = "";
    for (let index = 0; index < 8; index += 1) candidate += SHORT_ID_ALPHABET[randomInt(SHORT_ID_ALPHABET.length)];
    if (!viewsOf(project).some((view) => view.short_id === candidate)) return candidate;
  }
}

function serializeView(record: LogsViewRecord): JsonRecord {
  return { ...record };
}

/** `LogsViewColumnSerializer`: optional keys stay absent, so the stored JSON is what the client sent. */
function readColumn(value: unknown, index: number): JsonRecord {
  const path = ["columns", String(index)];
  if (!isRecord(value)) throw validationError([...path, "non_field_errors"], `Invalid data. Expected a dictionary, but got ${describePythonType(value)}.`);
  const column: JsonRecord = {};
  if (!hasField(value, "id")) throw validationError([...path, "id"], "This field is required.", "required");
  column.id = coerceString(value.id, [...path, "id"]);
  if (!hasField(value, "type")) throw validationError([...path, "type"], "This field is required.", "required");
  if (typeof value.type !== "string" || !COLUMN_TYPES.includes(value.type)) throw validationError([...path, "type"], `"${String(value.type)}" is not a valid choice.`, "invalid_choice");
  column.type = value.type;
  for (const name of ["name", "expression"]) if (hasField(value, name)) column[name] = coerceString(value[name], [...path, name]);
  if (hasField(value, "width")) {
    const width = value.width;
    const number = typeof width === "number" && Number.isInteger(width) ? width : typeof width === "string" && /^\s*-?\d+\s*$/.test(width) ? Number.parseInt(width, 10) : undefined;
    if (number === undefined) throw validationError([...path, "width"], "A valid integer is required.", "invalid");
    if (number < 1) throw validationError([...path, "width"], "Ensure this value is greater than or equal to 1.", "min_value");
    if (number > 2000) throw validationError([...path, "width"], "Ensure this value is less than or equal to 2000.", "max_value");
    column.width = number;
  }
  if (column.type === "custom" && !column.expression) throw validationError([...path, "expression"], "Custom columns require an expression.");
  return column;
}

/** `LogsViewSerializer` (a `ModelSerializer`): name up to 400, filters a dict, columns a list of columns or null, pinned. */
function readViewFields(body: JsonRecord, creating: boolean): Partial<LogsViewRecord> {
  const fields: Partial<LogsViewRecord> = {};
  const name = readString(body, "name", { required: creating, maxLength: 400 });
  if (name !== undefined && name !== null) fields.name = name;
  if (hasField(body, "filters")) {
    if (!isRecord(body.filters)) throw validationError("filters", `Expected a dictionary of items but got type "${describePythonType(body.filters)}".`, "not_a_dict");
    fields.filters = body.filters;
  }
  const columns = readList(body, "columns", { allowNull: true });
  if (columns !== undefined) fields.columns = columns === null ? null : columns.map(readColumn);
  const pinned = readBoolean(body, "pinned");
  if (pinned !== undefined && pinned !== null) fields.pinned = pinned;
  return fields;
}

function findView(context: ResourceContext, shortId: string): LogsViewRecord {
  const view = viewsOf(context.project).find((candidate) => candidate.short_id === shortId);
  if (view === undefined) throw notFound();
  return view;
}

function createView(context: ResourceContext): ResourceResponse {
  const fields = readViewFields(readRequestBody(context.body), true);
  const now = isoNow();
  const record: LogsViewRecord = { id: randomUUID(), short_id: generateViewShortId(context.project), name: "", filters: {}, columns: null, pinned: false, created_at: now, created_by: currentUser(), updated_at: now, ...fields };
  viewsOf(context.project).push(record);
  return created(serializeView(record));
}

function updateView(context: ResourceContext, record: LogsViewRecord): ResourceResponse {
  Object.assign(record, readViewFields(readRequestBody(context.body), false), { updated_at: isoNow() });
  return ok(serializeView(record));
}

/**
 * `LogsViewViewSet` (products/logs/backend): a `ModelViewSet` by `short_id`, newest first,
 * scope `logs`, behind the `logs-saved-views` flag; DELETE removes the row.
 */
export const logsViewsViewset: Viewset<LogsViewRecord> = {
  list: (context) => {
    const views = [...viewsOf(context.project)].sort((left, right) => right.created_at.localeCompare(left.created_at));
    const page = paginate(views, context.requestUrl);
    return ok({ ...page, results: page.results.map(serializeView) });
  },
  create: createView,
  detail: {
    find: findView,
    retrieve: (_context, record) => ok(serializeView(record)),
    update: updateView,
    destroy: (context, record) => {
      context.project.logsViews = viewsOf(context.project).filter((candidate) => candidate !== record);
      return noContent();
    },
  },
};
