import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, validationError } from "../errors.js";
import { hasField, isUuid, readBoolean, readChoice, readJson, readRequestBody, readString } from "../fields.js";
import { isRecord, type JsonRecord } from "../json.js";
import type { ProjectState } from "../state.js";
import { currentUser } from "../users.js";
import { paginateByPage } from "./page-number.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

/** One insight variable (`InsightVariable`, products/product_analytics/backend/models). */
export interface InsightVariableRecord {
  id: string;
  name: string;
  code_name: string;
  type: string;
  default_value: unknown;
  values: unknown;
  is_multi: boolean;
  values_query: string | null;
  values_query_connection_id: string | null;
  created_by: number | null;
  created_at: string;
}

const TYPES = ["String", "Number", "Boolean", "List", "Date"];

/**
 * Insight variables (`/api/{projects,environments}/{id}/insight_variables/`), after
 * `InsightVariableSerializer` and `InsightVariableViewSet`
 * (products/product_analytics/backend/api/insight_variable.py): a code name derived once from the
 * name on create and unique in the project, List values coerced to strings on write and read,
 * `is_multi` and the values query cleared for other types, 500 a page, a real DELETE.
 */
export const insightVariablesResource: ResourceModule = {
  segment: "insight_variables",
  scopeObject: "insight_variable",
  environmentsAlias: true,
  throttle: "default",
  handle: routeViewset<InsightVariableRecord>({
    list: (context) => {
      const page = paginateByPage(variablesOf(context.project), context.requestUrl, 500);
      return ok({ ...page, results: (page.results as InsightVariableRecord[]).map(serializeVariable) });
    },
    create: createVariable,
    detail: {
      find: ({ project }, id) => {
        const variable = isUuid(id) ? variablesOf(project).find((candidate) => candidate.id === id) : undefined;
        if (variable === undefined) throw notFound();
        return variable;
      },
      retrieve: (_context, variable) => ok(serializeVariable(variable)),
      update: updateVariable,
      destroy: ({ project }, variable) => {
        project.insightVariables = variablesOf(project).filter((candidate) => candidate !== variable);
        return noContent();
      },
    },
  }),
};

function variablesOf(project: ProjectState): InsightVariableRecord[] {
  project.insightVariables ??= [];
  return project.insightVariables;
}

/** `_scalar_to_str`: strings as they are, booleans as `true`/`false`, numbers as Python prints them. */
function scalarToString(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return String(value);
  return undefined;
}

/** Python's `json.dumps` spacing, for the lenient coercion's last resort. */
function pythonDumps(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonDumps).join(", ")}]`;
  if (isRecord(value)) return `{${Object.entries(value).map(([key, member]) => `${JSON.stringify(key)}: ${pythonDumps(member)}`).join(", ")}}`;
  return JSON.stringify(value);
}

/** `_coerce_list_value_lenient`: option objects by value or label, scalars stringified, null dropped. */
function coerceLenient(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const scalar = scalarToString(value);
  if (scalar !== undefined) return scalar;
  if (isRecord(value)) {
    for (const key of ["value", "label"]) {
      const inner = scalarToString(value[key]);
      if (inner !== undefined) return inner;
    }
  }
  return pythonDumps(value);
}

/** `_coerce_list_values`: nulls skipped, objects and arrays refused. */
function coerceListValues(values: unknown[]): string[] {
  const out: string[] = [];
  values.forEach((value, index) => {
    if (value === null) return;
    const scalar = scalarToString(value);
    if (scalar === undefined) {
      const shape = isRecord(value) ? "an object" : "an array";
      throw validationError("values", `List variable values must be strings or numbers (got ${shape} at index ${index}). Enter each value as plain text or a number.`);
    }
    out.push(scalar);
  });
  return out;
}

/** The fields a write sets, after the serializer's field checks and `validate(attrs)`. */
function readAttrs(body: JsonRecord, instance: InsightVariableRecord | undefined): Partial<InsightVariableRecord> {
  const attrs: Partial<InsightVariableRecord> = {};
  const name = readString(body, "name", { required: instance === undefined, maxLength: 400 });
  if (name !== undefined && name !== null) attrs.name = name;
  const type = readChoice(body, "type", TYPES, { required: instance === undefined });
  if (type !== undefined && type !== null) attrs.type = String(type);
  if (hasField(body, "default_value")) attrs.default_value = readJson(body, "default_value", { allowNull: true });
  if (hasField(body, "values")) attrs.values = readJson(body, "values", { allowNull: true });
  const multi = readBoolean(body, "is_multi");
  if (multi !== undefined && multi !== null) attrs.is_multi = multi;
  const query = readString(body, "values_query", { allowNull: true, allowBlank: true });
  if (query !== undefined) attrs.values_query = query;
  const connection = readString(body, "values_query_connection_id", { allowNull: true, allowBlank: true });
  if (connection !== undefined) attrs.values_query_connection_id = connection;

  if ((attrs.type ?? instance?.type) !== "List") return { ...attrs, is_multi: false, values_query: null, values_query_connection_id: null };
  const isMulti = attrs.is_multi ?? instance?.is_multi ?? false;
  if (attrs.is_multi !== undefined && !("default_value" in attrs) && instance !== undefined) attrs.default_value = instance.default_value;
  else if (isMulti && !("default_value" in attrs) && instance === undefined) attrs.default_value = [];
  if ("values" in attrs) attrs.values = Array.isArray(attrs.values) ? coerceListValues(attrs.values) : [];
  if (typeof attrs.values_query === "string" && attrs.values_query.trim() === "") attrs.values_query = null;
  if (("values_query" in attrs ? attrs.values_query : (instance?.values_query ?? null)) === null) attrs.values_query_connection_id = null;
  if ("default_value" in attrs) {
    const value = attrs.default_value;
    if (isMulti) attrs.default_value = (Array.isArray(value) ? value : [value]).map(coerceLenient).filter((item) => item !== undefined);
    else if (Array.isArray(value)) attrs.default_value = value.length > 0 ? (coerceLenient(value[0]) ?? null) : "";
    else attrs.default_value = coerceLenient(value) || "";
  }
  return attrs;
}

/** `InsightVariableSerializer.create`: the code name keeps letters, digits, spaces and `_`, spaces as `_`, lower-cased. */
function deriveCodeName(name: string): string {
  return Array.from(name)
    .filter((c) => /[\p{L}\p{N} _]/u.test(c))
    .join("")
    .replace(/ /g, "_")
    .toLowerCase();
}

function createVariable(context: ResourceContext): ResourceResponse {
  const attrs = readAttrs(readRequestBody(context.body), undefined);
  const codeName = deriveCodeName(attrs.name!);
  if (variablesOf(context.project).some((variable) => variable.code_name === codeName)) throw validationError(null, "Variable with this code name already exists");
  const variable: InsightVariableRecord = {
    id: randomUUID(),
    name: attrs.name!,
    code_name: codeName,
    type: attrs.type!,
    default_value: attrs.default_value ?? null,
    values: attrs.values ?? null,
    is_multi: attrs.is_multi ?? false,
    values_query: attrs.values_query ?? null,
    values_query_connection_id: attrs.values_query_connection_id ?? null,
    created_by: currentUser().id,
    created_at: isoNow(),
  };
  variablesOf(context.project).push(variable);
  return created(serializeVariable(variable));
}

/** A plain `ModelSerializer.update`: the code name never follows a rename. */
function updateVariable(context: ResourceContext, variable: InsightVariableRecord): ResourceResponse {
  Object.assign(variable, readAttrs(readRequestBody(context.body), variable));
  return ok(serializeVariable(variable));
}

/** `to_representation`: a List variable's values and default read back as clean strings. */
function serializeVariable(variable: InsightVariableRecord): JsonRecord {
  let values = variable.values;
  let defaultValue = variable.default_value;
  if (variable.type === "List") {
    values = Array.isArray(values) ? values.map(coerceLenient).filter((item) => item !== undefined) : [];
    defaultValue = variable.is_multi
      ? (Array.isArray(defaultValue) ? defaultValue : [defaultValue]).map(coerceLenient).filter((item) => item !== undefined)
      : (coerceLenient(defaultValue) ?? null);
  }
  return {
    id: variable.id,
    name: variable.name,
    type: variable.type,
    default_value: defaultValue as JsonRecord[string],
    created_by: variable.created_by,
    created_at: variable.created_at,
    code_name: variable.code_name,
    values: values as JsonRecord[string],
    is_multi: variable.is_multi,
    values_query: variable.values_query,
    values_query_connection_id: variable.values_query_connection_id,
  };
}
