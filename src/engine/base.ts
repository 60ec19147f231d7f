/**
 * The base branch's definitions, which plans compare with to say where each
 * change comes from: a change the base already wants undoes an edit made in
 * PostHog (`plan.reverts`). Loaded from a directory (a checkout of the base) or
 * from a commit exported into a temporary directory, by the same sandboxed
 * loader as the pull request's own definitions. Shared by the CLI and the Action.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { exportTreeAtCommit, resolveCommit } from "../adapters/git/export-tree.js";
import { buildDesiredState } from "../core/desired.js";
import { hasErrors } from "../core/diagnostics.js";
import type { DesiredResource } from "../core/model.js";
import { loadProject, type LoadedProject } from "./project.js";

/** The loaded base, or why it could not be loaded (the plan then labels no change). */
export type BaseDefinitions = { project: LoadedProject } | { error: string };

/** Loads the definitions of a base checkout at `root` (its config file and definitions directory as the head's). */
export async function loadBaseDirectory(options: { root: string; dir?: string; configFile?: string; workerPath: string }): Promise<BaseDefinitions> {
  try {
    const project = await loadProject(options);
    const error = project.diagnostics.find((d) => d.severity === "error");
    return error ? { error: `the base definitions do not load (${error.source ? `${error.source.file}:${error.source.line}: ` : ""}${error.message})` } : { project };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Loads the definitions as of commit `sha` of the repository at `root`: the
 * loadable files are written into a fresh directory under `tempDir`, loaded,
 * and the directory is removed again.
 */
export async function loadBaseCommit(options: { root: string; sha: string; tempDir: string; dir?: string; configFile?: string; workerPath: string }): Promise<BaseDefinitions> {
  const dir = await mkdtemp(join(options.tempDir, "posthog-base-definitions-"));
  try {
    const exported = await exportTreeAtCommit(options.root, options.sha, dir);
    if (exported.status === "unavailable") return { error: `${exported.reason}; check out with fetch-depth: 2 (or more) so the base commit is there` };
    return await loadBaseDirectory({ root: dir, workerPath: options.workerPath, ...(options.dir ? { dir: options.dir } : {}), ...(options.configFile ? { configFile: options.configFile } : {}) });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Loads the definitions as of a git ref (`main`, `origin/main`) of the repository at `root`, as {@link loadBaseCommit}. */
export async function loadBaseRef(options: { root: string; ref: string; tempDir: string; dir?: string; workerPath: string }): Promise<BaseDefinitions> {
  const commit = await resolveCommit(options.root, options.ref);
  if ("error" in commit) return commit;
  return loadBaseCommit({ root: options.root, sha: commit.sha, tempDir: options.tempDir, workerPath: options.workerPath, ...(options.dir ? { dir: options.dir } : {}) });
}

/** The base's desired state for one environment, or undefined when it is not valid there (nothing is then labelled). */
export function baseResources(base: BaseDefinitions, environment?: string): DesiredResource[] | undefined {
  if ("error" in base) return undefined;
  const desired = buildDesiredState(base.project.definitions, environment, { owner: base.project.config.owner });
  return hasErrors(desired.diagnostics) ? undefined : desired.resources;
}
