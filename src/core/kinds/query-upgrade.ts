import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";

/**
 * PostHog upgrades every stored insight query when it serves it (`posthog/schema_migrations/`,
 * applied in `InsightBasicSerializer.to_representation`): each migration lifts one node kind one
 * `version` and may rewrite fields. Plans compare queries in that upgraded form, on both sides, so a
 * query written in an older shape does not diff against what PostHog serves back, and `version`
 * itself (a server-side stamp) is left out so a server with more or fewer migrations reads the same.
 */

type Transform = (query: JsonObject) => JsonObject;

const CUSTOMIZATION_FILTER: Readonly<Record<string, string>> = { TrendsQuery: "trendsFilter", StickinessQuery: "stickinessFilter" };

function truthy(value: JsonValue | undefined): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  return !isJsonObject(value) || Object.keys(value).length > 0;
}

function retentionShowMean(query: JsonObject): JsonObject {
  const filter = query.retentionFilter;
  if (!isJsonObject(filter) || !("showMean" in filter)) return query;
  const { showMean, ...rest } = filter;
  query.retentionFilter = "meanRetentionCalculation" in rest ? rest : { ...rest, meanRetentionCalculation: truthy(showMean) ? "simple" : "none" };
  return query;
}

function hiddenLegendIndexes(query: JsonObject): JsonObject {
  const filter = query.trendsFilter;
  if (query.kind !== "TrendsQuery" || !isJsonObject(filter) || !Array.isArray(filter.hiddenLegendIndexes) || filter.hiddenLegendIndexes.length === 0) return query;
  const { hiddenLegendIndexes: hidden, ...rest } = filter;
  const customizations = isJsonObject(filter.resultCustomizations) ? filter.resultCustomizations : {};
  const byValue = Object.values(customizations).some((value) => isJsonObject(value) && value.assignmentBy === "value");
  if ((filter.resultCustomizationBy === "value" || !truthy(filter.resultCustomizationBy)) && byValue) {
    query.trendsFilter = rest;
    return query;
  }
  const merged: JsonObject = { ...customizations };
  for (const index of hidden as JsonValue[]) {
    const entry = merged[String(index)];
    merged[String(index)] = { ...(isJsonObject(entry) ? entry : { assignmentBy: "position" }), hidden: true };
  }
  query.trendsFilter = { ...rest, resultCustomizationBy: "position", resultCustomizations: merged };
  return query;
}

function hasCompare(query: JsonObject): boolean {
  return isJsonObject(query.compareFilter) && query.compareFilter.compare === true;
}

function hasBreakdown(query: JsonObject): boolean {
  const breakdown = query.breakdownFilter;
  if (!isJsonObject(breakdown)) return false;
  return (truthy(breakdown.breakdown_type) && truthy(breakdown.breakdown)) || (Array.isArray(breakdown.breakdowns) && breakdown.breakdowns.length > 0);
}

function baseSeriesCount(query: JsonObject, filter: JsonObject): number {
  for (const list of [filter.formulaNodes, filter.formulas]) if (Array.isArray(list) && list.length > 0) return list.length;
  if (truthy(filter.formula)) return 1;
  return Array.isArray(query.series) ? query.series.length : 0;
}

function mergeByValue(customizations: JsonObject, compareOn: boolean): JsonObject {
  const merged: JsonObject = {};
  for (const [key, value] of Object.entries(customizations)) {
    let parsed: JsonValue | undefined;
    try {
      parsed = JSON.parse(key) as JsonValue;
    } catch {
      parsed = undefined;
    }
    if (!isJsonObject(parsed) || !("compare_label" in parsed)) {
      if (!(key in merged && compareOn)) merged[key] = value;
      continue;
    }
    const { compare_label: label, ...base } = parsed;
    const baseKey = JSON.stringify(base);
    if (label === "current" && !(baseKey in merged && !compareOn)) merged[baseKey] = value;
  }
  return merged;
}

function mergeByPosition(query: JsonObject, filter: JsonObject, customizations: JsonObject): JsonObject {
  const base = baseSeriesCount(query, filter);
  if (!hasCompare(query) || hasBreakdown(query) || base === 0) return customizations;
  const remapped: JsonObject = {};
  const offset: [number, JsonValue][] = [];
  for (const [key, value] of Object.entries(customizations)) {
    const position = /^\s*[+-]?\d+\s*$/.test(key) ? Number.parseInt(key, 10) : undefined;
    if (position === undefined || position < base) remapped[key] = value;
    else offset.push([position, value]);
  }
  for (const [position, value] of offset) if (!(String(position - base) in remapped)) remapped[String(position - base)] = value;
  return remapped;
}

/** Rewrites the result customizations of a trends or stickiness filter, leaving the query alone when nothing changes. */
function withCustomizations(query: JsonObject, rewrite: (filter: JsonObject, customizations: JsonObject) => JsonObject): JsonObject {
  const filterKey = CUSTOMIZATION_FILTER[String(query.kind)];
  const filter = filterKey === undefined ? undefined : query[filterKey];
  if (filterKey === undefined || !isJsonObject(filter) || !isJsonObject(filter.resultCustomizations) || Object.keys(filter.resultCustomizations).length === 0) return query;
  const next = rewrite(filter, filter.resultCustomizations);
  if (!isDeepEqual(next, filter.resultCustomizations)) query[filterKey] = { ...filter, resultCustomizations: next };
  return query;
}

function compareCustomizations(query: JsonObject): JsonObject {
  return withCustomizations(query, (filter, customizations) =>
    filter.resultCustomizationBy === "position" ? mergeByPosition(query, filter, customizations) : mergeByValue(customizations, hasCompare(query)),
  );
}

function homogeneousCustomizations(query: JsonObject): JsonObject {
  return withCustomizations(query, (filter, customizations) => {
    const mode = truthy(filter.resultCustomizationBy) ? filter.resultCustomizationBy : "value";
    const assignment = (value: JsonValue) => (isJsonObject(value) && truthy(value.assignmentBy) ? value.assignmentBy : "value");
    return Object.fromEntries(Object.entries(customizations).filter(([, value]) => assignment(value) === mode));
  });
}

const WAREHOUSE_SERIES_KIND: Readonly<Record<string, string>> = {
  TrendsQuery: "DataWarehouseNode",
  StickinessQuery: "DataWarehouseNode",
  LifecycleQuery: "DataWarehouseNode",
  CalendarHeatmapQuery: "DataWarehouseNode",
  FunnelsQuery: "FunnelsDataWarehouseNode",
};

function stampKind(item: JsonValue, warehouseKind: string | undefined): JsonValue {
  if (!isJsonObject(item) || "kind" in item) return item;
  if (warehouseKind !== undefined && "table_name" in item) return { ...item, kind: warehouseKind };
  return { ...item, kind: "id" in item && !("event" in item) ? "ActionsNode" : "EventsNode" };
}

function entityNodeKind(query: JsonObject): JsonObject {
  const warehouseKind = WAREHOUSE_SERIES_KIND[String(query.kind)];
  if (Array.isArray(query.series)) query.series = query.series.map((item) => stampKind(item, warehouseKind));
  const funnels = query.funnelsFilter;
  if (query.kind === "FunnelsQuery" && isJsonObject(funnels) && Array.isArray(funnels.exclusions)) {
    query.funnelsFilter = { ...funnels, exclusions: funnels.exclusions.map((item) => stampKind(item, undefined)) };
  }
  return query;
}

function pieShowTotal(query: JsonObject): JsonObject {
  const settings = query.chartSettings;
  if (!isJsonObject(settings) || !("showPieTotal" in settings)) return query;
  const { showPieTotal, ...rest } = settings;
  const pie = isJsonObject(rest.pie) ? rest.pie : {};
  query.chartSettings = { ...rest, pie: "showTotal" in pie ? pie : { ...pie, showTotal: showPieTotal ?? null } };
  return query;
}

/** `[targets, transform]` per migration file, in PostHog's file order; a kind's latest version is one past its highest target. */
const MIGRATIONS: readonly [Readonly<Record<string, number>>, Transform][] = [
  [{ RetentionQuery: 1 }, retentionShowMean],
  [{ TrendsQuery: 1, StickinessQuery: 1 }, hiddenLegendIndexes],
  [{ DataVisualizationNode: 1 }, pieShowTotal],
  [{ TrendsQuery: 2, StickinessQuery: 2 }, compareCustomizations],
  [{ TrendsQuery: 3, StickinessQuery: 3, LifecycleQuery: 1, CalendarHeatmapQuery: 1, FunnelsQuery: 1 }, entityNodeKind],
  [{ TrendsQuery: 4, StickinessQuery: 4 }, homogeneousCustomizations],
];

function findTransform(kind: string, version: number): Transform | undefined {
  return MIGRATIONS.find(([targets]) => targets[kind] === version)?.[1];
}

/** Upgrades every node of a migrated kind to the latest version the product knows, then drops `version` from every query node. */
export function canonicalStoredQuery(node: JsonValue): JsonValue {
  if (Array.isArray(node)) return node.map(canonicalStoredQuery);
  if (!isJsonObject(node)) return node;
  let current: JsonObject = { ...node };
  const kind = current.kind;
  if (typeof kind === "string") {
    for (;;) {
      const version = typeof current.version === "number" && current.version > 0 ? current.version : 1;
      const transform = findTransform(kind, version);
      if (transform === undefined) break;
      current = { ...transform(structuredClone(current)), version: version + 1 };
    }
    delete current.version;
  }
  return Object.fromEntries(Object.entries(current).map(([key, value]) => [key, canonicalStoredQuery(value)]));
}
