import { isoNow } from "../clock.js";
import { coerceDateTime } from "../datetime.js";
import { validationError } from "../errors.js";
import { hasField, parseBooleanText, readBoolean, readChoice, readInteger, readList, readRequestBody, readString } from "../fields.js";
import { describePythonType, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import { allocateId, type EmulatorState, type ProjectState } from "../state.js";
import { currentUser, type UserBasic } from "../users.js";
import { created, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { nextDeliveryDate } from "./subscription-schedule.js";
import { validateSubscription, type SubscriptionAttrs } from "./subscription-validation.js";
import { findByIntegerId, routeViewset } from "./viewset.js";

/** One subscription row (`Subscription`, posthog/models/subscription.py), including soft-deleted ones. */
export interface SubscriptionRecord {
  id: number;
  content_type: string;
  dashboard_id: number | null;
  insight_id: number | null;
  dashboard_export_insights: number[];
  title: string | null;
  target_type: string;
  target_value: string;
  frequency: string;
  interval: number;
  count: number | null;
  byweekday: string[] | null;
  bysetpos: number | null;
  start_date: string;
  until_date: string | null;
  next_delivery_date: string | null;
  integration_id: number | null;
  enabled: boolean;
  summary_enabled: boolean;
  summary_prompt_guide: string;
  deleted: boolean;
  created_at: string;
  created_by: UserBasic | null;
}

const TARGET_TYPES = ["email", "slack", "webhook"];
const FREQUENCIES = ["daily", "weekly", "monthly", "yearly"];
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const CONTENT_TYPES = ["insight", "dashboard", "ai_prompt"];
const UNITS: Readonly<Record<string, string>> = { daily: "day", weekly: "week", monthly: "month", yearly: "year" };
const POSITIONS: Readonly<Record<string, string>> = { "1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last" };

/**
 * Subscriptions (`/api/projects/{id}/subscriptions/`), after `SubscriptionSerializer` and
 * `SubscriptionViewSet` (ee/api/subscription.py): `ForbidDestroyModel` (DELETE is 405), soft
 * delete by PATCH `deleted`, deleted rows left out of the list unless `deleted` is asked for but
 * still read and updated by id, `next_delivery_date` and `summary` computed, `invite_message`
 * taken but never stored (it reads back null), newest first, 100 per page.
 */
export const subscriptionsResource: ResourceModule = {
  segment: "subscriptions",
  scopeObject: "subscription",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<SubscriptionRecord>({
    list: listSubscriptions,
    create: createSubscription,
    detail: {
      find: (context, id) => findByIntegerId(filterByParams(subscriptionsOf(context.project), context.query), id),
      retrieve: ({ state, project }, record) => ok(serializeSubscription(state, project, record)),
      update: updateSubscription,
      destroy: "forbidden",
    },
  }),
};

function subscriptionsOf(project: ProjectState): SubscriptionRecord[] {
  project.subscriptions ??= [];
  return project.subscriptions;
}

/** `safely_get_queryset`'s filters that apply to every action: `insight`, `dashboard` and `deleted`. */
function filterByParams(records: SubscriptionRecord[], query: URLSearchParams): SubscriptionRecord[] {
  let out = records;
  const insight = query.get("insight");
  if (insight !== null) out = out.filter((record) => String(record.insight_id) === insight);
  const dashboard = query.get("dashboard");
  if (dashboard !== null) out = out.filter((record) => String(record.dashboard_id) === dashboard);
  const deleted = query.get("deleted");
  if (deleted !== null) out = out.filter((record) => record.deleted === parseBooleanText(deleted));
  return out;
}

/** `Subscription.summary`, PostHog's words for the schedule. */
function summarize(record: SubscriptionRecord): string {
  const unit = UNITS[record.frequency];
  if (unit === undefined) return "sent on a schedule";
  let summary = `sent every ${record.interval > 1 ? `${record.interval} ${unit}s` : unit}`;
  if (record.byweekday !== null && record.byweekday.length > 0 && record.bysetpos !== null && record.bysetpos !== 0) {
    const position = POSITIONS[String(record.bysetpos)];
    if (position === undefined) return "sent on a schedule";
    const days = record.byweekday;
    const weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"];
    const label = days.length === 1 ? days[0]!.charAt(0).toUpperCase() + days[0]!.slice(1) : new Set(days).size === 5 && weekdays.every((day) => days.includes(day)) ? "weekday" : "day";
    summary += ` on the ${position} ${label}`;
  }
  return summary;
}

function findInsight(state: EmulatorState, id: number | null) {
  return id === null ? undefined : state.projects.flatMap((project) => project.insights).find((insight) => insight.id === id);
}

function serializeSubscription(state: EmulatorState, project: ProjectState, record: SubscriptionRecord): JsonRecord {
  const insight = findInsight(state, record.insight_id);
  const dashboard = record.dashboard_id === null ? undefined : project.dashboards.find((candidate) => candidate.id === record.dashboard_id);
  return {
    id: record.id,
    content_type: record.content_type,
    dashboard: record.dashboard_id,
    insight: record.insight_id,
    insight_short_id: insight?.short_id ?? null,
    resource_name: insight !== undefined ? (insight.name || insight.derived_name) : dashboard !== undefined ? dashboard.name || "Dashboard" : null,
    dashboard_export_insights: [...record.dashboard_export_insights].sort((a, b) => a - b),
    prompt: null,
    ai_config: null,
    target_type: record.target_type,
    target_value: record.target_value,
    frequency: record.frequency,
    interval: record.interval,
    byweekday: record.byweekday,
    bysetpos: record.bysetpos,
    count: record.count,
    start_date: record.start_date,
    until_date: record.until_date,
    created_at: record.created_at,
    created_by: record.created_by,
    deleted: record.deleted,
    enabled: record.enabled,
    title: record.title,
    summary: summarize(record),
    next_delivery_date: record.next_delivery_date,
    integration_id: record.integration_id,
    // A serializer field the model lacks, with `allow_null`: DRF reads it back as null.
    invite_message: null,
    summary_enabled: record.summary_enabled,
    summary_prompt_guide: record.summary_prompt_guide,
  };
}

/** A `PrimaryKeyRelatedField` to an insight or a dashboard, which must belong to this project. */
function readRelated(context: ResourceContext, body: JsonRecord, key: "insight" | "dashboard"): number | null | undefined {
  if (!hasField(body, key)) return undefined;
  const value = body[key];
  if (value === null) return null;
  if (typeof value === "boolean" || (typeof value !== "number" && typeof value !== "string")) {
    throw validationError(key, `Incorrect type. Expected pk value, received ${describePythonType(value)}.`, "incorrect_type");
  }
  const rows = key === "insight" ? context.state.projects.flatMap((project) => project.insights.map((row) => ({ id: row.id, project }))) : context.state.projects.flatMap((project) => project.dashboards.map((row) => ({ id: row.id, project })));
  const found = rows.find((row) => String(row.id) === String(value).trim());
  if (found === undefined) throw validationError(key, `Invalid pk "${String(value)}" - object does not exist.`, "does_not_exist");
  if (found.project !== context.project) throw validationError(key, `This ${key} does not belong to your team.`);
  return found.id;
}

function readDateTime(body: JsonRecord, key: string, allowNull: boolean): string | null | undefined {
  if (!hasField(body, key)) return undefined;
  if (body[key] === null) {
    if (allowNull) return null;
    throw validationError(key, "This field may not be null.", "null");
  }
  return coerceDateTime(body[key], [key]);
}

function readAttrs(context: ResourceContext, body: JsonRecord, creating: boolean): SubscriptionAttrs {
  const attrs: SubscriptionAttrs = {};
  const set = <K extends keyof SubscriptionAttrs>(key: K, value: SubscriptionAttrs[K] | undefined) => {
    if (value !== undefined) attrs[key] = value;
  };
  set("content_type", readChoice(body, "content_type", CONTENT_TYPES) as string | undefined);
  set("dashboard_id", readRelated(context, body, "dashboard"));
  set("insight_id", readRelated(context, body, "insight"));
  if (hasField(body, "dashboard_export_insights")) {
    const value = body.dashboard_export_insights;
    if (!Array.isArray(value)) throw validationError("dashboard_export_insights", "Expected a list of insight IDs.");
    if (value.some((item) => typeof item !== "number" || !Number.isInteger(item))) throw validationError("dashboard_export_insights", "All items must be integers.");
    attrs.dashboard_export_insights = value as number[];
  }
  set("prompt", readString(body, "prompt", { allowNull: true, allowBlank: true }));
  set("target_type", readChoice(body, "target_type", TARGET_TYPES, { required: creating }) as string | undefined);
  set("target_value", readString(body, "target_value", { required: creating }) ?? undefined);
  set("frequency", readChoice(body, "frequency", FREQUENCIES, { required: creating }) as string | undefined);
  set("interval", readInteger(body, "interval", { min: -2147483648, max: 2147483647 }) ?? undefined);
  set("count", readInteger(body, "count", { allowNull: true }));
  const weekdays = readList(body, "byweekday", { allowNull: true });
  if (weekdays !== undefined) attrs.byweekday = weekdays === null ? null : weekdays.map((day, index) => String(readChoice({ day }, "day", WEEKDAYS, { path: ["byweekday", index] })));
  set("bysetpos", readInteger(body, "bysetpos", { allowNull: true }));
  if (creating && !hasField(body, "start_date")) throw validationError("start_date", "This field is required.", "required");
  set("start_date", readDateTime(body, "start_date", false) ?? undefined);
  set("until_date", readDateTime(body, "until_date", true));
  set("deleted", readBoolean(body, "deleted") ?? undefined);
  set("enabled", readBoolean(body, "enabled") ?? undefined);
  const title = readString(body, "title", { allowNull: true, allowBlank: true, maxLength: 100 });
  set("title", title);
  set("integration_id", readInteger(body, "integration_id", { allowNull: true }));
  set("invite_message", readString(body, "invite_message", { allowNull: true, allowBlank: true }));
  set("summary_enabled", readBoolean(body, "summary_enabled") ?? undefined);
  set("summary_prompt_guide", readString(body, "summary_prompt_guide", { allowBlank: true, maxLength: 500 }) ?? undefined);
  return attrs;
}

/** The model's fields of a validated write; `invite_message` and `prompt` go to the delivery workflow only. */
function storedFields(attrs: SubscriptionAttrs): Partial<SubscriptionRecord> {
  const { invite_message: _invite, prompt: _prompt, ...fields } = attrs;
  return fields;
}

function createSubscription(context: ResourceContext): ResourceResponse {
  const { state, project } = context;
  const attrs = readAttrs(context, readRequestBody(context.body), true);
  validateSubscription(project, attrs, undefined);
  const record: SubscriptionRecord = {
    id: allocateId(state, "subscription"),
    content_type: "insight",
    dashboard_id: null,
    insight_id: null,
    dashboard_export_insights: [],
    title: null,
    target_type: "email",
    target_value: "",
    frequency: "daily",
    interval: 1,
    count: null,
    byweekday: null,
    bysetpos: null,
    start_date: "",
    until_date: null,
    next_delivery_date: null,
    integration_id: null,
    enabled: true,
    summary_enabled: false,
    summary_prompt_guide: "",
    deleted: false,
    created_at: isoNow(),
    created_by: currentUser(),
    ...storedFields(attrs),
  };
  record.next_delivery_date = nextDeliveryDate(record);
  subscriptionsOf(project).push(record);
  return created(serializeSubscription(state, project, record));
}

function updateSubscription(context: ResourceContext, record: SubscriptionRecord): ResourceResponse {
  const { state, project } = context;
  const attrs = readAttrs(context, readRequestBody(context.body), false);
  validateSubscription(project, attrs, record);
  const wasDisabled = !record.enabled;
  const before = JSON.stringify([record.frequency, record.count, record.interval, record.start_date, record.until_date, record.bysetpos, record.byweekday]);
  const { dashboard_export_insights: selected, ...fields } = storedFields(attrs);
  Object.assign(record, fields);
  // `update` replaces the selection only when a non-empty one is sent.
  if (selected !== undefined && selected.length > 0) record.dashboard_export_insights = [...new Set(selected)];
  // `Subscription.save` recomputes the next delivery when the rrule changed; re-enabling recomputes it too.
  const after = JSON.stringify([record.frequency, record.count, record.interval, record.start_date, record.until_date, record.bysetpos, record.byweekday]);
  if (before !== after || (wasDisabled && record.enabled)) record.next_delivery_date = nextDeliveryDate(record);
  return ok(serializeSubscription(state, project, record));
}

function listSubscriptions(context: ResourceContext): ResourceResponse {
  const { state, project, query } = context;
  let records = filterByParams(subscriptionsOf(project), query);
  if (query.get("deleted") === null) records = records.filter((record) => !record.deleted);
  const resourceType = query.get("resource_type");
  if (resourceType === "insight") records = records.filter((record) => record.insight_id !== null);
  if (resourceType === "dashboard") records = records.filter((record) => record.dashboard_id !== null);
  const targetType = query.get("target_type");
  if (targetType) {
    if (!TARGET_TYPES.includes(targetType)) throw validationError("target_type", `Must be one of: ${[...TARGET_TYPES].sort().join(", ")}.`);
    records = records.filter((record) => record.target_type === targetType);
  }
  // `ordering = ["-created_at"]`.
  records = [...records].sort((left, right) => right.created_at.localeCompare(left.created_at) || right.id - left.id);
  const page = paginate(records, context.requestUrl);
  return ok({ ...page, results: page.results.map((record) => serializeSubscription(state, project, record)) });
}
