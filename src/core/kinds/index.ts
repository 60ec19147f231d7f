import type { KindName } from "../model.js";
import { actions } from "./actions.js";
import { alerts } from "./alerts.js";
import { annotations } from "./annotations.js";
import { batchExports } from "./batch-exports.js";
import { cohorts } from "./cohorts.js";
import { dashboardTemplates } from "./dashboard-templates.js";
import { dashboards } from "./dashboards.js";
import { earlyAccessFeatures } from "./early-access-features.js";
import { endpoints } from "./endpoints.js";
import { errorTrackingSettings } from "./error-tracking-settings.js";
import { eventDefinitions } from "./event-definitions.js";
import { experimentHoldouts } from "./experiment-holdouts.js";
import { experimentSavedMetrics } from "./experiment-saved-metrics.js";
import { experiments } from "./experiments.js";
import { featureFlags } from "./feature-flags.js";
import { hogFlows } from "./hog-flows.js";
import { hogFunctions } from "./hog-functions.js";
import { withHogQLRefs } from "./hogql-refs.js";
import { insightVariables } from "./insight-variables.js";
import { insights } from "./insights.js";
import { warehouseSavedQueries } from "./warehouse-saved-queries.js";
import type { KindModule } from "./kind.js";
import { messagingTemplates } from "./messaging-templates.js";
import { logsAlerts } from "./logs-alerts.js";
import { logsSamplingRules } from "./logs-sampling-rules.js";
import { logsViews } from "./logs-views.js";
import { projectSettings } from "./project-settings.js";
import { productTours } from "./product-tours.js";
import { propertyGroups } from "./property-groups.js";
import { sessionRecordingPlaylists } from "./session-recording-playlists.js";
import { subscriptions } from "./subscriptions.js";
import { surveys } from "./surveys.js";

/**
 * Every supported kind; `KindName` is derived from it. The order between kinds
 * follows their declared `references`; for kinds that do not depend on each
 * other, this list's order decides, so plans keep a stable order.
 */
const REGISTRY = [
  propertyGroups,
  eventDefinitions,
  cohorts,
  actions,
  insightVariables,
  warehouseSavedQueries,
  withHogQLRefs(insights),
  featureFlags,
  experimentHoldouts,
  experimentSavedMetrics,
  experiments,
  dashboards,
  dashboardTemplates,
  annotations,
  alerts,
  earlyAccessFeatures,
  messagingTemplates,
  surveys,
  productTours,
  hogFunctions,
  hogFlows,
  batchExports,
  logsViews,
  logsSamplingRules,
  logsAlerts,
  subscriptions,
  sessionRecordingPlaylists,
  withHogQLRefs(endpoints),
  projectSettings,
  errorTrackingSettings,
] as const;

/** The name of every registered kind (`model.ts` exports it as `KindName`). */
export type RegisteredKindName = (typeof REGISTRY)[number]["name"];

/**
 * Kinds in dependency order: each after the kinds it references (a kind may
 * reference itself), ties in the order given. Refuses a reference to a kind that
 * is not given, and a cycle between kinds, naming them.
 */
export function orderKinds(kinds: readonly KindModule[]): KindModule[] {
  const byName = new Map(kinds.map((kind) => [kind.name, kind]));
  const state = new Map<string, "visiting" | "done">();
  const order: KindModule[] = [];
  const visit = (kind: KindModule, path: readonly string[]): void => {
    if (state.get(kind.name) === "done") return;
    if (state.get(kind.name) === "visiting") throw new Error(`kinds reference each other in a cycle: ${[...path.slice(path.indexOf(kind.name)), kind.name].join(" → ")}`);
    state.set(kind.name, "visiting");
    for (const name of kind.references) {
      if (name === kind.name) continue;
      const target = byName.get(name);
      if (!target) throw new Error(`kind ${kind.name} references ${name}, which is not a registered kind`);
      visit(target, [...path, kind.name]);
    }
    state.set(kind.name, "done");
    order.push(kind);
  };
  for (const kind of kinds) visit(kind, []);
  return order;
}

/** Every supported kind, each after the kinds it can reference. Plans use this order between kinds. */
export const KINDS: readonly KindModule[] = orderKinds(REGISTRY);

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
