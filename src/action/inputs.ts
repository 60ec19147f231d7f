import { isAbsolute, relative, resolve } from "node:path";
import { ToolError } from "../core/errors.js";

/** What the action does in one run; `auto` picks it from the triggering event. */
export const MODES = ["auto", "plan", "apply", "prune", "drift"] as const;
export type Mode = (typeof MODES)[number];

/** When the pull-request comment is written: always, only when a plan has changes, or never. */
export const COMMENT_POLICIES = ["always", "changes-only", "never"] as const;
export type CommentPolicy = (typeof COMMENT_POLICIES)[number];

/**
 * One row per input of `action.yml`: name, whether the runner must supply it and
 * its default. A test compares this table with `action.yml`, so the two cannot
 * drift apart. `expression` marks defaults the runner evaluates (`${{ ... }}`),
 * which the parser must never apply literally.
 */
export const INPUTS = [
  { name: "mode", required: false, default: "auto" },
  { name: "environment", required: false, default: "" },
  { name: "github-token", required: false, default: "${{ github.token }}", expression: true },
  { name: "working-directory", required: false, default: "." },
  { name: "config-file", required: false, default: "posthog.config.ts" },
  { name: "host", required: false, default: "" },
  { name: "project-id", required: false, default: "" },
  { name: "api-key", required: false, default: "" },
  { name: "allowed-hosts", required: false, default: "" },
  { name: "comment", required: false, default: "always" },
  { name: "allow-stale-plan", required: false, default: "false" },
  { name: "apply-without-review", required: false, default: "false" },
  { name: "dry-run", required: false, default: "true" },
  { name: "rotate-secrets", required: false, default: "false" },
  { name: "confirm", required: false, default: "" },
  { name: "max-deletions", required: false, default: "10" },
  { name: "allow-empty-prune", required: false, default: "false" },
  { name: "drift-label", required: false, default: "posthog-drift" },
  { name: "allow-untrusted-code", required: false, default: "false" },
  { name: "checks", required: false, default: "true" },
  { name: "labels", required: false, default: "false" },
  { name: "fail-on-drift", required: false, default: "false" },
  { name: "fail-on-check-warnings", required: false, default: "false" },
  { name: "drift-ignore", required: false, default: "" },
  { name: "drift-adopt-pr", required: false, default: "false" },
] as const satisfies readonly { name: string; required: boolean; default: string; expression?: boolean }[];

/** The name of an input, as written in `action.yml`. */
export type InputName = (typeof INPUTS)[number]["name"];

/** Every input, parsed and validated once; the rest of the action reads only this. */
export interface ActionSettings {
  mode: Mode;
  /** One environment from `posthog.config.ts`; required for apply and prune when several exist. */
  environment?: string;
  githubToken: string;
  /** Absolute directory holding `posthog.config.ts` and the definitions, inside the workspace. */
  root: string;
  configFile: string;
  /** Connection without a config file (single environment `default`). */
  host?: string;
  projectId?: string;
  apiKey?: string;
  /** Origins besides PostHog's clouds that keys may be sent to (self-hosted PostHog). */
  allowedHosts: string[];
  comment: CommentPolicy;
  allowStalePlan: boolean;
  applyWithoutReview: boolean;
  dryRun: boolean;
  /** Plan and apply every `secret()` input as sent again (PostHog never returns one). */
  rotateSecrets: boolean;
  confirm?: string;
  maxDeletions: number;
  /** Prune: let a run whose definitions folder yields no definition delete every managed resource. */
  allowEmptyPrune: boolean;
  driftLabel: string;
  allowUntrustedCode: boolean;
  /** Report a check run per environment. */
  checks: boolean;
  /** Keep the `posthog:*` labels on the pull request. */
  labels: boolean;
  failOnDrift: boolean;
  /** Plan: warnings of the checks against the project (names never ingested, property types) fail the plan too. */
  failOnCheckWarnings: boolean;
  /** Drift ignore rules, one per line, parsed by the drift mode. */
  driftIgnore: string[];
  /** Drift: keep one pull request per drifted environment that writes the live values into the definitions. */
  driftAdoptPr: boolean;
}

/** A bad input value; the message names the input so the user knows what to fix. */
export class InputError extends ToolError {
  constructor(message: string) {
    super("usage", message);
    this.name = "InputError";
  }
}

function pickOne<T extends string>(name: InputName, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input ${name} must be one of ${allowed.join(", ")}; got "${value}"`);
}

/** YAML 1.2 core-schema booleans, the spellings `core.getBooleanInput` accepts. */
function toBoolean(name: InputName, value: string): boolean {
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`input ${name} must be true or false; got "${value}"`);
}

/**
 * Reads and validates every input into one settings object. `read` returns the
 * raw, trimmed value ("" when unset), so tests can pass a plain map while the
 * action passes `core.getInput`. Defaults from the table apply to empty values,
 * because runs outside a runner (and `with: { x: "" }`) deliver them empty.
 */
export function parseInputs(read: (name: InputName) => string, workspace: string): ActionSettings {
  const value = (name: InputName): string => {
    const raw = read(name).trim();
    if (raw !== "") return raw;
    const spec = INPUTS.find((input) => input.name === name)!;
    return "expression" in spec ? "" : spec.default;
  };
  const optional = (name: InputName): string | undefined => value(name) || undefined;

  const githubToken = value("github-token");
  if (githubToken === "") throw new InputError("input github-token is empty; pass ${{ github.token }} or a token with pull-requests and issues write access");

  const root = resolve(workspace, value("working-directory"));
  const inside = relative(resolve(workspace), root);
  if (inside.startsWith("..") || isAbsolute(inside)) throw new InputError(`input working-directory must stay inside the workspace; got "${value("working-directory")}"`);

  const environment = optional("environment");
  if (environment !== undefined && !/^[a-z0-9][a-z0-9_-]{0,39}$/.test(environment)) {
    throw new InputError(`input environment must be an environment name from posthog.config.ts (lower-case letters, digits, "-", "_"); got "${environment}"`);
  }
  const projectId = optional("project-id");
  if (projectId !== undefined && !/^\d+$/.test(projectId)) throw new InputError(`input project-id must be a numeric project id; got "${projectId}"`);
  const host = optional("host");
  if (host !== undefined && !/^https?:\/\/[^\s]+$/.test(host)) throw new InputError(`input host must be an http(s) URL; got "${host}"`);
  const maxDeletions = value("max-deletions");
  if (!/^\d+$/.test(maxDeletions)) throw new InputError(`input max-deletions must be a whole number; got "${maxDeletions}"`);
  const driftLabel = value("drift-label");
  if (driftLabel.length > 50 || driftLabel.includes(",")) throw new InputError(`input drift-label must be a label name without commas (at most 50 characters); got "${driftLabel}"`);

  return {
    mode: pickOne("mode", value("mode"), MODES),
    environment,
    githubToken,
    root,
    configFile: value("config-file"),
    host,
    projectId,
    apiKey: optional("api-key"),
    allowedHosts: parseAllowedHosts(value("allowed-hosts")),
    comment: pickOne("comment", value("comment"), COMMENT_POLICIES),
    allowStalePlan: toBoolean("allow-stale-plan", value("allow-stale-plan")),
    applyWithoutReview: toBoolean("apply-without-review", value("apply-without-review")),
    dryRun: toBoolean("dry-run", value("dry-run")),
    rotateSecrets: toBoolean("rotate-secrets", value("rotate-secrets")),
    confirm: optional("confirm"),
    maxDeletions: Number(maxDeletions),
    allowEmptyPrune: toBoolean("allow-empty-prune", value("allow-empty-prune")),
    driftLabel,
    allowUntrustedCode: toBoolean("allow-untrusted-code", value("allow-untrusted-code")),
    checks: toBoolean("checks", value("checks")),
    labels: toBoolean("labels", value("labels")),
    failOnDrift: toBoolean("fail-on-drift", value("fail-on-drift")),
    failOnCheckWarnings: toBoolean("fail-on-check-warnings", value("fail-on-check-warnings")),
    driftAdoptPr: toBoolean("drift-adopt-pr", value("drift-adopt-pr")),
    driftIgnore: value("drift-ignore").split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#")),
  };
}

/** The origins of the allowed-hosts input: URLs or bare host names (https), separated by commas or new lines. */
function parseAllowedHosts(raw: string): string[] {
  return raw
    .split(/[\s,]+/)
    .filter((entry) => entry !== "")
    .map((entry) => {
      let url: URL | undefined;
      try {
        url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) ? entry : `https://${entry}`);
      } catch {
        url = undefined;
      }
      if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password || !["", "/"].includes(url.pathname) || url.search || url.hash) {
        throw new InputError(`input allowed-hosts must list hosts or origins such as https://posthog.example.com; got "${entry}"`);
      }
      return url.origin;
    });
}

/**
 * The mode a run takes: the `mode` input when set, else the one the event
 * implies. Events with no obvious mode must name one, so nothing runs by guess.
 */
export function resolveMode(mode: Mode, eventName: string): Exclude<Mode, "auto"> {
  if (mode !== "auto") return mode;
  switch (eventName) {
    case "pull_request":
    case "pull_request_target":
    case "merge_group":
      return "plan";
    case "push":
      return "apply";
    case "workflow_dispatch":
      return "prune";
    case "schedule":
      return "drift";
    default:
      throw new InputError(`cannot pick a mode for the "${eventName}" event; set the mode input to plan, apply, prune or drift`);
  }
}
