import type { KindName } from "../model.js";
import { actions } from "./actions.js";
import { cohorts } from "./cohorts.js";
import { dashboards } from "./dashboards.js";
import { endpoints } from "./endpoints.js";
import { eventDefinitions } from "./event-definitions.js";
import { experimentHoldouts } from "./experiment-holdouts.js";
import { experimentSavedMetrics } from "./experiment-saved-metrics.js";
import { experiments } from "./experiments.js";
import { featureFlags } from "./feature-flags.js";
import { insights } from "./insights.js";
import type { KindModule } from "./kind.js";
import { projectSettings } from "./project-settings.js";
import { propertyGroups } from "./property-groups.js";

/**
 * Every supported kind, listed so that each kind comes after the kinds it can
 * reference. Plans use this order between kinds; within a kind, resource-level
 * dependencies decide.
 */
export const KINDS: readonly KindModule[] = [
  propertyGroups,
  eventDefinitions,
  cohorts,
  actions,
  insights,
  featureFlags,
  experimentHoldouts,
  experimentSavedMetrics,
  experiments,
  dashboards,
  endpoints,
  projectSettings,
];

const BY_NAME = new Map<string, KindModule>(KINDS.map((k) => [k.name, k]));

/** The module for a kind name, or undefined for a kind this version does not know. */
export function findKind(name: string): KindModule | undefined {
  return BY_NAME.get(name);
}

/** The module for a kind that is known to exist. */
export function getKind(name: KindName): KindModule {
  const kind = BY_NAME.get(name);
  if (!kind) throw new Error(`unknown kind ${name}`);
  return kind;
}

/** Position of a kind in dependency order, for stable sorting. */
export function rankKind(name: KindName): number {
  return KINDS.findIndex((k) => k.name === name);
}
