import { isDeepEqual, isJsonObject, type JsonValue } from "../json.js";
import type { FieldChange } from "./types.js";

function isPrimitiveList(value: JsonValue | undefined): boolean {
  return Array.isArray(value) && value.every((v) => v === null || typeof v !== "object");
}

function walk(before: JsonValue | undefined, after: JsonValue | undefined, path: string, out: FieldChange[]): void {
  if (isDeepEqual(before, after)) return;
  if (before === undefined) {
    out.push({ path, kind: "add", after: after as JsonValue });
    return;
  }
  if (after === undefined) {
    out.push({ path, kind: "remove", before });
    return;
  }
  if (isJsonObject(before) && isJsonObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) walk(before[key], after[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && !isPrimitiveList(before) && !isPrimitiveList(after)) {
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) walk(before[i], after[i], `${path}.${i}`, out);
    return;
  }
  out.push({ path, kind: "update", before, after });
}

/**
 * Field-level differences between two canonical objects, in a stable order.
 * Lists of plain values (tags) change as a whole; lists of objects (groups,
 * tiles) are compared item by item so a reviewer sees the one field that moved.
 */
export function diffFields(before: JsonValue | undefined, after: JsonValue | undefined): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, "", out);
  return out;
}

/** Whether a change is at `path` or inside it (`filters` is touched by `filters.groups.0`). */
export function touchesPath(change: FieldChange, path: string): boolean {
  return change.path === path || change.path.startsWith(`${path}.`);
}
