import type { JsonValue } from "../json.js";
import { mark } from "../mark.js";
import type { ExperimentHoldout } from "./experiment-holdouts.js";
import type { ExperimentMetric, ExperimentSavedMetric } from "./experiment-saved-metrics.js";
import type { FeatureFlag } from "./feature-flags.js";

/** Fields of `experiment()`. */
export interface Experiment {
  key: string;
  name: string;
  description?: string;
  type?: "product" | "web";
  /** The flag the experiment runs on; it cannot change after creation. */
  featureFlag: FeatureFlag;
  holdout?: ExperimentHoldout;
  /** Variants and rollout belong to the feature flag's definition: PostHog reads them from the flag. */
  parameters?: {
    minimum_detectable_effect?: number;
  };
  metrics?: ExperimentMetric[];
  metrics_secondary?: ExperimentMetric[];
  primarySavedMetrics?: ExperimentSavedMetric[];
  secondarySavedMetrics?: ExperimentSavedMetric[];
  /** Declarative lifecycle, driven through PostHog's launch, pause, resume and end. */
  lifecycle?: "draft" | "running" | "paused" | "stopped";
  archived?: boolean;
  conclusion?: "won" | "lost" | "inconclusive" | "stopped_early" | "invalid";
  conclusion_comment?: string;
  exposure_criteria?: { [field: string]: JsonValue };
  stats_config?: { method?: "bayesian" | "frequentist"; [field: string]: JsonValue | undefined };
}

/** Defines an experiment. */
export function experiment(spec: Experiment): Experiment {
  return mark("experiments", spec);
}
