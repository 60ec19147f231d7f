import { checkEdgeWhitespace, stripCharField } from "../char-field.js";
import { isDeepEqual, type JsonObject, type JsonValue } from "../json.js";
import { textOrEmpty } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { arrayOf, boolean, field, json, object, oneOf, sdkType, string } from "../schema.js";
import { compactSpec, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { ConvergeContext, KindModule } from "./kind.js";

const TYPES = ["String", "Number", "Boolean", "List", "Date"] as const;

/**
 * The code name PostHog derives from a variable's name when it creates it
 * (`InsightVariableSerializer.create`): letters, digits, spaces and `_` kept, spaces as `_`,
 * lower case. DRF strips the name first (Python's `str.strip()`). It never changes afterwards, even on a rename.
 */
export function deriveCodeName(name: string): string {
  return Array.from(stripCharField(name))
    .filter((c) => /[\p{L}\p{N} _]/u.test(c))
    .join("")
    .replace(/ /g, "_")
    .toLowerCase();
}

/** The default PostHog stores when none is given: `""` for a single List, `[]` for a multiple one, else null. */
function defaultFor(type: string, multi: boolean): JsonValue {
  if (type !== "List") return null;
  return multi ? [] : "";
}

function checkDefault(spec: JsonObject, report: (path: string, message: string) => void): void {
  const value = spec.defaultValue;
  if (value === undefined || value === null) return;
  const type = String(spec.type);
  const expected: Record<string, (v: JsonValue) => boolean> = {
    String: (v) => typeof v === "string",
    Date: (v) => typeof v === "string",
    Number: (v) => typeof v === "number",
    Boolean: (v) => typeof v === "boolean",
    List: (v) => (spec.isMulti === true ? Array.isArray(v) && v.every((item) => typeof item === "string") : typeof v === "string"),
  };
  const hint: Record<string, string> = { String: "a string", Date: "a date string", Number: "a number", Boolean: "true or false", List: spec.isMulti === true ? "an array of strings" : "a string" };
  if (expected[type] && !expected[type](value)) report("defaultValue", `a ${type} variable's default must be ${hint[type]} (PostHog stores List values as strings)`);
}

/** The variable's page is the SQL editor's variables list; it has no page of its own. */
function summarizeVariable(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (before === undefined || after === undefined) return [];
  const lines: string[] = [];
  if (changes.some((c) => c.path === "name")) lines.push(`renamed "${String(before.name)}" → "${String(after.name)}" (queries keep using its code name)`);
  if (changes.some((c) => c.path === "type")) lines.push(`type ${String(before.type)} → ${String(after.type)}`);
  if (changes.some((c) => c.path === "default_value")) lines.push(`default ${JSON.stringify(before.default_value)} → ${JSON.stringify(after.default_value)}`);
  return lines;
}

/**
 * Creates send the name PostHog derives the key from when the declared name derives another
 * code name (a renamed variable defined anew); this sets the declared name afterwards. It reads
 * first, so a run after a lost answer sends nothing twice.
 */
async function convergeName(context: ConvergeContext): Promise<void> {
  const path = `insight_variables/${String(context.id)}/`;
  const live = await context.api.get(path);
  if (live !== undefined && live.name !== context.fields.name) await context.api.patch(path, { name: context.fields.name as string });
}

/**
 * Insight variables (SQL variables): a typed value HogQL queries read as `{variables.<code name>}`,
 * with a default and, for List variables, the allowed values. PostHog gives a variable no tags and
 * no description, so its identity is its code name, which PostHog keeps unique in a project and
 * never changes: the definition's key is that code name. Because any variable in the project may
 * be the one a definition names, this tool never deletes one, not even with `--prune`.
 */
export const insightVariables: KindModule<"insight-variables"> = defineKind({
  name: "insight-variables",
  label: "insight variable",
  constructorName: "insightVariable",
  folder: "insight-variables",
  references: [],
  sdk: { spec: "InsightVariable", doc: "Fields of `insightVariable()`.", constructorDoc: "Defines an insight variable (a SQL variable); `hogql()` queries use it by object." },
  readme: { resource: "Insight variables", sdk: "`insightVariable()` (String, Number, Boolean, List or Date); `hogql()` queries use it by object", identity: "code name" },
  api: { collection: "insight_variables", remove: "never" },
  schema: object({
    key: field(string({ pattern: /^[\p{Ll}\p{Lo}\p{N}_]{1,400}$/u, patternHint: "the code name: lower-case letters, digits and '_'" }), {
      required: true,
      doc: "The code name queries write as `{variables.<key>}`; PostHog derives it from the name when it creates the variable and keeps it on a rename.",
    }),
    name: field(string({ max: 400, nonEmpty: true }), { required: true, doc: "Shown above the variable's input on dashboards and in the SQL editor." }),
    type: field(oneOf(...TYPES), { required: true, doc: "How the value is rendered and substituted in HogQL." }),
    defaultValue: field(sdkType(json, { type: "string | number | boolean | string[] | null" }), { doc: "Used when a query gives no value. List values are strings." }),
    values: field(arrayOf(string()), { doc: "The allowed values of a List variable." }),
    isMulti: field(boolean, { doc: "A List variable that accepts several values (its default is then an array)." }),
  }),
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name" }, report);
    const list = spec.type === "List";
    if (!list && spec.values !== undefined) report("values", "only List variables have allowed values");
    if (!list && spec.isMulti !== undefined) report("isMulti", "only List variables accept several values");
    checkDefault(spec, report);
  },
  toDesired(spec) {
    const type = String(spec.type);
    const multi = type === "List" && spec.isMulti === true;
    return {
      fields: {
        name: stripCharField(textOrEmpty(spec.name)),
        type,
        default_value: spec.defaultValue ?? defaultFor(type, multi),
        values: type === "List" ? ((spec.values as JsonValue[] | undefined) ?? []) : null,
        is_multi: multi,
      },
      dependsOn: [],
    };
  },
  identify(raw) {
    return typeof raw.code_name === "string" && raw.code_name !== "" ? raw.code_name : undefined;
  },
  toObserved(raw) {
    const type = textOrEmpty(raw.type);
    return {
      name: textOrEmpty(raw.name),
      type,
      default_value: raw.default_value ?? defaultFor(type, raw.is_multi === true),
      // PostHog keeps what was sent for other types; only a List variable uses them, and updates send null.
      values: type === "List" ? (raw.values ?? []) : null,
      is_multi: raw.is_multi === true,
    };
  },
  toPayload(key, fields, _lookup, action) {
    // The code name comes from the name sent on create; the declared name follows in `converge`.
    const name = action === "create" && deriveCodeName(fields.name as string) !== key ? key : (fields.name as string);
    return { name, type: fields.type as string, default_value: fields.default_value ?? null, values: fields.values ?? null, is_multi: fields.is_multi as boolean };
  },
  converge: convergeName,
  proposeKey(raw) {
    return typeof raw.code_name === "string" ? raw.code_name : deriveCodeName(textOrEmpty(raw.name));
  },
  toSpec(fields, key) {
    const type = String(fields.type);
    const multi = fields.is_multi === true;
    return compactSpec({
      key,
      name: fields.name,
      type,
      defaultValue: isDeepEqual(fields.default_value, defaultFor(type, multi)) ? undefined : fields.default_value,
      values: type === "List" ? unlessDefault(fields.values, []) : undefined,
      isMulti: multi ? true : undefined,
    });
  },
  summarize: summarizeVariable,
});

