import type { JsonObject } from "./json.js";

/** Numeric ids by value, others as text, so ordering by id is stable across kinds. */
export function compareIds(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/**
 * Orders live objects that carry the same identity, oldest first: by
 * `created_at` when both have one, then by id. Every run, and every one of two
 * racing runs, picks the same survivor, so duplicates heal instead of
 * multiplying.
 */
export function compareAge(a: JsonObject, b: JsonObject): number {
  if (typeof a.created_at === "string" && typeof b.created_at === "string" && a.created_at !== b.created_at) {
    return a.created_at < b.created_at ? -1 : 1;
  }
  return compareIds(a.id, b.id);
}

/** The object that survives among objects with one identity. */
export function pickSurvivor<T extends JsonObject>(objects: readonly T[]): T | undefined {
  return [...objects].sort(compareAge)[0];
}
