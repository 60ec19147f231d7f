import { checkHogQL } from "../adapters/hogql/check.js";
import { locateDiagnostics } from "../adapters/loader/load.js";
import { createPostHogClient, type PostHogProjectApi } from "../adapters/posthog/client.js";
import { KEY_VARIABLE, type EnvironmentConfig, type ProjectConfig } from "../core/config.js";
import { buildDesiredState } from "../core/desired.js";
import { hasErrors } from "../core/diagnostics.js";
import { ToolError } from "../core/errors.js";
import { warnUnlistedSecrets } from "../core/secrets.js";
import type { DesiredResource } from "../core/model.js";
import { readProjectState, startProjectRead, type StartedRead } from "../core/observe.js";
import { createPlan } from "../core/plan/plan.js";
import { assertStaffWrites } from "../core/staff-writes.js";
import type { Plan } from "../core/plan/types.js";
import type { ProgressSink } from "../core/ports.js";
import { checkAgainstProject } from "./checks.js";
import type { LoadedProject } from "./load-project.js";

// The engine's callers load through here; the CLI imports load-project.js alone to start loading sooner.
export { loadProject, type LoadedProject } from "./load-project.js";

/** Where to send API calls for one environment. The key is held here and nowhere else. */
export interface Connection {
  environment?: string;
  host: string;
  projectId: string;
  apiKey: string;
  /** The variable the key was read from, for error messages. */
  apiKeySource?: string;
  rateLimited?: boolean;
  /** The repository's ownership scope: only resources it owns are planned, changed or pruned. */
  owner?: string;
}

/**
 * Validates definitions for one environment, offline: schema and references,
 * with field diagnostics placed on their own lines, and every HogQL string
 * parsed with PostHog's parser, with errors at the line and column inside it.
 */
export async function validateProject(project: LoadedProject, root: string, environment?: string) {
  const desired = buildDesiredState(project.definitions, environment, { owner: project.config.owner });
  const diagnostics = [
    ...project.diagnostics,
    ...(await locateDiagnostics(desired.diagnostics, root)),
    ...(await checkHogQL(project.definitions, root)),
    ...warnUnlistedSecrets(desired.resources, project.config.secrets ?? []),
  ];
  return { resources: desired.resources, diagnostics, valid: !hasErrors(diagnostics) };
}

/** Opens the PostHog client for a connection. */
export function connect(connection: Connection): PostHogProjectApi {
  return createPostHogClient({
    host: connection.host,
    projectId: connection.projectId,
    apiKey: connection.apiKey,
    ...(connection.apiKeySource ? { apiKeySource: connection.apiKeySource } : {}),
    ...(connection.rateLimited === false ? { rateLimits: false as const } : {}),
  });
}

/**
 * Reads one project and plans the desired resources against it. With `checks`, the plan also
 * carries what `checkAgainstProject` found (findings placed in the files under `checks.root`),
 * and progress reports the requests and time the checks added.
 */
export async function planProject(options: {
  api: PostHogProjectApi;
  connection: Connection;
  resources: Awaited<ReturnType<typeof validateProject>>["resources"];
  prune: boolean;
  progress?: ProgressSink;
  checks?: { root?: string };
  /** Plan every declared secret as sent again (`--rotate-secrets`). */
  rotateSecrets?: boolean;
  /** Reads begun by {@link startReading} while the definitions loaded, taken over rather than sent again. */
  started?: StartedRead;
  /** The base branch's desired state (`engine/base.ts`), so the plan says which changes undo edits made in PostHog. */
  base?: readonly DesiredResource[];
}): Promise<Plan> {
  const declared = [...new Set(options.resources.map((r) => r.kind))];
  const owner = options.connection.owner;
  await assertStaffWrites(options.api, options.resources);
  const { observed, unmanaged, unreadable, rows } = await readProjectState(options.api, {
    declared,
    progress: options.progress,
    ...(owner ? { owner } : {}),
    ...(options.started ? { started: options.started } : {}),
    keepRows: options.checks ? ["event-definitions"] : [],
  });
  const plan = createPlan({
    target: {
      host: options.connection.host.replace(/\/+$/, ""),
      projectId: options.connection.projectId,
      ...(options.connection.environment ? { environment: options.connection.environment } : {}),
      ...(owner ? { owner } : {}),
    },
    desired: options.resources,
    observed,
    unmanaged,
    unreadable,
    prune: options.prune,
    ...(options.rotateSecrets ? { rotateSecrets: true } : {}),
    ...(options.base ? { base: options.base } : {}),
  });
  if (!options.checks) return plan;
  const [requests, started] = [options.api.stats.requests, performance.now()];
  const checks = await checkAgainstProject({ api: options.api, plan, resources: options.resources, events: rows.get("event-definitions") ?? unreadable.find((u) => u.kind === "event-definitions")?.reason ?? "unavailable", ...options.checks });
  options.progress?.({ phase: "read", message: `checked against the project in ${options.api.stats.requests - requests} request(s), ${Math.round(performance.now() - started)} ms` });
  return { ...plan, checks };
}

/**
 * Starts a plan's read-only GETs for a connection before the definitions are known, so they
 * overlap loading and validation (issue 14); writes still wait for a valid plan. {@link planProject}
 * takes the reads over when given them; dropped, they only cost the GETs.
 */
export function startReading(api: PostHogProjectApi, connection: Connection, progress?: ProgressSink): StartedRead {
  return startProjectRead(api, { ...(connection.owner ? { owner: connection.owner } : {}), ...(progress ? { progress } : {}) });
}

/** A configuration problem the user must fix before anything can run (exit code 3). */
export class ConfigError extends ToolError {
  constructor(message: string) {
    super("configuration", message);
    this.name = "ConfigError";
  }
}

const DEFAULT_HOST = "https://us.posthog.com";
const DEFAULT_KEY_VARIABLE = "POSTHOG_PERSONAL_API_KEY";

/** Where one environment's requests go and which variable holds its key, before any key is read. */
export interface ConnectionTarget {
  environment?: string;
  /** The repository's ownership scope, from posthog.config.ts. */
  owner?: string;
  /** Without a trailing slash. */
  host: string;
  /** Empty when nothing names a project; `completeConnection` refuses that. */
  projectId: string;
  keyVariable: string;
}

/**
 * Works out which project to talk to, for the CLI and the Action alike (the
 * defaults live here only). A named environment takes host, project and the
 * *name* of its key variable from the config; without one, the POSTHOG_*
 * variables apply. Explicit values (flags, the Action's inputs) override either.
 */
export function locateConnection(
  config: ProjectConfig,
  options: { environment?: string; host?: string; projectId?: string; env: Record<string, string | undefined> },
): ConnectionTarget {
  const named: EnvironmentConfig | undefined = options.environment ? config.environments[options.environment] : undefined;
  const known = Object.keys(config.environments);
  if (options.environment && !named && known.length > 0) {
    throw new ConfigError(`unknown environment "${options.environment}" (posthog.config.ts defines: ${known.sort().join(", ")})`);
  }
  return {
    ...(options.environment ? { environment: options.environment } : {}),
    ...(config.owner ? { owner: config.owner } : {}),
    host: (options.host ?? named?.host ?? options.env.POSTHOG_HOST ?? DEFAULT_HOST).replace(/\/+$/, ""),
    projectId: options.projectId ?? named?.projectId ?? options.env.POSTHOG_PROJECT_ID ?? "",
    keyVariable: named?.apiKeyEnv ?? DEFAULT_KEY_VARIABLE,
  };
}

/** The key a located target's variable holds; only a `POSTHOG_…` variable is ever read. */
export function readKeyVariable(target: ConnectionTarget, env: Record<string, string | undefined>): { value: string | undefined; source: string } {
  if (!KEY_VARIABLE.test(target.keyVariable)) throw new ConfigError(`environment "${target.environment}" names ${target.keyVariable} as its key variable; key variables must be named POSTHOG_…`);
  return { value: env[target.keyVariable], source: target.keyVariable };
}

/**
 * The connection to a located target with its key, checked the same way for
 * the CLI and the Action: a numeric project, a key with no whitespace inside
 * (trimmed of the line break a pasted secret often ends with) and a URL host.
 * Messages name where the key came from, never the key.
 */
export function completeConnection(
  target: Omit<ConnectionTarget, "keyVariable">,
  key: { value: string | undefined; source: string },
  env: Record<string, string | undefined>,
): Connection {
  const apiKey = key.value?.trim();
  if (!target.projectId) throw new ConfigError("no project: set POSTHOG_PROJECT_ID, pass --project, or name an environment from posthog.config.ts");
  if (!/^\d+$/.test(target.projectId)) throw new ConfigError(`the project id must be a number, got "${target.projectId}"`);
  if (!apiKey) throw new ConfigError(`no API key: set ${key.source} to a personal API key with read/write scopes`);
  // A key pasted with a line break inside is not a key, and would be refused as an HTTP header.
  if (!/^[\x21-\x7e]+$/.test(apiKey)) throw new ConfigError(`${key.source} holds spaces, line breaks or other characters no personal API key has; set it to the key alone`);
  try {
    new URL(target.host);
  } catch {
    throw new ConfigError(`the host must be a URL, got "${target.host}"`);
  }
  return {
    ...(target.environment ? { environment: target.environment } : {}),
    ...(target.owner ? { owner: target.owner } : {}),
    host: target.host,
    projectId: target.projectId,
    apiKey,
    apiKeySource: key.source,
    rateLimited: env.POSTHOG_RATE_LIMIT !== "off",
  };
}

/** The CLI's connection: located from the config, flags and variables, with the key its variable holds. */
export function resolveConnection(
  config: ProjectConfig,
  options: { environment?: string; host?: string; projectId?: string; env: Record<string, string | undefined> },
): Connection {
  const target = locateConnection(config, options);
  return completeConnection(target, readKeyVariable(target, options.env), options.env);
}
