import { hasChanges } from "../core/plan/plan.js";
import type { EnvironmentReport } from "../core/plan/report.js";

/**
 * Every output of `action.yml`, in one list that a test compares with the file.
 * Values are strings; structured values are JSON.
 */
export const OUTPUTS = [
  "mode",
  "failure-reason",
  "has-changes",
  "has-deletions",
  "has-changes-per-environment",
  "to-create",
  "to-update",
  "to-delete",
  "counts",
  "plan-json",
  "plan-fingerprint",
  "plan-fingerprints",
  "comment-url",
  "comment-id",
  "applied",
  "failed",
  "drifted",
  "drift-issue",
  "adopt-pr-number",
] as const;

/** The name of an output, as written in `action.yml`. */
export type OutputName = (typeof OUTPUTS)[number];

/**
 * Why a run failed, as the `failure-reason` output names it, so workflows can
 * branch on the cause (`if: steps.posthog.outputs.failure-reason == 'plan-changed'`).
 */
export const FAILURE_REASONS = [
  "invalid-input",
  "invalid-config",
  "invalid-definitions",
  "untrusted-code",
  "auth",
  "api-error",
  "github-api",
  "plan-changed",
  "no-reviewed-plan",
  "partial-apply",
  "confirmation-required",
  "too-many-deletions",
  "empty-definitions",
  "drift-detected",
  "internal",
] as const;

/** One value of the `failure-reason` output. */
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** Why a mode failed, with a message fit for logs, comments and issues. */
export interface Failure {
  reason: FailureReason;
  message: string;
}

/** What one mode produced: outputs, job-summary sections and, when it failed, why. */
export interface Outcome {
  outputs: Partial<Record<OutputName, string>>;
  summary: string[];
  failure?: Failure;
}

/** The `has-changes-per-environment` output: each planned environment and whether its plan changes anything. */
export function changesPerEnvironment(reports: readonly EnvironmentReport[]): string {
  return JSON.stringify(Object.fromEntries(reports.flatMap((r) => (r.plan ? [[r.environment, hasChanges(r.plan)]] : []))));
}
