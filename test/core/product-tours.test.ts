import { describe, expect, it } from "vitest";
import { appendIdentityMarker } from "../../src/core/identity.js";
import type { JsonObject } from "../../src/core/json.js";
import { featureFlags } from "../../src/core/kinds/feature-flags.js";
import { productTours } from "../../src/core/kinds/product-tours.js";

function problems(spec: JsonObject): string[] {
  const found: string[] = [];
  const report = (path: string, message: string) => found.push(`${path}: ${message}`);
  productTours.schema.check(spec, "", report);
  if (found.length === 0) productTours.validate?.(spec, report);
  return found;
}

const base = { key: "onboarding", name: "Onboarding", content: { steps: [{ id: "s1", title: "Hi" }] } };
const lookup = { keyOf: () => undefined, rows: () => [] };
const user = { key: "plan", type: "person", value: ["pro"], operator: "exact" };

describe("product tours", () => {
  it("compares what PostHog returns: dates as DRF writes them, the marker stripped, targeting as read back; archived tours are not the tool's", () => {
    const desired = productTours.toDesired({ ...base, description: " Welcome ", autoLaunch: true, startDate: "2026-07-01T09:00:00+02:00", targetingFlagFilters: { groups: [{ properties: [user] }, { properties: [] }], payloads: {} } });
    const live = productTours.toObserved(
      { id: "u", name: "Onboarding", description: appendIdentityMarker("product-tours", "onboarding", "Welcome"), content: base.content, auto_launch: true, start_date: "2026-07-01T07:00:00Z", end_date: null, archived: false, targeting_flag_filters: { groups: [{ properties: [user] }] } },
      lookup,
    );
    expect(live).toEqual(desired.fields);
    expect(productTours.identify({ description: "x\n\n<!-- iac:product-tours:onboarding iac:hash:abc -->" })).toBe("onboarding");
    expect(productTours.identify({ description: "<!-- iac:product-tours:onboarding -->", archived: true })).toBeUndefined();
  });

  it("sends targeting only on update (a create has no flag to put it on yet; null resets it)", () => {
    const { fields } = productTours.toDesired(base);
    expect(productTours.toPayload("onboarding", fields, { idOf: () => undefined }, "create")).not.toHaveProperty("targeting_flag_filters");
    expect(productTours.toPayload("onboarding", fields, { idOf: () => undefined }, "update")).toMatchObject({ targeting_flag_filters: null, auto_launch: false, start_date: null, end_date: null });
  });

  it("refuses what PostHog refuses or would never read back as declared", () => {
    expect(problems(base)).toEqual([]);
    expect(problems({ ...base, content: { type: "announcement", steps: [] } })).toEqual(["content.steps: Announcements must have exactly 1 step."]);
    expect(problems({ ...base, content: { steps: [{ survey: { type: "open", questionText: "Why?" } }] } })[0]).toMatch(/^content\.steps\.0\.survey: survey steps are not supported/);
    expect(problems({ ...base, archived: true })[0]).toMatch(/^archived: archived tours leave PostHog's API/);
    expect(problems({ ...base, startDate: "next monday" })[0]).toMatch(/^startDate: "next monday" is not an ISO 8601 date-time/);
    expect(problems({ ...base, targetingFlagFilters: { groups: [{ properties: [user] }] } })[0]).toMatch(/^targetingFlagFilters: needs autoLaunch: true/);
    expect(problems({ ...base, autoLaunch: true, targetingFlagFilters: { groups: [{ properties: [] }] } })[0]).toMatch(/^targetingFlagFilters: needs at least one group with properties/);
  });

  it("leaves PostHog's internal tour flags out of the flags kind", () => {
    expect(featureFlags.serverOwned?.({ key: "product-tour-targeting-onboarding-0a1b2c3d" })).toBe(true);
    expect(featureFlags.serverOwned?.({ key: "product-tour" })).toBe(false);
  });

  it("pulls a tour into PostHog's tool's names, leaving defaults out", () => {
    const fields = productTours.toObserved({ name: "Onboarding", description: "", content: base.content, auto_launch: false, start_date: null, end_date: null }, lookup);
    expect(productTours.toSpec(fields, "onboarding", () => undefined)).toEqual({ key: "onboarding", name: "Onboarding", content: base.content });
    expect(productTours.proposeKey({ id: "u", name: "3 step tour" })).toBe("tour-3-step-tour");
  });

  it("says in the plan what PostHog does with the internal flag when auto launch changes, and that the content is replaced whole", () => {
    const before = productTours.toDesired(base).fields;
    const after = productTours.toDesired({ ...base, autoLaunch: true, content: { steps: [] } }).fields;
    expect(productTours.summarize?.([{ path: "auto_launch" }, { path: "content" }] as never, before, after)).toEqual([
      "auto launch on: PostHog creates the tour's internal targeting flag, or makes it active again while the tour is between its dates",
      "the tour content (steps, conditions, appearance) is replaced as a whole",
    ]);
    expect(productTours.summarize?.([{ path: "auto_launch" }] as never, after, before)).toEqual(["auto launch off: PostHog turns the tour's internal targeting flag off"]);
  });
});
