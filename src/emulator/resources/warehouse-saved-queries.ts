import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, validationError } from "../errors.js";
import { hasField, isUuid, readBoolean, readRequestBody, readString } from "../fields.js";
import { describeHogQLMetadata, parseSelectQuery } from "../hogql/metadata.js";
import type { AstNode } from "../hogql/resolve.js";
import { TABLES, type Column, type FieldClass, type TableSchema } from "../hogql/tables.js";
import { isRecord, type JsonRecord } from "../json.js";
import type { ProjectState } from "../state.js";
import { currentUser, type UserBasic } from "../users.js";
import { paginateByPage } from "./page-number.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

/** One saved view (`DataWarehouseSavedQuery`), including soft-deleted ones. */
export interface SavedQueryRecord {
  id: string;
  name: string;
  query: JsonRecord;
  description: string | null;
  columns: JsonRecord[];
  status: string | null;
  deleted: boolean;
  deleted_name: string | null;
  sync_frequency: string | null;
  created_at: string;
  created_by: UserBasic;
  /** The id of the newest activity log entry that changed the query (`latest_history_id`). */
  history_id: string;
}

/**
 * Warehouse saved queries, HogQL views (`/api/{projects,environments}/{id}/warehouse_saved_queries/`),
 * after `DataWarehouseSavedQuerySerializer`, `DataWarehouseSavedQueryMinimalSerializer` and
 * `DataWarehouseSavedQueryViewSet` (products/data_warehouse/backend/api/saved_query.py): names that
 * are HogQL identifiers and no PostHog table's, a create that updates the view of that name
 * (upsert), the query checked like PostHog checks it (no placeholders), columns from the query,
 * a query change guarded by `edited_history_id`, the list without queries, 1000 a page, and a
 * DELETE that soft-deletes and renames. Materialization is never started here: only an explicit
 * `sync_frequency` is stored.
 */
export const warehouseSavedQueriesResource: ResourceModule = {
  segment: "warehouse_saved_queries",
  scopeObject: "warehouse_view",
  environmentsAlias: true,
  throttle: "default",
  handle: routeViewset<SavedQueryRecord>({
    list: (context) => {
      const search = context.query.get("search")?.toLowerCase();
      const live = liveQueries(context.project).filter((view) => !search || view.name.toLowerCase().includes(search));
      const page = paginateByPage(live, context.requestUrl, 1000);
      return ok({ ...page, results: (page.results as SavedQueryRecord[]).map(serializeMinimal) });
    },
    create: createOrUpsert,
    detail: {
      find: ({ project }, id) => {
        const view = isUuid(id) ? liveQueries(project).find((candidate) => candidate.id === id) : undefined;
        if (view === undefined) throw notFound();
        return view;
      },
      retrieve: (_context, view) => ok(serializeView(view)),
      update: (context, view) => ok(serializeView(updateView(context, view))),
      destroy: (_context, view) => {
        // `soft_delete`: the name is freed for a new view.
        view.deleted = true;
        view.deleted_name = view.name;
        view.name = `POSTHOG_DELETED_${randomUUID()}`;
        return noContent();
      },
    },
  }),
};

function queriesOf(project: ProjectState): SavedQueryRecord[] {
  project.warehouseSavedQueries ??= [];
  return project.warehouseSavedQueries;
}

/** `safely_get_queryset`: deleted views excluded, newest first. */
function liveQueries(project: ProjectState): SavedQueryRecord[] {
  return queriesOf(project)
    .filter((view) => !view.deleted)
    .sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
}

/** `validate_saved_query_name` (the model field's validator) and `validate_name`. */
function readName(context: ResourceContext, body: JsonRecord, instance: SavedQueryRecord | undefined): string | undefined {
  const name = readString(body, "name", { required: instance === undefined, maxLength: 128 });
  if (name === undefined || name === null) return undefined;
  if (!/^[A-Za-z_$][A-Za-z0-9_.$]*$/.test(name)) throw validationError("name", `${name} is not a valid view name. View names can only contain letters, numbers, '_', '.', or '$' `);
  if (Object.hasOwn(TABLES, name)) throw validationError("name", `${name} is not a valid view name. View names cannot overlap with PostHog table names.`);
  if (instance?.name === name) return name;
  if (liveQueries(context.project).some((view) => view.name === name)) throw validationError("name", "A table or view with this name already exists. Choose a different name.");
  return name;
}

/** `validate_query`: a `{query}` object whose SELECT parses, holds no placeholders and resolves (other views included). */
function readQuery(project: ProjectState, body: JsonRecord): JsonRecord | undefined {
  if (!hasField(body, "query")) return undefined;
  const query = body.query;
  if (!isRecord(query)) throw validationError("query", `Query must be a JSON object with a "query" key, got ${Array.isArray(query) ? "list" : query === null ? "NoneType" : typeof query === "string" ? "str" : typeof query}. Example: {"kind": "HogQLQuery", "query": "SELECT * FROM events WHERE timestamp >= now() - INTERVAL 7 DAY LIMIT 100"}`);
  if (typeof query.query !== "string" || query.query.trim() === "") throw validationError("query", 'Query object must contain a non-empty "query" key with the SQL string.');
  const parsed = parseSelectQuery(query.query);
  if ("error" in parsed) throw validationError("query", `Invalid query: ${parsed.error}`);
  const placeholders = findPlaceholders(parsed.ast);
  if (placeholders.fields.length > 0) throw validationError("query", `Variables like {${placeholders.fields[0]!.join(".")}} are not allowed in views`);
  if (placeholders.other) throw validationError("query", "Filters and placeholder expressions are not allowed in views");
  const metadata = describeHogQLMetadata({ query: query.query, language: "hogQL" }, viewTables(project));
  const errors = metadata.errors as { message: string }[];
  if (errors.length > 0) throw validationError("query", `Invalid query: ${errors[0]!.message}`);
  return query;
}

/** `FindPlaceholders`: field placeholders by chain; `{filters}` and expression placeholders apart. */
function findPlaceholders(node: unknown, found: { fields: string[][]; other: boolean } = { fields: [], other: false }): { fields: string[][]; other: boolean } {
  if (Array.isArray(node)) for (const item of node) findPlaceholders(item, found);
  else if (isRecord(node)) {
    if (node.node === "Placeholder") {
      const expr = node.expr as AstNode | undefined;
      const chain = expr?.node === "Field" && Array.isArray(expr.chain) ? (expr.chain as string[]) : undefined;
      if (chain && chain[0] !== "filters") found.fields.push(chain);
      else found.other = true;
    }
    for (const value of Object.values(node)) findPlaceholders(value, found);
  }
  return found;
}

const CLASSES: Record<string, FieldClass> = { string: "StringDatabaseField", integer: "IntegerDatabaseField", float: "FloatDatabaseField", boolean: "BooleanDatabaseField", datetime: "DateTimeDatabaseField", array: "StringArrayDatabaseField" };

/**
 * The project's live views as HogQL tables (`Database.create_for` adds saved queries by name),
 * for the metadata check and for views that read other views; a column of unknown type is a
 * plain `DatabaseField`.
 */
export function viewTables(project: ProjectState): Record<string, TableSchema> {
  const tables: Record<string, TableSchema> = {};
  for (const view of liveQueries(project)) {
    const columns: Record<string, Column> = {};
    for (const column of view.columns) columns[String(column.name)] = { kind: "field", class: CLASSES[String(column.type)] ?? "DatabaseField" };
    tables[view.name] = { clickhouse: view.name, columns };
  }
  return tables;
}

const TYPE_NAMES: Record<string, string> = {
  StringDatabaseField: "string",
  IntegerDatabaseField: "integer",
  FloatDatabaseField: "float",
  BooleanDatabaseField: "boolean",
  DateTimeDatabaseField: "datetime",
  UUIDDatabaseField: "string",
  StringArrayDatabaseField: "array",
};

/** A column's type as far as the query shows it without running it: a table field's, a count's, else unknown. */
function typeOf(expr: AstNode): string {
  if (expr.node === "Call") return ["count", "countIf", "uniq", "uniqIf"].includes(String(expr.name)) ? "integer" : String(expr.name).startsWith("to") && String(expr.name).includes("Float") ? "float" : "unknown";
  if (expr.node === "Field" && Array.isArray(expr.chain)) {
    const chain = expr.chain as string[];
    if (chain[0] === "properties" || chain.includes("properties")) return "string";
    const column: Column | undefined = TABLES.events?.columns[String(chain.at(-1))];
    return column?.kind === "field" ? (TYPE_NAMES[column.class] ?? "unknown") : "unknown";
  }
  return "unknown";
}

/**
 * `get_columns` runs the query for its ClickHouse types; the emulator names the SELECT's columns
 * (aliases, else a field's last name) and types what it can tell from the query alone.
 */
function columnsOf(view: { name: string; query: JsonRecord }): JsonRecord[] {
  const parsed = parseSelectQuery(String(view.query.query));
  if ("error" in parsed || parsed.ast.node !== "SelectQuery") return [];
  return ((parsed.ast.select as AstNode[] | undefined) ?? []).map((item, i) => {
    const expr = item.node === "Alias" ? (item.expr as AstNode) : item;
    const name = item.node === "Alias" ? String(item.alias) : expr.node === "Field" && Array.isArray(expr.chain) ? String((expr.chain as string[]).at(-1)) : `column_${i + 1}`;
    return { key: name, name, type: typeOf(expr), schema_valid: true, fields: null, table: null, chain: null, description: null };
  });
}

function createOrUpsert(context: ResourceContext): ResourceResponse {
  const body = readRequestBody(context.body);
  // The viewset's create is an upsert: a view of that name is updated instead (a partial update).
  const existing = liveQueries(context.project).find((view) => view.name === body.name);
  if (existing !== undefined) return ok(serializeView(updateView(context, existing)));
  const name = readName(context, body, undefined)!;
  const query = readQuery(context.project, body);
  readBoolean(body, "soft_update", { allowNull: true });
  const description = readString(body, "description", { allowBlank: true, allowNull: true });
  if (body.folder_id !== undefined && body.folder_id !== null) throw validationError("folder_id", `Invalid pk "${String(body.folder_id)}" - object does not exist.`, "does_not_exist");
  const view: SavedQueryRecord = {
    id: randomUUID(),
    name,
    query: query ?? {},
    description: description ? description : null,
    columns: [],
    status: null,
    deleted: false,
    deleted_name: null,
    sync_frequency: null,
    created_at: isoNow(),
    created_by: currentUser(),
    history_id: randomUUID(),
  };
  view.columns = columnsOf(view);
  queriesOf(context.project).push(view);
  return created(serializeView(view));
}

/** `DataWarehouseSavedQuerySerializer.update`: a query change must name the newest query edit it replaces. */
function updateView(context: ResourceContext, view: SavedQueryRecord): SavedQueryRecord {
  const body = readRequestBody(context.body);
  const name = readName(context, body, view);
  const query = readQuery(context.project, body);
  const soft = readBoolean(body, "soft_update", { allowNull: true }) === true;
  const description = readString(body, "description", { allowBlank: true, allowNull: true });
  if (body.folder_id !== undefined && body.folder_id !== null) throw validationError("folder_id", `Invalid pk "${String(body.folder_id)}" - object does not exist.`, "does_not_exist");
  if (query !== undefined && !soft && String(body.edited_history_id ?? "None") !== view.history_id) throw validationError(null, "The query was modified by someone else.");
  const frequency = readString(body, "sync_frequency", { allowNull: true });
  if (frequency !== undefined && frequency !== null && frequency !== "never") {
    throw validationError(null, "Cannot set a materialization frequency: this view is not wired into the data modeling DAG yet. Re-save the view to create its node, then set the frequency.");
  }
  if (name !== undefined) view.name = name;
  if (description !== undefined) view.description = description ? description : null;
  if (query !== undefined) {
    const changed = JSON.stringify(query) !== JSON.stringify(view.query);
    view.query = query;
    view.columns = columnsOf(view);
    view.status = "Modified";
    if (changed) view.history_id = randomUUID();
  }
  return view;
}

function serializeMinimal(view: SavedQueryRecord): JsonRecord {
  return {
    id: view.id,
    deleted: view.deleted,
    name: view.name,
    created_by: view.created_by as unknown as JsonRecord,
    created_at: view.created_at,
    description: view.description,
    sync_frequency: view.sync_frequency,
    columns: view.columns,
    status: view.status,
    last_run_at: null,
    managed_viewset_kind: null,
    folder_id: null,
    folder_name: null,
    latest_error: null,
    is_materialized: false,
    is_incremental: false,
    origin: "data_warehouse",
    is_test: false,
    expires_at: null,
    user_access_level: "editor",
  };
}

function serializeView(view: SavedQueryRecord): JsonRecord {
  const { is_incremental: _incremental, ...minimal } = serializeMinimal(view);
  return { ...minimal, query: view.query, incremental: null, incremental_state: null, latest_history_id: view.history_id, suspended: {} };
}
