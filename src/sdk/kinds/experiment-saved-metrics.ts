import { mark } from "../mark.js";

/** An experiment metric (PostHog's `ExperimentMetric`). */
export interface ExperimentMetric {
  kind: "ExperimentMetric";
  metric_type: "mean" | "funnel" | "ratio" | "retention";
  name?: string;
  [field: string]: unknown;
}

/** Fields of `experimentSavedMetric()`. */
export interface ExperimentSavedMetric {
  key: string;
  name: string;
  description?: string;
  query: ExperimentMetric;
  tags?: string[];
}

/** Defines a saved (shared) experiment metric. */
export function experimentSavedMetric(spec: ExperimentSavedMetric): ExperimentSavedMetric {
  return mark("experiment-saved-metrics", spec);
}
