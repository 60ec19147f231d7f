import { diffLines } from "diff";
import { isJsonObject, stringifyStable, type JsonValue } from "../core/json.js";
import type { FieldChange, PlanStep } from "../core/plan/types.js";
import { formatHogQL } from "./hogql-layout.js";

/** Values longer than this, or spanning lines, are shown as line diffs rather than inline. */
const INLINE_LIMIT = 80;
/** A field with at least this many changed leaves is shown as one diff of its pretty-printed value. */
const STRUCTURAL_MIN = 3;
/** Unchanged lines kept around each changed line of a block; longer unchanged runs are folded. */
const CONTEXT = 3;

/** One line of a block diff: `+` added, `-` removed, ` ` unchanged (or a fold of unchanged lines). */
export interface DiffRow {
  sign: "+" | "-" | " ";
  text: string;
}

/**
 * What an update shows of its changes: a `path: value` line for a short change,
 * or one line diff of a long value or of a whole subtree (a query) in which
 * several leaves changed, so a reviewer reads it as code, not as leaves.
 */
export type ChangeItem = { type: "line"; change: FieldChange } | { type: "block"; path: string; rows: DiffRow[] };

/** A value as one line of JSON, stable across runs. */
export function formatInline(value: JsonValue | undefined): string {
  return value === undefined ? "(none)" : stringifyStable(value);
}

/** A value as the lines a diff compares: strings as text (one-line HogQL laid out by clause), the rest as indented JSON. */
function asBlock(value: JsonValue | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "string") {
    const text = formatHogQL(value) ?? value;
    return text.endsWith("\n") ? text : `${text}\n`;
  }
  return `${stringifyStable(value, 2)}\n`;
}

/** True when a value reads better as lines than inline. */
export function isLong(value: JsonValue | undefined): boolean {
  return value !== undefined && (formatInline(value).length > INLINE_LIMIT || (typeof value === "string" && value.includes("\n")));
}

/** True when a change reads better as a line diff than as `before → after`. */
export function needsBlockDiff(change: FieldChange): boolean {
  return isLong(change.before) || isLong(change.after);
}

/** Folds unchanged runs longer than the context on both sides into one `… N unchanged lines` row. */
function foldContext(rows: readonly DiffRow[]): DiffRow[] {
  const near = rows.map((_, i) => rows.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((r) => r.sign !== " "));
  const out: DiffRow[] = [];
  for (let i = 0; i < rows.length; ) {
    if (near[i]) {
      out.push(rows[i]!);
      i++;
      continue;
    }
    let end = i;
    while (end < rows.length && !near[end]) end++;
    out.push(end - i === 1 ? rows[i]! : { sign: " ", text: `… ${end - i} unchanged lines` });
    i = end;
  }
  return out;
}

/**
 * A unified-style line diff of a long string or JSON value, using the `diff`
 * package so edits inside a HogQL query or a query node show line by line,
 * with long unchanged stretches folded.
 */
export function diffBlock(change: Pick<FieldChange, "before" | "after">): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const part of diffLines(asBlock(change.before), asBlock(change.after))) {
    const sign = part.added ? "+" : part.removed ? "-" : " ";
    for (const line of part.value.replace(/\n$/, "").split("\n")) rows.push({ sign, text: line });
  }
  return change.before === undefined || change.after === undefined ? rows : foldContext(rows);
}

/** The value at a dotted path; undefined when a segment is missing (or a key holds a dot). */
function valueAt(value: JsonValue | undefined, path: string): JsonValue | undefined {
  let current = value;
  for (const segment of path === "" ? [] : path.split(".")) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (isJsonObject(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

/** The longest dotted prefix all paths share, never shorter than their common top-level field. */
function commonPrefix(paths: readonly string[]): string {
  const split = paths.map((p) => p.split("."));
  const shared: string[] = [];
  for (let i = 0; split.every((s) => s.length > i + 1 && s[i] === split[0]![i]); i++) shared.push(split[0]![i]!);
  return shared.join(".") || split[0]![0]!;
}

/**
 * An update's changes as a reviewer reads them: changes grouped by top-level
 * field; a field with several changed leaves becomes one diff of the subtree
 * they share, pretty-printed; a long value one diff of its lines; any other
 * change stays a `path: value` line.
 */
export function describeChanges(step: Pick<PlanStep, "changes" | "before" | "after">): ChangeItem[] {
  const groups = new Map<string, FieldChange[]>();
  for (const change of step.changes) {
    const field = change.path.split(".")[0]!;
    groups.set(field, [...(groups.get(field) ?? []), change]);
  }
  const items: ChangeItem[] = [];
  for (const changes of groups.values()) {
    const root = commonPrefix(changes.map((c) => c.path));
    const before = valueAt(step.before, root);
    const after = valueAt(step.after, root);
    if (changes.length >= STRUCTURAL_MIN && typeof before === "object" && before !== null && typeof after === "object" && after !== null) {
      items.push({ type: "block", path: root, rows: diffBlock({ before, after }) });
      continue;
    }
    for (const change of changes) items.push(needsBlockDiff(change) ? { type: "block", path: change.path, rows: diffBlock(change) } : { type: "line", change });
  }
  return items;
}

/** Empty values on a create are server defaults; listing them only adds noise. */
function isEmpty(value: JsonValue): boolean {
  return value === null || value === "" || (Array.isArray(value) && value.length === 0) || (isJsonObject(value) && Object.keys(value).length === 0);
}

/**
 * A new resource as `path: value` lines, one per leaf, so nested settings read
 * like the diff of an update; for plans whose creates carry no `written` fields.
 */
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
