import { endpointNotFound } from "../errors.js";
import { withActivityLog } from "./activity-log.js";
import { LOGS_ALERTS_FLAG, logsAlertsViewset } from "./logs-alerts.js";
import { LOGS_SAMPLING_RULES_FLAG, logsSamplingRulesViewset } from "./logs-sampling-rules.js";
import { LOGS_VIEWS_FLAG, logsViewsViewset, requireFlag } from "./logs-views.js";
import type { ResourceModule } from "./resource.js";
import { routeViewset, type CollectionHandler } from "./viewset.js";

/** The logs product's viewsets under `logs/`, each with the PostHog feature flag that gates it. */
const VIEWSETS: Readonly<Record<string, { flag: string; route: CollectionHandler }>> = {
  views: { flag: LOGS_VIEWS_FLAG, route: routeViewset(logsViewsViewset) },
  sampling_rules: { flag: LOGS_SAMPLING_RULES_FLAG, route: routeViewset(logsSamplingRulesViewset) },
  alerts: { flag: LOGS_ALERTS_FLAG, route: routeViewset(logsAlertsViewset) },
};

/**
 * The logs product's viewsets under `/api/projects/{id}/logs/` (scope `logs`): saved views at
 * `logs/views/`, sampling rules at `logs/sampling_rules/`, alerts at `logs/alerts/`. Each is behind one of PostHog's own feature flags (`PostHogFeatureFlagPermission`),
 * which the emulator option `posthogFeatureFlags` turns off.
 */
export const logsResource: ResourceModule = {
  segment: "logs",
  scopeObject: "logs",
  environmentsAlias: false,
  throttle: "default",
  handle(context) {
    const entry = context.id !== undefined && Object.hasOwn(VIEWSETS, context.id) ? VIEWSETS[context.id] : undefined;
    if (entry === undefined) throw endpointNotFound();
    requireFlag(context, entry.flag);
    // `logs/alerts/{id}/destinations/delete/`: the object's id, then its action's own segments.
    const [id, ...action] = context.action?.split("/") ?? [];
    const routed = { ...context, id, action: action.length > 0 ? action.join("/") : undefined };
    return withActivityLog(`logs/${context.id}`, routed, () => entry.route(routed));
  },
};
