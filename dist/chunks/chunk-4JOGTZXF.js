import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SECRET_NAME,
  anyOf,
  arrayOf,
  isJsonObject,
  number,
  object,
  recordOf,
  required,
  string
} from "./chunk-2AROFJEV.js";

// src/core/config.ts
var OWNER_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}$/;
var KEY_VARIABLE = /^POSTHOG_[A-Z0-9_]+$/;
var RESERVED_SECRET = /^(POSTHOG_|GITHUB_|ACTIONS_|RUNNER_|INPUT_)/;
var DEFAULT_CONFIG = { dir: "posthog", environments: {} };
var configSchema = object({
  dir: string({ nonEmpty: true }),
  owner: string({ pattern: OWNER_PATTERN, patternHint: "use lower-case letters, digits, '.', '_' and '-' (at most 63)" }),
  secrets: arrayOf(string({ pattern: SECRET_NAME, patternHint: "name an environment variable: upper-case letters, digits and _" })),
  environments: recordOf(
    object({
      host: required(string({ pattern: /^https?:\/\//, patternHint: "must be an http(s) URL" })),
      projectId: required(anyOf(number({ integer: true, min: 1 }), string({ pattern: /^\d+$/, patternHint: "must be a numeric project id" }))),
      apiKeyEnv: required(string({ pattern: KEY_VARIABLE, patternHint: "must be a variable named POSTHOG_… (upper-case letters, digits and _), so no config can name a token such as GITHUB_TOKEN" }))
    })
  )
});
function parseConfig(raw, source) {
  if (!raw) return { config: DEFAULT_CONFIG, diagnostics: [] };
  const diagnostics = [];
  configSchema.check(raw, "", (field, message) => diagnostics.push({ severity: "error", code: "invalid-config", message, source, field }));
  const environments = {};
  for (const [name, value] of Object.entries(isJsonObject(raw.environments) ? raw.environments : {})) {
    if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(name)) {
      diagnostics.push({ severity: "error", code: "invalid-config", message: `environment name "${name}" must be lower-case letters, digits, "-" or "_"`, source, field: `environments.${name}` });
    }
    if (!isJsonObject(value)) continue;
    environments[name] = { host: String(value.host).replace(/\/+$/, ""), projectId: String(value.projectId), apiKeyEnv: String(value.apiKeyEnv) };
  }
  const owner = typeof raw.owner === "string" && OWNER_PATTERN.test(raw.owner) ? { owner: raw.owner } : {};
  const secrets = (Array.isArray(raw.secrets) ? raw.secrets : []).filter((name) => typeof name === "string" && SECRET_NAME.test(name));
  secrets.forEach((name, index) => {
    if (RESERVED_SECRET.test(name)) diagnostics.push({ severity: "error", code: "invalid-config", message: `${name} cannot be a secret: PostHog keys and the runner's variables (POSTHOG_, GITHUB_, ACTIONS_, RUNNER_, INPUT_) never go into definitions`, source, field: `secrets.${index}` });
  });
  const allowed = secrets.filter((name) => !RESERVED_SECRET.test(name));
  return { config: { dir: typeof raw.dir === "string" ? raw.dir : DEFAULT_CONFIG.dir, environments, ...owner, ...allowed.length > 0 ? { secrets: [...new Set(allowed)].sort() } : {} }, diagnostics };
}

export {
  KEY_VARIABLE,
  RESERVED_SECRET,
  DEFAULT_CONFIG,
  parseConfig
};
