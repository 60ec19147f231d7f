import { canonicalDateTime } from "../datetime.js";
import { checkEdgeWhitespace, describeMarkerOverflow, stripCharField } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef, type Address } from "../model.js";
import { flagOr, textOrEmpty, valueOr } from "../normalize.js";
import { arrayOf, boolean, field, number, object, oneOf, ref, required, string } from "../schema.js";
import { compactSpec, slugKey, specRef, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { IdLookup, KeyLookup, KindModule } from "./kind.js";
import { FREQUENCIES, summarizeSubscription, TARGET_TYPES, warnSubscription, WEEKDAYS } from "./subscriptions-schedule.js";

/** `Subscription.title` is a `CharField(max_length=100)`; the identity marker counts against it. */
const TITLE_MAX = 100;
/** `DEFAULT_MAX_ASSET_COUNT` (ee/tasks/subscriptions/subscription_utils.py): insights one dashboard delivery may hold. */
const MAX_DASHBOARD_INSIGHTS = 6;

function observedRef(lookup: KeyLookup, kind: "dashboards" | "insights", id: JsonValue | undefined): string | null {
  if (typeof id !== "number" && typeof id !== "string") return null;
  return lookup.keyOf(kind, id) ?? `#${String(id)}`;
}

function dateOrNull(value: JsonValue | undefined): string | null {
  return typeof value === "string" && value !== "" ? (canonicalDateTime(value) ?? value) : null;
}

/** PostHog stores an empty weekday list as given; it schedules exactly as without one. */
function weekdaysOrNull(value: JsonValue | undefined): string[] | null {
  return Array.isArray(value) && value.length > 0 ? value.map(String) : null;
}

function numberOrNull(value: JsonValue | undefined): number | null {
  return typeof value === "number" ? value : null;
}

function idsOf(lookup: IdLookup, kind: "dashboards" | "insights", key: JsonValue | undefined): number | string | null {
  return typeof key === "string" ? (lookup.idOf({ kind, key }) ?? null) : null;
}

/**
 * Subscriptions: an insight or a dashboard (by reference, exactly one) delivered by email, to Slack
 * or to a webhook on a recurring schedule (PostHog's rrule fields). `SubscriptionSerializer` has
 * neither tags nor a description, so identity is a marker at the end of `title`, as PostHog's own
 * tool writes it (`iac:subscriptions:<key>`). A dashboard delivery names the dashboard's insights it
 * sends (1 to 6). Whether it delivers an insight or a dashboard cannot change after creation
 * (`content_type`), so that change replaces it. Deleting is `PATCH {deleted: true}`: the viewset is
 * `ForbidDestroyModel`.
 */
export const subscriptions: KindModule<"subscriptions"> = defineKind({
  name: "subscriptions",
  label: "subscription",
  constructorName: "subscription",
  folder: "subscriptions",
  references: ["insights", "dashboards"],
  sdk: { spec: "Subscription", doc: "Fields of `subscription()`.", constructorDoc: "Defines a subscription: an insight or a dashboard delivered by email, Slack or webhook on a schedule." },
  readme: { resource: "Subscriptions", sdk: "`subscription()` to an insight or a dashboard, with its target, frequency and schedule", identity: "description marker" },
  activityScope: "Subscription",
  activityFields: { integration_id: "integration" },
  // A subscription is shown on its insight's or dashboard's page, as PostHog's `Subscription.url`.
  ui: { path: "", page: (raw) => (typeof raw.insight_short_id === "string" ? `insights/${raw.insight_short_id}/subscriptions/${String(raw.id)}` : typeof raw.dashboard === "number" ? `dashboard/${raw.dashboard}/subscriptions/${String(raw.id)}` : undefined) },
  api: { collection: "subscriptions", remove: "soft" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 40 })),
    title: field(string({ nonEmpty: true }), { required: true, doc: "Shown in PostHog's subscription list; it also carries the identity marker (a trailing HTML comment), and PostHog keeps 100 characters of both." }),
    insight: field(ref("insights", "insight"), { doc: "The insight delivered. Declare exactly one of `insight` and `dashboard`." }),
    dashboard: field(ref("dashboards", "dashboard"), {
      doc: "The dashboard delivered, with `dashboardExportInsights`. Declare exactly one of `insight` and `dashboard`.",
      immutable: { path: "content_type", reason: "PostHog cannot switch a subscription between an insight and a dashboard (content_type cannot be changed after the subscription is created); apply deletes it and creates it anew" },
    }),
    dashboardExportInsights: field(arrayOf(ref("insights", "insight")), { doc: "The dashboard's insights the delivery holds (1 to 6, each a tile of the dashboard)." }),
    targetType: field(oneOf(...TARGET_TYPES), { required: true, doc: "Delivery channel." }),
    target: field(string({ nonEmpty: true }), { required: true, doc: "Comma-separated email addresses (`email`; applying invites them), a Slack channel (`slack`) or an http(s) URL (`webhook`)." }),
    frequency: field(oneOf(...FREQUENCIES), { required: true, doc: "How often: every `interval` days, weeks, months or years." }),
    interval: field(number({ integer: true, min: 1 }), { doc: "Every `interval` periods (2 with `weekly`: every 2 weeks); 1 by default." }),
    startDate: field(string({ nonEmpty: true }), { required: true, doc: 'When the schedule starts, as an ISO 8601 date-time ("2025-01-06T09:00:00Z"); deliveries keep its time of day.' }),
    byweekday: field(arrayOf(oneOf(...WEEKDAYS)), { doc: "Weekdays to deliver on." }),
    bysetpos: field(number({ integer: true, min: -366, max: 366 }), { doc: "Which of the `byweekday` days in each period (1 the first, -1 the last)." }),
    count: field(number({ integer: true, min: 1 }), { doc: "Deliveries before the subscription stops; unlimited by default." }),
    untilDate: field(string({ nonEmpty: true }), { doc: "When the schedule ends (ISO 8601); never by default." }),
    enabled: field(boolean, { doc: "Whether PostHog delivers (true by default); false pauses it." }),
    integrationId: field(number({ integer: true, min: 1 }), { doc: "The project's Slack integration, required for `slack`; ids differ per project, so use `perEnvironment()`." }),
    inviteMessage: field(string(), { doc: "Added to the invitation PostHog emails to new recipients. PostHog never returns it, so it is sent but not compared." }),
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { title: "title" }, report);
    const overflow = describeMarkerOverflow("subscriptions", String(spec.key), spec.title, TITLE_MAX, context?.owner, "title");
    if (overflow !== undefined) report("title", overflow);
    if ((spec.insight === undefined) === (spec.dashboard === undefined)) report(spec.insight === undefined ? "insight" : "dashboard", "declare exactly one of `insight` and `dashboard`");
    const exports = Array.isArray(spec.dashboardExportInsights) ? spec.dashboardExportInsights : undefined;
    if (spec.dashboard !== undefined && (exports === undefined || exports.length === 0)) report("dashboardExportInsights", "Select at least one insight for this subscription.");
    if (spec.dashboard === undefined && exports !== undefined && exports.length > 0) report("dashboardExportInsights", "Cannot set insights selection without a dashboard.");
    if (exports !== undefined && new Set(exports.map((entry) => readRef(entry)?.key)).size > MAX_DASHBOARD_INSIGHTS) report("dashboardExportInsights", `Cannot select more than ${MAX_DASHBOARD_INSIGHTS} insights.`);
    for (const name of ["startDate", "untilDate"]) {
      const value = spec[name];
      if (typeof value === "string" && canonicalDateTime(value) === undefined) report(name, `"${value}" is not an ISO 8601 date-time (e.g. "2025-01-06T09:00:00Z")`);
    }
    if (spec.bysetpos === 0) report("bysetpos", "must not be 0 (1 is the first, -1 the last)");
    if (spec.targetType === "slack" && spec.integrationId === undefined) report("integrationId", "A Slack integration is required for Slack subscriptions.");
    const target = textOrEmpty(spec.target).trim();
    if (spec.targetType === "email") {
      target.split(",").forEach((email) => {
        if (!/^[^\s@,]+@[^\s@,]+$/.test(email.trim())) report("target", `"${email.trim()}" is not an email address (separate addresses with commas)`);
      });
    }
    if (spec.targetType === "webhook" && !/^https?:\/\/\S+$/.test(target)) report("target", "must be an http(s) URL for a webhook");
  },
  toDesired(spec) {
    const insight = readRef(spec.insight);
    const dashboard = readRef(spec.dashboard);
    const exports = dashboard === undefined ? [] : (Array.isArray(spec.dashboardExportInsights) ? spec.dashboardExportInsights : []).map((entry) => readRef(entry)).filter((address): address is Address => address !== undefined);
    return {
      fields: {
        // DRF trims CharField input; the marker follows the trimmed title.
        title: stripCharField(textOrEmpty(spec.title)),
        content_type: dashboard !== undefined ? "dashboard" : "insight",
        insight: dashboard === undefined ? (insight?.key ?? null) : null,
        dashboard: dashboard?.key ?? null,
        dashboard_export_insights: [...new Set(exports.map((address) => address.key))].sort(),
        target_type: String(spec.targetType),
        target_value: textOrEmpty(spec.target).trim(),
        frequency: String(spec.frequency),
        interval: valueOr(spec.interval, 1),
        byweekday: weekdaysOrNull(spec.byweekday),
        bysetpos: numberOrNull(spec.bysetpos),
        count: numberOrNull(spec.count),
        start_date: dateOrNull(spec.startDate),
        until_date: dateOrNull(spec.untilDate),
        enabled: flagOr(spec.enabled, true),
        integration_id: numberOrNull(spec.integrationId),
        invite_message: textOrEmpty(spec.inviteMessage).trim(),
      },
      dependsOn: [insight, dashboard, ...exports].filter((address): address is Address => address !== undefined),
    };
  },
  identify(raw) {
    return readIdentityMarker("subscriptions", raw.title);
  },
  toObserved(raw, lookup) {
    const exports = Array.isArray(raw.dashboard_export_insights) ? raw.dashboard_export_insights : [];
    return {
      title: stripIdentityMarker(raw.title),
      // Older PostHog versions have no `content_type`; the subscription's foreign key says it.
      content_type: typeof raw.content_type === "string" ? raw.content_type : raw.dashboard !== null && raw.dashboard !== undefined ? "dashboard" : "insight",
      insight: observedRef(lookup, "insights", raw.insight),
      dashboard: observedRef(lookup, "dashboards", raw.dashboard),
      dashboard_export_insights: [...new Set(exports.map((id) => observedRef(lookup, "insights", id)).filter((key): key is string => key !== null))].sort(),
      target_type: textOrEmpty(raw.target_type),
      target_value: textOrEmpty(raw.target_value),
      frequency: textOrEmpty(raw.frequency),
      interval: valueOr(raw.interval, 1),
      byweekday: weekdaysOrNull(raw.byweekday),
      bysetpos: numberOrNull(raw.bysetpos),
      count: numberOrNull(raw.count),
      start_date: dateOrNull(raw.start_date),
      until_date: dateOrNull(raw.until_date),
      enabled: flagOr(raw.enabled, true),
      integration_id: numberOrNull(raw.integration_id),
    };
  },
  // `invite_message` is write-only: PostHog answers null for it, so the definition's value stands.
  compare(live, desired) {
    return { ...live, invite_message: desired.invite_message ?? "" };
  },
  toPayload(key, fields, lookup, action) {
    const payload: JsonObject = {
      title: appendIdentityMarker("subscriptions", key, fields.title),
      target_type: fields.target_type as string,
      target_value: fields.target_value as string,
      frequency: fields.frequency as string,
      interval: fields.interval as number,
      byweekday: fields.byweekday as string[] | null,
      bysetpos: fields.bysetpos as number | null,
      count: fields.count as number | null,
      start_date: fields.start_date as string,
      until_date: fields.until_date as string | null,
      enabled: fields.enabled as boolean,
      integration_id: fields.integration_id as number | null,
    };
    if (action === "create") payload.content_type = fields.content_type as string;
    if (fields.content_type === "dashboard") {
      payload.dashboard = idsOf(lookup, "dashboards", fields.dashboard);
      payload.dashboard_export_insights = (fields.dashboard_export_insights as string[]).map((name) => idsOf(lookup, "insights", name));
    } else payload.insight = idsOf(lookup, "insights", fields.insight);
    if (fields.invite_message !== "") payload.invite_message = fields.invite_message as string;
    return payload;
  },
  proposeKey(raw) {
    const slug = slugKey(stripIdentityMarker(raw.title), `subscription-${String(raw.id)}`).slice(0, 40).replace(/-+$/, "");
    return /^[a-z]/.test(slug) ? slug : `subscription-${slug}`;
  },
  toSpec(fields, key, warn) {
    const reference = (kind: "dashboards" | "insights", value: JsonValue | undefined) => {
      if (typeof value !== "string") return undefined;
      if (!value.startsWith("#")) return specRef(kind, value);
      warn(`delivers ${kind === "insights" ? "insight" : "dashboard"} ${value}, which is not pulled; it is left out`);
      return undefined;
    };
    const exports = (fields.dashboard_export_insights as string[]).map((name) => reference("insights", name)).filter(isJsonObject);
    return compactSpec({
      key,
      title: fields.title,
      insight: fields.content_type === "insight" ? reference("insights", fields.insight) : undefined,
      dashboard: fields.content_type === "dashboard" ? reference("dashboards", fields.dashboard) : undefined,
      dashboardExportInsights: exports.length > 0 ? exports : undefined,
      targetType: fields.target_type,
      target: fields.target_value,
      frequency: fields.frequency,
      interval: unlessDefault(fields.interval, 1),
      startDate: fields.start_date ?? undefined,
      byweekday: fields.byweekday ?? undefined,
      bysetpos: fields.bysetpos ?? undefined,
      count: fields.count ?? undefined,
      untilDate: fields.until_date ?? undefined,
      enabled: unlessDefault(fields.enabled, true),
      integrationId: fields.integration_id ?? undefined,
    });
  },
  summarize: summarizeSubscription,
  warn: warnSubscription,
});
