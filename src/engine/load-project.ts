import { isAbsolute, relative, resolve } from "node:path";
import { loadDefinitions } from "../adapters/loader/load.js";
import { parseConfig, type ProjectConfig } from "../core/config.js";
import type { Diagnostic } from "../core/diagnostics.js";
import { ToolError } from "../core/errors.js";
import type { Definition } from "../core/model.js";

/** A loaded repository: its config, its definitions and every load-time problem. */
export interface LoadedProject {
  config: ProjectConfig;
  definitions: Definition[];
  diagnostics: Diagnostic[];
}

/**
 * Evaluates `posthog.config.ts` and the definitions directory in the isolated
 * loader process. Shared by the CLI and the Action so both see the same files
 * the same way. A module of its own, without the HTTP client, so an entry point
 * can start the loader before it parses the rest of the engine (issue 14).
 */
export async function loadProject(options: { root: string; dir?: string; configFile?: string; workerPath: string; configOnly?: boolean }): Promise<LoadedProject> {
  assertDirectoryInside(options.root, options.dir);
  const loaded = await loadDefinitions(options);
  const parsed = parseConfig(loaded.config?.spec, loaded.config?.source);
  return { config: parsed.config, definitions: loaded.definitions, diagnostics: [...loaded.diagnostics, ...parsed.diagnostics] };
}

/**
 * The definitions directory must be inside the repository the tool runs in, the only files the
 * loader may read: one outside it is a configuration error (exit 3 in the CLI) that says what to
 * do, not an invalid definition.
 */
function assertDirectoryInside(root: string, dir: string | undefined): void {
  if (dir === undefined) return;
  const inside = relative(resolve(root), resolve(root, dir));
  if (inside.startsWith("..") || isAbsolute(inside)) {
    throw new ToolError(
      "configuration",
      `the definitions directory ${dir} is outside ${resolve(root)}, the directory the tool runs in; definitions may only be read from inside it, so run the tool from the repository that holds them (cd there) or give a --dir inside it`,
    );
  }
}
