import { categoryOf, type ErrorCategory } from "../core/errors.js";
import type { FailureReason } from "./outputs.js";

/** The failure reason of each error category: the one place a thrown failure becomes a `failure-reason`. */
const FAILURE_REASONS: Readonly<Record<ErrorCategory, FailureReason>> = {
  "invalid-definitions": "invalid-definitions",
  configuration: "invalid-config",
  usage: "invalid-input",
  "untrusted-code": "untrusted-code",
  auth: "auth",
  api: "api-error",
  safety: "api-error",
  github: "github-api",
  internal: "internal",
};

/**
 * Maps any thrown value to a failure reason and a message fit for logs, comments
 * and issues. Messages come from our own errors, PostHog's error bodies or
 * GitHub's, none of which carry a key or token.
 */
export function classifyError(error: unknown): { reason: FailureReason; message: string } {
  return { reason: FAILURE_REASONS[categoryOf(error)], message: error instanceof Error ? error.message : String(error) };
}
