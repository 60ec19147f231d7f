import { readFileSync } from "node:fs";
import { KINDS } from "../../../src/core/kinds/index.js";
import type { ContractData, OperationData } from "../../../scripts/openapi-contract.js";
import { applyOverrides } from "./overrides.js";
import { walkSchema, type Direction, type SchemaIssue } from "./schema-walk.js";

/** One request and the response it got, as the emulator records it or a contract client saw it. */
export interface Exchange {
  method: string;
  path: string;
  body: unknown;
  status: number;
  response?: unknown;
}

/** One broken promise: which kind and operation, which side, which field, and what is wrong. */
export interface ContractViolation {
  kind: string;
  operation: string;
  direction: Direction | "route";
  field: string;
  problem: string;
}

/** A path PostHog serves and we call, but the spec does not describe; each one says why it is called anyway. */
export interface UndescribedRoute {
  method: string;
  /**
   * Path under `/api/{projects|environments}/{project_id}`, with `{id}` for one segment; "" for the
   * project itself; or a whole path starting with `/api/` for routes outside a project.
   */
  path: string;
  reason: string;
}

/**
 * The calls the spec (filtered to the operations posthog-definitions' codegen keeps) leaves out.
 * They are allowed explicitly, never skipped silently; the check reports how often each was used.
 */
export const UNDESCRIBED_ROUTES: readonly UndescribedRoute[] = [
  { method: "GET", path: "/property_definitions/", reason: "The spec's operation filter keeps no property_definitions operations; plan checks read the types of the properties definitions name (posthog/api/property_definition.py)." },
  { method: "POST", path: "/query/", reason: "The spec's operation filter keeps no query operations; plan checks send HogQL to the HogQLMetadata kind of QueryViewSet (posthog/api/query.py, posthog/hogql/metadata.py)." },
  ...["/feature_flags/{id}/activity/", "/cohorts/{id}/activity/", "/insights/{id}/activity/", "/surveys/{id}/activity/"].map((path) => ({
    method: "GET",
    path,
    reason: "The spec's operation filter keeps no activity operations; the activity @action of FeatureFlagViewSet, CohortViewSet, InsightViewSet and SurveyViewSet (activity_page_response), pinned by test/contract/activity-log.test.ts.",
  })),
  { method: "GET", path: "/activity_log/", reason: "The spec's operation filter keeps no activity_log operations; drift reads who changed a field from ActivityLogViewSet (posthog/api/activity_log.py), pinned by test/contract/activity-log.test.ts." },
  {
    method: "POST",
    path: "/feature_flags/user_blast_radius/",
    reason: "The spec's operation filter keeps only the feature_flags CRUD operations; plan checks size rollout changes with this @action of FeatureFlagViewSet (products/feature_flags/backend/api/feature_flag.py).",
  },
  ...[
    ["POST", "create_text_tile"],
    ["POST", "update_text_tile"],
    ["POST", "delete_tile"],
    ["POST", "reorder_tiles"],
    ["POST", "copy_tile"],
    ["POST", "move_tile"],
    ["PATCH", "move_tile"],
  ].map(([method, action]) => ({
    method: method!,
    path: `/dashboards/{id}/${action!}/`,
    reason: "The spec's operation filter keeps only the dashboards CRUD operations; the tile actions are @action routes of DashboardsViewSet (products/dashboards/backend/api/dashboard.py).",
  })),
  ...[
    ["GET", "/alerts/"],
    ["POST", "/alerts/"],
    ["GET", "/alerts/{id}/"],
    ["PATCH", "/alerts/{id}/"],
    ["DELETE", "/alerts/{id}/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no alerts operations; the alerts kind uses AlertViewSet's CRUD routes (products/alerts/backend/api/alert.py), pinned by test/contract/alerts.test.ts.",
  })),
  ...[
    ["GET", "/early_access_feature/"],
    ["POST", "/early_access_feature/"],
    ["GET", "/early_access_feature/{id}/"],
    ["PATCH", "/early_access_feature/{id}/"],
    ["DELETE", "/early_access_feature/{id}/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no early_access_feature operations; the early access features kind uses EarlyAccessFeatureViewSet's CRUD routes (products/early_access_features/backend/api.py), pinned by test/contract/early-access-features.test.ts.",
  })),
  ...[
    ["GET", "/messaging_templates/"],
    ["POST", "/messaging_templates/"],
    ["GET", "/messaging_templates/{id}/"],
    ["PATCH", "/messaging_templates/{id}/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no messaging_templates operations; the messaging templates kind uses MessageTemplatesViewSet's routes (products/messaging/backend/api/message_templates.py; ForbidDestroyModel, so deleting is PATCH deleted), pinned by test/contract/messaging-templates.test.ts.",
  })),
  ...[
    ["GET", "/hog_flows/"],
    ["POST", "/hog_flows/"],
    ["GET", "/hog_flows/{id}/"],
    ["PATCH", "/hog_flows/{id}/"],
    ["DELETE", "/hog_flows/{id}/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no hog_flows operations; the hog flows kind uses HogFlowViewSet's routes (products/workflows/backend/api/hog_flow.py; a ModelViewSet, so deleting is DELETE), pinned by test/contract/hog-flows.test.ts.",
  })),
  ...[
    ["GET", "/surveys/"],
    ["POST", "/surveys/"],
    ["GET", "/surveys/{id}/"],
    ["PATCH", "/surveys/{id}/"],
    ["DELETE", "/surveys/{id}/"],
    ["POST", "/surveys/{id}/launch/"],
    ["POST", "/surveys/{id}/stop/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no surveys operations; the surveys kind uses SurveyViewSet's CRUD routes (products/surveys/backend/api/survey.py), and the contract suite probes its launch/ and stop/ actions, pinned by test/contract/surveys.test.ts.",
  })),
  ...[
    ["GET", "/subscriptions/"],
    ["POST", "/subscriptions/"],
    ["GET", "/subscriptions/{id}/"],
    ["PATCH", "/subscriptions/{id}/"],
    ["DELETE", "/subscriptions/{id}/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no subscriptions operations; the subscriptions kind uses SubscriptionViewSet's CRUD routes (ee/api/subscription.py; DELETE is ForbidDestroyModel's 405), pinned by test/contract/subscriptions.test.ts.",
  })),
  ...[
    ["GET", "/session_recording_playlists/"],
    ["POST", "/session_recording_playlists/"],
    ["GET", "/session_recording_playlists/{id}/"],
    ["PATCH", "/session_recording_playlists/{id}/"],
    ["DELETE", "/session_recording_playlists/{id}/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no session_recording_playlists operations; the playlists kind uses SessionRecordingPlaylistViewSet's CRUD routes by short_id (posthog/session_recordings/session_recording_playlist_api.py; DELETE is ForbidDestroyModel's 405), pinned by test/contract/session-recording-playlists.test.ts.",
  })),
  ...[
    ["GET", "/hog_functions/"],
    ["POST", "/hog_functions/"],
    ["GET", "/hog_functions/{id}/"],
    ["PATCH", "/hog_functions/{id}/"],
    ["DELETE", "/hog_functions/{id}/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no hog_functions operations; the hog functions kind uses HogFunctionViewSet's CRUD routes (posthog/api/hog_function.py; DELETE only to pin its 405), pinned by test/contract/hog-functions.test.ts.",
  })),
  ...[
    ["GET", "/batch_exports/"],
    ["POST", "/batch_exports/"],
    ["GET", "/batch_exports/{id}/"],
    ["PATCH", "/batch_exports/{id}/"],
    ["DELETE", "/batch_exports/{id}/"],
    ["POST", "/batch_exports/{id}/pause/"],
    ["POST", "/batch_exports/{id}/unpause/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no batch_exports operations; the batch exports kind uses BatchExportViewSet's CRUD routes and its pause and unpause actions (posthog/batch_exports/http.py), pinned by test/contract/batch-exports.test.ts.",
  })),
  ...[
    ["GET", "/insight_variables/"],
    ["POST", "/insight_variables/"],
    ["GET", "/insight_variables/{id}/"],
    ["PATCH", "/insight_variables/{id}/"],
    ["DELETE", "/insight_variables/{id}/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no insight_variables operations; the insight variables kind uses InsightVariableViewSet's CRUD routes (products/product_analytics/backend/api/insight_variable.py), pinned by test/contract/insight-variables.test.ts.",
  })),
  ...[
    ["GET", "/warehouse_saved_queries/"],
    ["POST", "/warehouse_saved_queries/"],
    ["GET", "/warehouse_saved_queries/{id}/"],
    ["PATCH", "/warehouse_saved_queries/{id}/"],
    ["DELETE", "/warehouse_saved_queries/{id}/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no warehouse_saved_queries operations; the warehouse saved queries kind uses DataWarehouseSavedQueryViewSet's CRUD routes (products/data_warehouse/backend/api/saved_query.py; DELETE soft-deletes), pinned by test/contract/warehouse-saved-queries.test.ts.",
  })),
  ...[
    ["GET", "/error_tracking/settings/retrieve_settings/"],
    ["PATCH", "/error_tracking/settings/update_settings/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no error_tracking operations; the error tracking settings kind uses the two collection actions of ErrorTrackingSettingsViewSet (products/error_tracking/backend/api/settings.py), pinned by test/contract/error-tracking-settings.test.ts.",
  })),
  ...[
    ["GET", "/logs/views/"],
    ["POST", "/logs/views/"],
    ["GET", "/logs/views/{short_id}/"],
    ["PATCH", "/logs/views/{short_id}/"],
    ["DELETE", "/logs/views/{short_id}/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no logs operations; the logs views kind uses LogsViewViewSet's CRUD routes by short_id (products/logs/backend, behind PostHog's logs-saved-views flag), pinned by test/contract/logs-views.test.ts.",
  })),
  ...[
    ["GET", "/logs/sampling_rules/"],
    ["POST", "/logs/sampling_rules/"],
    ["GET", "/logs/sampling_rules/{id}/"],
    ["PATCH", "/logs/sampling_rules/{id}/"],
    ["DELETE", "/logs/sampling_rules/{id}/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no logs operations; the logs sampling rules kind uses LogsSamplingRuleViewSet's CRUD routes (products/logs/backend, behind PostHog's logs-settings-drop-rules flag), pinned by test/contract/logs-sampling-rules.test.ts.",
  })),
  ...[
    ["GET", "/product_tours/"],
    ["POST", "/product_tours/"],
    ["GET", "/product_tours/{id}/"],
    ["PATCH", "/product_tours/{id}/"],
    ["DELETE", "/product_tours/{id}/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no product_tours operations; the product tours kind uses ProductTourViewSet's CRUD routes (products/product_tours/backend/api/product_tour.py), pinned by test/contract/product-tours.test.ts.",
  })),
  ...[
    ["GET", "/logs/alerts/"],
    ["POST", "/logs/alerts/"],
    ["GET", "/logs/alerts/{id}/"],
    ["PATCH", "/logs/alerts/{id}/"],
    ["DELETE", "/logs/alerts/{id}/"],
    ["POST", "/logs/alerts/{id}/destinations/"],
    ["POST", "/logs/alerts/{id}/destinations/delete/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no logs operations; the logs alerts kind uses LogsAlertViewSet's CRUD routes and its create_destination/delete_destination actions (products/logs/backend/alerts_api.py, behind PostHog's logs-alerting flag), pinned by test/contract/logs-alerts.test.ts.",
  })),
  ...[
    ["GET", "/dashboard_templates/"],
    ["POST", "/dashboard_templates/"],
    ["GET", "/dashboard_templates/{id}/"],
    ["PATCH", "/dashboard_templates/{id}/"],
    ["DELETE", "/dashboard_templates/{id}/"],
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    reason: "The spec's operation filter keeps no dashboard_templates operations; the dashboard templates kind uses DashboardTemplateViewSet's CRUD routes (products/dashboards/backend/api/dashboard_templates.py; writes staff-only, DELETE is ForbidDestroyModel's 405), pinned by test/contract/dashboard-templates.test.ts.",
  })),
  {
    method: "GET",
    path: "/api/users/@me/",
    reason: "The spec's operation filter keeps no user operations; a plan that declares dashboard templates reads is_staff from UserViewSet (posthog/api/user.py), since only staff users may write templates.",
  },
  {
    method: "GET",
    path: "/api/organizations/{id}/members/",
    reason: "The spec's operation filter keeps no organization operations; alerts name subscribers by email, resolved to user ids from OrganizationMemberViewSet (posthog/api/organization_member.py).",
  },
];

const TEAM_PATH = "/api/projects/{project_id}/environments/{id}/";
const PREFIX = /^\/api\/(projects|environments)\/([^/]+)(\/.*)?$/;

let cached: { data: ContractData; routes: { id: string; operation: OperationData; pattern: RegExp }[] } | undefined;

/** The derived spec with the documented overrides applied, and a route table over its operations. */
export function loadContract(): NonNullable<typeof cached> {
  if (cached !== undefined) return cached;
  const data = applyOverrides(JSON.parse(readFileSync(new URL("./operations.json", import.meta.url), "utf8")) as ContractData);
  const routes = Object.entries(data.operations).map(([id, operation]) => ({ id, operation, pattern: templatePattern(operation.path) }));
  cached = { data, routes };
  return cached;
}

function templatePattern(template: string): RegExp {
  const project = "/api/projects/{project_id}";
  if (!template.startsWith(project)) throw new Error(`Operation path outside /api/projects/{project_id}: ${template}`);
  return new RegExp(`^${segmentsPattern(template.slice(project.length))}$`);
}

function segmentsPattern(rest: string): string {
  return rest.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+").replace(/\/$/, "/?");
}

/**
 * The operation a request maps to. `/api/environments/{id}/…` is PostHog's alias of the project
 * routes, and `/api/environments/{id}/` itself is the TeamViewSet the spec files under
 * `/api/projects/{project_id}/environments/{id}/` (deprecated there in favour of this path).
 */
export function findOperation(method: string, path: string): { id: string; operation: OperationData } | undefined {
  const match = PREFIX.exec(path);
  if (match === null) return undefined;
  const rest = match[3] ?? "/";
  const { routes } = loadContract();
  if (match[1] === "environments" && rest === "/") return routes.find((route) => route.operation.method === method && route.operation.path === TEAM_PATH);
  return routes.find((route) => route.operation.method === method && route.pattern.test(rest));
}

/** The allow-list entry for a request no operation describes, if there is one. */
export function findUndescribed(method: string, path: string): UndescribedRoute | undefined {
  const match = PREFIX.exec(path);
  const rest = match?.[3] ?? "";
  const normalized = rest === "/" ? "" : rest;
  return UNDESCRIBED_ROUTES.find((route) => {
    if (route.method !== method) return false;
    if (route.path.startsWith("/api/")) return new RegExp(`^${segmentsPattern(route.path)}$`).test(path);
    return match !== null && new RegExp(`^${route.path === "" ? "" : segmentsPattern(route.path)}$`).test(normalized);
  });
}

/** The product's kind a path belongs to, for messages. */
export function kindOfPath(path: string): string {
  const segment = PREFIX.exec(path)?.[3]?.split("/")[1] ?? "";
  if (segment === "") return "project-settings";
  return KINDS.find((kind) => kind.api.collection === segment)?.name ?? segment;
}

/** What checking one exchange found: violations, or the allow-list entry that let it through. */
export interface ExchangeCheck {
  violations: ContractViolation[];
  undescribed?: UndescribedRoute;
}

/**
 * Checks one exchange: the route exists in the spec (or is allowed), the request body fits the
 * operation's request schema, and a response with a status the operation describes fits its
 * schema. Error responses (4xx, 5xx) are not described by the spec and are not checked.
 */
export function checkExchange(exchange: Exchange): ExchangeCheck {
  const kind = kindOfPath(exchange.path);
  const found = findOperation(exchange.method, exchange.path);
  if (found === undefined) {
    const undescribed = findUndescribed(exchange.method, exchange.path);
    if (undescribed !== undefined) return { violations: [], undescribed };
    return { violations: [{ kind, operation: `${exchange.method} ${templateOf(exchange.path)}`, direction: "route", field: "(path)", problem: "no operation in the spec describes this request" }] };
  }
  const { data } = loadContract();
  const violations: ContractViolation[] = [];
  const add = (direction: Direction | "route", issues: { field: string; problem: string }[]) => {
    for (const issue of issues) violations.push({ kind, operation: found.id, direction, ...issue });
  };
  add("request", requestIssues(data, found.operation, exchange.body));
  const status = String(exchange.status);
  if (status in found.operation.responses) {
    const schema = found.operation.responses[status]!;
    const response = exchange.response ?? null;
    if (schema === null && response !== null) add("response", [{ field: "(body)", problem: `status ${status} is described with an empty body` }]);
    if (schema !== null) add("response", walkSchema(data.schemas, schema, response, "response"));
  } else if (exchange.status >= 200 && exchange.status < 400) {
    add("response", [{ field: "(status)", problem: `status ${status} is not described (the spec has ${Object.keys(found.operation.responses).join(", ")})` }]);
  }
  return { violations };
}

/** A request path with the project and numeric ids as placeholders: `/api/projects/{project_id}/dashboards/{id}/`. */
export function templateOf(path: string): string {
  return path.replace(/^\/api\/(projects|environments)\/[^/]+/, "/api/$1/{project_id}").replace(/\/\d+(?=\/|$)/g, "/{id}");
}

function requestIssues(data: ContractData, operation: OperationData, body: unknown): SchemaIssue[] {
  if (body === null || body === undefined) return [];
  // An empty object carries nothing, which is what an operation without a request body reads.
  if (operation.request === null) return isEmptyObject(body) ? [] : [{ field: "(body)", problem: "the operation takes no request body" }];
  return walkSchema(data.schemas, operation.request, body, "request");
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** One line per violation: `dashboards dashboards_partial_update request tiles[0].text: unknown field`. */
export function formatViolation(violation: ContractViolation): string {
  return `${violation.kind} ${violation.operation} ${violation.direction} ${violation.field}: ${violation.problem}`;
}
