import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { ApiError, notFound, validationError } from "../errors.js";
import { coerceString, hasField, isUuid, readChoice, readInteger, readRequestBody, readString } from "../fields.js";
import { describePythonType, isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { ProjectState } from "../state.js";
import { currentUser, type UserBasic } from "../users.js";
import { representInputs, validateInputs } from "./hog-function-inputs.js";
import { HOG_FUNCTION_TEMPLATES } from "./hog-function-templates.js";
import { readFilters } from "./hog-functions.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

/** One `HogFlow` row (products/workflows/backend/models/hog_flow/hog_flow.py). */
export interface HogFlowRecord {
  id: string;
  name: string | null;
  description: string;
  version: number;
  status: string;
  trigger: unknown;
  trigger_masking: JsonRecord | null;
  conversion: JsonRecord | null;
  exit_condition: string;
  edges: unknown;
  actions: JsonRecord[] | JsonRecord;
  /** Secret function inputs, by action id then input key (`encrypted_inputs`). */
  encrypted_inputs: Record<string, JsonRecord>;
  variables: unknown[];
  billable_action_types: string[];
  created_at: string;
  updated_at: string;
  created_by: UserBasic | null;
}

/** `BILLABLE_ACTION_TYPES` of the model. */
const BILLABLE_ACTION_TYPES = ["function", "function_email", "function_sms", "function_push"];
const FUNCTION_TRIGGERS = ["webhook", "manual", "tracking_pixel"];
const DELAY_DURATION = /^\d*\.?\d+[dhms]$/;

function flowsOf(project: ProjectState): HogFlowRecord[] {
  project.hogFlows ??= [];
  return project.hogFlows;
}

/** A deep copy; stored rows are journal proxies, which `structuredClone` cannot copy. */
function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** An error of a serializer nested in action `index`, with the attr DRF gives it there. */
function inAction<T>(index: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ApiError) || error.body === null) throw error;
    throw new ApiError(error.status, { ...error.body, attr: error.body.attr === null ? `actions__${index}` : `actions__${index}__${error.body.attr}` });
  }
}

/** Runs a check that only an active flow must pass: a draft keeps what it was given instead. */
function strictly<T>(draft: boolean, run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    if (draft) return fallback;
    throw error as ApiError;
  }
}

/** `HogFlowActionSerializer.validate`: trigger type, template and its inputs, conditions, delay; only an active flow is held to them. */
function checkAction(action: JsonRecord, index: number, draft: boolean, secrets: Record<string, JsonRecord>, stored: Record<string, JsonRecord>): void {
  const path = (...rest: string[]) => ["actions", index, ...rest];
  const config = isRecord(action.config) ? action.config : {};
  let functionTrigger = false;
  if (action.type === "trigger") {
    if (FUNCTION_TRIGGERS.includes(String(config.type))) functionTrigger = true;
    else if (config.type === "event") {
      const filters: JsonRecord = isRecord(config.filters) ? { ...config.filters } : {};
      if (config.filter_test_accounts !== undefined && config.filter_test_accounts !== null) {
        filters.filter_test_accounts = config.filter_test_accounts;
        delete config.filter_test_accounts;
        config.filters = filters;
      }
      if (Object.keys(filters).length > 0) config.filters = strictly(draft, () => readFilters(filters), config.filters);
    } else if (config.type === "batch") {
      if (!draft && (!isRecord(config.filters) || Object.keys(config.filters).length === 0)) throw validationError(path("filters"), "Filters are required for batch triggers.");
    } else if (config.type !== "schedule" && !draft) throw validationError(path("config"), "Invalid trigger type");
  }
  if (String(action.type).includes("function") || functionTrigger) {
    const template = HOG_FUNCTION_TEMPLATES.find((candidate) => candidate.id === config.template_id);
    if (template === undefined) {
      if (!draft) throw validationError(path("template_id"), "Template not found");
    } else {
      const existing = stored[String(action.id)] ?? {};
      const inputs = strictly(draft, () => inAction(index, () => validateInputs(template.inputs_schema, config.inputs, existing)), undefined);
      if (inputs !== undefined) {
        config.inputs = inputs.inputs;
        if (Object.keys(inputs.encrypted).length > 0) secrets[String(action.id)] = inputs.encrypted;
      }
    }
  }
  const single = config.condition;
  if (Array.isArray(config.conditions) && config.conditions.length > 0 && isRecord(single) && !draft) throw validationError(path("config"), "Cannot specify both 'conditions' and 'condition' fields");
  const conditions = isRecord(single) ? [single] : Array.isArray(config.conditions) ? config.conditions : [];
  for (const condition of conditions) {
    if (!isRecord(condition) || !isRecord(condition.filters)) continue;
    if ("events" in condition.filters) {
      if (!draft) throw validationError(path("non_field_errors"), "Event filters are not allowed in conditionals");
    } else condition.filters = strictly(draft, () => readFilters(condition.filters), condition.filters);
  }
  if (action.type === "delay" && !draft && (typeof config.delay_duration !== "string" || !DELAY_DURATION.test(config.delay_duration))) {
    throw validationError(path("config"), "delay_duration must be a string matching ^\\d*\\.?\\d+[dhms]$ (e.g. '30s', '30m', '2h', '1.5d'). ISO-8601 formats are not supported.");
  }
}

/** `HogFlowActionSerializer`'s fields: the declared members only, `description` defaulting to "" and `filters` to null. */
function readAction(value: unknown, index: number): JsonRecord {
  if (!isRecord(value)) throw validationError(["actions", index, "non_field_errors"], `Invalid data. Expected a dictionary, but got ${describePythonType(value)}.`, "invalid");
  const path = (name: string) => ["actions", index, name];
  const action: JsonRecord = { id: coerceString(value.id ?? undefined, path("id"), { required: true }) };
  action.name = coerceString(value.name ?? undefined, path("name"), { required: true, maxLength: 400 });
  action.description = hasField(value, "description") ? coerceString(value.description, path("description"), { allowBlank: true }) : "";
  const onError = readChoice(value, "on_error", ["continue", "abort", "complete", "branch"], { allowNull: true, path: path("on_error") });
  if (onError !== undefined) action.on_error = onError;
  for (const stamp of ["created_at", "updated_at"]) {
    const time = readInteger(value, stamp, { path: path(stamp) });
    if (time !== undefined) action[stamp] = time;
  }
  action.filters = value.filters === undefined || value.filters === null ? null : readFilters(value.filters);
  action.type = coerceString(value.type ?? undefined, path("type"), { required: true, maxLength: 100 });
  if (!hasField(value, "config")) throw validationError(path("config"), "This field is required.", "required");
  action.config = copyJson(value.config) as JsonRecord;
  if (hasField(value, "output_variable")) action.output_variable = value.output_variable as JsonRecord;
  return action;
}

/** `HogFlowMaskingSerializer`: a hash, ttl 60 s to three years, bytecode compiled from the hash. */
function readMasking(value: unknown): JsonRecord | null {
  if (value === null) return null;
  if (!isRecord(value)) throw validationError("trigger_masking", `Invalid data. Expected a dictionary, but got ${describePythonType(value)}.`, "invalid");
  const ttl = readInteger(value, "ttl", { allowNull: true, path: ["trigger_masking", "ttl"] }) ?? null;
  if (ttl !== null && ttl < 60) throw validationError(["trigger_masking", "ttl"], "Ensure this value is greater than or equal to 60.", "min_value");
  if (ttl !== null && ttl > 94_608_000) throw validationError(["trigger_masking", "ttl"], "Ensure this value is less than or equal to 94608000.", "max_value");
  const threshold = readInteger(value, "threshold", { allowNull: true, path: ["trigger_masking", "threshold"] }) ?? null;
  const hash = readString(value, "hash", { required: true, path: ["trigger_masking", "hash"] });
  return { ttl, threshold, hash, bytecode: ["_H", 1, 32, hash] };
}

/** `HogFlowVariableSerializer`: a list of string dictionaries, keys unique, under 5 KB in all. */
function readVariables(value: unknown): JsonRecord[] {
  if (!Array.isArray(value)) throw validationError("variables", `Expected a list of items but got type "${describePythonType(value)}".`, "not_a_list");
  const variables = value.map((item, index) => {
    if (!isRecord(item)) throw validationError(["variables", index], `Expected a dictionary of items but got type "${describePythonType(item)}".`, "not_a_dict");
    return Object.fromEntries(Object.entries(item).map(([key, member]) => [key, coerceString(member, ["variables", index, key], { allowBlank: true })]));
  });
  const keys = variables.map((item) => item.key);
  if (new Set(keys).size !== keys.length) throw validationError("variables", "Variable keys must be unique");
  if (variables.reduce((total, item) => total + JSON.stringify(item).length, 0) > 5120) throw validationError("variables", "Total size of variables definition must be less than 5KB");
  return variables;
}

/** `HogFlowSerializer` with `HogFlowSerializer.validate`: a flow that is not (becoming) active is a draft, whose actions are checked loosely. */
function readFlow(context: ResourceContext, flow: HogFlowRecord | undefined): Partial<HogFlowRecord> {
  const body = readRequestBody(context.body);
  const fields: Partial<HogFlowRecord> = {};
  const name = readString(body, "name", { allowNull: true, allowBlank: true, maxLength: 400 });
  if (name !== undefined) fields.name = name;
  const description = readString(body, "description", { allowBlank: true });
  if (description !== undefined && description !== null) fields.description = description;
  const status = readChoice(body, "status", ["draft", "active", "archived"]);
  if (status !== undefined && status !== null) fields.status = String(status);
  const exit = readString(body, "exit_condition", { maxLength: 100 });
  if (exit !== undefined && exit !== null) fields.exit_condition = exit;
  if (hasField(body, "edges")) fields.edges = body.edges;
  if (hasField(body, "trigger_masking")) fields.trigger_masking = readMasking(body.trigger_masking);
  if (hasField(body, "variables")) fields.variables = readVariables(body.variables);
  const draft = (fields.status ?? flow?.status) !== "active";
  let actions: JsonRecord[] | undefined;
  if (hasField(body, "actions")) {
    if (!Array.isArray(body.actions)) throw validationError("actions", `Expected a list of items but got type "${describePythonType(body.actions)}".`, "not_a_list");
    actions = body.actions.map(readAction);
  } else if (flow === undefined) throw validationError("actions", "This field is required.", "required");
  else if (fields.status === "active" && flow.status !== "active") actions = copyJson(Array.isArray(flow.actions) ? flow.actions : []);
  const secrets: Record<string, JsonRecord> = {};
  if (actions !== undefined) {
    actions.forEach((action, index) => checkAction(action, index, draft, secrets, flow?.encrypted_inputs ?? {}));
    fields.actions = actions;
    fields.encrypted_inputs = secrets;
  }
  const current = actions ?? (Array.isArray(flow?.actions) ? flow.actions : []);
  const triggers = current.filter((action) => action.type === "trigger");
  if (triggers.length !== 1) throw validationError("actions", "Exactly one trigger action is required");
  fields.trigger = triggers[0]!.config;
  fields.billable_action_types = [...new Set(current.map((action) => String(action.type)).filter((type) => BILLABLE_ACTION_TYPES.includes(type)))].sort();
  if (hasField(body, "conversion")) fields.conversion = readConversion(body.conversion, draft);
  return fields;
}

/** The conversion goal: its filters compiled as properties (bytecode beside them), a `bytecode` always present. */
function readConversion(value: unknown, draft: boolean): JsonRecord | null {
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) return value as JsonRecord;
  const conversion = copyJson(value);
  if (Array.isArray(conversion.filters) && conversion.filters.length > 0) {
    const compiled = strictly(draft, () => readFilters({ properties: conversion.filters }), undefined);
    if (compiled !== undefined) {
      conversion.filters = compiled.properties ?? [];
      conversion.bytecode = compiled.bytecode ?? [];
    }
  }
  conversion.bytecode ??= [];
  return conversion;
}

function serializeFlow(flow: HogFlowRecord): JsonRecord {
  const actions = Array.isArray(flow.actions) ? flow.actions.map((action) => showSecrets(action, flow.encrypted_inputs[String(action.id)])) : flow.actions;
  return {
    id: flow.id,
    name: flow.name,
    description: flow.description,
    version: flow.version,
    status: flow.status,
    created_at: flow.created_at,
    created_by: flow.created_by,
    updated_at: flow.updated_at,
    trigger: flow.trigger,
    trigger_masking: flow.trigger_masking,
    conversion: flow.conversion,
    exit_condition: flow.exit_condition,
    edges: flow.edges,
    actions,
    abort_action: null,
    variables: flow.variables,
    billable_action_types: flow.billable_action_types,
  };
}

/** A function action's secret inputs read back as `{secret: true}`, never their value. */
function showSecrets(action: JsonRecord, secrets: JsonRecord | undefined): JsonRecord {
  if (secrets === undefined || !isRecord(action.config)) return action;
  const schema = Object.keys(secrets).map((key) => ({ key, secret: true }));
  return { ...action, config: { ...action.config, inputs: representInputs(schema, { inputs: isRecord(action.config.inputs) ? action.config.inputs : {}, encrypted: secrets }) } };
}

function createFlow(context: ResourceContext): ResourceResponse {
  const fields = readFlow(context, undefined);
  const now = isoNow();
  const flow: HogFlowRecord = {
    id: randomUUID(),
    name: null,
    description: "",
    version: 1,
    status: "draft",
    trigger: {},
    trigger_masking: null,
    conversion: null,
    exit_condition: "exit_on_conversion",
    edges: {},
    actions: {},
    encrypted_inputs: {},
    variables: [],
    billable_action_types: [],
    created_at: now,
    updated_at: now,
    created_by: currentUser(),
    ...fields,
  };
  flowsOf(context.project).push(flow);
  return created(serializeFlow(flow));
}

/**
 * Hog flows (`/api/projects/{id}/hog_flows/`), after `HogFlowSerializer`, `HogFlowActionSerializer`
 * and `HogFlowViewSet` (products/workflows/backend/api/hog_flow.py): scope `hog_flow`, a
 * `ModelViewSet` (hard DELETE), the list (`HogFlowMinimalSerializer`, the same fields) newest
 * update first. Exactly one trigger action always; the other action checks only when the flow is
 * (becoming) active. `trigger` and `billable_action_types` are derived. Secret function inputs are
 * stored apart and read back as `{secret: true}`.
 */
export const hogFlowsResource: ResourceModule = {
  segment: "hog_flows",
  scopeObject: "hog_flow",
  // `register_grandfathered_environment_nested_viewset` is gone for it: projects only.
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<HogFlowRecord>({
    list: (context) => {
      const flows = [...flowsOf(context.project)].sort((left, right) => right.updated_at.localeCompare(left.updated_at));
      const page = paginate(flows, context.requestUrl);
      return ok({ ...page, results: page.results.map(serializeFlow) });
    },
    create: createFlow,
    detail: {
      find: ({ project }, id) => {
        const flow = isUuid(id) ? flowsOf(project).find((candidate) => candidate.id === id) : undefined;
        if (flow === undefined) throw notFound();
        return flow;
      },
      retrieve: (_context, flow) => ok(serializeFlow(flow)),
      update: (context, flow) => {
        Object.assign(flow, readFlow(context, flow), { updated_at: isoNow() });
        return ok(serializeFlow(flow));
      },
      destroy: (context, flow) => {
        const flows = flowsOf(context.project);
        flows.splice(flows.indexOf(flow), 1);
        return noContent();
      },
    },
  }),
};
