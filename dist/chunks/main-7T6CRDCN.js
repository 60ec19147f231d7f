import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyPlan,
  blockingFindings,
  checkPrune,
  readPlanFile,
  renderPlanText,
  renderPlansText,
  stringifyPlan,
  systemClock
} from "./chunk-SOC2W7B7.js";
import {
  HELP
} from "./chunk-HVWFFMBW.js";
import {
  hasChanges
} from "./chunk-5G5YLZFO.js";
import "./chunk-TVGFBXTR.js";
import {
  formatDiagnostic,
  sortDiagnostics
} from "./chunk-IP6AB7RW.js";
import {
  KINDS,
  findKind,
  getKind
} from "./chunk-IQCS6QOL.js";
import {
  ToolError,
  categoryOf,
  formatAddress
} from "./chunk-GSTMBUKU.js";
import "./chunk-HANBNIMK.js";

// src/cli/main.ts
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/render/json.ts
function renderPlanJson(plan) {
  return stringifyPlan(plan);
}

// src/cli/base.ts
import { tmpdir } from "node:os";
import { resolve } from "node:path";
async function loadCliBase(options) {
  if (options.base === void 0 && options.baseRef === void 0) return void 0;
  if (options.base !== void 0 && options.baseRef !== void 0) throw new ToolError("usage", "give --base or --base-ref, not both");
  const { baseResources, loadBaseDirectory, loadBaseRef } = await import("./base-OGLYDT25.js");
  const dir = options.dir ? { dir: options.dir } : {};
  const base = options.base !== void 0 ? await loadBaseDirectory({ root: resolve(options.cwd, options.base), workerPath: options.workerPath, ...dir }) : await loadBaseRef({ root: options.cwd, ref: options.baseRef, tempDir: tmpdir(), workerPath: options.workerPath, ...dir });
  if ("error" in base) throw new ToolError("configuration", `cannot load the base definitions (${options.base !== void 0 ? `--base ${options.base}` : `--base-ref ${options.baseRef}`}): ${base.error}`);
  const resources = baseResources(base, options.environment);
  if (!resources) throw new ToolError("configuration", `the base definitions are not valid${options.environment ? ` for environment ${options.environment}` : ""}, so they cannot say which changes undo edits made in PostHog`);
  return resources;
}

// src/cli/main.ts
var EXIT = { ok: 0, invalid: 1, api: 2, usage: 3, changes: 4 };
var EXIT_CODES = {
  "invalid-definitions": EXIT.invalid,
  configuration: EXIT.usage,
  usage: EXIT.usage,
  "untrusted-code": EXIT.api,
  auth: EXIT.api,
  api: EXIT.api,
  safety: EXIT.api,
  github: EXIT.api,
  internal: EXIT.api
};
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
var loadEngine = () => import("./project-TWM2SJQR.js");
var loadLoader = () => import("./load-project-XIX7PR5Y.js");
async function loadValid(io, options, loading) {
  const [project, { validateProject }] = await Promise.all([loading, loadEngine()]);
  const validated = await validateProject(project, io.cwd, options.environment);
  reportDiagnostics(io, validated.diagnostics);
  return { project, ...validated, count: project.definitions.length };
}
function printResults(io, result) {
  for (const r of result.results) {
    if (r.status === "unchanged") continue;
    const label = `${r.action} ${getKind(r.kind).label} ${r.key}`;
    io.stderr(r.status === "applied" ? `  ✓ ${label}
` : `  ✗ ${label}: ${r.error}
`);
  }
  io.stderr(`Applied ${result.applied} change(s)${result.failed > 0 ? `, ${result.failed} failed or skipped` : ""}.
`);
}
var DEFAULT_MAX_DELETIONS = 10;
function readMaxDeletions(options) {
  const value = options["max-deletions"];
  if (value === void 0) return DEFAULT_MAX_DELETIONS;
  if (!/^\d+$/.test(value)) throw new ToolError("usage", `--max-deletions must be a whole number, got "${value}"`);
  return Number(value);
}
async function runPlanOrApply(io, options, apply) {
  const maxDeletions = readMaxDeletions(options);
  const [{ loadProject }, { readWhileLoading, takeOverReads }] = await Promise.all([loadLoader(), import("./early-reads-CLLBCVNR.js")]);
  const loading = loadProject({ root: io.cwd, dir: options.dir, workerPath: io.workerPath });
  const progress = options.verbose ? (e) => io.stderr(`  ${e.message}
`) : void 0;
  const locate = async (config) => (await loadEngine()).resolveConnection(config, { environment: options.environment, host: options.host, projectId: options.project, env: io.env });
  const early = readWhileLoading({ root: io.cwd, dir: options.dir, workerPath: io.workerPath, locate, ...progress ? { progress } : {} });
  const drop = async () => void await (await early)?.api.abandon();
  let loaded;
  let connection;
  try {
    loaded = await loadValid(io, options, loading);
    connection = loaded.valid ? await locate(loaded.project.config) : void 0;
  } catch (error) {
    await drop();
    throw error;
  }
  if (connection === void 0) {
    const sent = await early !== void 0;
    await drop();
    io.stderr(`Definitions are invalid; nothing was ${sent ? "written to" : "sent to"} PostHog.
`);
    return EXIT.invalid;
  }
  const [{ api, started }, { planProject }] = await Promise.all([takeOverReads(await early, connection), loadEngine()]);
  try {
    io.stderr(`Loaded ${loaded.count} definition(s); reading project ${connection.projectId}…
`);
    const base = await loadCliBase({ base: options.base, baseRef: options["base-ref"], cwd: io.cwd, dir: options.dir, environment: options.environment, workerPath: io.workerPath });
    const plan = await planProject({
      api,
      connection,
      resources: loaded.resources,
      prune: options.prune ?? false,
      rotateSecrets: options["rotate-secrets"] ?? false,
      progress,
      ...started ? { started } : {},
      ...options.checks === false ? {} : { checks: { root: io.cwd } },
      ...base ? { base } : {}
    });
    if (options.out) await writeFile(resolve2(io.cwd, options.out), renderPlanJson(plan));
    const history = base ? await import("./activity-M2CPASUN.js") : void 0;
    const reverted = history ? await history.readRevertActivity(api, plan, (text) => io.stderr(`note: ${text}
`)) : void 0;
    if (history && reverted && options.verbose) io.stderr(`  Read PostHog's activity log for the reverted changes in ${reverted.requests} request(s) (at most ${history.MAX_LOOKUPS}).
`);
    if (!options.json) io.stdout(renderPlanText(plan, { color: io.color, verbose: options.verbose ?? false, ...reverted ? { activity: reverted.activity } : {} }));
    io.stderr(`Read the project in ${api.stats.requests} request(s).
`);
    reportDiagnostics(io, plan.checks?.findings ?? []);
    const blocking = blockingFindings(plan.checks, options["fail-on-check-warnings"] ?? false);
    if (blocking.length > 0) {
      if (options.json) io.stdout(renderPlanJson(plan));
      io.stderr(`The checks against project ${connection.projectId} found ${blocking.length} problem(s) above; ${apply ? "nothing was changed" : "fix them before applying"}.
`);
      return EXIT.invalid;
    }
    if (!apply || options["dry-run"] || !hasChanges(plan)) {
      if (options.json) io.stdout(renderPlanJson(plan));
      if (apply && options["dry-run"]) io.stderr("Dry run: no changes applied.\n");
      return options["detailed-exitcode"] && hasChanges(plan) ? EXIT.changes : EXIT.ok;
    }
    const refusal = plan.prune ? checkPrune(plan, { maxDeletions, definitionCount: loaded.count, allowEmpty: options["allow-empty-prune"] ?? false, folder: `${(options.dir ?? loaded.project.config.dir).replace(/\/+$/, "")}/` }) : void 0;
    if (refusal) {
      const flag = refusal.reason === "empty-definitions" ? "--allow-empty-prune" : "--max-deletions";
      io.stderr(`error: refusing to prune: ${refusal.message} (${flag}). Nothing was changed.
`);
      return EXIT.api;
    }
    const { readSecretValues } = await import("./secrets-C7UBO5DS.js");
    const secrets = readSecretValues(loaded.project.config, io.env);
    const result = await applyPlan(plan, api, { progress: (e) => io.stderr(`  [${e.done}/${e.total}] ${e.message}
`), clock: systemClock, secrets });
    if (options.json) io.stdout(`${JSON.stringify({ plan, apply: result }, null, 2)}
`);
    printResults(io, result);
    return result.failed > 0 ? EXIT.api : EXIT.ok;
  } finally {
    await api.close();
  }
}
async function runShow(io, options, files) {
  if (files.length !== 1) throw new ToolError("usage", "show takes one plan file: posthog-definitions show plan.json");
  const name = files[0];
  const text = await readFile(resolve2(io.cwd, name), "utf8").catch((error) => {
    throw new ToolError("usage", `cannot read ${name}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const shown = [];
  let changes = false;
  for (const [environment, entry] of Object.entries(readPlanFile(text, name).environments)) {
    if ("error" in entry) {
      io.stderr(`${environment}: planning failed: ${entry.error}
`);
      continue;
    }
    if (entry.offline) io.stderr(`${environment}: an offline plan, of the desired state only (PostHog was not read)
`);
    shown.push(entry.plan);
    changes ||= hasChanges(entry.plan);
  }
  const style = { color: io.color, verbose: options.verbose ?? false };
  io.stdout(shown.length > 1 ? renderPlansText(shown, style) : shown.map((plan) => renderPlanText(plan, style)).join("\n"));
  return options["detailed-exitcode"] && changes ? EXIT.changes : EXIT.ok;
}
async function runValidate(io, options) {
  const loaded = await loadValid(io, options, (await loadLoader()).loadProject({ root: io.cwd, dir: options.dir, workerPath: io.workerPath }));
  if (!loaded.valid) return EXIT.invalid;
  io.stdout(`${loaded.count} definition(s) are valid.
`);
  return EXIT.ok;
}
function readPullFilter(options) {
  const kinds = (options.kind ?? []).map((name) => {
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
var FILE_MARKS = { create: "+", overwrite: "~", unchanged: "=", kept: "!" };
function printPullReport(io, report, dryRun) {
  for (const file of report.files) {
    if (file.status === "unchanged") continue;
    const note = file.status === "kept" ? " (kept: it has local edits; --force overwrites it)" : file.status === "overwrite" ? " (overwritten)" : "";
    io.stdout(`  ${FILE_MARKS[file.status]} ${file.path}${note}
`);
  }
  for (const warning of report.warnings) io.stderr(`warning: ${warning}
`);
  const count = (status) => report.files.filter((f) => f.status === status).length;
  const written = count("create") + count("overwrite");
  io.stdout(
    `${dryRun ? "Dry run: would write" : "Wrote"} ${written} file(s) for ${report.files.length} resource(s); ${count("unchanged")} unchanged, ${count("kept")} kept with local edits.
`
  );
}
function describeAdoption(resources) {
  return resources.map((r) => `  ${formatAddress(r)}  (id ${String(r.id)}, ${JSON.stringify(r.name)})
`).join("");
}
async function runPull(io, options) {
  const filter = readPullFilter(options);
  const [{ connect, loadProject, resolveConnection }, { pullProject }] = await Promise.all([loadEngine(), import("./pull-6ENB3CU7.js")]);
  const project = await loadProject({ root: io.cwd, dir: options.dir, workerPath: io.workerPath, configOnly: true });
  reportDiagnostics(io, project.diagnostics);
  if (project.diagnostics.some((d) => d.severity === "error")) return EXIT.usage;
  const connection = resolveConnection(project.config, { environment: options.environment, host: options.host, projectId: options.project, env: io.env });
  const api = connect(connection);
  const dryRun = options["dry-run"] ?? false;
  try {
    io.stderr(`Reading project ${connection.projectId}…
`);
    const report = await pullProject({
      api,
      root: io.cwd,
      dir: options.dir ?? project.config.dir,
      filter,
      force: options.force ?? false,
      dryRun,
      ...project.config.owner ? { owner: project.config.owner } : {},
      progress: options.verbose ? (e) => io.stderr(`  ${e.message}
`) : void 0,
      beforeAdopt: (resources) => io.stdout(`Tagging ${resources.length} resource(s) in project ${connection.projectId} so this tool manages them:
${describeAdoption(resources)}`)
    });
    if (dryRun && report.adopted.length > 0) {
      io.stdout(`Dry run: would tag ${report.adopted.length} resource(s) in project ${connection.projectId} so this tool manages them:
${describeAdoption(report.adopted)}`);
    }
    if (report.failures.length > 0) {
      for (const f of report.failures) io.stderr(`  ✗ could not adopt ${f.kind}/${f.key} (id ${String(f.id)}): ${f.error}
`);
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
async function runEmulator(io, options) {
  const port = options.port ? Number(options.port) : 8010;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ToolError("usage", `--port must be a port number, got "${options.port}"`);
  const adminKey = options["admin-key"] ?? io.env.POSTHOG_EMULATOR_ADMIN_KEY ?? `phx_admin_${randomBytes(18).toString("hex")}`;
  if (!/^\S{16,200}$/.test(adminKey)) throw new ToolError("usage", "--admin-key must be 16 to 200 characters without spaces");
  const rateLimits = options["rate-limits"] ?? "posthog";
  if (rateLimits !== "off" && rateLimits !== "posthog") throw new ToolError("usage", `--rate-limits must be off or posthog, got "${rateLimits}"`);
  const latencyMs = options["latency-ms"] === void 0 ? 0 : Number(options["latency-ms"]);
  if (!Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > 6e4) throw new ToolError("usage", `--latency-ms must be a whole number of milliseconds, got "${options["latency-ms"]}"`);
  const { startEmulator } = await import("./emulator-SLXAPO7Z.js");
  const emulator = await startEmulator({ port, adminKey, stateFile: options["state-file"], latencyMs, ...rateLimits === "off" ? { rateLimits: false } : {} });
  io.stdout(`PostHog emulator listening on ${emulator.url} (project 1, key phx_emulator; admin key for /_emulator/*: ${emulator.adminKey})
`);
  await new Promise((done) => {
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
  await emulator.close();
  return EXIT.ok;
}
async function runCli(argv, io) {
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
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}
`);
    return EXIT_CODES[categoryOf(error)];
  }
}
export {
  EXIT,
  runCli
};
