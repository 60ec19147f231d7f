import { RESERVED_SECRET, type ProjectConfig } from "../core/config.js";
import type { SecretValues } from "../core/secrets.js";

/**
 * The secret values apply may put into requests: a variable is read only when the trusted
 * configuration (`posthog.config.ts`; in the Action, the commit being applied) lists it in
 * `secrets`, never a PostHog key or a runner token, and only from the environment the entry
 * point passes in. Definitions themselves never see the environment.
 */
export function readSecretValues(config: ProjectConfig, env: Record<string, string | undefined>): SecretValues {
  const allowed = new Set((config.secrets ?? []).filter((name) => !RESERVED_SECRET.test(name)));
  return {
    valueOf(name) {
      const value = allowed.has(name) ? env[name] : undefined;
      return value === undefined || value === "" ? undefined : value;
    },
    explain(name) {
      if (!allowed.has(name)) return `posthog.config.ts does not list ${name} in secrets, so its value is never read`;
      return `the environment variable ${name} is not set`;
    },
  };
}
