import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef, type Address } from "../model.js";
import { specRef } from "../spec.js";
import type { IdLookup, KeyLookup } from "./kind.js";

/**
 * Insight queries name actions by numeric id (series entries, funnel steps and
 * exclusions are `ActionsNode`s; retention entities have `type: "actions"`), and
 * those ids differ in every project. Definitions reference the action object
 * instead; these helpers turn that into `action: "<key>"` for comparison and back
 * into the id when sending, the way cohort filters are handled.
 */
function mapActionNodes(value: JsonValue, map: (node: JsonObject) => JsonObject): JsonValue {
  if (Array.isArray(value)) return value.map((item) => mapActionNodes(item, map));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, member] of Object.entries(value)) out[key] = mapActionNodes(member, map);
  return out.kind === "ActionsNode" || out.type === "actions" ? map(out) : out;
}

/** Desired side: `action: <object>` becomes the action's key. */
export function canonicalActionRefs(value: JsonValue): JsonValue {
  return mapActionNodes(value, (node) => {
    const address = readRef(node.action);
    return address?.kind === "actions" ? { ...node, action: address.key } : node;
  });
}

/** Observed side: a managed action's id becomes its key; an unmanaged id stays a number. */
export function observedActionRefs(value: JsonValue, lookup: KeyLookup): JsonValue {
  return mapActionNodes(value, (node) => {
    const id = node.id;
    const key = typeof id === "number" || typeof id === "string" ? lookup.keyOf("actions", id) : undefined;
    if (key === undefined) return node;
    const { id: _id, ...rest } = node;
    return { ...rest, action: key };
  });
}

/** Request side: the action key becomes the id PostHog expects. */
export function resolveActionRefs(value: JsonValue, lookup: IdLookup): JsonValue {
  return mapActionNodes(value, (node) => {
    if (typeof node.action !== "string") return node;
    const { action, ...rest } = node;
    return { ...rest, id: lookup.idOf({ kind: "actions", key: action }) ?? null };
  });
}

/**
 * Spec side, for `pull`: an action key becomes a reference to the action's file;
 * the id of an action that is not pulled is kept, with a warning, because it
 * only means something in this one project.
 */
export function specActionRefs(value: JsonValue, warn: (message: string) => void): JsonValue {
  return mapActionNodes(value, (node) => {
    if (typeof node.action !== "string") {
      warn(`counts action #${String(node.id)}, which is not pulled; its numeric id is kept and only works in this project`);
      return node;
    }
    return { ...node, action: specRef("actions", node.action) };
  });
}

/** The actions a value references, for dependency order. */
export function collectActionRefs(value: JsonValue): Address[] {
  const found: Address[] = [];
  mapActionNodes(value, (node) => {
    if (typeof node.action === "string") found.push({ kind: "actions", key: node.action });
    return node;
  });
  return found;
}
