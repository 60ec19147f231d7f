import { checkEdgeWhitespace, describeMarkerOverflow, stripCharField } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { flagOr, textOrEmpty } from "../normalize.js";
import { boolean, field, json, number, object, oneOf, recordOf, required, string } from "../schema.js";
import { compactSpec, slugKey, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";
import { attachDestinations, compareDestinations, convergeDestinations, DESTINATIONS, desiredDestinations, observedDestinations, specDestinations, summarizeDestinations } from "./logs-alert-destinations.js";

/** `LogsAlertConfiguration.name` is a `CharField(max_length=255)`; the identity marker counts against it. */
const NAME_MAX = 255;
/** `ALLOWED_WINDOW_MINUTES` in products/logs/backend/alerts_api.py. */
const WINDOWS = [5, 10, 15, 30, 60] as const;
/** `MAX_EVALUATION_PERIODS` in products/logs/backend/models.py. */
const MAX_PERIODS = 10;
const FILTER_KEYS = ["severityLevels", "serviceNames", "filterGroup"] as const;

function integerOr(value: JsonValue | undefined, fallback: number): number {
  return typeof value === "number" && Number.isInteger(value) ? value : fallback;
}

function hasAnyFilter(filters: JsonValue | undefined): boolean {
  if (!isJsonObject(filters)) return false;
  return FILTER_KEYS.some((key) => {
    const value = filters[key];
    return Array.isArray(value) ? value.length > 0 : isJsonObject(value) ? Object.keys(value).length > 0 : Boolean(value);
  });
}

/**
 * Logs alerts (`/api/projects/:id/logs/alerts/`, PostHog's `LogsAlertConfiguration`): a count of
 * matching logs over a window, checked against a threshold, firing after N of M breached checks.
 * No tags or description, so the identity marker trails the name, as for the other logs kinds.
 * Behind PostHog's `logs-alerting` flag (`betaFlag`). Hard delete. Notification destinations are
 * hog functions that the alert's `destinations` action creates; when declared, they are read with
 * the alert and converged after its write (see `logs-alert-destinations.ts`).
 */
export const logsAlerts: KindModule<"logs-alerts"> = defineKind({
  name: "logs-alerts",
  label: "logs alert",
  constructorName: "logsAlert",
  folder: "logs-alerts",
  references: [],
  sdk: { spec: "LogsAlertSpec", doc: "An alert on the volume of matching logs in a time window.", constructorDoc: "Declares a logs alert." },
  readme: { resource: "Logs alerts", sdk: "`logsAlert()` with its filters, threshold, window, N-of-M evaluation, cooldown, enabled state and notification destinations (Slack, or webhooks by `secret()`)", identity: "description marker" },
  activityScope: "LogsAlertConfiguration",
  api: { collection: "logs/alerts", remove: "hard" },
  ui: { path: "logs/alerts" },
  betaFlag: "logs-alerting",
  declaredOnly: ["destinations"],
  schema: object({
    key: required(string()),
    name: field(string({ nonEmpty: true }), { required: true, doc: "Shown in the alerts list and notifications; it also carries the identity marker, and PostHog keeps 255 characters of both." }),
    filters: field(recordOf(json), { doc: "Which logs count: severityLevels, serviceNames and/or filterGroup (at least one, unless the alert is a disabled draft)." }),
    thresholdCount: field(number({ integer: true, min: 1 }), { doc: "The count that breaches; PostHog's default is 100." }),
    thresholdOperator: field(oneOf("above", "below"), { doc: "Fire when the count is above (default) or below the threshold." }),
    windowMinutes: field(oneOf(...WINDOWS), { doc: "The window over which logs are counted: 5 (default), 10, 15, 30 or 60 minutes." }),
    evaluationPeriods: field(number({ integer: true, min: 1, max: MAX_PERIODS }), { doc: "M in N-of-M: how many recent checks are considered (default 1)." }),
    datapointsToAlarm: field(number({ integer: true, min: 1, max: MAX_PERIODS }), { doc: "N in N-of-M: how many of them must breach to fire (default 1, at most evaluationPeriods)." }),
    cooldownMinutes: field(number({ integer: true, min: 0 }), { doc: "Minimum minutes between repeated notifications (default 0)." }),
    enabled: field(boolean, { doc: "On by default; a disabled alert is not evaluated." }),
    destinations: DESTINATIONS,
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "name" }, report);
    const overflow = describeMarkerOverflow("logs-alerts", String(spec.key), spec.name, NAME_MAX, context?.owner, "name");
    if (overflow !== undefined) report("name", overflow);
    const enabled = flagOr(spec.enabled, true);
    const filters = isJsonObject(spec.filters) ? spec.filters : {};
    if ((enabled || Object.keys(filters).length > 0) && !hasAnyFilter(filters)) report("filters", "at least one filter is required (severityLevels, serviceNames, or filterGroup), unless the alert is a disabled draft without filters");
    const periods = integerOr(spec.evaluationPeriods, 1);
    const datapoints = integerOr(spec.datapointsToAlarm, 1);
    if (datapoints > periods) report("datapointsToAlarm", `cannot exceed evaluationPeriods (${datapoints} > ${periods})`);
  },
  toDesired(spec) {
    const fields: JsonObject = {
      name: stripCharField(textOrEmpty(spec.name)),
      enabled: flagOr(spec.enabled, true),
      filters: isJsonObject(spec.filters) ? spec.filters : {},
      threshold_count: integerOr(spec.thresholdCount, 100),
      threshold_operator: typeof spec.thresholdOperator === "string" ? spec.thresholdOperator : "above",
      window_minutes: integerOr(spec.windowMinutes, 5),
      evaluation_periods: integerOr(spec.evaluationPeriods, 1),
      datapoints_to_alarm: integerOr(spec.datapointsToAlarm, 1),
      cooldown_minutes: integerOr(spec.cooldownMinutes, 0),
    };
    const destinations = desiredDestinations(spec);
    if (destinations !== undefined) fields.destinations = destinations;
    return { fields, dependsOn: [] };
  },
  identify(raw) {
    return readIdentityMarker("logs-alerts", raw.name);
  },
  toObserved(raw) {
    return {
      name: stripIdentityMarker(raw.name),
      enabled: flagOr(raw.enabled, true),
      filters: isJsonObject(raw.filters) ? raw.filters : {},
      threshold_count: integerOr(raw.threshold_count, 100),
      threshold_operator: textOrEmpty(raw.threshold_operator) || "above",
      window_minutes: integerOr(raw.window_minutes, 5),
      evaluation_periods: integerOr(raw.evaluation_periods, 1),
      datapoints_to_alarm: integerOr(raw.datapoints_to_alarm, 1),
      cooldown_minutes: integerOr(raw.cooldown_minutes, 0),
      destinations: observedDestinations(raw),
    };
  },
  readAttached: attachDestinations,
  compare(live, desired, options) {
    return { ...live, destinations: compareDestinations(live.destinations, desired.destinations, options?.rotateSecrets ?? false) ?? [] };
  },
  toPayload(key, fields) {
    const { destinations: _converged, ...own } = fields;
    return { ...own, name: appendIdentityMarker("logs-alerts", key, fields.name) };
  },
  converge: convergeDestinations,
  proposeKey(raw) {
    const slug = slugKey(stripIdentityMarker(raw.name), `logs-alert-${String(raw.id).slice(0, 8)}`).slice(0, 40).replace(/-+$/, "");
    return /^[a-z]/.test(slug) ? slug : `logs-alert-${slug}`;
  },
  toSpec(fields, key, warn) {
    return compactSpec({
      key,
      name: fields.name,
      filters: unlessDefault(fields.filters, {}),
      thresholdCount: unlessDefault(fields.threshold_count, 100),
      thresholdOperator: unlessDefault(fields.threshold_operator, "above"),
      windowMinutes: unlessDefault(fields.window_minutes, 5),
      evaluationPeriods: unlessDefault(fields.evaluation_periods, 1),
      datapointsToAlarm: unlessDefault(fields.datapoints_to_alarm, 1),
      cooldownMinutes: unlessDefault(fields.cooldown_minutes, 0),
      enabled: unlessDefault(fields.enabled, true),
      destinations: specDestinations(fields.destinations, key, warn),
    });
  },
  summarize(changes, before, after) {
    if (after === undefined) return [];
    const lines: string[] = [];
    if (changes.some((change) => change.path === "enabled")) lines.push(after.enabled === true ? "alert enabled: PostHog evaluates it" : "alert disabled: PostHog stops evaluating it and resets its state");
    const rule = (side: JsonObject) => `${String(side.threshold_operator)} ${String(side.threshold_count)} logs in ${String(side.window_minutes)} min`;
    if (before !== undefined && changes.some((change) => ["threshold_count", "threshold_operator", "window_minutes"].includes(change.path))) lines.push(`fires when ${rule(before)} → ${rule(after)}`);
    if (changes.some((change) => change.path === "destinations" || change.path.startsWith("destinations."))) lines.push(...summarizeDestinations(before?.destinations, after.destinations));
    return lines;
  },
});
