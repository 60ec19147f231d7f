import type { StartedRead } from "../core/observe.js";
import type { ProjectConfig } from "../core/config.js";
import { hasErrors } from "../core/diagnostics.js";
import type { ProgressSink } from "../core/ports.js";
import type { PostHogProjectApi } from "../adapters/posthog/client.js";
import type { LoadedProject } from "./load-project.js";
import type { Connection } from "./project.js";

/** The client's module (undici and the engine) is parsed while the config loads, not before (issue 14). */
const loadEngine = () => import("./project.js");

/** A plan's reads, started from the config alone while the definitions were still loading. */
export interface EarlyReads {
  connection: Connection;
  api: PostHogProjectApi;
  started: StartedRead;
}

/**
 * Starts the plan's read-only GETs from the config the loader announced before the definitions,
 * when it names a connection, so the reads overlap loading and validation (issue 14). Writes never
 * start here. Anything the config alone cannot settle (a load problem, a missing key) yields no
 * early reads: the full load then reports it as it always did.
 */
export async function readWhileLoading(options: {
  config: Promise<LoadedProject | undefined>;
  locate: (config: ProjectConfig) => Connection | Promise<Connection>;
  progress?: ProgressSink;
}): Promise<EarlyReads | undefined> {
  const { locate, progress, config } = options;
  const [early] = await readEachWhileLoading({ config, locate: async (project) => [await locate(project.config)], ...(progress ? { progress: () => progress } : {}) });
  return early;
}

/**
 * {@link readWhileLoading} for every connection `locate` names from the one config: the Action
 * plans several environments, and only it knows which of them this run trusts with a key. A
 * `locate` that throws, like a config that does not load, yields no early reads.
 */
export async function readEachWhileLoading(options: {
  config: Promise<LoadedProject | undefined>;
  locate: (project: LoadedProject) => Promise<Connection[]>;
  progress?: (connection: Connection) => ProgressSink;
}): Promise<EarlyReads[]> {
  let connections: Connection[];
  const engine = loadEngine();
  try {
    const project = await options.config;
    if (project === undefined || hasErrors(project.diagnostics)) return [];
    connections = await options.locate(project);
  } catch {
    return [];
  }
  const { connect, startReading } = await engine;
  return connections.map((connection) => {
    const api = connect(connection);
    return { connection, api, started: startReading(api, connection, options.progress?.(connection)) };
  });
}

/**
 * The client and reads a plan for `connection` should use: the early ones when the full load's
 * config names the same connection (it is the same file, so it does unless it changed meanwhile),
 * otherwise a fresh client, the early one's reads dropped.
 */
export async function takeOverReads(early: EarlyReads | undefined, connection: Connection): Promise<{ api: PostHogProjectApi; started?: StartedRead }> {
  if (early && sameConnection(early.connection, connection)) return { api: early.api, started: early.started };
  await early?.api.abandon();
  return { api: (await loadEngine()).connect(connection) };
}

function sameConnection(left: Connection, right: Connection): boolean {
  const fields = (c: Connection) => [c.environment, c.host, c.projectId, c.apiKey, c.apiKeySource, c.rateLimited, c.owner];
  const [a, b] = [fields(left), fields(right)];
  return a.every((value, i) => value === b[i]);
}
