import type { GitHubComment } from "../adapters/github/client.js";
import { settleComment } from "../adapters/github/sticky-comment.js";
import { blockingFindings, offlineChecks } from "../core/checks/outcome.js";
import type { Diagnostic } from "../core/diagnostics.js";
import { ToolError } from "../core/errors.js";
import { createPlan } from "../core/plan/plan.js";
import type { EnvironmentReport } from "../core/plan/report.js";
import { baseResources, loadBaseCommit, type BaseDefinitions } from "../engine/base.js";
import type { LoadedProject } from "../engine/project.js";
import { renderPlanMarkdown } from "../render/markdown.js";
import { STEP_SUMMARY_LIMIT, type Notice } from "../render/markdown-text.js";
import { readFieldActivity } from "../engine/activity.js";
import { reportChecks } from "./checks.js";
import { composePlanComment, createEntry, formatStatusLine, mergeEntries, PLAN_MARKER, readCommentEntries, type CommentEntry } from "./comment.js";
import { connectionOf, DEFAULT_ENVIRONMENT, holdsPostHogSecrets, type EnvironmentTarget } from "./environments.js";
import { classifyError } from "./failure.js";
import { planLabels, PLAN_LABELS, syncLabels } from "./labels.js";
import { verifyMergeGroup } from "./merge-group.js";
import { changesPerEnvironment, type Failure, type Outcome } from "./outputs.js";
import { resolveTrustedTargets } from "./trust.js";
import { annotateDiagnostics, keyedConnections, loadWorkspaceReading, logPlan, planOutputs, planWith, resolveTargets, runLink, shortSha, uniqueDiagnostics, validateTarget, withPostHog, writePlanJson, type EarlyPlanReads, type ModeContext } from "./workspace.js";

const TITLE = "PostHog plan";
const FORK_NOTICE = "This pull request comes from a fork, so this run has no PostHog credentials and did not read the live projects. The plan shows the desired state as creates. A maintainer must run the live plan before this is merged.";
const FORK_OFFLINE = "a fork's run holds no PostHog credentials, so the live project was not read.";

/** Refuses to evaluate a fork's code in a job that holds secrets, unless the workflow explicitly allows it. */
function guardUntrustedCode(ctx: ModeContext): void {
  const pr = ctx.run.pullRequest;
  if (!pr?.fromFork || ctx.settings.allowUntrustedCode) return;
  const writeToken = ctx.run.eventName === "pull_request_target";
  if (!writeToken && !holdsPostHogSecrets(ctx.settings, ctx.env)) return;
  throw new ToolError(
    "untrusted-code",
    `pull request #${pr.number} comes from a fork and this job holds ${writeToken ? "a write token (pull_request_target)" : "PostHog credentials"}; ` +
      "its definitions are code, so they were not evaluated. Plan forks from a pull_request workflow without secrets, or set allow-untrusted-code: true in a workflow a maintainer starts after reviewing the code.",
  );
}

/** One environment after planning: its report, status line and, when it failed, why. */
export interface PlannedEnvironment {
  report: EnvironmentReport;
  status: string;
  failure?: Failure;
  diagnostics: Diagnostic[];
}

/** The failure of invalid definitions names the first error, so the log says what is wrong even without annotations. */
export function invalidDefinitions(diagnostics: readonly Diagnostic[]): Failure {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const first = errors[0];
  const where = first?.source ? `${first.source.file}:${first.source.line}: ` : "";
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more error(s) above)` : "";
  return { reason: "invalid-definitions", message: `the definitions are invalid: ${where}${first ? `${first.field ? `${first.field}: ` : ""}${first.message}` : "unknown error"}${more}` };
}

/** The failure of a plan whose checks found problems: like invalid definitions, it names the first one. */
function checksFailed(environment: string, blocking: readonly Diagnostic[]): Failure {
  const first = blocking[0]!;
  const where = first.source ? `${first.source.file}:${first.source.line}: ` : "";
  const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more above)` : "";
  return { reason: "invalid-definitions", message: `the checks against ${environment} found problems: ${where}${first.message}${more}` };
}

async function planEnvironment(ctx: ModeContext, project: LoadedProject, target: EnvironmentTarget, offline: string | undefined, early: EarlyPlanReads, previous?: BaseDefinitions): Promise<PlannedEnvironment> {
  const base = { environment: target.name, host: target.host, projectId: target.projectId || "?" };
  const validated = await validateTarget(ctx, project, target);
  if (!validated.valid) {
    await early.drop(target.configured ? target.name : undefined);
    return {
      report: { ...base, error: "the definitions are invalid (see above)" },
      status: formatStatusLine(target.name, `❌ **${target.name}**: invalid definitions`),
      failure: invalidDefinitions(validated.diagnostics),
      diagnostics: validated.diagnostics,
    };
  }
  if (offline) {
    const plan = { ...createPlan({ target: { host: target.host, projectId: base.projectId, environment: target.name }, desired: validated.resources, observed: [], prune: false }), checks: offlineChecks() };
    return { report: { ...base, plan, offline }, status: formatStatusLine(target.name, `🔒 **${target.name}**: offline plan only; a maintainer must run the live plan`), diagnostics: validated.diagnostics };
  }
  try {
    // Offline plans are for forks only: anywhere else a missing key is an error that names its variable.
    const connection = connectionOf(target, ctx.settings, ctx.env);
    const { plan, activity } = await withPostHog(connection, async (api) => {
      const planned = await planWith(ctx, api, connection, validated.resources, false, true, previous && baseResources(previous, target.configured ? target.name : undefined));
      return { plan: planned, activity: await readFieldActivity(api, planned, (text) => ctx.host.warning(`${target.name}: ${text}`)) };
    }, early);
    const diagnostics = [...validated.diagnostics, ...(plan.checks?.findings ?? [])];
    const blocking = blockingFindings(plan.checks, ctx.settings.failOnCheckWarnings);
    if (blocking.length > 0) {
      return {
        report: { ...base, error: "the checks against the project found problems (see above)" },
        status: formatStatusLine(target.name, `❌ **${target.name}**: checks against the project found problems`),
        failure: checksFailed(target.name, blocking),
        diagnostics,
      };
    }
    const line = `📝 **${target.name}**: planned for \`${shortSha(ctx.run.sha)}\` in ${runLink(ctx.run)}`;
    return { report: { ...base, plan, ...(Object.keys(activity).length > 0 ? { activity } : {}) }, status: formatStatusLine(target.name, line), diagnostics };
  } catch (error) {
    const failure = classifyError(error);
    ctx.host.error(`${target.name}: ${failure.message}`);
    return { report: { ...base, error: failure.message }, status: formatStatusLine(target.name, `❌ **${target.name}**: plan failed`), failure, diagnostics: validated.diagnostics };
  }
}

/**
 * The definitions as of the pull request's base commit, so its plan tells its own changes from
 * those that undo edits made in PostHog. Only a pull request has a base to compare with; one that
 * cannot be read is a warning, and the plan then labels no change.
 */
async function loadPullRequestBase(ctx: ModeContext): Promise<BaseDefinitions | undefined> {
  const baseSha = ctx.run.pullRequest?.baseSha;
  if (!baseSha) return undefined;
  const base = await loadBaseCommit({ root: ctx.settings.root, sha: baseSha, tempDir: ctx.tempDir, configFile: ctx.settings.configFile, workerPath: ctx.workerPath });
  if ("error" in base) ctx.host.warning(`Changes were not compared with the base commit ${shortSha(baseSha)}, so none is labelled as undoing an edit made in PostHog: ${base.error}`);
  return base;
}

/** Every environment the config names (not only those this job plans), in its order: the comment's layout. */
function configuredEnvironments(project: LoadedProject): string[] {
  const names = Object.keys(project.config.environments);
  return names.length > 0 ? names : [DEFAULT_ENVIRONMENT];
}

/**
 * Plan on a pull request (or a merge queue's group): plan the environments this
 * job covers, then merge them into the pull request's one comment, keeping the
 * environments other jobs planned. A failure in one environment becomes a failed
 * row, not a missing comment. Fork PRs get an offline plan of the desired state
 * and never see a key.
 */
export async function runPlanMode(ctx: ModeContext): Promise<Outcome> {
  guardUntrustedCode(ctx);
  const fork = ctx.run.pullRequest?.fromFork === true && !ctx.settings.allowUntrustedCode;
  // A fork's run holds no keys; any other pull request's keys go only where the base commit's config says.
  const trustOf = (loaded: LoadedProject) => (fork ? Promise.resolve({ targets: resolveTargets(ctx, loaded), offline: new Map<string, string>(), notices: [] }) : resolveTrustedTargets(ctx, loaded));
  // Reads start early only where the base commit's config (decided from the config alone) sends a key.
  const trustedEarly = async (configOnly: LoadedProject) => {
    const early = await trustOf(configOnly);
    return keyedConnections(ctx, early.targets.filter((target) => !early.offline.has(target.name)));
  };
  const { project, early } = await loadWorkspaceReading(ctx, fork ? undefined : trustedEarly);
  const trust = await trustOf(project).catch(async (error: unknown) => {
    await early.dropAll();
    throw error;
  });
  for (const notice of trust.notices) ctx.host.warning(notice.text);
  const base = fork ? undefined : await loadPullRequestBase(ctx);
  const planned = await Promise.all(trust.targets.map((target) => planEnvironment(ctx, project, target, fork ? FORK_OFFLINE : trust.offline.get(target.name), early, base))).finally(() => early.dropAll());
  const diagnostics = uniqueDiagnostics(planned.flatMap((p) => p.diagnostics));
  annotateDiagnostics(ctx, diagnostics);

  const reports = planned.map((p) => p.report);
  // Logged once all are done: environments are planned in parallel and their groups must not interleave.
  for (const report of reports) if (report.plan && !report.offline) await logPlan(ctx, report.environment, report.plan);
  const notices: Notice[] = [...(fork ? [{ level: "warning" as const, text: FORK_NOTICE }] : []), ...trust.notices];
  const outputs = { ...planOutputs(reports), "has-changes-per-environment": changesPerEnvironment(reports), "plan-json": await writePlanJson(ctx, "plan", reports) };
  const summary = [renderPlanMarkdown(reports, { title: TITLE, maxLength: STEP_SUMMARY_LIMIT, notices, diagnostics, maxDiagnostics: 500 })];
  const planFailure = planned.find((p) => p.failure?.reason === "invalid-definitions")?.failure ?? planned.find((p) => p.failure)?.failure;

  if (ctx.run.mergeGroup) {
    const verified = await verifyMergeGroup(ctx, reports);
    const failure = planFailure ?? verified.failure;
    return { outputs, summary: [...summary, verified.summary], ...(failure ? { failure } : {}) };
  }

  const entries = planned.map((p) => createEntry(p.report, p.status, p.diagnostics, configuredEnvironments(project).length));
  const written = await writePlanComment(ctx, entries, configuredEnvironments(project), notices, fork);
  if (written.comment) Object.assign(outputs, { "comment-url": written.comment.url, "comment-id": String(written.comment.id) });
  await reportChecks(ctx, ctx.run.sha, reports.map((report) => ({ report, conclusion: !report.plan ? "failure" : report.offline ? "neutral" : "success" })));
  const pr = ctx.run.pullRequest;
  if (pr && !written.failure) {
    const rows = (written.comment ? readCommentEntries(written.comment.body) : entries).map((e) => e.row);
    await syncLabels(ctx, pr.number, Object.values(PLAN_LABELS), planLabels(rows));
  }
  const failure = planFailure ?? written.failure;
  return { outputs, summary, ...(failure ? { failure } : {}) };
}

/**
 * Merges this job's environments into the one plan comment with
 * read-merge-write, so jobs planning other environments at the same moment
 * keep theirs. Apply depends on the comment's record, so a comment that cannot
 * be written fails the job with GitHub's cause; only a fork's read-only token
 * (which cannot write by design) is a warning, and the job summary has the plan.
 */
async function writePlanComment(ctx: ModeContext, entries: CommentEntry[], order: string[], notices: Notice[], fork: boolean): Promise<{ comment?: GitHubComment; failure?: Failure }> {
  const pr = ctx.run.pullRequest;
  if (!pr || ctx.settings.comment === "never") return {};
  const frame = { title: TITLE, notices };
  const desired = (body: string | undefined) => composePlanComment(mergeEntries(body ? readCommentEntries(body) : [], entries, order), frame);
  const skip = ctx.settings.comment === "changes-only" && !entries.some((e) => e.row.summary && e.row.summary.create + e.row.summary.update + e.row.summary.delete > 0);
  try {
    const result = await settleComment(ctx.github, pr.number, PLAN_MARKER, await ctx.login(), {
      next: (current) => (!current && skip ? undefined : desired(current?.body)),
      holds: (body) => body === desired(body),
    });
    if (result.action === "skipped") return {};
    if (result.action === "unsettled") return { comment: result.comment, failure: { reason: "github-api", message: `could not settle the plan comment on pull request #${pr.number}: other jobs kept editing it` } };
    ctx.host.info(`Plan comment ${result.action}: ${result.comment.url}`);
    return { comment: result.comment };
  } catch (error) {
    const { message } = classifyError(error);
    if (fork) {
      ctx.host.warning(`Could not write the plan comment: ${message}. A fork's pull request gets a read-only token; the plan is in the job summary.`);
      return {};
    }
    return { failure: { reason: "github-api", message: `could not write the plan comment on pull request #${pr.number}: ${message}. The token needs pull-requests: write, and apply on merge needs the plan this comment records.` } };
  }
}
