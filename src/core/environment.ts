import { isJsonObject, type JsonObject, type JsonValue } from "./json.js";
import type { Report } from "./schema.js";

/**
 * Replaces every per-environment value (`{ "$env": {...}, "$default"?: v }`, written
 * by the SDK's `perEnvironment()`) with the value for `environment`. A value with
 * no entry for the environment and no default is an error, because silently
 * sending `undefined` would drop the field.
 */
export function resolveEnvironmentValues(spec: JsonObject, environment: string | undefined, report: Report): JsonObject {
  const visit = (value: JsonValue, path: string): JsonValue | undefined => {
    if (Array.isArray(value)) return value.map((item, i) => visit(item, `${path}.${i}`) ?? null);
    if (!isJsonObject(value)) return value;
    const choices = value.$env;
    if (isJsonObject(choices)) {
      if (environment !== undefined && environment in choices) return visit(choices[environment] as JsonValue, path);
      if ("$default" in value) return visit(value.$default as JsonValue, path);
      const names = Object.keys(choices).sort().join(", ");
      report(path, environment === undefined
        ? `varies by environment (${names}) but no environment was selected`
        : `has no value for environment "${environment}" (has: ${names}) and no default`);
      return undefined;
    }
    const out: JsonObject = {};
    for (const [key, member] of Object.entries(value)) {
      const resolved = visit(member, path ? `${path}.${key}` : key);
      if (resolved !== undefined) out[key] = resolved;
    }
    return out;
  };
  return visit(spec, "") as JsonObject;
}
