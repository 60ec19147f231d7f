import { serverError } from "./errors.js";
import { isTruthy } from "./fields.js";
import { cloneJson, isJsonEqual, isRecord, type JsonRecord } from "./json.js";

/**
 * PostHog's stored-query schema migrations (`posthog/schema_migrations/`), applied on every read of an
 * insight (`InsightBasicSerializer.to_representation` → `upgrade()`). Each migration lifts one node
 * kind from `version` N to N + 1 and stamps the new `version`; the latest version of a kind is one
 * past its highest migration target. Stored queries are never rewritten, only their representation.
 */
interface SchemaMigration {
  targets: Readonly<Record<string, number>>;
  transform(query: JsonRecord): JsonRecord;
}

const RESULT_CUSTOMIZATION_FILTER: Readonly<Record<string, string>> = { TrendsQuery: "trendsFilter", StickinessQuery: "stickinessFilter" };

/** 0001_retention_query_show_mean: boolean `showMean` becomes `meanRetentionCalculation`. */
const retentionShowMean: SchemaMigration = {
  targets: { RetentionQuery: 1 },
  transform(query) {
    const filter = query.retentionFilter;
    if (!isRecord(filter) || !Object.hasOwn(filter, "showMean")) return query;
    if (!Object.hasOwn(filter, "meanRetentionCalculation")) filter.meanRetentionCalculation = isTruthy(filter.showMean) ? "simple" : "none";
    delete filter.showMean;
    return query;
  },
};

/** 0002_stickiness_hidden_legend_indexes: trends `hiddenLegendIndexes` become hidden position customizations. */
const hiddenLegendIndexes: SchemaMigration = {
  targets: { TrendsQuery: 1, StickinessQuery: 1 },
  transform(query) {
    const filter = query.trendsFilter;
    if (query.kind !== "TrendsQuery" || !isRecord(filter)) return query;
    const hidden = filter.hiddenLegendIndexes;
    if (!isTruthy(hidden)) return query;
    const customizations = filter.resultCustomizations ?? {};
    if (!isRecord(customizations) || !Array.isArray(hidden)) throw serverError();
    const byValue = Object.values(customizations).some((value) => isRecord(value) && value.assignmentBy === "value");
    const mode = filter.resultCustomizationBy;
    if ((mode === "value" || !isTruthy(mode)) && byValue) {
      delete filter.hiddenLegendIndexes;
      return query;
    }
    const merged: JsonRecord = { ...customizations };
    for (const index of hidden) {
      const key = String(index);
      if (!Object.hasOwn(merged, key)) merged[key] = { assignmentBy: "position" };
      const entry = merged[key];
      if (!isRecord(entry)) throw serverError();
      entry.hidden = true;
    }
    delete filter.hiddenLegendIndexes;
    query.trendsFilter = { ...filter, resultCustomizationBy: "position", resultCustomizations: merged };
    return query;
  },
};

function hasCompare(query: JsonRecord): boolean {
  return isRecord(query.compareFilter) && query.compareFilter.compare === true;
}

function hasBreakdown(query: JsonRecord): boolean {
  const breakdown = query.breakdownFilter;
  if (!isRecord(breakdown)) return false;
  if (isTruthy(breakdown.breakdown_type) && isTruthy(breakdown.breakdown)) return true;
  return Array.isArray(breakdown.breakdowns) && breakdown.breakdowns.length > 0;
}

function baseSeriesCount(query: JsonRecord, filter: JsonRecord): number {
  if (Array.isArray(filter.formulaNodes) && filter.formulaNodes.length > 0) return filter.formulaNodes.length;
  if (Array.isArray(filter.formulas) && filter.formulas.length > 0) return filter.formulas.length;
  if (isTruthy(filter.formula)) return 1;
  return Array.isArray(query.series) ? query.series.length : 0;
}

function parseJsonObject(key: string): JsonRecord | undefined {
  try {
    const parsed: unknown = JSON.parse(key);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function mergeByValue(customizations: JsonRecord, compareOn: boolean): JsonRecord {
  const merged: JsonRecord = {};
  for (const [key, value] of Object.entries(customizations)) {
    const parsed = parseJsonObject(key);
    if (parsed === undefined || !Object.hasOwn(parsed, "compare_label")) {
      if (!(Object.hasOwn(merged, key) && compareOn)) merged[key] = value;
      continue;
    }
    const { compare_label: label, ...base } = parsed;
    if (label !== "current") continue;
    const baseKey = JSON.stringify(base);
    if (!(Object.hasOwn(merged, baseKey) && !compareOn)) merged[baseKey] = value;
  }
  return merged;
}

function mergeByPosition(query: JsonRecord, filter: JsonRecord, customizations: JsonRecord): JsonRecord {
  if (!hasCompare(query) || hasBreakdown(query)) return customizations;
  const base = baseSeriesCount(query, filter);
  if (base === 0) return customizations;
  const remapped: JsonRecord = {};
  const offset: [number, unknown][] = [];
  for (const [key, value] of Object.entries(customizations)) {
    const position = /^\s*[+-]?\d+\s*$/.test(key) ? Number.parseInt(key, 10) : undefined;
    if (position === undefined || position < base) remapped[key] = value;
    else offset.push([position, value]);
  }
  for (const [position, value] of offset) {
    const target = String(position - base);
    if (!Object.hasOwn(remapped, target)) remapped[target] = value;
  }
  return remapped;
}

/** 0003_trends_result_customizations_compare: per-compare-period customizations merge into the base series entry. */
const compareCustomizations: SchemaMigration = {
  targets: { TrendsQuery: 2, StickinessQuery: 2 },
  transform(query) {
    const filterKey = RESULT_CUSTOMIZATION_FILTER[String(query.kind)];
    const filter = filterKey === undefined ? undefined : query[filterKey];
    if (filterKey === undefined || !isRecord(filter)) return query;
    const customizations = filter.resultCustomizations;
    if (!isRecord(customizations) || Object.keys(customizations).length === 0) return query;
    const merged =
      filter.resultCustomizationBy === "position" ? mergeByPosition(query, filter, customizations) : mergeByValue(customizations, hasCompare(query));
    if (isJsonEqual(merged, customizations)) return query;
    query[filterKey] = { ...filter, resultCustomizations: merged };
    return query;
  },
};

const DATA_WAREHOUSE_SERIES_KIND: Readonly<Record<string, string>> = {
  TrendsQuery: "DataWarehouseNode",
  StickinessQuery: "DataWarehouseNode",
  LifecycleQuery: "DataWarehouseNode",
  CalendarHeatmapQuery: "DataWarehouseNode",
  FunnelsQuery: "FunnelsDataWarehouseNode",
};

function stampKind(item: unknown, dataWarehouseKind: string | undefined): unknown {
  if (!isRecord(item) || Object.hasOwn(item, "kind")) return item;
  if (dataWarehouseKind !== undefined && Object.hasOwn(item, "table_name")) return { ...item, kind: dataWarehouseKind };
  if (Object.hasOwn(item, "id") && !Object.hasOwn(item, "event")) return { ...item, kind: "ActionsNode" };
  return { ...item, kind: "EventsNode" };
}

/** 0004_entity_node_kind: series entries and funnel exclusions without `kind` get the one pydantic used to infer. */
const entityNodeKind: SchemaMigration = {
  targets: { TrendsQuery: 3, StickinessQuery: 3, LifecycleQuery: 1, CalendarHeatmapQuery: 1, FunnelsQuery: 1 },
  transform(query) {
    const dataWarehouseKind = DATA_WAREHOUSE_SERIES_KIND[String(query.kind)];
    if (Array.isArray(query.series)) query.series = query.series.map((item) => stampKind(item, dataWarehouseKind));
    const funnelsFilter = query.funnelsFilter;
    if (query.kind === "FunnelsQuery" && isRecord(funnelsFilter) && Array.isArray(funnelsFilter.exclusions)) {
      query.funnelsFilter = { ...funnelsFilter, exclusions: funnelsFilter.exclusions.map((item) => stampKind(item, undefined)) };
    }
    return query;
  },
};

/** 0005_trends_result_customizations_homogeneous: customizations not matching `resultCustomizationBy` are dropped. */
const homogeneousCustomizations: SchemaMigration = {
  targets: { TrendsQuery: 4, StickinessQuery: 4 },
  transform(query) {
    const filterKey = RESULT_CUSTOMIZATION_FILTER[String(query.kind)];
    const filter = filterKey === undefined ? undefined : query[filterKey];
    if (filterKey === undefined || !isRecord(filter)) return query;
    const customizations = filter.resultCustomizations;
    if (!isRecord(customizations) || Object.keys(customizations).length === 0) return query;
    const mode = isTruthy(filter.resultCustomizationBy) ? filter.resultCustomizationBy : "value";
    const assignment = (value: unknown) => (isRecord(value) && isTruthy(value.assignmentBy) ? value.assignmentBy : "value");
    const kept = Object.fromEntries(Object.entries(customizations).filter(([, value]) => assignment(value) === mode));
    if (isJsonEqual(kept, customizations)) return query;
    query[filterKey] = { ...filter, resultCustomizations: kept };
    return query;
  },
};

/** 0003_data_visualization_pie_show_total: `chartSettings.showPieTotal` moves to `chartSettings.pie.showTotal`. */
const pieShowTotal: SchemaMigration = {
  targets: { DataVisualizationNode: 1 },
  transform(query) {
    const settings = query.chartSettings;
    if (!isRecord(settings) || !Object.hasOwn(settings, "showPieTotal")) return query;
    const showTotal = settings.showPieTotal;
    delete settings.showPieTotal;
    const pie = isRecord(settings.pie) ? settings.pie : {};
    if (!Object.hasOwn(pie, "showTotal")) pie.showTotal = showTotal;
    settings.pie = pie;
    return query;
  },
};

const MIGRATIONS = [retentionShowMean, hiddenLegendIndexes, compareCustomizations, pieShowTotal, entityNodeKind, homogeneousCustomizations];

/** Migration by node kind and source version, and each kind's latest version, built as `_discover_migrations` builds them. */
const BY_KIND = new Map<string, Map<number, SchemaMigration>>();
const LATEST_VERSIONS = new Map<string, number>();
for (const migration of MIGRATIONS) {
  for (const [kind, version] of Object.entries(migration.targets)) {
    if (!BY_KIND.has(kind)) BY_KIND.set(kind, new Map());
    BY_KIND.get(kind)!.set(version, migration);
    LATEST_VERSIONS.set(kind, Math.max(LATEST_VERSIONS.get(kind) ?? 1, version + 1));
  }
}

function upgradeNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(upgradeNode);
  if (!isRecord(node)) return node;
  let current = node;
  const kind = current.kind;
  const latest = typeof kind === "string" ? LATEST_VERSIONS.get(kind) : undefined;
  if (typeof kind === "string" && latest !== undefined) {
    for (;;) {
      const raw = current.version;
      const version = isTruthy(raw) ? raw : 1;
      if (typeof version !== "number") throw serverError();
      if (version >= latest) break;
      const migration = BY_KIND.get(kind)?.get(version);
      if (migration === undefined) throw serverError();
      current = migration.transform(cloneJson(current));
      current.version = version + 1;
    }
  }
  for (const [key, value] of Object.entries(current)) current[key] = upgradeNode(value);
  return current;
}

/** The representation of a stored query: every node of a migrated kind lifted to its latest version. */
export function upgradeQuery(query: JsonRecord | null): JsonRecord | null {
  return query === null ? null : (upgradeNode(cloneJson(query)) as JsonRecord);
}
