import { ToolError } from "../errors.js";
import { appendIdentityMarker, readIdentityMarker } from "../identity.js";
import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef } from "../model.js";
import { flagOr, textOrEmpty, valueOr } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import type { ProjectApi } from "../ports.js";
import { arrayOf, boolean, field, number, object, oneOf, ref, required, string } from "../schema.js";
import { compactSpec, slugKey, specRef, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { ConvergeContext, KindModule } from "./kind.js";

const CONDITIONS = ["absolute_value", "relative_increase", "relative_decrease"] as const;
/** `AlertConfiguration.CALCULATION_INTERVAL_CHOICES`, without `every_15_minutes`, which needs a paid platform add-on. */
const INTERVALS = ["hourly", "daily", "weekly", "monthly"] as const;

/** `Threshold.configuration` (`InsightThreshold`): its type and the bounds that are set. */
function canonicalThreshold(value: JsonValue | undefined): JsonObject | null {
  if (!isJsonObject(value)) return null;
  const bounds: JsonObject = {};
  if (isJsonObject(value.bounds)) for (const side of ["lower", "upper"]) if (typeof value.bounds[side] === "number") bounds[side] = value.bounds[side];
  return { type: valueOr(value.type, "absolute"), bounds };
}

function emailsOf(users: JsonValue | undefined): string[] {
  const emails = (Array.isArray(users) ? users : []).map((user) => (isJsonObject(user) ? user.email : user)).filter((email): email is string => typeof email === "string");
  return [...new Set(emails.map((email) => email.trim().toLowerCase()))].sort();
}

function describeBounds(threshold: JsonValue | undefined): string {
  if (!isJsonObject(threshold) || !isJsonObject(threshold.bounds)) return "no threshold";
  const unit = threshold.type === "percentage" ? "%" : "";
  const parts = [];
  if (typeof threshold.bounds.lower === "number") parts.push(`below ${threshold.bounds.lower}${unit}`);
  if (typeof threshold.bounds.upper === "number") parts.push(`above ${threshold.bounds.upper}${unit}`);
  return parts.join(" or ");
}

function summarizeAlert(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (before === undefined || after === undefined) return [];
  const lines: string[] = [];
  const touched = (name: string) => changes.some((change) => change.path === name || change.path.startsWith(`${name}.`));
  if (touched("threshold")) lines.push(`alert when ${describeBounds(after.threshold)} (was ${describeBounds(before.threshold)})`);
  if (touched("condition")) lines.push(`condition ${String(before.condition).replace("_", " ")} → ${String(after.condition).replace("_", " ")}`);
  if (touched("calculation_interval")) lines.push(`checked ${String(after.calculation_interval)} (was ${String(before.calculation_interval)})`);
  if (touched("enabled")) lines.push(after.enabled === true ? "alert enabled" : "alert disabled");
  if (touched("subscribed_users")) {
    const was = new Set(before.subscribed_users as string[]);
    const now = new Set(after.subscribed_users as string[]);
    const added = [...now].filter((email) => !was.has(email)).map((email) => `+${email}`);
    const removed = [...was].filter((email) => !now.has(email)).map((email) => `-${email}`);
    lines.push(`subscribers ${[...added, ...removed].join(", ")}`);
  }
  return lines;
}

/** Every member of the project's organization, by lower-cased email: the ids `subscribed_users` takes. */
async function readMemberIds(api: ProjectApi): Promise<Map<string, JsonValue>> {
  const project = await api.get(`/api/environments/${api.projectId}/`);
  const organization = typeof project?.organization === "string" ? project.organization : "@current";
  const ids = new Map<string, JsonValue>();
  for (let offset = 0; ; offset += 100) {
    const page = await api.get(`/api/organizations/${organization}/members/?limit=100&offset=${offset}`);
    const results = Array.isArray(page?.results) ? page.results : [];
    for (const member of results) {
      if (isJsonObject(member) && isJsonObject(member.user) && typeof member.user.email === "string") ids.set(member.user.email.toLowerCase(), member.user.id ?? null);
    }
    if (typeof page?.next !== "string" || results.length === 0) return ids;
  }
}

/**
 * Subscribers are named by email, and PostHog takes user ids: the alert is read first, and only
 * when its subscribers differ are the organization's members read and the ids sent.
 */
async function convergeSubscribers({ api, id, fields }: ConvergeContext): Promise<void> {
  const wanted = fields.subscribed_users as string[];
  const live = await api.get(`alerts/${String(id)}/`);
  if (isDeepEqual(emailsOf(live?.subscribed_users), wanted)) return;
  const members = await readMemberIds(api);
  const unknown = wanted.filter((email) => !members.has(email));
  if (unknown.length > 0) throw new ToolError("api", `no member of the project's organization has the email ${unknown.join(", ")}; alerts can only notify members`);
  await api.patch(`alerts/${String(id)}/`, { subscribed_users: wanted.map((email) => members.get(email)!) });
}

/**
 * Insight alerts: a threshold (absolute or percentage bounds) and a condition on one series of a
 * trends insight (by reference), checked every hour, day, week or month, notifying members by
 * email. `AlertSerializer` has neither tags nor a description, and an alert's name goes into the
 * notification's subject, so identity is a marker in the name of the alert's threshold, which
 * PostHog stores and returns but does not show. Deleting is a real DELETE.
 */
export const alerts: KindModule<"alerts"> = defineKind({
  name: "alerts",
  label: "alert",
  constructorName: "alert",
  folder: "alerts",
  references: ["insights"],
  sdk: { spec: "Alert", doc: "Fields of `alert()`.", constructorDoc: "Defines an alert on a trends insight: PostHog checks one series against a threshold and emails the subscribers when it fires." },
  readme: { resource: "Insight alerts", sdk: "`alert()` on an insight, with a threshold, condition, check interval and subscribers by email", identity: "description marker" },
  // An alert is shown on its insight's page, so the link goes there.
  ui: { path: "insights", idField: "insight.short_id" },
  api: { collection: "alerts", remove: "hard" },
  activityScope: "AlertConfiguration",
  // The bounds are the threshold row's `configuration` (its `threshold_change` entries); the series and
  // the ongoing-interval check live in the alert's `config`.
  activityFields: { threshold: "configuration", series_index: "config", check_ongoing_interval: "config" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: field(string({ nonEmpty: true, max: 255 }), { required: true, doc: "Shown in the alert list and in the subject of its emails." }),
    insight: field(ref("insights", "insight"), { required: true, doc: "The trends insight the alert checks." }),
    threshold: field(
      object({
        type: field(oneOf("absolute", "percentage"), { doc: "`absolute` (default) compares values, `percentage` compares relative changes." }),
        bounds: required(object({ lower: number(), upper: number() })),
      }),
      { required: true, doc: "Fires when the value is below `lower` or above `upper` (at least one of them)." },
    ),
    condition: field(oneOf(...CONDITIONS), { doc: "What is compared with the threshold: the value (`absolute_value`, default) or its change since the previous interval." }),
    seriesIndex: field(number({ integer: true, min: 0 }), { doc: "Which series of the insight is checked (0, the first, by default)." }),
    checkOngoingInterval: field(boolean, { doc: "Also check the current, incomplete interval (needs an upper bound)." }),
    calculationInterval: field(oneOf(...INTERVALS), { doc: "How often PostHog checks (`daily` by default)." }),
    subscribedUsers: field(arrayOf(string({ nonEmpty: true, max: 254 })), { doc: "Emails of the organization's members to notify." }),
    enabled: field(boolean, { doc: "Whether PostHog checks the alert (true by default)." }),
    skipWeekend: field(boolean, { doc: "Skip checks on Saturdays and Sundays, in the project's time zone." }),
  }),
  validate(spec, report) {
    const threshold = isJsonObject(spec.threshold) ? spec.threshold : {};
    const bounds = isJsonObject(threshold.bounds) ? threshold.bounds : {};
    const condition = valueOr(spec.condition, "absolute_value");
    if (typeof bounds.lower !== "number" && typeof bounds.upper !== "number") report("threshold.bounds", "At least one threshold bound (lower or upper) must be provided.");
    if (typeof bounds.lower === "number" && typeof bounds.upper === "number" && bounds.lower > bounds.upper) report("threshold.bounds", "Lower threshold must be less than upper threshold");
    if (condition === "absolute_value" && threshold.type === "percentage") report("threshold.type", "Absolute value alerts require an absolute threshold, but a percentage threshold was configured");
    if (spec.checkOngoingInterval === true && condition !== "relative_decrease" && typeof bounds.upper !== "number") {
      report("checkOngoingInterval", `check_ongoing_interval is only supported for alert condition ${String(condition)} when upper threshold is specified`);
    }
    const emails = Array.isArray(spec.subscribedUsers) ? spec.subscribedUsers.filter((email): email is string => typeof email === "string") : [];
    emails.forEach((email, index) => {
      if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) report(`subscribedUsers.${index}`, `"${email}" is not an email address`);
    });
  },
  toDesired(spec) {
    const insight = readRef(spec.insight);
    return {
      fields: {
        name: textOrEmpty(spec.name),
        insight: insight?.key ?? null,
        threshold: canonicalThreshold(spec.threshold),
        condition: valueOr(spec.condition, "absolute_value"),
        series_index: valueOr(spec.seriesIndex, 0),
        check_ongoing_interval: flagOr(spec.checkOngoingInterval, false),
        calculation_interval: valueOr(spec.calculationInterval, "daily"),
        subscribed_users: emailsOf(spec.subscribedUsers),
        enabled: flagOr(spec.enabled, true),
        skip_weekend: flagOr(spec.skipWeekend, false),
      },
      dependsOn: insight ? [insight] : [],
    };
  },
  identify(raw) {
    return readIdentityMarker("alerts", isJsonObject(raw.threshold) ? raw.threshold.name : undefined);
  },
  toObserved(raw, lookup) {
    const insightId = isJsonObject(raw.insight) ? raw.insight.id : raw.insight;
    const condition = isJsonObject(raw.condition) ? raw.condition.type : undefined;
    const config = isJsonObject(raw.config) ? raw.config : {};
    return {
      name: textOrEmpty(raw.name),
      insight: typeof insightId === "number" || typeof insightId === "string" ? (lookup.keyOf("insights", insightId) ?? `#${String(insightId)}`) : null,
      threshold: canonicalThreshold(isJsonObject(raw.threshold) ? raw.threshold.configuration : undefined),
      condition: valueOr(condition, "absolute_value"),
      series_index: valueOr(config.series_index, 0),
      check_ongoing_interval: flagOr(config.check_ongoing_interval, false),
      calculation_interval: valueOr(raw.calculation_interval, "daily"),
      subscribed_users: emailsOf(raw.subscribed_users),
      enabled: flagOr(raw.enabled, true),
      skip_weekend: flagOr(raw.skip_weekend, false),
    };
  },
  toPayload(key, fields, lookup, action) {
    const insight = typeof fields.insight === "string" ? (lookup.idOf({ kind: "insights", key: fields.insight }) ?? null) : null;
    return {
      name: fields.name as string,
      insight,
      threshold: { name: appendIdentityMarker("alerts", key, ""), configuration: fields.threshold as JsonObject },
      condition: { type: fields.condition as string },
      config: { type: "TrendsAlertConfig", series_index: fields.series_index as number, check_ongoing_interval: fields.check_ongoing_interval as boolean },
      calculation_interval: fields.calculation_interval as string,
      enabled: fields.enabled as boolean,
      skip_weekend: fields.skip_weekend as boolean,
      // Subscribers are ids, which converge looks up by email after the write; a create must send the list.
      ...(action === "create" ? { subscribed_users: [] } : {}),
    };
  },
  converge: convergeSubscribers,
  proposeKey(raw) {
    return slugKey(raw.name, `alert-${String(raw.id)}`);
  },
  toSpec(fields, key, warn) {
    const insight = fields.insight as string | null;
    if (insight?.startsWith("#")) warn(`checks insight ${insight}, which is not pulled; it is left out`);
    const threshold = fields.threshold as JsonObject | null;
    return compactSpec({
      key,
      name: fields.name,
      insight: insight === null || insight.startsWith("#") ? undefined : specRef("insights", insight),
      threshold: threshold === null ? undefined : compactSpec({ type: unlessDefault(threshold.type, "absolute"), bounds: threshold.bounds }),
      condition: unlessDefault(fields.condition, "absolute_value"),
      seriesIndex: unlessDefault(fields.series_index, 0),
      checkOngoingInterval: unlessDefault(fields.check_ongoing_interval, false),
      calculationInterval: unlessDefault(fields.calculation_interval, "daily"),
      subscribedUsers: unlessDefault(fields.subscribed_users, []),
      enabled: unlessDefault(fields.enabled, true),
      skipWeekend: unlessDefault(fields.skip_weekend, false),
    });
  },
  summarize: summarizeAlert,
});
