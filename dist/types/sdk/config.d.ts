import type { JsonValue } from "./json.js";
/**
 * A value that differs by environment, e.g. a 100% rollout in staging and 10% in
 * production. The plan shows the value of the environment being planned; an
 * environment with no entry takes `fallback`, or is an error without one.
 */
export declare function perEnvironment<T extends JsonValue>(values: Record<string, T>, fallback?: T): T;
/** One environment in `posthog.config.ts`: its project and where its API key comes from. */
export interface EnvironmentSpec {
    host: string;
    projectId: number | string;
    /** Environment variable (an Actions secret in CI) that holds this environment's personal API key. */
    apiKeyEnv: string;
}
/** Fields of `defineConfig()`. */
export interface ConfigSpec {
    dir?: string;
    environments?: Record<string, EnvironmentSpec>;
    /** This repository's ownership scope in projects it shares with other repositories (lower-case letters, digits, ".", "_", "-"). */
    owner?: string;
    /** Environment variables definitions may name with `secret()`; apply reads no other. */
    secrets?: string[];
}
/** The repository's `posthog.config.ts`: the definitions directory and the environments to plan. */
export declare function defineConfig(spec: ConfigSpec): ConfigSpec;
