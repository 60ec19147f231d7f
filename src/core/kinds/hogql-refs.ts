import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef, type Address, type KindName } from "../model.js";
import { specRef } from "../spec.js";
import type { IdLookup, KeyLookup, KindModule } from "./kind.js";

/**
 * HogQL queries (`HogQLQuery` nodes in insights and endpoints) use insight variables as
 * `{variables.<code name>}` and read warehouse views by name. PostHog stores the variables a query
 * uses in the node's `variables`, keyed by each variable's id (`HogQLVariable`: `variableId`,
 * `code_name`, an optional `value`), and those ids differ in every project. Definitions list the
 * variable objects instead (`hogql\`… ${variable}\``), and the warehouse views the query reads
 * (`views`, which PostHog does not store), so the order of the apply is right and a missing one is
 * an error. These helpers carry the variables as keys for comparison, back to ids when sending,
 * and to references for `pull`, the way action references are.
 */

const VARIABLES = "insight-variables" satisfies KindName;
const VIEWS = "warehouse-saved-queries" satisfies KindName;
const PLACEHOLDER = /\{\s*variables\.([\p{L}\p{N}_]+)\s*\}/gu;

function mapHogQLNodes(value: JsonValue, map: (node: JsonObject, path: string) => JsonObject, path = ""): JsonValue {
  const join = (name: string) => (path ? `${path}.${name}` : name);
  if (Array.isArray(value)) return value.map((item, i) => mapHogQLNodes(item, map, join(String(i))));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [name, member] of Object.entries(value)) out[name] = mapHogQLNodes(member, map, join(name));
  return out.kind === "HogQLQuery" ? map(out, path) : out;
}

/** The variable a use names: an `insightVariable()` itself, or `{ variable, value }`. */
function readUse(use: JsonValue): { ref: Address; value?: JsonValue } | undefined {
  const direct = readRef(use);
  if (direct?.kind === VARIABLES) return { ref: direct };
  if (!isJsonObject(use)) return undefined;
  const ref = readRef(use.variable);
  return ref?.kind === VARIABLES ? { ref, ...(use.value !== undefined ? { value: use.value } : {}) } : undefined;
}

/** Desired side: the listed variables become PostHog's `variables` record keyed by code name; the views list goes. */
export function canonicalHogQLRefs(value: JsonValue): { value: JsonValue; refs: Address[] } {
  const refs: Address[] = [];
  const mapped = mapHogQLNodes(value, (node) => {
    const { views, ...rest } = node;
    for (const view of Array.isArray(views) ? views : []) if (readRef(view)?.kind === VIEWS) refs.push(readRef(view)!);
    if (!Array.isArray(node.variables)) return rest;
    const record: JsonObject = {};
    for (const use of node.variables) {
      const found = readUse(use);
      if (!found) continue;
      refs.push(found.ref);
      record[found.ref.key] = { code_name: found.ref.key, variableId: found.ref.key, ...(found.value !== undefined ? { value: found.value } : {}) };
    }
    return { ...rest, variables: record };
  });
  return { value: mapped, refs };
}

function mapVariables(value: JsonValue, entry: (id: string, variable: JsonObject) => [string, JsonObject]): JsonValue {
  return mapHogQLNodes(value, (node) => {
    if (!isJsonObject(node.variables)) return node;
    const record: JsonObject = {};
    for (const [id, variable] of Object.entries(node.variables)) {
      if (!isJsonObject(variable)) continue;
      const [name, mapped] = entry(id, variable);
      record[name] = mapped;
    }
    return { ...node, variables: record };
  });
}

/** Observed side: a variable's id becomes its key (its code name); an id of a variable that is gone stays. */
export function observedHogQLRefs(value: JsonValue, lookup: KeyLookup): JsonValue {
  return mapVariables(value, (id, variable) => {
    const key = lookup.keyOf(VARIABLES, typeof variable.variableId === "string" ? variable.variableId : id);
    return key === undefined ? [id, variable] : [key, { ...variable, variableId: key }];
  });
}

/** Request side: each key becomes the variable's id, as PostHog keys the record. */
export function resolveHogQLRefs(value: JsonValue, lookup: IdLookup): JsonValue {
  return mapVariables(value, (name, variable) => {
    const id = lookup.idOf({ kind: VARIABLES, key: typeof variable.variableId === "string" ? variable.variableId : name });
    return id === undefined ? [name, variable] : [String(id), { ...variable, variableId: String(id) }];
  });
}

/**
 * Spec side, for `pull`: the record becomes the list of variable references `hogql()` takes.
 * Code names never contain "-", so an entry still keyed by an id is a variable that no longer
 * exists; the node then keeps PostHog's record as it is.
 */
export function specHogQLRefs(value: JsonValue): JsonValue {
  return mapHogQLNodes(value, (node) => {
    if (!isJsonObject(node.variables)) return node;
    const entries = Object.values(node.variables).filter(isJsonObject);
    if (entries.some((v) => typeof v.variableId !== "string" || v.variableId.includes("-") || Object.keys(v).some((k) => !["code_name", "variableId", "value"].includes(k)))) return node;
    const uses = entries.map((v) => (v.value === undefined ? specRef(VARIABLES, v.variableId as string) : { variable: specRef(VARIABLES, v.variableId as string), value: v.value }));
    return { ...node, variables: uses };
  });
}

/**
 * Every `{variables.x}` a query uses must be a variable it lists (PostHog runs it with only those);
 * the list holds `insightVariable()`s or `{ variable, value }`, and `views` holds `warehouseSavedQuery()`s.
 */
export function checkHogQLRefs(spec: JsonObject, report: (path: string, message: string) => void): void {
  mapHogQLNodes(spec, (node, path) => {
    const defined = new Set<string>();
    if (Array.isArray(node.variables)) {
      node.variables.forEach((use, i) => {
        const found = readUse(use);
        if (found) defined.add(found.ref.key);
        else report(`${path}.variables.${i}`, "expected an insightVariable() or { variable: insightVariable(), value }");
      });
    } else if (isJsonObject(node.variables)) {
      for (const variable of Object.values(node.variables)) if (isJsonObject(variable) && typeof variable.code_name === "string") defined.add(variable.code_name);
    }
    if (node.views !== undefined && !(Array.isArray(node.views) && node.views.every((view) => readRef(view)?.kind === VIEWS))) report(`${path}.views`, "expected a list of warehouseSavedQuery() views");
    const text = typeof node.query === "string" ? node.query : "";
    for (const match of new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))) {
      if (!defined.has(match)) report(`${path}.query`, `uses {variables.${match}}, but the query lists no insight variable with that code name: pass the insightVariable() to hogql (hogql\`… \${variable}\`)`);
    }
    return node;
  });
}

/**
 * A kind whose definitions hold HogQL queries (insights, endpoints), with variables and views
 * referenced by object: this adds the check and the id mapping around the kind's own conversions,
 * which then see PostHog's stored form. The two kinds are not added to `references`, which would
 * make every plan of insights read them (a key without their scopes could plan no insight);
 * the registry lists them before insights and endpoints, and each query's `dependsOn` orders
 * the apply.
 */
export function withHogQLRefs<N extends string>(kind: KindModule<N>): KindModule<N> {
  return {
    ...kind,
    validate(spec, report, context) {
      kind.validate?.(spec, report, context);
      checkHogQLRefs(spec, report);
    },
    toDesired(spec) {
      const { value, refs } = canonicalHogQLRefs(spec);
      const desired = kind.toDesired(value as JsonObject);
      return { fields: desired.fields, dependsOn: [...desired.dependsOn, ...refs] };
    },
    toObserved(raw, lookup) {
      const observed = kind.toObserved(raw, lookup);
      return observed.query === undefined ? observed : { ...observed, query: observedHogQLRefs(observed.query, lookup) };
    },
    toPayload(key, fields, lookup, action, before) {
      const payload = kind.toPayload(key, fields, lookup, action, before);
      return payload.query === undefined ? payload : { ...payload, query: resolveHogQLRefs(payload.query, lookup) };
    },
    toSpec(fields, key, warn) {
      return kind.toSpec(fields.query === undefined ? fields : { ...fields, query: specHogQLRefs(fields.query) }, key, warn);
    },
  };
}
