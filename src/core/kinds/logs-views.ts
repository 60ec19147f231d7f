import { checkEdgeWhitespace, describeMarkerOverflow, stripCharField } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { flagOr, textOrEmpty } from "../normalize.js";
import { arrayOf, boolean, field, json, nullable, number, object, oneOf, recordOf, required, string } from "../schema.js";
import { compactSpec, slugKey, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";

/** `LogsView.name` is a `CharField(max_length=400)`; the identity marker counts against it. */
const NAME_MAX = 400;
const COLUMN_TYPES = ["timestamp", "level", "source", "trace_id", "span_id", "message", "custom"] as const;

const column = object({
  id: field(string({ nonEmpty: true }), { required: true, doc: "A stable handle of the column's own (PostHog never interprets it)." }),
  type: required(oneOf(...COLUMN_TYPES)),
  name: field(string({ nonEmpty: true }), { doc: "The header's label, instead of the type's." }),
  expression: field(string({ nonEmpty: true }), { doc: "For a `custom` column: `attributes.<key>`, `resource_attributes.<key>`, `body.<path>` or a HogQL expression." }),
  width: field(number({ integer: true, min: 1, max: 2000 }), { doc: "In pixels." }),
});

/** A column as PostHog stores it: only the keys given, each string trimmed (DRF CharField). */
function canonicalColumn(value: JsonValue): JsonValue {
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, typeof member === "string" ? member.trim() : member]));
}

function canonicalColumns(value: JsonValue | undefined): JsonValue {
  return Array.isArray(value) ? value.map(canonicalColumn) : null;
}

/**
 * Saved logs views (`/api/projects/:id/logs/views/`, addressed by `short_id`): a name, the logs
 * viewer's filters, the table's columns and whether the view is pinned. PostHog gives a view no
 * tags or description, so the identity marker trails its name, as PostHog's own tool writes it.
 * PostHog serves views only where its `logs-saved-views` feature flag is on (`betaFlag`). Hard delete.
 */
export const logsViews: KindModule<"logs-views"> = defineKind({
  name: "logs-views",
  label: "logs view",
  constructorName: "logsView",
  folder: "logs-views",
  references: [],
  sdk: { spec: "LogsViewSpec", doc: "A saved view of the logs viewer: its filters and table columns.", constructorDoc: "Declares a saved logs view." },
  readme: { resource: "Logs views", sdk: "`logsView()` with the viewer's filters, its columns and the pinned state", identity: "description marker" },
  api: { collection: "logs/views", remove: "hard", pathId: (raw) => String(raw.short_id) },
  ui: { path: "logs", page: () => "logs" },
  betaFlag: "logs-saved-views",
  schema: object({
    key: required(string()),
    name: field(string({ nonEmpty: true }), { required: true, doc: "Shown in the saved-views picker; it also carries the identity marker, and PostHog keeps 400 characters of both." }),
    filters: field(recordOf(json), { doc: "The logs viewer's filters (severityLevels, serviceNames, searchTerm, filterGroup, dateRange, …), sent as they are." }),
    columns: field(nullable(arrayOf(column)), { doc: "The table's columns in order; left out (null), the viewer shows its default columns." }),
    pinned: boolean,
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "name" }, report);
    const overflow = describeMarkerOverflow("logs-views", String(spec.key), spec.name, NAME_MAX, context?.owner, "name");
    if (overflow !== undefined) report("name", overflow);
    (Array.isArray(spec.columns) ? spec.columns : []).forEach((entry, index) => {
      if (isJsonObject(entry) && entry.type === "custom" && !textOrEmpty(entry.expression).trim()) report(`columns.${index}.expression`, "a custom column needs an expression (PostHog: \"Custom columns require an expression.\")");
    });
  },
  toDesired(spec) {
    return {
      fields: {
        name: stripCharField(textOrEmpty(spec.name)),
        filters: isJsonObject(spec.filters) ? spec.filters : {},
        columns: canonicalColumns(spec.columns),
        pinned: flagOr(spec.pinned, false),
      },
      dependsOn: [],
    };
  },
  identify(raw) {
    return readIdentityMarker("logs-views", raw.name);
  },
  toObserved(raw) {
    return {
      name: stripIdentityMarker(raw.name),
      filters: isJsonObject(raw.filters) ? raw.filters : {},
      columns: canonicalColumns(raw.columns),
      pinned: flagOr(raw.pinned, false),
    };
  },
  toPayload(key, fields) {
    return { name: appendIdentityMarker("logs-views", key, fields.name), filters: fields.filters as JsonObject, columns: fields.columns as JsonValue, pinned: fields.pinned as boolean };
  },
  proposeKey(raw) {
    const slug = slugKey(stripIdentityMarker(raw.name), `logs-view-${String(raw.short_id)}`).slice(0, 40).replace(/-+$/, "");
    return /^[a-z]/.test(slug) ? slug : `logs-view-${slug}`;
  },
  toSpec(fields, key) {
    return compactSpec({
      key,
      name: fields.name,
      filters: unlessDefault(fields.filters, {}),
      columns: fields.columns ?? undefined,
      pinned: unlessDefault(fields.pinned, false),
    });
  },
  summarize(changes, before, after) {
    if (before === undefined || after === undefined) return [];
    const lines: string[] = [];
    if (changes.some((change) => change.path === "pinned")) lines.push(after.pinned === true ? "view pinned" : "view unpinned");
    if (changes.some((change) => change.path === "columns" || change.path.startsWith("columns."))) {
      const count = (value: JsonValue | undefined) => (Array.isArray(value) ? `${value.length} column(s)` : "the default columns");
      lines.push(`columns: ${count(before.columns)} → ${count(after.columns)}`);
    }
    return lines;
  },
});
