import type { Plan } from "./types.js";

/** Who last changed one top-level field of a resource in PostHog, and when (ISO time). */
export interface FieldActivity {
  field: string;
  by: string;
  at: string;
}

/** Field activity per resource, keyed `kind/key`. */
export type ActivityByResource = Record<string, FieldActivity[]>;

/**
 * One environment of a run: its plan, or the reason there is none. Every mode of
 * the Action reports environments in this form, and plan files store them.
 */
export interface EnvironmentReport {
  environment: string;
  host: string;
  projectId: string;
  plan?: Plan;
  /** Why planning failed; the environment still gets a row. */
  error?: string;
  /** Set when the plan shows the desired state only (no credentials); explains why. */
  offline?: string;
  /** Who changed the fields the plan would change back, from PostHog's activity log. */
  activity?: ActivityByResource;
}
