import { isJsonObject, type JsonValue } from "./json.js";
import type { Report } from "./schema.js";

/** The longest string a definition field may hold (HogQL queries included). */
export const MAX_STRING_LENGTH = 100_000;

/** The largest definition, measured as its JSON. */
export const MAX_DEFINITION_BYTES = 1_048_576;

/**
 * Refuses oversized values before any schema check, so a runaway generated
 * field is reported by its path and size instead of being validated, printed
 * or sent whole. Returns false when the definition is too large to look at.
 */
export function checkSizes(spec: JsonValue, report: Report): boolean {
  const bytes = new TextEncoder().encode(JSON.stringify(spec)).length;
  if (bytes > MAX_DEFINITION_BYTES) {
    report("", `the definition is ${bytes.toLocaleString("en-US")} bytes as JSON; the limit is ${MAX_DEFINITION_BYTES.toLocaleString("en-US")}`);
    return false;
  }
  let fits = true;
  const visit = (value: JsonValue, path: string): void => {
    if (typeof value === "string" && value.length > MAX_STRING_LENGTH) {
      report(path, `is ${value.length.toLocaleString("en-US")} characters long; the limit is ${MAX_STRING_LENGTH.toLocaleString("en-US")}`);
      fits = false;
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, path ? `${path}.${i}` : String(i)));
    else if (isJsonObject(value)) for (const [key, member] of Object.entries(value)) visit(member, path ? `${path}.${key}` : key);
  };
  visit(spec, "");
  return fits;
}
