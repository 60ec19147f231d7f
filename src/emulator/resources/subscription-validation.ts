import { validationError } from "../errors.js";
import { isTruthy } from "../fields.js";
import type { ProjectState } from "../state.js";
import { nextDeliveryDate } from "./subscription-schedule.js";
import type { SubscriptionRecord } from "./subscriptions.js";

/** `DEFAULT_MAX_ASSET_COUNT` (ee/tasks/subscriptions/subscription_utils.py). */
const MAX_ASSET_COUNT = 6;
const RRULE_FIELDS = ["frequency", "count", "interval", "start_date", "until_date", "bysetpos", "byweekday"];
/** `METADATA_HOSTS` and `INTERNAL_DOMAIN_PATTERNS` (posthog/security/url_validation.py). */
const METADATA_HOSTS = ["169.254.169.254", "metadata.google.internal"];
const INTERNAL_SUFFIXES = [".local", ".internal", ".svc.cluster.local", ".cluster.local", ".consul", ".lan", ".home", ".corp", ".localdomain", ".home.arpa", ".intranet", ".priv"];

/** What a write sends, read field by field (absent fields are left out). */
export type SubscriptionAttrs = Partial<SubscriptionRecord> & { invite_message?: string | null; prompt?: string | null };

/** Private, loopback, link-local and carrier-grade NAT IPv4 literals (`_is_internal_ip`); names are not resolved here. */
function isInternalIpv4(host: string): boolean {
  const parts = host.split(".").map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return false;
  const [a, b] = parts as [number, number];
  return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
}

/** `is_url_allowed` without DNS: the reason a webhook URL is refused, or undefined. */
function blockedUrlReason(url: string): string | undefined {
  if (url.includes("\\") || url.toLowerCase().includes("%5c")) return "Invalid URL: ambiguous authority";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return /^https?:\/\//i.test(url) ? "Missing host" : "URL must start with http:// or https://";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return "URL must start with http:// or https://";
  const host = parsed.hostname.toLowerCase().replace(/\.$/, "").replace(/^\[|\]$/g, "");
  if (host === "") return "Missing host";
  if (METADATA_HOSTS.includes(host)) return "Local/metadata host";
  if (["localhost", "127.0.0.1", "::1"].includes(host)) return "Local/Loopback host not allowed";
  const suffix = INTERNAL_SUFFIXES.find((pattern) => host.endsWith(pattern));
  if (suffix !== undefined) return `Internal domain pattern blocked: ${suffix}`;
  if (isInternalIpv4(host)) return "Private IP address not allowed";
  return undefined;
}

function validateDashboardExport(project: ProjectState, attrs: SubscriptionAttrs, existing: SubscriptionRecord | undefined): void {
  const dashboardId = attrs.dashboard_id ?? existing?.dashboard_id ?? null;
  const selected = attrs.dashboard_export_insights;
  if (dashboardId === null) {
    if (isTruthy(selected)) throw validationError("dashboard_export_insights", "Cannot set insights selection without a dashboard.");
    return;
  }
  if ((existing === undefined && !isTruthy(selected)) || (existing !== undefined && selected !== undefined && selected.length === 0)) {
    throw validationError("dashboard_export_insights", "Select at least one insight for this subscription.");
  }
  if (selected === undefined || selected.length === 0) return;
  const ids = new Set(selected);
  if (ids.size > MAX_ASSET_COUNT) throw validationError("dashboard_export_insights", `Cannot select more than ${MAX_ASSET_COUNT} insights.`);
  if ([...ids].some((id) => !project.insights.some((insight) => insight.id === id))) {
    throw validationError("dashboard_export_insights", "Some insights do not belong to your team or do no longer exist.");
  }
  const live = new Set(project.tiles.filter((tile) => tile.dashboard_id === dashboardId && tile.deleted !== true && tile.insight_id !== null).map((tile) => tile.insight_id).filter((id) => project.insights.some((insight) => insight.id === id && !insight.deleted)));
  const invalid = [...ids].filter((id) => !live.has(id));
  if (invalid.length > 0) throw validationError("dashboard_export_insights", `${invalid.length} invalid insight(s) selected.`);
}

/**
 * `SubscriptionSerializer.validate` for insight and dashboard subscriptions: the content type and
 * its one target, the dashboard's insight selection, a schedule that still has a delivery, the
 * Slack integration (the emulator's projects have none) and the webhook URL's SSRF check.
 */
export function validateSubscription(project: ProjectState, attrs: SubscriptionAttrs, existing: SubscriptionRecord | undefined): void {
  if (existing !== undefined && attrs.content_type !== undefined && attrs.content_type !== existing.content_type) {
    throw validationError("content_type", "content_type cannot be changed after the subscription is created.");
  }
  const hasInsight = (attrs.insight_id ?? existing?.insight_id ?? null) !== null;
  const hasDashboard = (attrs.dashboard_id ?? existing?.dashboard_id ?? null) !== null;
  const contentType = attrs.content_type ?? existing?.content_type ?? (hasDashboard ? "dashboard" : "insight");
  if (existing === undefined && attrs.content_type === undefined) attrs.content_type = contentType;
  if (contentType === "insight") {
    if (!hasInsight) throw validationError("insight", "Insight is required for insight subscriptions.");
    if (isTruthy(attrs.dashboard_id) || isTruthy(attrs.prompt)) throw validationError("insight", "Insight subscriptions cannot also set dashboard or prompt.");
  } else if (contentType === "dashboard") {
    if (!hasDashboard) throw validationError("dashboard", "Dashboard is required for dashboard subscriptions.");
    if (isTruthy(attrs.insight_id) || isTruthy(attrs.prompt)) throw validationError(null, "Dashboard subscriptions cannot also set insight or prompt.");
  } else {
    if (isTruthy(attrs.insight_id) || isTruthy(attrs.dashboard_id)) throw validationError(null, "AI subscriptions cannot also set insight or dashboard.");
    if (!isTruthy(attrs.prompt?.trim())) throw validationError("prompt", "Prompt is required for AI subscriptions.");
    if (existing === undefined) throw validationError(null, "AI subscriptions are not enabled for your organization.");
  }
  validateDashboardExport(project, attrs, existing);
  // The model's defaults stand for what a create leaves out.
  const merged = { interval: 1, count: null, byweekday: null, bysetpos: null, until_date: null, ...existing, ...attrs } as SubscriptionRecord;
  const reEnabling = existing !== undefined && attrs.enabled === true && existing.enabled === false;
  const scheduleTouched = existing !== undefined && existing.enabled && RRULE_FIELDS.some((name) => Object.hasOwn(attrs, name));
  if ((existing === undefined || reEnabling || scheduleTouched) && merged.frequency !== undefined && merged.start_date !== undefined && nextDeliveryDate(merged) === null) {
    const base = "Subscription schedule has reached its end date. Extend until_date or remove count";
    if (reEnabling) throw validationError("enabled", `${base} before re-enabling.`);
    if (existing === undefined) throw validationError("start_date", `${base}.`);
    throw validationError(null, `${base}.`);
  }
  if (merged.target_type === "slack") {
    if (!isTruthy(merged.integration_id)) throw validationError("integration_id", "A Slack integration is required for Slack subscriptions.");
    throw validationError("integration_id", "This integration does not exist or does not belong to your team.");
  }
  const target = attrs.target_value || existing?.target_value;
  if (merged.target_type === "webhook" && target) {
    const reason = blockedUrlReason(target);
    if (reason !== undefined) throw validationError("target_value", `Invalid webhook URL: ${reason}`);
  }
}
