import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { isSecretSet, readSecretName, SECRET_SET } from "../secrets.js";

/** The members `HogFlowActionSerializer` declares that a definition manages; it drops any other. */
const ACTION_MEMBERS = ["id", "name", "description", "type", "config", "filters", "on_error", "output_variable"] as const;

/** Trigger types whose config is a function's (`webhook`, `manual`, `tracking_pixel`): they carry a template's inputs. */
const FUNCTION_TRIGGERS = ["webhook", "manual", "tracking_pixel"];

/** The trigger types `HogFlowActionSerializer.validate` accepts for an active flow. */
export const TRIGGER_TYPES = ["event", "batch", "schedule", ...FUNCTION_TRIGGERS];

/** `DELAY_DURATION_REGEX`: the Node executor's duration format (`30m`, `2h`, `1.5d`). */
export const DELAY_DURATION = /^\d*\.?\d+[dhms]$/;

/** Whether an action runs a hog function template (a `function*` step, or a function-shaped trigger). */
export function isFunctionAction(action: JsonObject): boolean {
  const type = typeof action.type === "string" ? action.type : "";
  const config = isJsonObject(action.config) ? action.config : {};
  return type.includes("function") || (type === "trigger" && FUNCTION_TRIGGERS.includes(String(config.type)));
}

/** Filters without what PostHog compiles from them (`bytecode`, `bytecode_error`). */
function authoredFilters(filters: JsonValue | undefined): JsonValue {
  if (!isJsonObject(filters)) return filters ?? null;
  const { bytecode: _bytecode, bytecode_error: _error, ...rest } = filters;
  return rest;
}

/** Inputs as `{key: {value, templating?}}`, without the `order` and `bytecode` PostHog adds; a secret it holds reads as set. */
function authoredInputs(inputs: JsonValue | undefined): JsonValue | undefined {
  if (!isJsonObject(inputs)) return inputs;
  const out: JsonObject = {};
  for (const key of Object.keys(inputs).sort()) {
    const item = inputs[key];
    if (isJsonObject(item) && item.secret === true) out[key] = { value: { ...SECRET_SET } };
    else if (isJsonObject(item)) {
      const { order: _order, bytecode: _bytecode, ...rest } = item;
      out[key] = rest;
    } else out[key] = item as JsonValue;
  }
  return out;
}

function authoredConfig(action: JsonObject): JsonValue {
  if (!isJsonObject(action.config)) return action.config ?? null;
  const config: JsonObject = { ...action.config };
  // An event trigger's `filter_test_accounts` moves into its filters, as the serializer does.
  if (action.type === "trigger" && config.type === "event" && config.filter_test_accounts !== undefined && config.filter_test_accounts !== null) {
    config.filters = { ...(isJsonObject(config.filters) ? config.filters : {}), filter_test_accounts: config.filter_test_accounts };
    delete config.filter_test_accounts;
  }
  if (config.filters !== undefined) config.filters = authoredFilters(config.filters);
  if (isJsonObject(config.condition)) config.condition = { ...config.condition, filters: authoredFilters(config.condition.filters) };
  if (Array.isArray(config.conditions)) config.conditions = config.conditions.map((item) => (isJsonObject(item) && item.filters !== undefined ? { ...item, filters: authoredFilters(item.filters) } : item));
  if (config.inputs !== undefined) config.inputs = authoredInputs(config.inputs) as JsonValue;
  return config;
}

/**
 * One action as a definition and PostHog's answer are compared: the serializer's members only,
 * `description` defaulting to "" and `filters` to null, optional members left out when null,
 * and everything PostHog compiles dropped.
 */
export function canonicalAction(value: JsonValue): JsonValue {
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const member of ACTION_MEMBERS) {
    const item = value[member];
    if (item === undefined || (item === null && (member === "on_error" || member === "output_variable"))) continue;
    out[member] = item;
  }
  out.description ??= "";
  out.filters = authoredFilters(value.filters);
  out.config = authoredConfig(value);
  return out;
}

/** A conversion goal or trigger masking without the bytecode PostHog compiles into it. */
export function withoutBytecode(value: JsonValue | undefined): JsonValue {
  if (!isJsonObject(value)) return null;
  const { bytecode: _bytecode, ...rest } = value;
  return rest;
}

/**
 * The live actions with each secret input PostHog holds taken for the `secret()` the definition
 * declares for the same action and input: PostHog never returns the value. (The generic
 * `keepDeclaredSecrets` does not walk lists, and actions are one.)
 */
export function keepDeclaredActionSecrets(live: JsonValue | undefined, desired: JsonValue | undefined): JsonValue | undefined {
  if (!Array.isArray(live) || !Array.isArray(desired)) return live;
  const wanted = new Map(desired.filter(isJsonObject).map((action) => [action.id, action]));
  return live.map((action) => {
    if (!isJsonObject(action) || !isJsonObject(action.config) || !isJsonObject(action.config.inputs)) return action;
    const declared = wanted.get(action.id);
    const declaredInputs = isJsonObject(declared?.config) && isJsonObject(declared.config.inputs) ? declared.config.inputs : {};
    const inputs: JsonObject = {};
    for (const [key, item] of Object.entries(action.config.inputs)) {
      const mine = declaredInputs[key];
      const held = isJsonObject(item) && isSecretSet(item.value);
      inputs[key] = held && isJsonObject(mine) && readSecretName(mine.value) !== undefined ? mine : item;
    }
    return { ...action, config: { ...action.config, inputs } };
  });
}
