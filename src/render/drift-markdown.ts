/**
 * The drift report of an issue: what changed in PostHog, resource by resource,
 * within a size budget that every kind shares fairly.
 */
import type { ActivityByResource } from "../core/plan/report.js";
import type { Plan, PlanStep } from "../core/plan/types.js";
import { formatFieldActivity } from "./markdown.js";
import { escapeMarkdown, formatCode, measure, shareFairly, takeLines } from "./markdown-text.js";
import { groupByKind, kindOf } from "./present.js";

function describeDrift(step: PlanStep): string {
  if (step.action === "create") return "missing in PostHog (deleted there, or never applied)";
  if (step.action === "delete") return "exists in PostHog without a definition";
  if (step.adopt) return "exists in PostHog but is not managed yet";
  const labels = new Set(step.changes.map((c) => (c.kind === "update" ? "edited in PostHog" : c.kind === "remove" ? "field added in PostHog" : "field removed in PostHog")));
  return [...labels].join(", ");
}

function driftRow(plan: Plan, step: PlanStep, activity: ActivityByResource): string {
  const fields = step.changes.map((c) => c.path);
  const shown = fields.slice(0, 5).map(formatCode).join(", ").replace(/\|/g, "\\|");
  const more = fields.length > 5 ? ` and ${fields.length - 5} more` : "";
  const key = step.url ? `[${escapeMarkdown(step.key)}](${step.url})` : escapeMarkdown(step.key);
  const who = (activity[`${step.kind}/${step.key}`] ?? []).map(formatFieldActivity).join("; ").replace(/\|/g, "\\|");
  return `| ${escapeMarkdown(kindOf(plan, step.kind).label)} | ${key} | ${escapeMarkdown(describeDrift(step))} | ${shown}${more} | ${who} |`;
}

function moreRow(plan: Plan, kind: PlanStep["kind"], omitted: number): string {
  return `| ${escapeMarkdown(kindOf(plan, kind).label)} | … ${omitted} more (the job summary lists them all) | | | |`;
}

const HEADER = "| Kind | Key | What happened | Fields | Changed in PostHog |\n| --- | --- | --- | --- | --- |";

/**
 * The drift table: each resource whose live state differs from its definition,
 * what happened to it in PostHog, which fields differ and, from PostHog's
 * activity log, who changed them and when. Over `maxLength`,
 * each kind keeps a fair share of rows and counts the rest in a "… N more" row.
 */
export function renderDriftTable(plan: Plan, maxLength = Number.POSITIVE_INFINITY, activity: ActivityByResource = {}): string {
  const groups = groupByKind(plan, plan.steps.filter((s) => s.action !== "no-op"));
  const rows = groups.map((g) => g.steps.map((step) => driftRow(plan, step, activity)));
  const full = [HEADER, ...rows.flat()].join("\n");
  if (measure(full) <= maxLength) return full;
  const skeleton = [HEADER, ...groups.map((g) => moreRow(plan, g.kind, g.steps.length))].join("\n");
  const shares = shareFairly(rows.map((lines) => lines.reduce((n, line) => n + measure(line) + 1, 0)), maxLength - measure(skeleton));
  const cut = groups.flatMap((g, i) => {
    const { shown, omitted } = takeLines(rows[i]!, shares[i]!);
    return omitted > 0 ? [...shown, moreRow(plan, g.kind, omitted)] : shown;
  });
  return [HEADER, ...cut].join("\n");
}
