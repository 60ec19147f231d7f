/**
 * The shape of a plan as JSON, checked when a plan file is read back, so a file
 * that was cut short, edited or written by another tool is refused with the path
 * of the first field that is wrong, instead of failing somewhere in a renderer.
 */
import { isJsonObject } from "../json.js";

/** Returns what is wrong with a value at a path, or undefined when it fits. */
type Check = (value: unknown, path: string) => string | undefined;

const describe = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : JSON.stringify(value));
const expect = (what: string, value: unknown, path: string) => `${path} must be ${what}, got ${describe(value)}`;

const text: Check = (v, p) => (typeof v === "string" ? undefined : expect("a string", v, p));
const count: Check = (v, p) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? undefined : expect("a whole number", v, p));
const flag: Check = (v, p) => (typeof v === "boolean" ? undefined : expect("true or false", v, p));
const id: Check = (v, p) => (typeof v === "string" || typeof v === "number" ? undefined : expect("an id (a string or a number)", v, p));
const anything: Check = () => undefined;
const object: Check = (v, p) => (isJsonObject(v) ? undefined : expect("an object", v, p));

function oneOf(...values: readonly string[]): Check {
  return (v, p) => (typeof v === "string" && values.includes(v) ? undefined : expect(`one of ${values.map((x) => `"${x}"`).join(", ")}`, v, p));
}

function listOf(item: Check): Check {
  return (v, p) => {
    if (!Array.isArray(v)) return expect("an array", v, p);
    for (const [i, member] of v.entries()) {
      const problem = item(member, `${p}.${i}`);
      if (problem) return problem;
    }
    return undefined;
  };
}

/** An object with these fields; a `?` after a name makes the field optional. */
function fields(shape: Record<string, Check>): Check {
  return (v, p) => {
    if (!isJsonObject(v)) return expect("an object", v, p);
    for (const [name, check] of Object.entries(shape)) {
      const field = name.replace(/\?$/, "");
      if (v[field] === undefined && name.endsWith("?")) continue;
      const problem = v[field] === undefined ? `${p}.${field} is missing` : check(v[field], `${p}.${field}`);
      if (problem) return problem;
    }
    return undefined;
  };
}

/** An object whose `type` field picks its shape. */
function tagged(shapes: Record<string, Record<string, Check>>): Check {
  return (v, p) => {
    if (!isJsonObject(v)) return expect("an object", v, p);
    const shape = typeof v.type === "string" ? shapes[v.type] : undefined;
    return shape ? fields(shape)(v, p) : expect(`one of the types ${Object.keys(shapes).map((x) => `"${x}"`).join(", ")}`, v.type, `${p}.type`);
  };
}

const BOX = fields({ x: count, y: count, w: count, h: count });

const step = fields({
  kind: text,
  key: text,
  action: oneOf("create", "update", "replace", "delete", "no-op"),
  "id?": id,
  "uiId?": id,
  "url?": text,
  "before?": object,
  "after?": object,
  changes: listOf(fields({ path: text, kind: oneOf("add", "remove", "update"), "before?": anything, "after?": anything })),
  summary: listOf(text),
  warnings: listOf(tagged({ risk: { message: text }, collision: { field: text, value: text, holderId: id } })),
  dependsOn: listOf(text),
  "adopt?": flag,
  "duplicateOf?": id,
  "source?": fields({ file: text, line: count, "column?": count }),
  "written?": object,
  "layout?": fields({ columns: count, tiles: listOf(fields({ label: text, "before?": BOX, "after?": BOX })) }),
});

const plan = fields({
  target: fields({ host: text, projectId: text, "environment?": text, "owner?": text }),
  prune: flag,
  kinds: listOf(fields({ name: text, label: text, "pageUrl?": text })),
  steps: listOf(step),
  orphans: listOf(fields({ kind: text, key: text, id })),
  warnings: listOf(tagged({ conflict: { kind: text, key: text, ids: listOf(id), keptId: id }, unreadable: { kind: text, reason: oneOf("forbidden", "unavailable") } })),
  summary: fields({ create: count, update: count, delete: count, noop: count }),
  fingerprint: text,
  "checks?": fields({
    findings: listOf(fields({ severity: oneOf("error", "warning"), code: text, message: text })),
    reach: listOf(fields({ kind: text, key: text, condition: count, "before?": anything, "after?": anything, affected: count, total: count, unit: oneOf("users", "groups") })),
    skipped: listOf(fields({ check: oneOf("all", "events", "properties", "hogql", "blast-radius"), reason: text, "count?": count })),
  }),
  "reverts?": listOf(fields({ kind: text, key: text, path: text })),
});

/**
 * What is wrong with the shape of a plan of the current format version, at its
 * path below `path`, or undefined when it has every field renderers rely on. A
 * kind the steps, orphans or warnings name must be in the plan's kinds table.
 */
export function checkPlanShape(value: unknown, path: string): string | undefined {
  const problem = plan(value, path);
  if (problem || !isJsonObject(value)) return problem;
  const known = new Set((value.kinds as { name: string }[]).map((k) => k.name));
  for (const list of ["steps", "orphans", "warnings"] as const) {
    for (const [i, entry] of (value[list] as { kind: string }[]).entries()) {
      if (!known.has(entry.kind)) return `${path}.${list}.${i}.kind names "${entry.kind}", which the plan's kinds table lacks`;
    }
  }
  return undefined;
}
