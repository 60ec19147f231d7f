/**
 * The words for what plan checked against the live project (`plan.checks`):
 * rollout estimates beside the flag's own summary lines, and notes on checks
 * that did not run. Pure functions of the plan, shared by every renderer.
 */
import type { Plan, PlanStep, RolloutReach, SkippedCheck } from "../core/plan/types.js";

/** 12400 → "12,400", the same on every machine (no locale). */
function formatCount(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** An estimate, rounded to three significant digits from a thousand up ("about 12,400"). */
function formatEstimate(value: number): string {
  const whole = Math.round(value);
  if (whole < 1000) return formatCount(whole);
  const step = 10 ** (String(whole).length - 3);
  return formatCount(Math.round(whole / step) * step);
}

const percent = (value: number | undefined) => `${value ?? 0}%`;

/** The flag summary line an estimate belongs to, as the flag kind words it. */
function summaryHead(reach: RolloutReach): string | undefined {
  return reach.before !== undefined && reach.after !== undefined && reach.before !== reach.after ? `release condition ${reach.condition}: rollout ${percent(reach.before)} → ${percent(reach.after)}` : undefined;
}

/** "release condition 1: rollout 20% → 100%: about 12,400 of 52,000 users". */
export function describeReach(reach: RolloutReach): string {
  const of = `of ${formatCount(reach.total)} ${reach.unit}`;
  if (reach.after === undefined) return `release condition ${reach.condition} removed: it reached about ${formatEstimate((reach.affected * (reach.before ?? 0)) / 100)} ${of}`;
  const reached = `about ${formatEstimate((reach.affected * reach.after) / 100)} ${of}`;
  if (reach.before === undefined) return `release condition ${reach.condition} added: rollout ${percent(reach.after)}: ${reached}`;
  return `${summaryHead(reach) ?? `release condition ${reach.condition}: rollout ${percent(reach.after)}`}: ${reached}`;
}

/**
 * A step's summary lines with the estimates of its rollout changes: an estimate
 * takes the place of the summary line it sizes, or follows the summary.
 */
export function withReach(plan: Plan, step: PlanStep): string[] {
  const lines = [...step.summary];
  for (const reach of plan.checks?.reach ?? []) {
    if (reach.kind !== step.kind || reach.key !== step.key) continue;
    const at = lines.indexOf(summaryHead(reach) ?? "\u0000");
    if (at >= 0) lines[at] = describeReach(reach);
    else lines.push(describeReach(reach));
  }
  return lines;
}

const WHAT: Record<SkippedCheck["check"], string> = {
  all: "nothing was checked against the live project",
  events: "event names were not checked against the project",
  properties: "property names and types were not checked against the project",
  hogql: "HogQL was not checked against the project's schema",
  "blast-radius": "rollout changes were not sized",
};

const WHY: Record<SkippedCheck["reason"], string> = {
  forbidden: "the API key lacks the scope",
  unavailable: "this PostHog instance does not offer it",
  offline: "the plan was made without credentials",
  limit: "past the request budget",
  placeholders: "they use placeholders whose values the definitions do not hold",
  unsizable: "a condition names a cohort this plan creates, or PostHog could not evaluate it",
};

/** One note per check that did not run, or not for everything. */
export function describeSkippedChecks(plan: Plan): string[] {
  return (plan.checks?.skipped ?? []).map((skip) => {
    const many = skip.count === undefined ? "" : ` (${formatCount(skip.count)})`;
    return `${WHAT[skip.check]}${many}: ${WHY[skip.reason]}`;
  });
}
