import { isJsonObject, type JsonObject, type JsonValue } from "./json.js";

/** A HogQL string inside a definition and the grammar rule that parses it. */
export interface HogQLString {
  /** Dotted field path inside the definition, e.g. `query.source.query`. */
  field: string;
  text: string;
  /** `select` for a whole query (`HogQLQuery`), `expr` for an expression (a `hogql` property filter). */
  grammar: "select" | "expr";
}

/** Every HogQL string of a definition or canonical fields: its query nodes and filters, and the SELECTs a kind keeps in plain fields. */
export function findResourceHogQL(value: JsonObject, selectFields: readonly string[] = []): HogQLString[] {
  const found = findHogQLStrings(value);
  for (const name of selectFields) {
    const text = value[name];
    if (typeof text === "string") found.push({ field: name, text, grammar: "select" });
  }
  return found;
}

/**
 * Finds every HogQL string in a definition, whatever its kind: `HogQLQuery`
 * nodes (`hogql()` insights, endpoints, saved metrics with SQL sources) and
 * HogQL property filters (`{ type: "hogql", key: "<expression>" }`, in cohorts,
 * flags and insight filters). Pure, so `validate` can check them offline.
 */
export function findHogQLStrings(value: JsonValue, field = ""): HogQLString[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => findHogQLStrings(item, field ? `${field}.${i}` : String(i)));
  if (!isJsonObject(value)) return [];
  const join = (name: string) => (field ? `${field}.${name}` : name);
  const found: HogQLString[] = [];
  if (value.kind === "HogQLQuery" && typeof value.query === "string") found.push({ field: join("query"), text: value.query, grammar: "select" });
  if (value.type === "hogql" && typeof value.key === "string") found.push({ field: join("key"), text: value.key, grammar: "expr" });
  for (const [name, member] of Object.entries(value)) found.push(...findHogQLStrings(member, join(name)));
  return found;
}
