import { appendIdentityMarker, stampOwner } from "./identity.js";
import type { JsonObject, JsonValue } from "./json.js";
import type { KindName } from "./model.js";
import { textOrEmpty } from "./normalize.js";

/**
 * The characters Python's `str.strip()` removes (`str.isspace`), which are not quite JavaScript's
 * `trim()` set: Python also strips U+001C–U+001F and U+0085, and keeps U+FEFF.
 */
const PYTHON_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const EDGE_SPACE = new RegExp(`^[${PYTHON_SPACE}]+|[${PYTHON_SPACE}]+$`, "gu");
const TRAILING_SPACE = new RegExp(`[${PYTHON_SPACE}]+$`, "u");

/** The value DRF's `CharField` keeps (`trim_whitespace`): stripped as Python's `str.strip()` strips. */
export function stripCharField(text: string): string {
  return text.replace(EDGE_SPACE, "");
}

/**
 * The text without trailing whitespace, as Python's `str.rstrip()` removes it: what PostHog keeps at
 * the end of a stripped field, and what the identity marker read drops before and after the marker.
 */
export function stripTrailingSpace(text: string): string {
  return text.replace(TRAILING_SPACE, "");
}

/**
 * The length PostHog holds a `CharField(max_length=…)` to: DRF's CharField strips the value
 * (`trim_whitespace`) before its `MaxLengthValidator` takes Python's `len`, which counts code
 * points, so an emoji is one character here where JavaScript's `length` counts two.
 */
export function charFieldLength(text: string): number {
  return [...stripCharField(text)].length;
}

/**
 * Refuses text PostHog would store stripped: the definition would then differ from what PostHog
 * returns and plan a change on every run. Refused rather than stripped here, so the definition
 * says what PostHog holds. `fields` maps each spec field to PostHog's name for it.
 */
export function checkEdgeWhitespace(spec: JsonObject, fields: Readonly<Record<string, string>>, report: (path: string, message: string) => void): void {
  for (const [field, posthogField] of Object.entries(fields)) {
    const value = spec[field];
    if (typeof value === "string" && stripCharField(value) !== value) report(field, `PostHog strips leading/trailing whitespace from ${posthogField}; remove it`);
  }
}

/** The text as apply sends it: the identity marker appended, with the owner in it when one is configured. */
function sentText(kind: KindName, key: string, text: JsonValue | undefined, owner: string | undefined): string {
  return String(stampOwner(kind, key, { text: appendIdentityMarker(kind, key, text) }, owner).text);
}

/**
 * Why a free-text field cannot carry this tool's identity marker (and the owner written into it)
 * within PostHog's limit, or undefined when it fits; counted as PostHog counts (see
 * `charFieldLength`) and said before anything is sent, since PostHog would refuse the whole write.
 * `field` is PostHog's name for the field, for the message.
 */
export function describeMarkerOverflow(kind: KindName, key: string, text: JsonValue | undefined, max: number, owner?: string, field = "description"): string | undefined {
  const sent = charFieldLength(sentText(kind, key, text, owner));
  if (sent <= max) return undefined;
  const room = max - charFieldLength(sentText(kind, key, "x", owner)) + 1;
  const marker = owner === undefined ? "the identity marker" : `the identity marker with the owner "${owner}"`;
  const shorter = owner === undefined ? "a shorter key" : "a shorter key or owner";
  return room <= 0
    ? `the key is too long for PostHog's ${max}-character ${field}, which must also hold ${marker} "${sentText(kind, key, "", owner)}"; use ${shorter}`
    : `is ${charFieldLength(textOrEmpty(text))} characters; with ${marker} this tool appends it would be ${sent}, over PostHog's limit of ${max}, so keep it to ${room} characters or use ${shorter}`;
}
