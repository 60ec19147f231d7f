import { endpointNotFound } from "../errors.js";
import { readInteger, readRequestBody } from "../fields.js";
import type { JsonRecord } from "../json.js";
import type { ProjectState } from "../state.js";
import { ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset, type Viewset } from "./viewset.js";

/** One `ErrorTrackingSettings` row (products/error_tracking/backend/models.py): every limit nullable, null by default. */
export interface ErrorTrackingSettingsRecord {
  project_rate_limit_value: number | null;
  project_rate_limit_bucket_size_minutes: number | null;
  per_issue_rate_limit_value: number | null;
  per_issue_rate_limit_bucket_size_minutes: number | null;
}

const FIELDS = ["project_rate_limit_value", "project_rate_limit_bucket_size_minutes", "per_issue_rate_limit_value", "per_issue_rate_limit_bucket_size_minutes"] as const;

/** What `get_or_create(team=…)` makes: no limits. */
function newSettings(): ErrorTrackingSettingsRecord {
  return { project_rate_limit_value: null, project_rate_limit_bucket_size_minutes: null, per_issue_rate_limit_value: null, per_issue_rate_limit_bucket_size_minutes: null };
}

function serializeSettings(record: ErrorTrackingSettingsRecord): JsonRecord {
  return Object.fromEntries(FIELDS.map((name) => [name, record[name]]));
}

/**
 * `ErrorTrackingSettingsViewSet`: a plain `ViewSet` with two collection actions and no list or
 * detail routes. A read of a project that has no row yet answers the defaults without storing one
 * (PostHog's `get_or_create` stores it, which no response shows).
 */
const settingsViewset: Viewset<never> = {
  collectionActions: {
    retrieve_settings: { methods: ["GET"], run: ({ project }) => ok(serializeSettings(project.errorTrackingSettings ?? newSettings())) },
    update_settings: { methods: ["PATCH"], run: updateSettings },
  },
};

/** `ErrorTrackingSettingsSerializer(partial=True)`: each field an `IntegerField(min_value=1, allow_null=True)`; unknown keys ignored. */
function updateSettings(context: ResourceContext): ResourceResponse {
  const body = readRequestBody(context.body);
  const changes: Partial<ErrorTrackingSettingsRecord> = {};
  for (const name of FIELDS) {
    const value = readInteger(body, name, { allowNull: true, min: 1 });
    if (value !== undefined) changes[name] = value;
  }
  const record = settingsOf(context.project);
  Object.assign(record, changes);
  return ok(serializeSettings(record));
}

function settingsOf(project: ProjectState): ErrorTrackingSettingsRecord {
  project.errorTrackingSettings ??= newSettings();
  return project.errorTrackingSettings;
}

const VIEWSETS: Readonly<Record<string, Viewset<never>>> = { settings: settingsViewset };

/**
 * Error tracking's viewsets under `/api/{projects,environments}/{id}/error_tracking/` (registered
 * with `register_legacy_dual_route` in products/error_tracking/backend/api/__init__.py, scope
 * `error_tracking`). Only `settings/` is served; every other error tracking path is the
 * resolver's 404.
 */
export const errorTrackingResource: ResourceModule = {
  segment: "error_tracking",
  scopeObject: "error_tracking",
  environmentsAlias: true,
  throttle: "default",
  handle(context) {
    const viewset = context.id === undefined ? undefined : VIEWSETS[context.id];
    if (viewset === undefined || !Object.hasOwn(VIEWSETS, context.id!)) throw endpointNotFound();
    return routeViewset(viewset)({ ...context, id: context.action, action: undefined });
  },
};
