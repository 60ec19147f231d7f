import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, validationError } from "../errors.js";
import { hasField, isTruthy, readBoolean, readChoice, readInteger, readJson, readRequestBody, readString } from "../fields.js";
import { isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { ProjectState } from "../state.js";
import { currentUser, type UserBasic } from "../users.js";
import { createDestination, deleteDestination, isAlertFunction } from "./logs-alert-destinations.js";
import { created, noContent, ok, type ResourceContext, type ResourceResponse } from "./resource.js";
import type { Viewset } from "./viewset.js";

/** The writable and server-managed columns of one `LogsAlertConfiguration` row. */
export interface LogsAlertRecord {
  id: string;
  name: string;
  enabled: boolean;
  filters: JsonRecord;
  threshold_count: number;
  threshold_operator: string;
  window_minutes: number;
  check_interval_minutes: number;
  state: string;
  evaluation_periods: number;
  datapoints_to_alarm: number;
  cooldown_minutes: number;
  snooze_until: string | null;
  next_check_at: string | null;
  last_notified_at: string | null;
  last_checked_at: string | null;
  consecutive_failures: number;
  first_enabled_at: string | null;
  created_at: string;
  created_by: UserBasic | null;
  updated_at: string;
}

/** `posthog_feature_flag` of `LogsAlertViewSet`. */
export const LOGS_ALERTS_FLAG = "logs-alerting";

const ALLOWED_WINDOW_MINUTES = [5, 10, 15, 30, 60];
const MAX_EVALUATION_PERIODS = 10;
const MAX_ALERTS_PER_TEAM = 20;
const DESTINATION_TEMPLATES: Readonly<Record<string, string>> = { "template-slack": "slack", "template-webhook": "webhook" };

function alertsOf(project: ProjectState): LogsAlertRecord[] {
  project.logsAlerts ??= [];
  return project.logsAlerts;
}

/** `LogsAlertFiltersField`: a JSON object that `LogsAlertFilters.model_validate` accepts (the list and object members are checked here). */
function readFilters(value: unknown): JsonRecord {
  if (!isRecord(value)) throw validationError("filters", "Must be a JSON object.");
  for (const key of ["severityLevels", "serviceNames"]) {
    const member = value[key];
    if (member !== undefined && member !== null && (!Array.isArray(member) || member.some((item) => typeof item !== "string"))) {
      throw validationError("filters", `Invalid filters shape at \`${key}\`: Input should be a valid list`);
    }
  }
  const group = value.filterGroup;
  if (group !== undefined && group !== null && !isRecord(group)) throw validationError("filters", "Invalid filters shape at `filterGroup`: Input should be a valid dictionary or instance of PropertyGroupFilter");
  return value;
}

/** `_validate_filters`: at least one of the three filters is set. */
function requireSomeFilter(filters: JsonRecord): void {
  if (!isTruthy(filters.severityLevels) && !isTruthy(filters.serviceNames) && !isTruthy(filters.filterGroup)) {
    throw validationError("filters", "At least one filter is required (severityLevels, serviceNames, or filterGroup).");
  }
}

function readSnooze(body: JsonRecord): string | null | undefined {
  if (!hasField(body, "snooze_until")) return undefined;
  const value = body.snooze_until;
  if (value === null) return null;
  const time = typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw validationError("snooze_until", "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].", "invalid");
  if (time <= Date.now()) throw validationError("snooze_until", "Must be a future datetime.");
  return new Date(time).toISOString();
}

type AlertFields = Partial<Pick<LogsAlertRecord, "name" | "enabled" | "filters" | "threshold_count" | "threshold_operator" | "window_minutes" | "evaluation_periods" | "datapoints_to_alarm" | "cooldown_minutes" | "snooze_until">>;

/** `LogsAlertConfigurationSerializer` field by field, then its `validate` against the stored row on a partial update. */
function readAlertFields(body: JsonRecord, existing: LogsAlertRecord | undefined): AlertFields {
  const fields: AlertFields = {};
  const name = readString(body, "name", { allowBlank: true, maxLength: 255 });
  if (name !== undefined && name !== null) fields.name = name;
  const enabled = readBoolean(body, "enabled");
  if (enabled !== undefined && enabled !== null) fields.enabled = enabled;
  if (hasField(body, "filters")) fields.filters = readFilters(readJson(body, "filters"));
  const integers = [["threshold_count", 1, undefined], ["window_minutes", undefined, undefined], ["evaluation_periods", 1, MAX_EVALUATION_PERIODS], ["datapoints_to_alarm", 1, MAX_EVALUATION_PERIODS], ["cooldown_minutes", 0, undefined]] as const;
  for (const [key, min, max] of integers) {
    const value = readInteger(body, key, { min, max });
    if (value !== undefined && value !== null) fields[key] = value;
  }
  const operator = readChoice(body, "threshold_operator", ["above", "below"]);
  if (operator !== undefined && operator !== null) fields.threshold_operator = String(operator);
  const snooze = readSnooze(body);
  if (snooze !== undefined) fields.snooze_until = snooze;

  const filters = fields.filters ?? existing?.filters ?? {};
  const effectiveEnabled = fields.enabled ?? existing?.enabled ?? true;
  if (effectiveEnabled || Object.keys(filters).length > 0) requireSomeFilter(filters);
  const window = fields.window_minutes ?? existing?.window_minutes;
  if (window !== undefined && !ALLOWED_WINDOW_MINUTES.includes(window)) throw validationError("window_minutes", `Must be one of [${ALLOWED_WINDOW_MINUTES.join(", ")}].`);
  const periods = fields.evaluation_periods ?? existing?.evaluation_periods ?? 1;
  const datapoints = fields.datapoints_to_alarm ?? existing?.datapoints_to_alarm ?? 1;
  if (datapoints > periods) throw validationError("datapoints_to_alarm", `Cannot exceed evaluation_periods (${datapoints} > ${periods}).`);
  return fields;
}

/** `get_destination_types`: the live Slack and webhook hog functions whose filters name this alert. */
function destinationTypesOf(project: ProjectState, alert: LogsAlertRecord): string[] {
  const types = new Set<string>();
  for (const fn of project.hogFunctions ?? []) {
    const type = fn.template_id === null ? undefined : DESTINATION_TEMPLATES[fn.template_id];
    if (!fn.deleted && type !== undefined && isAlertFunction(fn, alert.id)) types.add(type);
  }
  return [...types].sort();
}

/** The serializer's representation: the row, the method fields, and a 24-hour state timeline with no events. */
function serializeAlert(project: ProjectState, alert: LogsAlertRecord): JsonRecord {
  const end = new Date();
  const start = new Date(end.getTime() - 24 * 3600 * 1000);
  return {
    ...alert,
    last_error_message: null,
    state_timeline: [{ start: start.toISOString(), end: end.toISOString(), state: alert.state, enabled: alert.enabled }],
    destination_types: destinationTypesOf(project, alert),
  };
}

function findAlert(context: ResourceContext, id: string): LogsAlertRecord {
  const alert = alertsOf(context.project).find((candidate) => candidate.id === id);
  if (alert === undefined) throw notFound();
  return alert;
}

function createAlert(context: ResourceContext): ResourceResponse {
  const fields = readAlertFields(readRequestBody(context.body), undefined);
  // `create`: the team's row is locked and its alerts counted before the insert.
  if (alertsOf(context.project).length >= MAX_ALERTS_PER_TEAM) throw validationError(null, `Maximum number of alerts (${MAX_ALERTS_PER_TEAM}) reached for this team.`);
  const now = isoNow();
  const record: LogsAlertRecord = {
    id: randomUUID(), name: "", enabled: true, filters: {}, threshold_count: 100, threshold_operator: "above", window_minutes: 5, check_interval_minutes: 5, state: "not_firing",
    evaluation_periods: 1, datapoints_to_alarm: 1, cooldown_minutes: 0, snooze_until: null, next_check_at: null, last_notified_at: null, last_checked_at: null, consecutive_failures: 0,
    first_enabled_at: null, created_at: now, created_by: currentUser(), updated_at: now, ...fields,
  };
  if (record.name.trim() === "") record.name = "Untitled alert";
  if (record.enabled) record.first_enabled_at = now;
  alertsOf(context.project).push(record);
  return created(serializeAlert(context.project, record));
}

function updateAlert(context: ResourceContext, record: LogsAlertRecord): ResourceResponse {
  const fields = readAlertFields(readRequestBody(context.body), record);
  if (fields.name !== undefined && fields.name.trim() === "") fields.name = "Untitled alert";
  const now = isoNow();
  // `update`: enabling for the first time stamps first_enabled_at; enabling or disabling leaves a quiet alert not firing.
  if (fields.enabled === true && !record.enabled && record.first_enabled_at === null) record.first_enabled_at = now;
  if (fields.enabled !== undefined && fields.enabled !== record.enabled) record.state = "not_firing";
  Object.assign(record, fields, { updated_at: now });
  return ok(serializeAlert(context.project, record));
}

/**
 * `LogsAlertViewSet` (products/logs/backend/alerts_api.py): a `ModelViewSet` by id, newest first,
 * scope `logs`, behind the `logs-alerting` flag, at most 20 alerts a team; DELETE removes the row.
 * Its `destinations` actions create and soft-delete the hog functions that notify for an alert.
 */
export const logsAlertsViewset: Viewset<LogsAlertRecord> = {
  list: (context) => {
    const alerts = [...alertsOf(context.project)].sort((left, right) => right.created_at.localeCompare(left.created_at));
    const page = paginate(alerts, context.requestUrl);
    return ok({ ...page, results: page.results.map((alert) => serializeAlert(context.project, alert)) });
  },
  create: createAlert,
  detail: {
    find: findAlert,
    retrieve: (context, record) => ok(serializeAlert(context.project, record)),
    update: updateAlert,
    destroy: (context, record) => {
      context.project.logsAlerts = alertsOf(context.project).filter((candidate) => candidate !== record);
      return noContent();
    },
    actions: {
      destinations: { methods: ["POST"], run: createDestination },
      "destinations/delete": { methods: ["POST"], run: deleteDestination },
    },
  },
};
