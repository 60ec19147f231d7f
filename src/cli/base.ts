import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { ToolError } from "../core/errors.js";
import type { DesiredResource } from "../core/model.js";

/** What `--base` and `--base-ref` ask for, and where the plan runs. */
export interface BaseOptions {
  base?: string;
  baseRef?: string;
  cwd: string;
  dir?: string;
  environment?: string;
  workerPath: string;
}

/**
 * The base branch's desired state for `plan`/`apply --base <dir>` (a checkout
 * of the base, e.g. from `git worktree add`) or `--base-ref <ref>` (read from
 * this repository's git history), so the plan labels the changes that undo an
 * edit made in PostHog. Asked for and unreadable is a configuration error.
 */
export async function loadCliBase(options: BaseOptions): Promise<DesiredResource[] | undefined> {
  if (options.base === undefined && options.baseRef === undefined) return undefined;
  if (options.base !== undefined && options.baseRef !== undefined) throw new ToolError("usage", "give --base or --base-ref, not both");
  const { baseResources, loadBaseDirectory, loadBaseRef } = await import("../engine/base.js");
  const dir = options.dir ? { dir: options.dir } : {};
  const base =
    options.base !== undefined
      ? await loadBaseDirectory({ root: resolve(options.cwd, options.base), workerPath: options.workerPath, ...dir })
      : await loadBaseRef({ root: options.cwd, ref: options.baseRef!, tempDir: tmpdir(), workerPath: options.workerPath, ...dir });
  if ("error" in base) throw new ToolError("configuration", `cannot load the base definitions (${options.base !== undefined ? `--base ${options.base}` : `--base-ref ${options.baseRef}`}): ${base.error}`);
  const resources = baseResources(base, options.environment);
  if (!resources) throw new ToolError("configuration", `the base definitions are not valid${options.environment ? ` for environment ${options.environment}` : ""}, so they cannot say which changes undo edits made in PostHog`);
  return resources;
}
