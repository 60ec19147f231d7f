/**
 * Where a step's changes come from, in words every renderer shares: the
 * changes that undo an edit made in PostHog (the plan's `reverts`), by field,
 * with who made the edit when PostHog's activity log says.
 */
import type { FieldActivity } from "../core/plan/report.js";
import type { Plan, PlanStep } from "../core/plan/types.js";

/** One field whose PostHog edit the step undoes: the changed paths inside it, and the edit's author when known. */
export interface RevertedField {
  field: string;
  paths: string[];
  by?: FieldActivity;
}

/** The label a reviewer reads beside such a change. */
export const REVERT_LABEL = "reverts a change made in PostHog";

/** An activity log timestamp as a reviewer reads it: `2026-01-05 10:02 UTC`. */
export function formatActivityTime(at: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at) ? `${at.slice(0, 10)} ${at.slice(11, 16)} UTC` : at;
}

/** The fields of a step that undo edits made in PostHog, in the order of its changes. */
export function describeReverts(plan: Plan, step: PlanStep, activity: readonly FieldActivity[] = []): RevertedField[] {
  const fields = new Map<string, RevertedField>();
  for (const revert of plan.reverts ?? []) {
    if (revert.kind !== step.kind || revert.key !== step.key) continue;
    const field = revert.path.split(".")[0]!;
    const entry = fields.get(field) ?? { field, paths: [] };
    entry.paths.push(revert.path);
    const by = activity.find((a) => a.field === field);
    if (by) entry.by = by;
    fields.set(field, entry);
  }
  return [...fields.values()];
}
