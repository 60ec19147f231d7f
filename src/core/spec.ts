import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "./json.js";
import { formatAddress, type KindName } from "./model.js";

/**
 * Building blocks of the specs `pull` writes back as code. A spec is JSON in the
 * shape a user passes to an SDK constructor, plus two markers codegen renders:
 * `{ $ref: "kind/key" }` (an import of the referenced resource's file, the same
 * marker the loader writes) and `{ $call: "name", $args: [...] }` (a call of an
 * SDK helper such as `trends()` or `text()`).
 */

/** A reference to another pulled resource. */
export function specRef(kind: KindName, key: string): JsonObject {
  return { $ref: formatAddress({ kind, key }) };
}

/** A call of an SDK helper that returns exactly the value it replaces. */
export function specCall(name: string, ...args: JsonValue[]): JsonObject {
  return { $call: name, $args: args };
}

/** Reads a `$call` marker back, for codegen. */
export function readSpecCall(value: JsonValue | undefined): { name: string; args: JsonValue[] } | undefined {
  if (!isJsonObject(value) || typeof value.$call !== "string" || !Array.isArray(value.$args)) return undefined;
  return { name: value.$call, args: value.$args };
}

/** A spec object without the entries left undefined, so defaults never reach the written file. */
export function compactSpec(entries: Record<string, JsonValue | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [name, value] of Object.entries(entries)) if (value !== undefined) out[name] = value;
  return out;
}

/** The value, or undefined when it is the server default a definition may leave out. */
export function unlessDefault(value: JsonValue | undefined, fallback: JsonValue): JsonValue | undefined {
  return value === undefined || isDeepEqual(value, fallback) ? undefined : value;
}

/**
 * A key made from a display name ("Weekly signups" → "weekly-signups"), for
 * objects built in the PostHog UI that have no key yet; `fallback` when the name
 * has no letters or digits.
 */
export function slugKey(name: JsonValue | undefined, fallback: string): string {
  const slug = (typeof name === "string" ? name : "")
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug === "" ? fallback : slug;
}
