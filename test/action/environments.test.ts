import { describe, expect, it } from "vitest";
import { connectionOf, listTargets } from "../../src/action/environments.js";
import { parseInputs, type InputName } from "../../src/action/inputs.js";
import type { ProjectConfig } from "../../src/core/config.js";
import { ConfigError, resolveConnection } from "../../src/engine/project.js";

const settings = (values: Partial<Record<InputName, string>> = {}) => parseInputs((name) => values[name] ?? (name === "github-token" ? "ghs_token" : ""), "/work/repo");
const NONE: ProjectConfig = { dir: "posthog", environments: {} };
const STAGING: ProjectConfig = { dir: "posthog", environments: { staging: { host: "https://eu.posthog.com", projectId: "7", apiKeyEnv: "POSTHOG_STAGING_KEY" } } };

// The CLI and the Action locate a project with one resolver, so their defaults cannot drift apart.
describe("the Action's connections", () => {
  it("are the CLI's for the same config and variables", () => {
    const cases: { config: ProjectConfig; env: Record<string, string>; environment?: string }[] = [
      { config: NONE, env: { POSTHOG_PROJECT_ID: "12", POSTHOG_PERSONAL_API_KEY: "phx_default" } },
      { config: NONE, env: { POSTHOG_HOST: "https://eu.posthog.com/", POSTHOG_PROJECT_ID: "12", POSTHOG_PERSONAL_API_KEY: "phx_default\n", POSTHOG_RATE_LIMIT: "off" } },
      { config: STAGING, env: { POSTHOG_STAGING_KEY: "phx_staging", POSTHOG_PROJECT_ID: "99", POSTHOG_HOST: "https://us.posthog.com" }, environment: "staging" },
    ];
    for (const { config, env, environment } of cases) {
      const [target] = listTargets(config, settings(), env);
      expect(connectionOf(target!, settings(), env)).toEqual(resolveConnection(config, { environment, env }));
    }
  });

  it("take explicit inputs over the POSTHOG_* variables, as the CLI takes flags", () => {
    const env = { POSTHOG_HOST: "https://us.posthog.com", POSTHOG_PROJECT_ID: "12", POSTHOG_PERSONAL_API_KEY: "phx_default" };
    const [target] = listTargets(NONE, settings({ host: "https://eu.posthog.com", "project-id": "34" }), env);
    expect(connectionOf(target!, settings(), env)).toEqual(resolveConnection(NONE, { host: "https://eu.posthog.com", projectId: "34", env }));
  });

  it("name the variable the key came from when it is not a key", () => {
    const env = { POSTHOG_STAGING_KEY: "phx_abc def" };
    const [target] = listTargets(STAGING, settings(), env);
    expect(() => connectionOf(target!, settings(), env)).toThrow(new ConfigError("POSTHOG_STAGING_KEY holds spaces, line breaks or other characters no personal API key has; set it to the key alone"));
    const input = listTargets(NONE, settings({ "api-key": "phx_abc def", "project-id": "1" }), {});
    expect(() => connectionOf(input[0]!, settings(), {})).toThrow("the api-key input holds spaces, line breaks or other characters no personal API key has; set it to the key alone");
  });
});
