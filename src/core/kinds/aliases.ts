import { isDeepEqual, type JsonObject, type JsonValue } from "../json.js";

/**
 * Fields PostHog's own tool (`@posthog/definitions`, PostHog/posthog-definitions) spells
 * differently from PostHog's API (`enforcementMode` for `enforcement_mode`). Files written for
 * that tool load unchanged, so a kind accepts both spellings of such a field and reads them as
 * one; pull writes the API's spelling.
 */
export type AliasPairs = readonly (readonly [name: string, alias: string])[];

/** The field's value under either spelling; the API's spelling wins when both are given. */
export function readAliased(spec: JsonObject, name: string, alias: string): JsonValue | undefined {
  return spec[name] !== undefined ? spec[name] : spec[alias];
}

/** Reports a field given under both spellings with different values, which cannot both hold. */
export function checkAliases(spec: JsonObject, pairs: AliasPairs, report: (path: string, message: string) => void): void {
  for (const [name, alias] of pairs) {
    if (spec[name] !== undefined && spec[alias] !== undefined && !isDeepEqual(spec[name], spec[alias])) {
      report(alias, `is another spelling of ${name}, which is also given with a different value; give only one`);
    }
  }
}
