import type { Diagnostic, SourceLocation } from "./diagnostics.js";
import { isJsonObject, type JsonObject } from "./json.js";
import { anyOf, arrayOf, number, object, recordOf, required, string } from "./schema.js";
import { SECRET_NAME } from "./secrets.js";

/** How to reach one environment's PostHog project. The key itself never lives in the file. */
export interface EnvironmentConfig {
  host: string;
  projectId: string;
  /** Name of the environment variable (or Action secret) that holds the personal API key. */
  apiKeyEnv: string;
}

/** The repository's `posthog.config.ts`: where definitions live and which projects to plan. */
export interface ProjectConfig {
  dir: string;
  environments: Record<string, EnvironmentConfig>;
  /**
   * This repository's ownership scope, written into the identity of what it
   * creates, so two repositories can share a project without either one
   * planning, changing or pruning the other's resources.
   */
  owner?: string;
  /**
   * The environment variables definitions may name with `secret()`: the only ones whose values
   * apply reads, since definitions are untrusted code (`src/engine/secrets.ts`).
   */
  secrets?: string[];
}

/** What an owner may be: it is written into tags, which PostHog lower-cases. */
export const OWNER_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}$/;

/**
 * The only variables a config may name as an environment's key. A config that
 * could name any variable could have the tool send `ACTIONS_RUNTIME_TOKEN` or
 * `GITHUB_TOKEN` as a Bearer token; `POSTHOG_*` keeps keys among PostHog's.
 */
export const KEY_VARIABLE = /^POSTHOG_[A-Z0-9_]+$/;

/**
 * Variables no config may allow as a secret: PostHog keys and the runner's own tokens, which a
 * definition could otherwise have sent into a hog function's input.
 */
export const RESERVED_SECRET = /^(POSTHOG_|GITHUB_|ACTIONS_|RUNNER_|INPUT_)/;

/** Defaults when a repository has no config file: one environment from POSTHOG_* variables. */
export const DEFAULT_CONFIG: ProjectConfig = { dir: "posthog", environments: {} };

const configSchema = object({
  dir: string({ nonEmpty: true }),
  owner: string({ pattern: OWNER_PATTERN, patternHint: "use lower-case letters, digits, '.', '_' and '-' (at most 63)" }),
  secrets: arrayOf(string({ pattern: SECRET_NAME, patternHint: "name an environment variable: upper-case letters, digits and _" })),
  environments: recordOf(
    object({
      host: required(string({ pattern: /^https?:\/\//, patternHint: "must be an http(s) URL" })),
      projectId: required(anyOf(number({ integer: true, min: 1 }), string({ pattern: /^\d+$/, patternHint: "must be a numeric project id" }))),
      apiKeyEnv: required(string({ pattern: KEY_VARIABLE, patternHint: "must be a variable named POSTHOG_… (upper-case letters, digits and _), so no config can name a token such as GITHUB_TOKEN" })),
    }),
  ),
});

/**
 * Validates the config file's data. Environment names become part of comment
 * markers and job names, so they are limited to a safe character set.
 */
export function parseConfig(raw: JsonObject | undefined, source?: SourceLocation): { config: ProjectConfig; diagnostics: Diagnostic[] } {
  if (!raw) return { config: DEFAULT_CONFIG, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  configSchema.check(raw, "", (field, message) => diagnostics.push({ severity: "error", code: "invalid-config", message, source, field }));
  const environments: Record<string, EnvironmentConfig> = {};
  for (const [name, value] of Object.entries(isJsonObject(raw.environments) ? raw.environments : {})) {
    if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(name)) {
      diagnostics.push({ severity: "error", code: "invalid-config", message: `environment name "${name}" must be lower-case letters, digits, "-" or "_"`, source, field: `environments.${name}` });
    }
    if (!isJsonObject(value)) continue;
    environments[name] = { host: String(value.host).replace(/\/+$/, ""), projectId: String(value.projectId), apiKeyEnv: String(value.apiKeyEnv) };
  }
  const owner = typeof raw.owner === "string" && OWNER_PATTERN.test(raw.owner) ? { owner: raw.owner } : {};
  const secrets = (Array.isArray(raw.secrets) ? raw.secrets : []).filter((name): name is string => typeof name === "string" && SECRET_NAME.test(name));
  secrets.forEach((name, index) => {
    if (RESERVED_SECRET.test(name)) diagnostics.push({ severity: "error", code: "invalid-config", message: `${name} cannot be a secret: PostHog keys and the runner's variables (POSTHOG_, GITHUB_, ACTIONS_, RUNNER_, INPUT_) never go into definitions`, source, field: `secrets.${index}` });
  });
  const allowed = secrets.filter((name) => !RESERVED_SECRET.test(name));
  return { config: { dir: typeof raw.dir === "string" ? raw.dir : DEFAULT_CONFIG.dir, environments, ...owner, ...(allowed.length > 0 ? { secrets: [...new Set(allowed)].sort() } : {}) }, diagnostics };
}
