import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { specCall } from "../spec.js";
import { specActionRefs } from "./action-refs.js";
import { inferNodeKind } from "./query-forms.js";

/**
 * The inverse of the SDK's query constructors, for `pull`: a stored query is
 * written as the constructor call that builds exactly it (`trends({...})`,
 * `funnels({...})`, `hogql("...")`, ...), or as `rawQuery({...})` with a warning
 * when no constructor models its shape. Actions inside queries become
 * references to the pulled action files.
 */

/** Series entries (and funnel exclusions) without the `kind` the constructor adds back; undefined if one cannot be inferred. */
function stripNodeKinds(entries: JsonValue | undefined): JsonValue[] | undefined {
  if (!Array.isArray(entries) || !entries.every(isJsonObject)) return undefined;
  const out: JsonValue[] = [];
  for (const entry of entries) {
    if (entry.kind !== undefined && entry.kind !== inferNodeKind(entry)) return undefined;
    const { kind: _kind, ...rest } = entry;
    out.push(rest);
  }
  return out;
}

/** The options object a source-taking constructor (`trends()` and its siblings) turns back into `source`. */
function constructorOptions(source: JsonObject): JsonObject | undefined {
  const { kind: _kind, ...options } = source;
  if (options.series !== undefined) {
    const series = stripNodeKinds(options.series);
    if (!series) return undefined;
    options.series = series;
  }
  const filter = options.funnelsFilter;
  if (isJsonObject(filter) && filter.exclusions !== undefined) {
    const exclusions = stripNodeKinds(filter.exclusions);
    if (!exclusions) return undefined;
    options.funnelsFilter = { ...filter, exclusions };
  }
  return options;
}

/** `hogql(query, values?, uses?)` for a bare `HogQLQuery` with nothing else set; variables come as a list of references (`hogql-refs.ts`). */
function hogqlCall(source: JsonValue | undefined): JsonValue | undefined {
  if (!isJsonObject(source) || source.kind !== "HogQLQuery" || typeof source.query !== "string") return undefined;
  if (Object.keys(source).some((name) => name !== "kind" && name !== "query" && name !== "values" && name !== "variables")) return undefined;
  if (source.values !== undefined && !isJsonObject(source.values)) return undefined;
  if (source.variables !== undefined && !Array.isArray(source.variables)) return undefined;
  if (source.variables !== undefined) return specCall("hogql", source.query, source.values ?? null, { variables: source.variables });
  return source.values === undefined ? specCall("hogql", source.query) : specCall("hogql", source.query, source.values);
}

function describeQuery(query: JsonValue): string {
  if (!isJsonObject(query)) return "not a query node";
  return isJsonObject(query.source) && typeof query.source.kind === "string" ? `${String(query.kind)}/${query.source.kind}` : String(query.kind);
}

/**
 * An insight's stored query as users write it. `constructorName` is the SDK
 * constructor the insights kind maps the query's shape to, if any; the call is
 * used only when it rebuilds the node exactly (no extra node fields).
 */
export function specInsightQuery(query: JsonValue, constructorName: string | undefined, warn: (message: string) => void): JsonValue {
  const node = specActionRefs(query, warn);
  if (constructorName !== undefined && isJsonObject(node) && isJsonObject(node.source) && Object.keys(node).every((name) => name === "kind" || name === "source")) {
    if (constructorName === "hogql") {
      const call = hogqlCall(node.source);
      if (call) return call;
    } else {
      const options = constructorOptions(node.source);
      if (options) return specCall(constructorName, options);
    }
  }
  warn(`its query (${describeQuery(query)}) has fields or a kind the SDK does not model; it is written with rawQuery()`);
  return specCall("rawQuery", node);
}

/** An endpoint's bare query as users write it: `hogql(...)` for SQL, else the raw node with a warning. */
export function specEndpointQuery(query: JsonValue, warn: (message: string) => void): JsonValue {
  const call = hogqlCall(query);
  if (call) return call;
  warn(`its query (${describeQuery(query)}) has fields or a kind the SDK does not model; it is written as a raw query object`);
  return query;
}
