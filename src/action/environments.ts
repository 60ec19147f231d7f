import { KEY_VARIABLE, type ProjectConfig } from "../core/config.js";
import { completeConnection, ConfigError, locateConnection, type Connection } from "../engine/project.js";
import type { ActionSettings } from "./inputs.js";

/** The environment name used when `posthog.config.ts` defines none. */
export const DEFAULT_ENVIRONMENT = "default";

/** One PostHog project the action may plan, apply or check, and its key if this job holds it. */
export interface EnvironmentTarget {
  name: string;
  /** True for environments named in the config file; their `perEnvironment()` values apply. */
  configured: boolean;
  host: string;
  projectId: string;
  /** Where the key comes from, for messages ("POSTHOG_STAGING_KEY"); never the key itself. */
  keySource: string;
  apiKey?: string;
  /** The repository's ownership scope, from posthog.config.ts. */
  owner?: string;
}

/**
 * Lists the environments to work on: every one in the config (or only the one
 * the `environment` input names), or a single `default` from the host,
 * project-id and api-key inputs and the POSTHOG_* variables when the config
 * defines none, located as the CLI locates them (`locateConnection`). Keys are
 * read only from `POSTHOG_…` variables the config names, or the api-key input.
 */
export function listTargets(config: ProjectConfig, settings: ActionSettings, env: Record<string, string | undefined>): EnvironmentTarget[] {
  const names = Object.keys(config.environments);
  if (names.length === 0) {
    if (settings.environment !== undefined && settings.environment !== DEFAULT_ENVIRONMENT) {
      throw new ConfigError(`input environment is "${settings.environment}", but posthog.config.ts defines no environments`);
    }
    const located = locateConnection(config, { host: settings.host, projectId: settings.projectId, env });
    const apiKey = settings.apiKey ?? env[located.keyVariable];
    return [{
      name: DEFAULT_ENVIRONMENT,
      configured: false,
      host: located.host,
      projectId: located.projectId,
      keySource: settings.apiKey ? "the api-key input" : located.keyVariable,
      ...(apiKey ? { apiKey } : {}),
      ...(located.owner ? { owner: located.owner } : {}),
    }];
  }
  if (settings.host || settings.projectId || settings.apiKey) {
    throw new ConfigError("the host, project-id and api-key inputs apply only when posthog.config.ts defines no environments; map each environment's key to the variable its apiKeyEnv names");
  }
  if (settings.environment !== undefined && !names.includes(settings.environment)) {
    throw new ConfigError(`unknown environment "${settings.environment}" (posthog.config.ts defines: ${names.join(", ")})`);
  }
  return names
    .filter((name) => settings.environment === undefined || name === settings.environment)
    .map((name) => {
      const located = locateConnection(config, { environment: name, env });
      const apiKey = KEY_VARIABLE.test(located.keyVariable) ? env[located.keyVariable] : undefined;
      return { name, configured: true, host: located.host, projectId: located.projectId, keySource: located.keyVariable, ...(apiKey ? { apiKey } : {}), ...(located.owner ? { owner: located.owner } : {}) };
    });
}

/** The single environment apply and prune work on; several configured ones need the input to choose. */
export function pickTarget(targets: readonly EnvironmentTarget[]): EnvironmentTarget {
  if (targets.length !== 1) {
    throw new ConfigError(`set the environment input to one of: ${targets.map((t) => t.name).join(", ")} (apply and prune work on one environment per job; use a matrix)`);
  }
  return targets[0]!;
}

/** PostHog's cloud hosts: the only places a key goes unless the allowed-hosts input names another. */
export const POSTHOG_CLOUD_HOSTS = ["https://us.posthog.com", "https://eu.posthog.com", "https://app.posthog.com", "https://us.i.posthog.com", "https://eu.i.posthog.com"] as const;

/** True when a host's origin is a PostHog cloud host or one of the allowed origins. */
export function isAllowedHost(host: string, allowedHosts: readonly string[]): boolean {
  let origin: string;
  try {
    origin = new URL(host).origin;
  } catch {
    return false;
  }
  return (POSTHOG_CLOUD_HOSTS as readonly string[]).includes(origin) || allowedHosts.includes(origin);
}

/**
 * The connection for a target whose key this job holds, checked as the CLI's
 * is (`completeConnection`). It is built from the target alone, whose host,
 * project and key variable came from a trusted source, and only to a PostHog
 * cloud host or one the allowed-hosts input lists, so no configuration can
 * send a key anywhere else.
 */
export function connectionOf(target: EnvironmentTarget, settings: ActionSettings, env: Record<string, string | undefined>): Connection {
  if (!target.apiKey) throw new ConfigError(`no API key for environment "${target.name}": set ${target.keySource} in this job (for example from a repository secret)`);
  if (!isAllowedHost(target.host, settings.allowedHosts)) {
    throw new ConfigError(
      `environment "${target.name}" points at ${target.host}, which is not a PostHog cloud host (${POSTHOG_CLOUD_HOSTS.map((h) => new URL(h).host).join(", ")}); ` +
        "keys are sent only there and to the hosts the allowed-hosts input lists",
    );
  }
  const located = { ...(target.configured ? { environment: target.name } : {}), ...(target.owner ? { owner: target.owner } : {}), host: target.host, projectId: target.projectId };
  return completeConnection(located, { value: target.apiKey, source: target.keySource }, env);
}

/**
 * True when this job holds PostHog credentials: a key input, or any variable
 * that looks like a PostHog key. Used before evaluating fork code, when the
 * config (itself fork code) cannot yet be trusted to say which variables matter.
 */
export function holdsPostHogSecrets(settings: ActionSettings, env: Record<string, string | undefined>): boolean {
  if (settings.apiKey) return true;
  return Object.entries(env).some(([name, value]) => !!value && (value.startsWith("phx_") || /POSTHOG.*KEY/i.test(name)));
}
