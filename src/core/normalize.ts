import { isJsonObject, type JsonObject, type JsonValue } from "./json.js";

/**
 * Drops object members whose value is null, at every depth. PostHog fills many
 * optional fields with explicit nulls on read; treating "null" and "absent" alike
 * keeps those fills from showing up as changes.
 */
export function dropNulls(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, member] of Object.entries(value)) {
    if (member !== null) out[key] = dropNulls(member);
  }
  return out;
}

/** A string field, with PostHog's null and absent both read as "". */
export function textOrEmpty(value: JsonValue | undefined): string {
  return typeof value === "string" ? value : "";
}

/** A boolean field with a server default applied when absent or null. */
export function flagOr(value: JsonValue | undefined, fallback: boolean): boolean {
  return typeof value === "boolean" ? value : fallback;
}

/** A value with a server default applied when absent or null. */
export function valueOr<T extends JsonValue>(value: JsonValue | undefined, fallback: T): JsonValue {
  return value === undefined || value === null ? fallback : value;
}
