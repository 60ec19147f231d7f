import { findOwnComment } from "../adapters/github/sticky-comment.js";
import { hasChanges } from "../core/plan/plan.js";
import type { EnvironmentReport } from "../core/plan/report.js";
import { checkAgainstReview, type ReviewRecord } from "../core/plan/review.js";
import { escapeMarkdown } from "../render/markdown-text.js";
import { reportChecks, type EnvironmentCheck } from "./checks.js";
import { PLAN_MARKER, readReviewRecord } from "./comment.js";
import { classifyError } from "./failure.js";
import type { Failure } from "./outputs.js";
import { writeStatusLine } from "./status.js";
import { runLink, shortSha, type ModeContext } from "./workspace.js";

interface Verdict {
  report: EnvironmentReport;
  /** What the merge queue may rely on: the merged result is what was reviewed (or nothing to do). */
  covered: boolean;
  /** Markdown: our own words, with PostHog's error text escaped. */
  text: string;
  failure?: Failure;
}

function judge(ctx: ModeContext, report: EnvironmentReport, record: ReviewRecord | undefined, pr: number | undefined): Verdict {
  const name = report.environment;
  if (!report.plan) return { report, covered: false, text: `planning failed: ${escapeMarkdown(report.error ?? "unknown error")}` };
  if (!hasChanges(report.plan)) return { report, covered: true, text: "nothing to apply" };
  if (!record?.fingerprints[name]) {
    const text = pr === undefined ? "the merge group names no pull request, so no reviewed plan exists" : `pull request #${pr} has no reviewed plan for ${name}`;
    if (ctx.settings.applyWithoutReview) return { report, covered: true, text: `${text}; apply-without-review is set` };
    return { report, covered: false, text, failure: { reason: "no-reviewed-plan", message: `${name}: ${text}` } };
  }
  const check = checkAgainstReview(report.plan, record, name);
  if (check.verdict === "matches") return { report, covered: true, text: `the merged result's plan matches the one reviewed on #${pr}` };
  if (check.verdict === "remaining") return { report, covered: true, text: `every change of the merged result was reviewed unchanged on #${pr}` };
  const text = `the merged result's plan differs from the one reviewed on #${pr}: ${check.unreviewed.length} change(s) were not reviewed`;
  if (ctx.settings.allowStalePlan) return { report, covered: true, text: `${text}; allow-stale-plan is set` };
  return { report, covered: false, text, failure: { reason: "plan-changed", message: `${name}: ${text}` } };
}

/**
 * A merge queue's check: plan the merged result (this run's commit), hold it
 * against the plan reviewed on the pull request, report a check run per
 * environment on the group's commit, and record the verdict in the pull
 * request's status lines. A merged result nobody reviewed fails its check, so
 * the queue drops the pull request before it lands, not the apply after.
 */
export async function verifyMergeGroup(ctx: ModeContext, reports: readonly EnvironmentReport[]): Promise<{ summary: string; failure?: Failure }> {
  const group = ctx.run.mergeGroup!;
  const pr = group.pullRequest;
  const comment = pr === undefined ? undefined : await findOwnComment(ctx.github, pr, PLAN_MARKER, await ctx.login());
  const record = comment ? readReviewRecord(comment.body) : undefined;
  const verdicts = reports.map((report) => judge(ctx, report, record, pr));
  const checks: EnvironmentCheck[] = verdicts.map((v) => ({ report: v.report, conclusion: v.covered ? "success" : "failure", lead: `Merge queue: ${v.text}.` }));
  await reportChecks(ctx, group.headSha, checks);
  for (const v of verdicts) ctx.host.info(`${v.report.environment}: ${v.text}`);

  let failure = verdicts.find((v) => v.failure)?.failure;
  if (comment && pr !== undefined) {
    try {
      for (const v of verdicts) {
        await writeStatusLine(ctx, pr, v.report.environment, `${v.covered ? "🔀" : "⛔"} **${v.report.environment}**: merge queue planned the merged result \`${shortSha(group.headSha)}\` in ${runLink(ctx.run)}: ${v.text}`);
      }
    } catch (error) {
      failure ??= { reason: "github-api", message: `could not record the merge queue's plan on pull request #${pr}: ${classifyError(error).message}` };
    }
  }
  const rows = verdicts.map((v) => `| ${escapeMarkdown(v.report.environment)} | ${v.covered ? "✅" : "❌"} ${v.text.replace(/\|/g, "\\|")} |`);
  const summary = [`## PostHog merge queue check (\`${shortSha(group.headSha)}\`)`, "| Environment | Verdict |\n| --- | --- |\n" + rows.join("\n")].join("\n\n");
  return { summary, ...(failure ? { failure } : {}) };
}
