import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { applyPlan, type ApplyResult } from "../core/apply.js";
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from "../core/diagnostics.js";
import { getKind } from "../core/kinds/index.js";
import { hasChanges } from "../core/plan/plan.js";
import { startEmulator } from "../emulator/index.js";
import { ConfigError, connect, loadProject, planProject, resolveConnection, validateProject } from "../engine/project.js";
import { renderPlanJson } from "../render/json.js";
import { renderPlanText } from "../render/terminal.js";

/** Exit codes, documented in the README and `--help`. */
export const EXIT = { ok: 0, invalid: 1, api: 2, usage: 3, changes: 4 } as const;

/** What the CLI needs from the process; injected so tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  color: boolean;
  workerPath: string;
}

const HELP = `Usage: posthog-definitions <command> [options]

Commands:
  validate            Check definitions offline (no credentials needed)
  plan                Show what apply would change (read-only)
  apply               Apply the plan (--dry-run: plan only; --prune: also delete
                      managed resources whose files are gone)
  emulator            Run the local PostHog emulator (--port, --state-file,
                      --no-rate-limits)

Options:
  --dir <path>          Definitions directory (default: posthog)
  --project <id>        PostHog project id (default: $POSTHOG_PROJECT_ID)
  --host <url>          PostHog host (default: $POSTHOG_HOST or https://us.posthog.com)
  --environment <name>  Environment for perEnvironment() values
  --json                Print the plan (and apply results) as JSON on stdout
  --out <file>          Also write the JSON plan to a file
  --prune               Delete managed resources whose definitions were removed
  --dry-run             With apply: plan only, change nothing
  --detailed-exitcode   Exit 4 when the plan has changes (0 when it has none)
  --verbose             Also list unchanged resources
  -h, --help            Show this help

The API key is read from $POSTHOG_PERSONAL_API_KEY only (never a flag, so it
stays out of shell history). Set POSTHOG_RATE_LIMIT=off for self-hosted
instances without throttling.

Exit codes: 0 ok or no changes, 1 invalid definitions, 2 API or safety error,
3 bad arguments or configuration, 4 changes pending (with --detailed-exitcode).
`;

class UsageError extends Error {}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: {
      dir: { type: "string" },
      project: { type: "string" },
      host: { type: "string" },
      environment: { type: "string" },
      json: { type: "boolean" },
      out: { type: "string" },
      prune: { type: "boolean" },
      "dry-run": { type: "boolean" },
      "detailed-exitcode": { type: "boolean" },
      verbose: { type: "boolean" },
      port: { type: "string" },
      "state-file": { type: "string" },
      "rate-limits": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  return { values, command: positionals[0], extra: positionals.slice(1) };
}

type Options = ReturnType<typeof parse>["values"];

function reportDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of sortDiagnostics(diagnostics)) io.stderr(`${formatDiagnostic(d)}\n`);
}

async function loadValid(io: CliIo, options: Options) {
  const project = await loadProject({ root: io.cwd, dir: options.dir, workerPath: io.workerPath });
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

async function runPlanOrApply(io: CliIo, options: Options, apply: boolean): Promise<number> {
  const loaded = await loadValid(io, options);
  if (!loaded.valid) {
    io.stderr(`Definitions are invalid; nothing was sent to PostHog.\n`);
    return EXIT.invalid;
  }
  const connection = resolveConnection(loaded.project.config, { environment: options.environment, host: options.host, projectId: options.project, env: io.env });
  const api = connect(connection);
  try {
    io.stderr(`Loaded ${loaded.count} definition(s); reading project ${connection.projectId}…\n`);
    const plan = await planProject({
      api,
      connection,
      resources: loaded.resources,
      prune: options.prune ?? false,
      progress: options.verbose ? (e) => io.stderr(`  ${e.message}\n`) : undefined,
    });
    if (options.out) await writeFile(options.out, renderPlanJson(plan));
    if (!options.json) io.stdout(renderPlanText(plan, { color: io.color, verbose: options.verbose ?? false }));
    io.stderr(`Read the project in ${api.stats.requests} request(s).\n`);

    if (!apply || options["dry-run"] || !hasChanges(plan)) {
      if (options.json) io.stdout(renderPlanJson(plan));
      if (apply && options["dry-run"]) io.stderr("Dry run: no changes applied.\n");
      return options["detailed-exitcode"] && hasChanges(plan) ? EXIT.changes : EXIT.ok;
    }
    const result = await applyPlan(plan, api, { progress: (e) => io.stderr(`  [${e.done}/${e.total}] ${e.message}\n`) });
    if (options.json) io.stdout(`${JSON.stringify({ plan, apply: result }, null, 2)}\n`);
    printResults(io, result);
    return result.failed > 0 ? EXIT.api : EXIT.ok;
  } finally {
    await api.close();
  }
}

async function runValidate(io: CliIo, options: Options): Promise<number> {
  const loaded = await loadValid(io, options);
  if (!loaded.valid) return EXIT.invalid;
  io.stdout(`${loaded.count} definition(s) are valid.\n`);
  return EXIT.ok;
}
async function runEmulator(io: CliIo, options: Options): Promise<number> {
  const port = options.port ? Number(options.port) : 8010;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${options.port}"`);
  const emulator = await startEmulator({ port, stateFile: options["state-file"], ...(options["rate-limits"] === false ? { rateLimits: false as const } : {}) });
  io.stdout(`PostHog emulator listening on ${emulator.url} (project 1, key phx_emulator)\n`);
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
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    switch (command) {
      case "plan":
        return await runPlanOrApply(io, values, false);
      case "apply":
        return await runPlanOrApply(io, values, true);
      case "validate":
        return await runValidate(io, values);
      case "emulator":
        return await runEmulator(io, values);
      default:
        throw new UsageError(`unknown command "${command}" (try --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`error: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.api;
  }
}
