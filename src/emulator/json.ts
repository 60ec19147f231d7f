/** A JSON object as it arrives in a request body, before any field has been validated. */
export type JsonRecord = Record<string, unknown>;

/** Narrows an unknown value to a plain JSON object, the only shape PostHog accepts as a body. */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The Python type name PostHog would print for a JSON value; DRF error messages embed it
 * ("Expected a list of items but got type \"dict\"."), so the emulator has to produce the same word.
 */
export function describePythonType(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "string") return "str";
  if (Array.isArray(value)) return "list";
  return "dict";
}

/** Deep copy through JSON so stored state never aliases request bodies or response objects. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Structural equality of two JSON values, ignoring object key order. */
export function isJsonEqual(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left)) {
    return Array.isArray(right) && left.length === right.length && left.every((item, index) => isJsonEqual(item, right[index]));
  }
  if (isRecord(left) && isRecord(right)) {
    const leftKeys = Object.keys(left);
    return leftKeys.length === Object.keys(right).length && leftKeys.every((key) => Object.hasOwn(right, key) && isJsonEqual(left[key], right[key]));
  }
  return false;
}

/**
 * Serialises like Python's `json.dumps` with default arguments (", " and ": " separators, ASCII-only output).
 * PostHog stores non-string flag payloads this way, so clients comparing payload strings see the same bytes.
 */
export function formatPythonJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError("Out of range float values are not JSON compliant");
    return String(value);
  }
  if (typeof value === "string") return formatPythonString(value);
  if (Array.isArray(value)) return `[${value.map((item) => formatPythonJson(item)).join(", ")}]`;
  const entries = Object.entries(value as JsonRecord).map(([key, item]) => `${formatPythonString(key)}: ${formatPythonJson(item)}`);
  return `{${entries.join(", ")}}`;
}

function formatPythonString(value: string): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
