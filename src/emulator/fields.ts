import { validationError, type FieldPath } from "./errors.js";
import { describePythonType, isRecord, type JsonRecord } from "./json.js";

/**
 * Readers for request-body fields that reproduce DRF's coercions and error messages, so every
 * resource rejects bad input with the same `{code, detail, attr}` PostHog would send.
 * Each reader returns `undefined` when the key is absent, which callers treat as "leave unchanged".
 */

/** Accepts a JSON object body (or no body); anything else fails like DRF's serializer does. */
export function readRequestBody(body: unknown): JsonRecord {
  if (body === undefined || body === null) return {};
  if (!isRecord(body)) {
    throw validationError(null, `Invalid data. Expected a dictionary, but got ${describePythonType(body)}.`);
  }
  return body;
}

/** Whether the body carries the key at all (an explicit null counts as present). */
export function hasField(body: JsonRecord, key: string): boolean {
  return Object.hasOwn(body, key);
}

interface CommonOptions {
  required?: boolean;
  allowNull?: boolean;
  path?: FieldPath;
}

function pathOf(key: string, options: CommonOptions): FieldPath {
  return options.path ?? [key];
}

function readPresent(body: JsonRecord, key: string, options: CommonOptions): { present: false } | { present: true; value: unknown } {
  if (!hasField(body, key)) {
    if (options.required) throw validationError(pathOf(key, options), "This field is required.", "required");
    return { present: false };
  }
  const value = body[key];
  if (value === null && !options.allowNull) throw validationError(pathOf(key, options), "This field may not be null.", "null");
  return { present: true, value };
}

/** Options for {@link readString}. */
export interface StringOptions extends CommonOptions {
  allowBlank?: boolean;
  maxLength?: number;
  maxLengthMessage?: string;
  trim?: boolean;
}

/** Python's `str.isspace` characters, which `str.strip()` removes: JavaScript's `trim()` also removes U+FEFF, and keeps U+001C–U+001F and U+0085. */
const PYTHON_EDGE_SPACE = /^[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/gu;

/** A DRF CharField: numbers are stringified, whitespace is trimmed, booleans and containers are rejected. */
export function readString(body: JsonRecord, key: string, options: StringOptions = {}): string | null | undefined {
  const read = readPresent(body, key, options);
  if (!read.present) return undefined;
  return coerceString(read.value, pathOf(key, options), options);
}

/** Applies CharField rules to a value that is already known to be present. */
export function coerceString(value: unknown, path: FieldPath, options: StringOptions = {}): string | null {
  if (value === null) {
    if (options.allowNull) return null;
    throw validationError(path, "This field may not be null.", "null");
  }
  if (typeof value !== "string" && typeof value !== "number") throw validationError(path, "Not a valid string.", "invalid");
  let text = String(value);
  // `trim_whitespace` strips as Python does, and `MaxLengthValidator` takes Python's `len`, which counts code points.
  if (options.trim !== false) text = text.replace(PYTHON_EDGE_SPACE, "");
  if (text === "" && !options.allowBlank) throw validationError(path, "This field may not be blank.", "blank");
  if (options.maxLength !== undefined && [...text].length > options.maxLength) {
    throw validationError(path, options.maxLengthMessage ?? `Ensure this field has no more than ${options.maxLength} characters.`, "max_length");
  }
  return text;
}

const TRUE_VALUES = new Set<unknown>(["t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "1", 1, true]);
const FALSE_VALUES = new Set<unknown>(["f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "0", 0, false]);

/** A DRF BooleanField, which also accepts the usual string and 0/1 spellings. */
export function readBoolean(body: JsonRecord, key: string, options: CommonOptions = {}): boolean | null | undefined {
  const read = readPresent(body, key, options);
  if (!read.present) return undefined;
  if (read.value === null) return null;
  if (TRUE_VALUES.has(read.value)) return true;
  if (FALSE_VALUES.has(read.value)) return false;
  throw validationError(pathOf(key, options), "Must be a valid boolean.", "invalid");
}

/** Options for {@link readInteger}. */
export interface IntegerOptions extends CommonOptions {
  min?: number;
  max?: number;
}

/** A DRF IntegerField: integral numbers and numeric strings are accepted. */
export function readInteger(body: JsonRecord, key: string, options: IntegerOptions = {}): number | null | undefined {
  const read = readPresent(body, key, options);
  if (!read.present) return undefined;
  if (read.value === null) return null;
  return coerceInteger(read.value, pathOf(key, options), options);
}

/** Applies IntegerField rules to a present, non-null value. */
function coerceInteger(value: unknown, path: FieldPath, options: IntegerOptions = {}): number {
  let number: number | undefined;
  if (typeof value === "number" && Number.isInteger(value)) number = value;
  if (typeof value === "string" && /^\s*-?\d+(\.0*)?\s*$/.test(value)) number = Number.parseInt(value, 10);
  if (number === undefined) throw validationError(path, "A valid integer is required.", "invalid");
  if (options.min !== undefined && number < options.min) {
    throw validationError(path, `Ensure this value is greater than or equal to ${options.min}.`, "min_value");
  }
  if (options.max !== undefined && number > options.max) {
    throw validationError(path, `Ensure this value is less than or equal to ${options.max}.`, "max_value");
  }
  return number;
}

/** A DRF ChoiceField. */
export function readChoice(body: JsonRecord, key: string, choices: readonly (string | number)[], options: CommonOptions = {}): string | number | null | undefined {
  const read = readPresent(body, key, options);
  if (!read.present) return undefined;
  if (read.value === null) return null;
  const match = choices.find((choice) => choice === read.value || String(choice) === String(read.value));
  if (match === undefined) throw validationError(pathOf(key, options), `"${String(read.value)}" is not a valid choice.`, "invalid_choice");
  return match;
}

/** A DRF DictField / JSON object field. */
export function readObject(body: JsonRecord, key: string, options: CommonOptions = {}): JsonRecord | null | undefined {
  const read = readPresent(body, key, options);
  if (!read.present) return undefined;
  if (read.value === null) return null;
  if (!isRecord(read.value)) {
    throw validationError(pathOf(key, options), `Expected a dictionary of items but got type "${describePythonType(read.value)}".`, "not_a_dict");
  }
  return read.value;
}

/** A DRF ListField. */
export function readList(body: JsonRecord, key: string, options: CommonOptions = {}): unknown[] | null | undefined {
  const read = readPresent(body, key, options);
  if (!read.present) return undefined;
  if (read.value === null) return null;
  if (!Array.isArray(read.value)) {
    throw validationError(pathOf(key, options), `Expected a list of items but got type "${describePythonType(read.value)}".`, "not_a_list");
  }
  return read.value;
}

/** A DRF JSONField: any JSON value, `undefined` only when absent. */
export function readJson(body: JsonRecord, key: string, options: CommonOptions = {}): unknown {
  const read = readPresent(body, key, { ...options, allowNull: true });
  return read.present ? read.value : undefined;
}

/** Python's truthiness for JSON values, which PostHog code relies on in `if value:` checks. */
export function isTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.keys(value).length > 0;
  return true;
}

/** PostHog's `str_to_bool` for query parameters and loosely typed flags. */
export function parseBooleanText(value: unknown): boolean {
  return ["y", "yes", "t", "true", "on", "1"].includes(String(value).trim().toLowerCase());
}

/** Parses a Django integer primary key from a path segment; anything else is "not found". */
export function parseIntegerId(segment: string | undefined): number | undefined {
  if (segment === undefined || !/^\d+$/.test(segment)) return undefined;
  const value = Number.parseInt(segment, 10);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Whether a path segment is a canonical UUID, which UUID-keyed resources require. */
export function isUuid(segment: string | undefined): boolean {
  return segment !== undefined && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment);
}

/** Parses a list-valued query parameter sent as a JSON array; a bare value counts as a one-element list. */
export function parseJsonListParam(raw: string | null): string[] {
  if (raw === null || raw === "") return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.map(String) : [String(parsed)];
  } catch {
    return [raw];
  }
}
