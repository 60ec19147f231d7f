import { PostHogApiError } from "../adapters/posthog/client.js";
import { GitHubApiError } from "../adapters/github/client.js";
import { SafetyError } from "../core/apply.js";
import { ConfigError } from "../engine/project.js";
import { InputError } from "./inputs.js";
import type { FailureReason } from "./outputs.js";

/** A failure the action reports with a precise reason, raised where the cause is known. */
export class ActionFailure extends Error {
  readonly reason: FailureReason;

  constructor(reason: FailureReason, message: string) {
    super(message);
    this.name = "ActionFailure";
    this.reason = reason;
  }
}

/**
 * Maps any thrown value to a failure reason and a message fit for logs, comments
 * and issues. Messages come from our own errors, PostHog's error bodies or
 * GitHub's, none of which carry a key or token.
 */
export function classifyError(error: unknown): { reason: FailureReason; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ActionFailure) return { reason: error.reason, message };
  if (error instanceof InputError) return { reason: "invalid-input", message };
  if (error instanceof ConfigError) return { reason: "invalid-config", message };
  if (error instanceof PostHogApiError) return { reason: error.status === 401 || error.status === 403 ? "auth" : "api-error", message };
  if (error instanceof SafetyError) return { reason: "api-error", message };
  if (error instanceof GitHubApiError) return { reason: "github-api", message };
  return { reason: "internal", message };
}
