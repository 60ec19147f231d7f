import type { ExperimentRecord, FeatureFlagRecord } from "../state.js";

/** Experiment lifecycle states as PostHog reports them in `status`. */
export type ExperimentStatus = "draft" | "running" | "paused" | "stopped";

/** Derives status the way PostHog does: no start date is a draft, an end date means stopped, an inactive flag means paused. */
export function deriveExperimentStatus(experiment: ExperimentRecord, flag: FeatureFlagRecord | undefined): ExperimentStatus {
  if (experiment.start_date === null) return "draft";
  if (experiment.end_date !== null) return "stopped";
  if (flag !== undefined && !flag.active) return "paused";
  return "running";
}

/** PostHog's `Experiment.is_running`: launched and not ended (a paused experiment still counts). */
export function isExperimentRunning(experiment: ExperimentRecord): boolean {
  return experiment.start_date !== null && experiment.end_date === null;
}
