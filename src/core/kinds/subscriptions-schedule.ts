import { isDeepEqual, type JsonObject, type JsonValue } from "../json.js";
import type { FieldChange } from "../plan/types.js";

/** `Subscription.SubscriptionFrequency`. */
export const FREQUENCIES = ["daily", "weekly", "monthly", "yearly"] as const;
/** `Subscription.SubscriptionByWeekDay`. */
export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
/** `Subscription.SubscriptionTarget` as `SubscriptionSerializer` documents it. */
export const TARGET_TYPES = ["email", "slack", "webhook"] as const;

const UNITS: Readonly<Record<string, string>> = { daily: "day", weekly: "week", monthly: "month", yearly: "year" };
const POSITIONS: Readonly<Record<string, string>> = { "1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last" };
const WORKING_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"];

/**
 * A schedule in the words of PostHog's `Subscription.summary` ("sent every 2 weeks on the last
 * Friday"), so a plan reads as the subscription list in PostHog does.
 */
export function describeSchedule(fields: JsonObject): string {
  const unit = UNITS[String(fields.frequency)];
  const interval = typeof fields.interval === "number" ? fields.interval : 1;
  if (unit === undefined) return "sent on a schedule";
  let summary = `sent every ${interval > 1 ? `${interval} ${unit}s` : unit}`;
  const days = Array.isArray(fields.byweekday) ? fields.byweekday.map(String) : [];
  if (days.length > 0 && typeof fields.bysetpos === "number" && fields.bysetpos !== 0) {
    const position = POSITIONS[String(fields.bysetpos)];
    if (position === undefined) return "sent on a schedule";
    const day = days.length === 1 ? days[0]!.charAt(0).toUpperCase() + days[0]!.slice(1) : isDeepEqual([...new Set(days)].sort(), [...WORKING_DAYS].sort()) ? "weekday" : "day";
    summary += ` on the ${position} ${day}`;
  } else if (days.length > 0) {
    summary += ` on ${days.map((day) => day.charAt(0).toUpperCase() + day.slice(1, 3)).join(", ")}`;
  }
  return summary;
}

const SCHEDULE_FIELDS = ["frequency", "interval", "byweekday", "bysetpos"];

function describeTarget(fields: JsonObject): string {
  const value = String(fields.target_value);
  if (fields.target_type === "email") return `emailed to ${value}`;
  if (fields.target_type === "slack") return `posted to Slack channel ${value}`;
  return `sent to webhook ${value}`;
}

function describeDate(value: JsonValue | undefined): string {
  return typeof value === "string" ? value : "no end";
}

/** One-line summaries of a subscription's change, in the words PostHog's subscription list uses. */
export function summarizeSubscription(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (before === undefined || after === undefined) return [];
  const touched = (name: string) => changes.some((change) => change.path === name || change.path.startsWith(`${name}.`));
  const lines: string[] = [];
  if (SCHEDULE_FIELDS.some(touched)) lines.push(`${describeSchedule(after)} (was ${describeSchedule(before)})`);
  if (touched("target_type") || touched("target_value")) lines.push(`${describeTarget(after)} (was ${describeTarget(before)})`);
  if (touched("start_date")) lines.push(`starts ${String(after.start_date)} (was ${String(before.start_date)})`);
  if (touched("until_date")) lines.push(`ends ${describeDate(after.until_date)} (was ${describeDate(before.until_date)})`);
  if (touched("count")) lines.push(after.count === null ? "no limit on deliveries" : `stops after ${String(after.count)} deliveries`);
  if (touched("enabled")) lines.push(after.enabled === true ? "delivery resumed" : "delivery paused");
  return lines;
}

/**
 * `SubscriptionSerializer.create` and `update` start PostHog's delivery workflow whenever the
 * subscription ends up enabled: it sends the insight or dashboard right away, and an email target
 * invites the addresses it adds. Plans say so before apply does it.
 */
export function warnSubscription(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (after === undefined || after.enabled !== true) return [];
  if (before === undefined) return [`PostHog delivers a new enabled subscription right away (${describeTarget(after)}), and invites new email recipients`];
  const retargeted = changes.some((change) => change.path === "target_value" || change.path === "target_type");
  return retargeted ? [`PostHog delivers the subscription right away to its new target (${describeTarget(after)})`] : [];
}
