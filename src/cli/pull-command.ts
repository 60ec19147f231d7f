import { findKind, KINDS } from "../core/kinds/index.js";
import { ToolError } from "../core/errors.js";
import { formatAddress, type KindName } from "../core/model.js";
import type { PullFilter, PulledResource } from "../core/pull.js";
import type { PullReport } from "../engine/pull.js";
import { loadEngine } from "./loads.js";
import { EXIT, reportDiagnostics, type CliIo, type Options } from "./options.js";

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

/** `pull`: writes definition files from what PostHog holds; reads only the config file. */
export async function runPull(io: CliIo, options: Options): Promise<number> {
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
