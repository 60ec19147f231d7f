import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { GitHubApi } from "../adapters/github/client.js";
import type { RunContext } from "../adapters/github/context.js";
import type { PostHogProjectApi } from "../adapters/posthog/client.js";
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from "../core/diagnostics.js";
import { createPlanFile } from "../core/plan/file.js";
import { hasChanges } from "../core/plan/plan.js";
import type { EnvironmentReport } from "../core/plan/report.js";
import { stringifyPlanFile } from "../core/plan/serialize.js";
import type { Plan } from "../core/plan/types.js";
import type { StartedRead } from "../core/observe.js";
import { readEachWhileLoading, takeOverReads, type EarlyReads } from "../engine/early-reads.js";
import { loadProjectAnnouncingConfig } from "../engine/load-project.js";
import { ConfigError, loadProject, planProject, validateProject, type Connection, type LoadedProject } from "../engine/project.js";
import { renderPlanText } from "../render/terminal.js";
import { connectionOf, listTargets, pickTarget, type EnvironmentTarget } from "./environments.js";
import type { ActionHost } from "./host.js";
import { InputError, INPUTS, type ActionSettings } from "./inputs.js";
import type { OutputName } from "./outputs.js";

/** What every mode works with: settings, the run, the runner host and GitHub. */
export interface ModeContext {
  settings: ActionSettings;
  run: RunContext;
  host: ActionHost;
  env: Record<string, string | undefined>;
  /** The bundled definitions worker, which evaluates user code without secrets. */
  workerPath: string;
  github: GitHubApi;
  /** The token's own login (memoised): comments and issues are matched by author. */
  login(): Promise<string>;
  /** Directory for files handed to later steps (`RUNNER_TEMP`). */
  tempDir: string;
}

/** Desired resources of one environment, as validation returns them. */
export type ValidatedResources = Awaited<ReturnType<typeof validateProject>>["resources"];

/** Per-step annotation caps GitHub enforces; the rest stays in the log and the summary. */
const MAX_ANNOTATIONS = 10;

/**
 * Evaluates the config and definitions in the isolated loader process. The
 * working directory must exist, and so must a config file named in the input
 * (not the default): planning without it would quietly plan a `default`
 * environment instead.
 */
export function loadWorkspace(ctx: ModeContext): Promise<LoadedProject> {
  checkWorkspace(ctx);
  return loadProject({ root: ctx.settings.root, configFile: ctx.settings.configFile, workerPath: ctx.workerPath });
}

function checkWorkspace(ctx: ModeContext): void {
  const configFile = ctx.settings.configFile;
  if (!existsSync(ctx.settings.root)) throw new InputError(`input working-directory names "${relative(ctx.run.workspace, ctx.settings.root)}", which does not exist in the workspace`);
  if (configFile !== INPUTS.find((i) => i.name === "config-file")!.default && !existsSync(resolve(ctx.settings.root, configFile))) {
    throw new ConfigError(`input config-file names "${configFile}", which does not exist in the working directory`);
  }
}

/** Plan reads started per environment while the definitions loaded (issue 14): each is taken over once, or dropped. */
export interface EarlyPlanReads {
  /** The reads started for this environment (`Connection.environment`), removed from the set. */
  take(environment: string | undefined): EarlyReads | undefined;
  /** Abandons one environment's reads: its definitions are invalid, so it is never planned. */
  drop(environment: string | undefined): Promise<void>;
  /** Abandons every read not taken over; modes call it when they finish. */
  dropAll(): Promise<void>;
}

/**
 * {@link loadWorkspace}, with the plan's read-only GETs started from the config alone for the
 * connections `trusted` names, so they overlap loading and validation as in the CLI. `trusted`
 * decides which keys this run may send and registers them as secrets (as {@link resolveTargets}
 * does) before anything is logged; a fork's pull request never reads early, whatever it says.
 * Writes still wait for a valid plan.
 */
export async function loadWorkspaceReading(ctx: ModeContext, trusted?: (configOnly: LoadedProject) => Promise<Connection[]>): Promise<{ project: LoadedProject; early: EarlyPlanReads }> {
  checkWorkspace(ctx);
  const { root, configFile } = ctx.settings;
  const fork = ctx.run.pullRequest?.fromFork === true;
  const { loading, config } = loadProjectAnnouncingConfig({ root, configFile, workerPath: ctx.workerPath });
  const started = trusted && !fork ? readEachWhileLoading({ config, locate: trusted, progress: (connection) => planProgress(ctx, connection) }) : Promise.resolve([]);
  let project: LoadedProject;
  try {
    project = await loading;
  } catch (error) {
    await Promise.all((await started).map((e) => e.api.abandon()));
    throw error;
  }
  const reads = await started;
  const take = (environment: string | undefined) => {
    const index = reads.findIndex((e) => e.connection.environment === environment);
    return index < 0 ? undefined : reads.splice(index, 1)[0];
  };
  const drop = async (environment: string | undefined) => void (await take(environment)?.api.abandon());
  const dropAll = async () => void (await Promise.all(reads.splice(0).map((e) => e.api.abandon())));
  return { project, early: { take, drop, dropAll } };
}

/**
 * The runs that act on one environment (apply, prune): the key that environment names is the only
 * one this run holds, its reads start from the config alone, and whatever `run` leaves unread is
 * dropped when it ends.
 */
export async function withOneEnvironmentReading<T>(ctx: ModeContext, run: (project: LoadedProject, early: EarlyPlanReads) => Promise<T>): Promise<T> {
  const { project, early } = await loadWorkspaceReading(ctx, async (configOnly) => keyedConnections(ctx, [pickTarget(resolveTargets(ctx, configOnly))]));
  try {
    return await run(project, early);
  } finally {
    await early.dropAll();
  }
}

/** The connections of the targets that hold a key this run may send, for {@link loadWorkspaceReading}; a target without one reads nothing early. */
export function keyedConnections(ctx: ModeContext, targets: readonly EnvironmentTarget[]): Connection[] {
  return targets.flatMap((target) => {
    try {
      return [connectionOf(target, ctx.settings, ctx.env)];
    } catch {
      return [];
    }
  });
}

/** The environments to work on, with every key this job holds registered as a secret before anything is logged. */
export function resolveTargets(ctx: ModeContext, project: LoadedProject): EnvironmentTarget[] {
  const targets = listTargets(project.config, ctx.settings, ctx.env);
  for (const target of targets) if (target.apiKey) ctx.host.setSecret(target.apiKey);
  return targets;
}

/** Validates the definitions for one environment (its `perEnvironment()` values). */
export function validateTarget(ctx: ModeContext, project: LoadedProject, target: EnvironmentTarget) {
  return validateProject(project, ctx.settings.root, target.configured ? target.name : undefined);
}

/** Each diagnostic once: most are the same in every environment validated. */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...new Map(diagnostics.map((d) => [JSON.stringify(d), d])).values()];
}

/**
 * Logs every diagnostic as an `::error::` or `::warning::` with its own text;
 * the first ten errors and ten warnings with a file also become file/line
 * annotations on the pull request's "Files changed" view.
 */
export function annotateDiagnostics(ctx: ModeContext, diagnostics: readonly Diagnostic[]): void {
  const used = { error: 0, warning: 0 };
  for (const d of sortDiagnostics(diagnostics)) {
    const placed = d.source !== undefined && used[d.severity] < MAX_ANNOTATIONS;
    if (placed) used[d.severity]++;
    const site = placed ? { file: relative(ctx.run.workspace, join(ctx.settings.root, d.source!.file)).split(sep).join("/"), line: d.source!.line, ...(d.source!.column ? { column: d.source!.column } : {}), title: d.code } : undefined;
    const message = site ? (d.field ? `${d.field}: ${d.message}` : d.message) : formatDiagnostic(d);
    if (d.severity === "error") ctx.host.error(message, site);
    else ctx.host.warning(message, site);
  }
}

/** Reads begun early, keyed by the client that took them over, for {@link planWith} to hand to the plan once. */
const takenReads = new WeakMap<PostHogProjectApi, StartedRead>();

/**
 * Opens the PostHog client for one environment (or takes over the one whose reads started while
 * the definitions loaded), runs `work` with it and always closes it.
 */
export async function withPostHog<T>(connection: Connection, work: (api: PostHogProjectApi) => Promise<T>, early?: EarlyPlanReads): Promise<T> {
  const { api, started } = await takeOverReads(early?.take(connection.environment), connection);
  if (started) takenReads.set(api, started);
  try {
    return await work(api);
  } finally {
    await api.close();
  }
}

/** Progress lines name the environment, since several may run at once. */
function planProgress(ctx: ModeContext, connection: Connection) {
  return (e: { message: string }) => ctx.host.debug(`${connection.environment ?? "default"}: ${e.message}`);
}

/**
 * Reads the live project and plans against it. With `checks` (plan mode), the plan is also
 * checked against the project; with `base` (the base branch's desired state), it says which
 * changes undo edits made in PostHog. Reads {@link withPostHog} took over are not sent again.
 */
export function planWith(ctx: ModeContext, api: PostHogProjectApi, connection: Connection, resources: ValidatedResources, prune: boolean, checks = false, base?: ValidatedResources): Promise<Plan> {
  const started = takenReads.get(api);
  takenReads.delete(api);
  const { root, rotateSecrets } = ctx.settings;
  const progress = planProgress(ctx, connection);
  return planProject({ api, connection, resources, prune, progress, rotateSecrets, ...(started ? { started } : {}), ...(checks ? { checks: { root } } : {}), ...(base ? { base } : {}) });
}

/** Prints a plan to the job log in a foldable group, without colour. */
export async function logPlan(ctx: ModeContext, name: string, plan: Plan): Promise<void> {
  await ctx.host.group(`Plan for ${name}`, async () => ctx.host.info(renderPlanText(plan, { color: false })));
}

/**
 * Writes the plans as one stable JSON file for later steps (`plan-json`), keyed
 * by environment; an environment that could not be planned carries its error.
 * `posthog-definitions show` reads it back.
 */
export async function writePlanJson(ctx: ModeContext, mode: string, reports: readonly EnvironmentReport[]): Promise<string> {
  const dir = join(ctx.tempDir, "posthog-definitions");
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${mode}${ctx.settings.environment ? `-${ctx.settings.environment}` : ""}.json`);
  await writeFile(path, stringifyPlanFile(createPlanFile(reports)));
  return path;
}

/** The plan outputs every mode shares: change flags, counts and fingerprints. */
export function planOutputs(reports: readonly EnvironmentReport[]): Partial<Record<OutputName, string>> {
  const plans = reports.filter((r): r is EnvironmentReport & { plan: Plan } => r.plan !== undefined);
  const sum = (key: "create" | "update" | "delete") => String(plans.reduce((n, r) => n + r.plan.summary[key], 0));
  const live = plans.filter((r) => !r.offline);
  return {
    "has-changes": String(plans.some((r) => hasChanges(r.plan))),
    "has-deletions": String(plans.some((r) => r.plan.summary.delete > 0)),
    "to-create": sum("create"),
    "to-update": sum("update"),
    "to-delete": sum("delete"),
    counts: JSON.stringify(Object.fromEntries(plans.map((r) => [r.environment, r.plan.summary]))),
    "plan-fingerprint": live.length === 1 ? live[0]!.plan.fingerprint : "",
    "plan-fingerprints": JSON.stringify(Object.fromEntries(live.map((r) => [r.environment, r.plan.fingerprint]))),
  };
}

/** The first seven characters of a commit, as GitHub shows them. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** "[run #12](url)", or plain text when the run URL is unknown. */
export function runLink(run: RunContext): string {
  return run.runUrl ? `[${run.runLabel}](${run.runUrl})` : run.runLabel;
}
