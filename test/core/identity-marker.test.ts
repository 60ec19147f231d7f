import { describe, expect, it } from "vitest";
import { stripCharField } from "../../src/core/char-field.js";
import { appendIdentityMarker, readIdentityMarker, readOwner, stripIdentityMarker } from "../../src/core/identity.js";
import type { JsonObject } from "../../src/core/json.js";
import { cohorts } from "../../src/core/kinds/cohorts.js";
import { endpoints } from "../../src/core/kinds/endpoints.js";
import { experimentHoldouts } from "../../src/core/kinds/experiment-holdouts.js";
import type { KindModule } from "../../src/core/kinds/kind.js";

const marker = "<!-- iac:cohorts:vips iac:hash:0000000000000000 -->";

// PostHog strips with Python's str.strip(): U+0085 and U+001C–U+001F are whitespace to it, U+FEFF is not.
describe("the identity marker read, with whitespace as PostHog strips it", () => {
  it("keeps a U+FEFF that ends the text as part of the text", () => {
    expect(stripIdentityMarker(`Very important\ufeff\n\n${marker}`)).toBe("Very important\ufeff");
    expect(readIdentityMarker("cohorts", `Very important\ufeff\n\n${marker}`)).toBe("vips");
  });

  it("drops U+0085 and U+001C before the marker, and reads a marker that U+0085 follows", () => {
    expect(stripIdentityMarker(`Very important\u0085\u001c\n\n${marker}`)).toBe("Very important");
    expect(readIdentityMarker("cohorts", `Very important\n\n${marker}\u0085`)).toBe("vips");
    expect(stripIdentityMarker(`Very important\n\n${marker}\u0085`)).toBe("Very important");
    expect(readOwner({ description: `<!-- iac:cohorts:vips iac:hash:0000000000000000 owner:team-a -->\u0085` })).toBe("team-a");
  });

  it("does not read a marker that U+FEFF follows, since PostHog would keep the U+FEFF after it", () => {
    expect(readIdentityMarker("cohorts", `Very important\n\n${marker}\ufeff`)).toBeUndefined();
    expect(stripIdentityMarker(`Very important\n\n${marker}\ufeff`)).toBe(`Very important\n\n${marker}\ufeff`);
  });

  it("leaves text without a marker as it is", () => {
    expect(stripIdentityMarker("Very important\u0085")).toBe("Very important\u0085");
    expect(appendIdentityMarker("cohorts", "vips", "Very important\ufeff")).toBe(`Very important\ufeff\n\n${marker}`);
  });
});

const filters = { properties: { type: "AND", values: [] } };
// Kinds whose marker sits in a description DRF's CharField strips: what apply sends, stored as PostHog stores it, reads back as declared.
const roundTrips: { kind: KindModule; spec: JsonObject }[] = [
  { kind: cohorts, spec: { key: "vips", name: "VIPs", filters } },
  { kind: experimentHoldouts, spec: { key: "five", name: "Five", filters: [{ properties: [], rollout_percentage: 5 }] } },
];

describe("a description ending in U+FEFF round-trips through PostHog with no change", () => {
  it.each(roundTrips)("$kind.name", ({ kind, spec }) => {
    const declared = { ...spec, description: "Held out\ufeff" };
    expect(kind.validate === undefined ? [] : collect(kind, declared)).toEqual([]);
    const { fields } = kind.toDesired(declared);
    const payload = kind.toPayload(String(spec.key), fields, { idOf: () => undefined }, "create");
    const stored = { ...payload, id: 1, description: stripCharField(String(payload.description)) };
    expect(kind.identify(stored)).toBe(spec.key);
    expect(kind.toObserved(stored, { keyOf: () => undefined, rows: () => [] }).description).toBe(fields.description);
  });
});

function collect(kind: KindModule, spec: JsonObject): string[] {
  const found: string[] = [];
  kind.validate?.(spec, (path, message) => found.push(`${path}: ${message}`), {});
  return found;
}

describe("endpoints: trailing whitespace before the marker, as the marker read drops it", () => {
  const spec = { key: "daily", name: "daily", query: { kind: "HogQLQuery", query: "select 1" } };
  it("accepts a description ending in U+FEFF and refuses one ending in U+0085", () => {
    expect(collect(endpoints, { ...spec, description: "Daily\ufeff" })).toEqual([]);
    expect(collect(endpoints, { ...spec, description: "Daily\u0085" })).toEqual([
      "description: trailing whitespace is lost before the identity marker this tool appends to the description; remove it",
    ]);
  });
});
