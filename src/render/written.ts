/**
 * A new resource as its definition reads: the fields the user wrote (a
 * create's `written` fields, defaults left out), one `path: value` line per
 * leaf, with references as the resource they name and SDK helper calls
 * (`trends(…)`, `text(…)`) as calls.
 */
import { isJsonObject, type JsonValue } from "../core/json.js";
import type { PlanStep } from "../core/plan/types.js";
import { diffBlock, flattenLeaves, formatInline, isLong } from "./value-diff.js";

/** One listed field of a create: a value inline, or the lines of a long one. */
export interface WrittenRow {
  path: string;
  inline?: string;
  lines?: string[];
}

/** A call or an object this short is shown on its line. */
const SHORT = 60;

function refOf(value: JsonValue): string | undefined {
  return isJsonObject(value) && typeof value.$ref === "string" && Object.keys(value).length === 1 ? value.$ref : undefined;
}

function callOf(value: JsonValue): { name: string; args: JsonValue[] } | undefined {
  return isJsonObject(value) && typeof value.$call === "string" && Array.isArray(value.$args) ? { name: value.$call, args: value.$args } : undefined;
}

/** A value on one line, in the order it was written, references and calls included. */
function inlineOf(value: JsonValue): string {
  const ref = refOf(value);
  if (ref !== undefined) return ref;
  const call = callOf(value);
  if (call) return `${call.name}(${call.args.map(inlineOf).join(", ")})`;
  if (Array.isArray(value)) return `[${value.map(inlineOf).join(",")}]`;
  if (isJsonObject(value)) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${inlineOf(v)}`).join(",")}}`;
  return JSON.stringify(value);
}

function isEmpty(value: JsonValue): boolean {
  return value === null || value === "" || (Array.isArray(value) && value.length === 0) || (isJsonObject(value) && Object.keys(value).length === 0);
}

function rowsOf(value: JsonValue, path: string): WrittenRow[] {
  if (isEmpty(value)) return [];
  const join = (member: string | number) => (path ? `${path}.${member}` : String(member));
  const inline = inlineOf(value);
  const plainList = Array.isArray(value) && value.every((item) => item === null || typeof item !== "object");
  const nested = typeof value === "object" && value !== null && refOf(value) === undefined && !plainList;
  if (!nested || inline.length <= SHORT) {
    return typeof value === "string" && isLong(value) ? [{ path, lines: diffBlock({ after: value }).map((r) => r.text) }] : [{ path, inline }];
  }
  const call = callOf(value);
  if (call) {
    const [only] = call.args;
    if (call.args.length === 1 && only !== undefined && isJsonObject(only) && callOf(only) === undefined) return [{ path, inline: `${call.name}(…)` }, ...rowsOf(only, path)];
    return [{ path, inline: `${call.name}(…)` }, ...call.args.flatMap((arg, i) => rowsOf(arg, `${path}(${i + 1})`))];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => rowsOf(item, join(i)));
  return Object.entries(value as Record<string, JsonValue>).flatMap(([key, member]) => rowsOf(member, join(key)));
}

/**
 * The fields a create lists: those its definition wrote, or, for a plan made
 * before creates carried them, every leaf of its desired state.
 */
export function listCreatedFields(step: PlanStep): WrittenRow[] {
  if (step.written) return Object.entries(step.written).flatMap(([key, value]) => rowsOf(value, key));
  return flattenLeaves(step.after ?? {}, "").map(({ path, value }) => (isLong(value) ? { path, lines: diffBlock({ after: value }).map((r) => r.text) } : { path, inline: formatInline(value) }));
}
