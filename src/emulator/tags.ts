import { validationError } from "./errors.js";
import { readList } from "./fields.js";
import { isRecord, type JsonRecord } from "./json.js";

/**
 * Reads the `tags` field of a taggable resource. `undefined` (absent or null) means "leave the tags
 * unchanged"; a list replaces them. Names are trimmed, lowercased and de-duplicated like PostHog does,
 * blank names are dropped, and the result is sorted so responses are stable (PostHog does not promise
 * an order; clients must not rely on one).
 */
export function readTags(body: JsonRecord): string[] | undefined {
  const list = readList(body, "tags", { allowNull: true });
  if (list === undefined || list === null) return undefined;
  return normalizeTagNames(list);
}

/** Normalises tag names the way PostHog's tagging mixin does. */
export function normalizeTagNames(names: readonly unknown[]): string[] {
  const normalized = new Set<string>();
  names.forEach((name, index) => {
    if (typeof name !== "string" && typeof name !== "number") throw validationError(["tags", index], "Not a valid string.", "invalid");
    const tag = String(name).trim().toLowerCase();
    if (tag.length > 255) throw validationError(["tags", index], "Ensure this field has no more than 255 characters.", "max_length");
    if (tag !== "") normalized.add(tag);
  });
  return [...normalized].sort();
}

/** Whether a record carries any of the given tag names (list filters use "any match"). */
export function hasAnyTag(tags: readonly string[], wanted: readonly string[]): boolean {
  return wanted.some((tag) => tags.includes(tag.trim().toLowerCase()));
}

/** Applies a bulk_update_tags action to one record's tags. */
export function applyBulkTagAction(current: readonly string[], action: string, tags: readonly string[]): string[] {
  if (action === "set") return [...tags].sort();
  if (action === "remove") return current.filter((tag) => !tags.includes(tag));
  return normalizeTagNames([...current, ...tags]);
}

/**
 * A request body as PostHog's tagging mixin sees it without the TAGGING feature: `_attempt_set_tags`
 * returns before touching the object, so `tags` in a create or update changes nothing.
 */
export function withoutTagWrites(body: unknown): unknown {
  if (!isRecord(body) || !Object.hasOwn(body, "tags")) return body;
  const { tags: _tags, ...rest } = body;
  return rest;
}

/**
 * A response as the tagging mixin's `to_representation` renders it without the TAGGING feature:
 * every serialized object's tag list reads `[]`, nested objects included.
 */
export function withTagsHidden(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withTagsHidden);
  if (!isRecord(value)) return value;
  const out: JsonRecord = {};
  for (const [key, member] of Object.entries(value)) out[key] = key === "tags" && Array.isArray(member) ? [] : withTagsHidden(member);
  return out;
}
