import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { applyPlan, type ApplyResult } from "../core/apply.js";
import { blockingFindings } from "../core/checks/outcome.js";
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from "../core/diagnostics.js";
import { categoryOf, ToolError, type ErrorCategory } from "../core/errors.js";
import { findKind, getKind, KINDS } from "../core/kinds/index.js";
import { formatAddress, type KindName } from "../core/model.js";
import { readPlanFile } from "../core/plan/file.js";
import { hasChanges } from "../core/plan/plan.js";
import { checkPrune } from "../core/plan/prune-guard.js";
import type { Plan } from "../core/plan/types.js";
import type { PullFilter, PulledResource } from "../core/pull.js";
import type { ProjectConfig } from "../core/config.js";
import type { LoadedProject } from "../engine/load-project.js";
import type { Connection } from "../engine/project.js";
import type { PullReport } from "../engine/pull.js";
import { systemClock } from "../engine/clock.js";
import { renderPlanJson } from "../render/json.js";
import { renderPlansText, renderPlanText } from "../render/terminal.js";
import { loadCliBase } from "./base.js";
import { HELP } from "./help.js";

/** Exit codes, documented in the README and `--help`. */
export const EXIT = { ok: 0, invalid: 1, api: 2, usage: 3, changes: 4 } as const;

/** The exit code of each error category: the one place a failure becomes an exit code. */
const EXIT_CODES: Readonly<Record<ErrorCategory, number>> = {
  "invalid-definitions": EXIT.invalid,
  configuration: EXIT.usage,
  usage: EXIT.usage,
  "untrusted-code": EXIT.api,
  auth: EXIT.api,
  api: EXIT.api,
  safety: EXIT.api,
  github: EXIT.api,
  internal: EXIT.api,
};

/** What the CLI needs from the process; injected so tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  color: boolean;
  workerPath: string;
}


function parse(argv: string[]) {
  try {
    return parseOptions(argv);
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) throw new ToolError("usage", (error as Error).message);
    throw error;
  }
}

function parseOptions(argv: string[]) {
  const { values, positionals } = parseArgs({
    // The older boolean spelling of `--rate-limits off`, kept for scripts that use it.
    args: argv.map((arg) => (arg === "--no-rate-limits" ? "--rate-limits=off" : arg)),
    allowPositionals: true,
    allowNegative: true,
    options: {
      dir: { type: "string" },
      base: { type: "string" },
      "base-ref": { type: "string" },
      project: { type: "string" },
      host: { type: "string" },
      environment: { type: "string" },
      json: { type: "boolean" },
      out: { type: "string" },
      prune: { type: "boolean" },
      "max-deletions": { type: "string" },
      "allow-empty-prune": { type: "boolean" },
      "dry-run": { type: "boolean" },
      "rotate-secrets": { type: "boolean" },
      "detailed-exitcode": { type: "boolean" },
      kind: { type: "string", multiple: true },
      key: { type: "string", multiple: true },
      all: { type: "boolean" },
      adopt: { type: "boolean" },
      cascade: { type: "boolean" },
      force: { type: "boolean" },
      verbose: { type: "boolean" },
      checks: { type: "boolean" },
      "fail-on-check-warnings": { type: "boolean" },
      port: { type: "string" },
      "state-file": { type: "string" },
      "rate-limits": { type: "string" },
      "latency-ms": { type: "string" },
      "admin-key": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  return { values, command: positionals[0], extra: positionals.slice(1) };
}

type Options = ReturnType<typeof parseOptions>["values"];

function reportDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of sortDiagnostics(diagnostics)) io.stderr(`${formatDiagnostic(d)}\n`);
}

/**
 * The engine and the emulator are imported when a command needs them, so `--help`, `show` and
 * argument errors start without parsing the HTTP client, prettier or the emulator (issue 14).
 */
const loadEngine = () => import("../engine/project.js");

/** The loader without the engine, so its process starts before anything parses the HTTP client (issue 14). */
const loadLoader = () => import("../engine/load-project.js");

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

const DEFAULT_MAX_DELETIONS = 10;

function readMaxDeletions(options: Options): number {
  const value = options["max-deletions"];
  if (value === undefined) return DEFAULT_MAX_DELETIONS;
  if (!/^\d+$/.test(value)) throw new ToolError("usage", `--max-deletions must be a whole number, got "${value}"`);
  return Number(value);
}

async function runPlanOrApply(io: CliIo, options: Options, apply: boolean): Promise<number> {
  const maxDeletions = readMaxDeletions(options);
  const [{ loadProject }, { readWhileLoading, takeOverReads }] = await Promise.all([loadLoader(), import("../engine/early-reads.js")]);
  // The full load's process starts first: the early reads may parse the engine right away.
  const loading = loadProject({ root: io.cwd, dir: options.dir, workerPath: io.workerPath });
  const progress = options.verbose ? (e: { message: string }) => io.stderr(`  ${e.message}\n`) : undefined;
  const locate = async (config: ProjectConfig) => (await loadEngine()).resolveConnection(config, { environment: options.environment, host: options.host, projectId: options.project, env: io.env });
  // The plan's GETs start from the config alone while the definitions load; writes wait for a valid plan.
  const early = readWhileLoading({ root: io.cwd, dir: options.dir, workerPath: io.workerPath, locate, ...(progress ? { progress } : {}) });
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

/**
 * Prints a plan file as `plan` prints a plan, from the file alone: the plan
 * carries every label and link its renderers need. The reader checks the format
 * version, the shape and the fingerprint first.
 */
async function runShow(io: CliIo, options: Options, files: readonly string[]): Promise<number> {
  if (files.length !== 1) throw new ToolError("usage", "show takes one plan file: posthog-definitions show plan.json");
  const name = files[0]!;
  const text = await readFile(resolve(io.cwd, name), "utf8").catch((error: unknown) => {
    throw new ToolError("usage", `cannot read ${name}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const shown: Plan[] = [];
  let changes = false;
  for (const [environment, entry] of Object.entries(readPlanFile(text, name).environments)) {
    if ("error" in entry) {
      io.stderr(`${environment}: planning failed: ${entry.error}\n`);
      continue;
    }
    if (entry.offline) io.stderr(`${environment}: an offline plan, of the desired state only (PostHog was not read)\n`);
    shown.push(entry.plan);
    changes ||= hasChanges(entry.plan);
  }
  // Several environments' plans show each change they share once.
  const style = { color: io.color, verbose: options.verbose ?? false };
  io.stdout(shown.length > 1 ? renderPlansText(shown, style) : shown.map((plan) => renderPlanText(plan, style)).join("\n"));
  return options["detailed-exitcode"] && changes ? EXIT.changes : EXIT.ok;
}

async function runValidate(io: CliIo, options: Options): Promise<number> {
  const loaded = await loadValid(io, options, (await loadLoader()).loadProject({ root: io.cwd, dir: options.dir, workerPath: io.workerPath }));
  if (!loaded.valid) return EXIT.invalid;
  io.stdout(`${loaded.count} definition(s) are valid.\n`);
  return EXIT.ok;
}
/** Reads --kind/--key/--all/--adopt; adopting needs an explicit selection so nothing is tagged by accident. */
function readPullFilter(options: Options): PullFilter {
  const kinds = (options.kind ?? []).map((name): KindName => {
    const kind = findKind(name) ?? KINDS.find((k) => k.folder === name);
    if (!kind) throw new ToolError("usage", `unknown kind "${name}" (kinds: ${KINDS.map((k) => k.name).join(", ")})`);
    return kind.name;
  });
  const keys = options.key ?? [];
  if (options.all && (kinds.length > 0 || keys.length > 0)) throw new ToolError("usage", "--all selects everything; leave out --kind and --key, or leave out --all");
  if (options.adopt && !options.all && kinds.length === 0 && keys.length === 0) {
    throw new ToolError("usage", "--adopt needs a selection: --kind, --key or --all (adopting tags resources in PostHog)");
  }
  return { kinds, keys, adopt: options.adopt ?? false, cascade: options.cascade !== false };
}

const FILE_MARKS = { create: "+", overwrite: "~", unchanged: "=", kept: "!" } as const;

function printPullReport(io: CliIo, report: PullReport, dryRun: boolean): void {
  for (const file of report.files) {
    if (file.status === "unchanged") continue;
    const note = file.status === "kept" ? " (kept: it has local edits; --force overwrites it)" : file.status === "overwrite" ? " (overwritten)" : "";
    io.stdout(`  ${FILE_MARKS[file.status]} ${file.path}${note}
`);
  }
  for (const warning of report.warnings) io.stderr(`warning: ${warning}
`);
  const count = (status: string) => report.files.filter((f) => f.status === status).length;
  const written = count("create") + count("overwrite");
  io.stdout(
    `${dryRun ? "Dry run: would write" : "Wrote"} ${written} file(s) for ${report.files.length} resource(s); ${count("unchanged")} unchanged, ${count("kept")} kept with local edits.\n`,
  );
}

function describeAdoption(resources: readonly PulledResource[]): string {
  return resources.map((r) => `  ${formatAddress(r)}  (id ${String(r.id)}, ${JSON.stringify(r.name)})\n`).join("");
}

async function runPull(io: CliIo, options: Options): Promise<number> {
  const filter = readPullFilter(options);
  const [{ connect, loadProject, resolveConnection }, { pullProject }] = await Promise.all([loadEngine(), import("../engine/pull.js")]);
  const project = await loadProject({ root: io.cwd, dir: options.dir, workerPath: io.workerPath, configOnly: true });
  reportDiagnostics(io, project.diagnostics);
  if (project.diagnostics.some((d) => d.severity === "error")) return EXIT.usage;
  const connection = resolveConnection(project.config, { environment: options.environment, host: options.host, projectId: options.project, env: io.env });
  const api = connect(connection);
  const dryRun = options["dry-run"] ?? false;
  try {
    io.stderr(`Reading project ${connection.projectId}…\n`);
    const report = await pullProject({
      api,
      root: io.cwd,
      dir: options.dir ?? project.config.dir,
      filter,
      force: options.force ?? false,
      dryRun,
      ...(project.config.owner ? { owner: project.config.owner } : {}),
      progress: options.verbose ? (e) => io.stderr(`  ${e.message}\n`) : undefined,
      beforeAdopt: (resources) => io.stdout(`Tagging ${resources.length} resource(s) in project ${connection.projectId} so this tool manages them:\n${describeAdoption(resources)}`),
    });
    if (dryRun && report.adopted.length > 0) {
      io.stdout(`Dry run: would tag ${report.adopted.length} resource(s) in project ${connection.projectId} so this tool manages them:\n${describeAdoption(report.adopted)}`);
    }
    if (report.failures.length > 0) {
      for (const f of report.failures) io.stderr(`  ✗ could not adopt ${f.kind}/${f.key} (id ${String(f.id)}): ${f.error}\n`);
      io.stderr("Adoption failed; no file was written. Pull again once the cause is fixed.\n");
      return EXIT.api;
    }
    printPullReport(io, report, dryRun);
    if (!filter.adopt && report.warnings.some((w) => /not (pulled|managed)/.test(w))) {
      io.stderr("Resources this tool does not manage yet can be pulled and adopted with --adopt (and --kind, --key or --all).\n");
    }
    return EXIT.ok;
  } finally {
    await api.close();
  }
}

async function runEmulator(io: CliIo, options: Options): Promise<number> {
  const port = options.port ? Number(options.port) : 8010;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ToolError("usage", `--port must be a port number, got "${options.port}"`);
  // Control routes can wipe the state; a fresh random key unless one is given keeps other local processes out.
  const adminKey = options["admin-key"] ?? io.env.POSTHOG_EMULATOR_ADMIN_KEY ?? `phx_admin_${randomBytes(18).toString("hex")}`;
  if (!/^\S{16,200}$/.test(adminKey)) throw new ToolError("usage", "--admin-key must be 16 to 200 characters without spaces");
  const rateLimits = options["rate-limits"] ?? "posthog";
  if (rateLimits !== "off" && rateLimits !== "posthog") throw new ToolError("usage", `--rate-limits must be off or posthog, got "${rateLimits}"`);
  const latencyMs = options["latency-ms"] === undefined ? 0 : Number(options["latency-ms"]);
  if (!Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > 60_000) throw new ToolError("usage", `--latency-ms must be a whole number of milliseconds, got "${options["latency-ms"]}"`);
  const { startEmulator } = await import("../emulator/index.js");
  const emulator = await startEmulator({ port, adminKey, stateFile: options["state-file"], latencyMs, ...(rateLimits === "off" ? { rateLimits: false as const } : {}) });
  io.stdout(`PostHog emulator listening on ${emulator.url} (project 1, key phx_emulator; admin key for /_emulator/*: ${emulator.adminKey})\n`);
  await new Promise<void>((done) => {
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
  await emulator.close();
  return EXIT.ok;
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, command, extra } = parse(argv);
    if (values.help || !command) {
      io.stdout(HELP);
      return command || values.help ? EXIT.ok : EXIT.usage;
    }
    if (extra.length > 0 && command !== "show") throw new ToolError("usage", `unexpected argument "${extra[0]}"`);
    switch (command) {
      case "plan":
        return await runPlanOrApply(io, values, false);
      case "apply":
        return await runPlanOrApply(io, values, true);
      case "validate":
        return await runValidate(io, values);
      case "pull":
        return await runPull(io, values);
      case "show":
        return await runShow(io, values, extra);
      case "emulator":
        return await runEmulator(io, values);
      default:
        throw new ToolError("usage", `unknown command "${command}" (try --help)`);
    }
  } catch (error) {
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_CODES[categoryOf(error)];
  }
}
