import { parseArgs } from "node:util";
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from "../core/diagnostics.js";
import { ToolError } from "../core/errors.js";

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


/** The command line, read strictly: an unknown option is a usage error (exit 3). */
export function parse(argv: string[]) {
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


/** What the command line asked for. */
export type Options = ReturnType<typeof parseOptions>["values"];

/** Prints diagnostics in the order every entry point uses: by file, line and column. */
export function reportDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of sortDiagnostics(diagnostics)) io.stderr(`${formatDiagnostic(d)}\n`);
}

const DEFAULT_MAX_DELETIONS = 10;

/** Read before anything loads, so a bad value costs nothing. */
export function readMaxDeletions(options: Options): number {
  const value = options["max-deletions"];
  if (value === undefined) return DEFAULT_MAX_DELETIONS;
  if (!/^\d+$/.test(value)) throw new ToolError("usage", `--max-deletions must be a whole number, got "${value}"`);
  return Number(value);
}
