import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";

/**
 * The forms of an insight query that mean the same stored query. PostHog's own tool writes the
 * bare query (`trends()` returns a `TrendsQuery`) and wraps it when it sends it: product-analytics
 * queries in an `InsightVizNode`, SQL in a `DataTableNode`; this product's constructors return the
 * wrapped node. Both forms are accepted, sent as that tool sends them, and compared as one.
 */

/** The queries an `InsightVizNode` shows (PostHog's `InsightQueryNode`). */
const INSIGHT_QUERY_KINDS = new Set(["TrendsQuery", "FunnelsQuery", "RetentionQuery", "PathsQuery", "StickinessQuery", "LifecycleQuery"]);

/** The display nodes that show a SQL query, alike when they carry nothing but it. */
const SQL_DISPLAYS = new Set(["DataTableNode", "DataVisualizationNode"]);

/** A series entry's node kind as the SDK infers it: an action by object or id, else an event. */
export function inferNodeKind(entry: JsonObject): "EventsNode" | "ActionsNode" {
  return !("event" in entry) && ("action" in entry || "id" in entry) ? "ActionsNode" : "EventsNode";
}

/**
 * `trendsFilter.compare` (and `compare_to`), where older queries and PostHog's tool keep the
 * comparison, is PostHog's `compareFilter` now; it moves there, unless `compareFilter` says otherwise.
 */
function withCompareFilter(source: JsonObject): JsonObject {
  const filter = source.trendsFilter;
  if (!isJsonObject(filter) || (filter.compare === undefined && filter.compare_to === undefined)) return source;
  const { compare, compare_to: compareTo, ...rest } = filter;
  const moved: JsonObject = {};
  if (compare !== undefined) moved.compare = compare;
  if (compareTo !== undefined) moved.compare_to = compareTo;
  const { trendsFilter: _filter, ...others } = source;
  return { ...others, ...(Object.keys(rest).length > 0 ? { trendsFilter: rest } : {}), compareFilter: { ...moved, ...(isJsonObject(source.compareFilter) ? source.compareFilter : {}) } };
}

/**
 * An insight query as it is stored: a bare product-analytics query wrapped in an `InsightVizNode`,
 * a bare `HogQLQuery` in a `DataTableNode`, as PostHog's tool sends them; `trendsFilter.compare` as
 * `compareFilter`. Other nodes are kept. (Series entries without a kind get theirs from PostHog's
 * own query upgrade, which the comparison applies to both sides.)
 */
export function storedInsightQuery(query: JsonValue | undefined): JsonValue | undefined {
  if (!isJsonObject(query)) return query;
  if (typeof query.kind === "string" && INSIGHT_QUERY_KINDS.has(query.kind)) return { kind: "InsightVizNode", source: withCompareFilter(query) };
  if (query.kind === "HogQLQuery") return { kind: "DataTableNode", source: query };
  if (query.kind === "InsightVizNode" && isJsonObject(query.source)) return { ...query, source: withCompareFilter(query.source) };
  return query;
}

/** A SQL display node holding nothing but its source. */
function bareSqlDisplay(node: JsonValue | undefined): node is JsonObject {
  return isJsonObject(node) && SQL_DISPLAYS.has(String(node.kind)) && isJsonObject(node.source) && node.source.kind === "HogQLQuery" && Object.keys(node).length === 2;
}

/**
 * The live query as the desired one is compared with it: a `DataTableNode` and a
 * `DataVisualizationNode` that carry the same SQL and nothing else are the same insight to both
 * tools, so either written form matches either stored form.
 */
export function comparedQuery(live: JsonValue | undefined, desired: JsonValue | undefined): JsonValue | undefined {
  if (bareSqlDisplay(live) && bareSqlDisplay(desired) && live.kind !== desired.kind && isDeepEqual(live.source, desired.source)) return desired;
  return live;
}
