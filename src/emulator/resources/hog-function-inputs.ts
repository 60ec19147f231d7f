import { validationError } from "../errors.js";
import { isRecord, type JsonRecord } from "../json.js";

/** Input types whose values PostHog compiles to template bytecode (`InputsItemSerializer.validate`). */
const TEMPLATED = ["string", "dictionary", "json", "email"];

/** `InputsSchemaItemSerializer`'s types. */
const SCHEMA_TYPES = ["string", "number", "boolean", "dictionary", "choice", "json", "integration", "integration_field", "email"];

/** `validate_inputs_schema`: each entry needs a known `type` and a `key`; `required`, `secret` and `hidden` default to false. */
export function readInputsSchema(value: unknown): JsonRecord[] {
  if (!Array.isArray(value)) throw validationError("inputs_schema", 'Expected a list of items but got type "dict".', "not_a_list");
  return value.map((entry, index) => {
    if (!isRecord(entry)) throw validationError(["inputs_schema", index, "non_field_errors"], "Invalid data. Expected a dictionary, but got str.", "invalid");
    if (!SCHEMA_TYPES.includes(String(entry.type))) throw validationError(["inputs_schema", index, "type"], `"${String(entry.type)}" is not a valid choice.`, "invalid_choice");
    if (typeof entry.key !== "string" || entry.key === "") throw validationError(["inputs_schema", index, "key"], "This field is required.", "required");
    return { ...entry, required: entry.required === true, secret: entry.secret === true, hidden: entry.hidden === true };
  });
}

/** `InputsItemSerializer.validate`: required, then the value's type by the schema's. */
function checkValue(schema: JsonRecord, value: unknown): string | undefined {
  if (schema.required === true && (value === null || value === undefined || value === "")) return "This field is required.";
  if (!value) return undefined;
  const type = schema.type;
  if (type === "string" && typeof value !== "string") return "Value must be a string.";
  if (type === "number" && typeof value !== "number") return "Value must be a number.";
  if (type === "boolean" && typeof value !== "boolean") return "Value must be a boolean.";
  if (type === "dictionary" && !isRecord(value)) return "Value must be a dictionary.";
  if (type === "integration" && !Number.isInteger(value)) return "Value must be an Integration ID.";
  if (type === "email") {
    if (!isRecord(value)) return "Value must be an email object.";
    for (const key of ["from", "to", "subject"]) if (!value[key]) return `Missing value for '${key}'.`;
    if (!value.text && !value.html) return "Either 'text' or 'html' is required.";
  }
  return undefined;
}

/** Validated inputs, split as PostHog stores them: plain ones, and the secret ones it encrypts. */
export interface StoredInputs {
  inputs: JsonRecord;
  encrypted: JsonRecord;
}

/**
 * `InputsSerializer.run_child_validation`: the schema is walked, not the body, so inputs it does
 * not list are dropped; a secret input sent as `{secret: true}`, as `{}` or not at all keeps the
 * stored secret; an input without a value is left out; each kept one gets its `order` (and a
 * stand-in `bytecode` where PostHog compiles a template). Secret inputs are stored apart.
 */
export function validateInputs(schema: readonly JsonRecord[], body: unknown, existing: JsonRecord): StoredInputs {
  const sent = isRecord(body) ? body : {};
  const validated: [string, JsonRecord, boolean][] = [];
  const errors: [string, string][] = [];
  for (const entry of schema) {
    const key = String(entry.key);
    let item: unknown = sent[key] ?? {};
    const keeps = isRecord(item) && (item.secret === true || Object.keys(item).length === 0);
    if (entry.secret === true && Object.keys(existing).length > 0 && keeps) item = existing[key] ?? {};
    const value = isRecord(item) ? item.value : undefined;
    const problem = checkValue(entry, value);
    if (problem !== undefined) {
      errors.push([key, problem]);
      continue;
    }
    if (!isRecord(item) || !("value" in item)) continue;
    const stored: JsonRecord = { value: item.value };
    if (item.templating === "hog" || item.templating === "liquid") stored.templating = item.templating;
    if (item.value && entry.templating !== false && item.templating !== "liquid" && TEMPLATED.includes(String(entry.type))) stored.bytecode = ["_H", 1, 32, "template"];
    validated.push([key, stored, entry.secret === true]);
  }
  if (errors.length > 0) throw validationError(["inputs", errors[0]![0]], errors[0]![1]);
  const result: StoredInputs = { inputs: {}, encrypted: {} };
  validated.forEach(([key, stored, secret], order) => {
    (secret ? result.encrypted : result.inputs)[key] = { ...stored, order };
  });
  return result;
}

/** `to_representation`: a secret input that holds a value reads back as `{secret: true}` only. */
export function representInputs(schema: readonly JsonRecord[], stored: StoredInputs): JsonRecord {
  const out: JsonRecord = { ...stored.inputs };
  for (const entry of schema) {
    const key = String(entry.key);
    if (entry.secret === true && (stored.encrypted[key] || stored.inputs[key])) out[key] = { secret: true };
  }
  return out;
}
