import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, validationError } from "../errors.js";
import { hasField, isUuid, parseBooleanText, readBoolean, readChoice, readInteger, readObject, readRequestBody, readString } from "../fields.js";
import { isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { ProjectState } from "../state.js";
import { currentUser, type UserBasic } from "../users.js";
import { readInputsSchema, representInputs, validateInputs, type StoredInputs } from "./hog-function-inputs.js";
import { HOG_FUNCTION_TEMPLATES, serializeTemplate } from "./hog-function-templates.js";
import { created, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { isRestoreRequest, routeViewset } from "./viewset.js";

/** One hog function (`posthog/models/hog_functions/hog_function.py`), secrets apart from the plain inputs. */
export interface HogFunctionRecord {
  id: string;
  type: string;
  name: string;
  description: string;
  enabled: boolean;
  deleted: boolean;
  hog: string;
  inputs_schema: JsonRecord[];
  inputs: JsonRecord;
  encrypted_inputs: JsonRecord;
  filters: JsonRecord;
  masking: JsonRecord | null;
  icon_url: string | null;
  template_id: string | null;
  execution_order: number | null;
  created_at: string;
  created_by: UserBasic | null;
  updated_at: string;
}

/** `HogFunctionType.choices`. */
const TYPES = ["destination", "site_destination", "internal_destination", "source_webhook", "warehouse_source_webhook", "site_app", "transformation"];
/** `MAX_TRANSFORMATIONS_PER_TEAM`. */
const MAX_TRANSFORMATIONS = 20;
/** `HogFunctionFiltersSerializer`'s fields; others are dropped. */
const FILTER_KEYS = ["actions", "events", "properties", "filter_test_accounts"];

/**
 * Hog functions (`/api/projects/{id}/hog_functions/`), after `HogFunctionSerializer` and
 * `HogFunctionViewSet` (posthog/api/hog_function.py) and `InputsSerializer`
 * (posthog/cdp/validation.py): template values filled in on create, the template fixed after it,
 * secret inputs kept apart and read back as `{secret: true}`, transformations ordered, the list
 * on the minimal serializer, DELETE refused and soft delete by PATCH.
 */
export const hogFunctionsResource: ResourceModule = {
  segment: "hog_functions",
  scopeObject: "hog_function",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<HogFunctionRecord>({
    list: ({ project, query, requestUrl }) => {
      const types = query.get("type")?.split(",");
      const enabled = query.get("enabled");
      const search = query.get("search")?.toLowerCase();
      const filters = readFiltersQuery(query.get("filters"));
      const rows = functionsOf(project)
        .filter((fn) => !fn.deleted && (types === undefined || types.includes(fn.type)) && (enabled === null || fn.enabled === parseBooleanText(enabled)))
        .filter((fn) => filters === undefined || jsonContains(fn.filters, filters))
        .filter((fn) => search === undefined || `${fn.name} ${fn.description}`.toLowerCase().includes(search))
        .sort((a, b) => (a.execution_order ?? Infinity) - (b.execution_order ?? Infinity) || (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : 0));
      const page = paginate(rows, requestUrl);
      return ok({ ...page, results: page.results.map(serializeMinimal) });
    },
    create: createFunction,
    detail: {
      find: (context, id) => {
        const found = isUuid(id) ? functionsOf(context.project).find((fn) => fn.id === id && (!fn.deleted || isRestoreRequest(context))) : undefined;
        if (found === undefined) throw notFound();
        return found;
      },
      retrieve: (_context, fn) => ok(serialize(fn)),
      update: updateFunction,
      destroy: "forbidden",
    },
  }),
};

/** `safely_get_queryset`'s `filters` parameter: JSON the list keeps functions whose filters contain (`filters__contains`). */
function readFiltersQuery(text: string | null): unknown {
  if (text === null || text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw validationError("filters", "Invalid filters", "invalid");
  }
}

/** Postgres' jsonb `@>`: objects by key, arrays by each wanted element being contained in some element, scalars by equality. */
export function jsonContains(value: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted)) return Array.isArray(value) && wanted.every((item) => value.some((candidate) => jsonContains(candidate, item)));
  if (isRecord(wanted)) return isRecord(value) && Object.entries(wanted).every(([key, member]) => jsonContains(value[key], member));
  return value === wanted;
}

function functionsOf(project: ProjectState): HogFunctionRecord[] {
  project.hogFunctions ??= [];
  return project.hogFunctions;
}

/** `HogFunctionMinimalSerializer`: what the list shows (no inputs, schema, masking or mappings). */
function serializeMinimal(fn: HogFunctionRecord): JsonRecord {
  const template = HOG_FUNCTION_TEMPLATES.find((candidate) => candidate.id === fn.template_id);
  return {
    id: fn.id,
    type: fn.type,
    name: fn.name,
    description: fn.description,
    created_at: fn.created_at,
    created_by: fn.created_by,
    updated_at: fn.updated_at,
    enabled: fn.enabled,
    hog: fn.hog,
    filters: fn.filters,
    icon_url: fn.icon_url,
    template: template === undefined ? null : serializeTemplate(template),
    status: { state: 1, tokens: 0 },
    execution_order: fn.execution_order,
  };
}

function serialize(fn: HogFunctionRecord): JsonRecord {
  return {
    ...serializeMinimal(fn),
    bytecode: ["_H", 1],
    transpiled: null,
    inputs_schema: fn.inputs_schema,
    inputs: representInputs(fn.inputs_schema, { inputs: fn.inputs, encrypted: fn.encrypted_inputs }),
    masking: fn.masking,
    mappings: null,
  };
}

/** `HogFunctionFiltersSerializer` for a compiled type: known keys only, plus the bytecode PostHog compiles. */
export function readFilters(value: unknown): JsonRecord {
  if (value !== undefined && value !== null && !isRecord(value)) throw validationError("filters", 'Invalid data. Expected a dictionary, but got str.', "invalid");
  const out: JsonRecord = {};
  for (const key of FILTER_KEYS) if (isRecord(value) && value[key] !== undefined) out[key] = value[key];
  for (const key of ["actions", "events", "properties"]) if (out[key] !== undefined && !Array.isArray(out[key])) throw validationError(["filters", key], 'Expected a list of items but got type "dict".', "not_a_list");
  return { ...out, bytecode: ["_H", 1, 29] };
}

/** `HogFunctionMaskingSerializer`: ttl 60 s to a day and a hash are required; bytecode is compiled from the hash. */
function readMasking(body: JsonRecord): JsonRecord | null | undefined {
  const masking = readObject(body, "masking", { allowNull: true });
  if (masking === undefined || masking === null) return masking;
  const ttl = readInteger(masking, "ttl", { required: true, path: ["masking", "ttl"] });
  if (ttl! < 60) throw validationError(["masking", "ttl"], "Ensure this value is greater than or equal to 60.", "min_value");
  if (ttl! > 86400) throw validationError(["masking", "ttl"], "Ensure this value is less than or equal to 86400.", "max_value");
  const hash = readString(masking, "hash", { required: true, path: ["masking", "hash"] });
  const threshold = readInteger(masking, "threshold", { allowNull: true, path: ["masking", "threshold"] }) ?? null;
  return { ttl: ttl!, threshold, hash: hash!, bytecode: ["_H", 1, 32, hash!] };
}

function highestOrder(project: ProjectState): number {
  return Math.max(0, ...functionsOf(project).filter((fn) => fn.type === "transformation" && !fn.deleted).map((fn) => fn.execution_order ?? 0));
}

/** The transformation limit applies to a function that becomes enabled (a create, or an update of a disabled one). */
function checkTransformationLimit(project: ProjectState, type: string, enabling: boolean): void {
  if (type !== "transformation" || !enabling) return;
  if (functionsOf(project).filter((fn) => fn.type === "transformation" && !fn.deleted && fn.enabled).length >= MAX_TRANSFORMATIONS) {
    throw validationError("type", `Maximum of ${MAX_TRANSFORMATIONS} enabled transformation functions allowed per team. Please contact support if you need this limit increased, or disable some existing transformations.`);
  }
}

function createFunction(context: ResourceContext): ResourceResponse {
  return created(serialize(insertHogFunction(context.project, readRequestBody(context.body))));
}

/**
 * `HogFunctionSerializer(data=…).save()`: validates a create body as the create route does and
 * stores the function; other viewsets that create functions through the serializer (a logs
 * alert's destinations) call it too.
 */
export function insertHogFunction(project: ProjectState, body: JsonRecord): HogFunctionRecord {
  const type = String(readChoice(body, "type", TYPES) ?? "destination");
  const templateId = readString(body, "template_id", { allowNull: true }) ?? null;
  const template = templateId === null || templateId === "" ? undefined : HOG_FUNCTION_TEMPLATES.find((candidate) => candidate.id === templateId);
  if (templateId && template === undefined) throw validationError("template_id", `No template found for id '${templateId}'`);
  const schema = readInputsSchema(Array.isArray(body.inputs_schema) && body.inputs_schema.length > 0 ? body.inputs_schema : (template?.inputs_schema ?? []));
  const name = readString(body, "name", { allowBlank: true, allowNull: true, maxLength: 400 }) || template?.name || "";
  const description = readString(body, "description", { allowBlank: true, allowNull: true }) || template?.description || "";
  const inputs = validateInputs(schema, body.inputs, {});
  const filters = readFilters(body.filters ?? {});
  const masking = readMasking(body) ?? null;
  const enabled = readBoolean(body, "enabled") ?? false;
  const hog = readString(body, "hog", { allowBlank: true }) || template?.code || "";
  if (hog.length > 100 * 1024) throw validationError("hog", "HOG code exceeds maximum size of 100KB. Please simplify your code or contact support if you need this limit increased.");
  checkTransformationLimit(project, type, enabled);
  if (hog === "") throw validationError("hog", "Required.");
  const order = readInteger(body, "execution_order", { allowNull: true });
  const now = isoNow();
  const fn: HogFunctionRecord = {
    id: randomUUID(),
    type,
    name,
    description,
    enabled,
    deleted: false,
    hog,
    inputs_schema: schema,
    ...storedInputs(inputs),
    filters,
    masking,
    icon_url: readString(body, "icon_url", { allowBlank: true, allowNull: true }) || template?.icon_url || null,
    template_id: template?.id ?? null,
    execution_order: type === "transformation" && (order === undefined || order === null) ? highestOrder(project) + 1 : (order ?? null),
    created_at: now,
    created_by: currentUser(),
    updated_at: now,
  };
  functionsOf(project).push(fn);
  return fn;
}

function storedInputs(stored: StoredInputs): Pick<HogFunctionRecord, "inputs" | "encrypted_inputs"> {
  return { inputs: stored.inputs, encrypted_inputs: stored.encrypted };
}

/** `HogFunctionSerializer.update` through `to_internal_value`: the template and (unless sent) schema, inputs and filters come from the instance. */
function updateFunction(context: ResourceContext, fn: HogFunctionRecord): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  const type = hasField(body, "type") ? String(readChoice(body, "type", TYPES)) : fn.type;
  if (type !== fn.type) throw validationError("type", "Cannot modify the type of an existing function");
  const schema = hasField(body, "inputs_schema") ? readInputsSchema(body.inputs_schema) : fn.inputs_schema;
  // `data.get("inputs", instance.inputs)`: without inputs the stored plain ones are validated again, and secrets kept.
  const inputs = validateInputs(schema, hasField(body, "inputs") ? body.inputs : fn.inputs, fn.encrypted_inputs);
  const filters = hasField(body, "filters") ? readFilters(body.filters) : fn.filters;
  const masking = readMasking(body);
  const enabled = readBoolean(body, "enabled");
  const name = readString(body, "name", { allowBlank: true, allowNull: true, maxLength: 400 });
  const description = readString(body, "description", { allowBlank: true, allowNull: true });
  const hog = readString(body, "hog", { allowBlank: true });
  const order = readInteger(body, "execution_order", { allowNull: true });
  const deleted = hasField(body, "deleted") ? parseBooleanText(body.deleted) : undefined;
  checkTransformationLimit(project, type, enabled === true && !fn.enabled);
  const restoring = fn.deleted && deleted === false;
  const reEnabling = !fn.enabled && enabled === true && order === undefined;
  if (fn.type === "transformation" && (restoring || reEnabling)) fn.execution_order = highestOrder(project) + 1;
  else if (order !== undefined) fn.execution_order = order;
  Object.assign(fn, { inputs_schema: schema, ...storedInputs(inputs), filters, updated_at: isoNow() });
  if (masking !== undefined) fn.masking = masking;
  if (enabled !== undefined && enabled !== null) fn.enabled = enabled;
  if (name !== undefined) fn.name = name ?? "";
  if (description !== undefined) fn.description = description ?? "";
  if (hog !== undefined && hog !== null && hog !== "") fn.hog = hog;
  if (deleted !== undefined) fn.deleted = deleted;
  return ok(serialize(fn));
}
