import { actionsResource } from "./actions.js";
import { activityLogResource } from "./activity-log.js";
import { alertsResource } from "./alerts.js";
import { annotationsResource } from "./annotations.js";
import { cohortsResource } from "./cohorts.js";
import { dashboardsResource } from "./dashboards.js";
import { earlyAccessFeaturesResource } from "./early-access-features.js";
import { endpointsResource } from "./endpoints.js";
import { errorTrackingResource } from "./error-tracking.js";
import { messagingTemplatesResource } from "./messaging-templates.js";
import { eventDefinitionsResource } from "./event-definitions.js";
import { eventSchemasResource } from "./event-schemas.js";
import { experimentHoldoutsResource } from "./experiment-holdouts.js";
import { experimentSavedMetricsResource } from "./experiment-saved-metrics.js";
import { experimentsResource } from "./experiments.js";
import { featureFlagsResource } from "./feature-flags.js";
import { hogFlowsResource } from "./hog-flows.js";
import { hogFunctionsResource } from "./hog-functions.js";
import { batchExportsResource } from "./batch-exports.js";
import { insightVariablesResource } from "./insight-variables.js";
import { warehouseSavedQueriesResource } from "./warehouse-saved-queries.js";
import { dashboardTemplatesResource } from "./dashboard-templates.js";
import { insightsResource } from "./insights.js";
import { logsResource } from "./logs.js";
import { organizationMembersResource } from "./organization-members.js";
import { environmentSettingsResource } from "./project-settings.js";
import { productToursResource } from "./product-tours.js";
import { propertyDefinitionsResource } from "./property-definitions.js";
import { queryResource } from "./query.js";
import type { ResourceModule } from "./resource.js";
import { schemaPropertyGroupsResource } from "./schema-property-groups.js";
import { surveysResource } from "./surveys.js";
import { sessionRecordingPlaylistsResource } from "./session-recording-playlists.js";
import { subscriptionsResource } from "./subscriptions.js";

/** Every project-scoped collection the emulator serves, keyed by URL segment. */
export const RESOURCE_MODULES: ReadonlyMap<string, ResourceModule> = new Map(
  [
    dashboardsResource,
    insightsResource,
    featureFlagsResource,
    actionsResource,
    cohortsResource,
    endpointsResource,
    eventDefinitionsResource,
    propertyDefinitionsResource,
    schemaPropertyGroupsResource,
    eventSchemasResource,
    experimentsResource,
    experimentHoldoutsResource,
    experimentSavedMetricsResource,
    annotationsResource,
    alertsResource,
    earlyAccessFeaturesResource,
    messagingTemplatesResource,
    insightVariablesResource,
    warehouseSavedQueriesResource,
    surveysResource,
    productToursResource,
    hogFunctionsResource,
    hogFlowsResource,
    batchExportsResource,
    subscriptionsResource,
    sessionRecordingPlaylistsResource,
    environmentSettingsResource,
    errorTrackingResource,
    logsResource,
    dashboardTemplatesResource,
    activityLogResource,
    queryResource,
  ].map((module) => [module.segment, module]),
);

/** The organization-scoped collections the emulator serves (`/api/organizations/{id}/{segment}/`). */
export const ORGANIZATION_MODULES: ReadonlyMap<string, ResourceModule> = new Map([organizationMembersResource].map((module) => [module.segment, module]));
