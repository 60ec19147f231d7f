import type { JsonObject } from "../json.js";
import type { KindModule } from "./kind.js";

/**
 * The live fields a definition is compared with: a singleton's declared fields only, and for
 * other kinds every field but the `declaredOnly` ones the definition leaves out, after the kind's
 * own `compare`. Plan and pull compare through this one function, so a pulled file and the next
 * plan agree.
 */
export function comparedFields(kind: KindModule, live: JsonObject, desired: JsonObject): JsonObject {
  const names = kind.api.singleton ? Object.keys(desired) : undefined;
  if (names !== undefined) {
    const out: JsonObject = {};
    for (const name of names) if (live[name] !== undefined) out[name] = live[name];
    return out;
  }
  const out: JsonObject = kind.compare ? kind.compare(live, desired) : { ...live };
  for (const name of kind.declaredOnly ?? []) if (desired[name] === undefined) delete out[name];
  return out;
}
