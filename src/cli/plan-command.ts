import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { applyPlan, type ApplyResult } from "../core/apply.js";
import { blockingFindings } from "../core/checks/outcome.js";
import { getKind } from "../core/kinds/index.js";
import { hasChanges } from "../core/plan/plan.js";
import { checkPrune } from "../core/plan/prune-guard.js";
import type { LoadedProject } from "../engine/load-project.js";
import type { Connection } from "../engine/project.js";
import { systemClock } from "../engine/clock.js";
import { renderPlanJson } from "../render/json.js";
import { renderPlanText } from "../render/terminal.js";
import { loadCliBase } from "./base.js";
import { loadEngine, type StartedLoads } from "./loads.js";
import { EXIT, reportDiagnostics, type CliIo, type Options } from "./options.js";

/** Waits for the load while the engine (the HTTP client) is parsed beside it, then validates. */
async function loadValid(io: CliIo, options: Options, loading: Promise<LoadedProject>) {
  const [project, { validateProject }] = await Promise.all([loading, loadEngine()]);
  const validated = await validateProject(project, io.cwd, options.environment);
  reportDiagnostics(io, validated.diagnostics);
  return { project, ...validated, count: project.definitions.length };
}

function printResults(io: CliIo, result: ApplyResult): void {
  for (const r of result.results) {
    if (r.status === "unchanged") continue;
    const label = `${r.action} ${getKind(r.kind).label} ${r.key}`;
    io.stderr(r.status === "applied" ? `  ✓ ${label}\n` : `  ✗ ${label}: ${r.error}\n`);
  }
  io.stderr(`Applied ${result.applied} change(s)${result.failed > 0 ? `, ${result.failed} failed or skipped` : ""}.\n`);
}

/** `plan` and `apply`, from loads {@link startLoads} began; writes wait for a valid plan. */
export async function runPlanOrApply(io: CliIo, options: Options, apply: boolean, maxDeletions: number, loads: StartedLoads): Promise<number> {
  const { loading, early, locate } = loads;
  const { takeOverReads } = await import("../engine/early-reads.js");
  const progress = options.verbose ? (e: { message: string }) => io.stderr(`  ${e.message}\n`) : undefined;
  const drop = async () => void (await (await early)?.api.abandon());
  let loaded: Awaited<ReturnType<typeof loadValid>>;
  let connection: Connection | undefined;
  try {
    loaded = await loadValid(io, options, loading);
    connection = loaded.valid ? await locate(loaded.project.config) : undefined;
  } catch (error) {
    await drop();
    throw error;
  }
  if (connection === undefined) {
    const sent = (await early) !== undefined;
    await drop();
    io.stderr(`Definitions are invalid; nothing was ${sent ? "written to" : "sent to"} PostHog.\n`);
    return EXIT.invalid;
  }
  const [{ api, started }, { planProject }] = await Promise.all([takeOverReads(await early, connection), loadEngine()]);
  try {
    io.stderr(`Loaded ${loaded.count} definition(s); reading project ${connection.projectId}…\n`);
    const base = await loadCliBase({ base: options.base, baseRef: options["base-ref"], cwd: io.cwd, dir: options.dir, environment: options.environment, workerPath: io.workerPath });
    const plan = await planProject({
      api,
      connection,
      resources: loaded.resources,
      prune: options.prune ?? false,
      rotateSecrets: options["rotate-secrets"] ?? false,
      progress,
      ...(started ? { started } : {}),
      ...(options.checks === false ? {} : { checks: { root: io.cwd } }),
      ...(base ? { base } : {}),
    });
    if (options.out) await writeFile(resolve(io.cwd, options.out), renderPlanJson(plan));
    // Who made the edits the plan reverts: only a plan given its base knows them.
    const history = base ? await import("../engine/activity.js") : undefined;
    const reverted = history ? await history.readRevertActivity(api, plan, (text) => io.stderr(`note: ${text}\n`)) : undefined;
    if (history && reverted && options.verbose) io.stderr(`  Read PostHog's activity log for the reverted changes in ${reverted.requests} request(s) (at most ${history.MAX_LOOKUPS}).\n`);
    if (!options.json) io.stdout(renderPlanText(plan, { color: io.color, verbose: options.verbose ?? false, ...(reverted ? { activity: reverted.activity } : {}) }));
    io.stderr(`Read the project in ${api.stats.requests} request(s).\n`);
    reportDiagnostics(io, plan.checks?.findings ?? []);
    const blocking = blockingFindings(plan.checks, options["fail-on-check-warnings"] ?? false);
    if (blocking.length > 0) {
      if (options.json) io.stdout(renderPlanJson(plan));
      io.stderr(`The checks against project ${connection.projectId} found ${blocking.length} problem(s) above; ${apply ? "nothing was changed" : "fix them before applying"}.\n`);
      return EXIT.invalid;
    }

    if (!apply || options["dry-run"] || !hasChanges(plan)) {
      if (options.json) io.stdout(renderPlanJson(plan));
      if (apply && options["dry-run"]) io.stderr("Dry run: no changes applied.\n");
      return options["detailed-exitcode"] && hasChanges(plan) ? EXIT.changes : EXIT.ok;
    }
    const refusal = plan.prune ? checkPrune(plan, { maxDeletions, definitionCount: loaded.count, allowEmpty: options["allow-empty-prune"] ?? false, folder: `${(options.dir ?? loaded.project.config.dir).replace(/\/+$/, "")}/` }) : undefined;
    if (refusal) {
      const flag = refusal.reason === "empty-definitions" ? "--allow-empty-prune" : "--max-deletions";
      io.stderr(`error: refusing to prune: ${refusal.message} (${flag}). Nothing was changed.\n`);
      return EXIT.api;
    }
    const { readSecretValues } = await import("../engine/secrets.js");
    const secrets = readSecretValues(loaded.project.config, io.env);
    const result = await applyPlan(plan, api, { progress: (e) => io.stderr(`  [${e.done}/${e.total}] ${e.message}\n`), clock: systemClock, secrets });
    if (options.json) io.stdout(`${JSON.stringify({ plan, apply: result }, null, 2)}\n`);
    printResults(io, result);
    return result.failed > 0 ? EXIT.api : EXIT.ok;
  } finally {
    await api.close();
  }
}

/** `validate`: the load and the offline checks, nothing sent to PostHog. */
export async function runValidate(io: CliIo, options: Options, loads: StartedLoads): Promise<number> {
  const loaded = await loadValid(io, options, loads.loading);
  if (!loaded.valid) return EXIT.invalid;
  io.stdout(`${loaded.count} definition(s) are valid.\n`);
  return EXIT.ok;
}
