import { isAbsolute, relative, resolve } from "node:path";
import { loadDefinitions, type LoadResult } from "../adapters/loader/load.js";
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
export async function loadProject(options: ProjectLoadOptions & { configOnly?: boolean; onConfig?: (loaded: LoadResult) => void }): Promise<LoadedProject> {
  assertDirectoryInside(options.root, options.dir);
  return toLoadedProject(await loadDefinitions(options));
}

/** Where a project loads from. */
export interface ProjectLoadOptions {
  root: string;
  dir?: string;
  configFile?: string;
  workerPath: string;
}

/** A load under way, and its config as soon as the loader has read it. */
export interface ProjectLoading {
  loading: Promise<LoadedProject>;
  /**
   * The project as its config alone makes it (no definitions), announced by the loader before it
   * evaluates a definition file; undefined when the load ended without announcing it.
   */
  config: Promise<LoadedProject | undefined>;
}

/**
 * {@link loadProject}, announcing the config before the definitions load, so the plan's reads
 * start from it in the same loader process, not in a second one evaluating the config again (issue 14).
 */
export function loadProjectAnnouncingConfig(options: ProjectLoadOptions): ProjectLoading {
  let announce: (project: LoadedProject | undefined) => void = () => undefined;
  const config = new Promise<LoadedProject | undefined>((resolve) => (announce = resolve));
  const loading = loadProject({ ...options, onConfig: (loaded) => announce(toLoadedProject(loaded)) });
  // A promise settles once: a load that ends first, or fails, announces nothing.
  loading.then(
    () => announce(undefined),
    () => announce(undefined),
  );
  return { loading, config };
}

function toLoadedProject(loaded: LoadResult): LoadedProject {
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
