import { tmpdir } from "node:os";
import { createGitHubApi } from "../adapters/github/client.js";
import { readRunContext } from "../adapters/github/context.js";
import { escapeMarkdown } from "../render/markdown-text.js";
import { runApplyMode } from "./apply-mode.js";
import { runDriftMode } from "./drift-mode.js";
import { classifyError } from "./failure.js";
import type { ActionHost } from "./host.js";
import { parseInputs, resolveMode, type Mode } from "./inputs.js";
import type { Outcome } from "./outputs.js";
import { runPlanMode } from "./plan-mode.js";
import { runPruneMode } from "./prune-mode.js";
import type { ModeContext } from "./workspace.js";

const MODE_RUNNERS: Record<Exclude<Mode, "auto">, (ctx: ModeContext) => Promise<Outcome>> = {
  plan: runPlanMode,
  apply: runApplyMode,
  prune: runPruneMode,
  drift: runDriftMode,
};

/** What the entry point hands over: the process environment, the worker path and the runner host. */
export interface ActionRun {
  env: Record<string, string | undefined>;
  workerPath: string;
  host: ActionHost;
}

/**
 * Runs the action once and never throws: inputs are parsed once, secrets are
 * masked before anything is logged, the mode's outcome becomes outputs and a job
 * summary, and every failure ends in `failure-reason` plus a failed step.
 */
export async function runAction({ env, workerPath, host }: ActionRun): Promise<void> {
  let outcome: Outcome;
  let mode: Exclude<Mode, "auto"> | undefined;
  try {
    const run = await readRunContext(env);
    const settings = parseInputs((name) => host.input(name), run.workspace);
    host.setSecret(settings.githubToken);
    if (settings.apiKey) host.setSecret(settings.apiKey);
    mode = resolveMode(settings.mode, run.eventName);
    host.info(`posthog-definitions: ${mode} (event ${run.eventName || "unknown"}, commit ${run.sha.slice(0, 7)})`);
    const github = createGitHubApi({ token: settings.githubToken, baseUrl: run.apiUrl, owner: run.owner, repo: run.repo });
    let login: Promise<string> | undefined;
    const ctx: ModeContext = {
      settings,
      run,
      host,
      env,
      workerPath,
      github,
      login: () => (login ??= github.viewerLogin()),
      tempDir: env.RUNNER_TEMP || tmpdir(),
    };
    outcome = await MODE_RUNNERS[mode](ctx);
  } catch (error) {
    const failure = classifyError(error);
    outcome = { outputs: {}, summary: [`## PostHog definitions\n\n❌ ${escapeMarkdown(failure.message)}`], failure };
  }
  if (mode) host.setOutput("mode", mode);
  for (const [name, value] of Object.entries(outcome.outputs)) host.setOutput(name as keyof Outcome["outputs"], value);
  host.setOutput("failure-reason", outcome.failure?.reason ?? "");
  try {
    await host.appendSummary(outcome.summary.join("\n\n"));
  } catch (error) {
    host.warning(`Could not write the job summary: ${classifyError(error).message}`);
  }
  if (outcome.failure) host.fail(outcome.failure.message);
}
