import { diffLines } from "diff";
import { isJsonObject, stringifyStable, type JsonValue } from "../core/json.js";
import type { FieldChange } from "../core/plan/types.js";

/** Values longer than this, or spanning lines, are shown as line diffs rather than inline. */
const INLINE_LIMIT = 80;

/** A value as one line of JSON, stable across runs. */
export function formatInline(value: JsonValue | undefined): string {
  return value === undefined ? "(none)" : stringifyStable(value);
}

function asBlock(value: JsonValue | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value.endsWith("\n") ? value : `${value}\n`;
  return `${stringifyStable(value, 2)}\n`;
}

/** True when a change reads better as a line diff than as `before → after`. */
export function needsBlockDiff(change: FieldChange): boolean {
  const long = (v: JsonValue | undefined) => v !== undefined && (formatInline(v).length > INLINE_LIMIT || (typeof v === "string" && v.includes("\n")));
  return long(change.before) || long(change.after);
}

/**
 * A unified-style line diff of a long string or JSON value, using the `diff`
 * package so edits inside a HogQL query or a query node show line by line.
 */
export function diffBlock(change: FieldChange): { sign: "+" | "-" | " "; text: string }[] {
  const out: { sign: "+" | "-" | " "; text: string }[] = [];
  for (const part of diffLines(asBlock(change.before), asBlock(change.after))) {
    const sign = part.added ? "+" : part.removed ? "-" : " ";
    for (const line of part.value.replace(/\n$/, "").split("\n")) out.push({ sign, text: line });
  }
  return out;
}

/** Empty values on a create are server defaults; listing them only adds noise. */
function isEmpty(value: JsonValue): boolean {
  return value === null || value === "" || (Array.isArray(value) && value.length === 0) || (isJsonObject(value) && Object.keys(value).length === 0);
}

/** A new resource as `path: value` lines, one per leaf, so nested settings read like the diff of an update. */
export function flattenLeaves(value: JsonValue, path: string): { path: string; value: JsonValue }[] {
  if (isEmpty(value)) return [];
  const join = (member: string | number) => (path ? `${path}.${member}` : String(member));
  const small = isJsonObject(value) && Object.values(value).every((m) => m === null || typeof m !== "object") && formatInline(value).length <= 60;
  if (isJsonObject(value) && !small) return Object.entries(value).flatMap(([key, member]) => flattenLeaves(member, join(key)));
  if (Array.isArray(value) && value.some((item) => typeof item === "object" && item !== null)) {
    return value.flatMap((item, i) => flattenLeaves(item, join(i)));
  }
  return [{ path, value }];
}
