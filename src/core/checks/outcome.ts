import type { Diagnostic } from "../diagnostics.js";
import type { PlanChecks } from "../plan/types.js";

/** The checks of a plan made without credentials (a fork's pull request): none ran, and the plan says so. */
export function offlineChecks(): PlanChecks {
  return { findings: [], reach: [], skipped: [{ check: "all", reason: "offline" }] };
}

/**
 * The findings that fail a plan: HogQL that PostHog's metadata check rejects,
 * always; warnings (names never ingested, properties used against their type)
 * only when the user asked for it (`--fail-on-check-warnings`, the
 * `fail-on-check-warnings` input), since a new event is unseen until it ships.
 */
export function blockingFindings(checks: PlanChecks | undefined, failOnWarnings: boolean): Diagnostic[] {
  return (checks?.findings ?? []).filter((finding) => finding.severity === "error" || failOnWarnings);
}
