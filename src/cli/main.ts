import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadDefinitions, locateDiagnostics } from "../adapters/loader/load.js";
import { createPostHogClient, type PostHogProjectApi } from "../adapters/posthog/client.js";
import { applyPlan, type ApplyResult } from "../core/apply.js";
import { buildDesiredState } from "../core/desired.js";
import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from "../core/diagnostics.js";
import { getKind } from "../core/kinds/index.js";
import { readProjectState } from "../core/observe.js";
import { createPlan, hasChanges } from "../core/plan/plan.js";
import type { Plan } from "../core/plan/types.js";
import { startEmulator } from "../emulator/index.js";
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
  emulator            Run the local PostHog emulator

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
      help: { type: "boolean", short: "h" },
    },
  });
  return { values, command: positionals[0], extra: positionals.slice(1) };
}

type Options = ReturnType<typeof parse>["values"];

function reportDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of sortDiagnostics(diagnostics)) io.stderr(`${formatDiagnostic(d)}\n`);
}

async function loadDesired(io: CliIo, options: Options) {
  const loaded = await loadDefinitions({ dir: options.dir ?? "posthog", root: io.cwd, workerPath: io.workerPath });
  const desired = buildDesiredState(loaded.definitions, options.environment);
  const diagnostics = [...loaded.diagnostics, ...(await locateDiagnostics(desired.diagnostics, io.cwd))];
  return { resources: desired.resources, diagnostics, count: loaded.definitions.length };
}

function connect(io: CliIo, options: Options): { api: PostHogProjectApi; host: string; projectId: string } {
  const host = options.host ?? io.env.POSTHOG_HOST ?? "https://us.posthog.com";
  const projectId = options.project ?? io.env.POSTHOG_PROJECT_ID;
  const apiKey = io.env.POSTHOG_PERSONAL_API_KEY;
  if (!projectId) throw new UsageError("no project: set POSTHOG_PROJECT_ID or pass --project");
  if (!/^\d+$/.test(projectId)) throw new UsageError(`the project id must be a number, got "${projectId}"`);
  if (!apiKey) throw new UsageError("no API key: set POSTHOG_PERSONAL_API_KEY (a personal API key with read/write scopes)");
  try {
    new URL(host);
  } catch {
    throw new UsageError(`--host must be a URL, got "${host}"`);
  }
  const rateLimits = io.env.POSTHOG_RATE_LIMIT === "off" ? false : undefined;
  return { api: createPostHogClient({ host, projectId, apiKey, rateLimits }), host: host.replace(/\/+$/, ""), projectId };
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
  const desired = await loadDesired(io, options);
  if (hasErrors(desired.diagnostics)) {
    reportDiagnostics(io, desired.diagnostics);
    io.stderr(`Definitions are invalid; nothing was sent to PostHog.\n`);
    return EXIT.invalid;
  }
  reportDiagnostics(io, desired.diagnostics);
  const { api, host, projectId } = connect(io, options);
  try {
    io.stderr(`Loaded ${desired.count} definition(s); reading project ${projectId}…\n`);
    const observed = await readProjectState(api, { progress: (e) => io.stderr(`  ${e.message}\n`) });
    const plan: Plan = createPlan({
      target: { host, projectId, ...(options.environment ? { environment: options.environment } : {}) },
      desired: desired.resources,
      observed,
      prune: options.prune ?? false,
    });
    if (options.out) await writeFile(options.out, renderPlanJson(plan));
    const readRequests = api.stats.requests;
    if (!options.json) io.stdout(renderPlanText(plan, { color: io.color, verbose: options.verbose ?? false }));
    io.stderr(`Read the project in ${readRequests} request(s).\n`);

    if (!apply || options["dry-run"] || !hasChanges(plan)) {
      if (options.json) io.stdout(renderPlanJson(plan));
      if (apply && options["dry-run"]) io.stderr("Dry run: no changes applied.\n");
      return options["detailed-exitcode"] && hasChanges(plan) ? EXIT.changes : EXIT.ok;
    }
    const result = await applyPlan(plan, api, {
      progress: (e) => io.stderr(`  [${e.done}/${e.total}] ${e.message}\n`),
    });
    if (options.json) io.stdout(`${JSON.stringify({ plan, apply: result }, null, 2)}\n`);
    printResults(io, result);
    return result.failed > 0 ? EXIT.api : EXIT.ok;
  } finally {
    await api.close();
  }
}

async function runValidate(io: CliIo, options: Options): Promise<number> {
  const desired = await loadDesired(io, options);
  reportDiagnostics(io, desired.diagnostics);
  if (hasErrors(desired.diagnostics)) return EXIT.invalid;
  io.stdout(`${desired.count} definition(s) are valid.\n`);
  return EXIT.ok;
}

async function runEmulator(io: CliIo, options: Options): Promise<number> {
  const port = options.port ? Number(options.port) : 8010;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${options.port}"`);
  const emulator = await startEmulator({ port, stateFile: options["state-file"] });
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
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`error: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.api;
  }
}
