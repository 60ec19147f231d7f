import { checkEdgeWhitespace } from "../char-field.js";
import { buildTagPayload, normalizeUserTags, readIdentityTag } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { dropNulls, textOrEmpty } from "../normalize.js";
import { diffFields } from "../plan/diff.js";
import type { FieldChange } from "../plan/types.js";
import { arrayOf, field, json, object, required, sdkType, string } from "../schema.js";
import { compactSpec, slugKey, unlessDefault } from "../spec.js";
import { canonicalActionRefs, collectActionRefs, observedActionRefs, resolveActionRefs } from "./action-refs.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";
import { comparedQuery, storedInsightQuery } from "./query-forms.js";
import { specInsightQuery } from "./query-spec.js";
import { canonicalStoredQuery } from "./query-upgrade.js";

const KEY_HINT = "use letters, digits, '-', '_' and '.'";

/**
 * Queries compare in the form PostHog serves them: upgraded by its schema migrations, without the
 * `version` stamp and without the nulls the upgrade adds, on both sides of the plan.
 */
function normalizeQuery(query: JsonValue | undefined): JsonValue {
  return query === undefined ? null : canonicalStoredQuery(dropNulls(query));
}

/** The SDK constructor of each query shape it models (`node/source` kinds); any other shape needs `rawQuery()`. */
const CONSTRUCTORS = new Map([
  ["InsightVizNode/TrendsQuery", "trends"],
  ["InsightVizNode/FunnelsQuery", "funnels"],
  ["InsightVizNode/RetentionQuery", "retention"],
  ["InsightVizNode/PathsQuery", "paths"],
  ["InsightVizNode/StickinessQuery", "stickiness"],
  ["InsightVizNode/LifecycleQuery", "lifecycle"],
  ["DataVisualizationNode/HogQLQuery", "hogql"],
]);

/** The SDK constructor that builds a stored query's shape, or undefined when only `rawQuery()` can express it. */
export function findQueryConstructor(query: JsonValue | undefined): string | undefined {
  if (!isJsonObject(query) || !isJsonObject(query.source)) return undefined;
  return CONSTRUCTORS.get(`${String(query.kind)}/${String(query.source.kind)}`);
}

/** How plans name each query kind: "trends: interval day → week". */
const QUERY_LABELS = new Map([
  ["TrendsQuery", "trends"],
  ["FunnelsQuery", "funnel"],
  ["RetentionQuery", "retention"],
  ["PathsQuery", "paths"],
  ["StickinessQuery", "stickiness"],
  ["LifecycleQuery", "lifecycle"],
  ["HogQLQuery", "SQL"],
]);

/** Reviewer-facing names of query fields, by path inside the source query. */
const FIELD_NAMES = new Map([
  ["dateRange.date_from", "date from"],
  ["dateRange.date_to", "date to"],
  ["dateRange.explicitDate", "exact dates"],
  ["filterTestAccounts", "filter test accounts"],
  ["breakdownFilter.breakdown", "breakdown"],
  ["breakdownFilter.breakdown_type", "breakdown type"],
  ["breakdownFilter.breakdown_limit", "breakdown limit"],
  ["compareFilter.compare", "compare to previous period"],
  ["compareFilter.compare_to", "compare to"],
  ["trendsFilter.display", "display"],
  ["trendsFilter.formula", "formula"],
  ["funnelsFilter.funnelVizType", "graph type"],
  ["funnelsFilter.funnelOrderType", "step order"],
  ["funnelsFilter.funnelStepReference", "conversion rate from"],
  ["funnelsFilter.breakdownAttributionType", "breakdown attribution"],
  ["retentionFilter.period", "period"],
  ["retentionFilter.totalIntervals", "intervals"],
  ["retentionFilter.retentionType", "retention type"],
  ["retentionFilter.retentionReference", "relative to"],
  ["pathsFilter.includeEventTypes", "event types"],
  ["pathsFilter.startPoint", "start point"],
  ["pathsFilter.endPoint", "end point"],
  ["pathsFilter.stepLimit", "step limit"],
  ["pathsFilter.excludeEvents", "excluded events"],
  ["stickinessFilter.display", "display"],
  ["stickinessFilter.computedAs", "computed as"],
  ["lifecycleFilter.toggledLifecycles", "lifecycles shown"],
]);

/** The query's own kind: the source's for an `InsightVizNode`/`DataVisualizationNode`, "none" for a legacy insight. */
function queryKind(query: JsonValue | undefined): string {
  if (!isJsonObject(query)) return "none";
  return isJsonObject(query.source) && typeof query.source.kind === "string" ? query.source.kind : String(query.kind);
}

function valueAt(root: JsonValue | undefined, path: string): JsonValue | undefined {
  let value = root;
  for (const segment of path.split(".")) value = Array.isArray(value) ? value[Number(segment)] : isJsonObject(value) ? value[segment] : undefined;
  return value;
}

function formatValue(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return "—";
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== "object")) return value.length === 0 ? "none" : value.map(formatValue).join(", ");
  const text = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** "event "signed up"", "action purchase", "all events": what a series entry or retention entity counts. */
function describeEntity(node: JsonValue | undefined): string {
  if (!isJsonObject(node)) return "—";
  if (node.kind === "ActionsNode" || node.type === "actions") return typeof node.action === "string" ? `action ${node.action}` : `action #${String(node.id)}`;
  const event = "event" in node ? node.event : node.id;
  return event === null || event === undefined ? "all events" : `event "${String(event)}"`;
}

function describeEntityChange(before: JsonValue | undefined, after: JsonValue | undefined): string {
  const was = describeEntity(before);
  const now = describeEntity(after);
  return was.startsWith('event "') && now.startsWith('event "') ? `${was} → ${now.slice("event ".length)}` : `${was} → ${now}`;
}

/** Lines that differ between two texts: the longer one's length minus their longest common run of lines. */
function countChangedLines(before: string, after: string): number {
  const a = before.split("\n");
  const b = after.split("\n");
  let previous: number[] = new Array<number>(b.length + 1).fill(0);
  for (const line of a) {
    const row = [0];
    b.forEach((other, j) => row.push(line === other ? previous[j]! + 1 : Math.max(previous[j + 1]!, row[j]!)));
    previous = row;
  }
  return Math.max(a.length, b.length) - previous[b.length]!;
}

function conversionWindow(filter: JsonValue | undefined): string {
  const interval = valueAt(filter, "funnelWindowInterval") ?? 14;
  const unit = valueAt(filter, "funnelWindowIntervalUnit") ?? "day";
  return `${String(interval)} ${String(unit)}${interval === 1 ? "" : "s"}`;
}

/** The series entry or retention entity a source path points into, with the plan's name for it. */
function findEntry(path: string, label: string, entry: string): { title: string; base: string; rest?: string } | undefined {
  const series = /^(series|funnelsFilter\.exclusions)\.(\d+)(?:\.(.+))?$/.exec(path);
  if (series) {
    const title = series[1] === "series" ? `${label} ${entry} ${Number(series[2]) + 1}` : `${label} exclusion ${Number(series[2]) + 1}`;
    return { title, base: `${series[1]}.${series[2]}`, rest: series[3] };
  }
  const retained = /^retentionFilter\.(targetEntity|returningEntity)(?:\.(.+))?$/.exec(path);
  if (retained) return { title: retained[1] === "targetEntity" ? "retention target" : "retention return", base: `retentionFilter.${retained[1]}`, rest: retained[2] };
  return undefined;
}

interface QueryContext {
  label: string;
  entry: string;
  before: JsonValue | undefined;
  after: JsonValue | undefined;
}

/** Splits the add or removal of an object or list of objects into changes of its members. */
function expandChange(change: FieldChange): FieldChange[] | undefined {
  const asRecord = (value: JsonValue | undefined): JsonObject | undefined =>
    Array.isArray(value) ? Object.fromEntries(value.map((item, i) => [String(i), item])) : isJsonObject(value) ? value : value === undefined ? {} : undefined;
  const structured = (value: JsonValue | undefined) => isJsonObject(value) || (Array.isArray(value) && value.some((item) => typeof item === "object" && item !== null));
  if (!structured(change.before) && !structured(change.after)) return undefined;
  const before = asRecord(change.before);
  const after = asRecord(change.after);
  if (!before || !after) return undefined;
  return diffFields(before, after).map((member) => ({ ...member, path: `${change.path}.${member.path}` }));
}

/** One change inside the source query (`path` is relative to it) as a PostHog-native line. */
function describeSourceChange(change: FieldChange, context: QueryContext, lines: Set<string>): void {
  const { label, entry } = context;
  const found = findEntry(change.path, label, entry);
  if (found) {
    const was = valueAt(context.before, found.base);
    const now = valueAt(context.after, found.base);
    if (was === undefined) lines.add(`${found.title} added: ${describeEntity(now)}`);
    else if (now === undefined) lines.add(`${found.title} removed: ${describeEntity(was)}`);
    else if (describeEntity(was) !== describeEntity(now)) lines.add(`${found.title}: ${describeEntityChange(was, now)}`);
    else if (found.rest?.startsWith("properties")) lines.add(`${found.title}: filters changed`);
    else if (found.rest) lines.add(`${found.title}: ${found.rest} ${formatValue(change.before)} → ${formatValue(change.after)}`);
    return;
  }
  if (change.path === "properties" || change.path.startsWith("properties.")) {
    lines.add(`${label}: property filters changed`);
  } else if (change.path === "query" && label === "SQL") {
    const count = countChangedLines(textOrEmpty(change.before), textOrEmpty(change.after));
    lines.add(`SQL query changed (${count} line${count === 1 ? "" : "s"})`);
  } else if (/^funnelsFilter\.funnelWindowInterval(Unit)?$/.test(change.path)) {
    lines.add(`${label}: conversion window ${conversionWindow(valueAt(context.before, "funnelsFilter"))} → ${conversionWindow(valueAt(context.after, "funnelsFilter"))}`);
  } else {
    describeOtherChange(change, label, FIELD_NAMES.get(change.path) ?? change.path, (member) => describeSourceChange(member, context, lines), lines);
  }
}

function describeOtherChange(change: FieldChange, label: string, name: string, describeMember: (member: FieldChange) => void, lines: Set<string>): void {
  const members = expandChange(change);
  if (members) members.forEach(describeMember);
  else lines.add(`${label}: ${name} ${formatValue(change.before)} → ${formatValue(change.after)}`);
}

/**
 * Query changes as PostHog-native one-liners ("trends: interval day → week",
 * "funnel step 2: event "checkout started" → "checkout opened"", "SQL query
 * changed (3 lines)"), so a reviewer reads the intent before the JSON diff.
 */
function summarizeInsight(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  const changed = changes.filter((c) => c.path === "query" || c.path.startsWith("query."));
  if (changed.length === 0) return [];
  const kindBefore = queryKind(before?.query);
  const kindAfter = queryKind(after?.query);
  if (kindBefore !== kindAfter) return [`query kind ${kindBefore} → ${kindAfter}`];
  const nodeBefore = valueAt(before?.query, "kind");
  const nodeAfter = valueAt(after?.query, "kind");
  if (nodeBefore !== nodeAfter) return [`query kind ${formatValue(nodeBefore)} → ${formatValue(nodeAfter)}`];
  const label = QUERY_LABELS.get(kindAfter) ?? kindAfter;
  const context = { label, entry: kindAfter === "FunnelsQuery" ? "step" : "series", before: valueAt(before?.query, "source"), after: valueAt(after?.query, "source") };
  const lines = new Set<string>();
  for (const change of changed) {
    if (change.path.startsWith("query.source.")) {
      describeSourceChange({ ...change, path: change.path.slice("query.source.".length) }, context, lines);
    } else {
      const nodeChange = { ...change, path: change.path.slice("query.".length) };
      const describeNode = (member: FieldChange) => describeOtherChange(member, label, member.path, describeNode, lines);
      describeNode(nodeChange);
    }
  }
  return [...lines];
}

/** Warns when a created or edited insight uses a query shape the SDK does not model, because nothing checks it. */
function warnUnmodelledQuery(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  const query = after?.query;
  if (before !== undefined && !changes.some((c) => c.path === "query" || c.path.startsWith("query."))) return [];
  if (!isJsonObject(query) || findQueryConstructor(query) !== undefined) return [];
  const source = isJsonObject(query.source) && typeof query.source.kind === "string" ? ` (source ${query.source.kind})` : "";
  return [`the SDK does not model query kind ${String(query.kind)}${source}: it is sent as written and nothing checks its fields`];
}

/** Insights: `InsightVizNode`/`DataVisualizationNode` queries, tagged `iac:insights:<key>`. */
export const insights: KindModule<"insights"> = defineKind({
  name: "insights",
  label: "insight",
  constructorName: "insight",
  folder: "insights",
  references: ["actions"],
  sdk: { spec: "InsightSpec", doc: "Fields of `insight()`.", alias: { name: "Insight", doc: "A defined insight; pass it to dashboard tiles to place it." }, constructorDoc: "Defines an insight. It becomes one resource however many dashboards show it." },
  readme: { resource: "Insights", sdk: "`insight()` with `trends()`, `funnels()`, `retention()`, `paths()`, `stickiness()`, `lifecycle()`, `hogql()`, or `rawQuery()` for any other query kind (plans warn that it is unchecked); target actions with `{ action }`", identity: "tag" },
  ui: { path: "insights", idField: "short_id" },
  activityScope: "Insight",
  api: { collection: "insights", remove: "soft" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: KEY_HINT, max: 200 })),
    name: required(string({ max: 400, nonEmpty: true })),
    // `Insight.description` is a `CharField(max_length=400)` (posthog/models/insight.py).
    description: string({ max: 400 }),
    query: field(sdkType(json, { type: "InsightQuery | InsightQueryNode | HogQLQuery" }), {
      required: true,
      doc: "A query constructor's node, or the bare query PostHog's tool writes (wrapped as that tool wraps it).",
    }),
    tags: arrayOf(string({ max: 255 })),
  }),
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name", description: "description" }, report);
    const query = spec.query;
    if (!isJsonObject(query) || typeof query.kind !== "string") {
      report("query", "expected a query node such as trends(...) or hogql(...)");
      return;
    }
    if ((query.kind === "InsightVizNode" || query.kind === "DataVisualizationNode") && !isJsonObject(query.source)) {
      report("query.source", `a ${query.kind} needs a source query`);
    }
  },
  toDesired(spec) {
    const query = canonicalActionRefs(normalizeQuery(storedInsightQuery(spec.query)));
    return {
      fields: {
        name: textOrEmpty(spec.name),
        description: textOrEmpty(spec.description),
        query,
        tags: normalizeUserTags(spec.tags),
      },
      dependsOn: collectActionRefs(query),
    };
  },
  identify(raw) {
    return readIdentityTag("insights", raw.tags);
  },
  toObserved(raw, lookup) {
    return {
      name: textOrEmpty(raw.name),
      description: textOrEmpty(raw.description),
      query: observedActionRefs(normalizeQuery(raw.query), lookup),
      tags: normalizeUserTags(raw.tags),
    };
  },
  compare(live, desired) {
    return { ...live, query: comparedQuery(live.query, desired.query) ?? null };
  },
  toPayload(key, fields, lookup, action): JsonObject {
    return {
      name: fields.name as string,
      description: fields.description as string,
      query: resolveActionRefs(fields.query as JsonValue, lookup),
      tags: buildTagPayload("insights", key, fields.tags),
      // Insights are created unsaved unless asked, which keeps them out of "Saved insights" and search;
      // every later update saves them anyway (`validated_data.setdefault("saved", True)`).
      ...(action === "create" ? { saved: true } : {}),
    };
  },
  proposeKey(raw) {
    return slugKey(raw.name ?? raw.derived_name, `insight-${String(raw.id)}`);
  },
  toSpec(fields, key, warn) {
    if (fields.query === null) warn("has no query (it was saved with legacy filters), so it cannot be written as a definition");
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      query: fields.query === null ? undefined : specInsightQuery(fields.query as JsonValue, findQueryConstructor(fields.query), warn),
      tags: unlessDefault(fields.tags, []),
    });
  },
  summarize: summarizeInsight,
  warn: warnUnmodelledQuery,
});
