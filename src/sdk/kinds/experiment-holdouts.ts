import type { PropertyFilter } from "../filters.js";
import { mark } from "../mark.js";

/** Fields of `experimentHoldout()`. */
export interface ExperimentHoldout {
  key: string;
  name: string;
  description?: string;
  filters: { properties?: PropertyFilter[]; rollout_percentage: number }[];
}

/** Defines an experiment holdout group. */
export function experimentHoldout(spec: ExperimentHoldout): ExperimentHoldout {
  return mark("experiment-holdouts", spec);
}
