import type { EnvironmentRow } from "../render/markdown.js";
import { classifyError } from "./failure.js";
import type { ModeContext } from "./workspace.js";

/** The labels a plan keeps on its pull request. */
export const PLAN_LABELS = { none: "posthog:no-changes", changes: "posthog:changes", deletes: "posthog:deletes" } as const;

/** The label an apply keeps on its pull request while some environment's apply failed. */
export const APPLY_FAILED_LABEL = "posthog:apply-failed";

/**
 * The plan labels the comment's environments call for: changes (and deletes)
 * when any environment has them, no-changes only when every environment was
 * planned and none has any. An environment that could not be planned leaves
 * neither "no changes" nor its absence to be claimed.
 */
export function planLabels(rows: readonly EnvironmentRow[]): string[] {
  const planned = rows.filter((r) => r.summary);
  const changes = planned.some((r) => r.summary!.create + r.summary!.update + r.summary!.delete > 0);
  const deletes = planned.some((r) => r.summary!.delete > 0);
  if (changes) return deletes ? [PLAN_LABELS.changes, PLAN_LABELS.deletes] : [PLAN_LABELS.changes];
  return planned.length === rows.length && rows.length > 0 ? [PLAN_LABELS.none] : [];
}

/**
 * Makes the pull request carry `wanted` among the `managed` labels, touching
 * no other label. Labels are signals, so a refusal is a warning.
 */
export async function syncLabels(ctx: ModeContext, issue: number, managed: readonly string[], wanted: readonly string[]): Promise<void> {
  if (!ctx.settings.labels) return;
  try {
    const current = new Set(await ctx.github.listLabels(issue));
    const missing = wanted.filter((l) => !current.has(l));
    if (missing.length > 0) await ctx.github.addLabels(issue, missing);
    for (const label of managed) if (current.has(label) && !wanted.includes(label)) await ctx.github.removeLabel(issue, label);
  } catch (error) {
    ctx.host.warning(`Could not update the labels of #${issue}: ${classifyError(error).message}`);
  }
}
