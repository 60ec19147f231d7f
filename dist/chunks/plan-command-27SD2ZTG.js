import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadEngine
} from "./chunk-3NKPZLIQ.js";
import {
  EXIT,
  reportDiagnostics
} from "./chunk-4THUIUZI.js";
import {
  applyPlan,
  blockingFindings,
  checkPrune,
  stringifyPlan,
  systemClock
} from "./chunk-IDUP37LW.js";
import {
  renderPlanText
} from "./chunk-37Y2VHEV.js";
import "./chunk-IJIRTJKZ.js";
import {
  hasChanges
} from "./chunk-VTQAI6QU.js";
import "./chunk-WPARJWHG.js";
import "./chunk-LJQFIKR4.js";
import {
  getKind
} from "./chunk-RHLKEUBH.js";
import "./chunk-2AROFJEV.js";
import {
  ToolError
} from "./chunk-SLY4HKVV.js";
import "./chunk-IP6AB7RW.js";
import "./chunk-HANBNIMK.js";

// src/cli/plan-command.ts
import { writeFile } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

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
  const { baseResources, loadBaseDirectory, loadBaseRef } = await import("./base-FGGFGQXL.js");
  const dir = options.dir ? { dir: options.dir } : {};
  const base = options.base !== void 0 ? await loadBaseDirectory({ root: resolve(options.cwd, options.base), workerPath: options.workerPath, ...dir }) : await loadBaseRef({ root: options.cwd, ref: options.baseRef, tempDir: tmpdir(), workerPath: options.workerPath, ...dir });
  if ("error" in base) throw new ToolError("configuration", `cannot load the base definitions (${options.base !== void 0 ? `--base ${options.base}` : `--base-ref ${options.baseRef}`}): ${base.error}`);
  const resources = baseResources(base, options.environment);
  if (!resources) throw new ToolError("configuration", `the base definitions are not valid${options.environment ? ` for environment ${options.environment}` : ""}, so they cannot say which changes undo edits made in PostHog`);
  return resources;
}

// src/cli/plan-command.ts
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
async function runPlanOrApply(io, options, apply, maxDeletions, loads) {
  const { loading, early, locate } = loads;
  const { takeOverReads } = await import("./early-reads-D4RKLJD7.js");
  const progress = options.verbose ? (e) => io.stderr(`  ${e.message}
`) : void 0;
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
    const history = base ? await import("./activity-QCF36DCM.js") : void 0;
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
    const { readSecretValues } = await import("./secrets-XMQXPS2M.js");
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
async function runValidate(io, options, loads) {
  const loaded = await loadValid(io, options, loads.loading);
  if (!loaded.valid) return EXIT.invalid;
  io.stdout(`${loaded.count} definition(s) are valid.
`);
  return EXIT.ok;
}
export {
  runPlanOrApply,
  runValidate
};
