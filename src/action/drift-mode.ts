import type { GitHubIssue, GitHubPullRequest } from "../adapters/github/client.js";
import type { Diagnostic } from "../core/diagnostics.js";
import { hasChanges } from "../core/plan/plan.js";
import type { ActivityByResource, EnvironmentReport } from "../core/plan/report.js";
import type { Plan } from "../core/plan/types.js";
import { adoptDrift, type DriftAdoption } from "../engine/adopt-drift.js";
import type { LoadedProject } from "../engine/project.js";
import { renderDriftTable } from "../render/drift-markdown.js";
import { renderPlanMarkdown } from "../render/markdown.js";
import { escapeMarkdown, GITHUB_BODY_LIMIT, measure, STEP_SUMMARY_LIMIT } from "../render/markdown-text.js";
import { readFieldActivity } from "../engine/activity.js";
import { syncAdoptPullRequest } from "./adopt-pr.js";
import { ignoreDriftFields, parseDriftIgnore } from "./drift-ignore.js";
import { connectionOf, type EnvironmentTarget } from "./environments.js";
import { classifyError } from "./failure.js";
import { changesPerEnvironment, type FailureReason, type Outcome } from "./outputs.js";
import { annotateDiagnostics, keyedConnections, loadWorkspaceReading, logPlan, planOutputs, planWith, resolveTargets, runLink, shortSha, uniqueDiagnostics, validateTarget, withPostHog, writePlanJson, type EarlyPlanReads, type ModeContext } from "./workspace.js";

const DRIFT_MARKER = "posthog-definitions:drift";

/** What the last check found, stored in the issue body so the next run knows the transition. */
interface DriftState {
  environment: string;
  state: "drifted" | "clean" | "failed";
  fingerprint?: string;
  /** The open adopt pull request (`drift-adopt-pr`) the body links to. */
  adoptPr?: number;
}

type CheckResult =
  | { state: "drifted" | "clean"; plan: Plan; activity: ActivityByResource; adoption?: DriftAdoption }
  | { state: "failed"; reason: FailureReason; message: string };

function readDriftState(body: string): DriftState | undefined {
  const match = new RegExp(`^<!-- ${DRIFT_MARKER} (\\{.*\\}) -->$`, "m").exec(body);
  if (!match) return undefined;
  try {
    const state = JSON.parse(match[1]!) as Partial<DriftState>;
    if (typeof state.environment !== "string" || !["drifted", "clean", "failed"].includes(String(state.state))) return undefined;
    return {
      environment: state.environment,
      state: state.state!,
      ...(typeof state.fingerprint === "string" ? { fingerprint: state.fingerprint } : {}),
      ...(typeof state.adoptPr === "number" ? { adoptPr: state.adoptPr } : {}),
    };
  } catch {
    return undefined;
  }
}

function withState(state: DriftState, content: string): string {
  return `<!-- ${DRIFT_MARKER} ${JSON.stringify(state).replace(/</g, "\\u003c").replace(/>/g, "\\u003e")} -->\n${content}`;
}

/** Replaces the state marker and keeps the rest of the body, for transitions that keep the last report. */
function restate(body: string, state: DriftState): string {
  const lines = body.split("\n");
  return withState(state, (lines[0]?.startsWith(`<!-- ${DRIFT_MARKER} `) ? lines.slice(1) : lines).join("\n"));
}

function driftTitle(target: EnvironmentTarget): string {
  return `PostHog drift in ${target.name} (project ${target.projectId})`;
}

/**
 * The issue body, under GitHub's limit however much drifted: the drift table
 * takes up to half of the room, each kind a fair share of it, and the plan of
 * what apply would change degrades into what is left.
 */
function driftBody(ctx: ModeContext, target: EnvironmentTarget, plan: Plan, activity: ActivityByResource, adoptPr: GitHubPullRequest | undefined): string {
  const report: EnvironmentReport = { environment: target.name, host: target.host, projectId: target.projectId, plan, activity };
  const state: DriftState = { environment: target.name, state: "drifted", fingerprint: plan.fingerprint, ...(adoptPr ? { adoptPr: adoptPr.number } : {}) };
  const adopt = adoptPr ? `**To keep the change made in PostHog**, review and merge #${adoptPr.number}: it writes the live values into the definitions.` : "";
  const compose = (table: string, details: string) =>
    withState(state, [
      `## ${escapeMarkdown(driftTitle(target))}`,
      `The live project differs from the definitions at \`${shortSha(ctx.run.sha)}\` (detected in ${runLink(ctx.run)}). Changes made in the PostHog UI to managed resources:`,
      table,
      ...(adopt ? [adopt] : []),
      "**To resolve**, either keep the definitions (the next apply to this environment reverts these edits) or keep the change made in PostHog by updating the definitions in a pull request. This issue closes by itself once a check finds no drift.",
      `<details><summary>What apply would change</summary>\n\n${details}\n</details>\n`,
    ].join("\n\n"));
  const room = GITHUB_BODY_LIMIT - measure(compose("", "")) - 256;
  const table = renderDriftTable(plan, Math.floor(room / 2), activity);
  return compose(table, renderPlanMarkdown([report], { maxLength: room - measure(table) }));
}

/** Reads the one issue per environment: labelled, carrying the marker for it, and written by this token's account. */
function findIssue(issues: readonly GitHubIssue[], login: string, environment: string): GitHubIssue | undefined {
  const mine = issues.filter((i) => i.author === login && readDriftState(i.body)?.environment === environment);
  return mine.find((i) => i.state === "open") ?? mine.sort((a, b) => b.number - a.number)[0];
}

/**
 * Moves one environment's issue through its lifecycle: open (or reopen) on
 * drift, edit the body when the drift changes, comment only on transitions,
 * close with a comment when clean. A failed check never opens, closes or
 * resolves anything: it comments once on an open issue and marks it unknown.
 */
async function syncIssue(ctx: ModeContext, target: EnvironmentTarget, issue: GitHubIssue | undefined, result: CheckResult, adoptPr: GitHubPullRequest | undefined): Promise<GitHubIssue | undefined> {
  const where = `\`${shortSha(ctx.run.sha)}\` (${runLink(ctx.run)})`;
  const previous = issue ? readDriftState(issue.body) : undefined;
  const open = issue?.state === "open" ? issue : undefined;

  if (result.state === "failed") {
    if (!open || previous?.state === "failed") return open;
    await ctx.github.createComment(open.number, `⚠️ The drift check failed at ${where}: ${escapeMarkdown(result.message)}\n\nThe drift state is unknown; this issue stays open until a check succeeds.`);
    return ctx.github.updateIssue(open.number, { body: restate(open.body, { ...previous!, state: "failed" }) });
  }

  if (result.state === "clean") {
    if (!open) return undefined;
    await ctx.github.createComment(open.number, `✅ No drift at ${where}: the project matches the definitions again. Closing.`);
    await ctx.github.updateIssue(open.number, { state: "closed", stateReason: "completed", body: restate(open.body, { environment: target.name, state: "clean", fingerprint: result.plan.fingerprint }) });
    return undefined;
  }

  const body = driftBody(ctx, target, result.plan, result.activity, adoptPr);
  if (!issue) return ctx.github.createIssue({ title: driftTitle(target), body, labels: [ctx.settings.driftLabel] });
  if (!open) {
    await ctx.github.createComment(issue.number, `⚠️ Drift detected again at ${where}.`);
    return ctx.github.updateIssue(issue.number, { state: "open", stateReason: "reopened", title: driftTitle(target), body });
  }
  if (previous?.state === "failed") await ctx.github.createComment(open.number, `The drift check works again at ${where}; drift is still present (see the description).`);
  if (previous?.state === "drifted" && previous.fingerprint === result.plan.fingerprint && previous.adoptPr === adoptPr?.number) return open;
  return ctx.github.updateIssue(open.number, { title: driftTitle(target), body });
}

/** Plans each environment in turn (taking over its early reads) and says whether it drifted. */
async function checkEach(ctx: ModeContext, project: LoadedProject, early: EarlyPlanReads, ignore: ReturnType<typeof parseDriftIgnore>) {
  const targets = resolveTargets(ctx, project);
  const results: CheckResult[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const target of targets) {
    const validated = await validateTarget(ctx, project, target);
    diagnostics.push(...validated.diagnostics);
    if (!validated.valid) {
      await early.drop(target.configured ? target.name : undefined);
      results.push({ state: "failed", reason: "invalid-definitions", message: "the definitions are invalid, so drift could not be checked" });
      continue;
    }
    try {
      const connection = connectionOf(target, ctx.settings, ctx.env);
      const checked = await withPostHog(connection, async (api) => {
        // A stored secret is never drift, whatever rotate-secrets says (it re-sends on plan and apply only).
        const unfiltered = await planWith({ ...ctx, settings: { ...ctx.settings, rotateSecrets: false } }, api, connection, validated.resources, false);
        const plan = ignoreDriftFields(unfiltered, ignore);
        return { plan, unfiltered, activity: await readFieldActivity(api, plan, (text) => ctx.host.warning(`${target.name}: ${text}`)) };
      }, early);
      await logPlan(ctx, target.name, checked.plan);
      const state = hasChanges(checked.plan) ? "drifted" : "clean";
      const adoption =
        ctx.settings.driftAdoptPr && state === "drifted"
          ? await adoptDrift({ plan: checked.plan, unfiltered: checked.unfiltered, definitions: project.definitions, root: ctx.settings.root, repository: ctx.run.workspace })
          : undefined;
      results.push({ state, plan: checked.plan, activity: checked.activity, ...(adoption ? { adoption } : {}) });
    } catch (error) {
      const failure = classifyError(error);
      ctx.host.error(`Drift check failed for ${target.name}: ${failure.message}`);
      results.push({ state: "failed", ...failure });
    }
  }

  return { targets, results, diagnostics };
}

/**
 * Drift on schedule: plans the default branch's definitions against every
 * environment and keeps one GitHub issue per environment in step with what it
 * finds. API and auth failures are reported as "check failed", never as drift or
 * as resolved, and fail the step.
 */
export async function runDriftMode(ctx: ModeContext): Promise<Outcome> {
  const ignore = parseDriftIgnore(ctx.settings.driftIgnore);
  const { project, early } = await loadWorkspaceReading(ctx, async (configOnly) => keyedConnections(ctx, resolveTargets(ctx, configOnly)));
  const { targets, results, diagnostics } = await checkEach(ctx, project, early, ignore).finally(() => early.dropAll());
  annotateDiagnostics(ctx, uniqueDiagnostics(diagnostics));

  const issues = await ctx.github.listIssues(ctx.settings.driftLabel);
  const login = await ctx.login();
  const open: Record<string, number> = {};
  const rows: string[] = [];
  const adoptFailures: string[] = [];
  const adoptWritten: number[] = [];
  for (const [i, target] of targets.entries()) {
    const result = results[i]!;
    const existing = findIssue(issues, login, target.name);
    let adoptPr: GitHubPullRequest | undefined;
    if (ctx.settings.driftAdoptPr && result.state !== "failed") {
      try {
        const synced = await syncAdoptPullRequest(ctx, target, result.plan, result.adoption, {
          ...(existing?.state === "open" ? { issue: existing.number } : {}),
          others: Object.keys(project.config.environments).filter((name) => name !== target.name),
        });
        adoptPr = synced?.pull;
        if (synced?.written) adoptWritten.push(synced.pull.number);
      } catch (error) {
        const { message } = classifyError(error);
        ctx.host.error(`${target.name}: ${message}`);
        adoptFailures.push(`${target.name}: ${message}`);
      }
    }
    const issue = await syncIssue(ctx, target, existing, result, adoptPr);
    if (issue) open[target.name] = issue.number;
    const state = result.state === "failed" ? `❌ check failed: ${escapeMarkdown(result.message)}` : result.state === "drifted" ? "⚠️ drifted" : "✅ no drift";
    rows.push(`| ${escapeMarkdown(target.name)} | ${escapeMarkdown(target.projectId)} | ${state} | ${issue ? `#${issue.number}` : ""}${adoptPr ? ` (adopt: #${adoptPr.number})` : ""} |`);
  }

  const reports: EnvironmentReport[] = targets.map((target, i) => {
    const result = results[i]!;
    const base = { environment: target.name, host: target.host, projectId: target.projectId };
    return result.state === "failed" ? { ...base, error: result.message } : { ...base, plan: result.plan, activity: result.activity };
  });
  const drifted = results.some((r) => r.state === "drifted");
  const failed = results.find((r): r is Extract<CheckResult, { state: "failed" }> => r.state === "failed");
  const outputs = {
    ...planOutputs(reports),
    "has-changes-per-environment": changesPerEnvironment(reports),
    "plan-json": await writePlanJson(ctx, "drift", reports),
    // An environment that could not be checked leaves "no drift" unknown.
    drifted: drifted ? "true" : failed ? "" : "false",
    "drift-issue": JSON.stringify(open),
    "adopt-pr-number": adoptWritten.join(","),
  };
  const tables = reports.flatMap((r) => (r.plan && hasChanges(r.plan) ? [`### ${escapeMarkdown(r.environment)}\n\n${renderDriftTable(r.plan, Math.floor(STEP_SUMMARY_LIMIT / (2 * reports.length)), r.activity)}`] : []));
  const summary = ["## PostHog drift check", "| Environment | Project | Result | Issue |\n| --- | --- | --- | --- |\n" + rows.join("\n"), ...tables].join("\n\n");
  if (failed) return { outputs, summary: [summary], failure: { reason: failed.reason, message: `drift check failed: ${failed.message}` } };
  if (adoptFailures.length > 0) return { outputs, summary: [summary], failure: { reason: "github-api", message: adoptFailures.join("; ") } };
  if (drifted && ctx.settings.failOnDrift) {
    const names = targets.filter((_, i) => results[i]!.state === "drifted").map((t) => t.name);
    return { outputs, summary: [summary], failure: { reason: "drift-detected", message: `drift detected in ${names.join(", ")} (fail-on-drift is set); see ${Object.entries(open).map(([name, n]) => `${name}: #${n}`).join(", ")}` } };
  }
  return { outputs, summary: [summary] };
}
