import type { GitHubComment } from "../adapters/github/client.js";
import { findOwnComment } from "../adapters/github/sticky-comment.js";
import { applyPlan, type ApplyResult } from "../core/apply.js";
import type { ProjectConfig } from "../core/config.js";
import type { SecretValues } from "../core/secrets.js";
import { readSecretValues } from "../engine/secrets.js";
import { ToolError } from "../core/errors.js";
import { hasChanges } from "../core/plan/plan.js";
import type { EnvironmentReport } from "../core/plan/report.js";
import { checkAgainstReview, type ReviewCheck } from "../core/plan/review.js";
import type { Plan } from "../core/plan/types.js";
import { systemClock } from "../engine/clock.js";
import type { LoadedProject } from "../engine/project.js";
import { renderPlanMarkdown, renderResultsMarkdown, renderStepsMarkdown } from "../render/markdown.js";
import { STEP_SUMMARY_LIMIT } from "../render/markdown-text.js";
import { PLAN_MARKER, readReviewRecord, readStatusLines } from "./comment.js";
import { connectionOf, pickTarget } from "./environments.js";
import { classifyError } from "./failure.js";
import { APPLY_FAILED_LABEL, syncLabels } from "./labels.js";
import { changesPerEnvironment, type Failure, type Outcome } from "./outputs.js";
import { writeStatusLine } from "./status.js";
import { annotateDiagnostics, logPlan, planOutputs, planWith, resolveTargets, runLink, shortSha, validateTarget, withPostHog, withOneEnvironmentReading, writePlanJson, type EarlyPlanReads, type ModeContext } from "./workspace.js";

/** Marks a status line of an apply that left work undone; the apply-failed label stays while any line has it. */
const PARTIAL = "⚠️";

/** The merged pull request a push came from, and its plan comment, if any. */
interface Review {
  pr: number;
  comment?: GitHubComment;
}

/** Finds the pull request merged as this commit (or one that contains it) and its plan comment. */
async function findReview(ctx: ModeContext): Promise<Review | undefined> {
  const pulls = await ctx.github.pullRequestsForCommit(ctx.run.sha);
  const pr = pulls.find((p) => p.mergeCommitSha === ctx.run.sha) ?? pulls.find((p) => p.mergedAt !== undefined);
  if (!pr) return undefined;
  const comment = await findOwnComment(ctx.github, pr.number, PLAN_MARKER, await ctx.login());
  return { pr: pr.number, ...(comment ? { comment } : {}) };
}

/** Writes this environment's status line on the plan comment; the settled body, or undefined without a comment. */
async function reportStatus(ctx: ModeContext, review: Review | undefined, environment: string, text: string): Promise<string | undefined> {
  if (!review?.comment) return undefined;
  return writeStatusLine(ctx, review.pr, environment, text);
}

/** A status line on a path that applies nothing: the run's own verdict stands, and a refused write is a warning. */
async function noteStatus(ctx: ModeContext, review: Review | undefined, environment: string, text: string): Promise<void> {
  try {
    await reportStatus(ctx, review, environment, text);
  } catch (error) {
    ctx.host.warning(`Could not write the status line on pull request #${review?.pr}: ${classifyError(error).message}`);
  }
}

function resultLine(ctx: ModeContext, environment: string, result: ApplyResult): string {
  const changed = result.results.filter((r) => r.status !== "unchanged").length;
  const where = `\`${shortSha(ctx.run.sha)}\` in ${runLink(ctx.run)}`;
  if (result.failed === 0) return `✅ **${environment}**: applied ${result.applied} change(s) from ${where}`;
  return `${PARTIAL} **${environment}**: applied ${result.applied} of ${changed} change(s) from ${where}; ${result.failed} failed or skipped. Re-running the job is safe and retries only what is left.`;
}

function explainCheck(check: ReviewCheck | undefined, pr: number | undefined): string {
  if (!check) return pr === undefined ? "This commit has no merged pull request, so no reviewed plan exists." : `Pull request #${pr} has no reviewed plan for this environment.`;
  if (check.verdict === "matches") return `The plan matches the one reviewed on pull request #${pr}.`;
  if (check.verdict === "remaining") {
    const done = check.done > 0 ? `; ${check.done} reviewed change(s) were already applied by an earlier run` : "";
    return `Every change still planned was reviewed unchanged on pull request #${pr}${done}.`;
  }
  return `The plan differs from the one reviewed on pull request #${pr}: ${check.unreviewed.length} change(s) were not reviewed${check.dropped > 0 ? ` and ${check.dropped} reviewed change(s) are no longer planned` : ""}.`;
}

function staleSection(plan: Plan, check: Extract<ReviewCheck, { verdict: "changed" }>, allowed: boolean): string {
  const lead = allowed
    ? "`allow-stale-plan` is set, so the current plan is applied anyway."
    : "Nothing was applied. Push a commit to the pull request (or re-run its plan) so reviewers see the current plan, or set `allow-stale-plan: true` to apply the latest plan.";
  return `### What changed since review\n\n${lead}\n\n${renderStepsMarkdown(plan, check.unreviewed) || "No unreviewed changes; reviewed changes are no longer needed."}`;
}

/** Keeps the apply-failed label while any environment's status line says its apply left work undone. */
async function labelResult(ctx: ModeContext, review: Review | undefined, body: string | undefined, failed: boolean): Promise<void> {
  if (!review || body === undefined) return;
  const pending = failed || Object.values(readStatusLines(body)).some((line) => line.startsWith(`- ${PARTIAL} `));
  await syncLabels(ctx, review.pr, [APPLY_FAILED_LABEL], pending ? [APPLY_FAILED_LABEL] : []);
}

/** The secret values this apply may send, each registered with the runner for masking before use. */
function readMaskedSecrets(ctx: ModeContext, config: ProjectConfig): SecretValues {
  for (const name of config.secrets ?? []) {
    const value = ctx.env[name];
    if (value) ctx.host.setSecret(value);
  }
  return readSecretValues(config, ctx.env);
}

/**
 * Apply on a push to main for one environment. The plan is computed again and
 * held against the one reviewed on the merged pull request: it goes ahead when it
 * matches (or is what a failed earlier apply left over), stops with
 * `plan-changed` and a "what changed since review" report otherwise, and applies
 * a direct push only when `apply-without-review` allows it. The comment's status
 * line is written before anything is applied: a comment that cannot be written
 * stops the apply while nothing has changed yet.
 */
export async function runApplyMode(ctx: ModeContext): Promise<Outcome> {
  return withOneEnvironmentReading(ctx, (project, early) => applyLoaded(ctx, project, early));
}

async function applyLoaded(ctx: ModeContext, project: LoadedProject, early: EarlyPlanReads): Promise<Outcome> {
  const target = pickTarget(resolveTargets(ctx, project));
  const validated = await validateTarget(ctx, project, target);
  annotateDiagnostics(ctx, validated.diagnostics);
  if (!validated.valid) throw new ToolError("invalid-definitions", "the definitions on this commit are invalid; nothing was applied");

  const connection = connectionOf(target, ctx.settings, ctx.env);
  return withPostHog(connection, async (api) => {
    const plan = await planWith(ctx, api, connection, validated.resources, false);
    await logPlan(ctx, target.name, plan);
    const report: EnvironmentReport = { environment: target.name, host: target.host, projectId: target.projectId, plan };
    const outputs = { ...planOutputs([report]), "has-changes-per-environment": changesPerEnvironment([report]), "plan-json": await writePlanJson(ctx, "apply", [report]) };
    const review = await findReview(ctx);
    if (review?.comment) Object.assign(outputs, { "comment-url": review.comment.url, "comment-id": String(review.comment.id) });
    const heading = `## PostHog apply: ${target.name}`;

    if (!hasChanges(plan)) {
      await noteStatus(ctx, review, target.name, `✅ **${target.name}**: up to date at \`${shortSha(ctx.run.sha)}\` (${runLink(ctx.run)})`);
      return { outputs: { ...outputs, applied: "0", failed: "0" }, summary: [`${heading}\n\nNothing to apply: the project already matches the definitions.`] };
    }

    const record = review?.comment ? readReviewRecord(review.comment.body) : undefined;
    const check = record?.fingerprints[target.name] ? checkAgainstReview(plan, record, target.name) : undefined;
    const explanation = explainCheck(check, review?.pr);
    ctx.host.info(explanation);

    if (!check && !ctx.settings.applyWithoutReview) {
      await noteStatus(ctx, review, target.name, `⛔ **${target.name}**: not applied; pull request #${review?.pr} has no reviewed plan for it (${runLink(ctx.run)})`);
      const planSection = renderPlanMarkdown([report], { maxLength: STEP_SUMMARY_LIMIT / 2 });
      const summary = `${heading}\n\n${explanation} Nothing was applied; set \`apply-without-review: true\` to apply direct pushes.\n\n${planSection}`;
      return { outputs, summary: [summary], failure: { reason: "no-reviewed-plan", message: `${explanation} Nothing was applied.` } };
    }
    if (check?.verdict === "changed" && !ctx.settings.allowStalePlan) {
      await noteStatus(ctx, review, target.name, `⛔ **${target.name}**: not applied; the plan changed since review (${runLink(ctx.run)})`);
      const summary = `${heading}\n\n${explanation}\n\n${staleSection(plan, check, false)}`;
      return { outputs, summary: [summary], failure: { reason: "plan-changed", message: `${explanation} Nothing was applied.` } };
    }
    if (!check) ctx.host.warning(`${explanation} Applying without a reviewed plan because apply-without-review is set.`);
    if (check?.verdict === "changed") ctx.host.warning(`${explanation} Applying anyway because allow-stale-plan is set.`);

    const changes = plan.steps.filter((s) => s.action !== "no-op").length;
    try {
      await reportStatus(ctx, review, target.name, `⏳ **${target.name}**: applying ${changes} change(s) from \`${shortSha(ctx.run.sha)}\` in ${runLink(ctx.run)}`);
    } catch (error) {
      throw new ToolError("github", `nothing was applied: the status line on pull request #${review?.pr} could not be written (${classifyError(error).message}). The token needs pull-requests: write.`);
    }

    const result = await ctx.host.group(`Apply to ${target.name}`, () => applyPlan(plan, api, { progress: (e) => ctx.host.info(`  [${e.done}/${e.total}] ${e.message}`), clock: systemClock, secrets: readMaskedSecrets(ctx, project.config) }));
    for (const r of result.results) if (r.status === "failed") ctx.host.error(`${target.name}: ${r.action} ${r.kind} ${r.key} failed: ${r.error}`);
    const sections = [heading, explanation, ...(check?.verdict === "changed" ? [staleSection(plan, check, true)] : []), renderResultsMarkdown(plan, result)];
    if (result.failed > 0) sections.push("Applying is idempotent: re-run this job to retry what failed; steps already applied are left alone.");
    const applied = { ...outputs, applied: String(result.applied), failed: String(result.failed) };
    let failure: Failure | undefined = result.failed === 0 ? undefined : { reason: "partial-apply", message: `${result.failed} change(s) failed or were skipped in ${target.name}; re-running the job retries them` };
    try {
      const body = await reportStatus(ctx, review, target.name, resultLine(ctx, target.name, result));
      await labelResult(ctx, review, body, result.failed > 0);
    } catch (error) {
      failure ??= { reason: "github-api", message: `the changes were applied, but the status line on pull request #${review?.pr} could not be written: ${classifyError(error).message}` };
    }
    return { outputs: applied, summary: [sections.join("\n\n")], ...(failure ? { failure } : {}) };
  }, early);
}
