import type { JsonValue } from "../json.js";
import type { ExperimentMetric } from "../queries.js";
import type { ExperimentHoldout } from "./experiment-holdouts.js";
import type { ExperimentSavedMetric } from "./experiment-saved-metrics.js";
import type { FeatureFlag } from "./feature-flags.js";
/** A variant of an experiment's flag, with its share as `split_percent` or `rollout_percentage`. */
export interface ExperimentVariant {
    key: string;
    name?: string;
    rollout_percentage?: number;
    split_percent?: number;
}
/** Parameters of an experiment; its variants and rollout are the feature flag's, so they are checked against the flag's definition and never sent. */
export interface ExperimentParameters {
    minimum_detectable_effect?: number;
    /** Must match the flag's `filters.multivariate.variants`: PostHog reads the variants from the flag. */
    feature_flag_variants?: ExperimentVariant[];
    /** Must match the rollout of the flag's first release condition, which PostHog reads. */
    rollout_percentage?: number;
}
/** Fields of `experiment()`. */
export interface Experiment {
    key: string;
    name: string;
    description?: string;
    type?: "product" | "web";
    /** The flag the experiment runs on; it cannot change after creation. */
    featureFlag: FeatureFlag;
    holdout?: ExperimentHoldout;
    /** The minimum detectable effect; variants and rollout, as PostHog's tool writes them, must match the feature flag's. */
    parameters?: ExperimentParameters;
    metrics?: ExperimentMetric[];
    metrics_secondary?: ExperimentMetric[];
    primarySavedMetrics?: ExperimentSavedMetric[];
    secondarySavedMetrics?: ExperimentSavedMetric[];
    /** Declarative lifecycle, driven through PostHog's launch, pause, resume and end. */
    lifecycle?: "draft" | "running" | "paused" | "stopped";
    archived?: boolean;
    conclusion?: "won" | "lost" | "inconclusive" | "stopped_early" | "invalid";
    conclusion_comment?: string;
    /** PostHog's tool's spelling of `conclusion_comment`. */
    conclusionComment?: string;
    exposure_criteria?: {
        [field: string]: JsonValue;
    };
    stats_config?: {
        method?: "bayesian" | "frequentist";
        [field: string]: JsonValue | undefined;
    };
}
/** Defines an experiment. */
export declare function experiment(spec: Experiment): Experiment;
