import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ToolError
} from "./chunk-SLY4HKVV.js";
import {
  formatDiagnostic,
  sortDiagnostics
} from "./chunk-IP6AB7RW.js";

// src/cli/options.ts
import { parseArgs } from "node:util";
var EXIT = { ok: 0, invalid: 1, api: 2, usage: 3, changes: 4 };
function parse(argv) {
  try {
    return parseOptions(argv);
  } catch (error) {
    if (error.code?.startsWith("ERR_PARSE_ARGS")) throw new ToolError("usage", error.message);
    throw error;
  }
}
function parseOptions(argv) {
  const { values, positionals } = parseArgs({
    // The older boolean spelling of `--rate-limits off`, kept for scripts that use it.
    args: argv.map((arg) => arg === "--no-rate-limits" ? "--rate-limits=off" : arg),
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
      help: { type: "boolean", short: "h" }
    }
  });
  return { values, command: positionals[0], extra: positionals.slice(1) };
}
function reportDiagnostics(io, diagnostics) {
  for (const d of sortDiagnostics(diagnostics)) io.stderr(`${formatDiagnostic(d)}
`);
}
var DEFAULT_MAX_DELETIONS = 10;
function readMaxDeletions(options) {
  const value = options["max-deletions"];
  if (value === void 0) return DEFAULT_MAX_DELETIONS;
  if (!/^\d+$/.test(value)) throw new ToolError("usage", `--max-deletions must be a whole number, got "${value}"`);
  return Number(value);
}

export {
  EXIT,
  parse,
  reportDiagnostics,
  readMaxDeletions
};
