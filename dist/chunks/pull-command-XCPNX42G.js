import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadEngine
} from "./chunk-3NKPZLIQ.js";
import {
  EXIT,
  reportDiagnostics
} from "./chunk-4THUIUZI.js";
import {
  KINDS,
  findKind
} from "./chunk-RHLKEUBH.js";
import {
  formatAddress
} from "./chunk-2AROFJEV.js";
import {
  ToolError
} from "./chunk-SLY4HKVV.js";
import "./chunk-IP6AB7RW.js";
import "./chunk-HANBNIMK.js";

// src/cli/pull-command.ts
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
  const [{ connect, loadProject, resolveConnection }, { pullProject }] = await Promise.all([loadEngine(), import("./pull-QILERMXR.js")]);
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
export {
  runPull
};
