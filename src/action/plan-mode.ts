import { gitHubStatusOf } from "../adapters/github/client.js";
import { findOwnComment, upsertComment } from "../adapters/github/sticky-comment.js";
import type { Diagnostic } from "../core/diagnostics.js";
import { createPlan, hasChanges } from "../core/plan/plan.js";
import type { LoadedProject } from "../engine/project.js";
import { renderPlanMarkdown, STEP_SUMMARY_LIMIT, type EnvironmentReport, type Notice } from "../render/markdown.js";
import { composePlanComment, formatStatusLine, PLAN_MARKER, planBudget } from "./comment.js";
import { connectionOf, holdsPostHogSecrets, type EnvironmentTarget } from "./environments.js";
import { ActionFailure, classifyError } from "./failure.js";
import type { FailureReason, Outcome } from "./outputs.js";
import { digestChanges, type ReviewRecord } from "./review.js";
import { annotateDiagnostics, loadWorkspace, logPlan, planOutputs, planWith, resolveTargets, runLink, shortSha, uniqueDiagnostics, validateTarget, withPostHog, writePlanJson, type ModeContext } from "./workspace.js";

const FORK_NOTICE = "This pull request comes from a fork, so this run has no PostHog credentials and did not read the live projects. The plan shows the desired state as creates. A maintainer must run the live plan before this is merged.";
const FORK_OFFLINE = "a fork's run holds no PostHog credentials, so the live project was not read.";

/** Refuses to evaluate a fork's code in a job that holds secrets, unless the workflow explicitly allows it. */
function guardUntrustedCode(ctx: ModeContext): void {
  const pr = ctx.run.pullRequest;
  if (!pr?.fromFork || ctx.settings.allowUntrustedCode) return;
  const writeToken = ctx.run.eventName === "pull_request_target";
  if (!writeToken && !holdsPostHogSecrets(ctx.settings, ctx.env)) return;
  throw new ActionFailure(
    "untrusted-code",
    `pull request #${pr.number} comes from a fork and this job holds ${writeToken ? "a write token (pull_request_target)" : "PostHog credentials"}; ` +
      "its definitions are code, so they were not evaluated. Plan forks from a pull_request workflow without secrets, or set allow-untrusted-code: true in a workflow a maintainer starts after reviewing the code.",
  );
}

interface PlannedEnvironment {
  report: EnvironmentReport;
  status: string;
  failure?: { reason: FailureReason; message: string };
}

async function planEnvironment(ctx: ModeContext, project: LoadedProject, target: EnvironmentTarget, offlineReason: string | undefined): Promise<PlannedEnvironment & { diagnostics: Diagnostic[] }> {
  const base = { environment: target.name, host: target.host, projectId: target.projectId || "?" };
  const validated = await validateTarget(ctx, project, target);
  if (!validated.valid) {
    return {
      report: { ...base, error: "the definitions are invalid (see above)" },
      status: formatStatusLine(target.name, `❌ **${target.name}**: invalid definitions`),
      failure: { reason: "invalid-definitions", message: "the definitions are invalid; see the annotations" },
      diagnostics: validated.diagnostics,
    };
  }
  const offline = offlineReason ?? (target.apiKey ? undefined : `${target.keySource} is not set in this job, so the live project was not read; the plan shows the desired state as creates.`);
  if (offline) {
    const plan = createPlan({ target: { host: target.host, projectId: base.projectId, environment: target.name }, desired: validated.resources, observed: [], prune: false });
    return { report: { ...base, plan, offline }, status: formatStatusLine(target.name, `🔒 **${target.name}**: offline plan only; a maintainer must run the live plan`), diagnostics: validated.diagnostics };
  }
  try {
    const connection = connectionOf(project.config, target, ctx.env);
    const plan = await withPostHog(connection, (api) => planWith(ctx, api, connection, validated.resources, false));
    const line = `📝 **${target.name}**: planned for \`${shortSha(ctx.run.sha)}\` in ${runLink(ctx.run)}`;
    return { report: { ...base, plan }, status: formatStatusLine(target.name, line), diagnostics: validated.diagnostics };
  } catch (error) {
    const failure = classifyError(error);
    ctx.host.error(`${target.name}: ${failure.message}`);
    return { report: { ...base, error: failure.message }, status: formatStatusLine(target.name, `❌ **${target.name}**: plan failed`), failure, diagnostics: validated.diagnostics };
  }
}

/**
 * Plan on a pull request: plan every configured environment in this one job and
 * keep exactly one comment on the PR, updated in place. A failure in one
 * environment becomes a failed row, not a missing comment. Fork PRs get an
 * offline plan of the desired state and never see a key.
 */
export async function runPlanMode(ctx: ModeContext): Promise<Outcome> {
  guardUntrustedCode(ctx);
  const project = await loadWorkspace(ctx);
  const targets = resolveTargets(ctx, project);
  const fork = ctx.run.pullRequest?.fromFork === true && !ctx.settings.allowUntrustedCode;
  const planned = await Promise.all(targets.map((target) => planEnvironment(ctx, project, target, fork ? FORK_OFFLINE : undefined)));
  const diagnostics = uniqueDiagnostics(planned.flatMap((p) => p.diagnostics));
  annotateDiagnostics(ctx, diagnostics);

  const reports = planned.map((p) => p.report);
  // Logged once all are done: environments are planned in parallel and their groups must not interleave.
  for (const report of reports) if (report.plan && !report.offline) await logPlan(ctx, report.environment, report.plan);
  const notices: Notice[] = fork ? [{ level: "warning", text: FORK_NOTICE }] : [];
  const record: ReviewRecord = { fingerprints: {}, changes: {} };
  for (const report of reports) {
    if (!report.plan || report.offline) continue;
    record.fingerprints[report.environment] = report.plan.fingerprint;
    record.changes[report.environment] = digestChanges(report.plan);
  }

  const outputs = { ...planOutputs(reports), "plan-json": await writePlanJson(ctx, "plan", reports) };
  const title = "PostHog plan";
  const summary = [renderPlanMarkdown(reports, { title, maxLength: STEP_SUMMARY_LIMIT, notices, diagnostics, maxDiagnostics: 500 })];
  const statusLines = planned.map((p) => p.status);
  const comment = renderPlanMarkdown(reports, { title, maxLength: planBudget(record, statusLines), notices, diagnostics });
  const url = await writeComment(ctx, composePlanComment(record, comment, statusLines), reports.some((r) => r.plan && hasChanges(r.plan)));
  if (url) outputs["comment-url"] = url;

  const failure = planned.find((p) => p.failure?.reason === "invalid-definitions")?.failure ?? planned.find((p) => p.failure)?.failure;
  return { outputs, summary, ...(failure ? { failure } : {}) };
}

/**
 * Creates or updates the one plan comment. A comment that cannot be written (a
 * fork's read-only token answers 403) is a warning: the job summary still has
 * the plan.
 */
async function writeComment(ctx: ModeContext, body: string, changes: boolean): Promise<string | undefined> {
  const pr = ctx.run.pullRequest;
  if (!pr || ctx.settings.comment === "never") return undefined;
  try {
    const existing = await findOwnComment(ctx.github, pr.number, PLAN_MARKER, await ctx.login());
    if (!existing && !changes && ctx.settings.comment === "changes-only") return undefined;
    const result = await upsertComment(ctx.github, pr.number, existing, body);
    ctx.host.info(`Plan comment ${result.action}: ${result.comment.url}`);
    return result.comment.url;
  } catch (error) {
    const status = gitHubStatusOf(error);
    if (status === undefined) throw error;
    const hint = status === 403 || status === 404 ? " The token cannot write to this pull request (fork pull requests get a read-only token); the plan is in the job summary." : "";
    ctx.host.warning(`Could not write the plan comment (GitHub answered ${status}).${hint}`);
    return undefined;
  }
}
