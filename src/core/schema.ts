import { isJsonObject, type JsonValue } from "./json.js";
import { readRef, type KindName } from "./model.js";

/** Reports one problem at a dotted field path inside a definition. */
export type Report = (path: string, message: string) => void;

/**
 * A runtime field schema. Definitions are code and may not have been type-checked
 * (the Action runs them straight from the repo), so every field is checked again
 * here, with messages that name the field.
 */
export interface Schema {
  describe: string;
  /** What it accepts, as data: the SDK's TypeScript types are generated from it (`src/codegen/sdk-kinds.ts`). */
  form: SchemaForm;
  /**
   * How the SDK types it: `name` makes it a named SDK type (with `doc`); `type`
   * replaces the generated type with a richer static one, for a value checked
   * loosely here (a query node checked as JSON is an `InsightQuery` in the SDK).
   */
  sdk?: { name?: string; doc?: string; type?: string };
  check(value: JsonValue | undefined, path: string, report: Report): void;
}

/** The structure of a schema, one variant per constructor below. */
export type SchemaForm =
  | { kind: "string" | "number" | "boolean" | "json" | "object" }
  | { kind: "literal"; values: readonly (string | number | boolean | null)[] }
  | { kind: "nullable"; inner: Schema }
  | { kind: "array"; item: Schema }
  | { kind: "record"; member: Schema }
  | { kind: "ref"; target: KindName }
  | { kind: "anyOf"; options: readonly Schema[] };

/** The same schema, typed or named in the SDK as `sdk` says (see `Schema.sdk`). */
export function sdkType<S extends Schema>(schema: S, sdk: NonNullable<Schema["sdk"]>): S {
  return { ...schema, sdk: { ...schema.sdk, ...sdk } };
}

function describeValue(value: JsonValue | undefined): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (isJsonObject(value)) return readRef(value) ? `a reference to ${value.$ref as string}` : "an object";
  return quote(value);
}

/** A value as messages show it: JSON, cut short so a huge value is never printed whole. */
function quote(value: string | number | boolean): string {
  const text = JSON.stringify(value);
  return text.length <= 80 ? text : `${text.slice(0, 60)}…" (${String(value).length} characters)`;
}

function join(path: string, member: string | number): string {
  return path ? `${path}.${member}` : String(member);
}

/** A string, optionally matching a pattern and a length limit counted in code points, as PostHog counts `max_length`. */
export function string(options: { pattern?: RegExp; max?: number; patternHint?: string; nonEmpty?: boolean } = {}): Schema {
  return {
    describe: "a string",
    form: { kind: "string" },
    check(value, path, report) {
      if (typeof value !== "string") return report(path, `expected a string, got ${describeValue(value)}`);
      if (options.nonEmpty && value.trim() === "") report(path, "must not be empty");
      // PostHog's `max_length` takes Python's `len`, which counts code points: an emoji is one character, not two.
      const length = options.max === undefined ? 0 : [...value].length;
      if (options.max !== undefined && length > options.max) report(path, `must be at most ${options.max} characters (got ${length})`);
      if (options.pattern && !options.pattern.test(value)) {
        report(path, `${quote(value)} is invalid: ${options.patternHint ?? `must match ${options.pattern}`}`);
      }
    },
  };
}

/** A finite number, optionally bounded and integral. */
export function number(options: { min?: number; max?: number; integer?: boolean } = {}): Schema {
  return {
    describe: "a number",
    form: { kind: "number" },
    check(value, path, report) {
      if (typeof value !== "number" || !Number.isFinite(value)) return report(path, `expected a number, got ${describeValue(value)}`);
      if (options.integer && !Number.isInteger(value)) report(path, `must be a whole number (got ${value})`);
      if (options.min !== undefined && value < options.min) report(path, `must be at least ${options.min} (got ${value})`);
      if (options.max !== undefined && value > options.max) report(path, `must be at most ${options.max} (got ${value})`);
    },
  };
}

/** A boolean. */
export const boolean: Schema = {
  describe: "true or false",
  form: { kind: "boolean" },
  check(value, path, report) {
    if (typeof value !== "boolean") report(path, `expected true or false, got ${describeValue(value)}`);
  },
};

/** One of a fixed set of literal values. */
export function oneOf(...values: readonly (string | number | boolean | null)[]): Schema {
  return {
    describe: values.map((v) => JSON.stringify(v)).join(" | "),
    form: { kind: "literal", values },
    check(value, path, report) {
      if (!values.includes(value as string)) {
        report(path, `expected one of ${values.map((v) => JSON.stringify(v)).join(", ")}, got ${describeValue(value)}`);
      }
    },
  };
}

/** Any JSON value; used for pass-through blobs such as query nodes. */
export const json: Schema = { describe: "any JSON value", form: { kind: "json" }, check() {} };

/** Accepts null as well as the inner schema. */
export function nullable(inner: Schema): Schema {
  return {
    describe: `${inner.describe} or null`,
    form: { kind: "nullable", inner },
    check(value, path, report) {
      if (value !== null) inner.check(value, path, report);
    },
  };
}

/** An array whose items all match one schema. */
export function arrayOf(item: Schema, options: { min?: number; max?: number } = {}): Schema {
  return {
    describe: `an array of ${item.describe}`,
    form: { kind: "array", item },
    check(value, path, report) {
      if (!Array.isArray(value)) return report(path, `expected an array, got ${describeValue(value)}`);
      if (options.min !== undefined && value.length < options.min) report(path, `needs at least ${options.min} item(s)`);
      if (options.max !== undefined && value.length > options.max) report(path, `allows at most ${options.max} item(s)`);
      value.forEach((member, i) => item.check(member, join(path, i), report));
    },
  };
}

/** An object with string keys and values of one schema (payload maps and the like). */
export function recordOf(member: Schema): Schema {
  return {
    describe: `an object of ${member.describe}`,
    form: { kind: "record", member },
    check(value, path, report) {
      if (!isJsonObject(value) || readRef(value)) return report(path, `expected an object, got ${describeValue(value)}`);
      for (const [key, v] of Object.entries(value)) member.check(v, join(path, key), report);
    },
  };
}

/**
 * A field of an object schema; `required` fields must be present. The rest
 * describes the field beyond validation, for the places a kind's declaration
 * drives: `immutable` fields PostHog refuses to change after creation (plans say
 * so; `path` is the canonical field the plan compares, when its name differs),
 * and how the SDK documents it.
 */
export interface Field {
  schema: Schema;
  required?: boolean;
  immutable?: { reason: string; path?: string };
  /** The field's doc comment in the SDK. */
  doc?: string;
  /** Accepted only so that `validate` can explain what to write instead; left out of the SDK types. */
  internal?: boolean;
}

/** Options of a field besides its schema. */
export type FieldOptions = Omit<Field, "schema">;

/** A field with options: `field(ref("feature-flags", "feature flag"), { required: true, immutable: ... })`. */
export function field(schema: Schema, options: FieldOptions): Field {
  return { schema, ...options };
}

/** Marks a field as required. */
export function required(schema: Schema): Field {
  return { schema, required: true };
}

/** An object schema, whose fields the kind's declaration reads (immutable fields, SDK types). */
export interface ObjectSchema extends Schema {
  fields: Readonly<Record<string, Field>>;
}

/**
 * An object with known fields. Unknown fields are errors, because a typo in a
 * definition would otherwise be silently ignored and never reach PostHog.
 */
export function object(shape: Record<string, Schema | Field>, options: { extra?: (value: Record<string, JsonValue>, path: string, report: Report) => void } = {}): ObjectSchema {
  const fields: Record<string, Field> = Object.fromEntries(Object.entries(shape).map(([name, entry]) => [name, "check" in entry ? { schema: entry } : entry]));
  return {
    describe: "an object",
    form: { kind: "object" },
    fields,
    check(value, path, report) {
      if (!isJsonObject(value) || readRef(value)) return report(path, `expected an object, got ${describeValue(value)}`);
      for (const [name, field] of Object.entries(fields)) {
        const member = value[name];
        if (member === undefined) {
          if (field.required) report(join(path, name), "is required");
          continue;
        }
        field.schema.check(member, join(path, name), report);
      }
      for (const name of Object.keys(value)) {
        if (!(name in shape)) {
          const known = Object.keys(shape).sort().join(", ");
          report(join(path, name), `is not a known field (known fields: ${known})`);
        }
      }
      options.extra?.(value, path, report);
    },
  };
}

/** A reference to another resource of the given kind, written as an object in the definition. */
export function ref(kind: KindName, label: string): Schema {
  return {
    describe: `a ${label}`,
    form: { kind: "ref", target: kind },
    check(value, path, report) {
      const address = readRef(value);
      if (!address) return report(path, `expected a ${label} created with its constructor, got ${describeValue(value)}`);
      if (address.kind !== kind) report(path, `expected a ${label}, got a reference to ${address.kind}/${address.key}`);
    },
  };
}

/** Any of several schemas; reports the first alternative's errors when none matches. */
export function anyOf(...schemas: Schema[]): Schema {
  return {
    describe: schemas.map((s) => s.describe).join(" or "),
    form: { kind: "anyOf", options: schemas },
    check(value, path, report) {
      const attempts = schemas.map((schema) => {
        const problems: [string, string][] = [];
        schema.check(value, path, (p, m) => problems.push([p, m]));
        return problems;
      });
      if (attempts.some((problems) => problems.length === 0)) return;
      const best = attempts.reduce((a, b) => (b.length < a.length ? b : a));
      for (const [p, m] of best) report(p, m);
    },
  };
}
