import type { ProjectConfig } from "../core/config.js";
import type { EarlyReads } from "../engine/early-reads.js";
import type { LoadedProject } from "../engine/load-project.js";
import type { Connection } from "../engine/project.js";
import type { CliIo, Options } from "./options.js";

/** The engine (the HTTP client) is parsed once the loader's process runs, not before it (issue 14). */
export const loadEngine = () => import("../engine/project.js");

/** A load that is under way, with the plan's early reads when the command reads PostHog. */
export interface StartedLoads {
  loading: Promise<LoadedProject>;
  early: Promise<EarlyReads | undefined>;
  /** The connection the command line and the config name (`--environment`, `--host`, `--project`). */
  locate: (config: ProjectConfig) => Promise<Connection>;
}

/**
 * Starts the definitions' load, and for `plan` and `apply` the read-only GETs from the config
 * alone, before the command's own modules (the kinds, the planner, the renderers) are parsed, so
 * the loader's process starts about as soon as Node does (issue 14). Writes never start here.
 */
export async function startLoads(io: CliIo, options: Options, reads: boolean): Promise<StartedLoads> {
  const [{ loadProjectAnnouncingConfig }, { readWhileLoading }] = await Promise.all([import("../engine/load-project.js"), import("../engine/early-reads.js")]);
  const { loading, config } = loadProjectAnnouncingConfig({ root: io.cwd, dir: options.dir, workerPath: io.workerPath });
  // Awaited once the command's modules are parsed; a load that fails before then is not unhandled.
  loading.catch(() => undefined);
  const locate = async (projectConfig: ProjectConfig) => (await loadEngine()).resolveConnection(projectConfig, { environment: options.environment, host: options.host, projectId: options.project, env: io.env });
  if (!reads) return { loading, early: Promise.resolve(undefined), locate };
  const progress = options.verbose ? (e: { message: string }) => io.stderr(`  ${e.message}\n`) : undefined;
  const early = readWhileLoading({ config, locate, ...(progress ? { progress } : {}) });
  return { loading, early, locate };
}
