import type { JsonValue } from "./json.js";
import type { KindName } from "./model.js";

const TAG_PREFIX = "iac:";

/** The tag that marks a resource as managed: `iac:<kind>:<key>`, PostHog's own convention. */
export function formatIdentityTag(kind: KindName, key: string): string {
  return `${TAG_PREFIX}${kind}:${key}`.toLowerCase();
}

/**
 * Finds this tool's identity in a tag list. PostHog lowercases tags, so keys are
 * matched case-insensitively; the first matching tag wins, which keeps the result
 * deterministic when a resource was tagged twice by hand.
 */
export function readIdentityTag(kind: KindName, tags: JsonValue | undefined): string | undefined {
  if (!Array.isArray(tags)) return undefined;
  const prefix = `${TAG_PREFIX}${kind}:`;
  const matches = tags.filter((t): t is string => typeof t === "string" && t.toLowerCase().startsWith(prefix)).sort();
  const tag = matches[0];
  return tag === undefined ? undefined : tag.slice(prefix.length);
}

/** User tags in canonical form: trimmed, lower-cased, unique, sorted, without `iac:` tags. */
export function normalizeUserTags(tags: JsonValue | undefined): string[] {
  if (!Array.isArray(tags)) return [];
  const names = tags
    .filter((t): t is string => typeof t === "string")
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== "" && !t.startsWith(TAG_PREFIX));
  return [...new Set(names)].sort();
}

/** The tag list sent to PostHog: identity first, then the user's tags. */
export function buildTagPayload(kind: KindName, key: string, userTags: JsonValue | undefined): string[] {
  return [formatIdentityTag(kind, key), ...normalizeUserTags(userTags)];
}

const MARKER = /\s*<!-- iac:([a-z-]+):(\S+?)(?: [^>]*)? -->\s*$/;

/**
 * Kinds without tags carry identity in a trailing HTML comment in a free-text
 * field (`<!-- iac:cohorts:<key> -->`), PostHog's own tool's convention. Markdown
 * renders it invisibly, and the tool strips it before comparing or rendering.
 */
export function readIdentityMarker(kind: KindName, text: JsonValue | undefined): string | undefined {
  if (typeof text !== "string") return undefined;
  const match = MARKER.exec(text);
  return match && match[1] === kind ? match[2] : undefined;
}

/** The free text without this tool's marker, as users wrote it. */
export function stripIdentityMarker(text: JsonValue | undefined): string {
  return typeof text === "string" ? text.replace(MARKER, "") : "";
}

/** The free text with the marker appended, as it is sent to PostHog. */
export function appendIdentityMarker(kind: KindName, key: string, text: JsonValue | undefined): string {
  const body = stripIdentityMarker(text);
  const marker = `<!-- iac:${kind}:${key} -->`;
  return body === "" ? marker : `${body}\n\n${marker}`;
}

/** Length of the marker for a key, for fields with a length cap. */
export function markerLength(kind: KindName, key: string): number {
  return appendIdentityMarker(kind, key, "").length + 2;
}
