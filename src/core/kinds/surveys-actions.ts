import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef, type Address } from "../model.js";
import { specRef } from "../spec.js";
import type { IdLookup, KeyLookup } from "./kind.js";

/**
 * A survey's `conditions.actions` (show it after one of these actions): PostHog links the actions
 * named by id in `conditions.actions.values` (`_associate_actions`, on every create and update) and
 * reads them back as their `ActionSerializer` form. Definitions name the actions by object; the
 * comparison holds their keys, sorted, since the link is a set.
 */
export function desiredSurveyActions(conditions: JsonValue | undefined): { keys: string[]; dependsOn: Address[] } {
  const listed = isJsonObject(conditions) && Array.isArray(conditions.actions) ? conditions.actions : [];
  const dependsOn = listed.map((item) => readRef(item)).filter((address): address is Address => address?.kind === "actions");
  return { keys: [...new Set(dependsOn.map((address) => address.key))].sort(), dependsOn };
}

/** Observed side: each linked action's id becomes its key, `#<id>` for an action this tool does not manage. */
export function observedSurveyActions(conditions: JsonValue | undefined, lookup: KeyLookup): string[] {
  const actions = isJsonObject(conditions) && isJsonObject(conditions.actions) ? conditions.actions.values : undefined;
  if (!Array.isArray(actions)) return [];
  const keys = actions.flatMap((action) => {
    const id = isJsonObject(action) ? action.id : undefined;
    if (typeof id !== "number" && typeof id !== "string") return [];
    return [lookup.keyOf("actions", id) ?? `#${String(id)}`];
  });
  return [...new Set(keys)].sort();
}

/** Request side: `{values: [{id}]}`; `_associate_actions` reads only the ids, and every read shows the linked actions themselves. */
export function surveyActionsPayload(keys: readonly string[], lookup: IdLookup): JsonObject {
  return { values: keys.map((key) => ({ id: lookup.idOf({ kind: "actions", key }) ?? null })) };
}

/** Spec side, for `pull`: managed actions as references; unmanaged ones are left out, with a warning. */
export function surveyActionsSpec(keys: readonly string[], warn: (message: string) => void): JsonValue[] {
  const unmanaged = keys.filter((key) => key.startsWith("#"));
  if (unmanaged.length > 0) warn(`shows after actions ${unmanaged.join(", ")}, which are not pulled; they are left out of its conditions`);
  return keys.filter((key) => !key.startsWith("#")).map((key) => specRef("actions", key));
}
