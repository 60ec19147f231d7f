import { validationError } from "../errors.js";
import { describeHogQLMetadata, HOG_LANGUAGES } from "../hogql/metadata.js";
import { viewTables } from "./warehouse-saved-queries.js";
import { isRecord } from "../json.js";
import { ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

/**
 * The query API (`posthog/api/query.py`, `QueryViewSet`), routed on both
 * `/api/projects/{id}/query/` and `/api/environments/{id}/query/`
 * (`register_legacy_dual_route_team_nested_viewset`). Every action needs only
 * `query:read` (`scope_object_read_actions` includes `create`), and it uses the
 * ClickHouse throttles. The emulator answers the `HogQLMetadata` kind, PostHog's
 * check of a query against the schema; it runs no other query.
 */
export const queryResource: ResourceModule = {
  segment: "query",
  scopeObject: "query",
  environmentsAlias: true,
  throttle: "clickhouse",
  scopeActionFor: () => "read",
  handle: routeViewset({ create: runQuery }),
};

function runQuery(context: ResourceContext): ResourceResponse {
  const body = context.body;
  if (!isRecord(body) || !isRecord(body.query)) throw validationError("query", "Field required", "invalid_input");
  const query = body.query;
  if (query.kind !== "HogQLMetadata") {
    throw validationError("query", `The emulator runs no queries; it answers only the HogQLMetadata kind, not ${JSON.stringify(query.kind ?? null)}.`, "invalid_input");
  }
  if (!(HOG_LANGUAGES as readonly unknown[]).includes(query.language)) {
    throw validationError("query", `Input should be ${HOG_LANGUAGES.map((language) => `'${language}'`).join(", ")}`, "invalid_input");
  }
  if (typeof query.query !== "string") throw validationError("query", "Input should be a valid string", "invalid_input");
  return ok(describeHogQLMetadata(query, viewTables(context.project)));
}
