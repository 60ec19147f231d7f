import { stripCharField } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject } from "../json.js";
import { textOrEmpty } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { field, object, required, string } from "../schema.js";
import { compactSpec, slugKey, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { ConvergeContext, KindModule } from "./kind.js";

/** PostHog's own HogQL tables, which a view's name may not take (`validate_saved_query_name`). */
const POSTHOG_TABLES = new Set(["events", "groups", "persons", "person_distinct_ids", "sessions", "session_replay_events", "cohort_people", "static_cohort_people", "log_entries", "heatmaps"]);
const PLACEHOLDER = /\{\s*[A-Za-z_][\w.]*\s*\}/;

/**
 * The query is sent on create; a later change goes through here, because PostHog guards it with
 * the id of the newest query edit (`edited_history_id`), which only a fresh read gives. Reading
 * first also means a run after a lost answer sends nothing twice.
 */
async function convergeQuery(context: ConvergeContext): Promise<void> {
  const path = `warehouse_saved_queries/${String(context.id)}/`;
  const live = await context.api.get(path);
  if (live === undefined) return;
  const text = isJsonObject(live.query) ? live.query.query : undefined;
  if (text === context.fields.query) return;
  await context.api.patch(path, { query: { kind: "HogQLQuery", query: context.fields.query as string }, edited_history_id: live.latest_history_id ?? null });
}

function summarizeView(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (before === undefined || after === undefined) return [];
  const lines: string[] = [];
  if (changes.some((c) => c.path === "name")) lines.push(`renamed ${String(before.name)} → ${String(after.name)}`);
  if (changes.some((c) => c.path === "query")) lines.push("query changed; PostHog marks the view Modified");
  return lines;
}

function warnRename(changes: readonly FieldChange[], before: JsonObject | undefined): string[] {
  if (before === undefined || !changes.some((c) => c.path === "name")) return [];
  return [`queries that read this view as ${String(before.name)} stop working: PostHog does not rename the view where insights, endpoints or other views use it`];
}

/**
 * Warehouse saved queries: HogQL views, queried as tables by their name. Identity is the
 * description marker PostHog's tool writes. The query is parsed offline like every HogQL string
 * and may hold no placeholders (PostHog refuses them in views). Materialization is never asked
 * for: no `sync_frequency` is ever sent. Deleting is a DELETE, which PostHog makes a soft delete.
 */
export const warehouseSavedQueries: KindModule<"warehouse-saved-queries"> = defineKind({
  name: "warehouse-saved-queries",
  label: "warehouse saved query",
  constructorName: "warehouseSavedQuery",
  folder: "warehouse-saved-queries",
  references: [],
  sdk: { spec: "WarehouseSavedQuery", doc: "Fields of `warehouseSavedQuery()`.", constructorDoc: "Defines a warehouse saved query: a HogQL view that queries read as a table by its name." },
  readme: { resource: "Warehouse saved queries", sdk: "`warehouseSavedQuery()` (a HogQL view; SQL insights and endpoints read it by object)", identity: "description marker" },
  api: { collection: "warehouse_saved_queries", remove: "hard", readDetail: true },
  hogqlSelects: ["query"],
  hogqlTable: true,
  unique: { field: "name", desired: (_key, fields) => fields.name as string, live: (raw) => raw.name },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: field(string({ pattern: /^[A-Za-z_$][A-Za-z0-9_.$]*$/, patternHint: "a HogQL table name: letters, digits, '_', '.' or '$', not starting with a digit or '.'", max: 128 }), {
      required: true,
      doc: "The table name queries read the view by (`SELECT * FROM <name>`), unique in the project.",
    }),
    query: field(string({ nonEmpty: true }), { required: true, doc: "The HogQL SELECT that defines the view; PostHog refuses `{variables.x}` and `{filters}` placeholders in views." }),
    description: field(string(), { doc: "What the view holds; it also carries the identity marker (an HTML comment)." }),
  }),
  validate(spec, report) {
    if (typeof spec.name === "string" && POSTHOG_TABLES.has(spec.name)) report("name", `${spec.name} is one of PostHog's own tables; a view cannot take its name`);
    if (typeof spec.query === "string" && PLACEHOLDER.test(spec.query)) report("query", "PostHog refuses placeholders such as {variables.x} and {filters} in views");
  },
  toDesired(spec) {
    return { fields: { name: textOrEmpty(spec.name), query: textOrEmpty(spec.query), description: stripCharField(textOrEmpty(spec.description)) }, dependsOn: [] };
  },
  identify(raw) {
    return readIdentityMarker("warehouse-saved-queries", raw.description);
  },
  toObserved(raw) {
    return { name: textOrEmpty(raw.name), query: isJsonObject(raw.query) ? textOrEmpty(raw.query.query) : "", description: stripIdentityMarker(raw.description) };
  },
  toPayload(key, fields, _lookup, action) {
    const payload: JsonObject = { name: fields.name as string, description: appendIdentityMarker("warehouse-saved-queries", key, fields.description) };
    // A later query change needs the newest edit's id, which `converge` reads.
    if (action === "create") payload.query = { kind: "HogQLQuery", query: fields.query as string };
    return payload;
  },
  converge: convergeQuery,
  proposeKey(raw) {
    const slug = slugKey(raw.name, `view-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `view-${slug}`;
  },
  toSpec(fields, key) {
    return compactSpec({ key, name: fields.name, query: fields.query, description: unlessDefault(fields.description, "") });
  },
  summarize: summarizeView,
  warn: warnRename,
});
