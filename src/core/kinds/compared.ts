import type { JsonObject } from "../json.js";
import { keepDeclaredSecrets } from "../secrets.js";
import type { KindModule } from "./kind.js";

/**
 * The live fields a definition is compared with: a singleton's declared fields only, and for
 * other kinds every field but the `declaredOnly` ones the definition leaves out, after the kind's
 * own `compare`. A secret PostHog holds is taken for the declared one unless `rotateSecrets`
 * (see `secrets.ts`). Plan and pull compare through this one function, so a pulled file and the
 * next plan agree.
 */
export function comparedFields(kind: KindModule, live: JsonObject, desired: JsonObject, options: { rotateSecrets?: boolean } = {}): JsonObject {
  const names = kind.api.singleton ? Object.keys(desired) : undefined;
  if (names !== undefined) {
    const out: JsonObject = {};
    for (const name of names) if (live[name] !== undefined) out[name] = live[name];
    return out;
  }
  const out: JsonObject = keepDeclaredSecrets(kind.compare ? kind.compare(live, desired, { rotateSecrets: options.rotateSecrets ?? false }) : { ...live }, desired, options.rotateSecrets ?? false);
  for (const name of kind.declaredOnly ?? []) if (desired[name] === undefined) delete out[name];
  return out;
}
