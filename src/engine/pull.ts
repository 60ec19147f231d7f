import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { isJsonObject, type JsonObject, type JsonValue } from "../core/json.js";
import type { KindName } from "../core/model.js";
import type { ProgressSink, ProjectApi } from "../core/ports.js";
import { adoptResources, collectPulled, readInventory, selectRoots, type AdoptResult, type PullFilter, type PulledResource } from "../core/pull.js";
import { readSpecCall } from "../core/spec.js";
import * as sdk from "../sdk/index.js";

/** What happens to one file: written new, overwritten (`--force`), already identical, or kept because it has local edits. */
export type PulledFileStatus = "create" | "overwrite" | "unchanged" | "kept";

/** One file `pull` writes or would write. */
export interface PulledFile {
  /** Path relative to the repository root, with `/`. */
  path: string;
  kind: KindName;
  key: string;
  status: PulledFileStatus;
}

/** Everything a pull did (or, with `dryRun`, would do). */
export interface PullReport {
  files: PulledFile[];
  /** Resources that are (or would be) adopted: tagged as managed by this tool. */
  adopted: PulledResource[];
  /** Adoptions that failed; when any did, no file was written. */
  failures: AdoptResult[];
  warnings: string[];
}

/** Options of one pull. */
export interface PullOptions {
  api: ProjectApi;
  /** The repository root; `dir` is relative to it. */
  root: string;
  dir: string;
  filter: PullFilter;
  force: boolean;
  dryRun: boolean;
  progress?: ProgressSink;
  /** The repository's ownership scope: another owner's resources are left out. */
  owner?: string;
  /** Told which resources will be tagged, before anything is written to the server. */
  beforeAdopt?: (resources: readonly PulledResource[]) => void;
}

type SdkFunction = (...args: unknown[]) => unknown;

/** Evaluates a spec with the real SDK, so pulled specs are checked exactly as the loader would see the file. */
function expandSpec(constructorName: string, spec: JsonObject): JsonObject {
  const functions = sdk as unknown as Record<string, SdkFunction>;
  const expand = (value: JsonValue): unknown => {
    if (Array.isArray(value)) return value.map(expand);
    if (!isJsonObject(value)) return value;
    const call = readSpecCall(value);
    if (call) return functions[call.name]!(...call.args.map(expand));
    return Object.fromEntries(Object.entries(value).map(([name, member]) => [name, expand(member)]));
  };
  return JSON.parse(JSON.stringify(functions[constructorName]!(expand(spec)))) as JsonObject;
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}

/**
 * `posthog-definitions pull`: reads the project, selects resources (managed
 * ones, or with `filter.adopt` also UI-built ones), follows their references,
 * and writes one formatted TypeScript file per resource. Safe by default: a
 * file whose content differs from what pull would write is kept unless `force`;
 * with `dryRun` nothing is written anywhere. Adoption is announced through
 * `beforeAdopt` before the first write to PostHog, and if any adoption fails no
 * file is written.
 */
export async function pullProject(options: PullOptions): Promise<PullReport> {
  const inventory = await readInventory(options.api, { progress: options.progress, ...(options.owner ? { owner: options.owner } : {}) });
  const roots = selectRoots(inventory, options.filter);
  const { resources, warnings, referenced } = await collectPulled(options.api, inventory, roots, { adopt: options.filter.adopt, expand: expandSpec, cascade: options.filter.cascade, ...(options.owner ? { owner: options.owner } : {}) });
  // Prettier (behind codegen) serves only pull, so it is imported here rather than at start-up.
  const { generateDefinitionFiles } = await import("../codegen/typescript.js");
  const generated = await generateDefinitionFiles(resources, referenced);
  const base = resolve(options.root, options.dir);
  const files = await Promise.all(
    generated.map(async (file) => {
      const target = join(base, ...file.path.split("/"));
      const existing = await readFile(target, "utf8").catch(() => undefined);
      const status: PulledFileStatus = existing === undefined ? "create" : existing === file.content ? "unchanged" : options.force ? "overwrite" : "kept";
      return { target, content: file.content, report: { path: toPosix(relative(options.root, target)), kind: file.kind, key: file.key, status } };
    }),
  );
  const adopted = resources.filter((r) => r.adopt);
  const report: PullReport = { files: files.map((f) => f.report), adopted, failures: [], warnings: [...inventory.warnings, ...warnings] };
  if (options.dryRun) return report;

  if (adopted.length > 0) {
    options.beforeAdopt?.(adopted);
    report.failures = (await adoptResources(options.api, inventory, adopted)).filter((r) => r.status === "failed");
    if (report.failures.length > 0) return report;
  }
  for (const file of files) {
    if (file.report.status !== "create" && file.report.status !== "overwrite") continue;
    await mkdir(dirname(file.target), { recursive: true });
    await writeFile(file.target, file.content);
  }
  return report;
}
