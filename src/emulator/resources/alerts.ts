import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, validationError } from "../errors.js";
import { hasField, isUuid, readBoolean, readChoice, readList, readObject, readRequestBody, readString } from "../fields.js";
import { describePythonType, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { InsightRecord, ProjectState } from "../state.js";
import { currentUser, EMULATOR_USER, type UserBasic } from "../users.js";
import { cleanThreshold, unwrapQuery, validateAlertConfig } from "./alert-validation.js";
import { insightView, serializeInsight } from "./insights.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

/** One alert (`AlertConfiguration`, products/alerts/backend/models/alert.py) with its threshold. */
export interface AlertRecord {
  id: string;
  name: string;
  insight_id: number;
  subscribed_user_ids: number[];
  threshold: { id: string; created_at: string; name: string; configuration: unknown } | null;
  condition: unknown;
  config: unknown;
  calculation_interval: string | null;
  enabled: boolean;
  state: string;
  skip_weekend: boolean | null;
  snoozed_until: string | null;
  created_at: string;
  created_by: UserBasic | null;
}

const INTERVALS = ["every_15_minutes", "hourly", "daily", "weekly", "monthly"];
/** `are_alerts_supported`: alerts evaluate trends, funnels and SQL insights. */
const ALERTABLE_KINDS = ["TrendsQuery", "FunnelsQuery", "HogQLQuery"];

/**
 * Insight alerts (`/api/projects/{id}/alerts/`), after `AlertSerializer` and `AlertViewSet`
 * (products/alerts/backend/api/alert.py): a UUID id, the insight returned nested
 * (`InsightBasicSerializer`) and subscribers as users, a nested threshold that updates in place,
 * `validate_alert_config` for trends alerts, a state reset to "Not firing" when the threshold
 * changes or the alert is disabled, newest first, and a real DELETE.
 */
export const alertsResource: ResourceModule = {
  segment: "alerts",
  scopeObject: "alert",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<AlertRecord>({
    list: listAlerts,
    create: createAlert,
    detail: {
      find: ({ project }, id) => {
        const alert = isUuid(id) ? alertsOf(project).find((candidate) => candidate.id === id) : undefined;
        if (alert === undefined) throw notFound();
        return alert;
      },
      retrieve: (context, alert) => ok({ ...serializeAlert(context, alert), checks_total: 0 }),
      update: updateAlert,
      destroy: ({ project }, alert) => {
        project.alerts = alertsOf(project).filter((candidate) => candidate !== alert);
        return noContent();
      },
    },
  }),
};

function alertsOf(project: ProjectState): AlertRecord[] {
  project.alerts ??= [];
  return project.alerts;
}

function serializeAlert(context: ResourceContext, alert: AlertRecord): JsonRecord {
  const insight = context.project.insights.find((candidate) => candidate.id === alert.insight_id);
  return {
    id: alert.id,
    created_by: alert.created_by,
    created_at: alert.created_at,
    insight: insight === undefined ? null : serializeInsight(context.project, insight, insightView(context, true)),
    name: alert.name,
    // The emulator's organization has one member, the user every key belongs to.
    subscribed_users: alert.subscribed_user_ids.filter((id) => id === EMULATOR_USER.id).map(() => currentUser()),
    threshold: alert.threshold,
    condition: alert.condition,
    state: alert.state,
    enabled: alert.enabled,
    last_notified_at: null,
    last_checked_at: null,
    next_check_at: null,
    checks: [],
    config: alert.config,
    detector_config: null,
    calculation_interval: alert.calculation_interval,
    snoozed_until: alert.snoozed_until,
    skip_weekend: alert.skip_weekend,
    schedule_restriction: null,
    last_value: null,
    investigation_agent_enabled: false,
    investigation_gates_notifications: false,
    investigation_inconclusive_action: "notify",
  };
}

/** `TeamScopedPrimaryKeyRelatedField(queryset=Insight.objects.all())`, then `validate_insight`. */
function readInsight(project: ProjectState, value: unknown): InsightRecord {
  if (value === null) throw validationError("insight", "This field may not be null.", "null");
  if (typeof value === "boolean" || (typeof value !== "number" && typeof value !== "string")) {
    throw validationError("insight", `Incorrect type. Expected pk value, received ${describePythonType(value)}.`, "incorrect_type");
  }
  const insight = project.insights.find((candidate) => String(candidate.id) === String(value).trim() && !candidate.deleted);
  if (insight === undefined) throw validationError("insight", `Invalid pk "${String(value)}" - object does not exist.`, "does_not_exist");
  if (!ALERTABLE_KINDS.includes(String(unwrapQuery(insight.query)?.kind))) throw validationError("insight", "Alerts are not supported for this insight.");
  return insight;
}

/** `subscribed_users`: primary keys of active users who can access the project. */
function readSubscribers(body: JsonRecord, required: boolean): number[] | undefined {
  const ids = readList(body, "subscribed_users", { required });
  if (ids === undefined || ids === null) return ids === null ? [] : undefined;
  return ids.map((id) => {
    if (typeof id === "boolean" || (typeof id !== "number" && typeof id !== "string")) {
      throw validationError("subscribed_users", `Incorrect type. Expected pk value, received ${describePythonType(id)}.`, "incorrect_type");
    }
    if (String(id).trim() !== String(EMULATOR_USER.id)) throw validationError("subscribed_users", `Invalid pk "${String(id)}" - object does not exist.`, "does_not_exist");
    return EMULATOR_USER.id;
  });
}

interface AlertInput {
  insight?: InsightRecord;
  name?: string;
  subscribers?: number[];
  threshold?: JsonRecord;
  condition?: unknown;
  config?: unknown;
  enabled?: boolean;
  calculationInterval?: string;
  skipWeekend?: boolean | null;
  snoozedUntil?: string | null;
}

/** The fields in `AlertSerializer.Meta.fields` order, as DRF validates them, then `validate`. */
function readAlertInput(context: ResourceContext, existing: AlertRecord | undefined): AlertInput {
  const { project } = context;
  const body = readRequestBody(context.body);
  const input: AlertInput = {};
  if (hasField(body, "insight")) input.insight = readInsight(project, body.insight);
  else if (existing === undefined) throw validationError("insight", "This field is required.", "required");
  const name = readString(body, "name", { allowBlank: true, maxLength: 255 });
  if (name !== undefined && name !== null) input.name = name;
  input.subscribers = readSubscribers(body, existing === undefined);
  const threshold = readObject(body, "threshold", { required: existing === undefined });
  if (threshold !== undefined && threshold !== null) {
    if (Object.keys(threshold).length > 0) {
      if (!hasField(threshold, "configuration")) throw validationError(["threshold", "configuration"], "This field is required.", "required");
      readString(threshold, "name", { allowBlank: true, maxLength: 255, path: ["threshold", "name"] });
      cleanThreshold(threshold.configuration);
    }
    input.threshold = threshold;
  }
  if (hasField(body, "condition")) input.condition = body.condition;
  const enabled = readBoolean(body, "enabled");
  if (enabled !== undefined && enabled !== null) input.enabled = enabled;
  if (hasField(body, "config")) input.config = body.config;
  const interval = readChoice(body, "calculation_interval", INTERVALS);
  if (interval !== undefined && interval !== null) input.calculationInterval = String(interval);
  if (hasField(body, "snoozed_until")) {
    if (body.snoozed_until !== null && typeof body.snoozed_until !== "string") throw validationError("snoozed_until", "snoozed_until has to be passed in string format");
    input.snoozedUntil = body.snoozed_until as string | null;
  }
  const skipWeekend = readBoolean(body, "skip_weekend", { allowNull: true });
  if (skipWeekend !== undefined) input.skipWeekend = skipWeekend;

  const insight = input.insight ?? project.insights.find((candidate) => candidate.id === existing?.insight_id);
  if (insight?.query === null || insight === undefined) throw validationError("insight", "Insight has no valid query.");
  const thresholdConfig = input.threshold !== undefined ? input.threshold.configuration : existing?.threshold?.configuration;
  const calculationInterval = input.calculationInterval ?? existing?.calculation_interval ?? "daily";
  validateAlertConfig(insight.query, hasField(body, "condition") ? input.condition : existing?.condition, hasField(body, "config") ? input.config : existing?.config, thresholdConfig, calculationInterval);
  if (calculationInterval === "every_15_minutes") throw validationError("calculation_interval", "15-minute alert intervals require a Boost, Scale, or Enterprise platform add-on.");
  return input;
}

function newThreshold(input: JsonRecord): NonNullable<AlertRecord["threshold"]> {
  return { id: randomUUID(), created_at: isoNow(), name: typeof input.name === "string" ? input.name.trim() : "", configuration: input.configuration };
}

function createAlert(context: ResourceContext): ResourceResponse {
  const input = readAlertInput(context, undefined);
  const alert: AlertRecord = {
    id: randomUUID(),
    name: input.name ?? "",
    insight_id: input.insight!.id,
    subscribed_user_ids: [...new Set(input.subscribers ?? [])],
    threshold: input.threshold !== undefined && Object.keys(input.threshold).length > 0 ? newThreshold(input.threshold) : null,
    condition: input.condition ?? {},
    config: input.config ?? {},
    calculation_interval: input.calculationInterval ?? "daily",
    enabled: input.enabled ?? true,
    state: "Not firing",
    skip_weekend: input.skipWeekend === undefined ? false : input.skipWeekend,
    snoozed_until: null,
    created_at: isoNow(),
    created_by: currentUser(),
  };
  alertsOf(context.project).unshift(alert);
  return created(serializeAlert(context, alert));
}

/** `AlertSerializer.update`: the threshold is edited in place (`{}` removes it), and a changed threshold resets the state. */
function updateAlert(context: ResourceContext, alert: AlertRecord): ResourceResponse {
  const input = readAlertInput(context, alert);
  if (input.snoozedUntil !== undefined) {
    alert.state = input.snoozedUntil === null ? "Not firing" : "Snoozed";
    alert.snoozed_until = input.snoozedUntil === null ? null : isoNow();
  }
  let thresholdChanged = false;
  if (input.threshold !== undefined) {
    if (Object.keys(input.threshold).length === 0) {
      alert.threshold = null;
      thresholdChanged = true;
    } else if (alert.threshold !== null) {
      const before = JSON.stringify(alert.threshold.configuration);
      if (hasField(input.threshold, "name")) alert.threshold.name = String(input.threshold.name ?? "").trim();
      alert.threshold.configuration = input.threshold.configuration;
      thresholdChanged = before !== JSON.stringify(alert.threshold.configuration);
    } else {
      alert.threshold = newThreshold(input.threshold);
      thresholdChanged = true;
    }
  }
  if (input.subscribers !== undefined) alert.subscribed_user_ids = [...new Set(input.subscribers)];
  if (thresholdChanged) alert.state = "Not firing";
  if (input.insight !== undefined) alert.insight_id = input.insight.id;
  if (input.name !== undefined) alert.name = input.name;
  if (input.condition !== undefined) alert.condition = input.condition;
  if (input.config !== undefined) alert.config = input.config;
  if (input.calculationInterval !== undefined) alert.calculation_interval = input.calculationInterval;
  if (input.skipWeekend !== undefined) alert.skip_weekend = input.skipWeekend;
  if (input.enabled !== undefined) alert.enabled = input.enabled;
  // `AlertConfiguration.save`: a disabled alert is not firing.
  if (!alert.enabled) alert.state = "Not firing";
  return ok(serializeAlert(context, alert));
}

function listAlerts(context: ResourceContext): ResourceResponse {
  const { query } = context;
  let alerts = [...alertsOf(context.project)];
  for (const param of ["insight", "insight_id"]) {
    const wanted = query.get(param);
    if (wanted !== null) alerts = alerts.filter((alert) => String(alert.insight_id) === wanted);
  }
  const page = paginate(alerts, context.requestUrl);
  return ok({ ...page, results: page.results.map((alert) => serializeAlert(context, alert)) });
}
