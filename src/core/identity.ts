import { stripTrailingSpace } from "./char-field.js";
import { isJsonObject, type JsonObject, type JsonValue } from "./json.js";
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

const MARKER = /<!-- iac:([a-z-]+):(\S+?)(?: [^>]*)? -->$/;

/**
 * The marker at the end of a text and the text before it. Whitespace around the marker is
 * Python's (`str.strip()`, see char-field.ts), as PostHog strips it: U+0085 goes, U+FEFF stays
 * part of the text, so a text PostHog holds reads back exactly as it was written.
 */
function splitMarker(text: string): { kind: string; key: string; body: string } | undefined {
  const match = MARKER.exec(stripTrailingSpace(text));
  return match ? { kind: match[1]!, key: match[2]!, body: stripTrailingSpace(text.slice(0, match.index)) } : undefined;
}

/**
 * Kinds without tags carry identity in a trailing HTML comment in a free-text
 * field (`<!-- iac:cohorts:<key> iac:hash:<hex> -->`), PostHog's own tool's convention. Markdown
 * renders it invisibly, and the tool strips it before comparing or rendering.
 */
export function readIdentityMarker(kind: KindName, text: JsonValue | undefined): string | undefined {
  if (typeof text !== "string") return undefined;
  const marker = splitMarker(text);
  return marker?.kind === kind ? marker.key : undefined;
}

/** The free text without this tool's marker, as users wrote it. */
export function stripIdentityMarker(text: JsonValue | undefined): string {
  return typeof text === "string" ? (splitMarker(text)?.body ?? text) : "";
}

/**
 * The hash this tool writes into a marker where PostHog's own tool keeps the hash of its spec.
 * That tool recognises a marker only with a hash in it (`iac:hash:<hex>`), so without one it
 * would create a duplicate of every object this tool wrote; it cannot match any spec's hash, so
 * that tool updates each object this tool wrote once and writes its own hash back. Objects this
 * tool leaves unchanged keep the hash that tool wrote.
 */
export const FOREIGN_HASH_PLACEHOLDER = "iac:hash:0000000000000000";

/** The marker this tool writes: the identity, then the placeholder hash PostHog's own tool needs. */
function formatMarker(kind: KindName, key: string): string {
  return `<!-- iac:${kind}:${key} ${FOREIGN_HASH_PLACEHOLDER} -->`;
}

/** The free text with the marker appended, as it is sent to PostHog. */
export function appendIdentityMarker(kind: KindName, key: string, text: JsonValue | undefined): string {
  const body = stripIdentityMarker(text);
  const marker = formatMarker(kind, key);
  return body === "" ? marker : `${body}\n\n${marker}`;
}

const OWNER_TAG_PREFIX = `${TAG_PREFIX}owner:`;
const OWNER_IN_MARKER = /<!-- iac:[a-z-]+:\S+?(?: iac:hash:\S+)? owner:([a-z0-9._-]+) -->$/;

/**
 * The ownership scope an object's identity carries: an `iac:owner:<owner>` tag,
 * or ` owner:<owner>` inside the identity marker of a kind without tags.
 * Undefined for identities written without one.
 */
export function readOwner(raw: JsonObject): string | undefined {
  if (Array.isArray(raw.tags)) {
    const tag = raw.tags.find((t): t is string => typeof t === "string" && t.toLowerCase().startsWith(OWNER_TAG_PREFIX));
    if (tag !== undefined) return tag.slice(OWNER_TAG_PREFIX.length).toLowerCase();
  }
  return findMarkerOwner(raw);
}

/** The owner inside an identity marker anywhere in an object (an alert keeps its marker in `threshold.name`). */
function findMarkerOwner(value: JsonObject): string | undefined {
  for (const member of Object.values(value)) {
    const found = typeof member === "string" ? OWNER_IN_MARKER.exec(stripTrailingSpace(member))?.[1] : isJsonObject(member) ? findMarkerOwner(member) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}


/**
 * Whether an object with this tool's identity belongs to this repository: with
 * an owner configured, its own objects and those written before owners existed;
 * without one, only objects that carry no owner.
 */
export function isOwnedBy(raw: JsonObject, owner: string | undefined): boolean {
  const found = readOwner(raw);
  return found === undefined || found === owner;
}

/**
 * Writes the owner into a request body's identity: a tag beside the identity
 * tag, or ` owner:<owner>` inside the identity marker. Kinds build their bodies
 * without knowing the owner, so this is done once, for every kind, on the way out.
 */
export function stampOwner(kind: KindName, key: string, body: JsonObject, owner: string | undefined): JsonObject {
  if (owner === undefined) return body;
  const out: JsonObject = { ...body };
  const identity = formatIdentityTag(kind, key);
  if (Array.isArray(out.tags) && out.tags.includes(identity)) out.tags = [...out.tags.filter((t) => !(typeof t === "string" && t.startsWith(OWNER_TAG_PREFIX))), `${OWNER_TAG_PREFIX}${owner}`];
  const marker = formatMarker(kind, key);
  const stamp = (object: JsonObject): JsonObject =>
    Object.fromEntries(
      Object.entries(object).map(([field, value]) => [
        field,
        typeof value === "string" && value.endsWith(marker) ? `${value.slice(0, -" -->".length)} owner:${owner} -->` : isJsonObject(value) ? stamp(value) : value,
      ]),
    );
  return stamp(out);
}
