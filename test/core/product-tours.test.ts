import { describe, expect, it } from "vitest";
import { appendIdentityMarker } from "../../src/core/identity.js";
import type { JsonObject } from "../../src/core/json.js";
import { featureFlags } from "../../src/core/kinds/feature-flags.js";
import { productTours } from "../../src/core/kinds/product-tours.js";
import { surveys } from "../../src/core/kinds/surveys.js";

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
      { id: "u", name: "Onboarding", description: appendIdentityMarker("product-tours", "onboarding", "Welcome"), content: base.content, auto_launch: true, start_date: "2026-07-01T07:00:00Z", end_date: null, archived: false, targeting_flag_filters: { groups: [{ variant: "", rollout_percentage: 100, properties: [user] }] } },
      lookup,
    );
    expect(live).toEqual(desired.fields);
    expect(productTours.identify({ description: "x\n\n<!-- iac:product-tours:onboarding iac:hash:abc -->" })).toBe("onboarding");
    expect(productTours.identify({ description: "<!-- iac:product-tours:onboarding -->", archived: true })).toBeUndefined();
  });

  it("sends declared targeting on create (PostHog applies it to the new flag) and always on update (null resets it)", () => {
    const { fields } = productTours.toDesired(base);
    expect(productTours.toPayload("onboarding", fields, { idOf: () => undefined }, "create")).not.toHaveProperty("targeting_flag_filters");
    expect(productTours.toPayload("onboarding", fields, { idOf: () => undefined }, "update")).toMatchObject({ targeting_flag_filters: null, auto_launch: false, start_date: null, end_date: null });
    const targeted = productTours.toDesired({ ...base, autoLaunch: true, targetingFlagFilters: { groups: [{ properties: [user] }] } }).fields;
    expect(productTours.toPayload("onboarding", targeted, { idOf: () => undefined }, "create")).toMatchObject({ targeting_flag_filters: { groups: [{ variant: "", rollout_percentage: 100, properties: [user] }] } });
  });

  it("compares steps as normalize_step stores them and targeting without the wait-period copies PostHog makes of each group", () => {
    const legacy: JsonObject = { steps: [{ id: "a", type: "element", selector: "#a" }, { id: "b", useManualSelector: true, selector: "#b" }, { id: "c", elementTargeting: "auto", useManualSelector: false, inferenceData: { tag: "a" } }] };
    const stored: JsonObject = { steps: [{ id: "a", type: "modal", selector: "#a", elementTargeting: "auto" }, { id: "b", useManualSelector: true, selector: "#b", elementTargeting: "manual" }, { id: "c", elementTargeting: "auto", inferenceData: { tag: "a" } }] };
    const desired = productTours.toDesired({ ...base, autoLaunch: true, content: legacy, targetingFlagFilters: { groups: [{ properties: [user] }] } }).fields;
    expect(desired.content).toEqual(stored);
    const wait = (value: string) => ({ key: "$product_tour_last_seen_date/tour", value, operator: value === "is_not_set" ? "is_not_set" : "is_date_before", type: "person" });
    const groups = [wait("is_not_set"), wait("7d")].map((property) => ({ variant: "", rollout_percentage: 100, properties: [property, user] }));
    const live = productTours.toObserved({ name: "Onboarding", description: "", content: stored, auto_launch: true, start_date: null, end_date: null, targeting_flag_filters: { groups } }, lookup);
    expect(live.content).toEqual(desired.content);
    expect(live.targeting_flag_filters).toEqual(desired.targeting_flag_filters);
    const edited = productTours.toObserved({ name: "Onboarding", content: stored, targeting_flag_filters: { groups: [{ ...groups[0], rollout_percentage: 50 }] } }, lookup);
    expect(edited.targeting_flag_filters).not.toEqual(desired.targeting_flag_filters);
  });

  it("refuses what PostHog refuses or would never read back as declared", () => {
    expect(problems(base)).toEqual([]);
    expect(problems({ ...base, content: { type: "announcement", steps: [] } })).toEqual(["content.steps: Announcements must have exactly 1 step."]);
    expect(problems({ ...base, content: { steps: [{ id: "ask", survey: { type: "open", questionText: "Why?" } }] } })).toEqual([]);
    expect(problems({ ...base, content: { steps: [{ survey: "rate us" }] } })[0]).toMatch(/^content\.steps\.0\.survey: must be an object/);
    expect(problems({ ...base, content: { steps: [{ survey: { type: "open" }, linkedSurveyId: "0a1b" }] } })[0]).toMatch(/^content\.steps\.0\.linkedSurveyId: is written by PostHog/);
    expect(problems({ ...base, name: "n".repeat(390), content: { steps: [{ survey: { type: "open" } }] } })[0]).toMatch(/^content\.steps\.0\.survey: PostHog names the step's survey .* 400 characters/);
    expect(problems({ ...base, content: { steps: [], conditions: { linkedFlagVariant: "test" } } })).toEqual(["content.conditions.linkedFlagVariant: linkedFlagVariant can only be used when a linked_flag_id is specified"]);
    expect(problems({ ...base, content: { steps: [], conditions: { linkedFlagVariant: "test" } }, linkedFlag: { $ref: "feature-flags/beta" } })).toEqual([]);
    expect(problems({ ...base, archived: true })[0]).toMatch(/^archived: the tool leaves archived tours alone/);
    expect(problems({ ...base, startDate: "2026-07-01T09:00:00Z", content: { steps: [{ type: "element", selector: "#a" }, { elementTargeting: "manual" }] } })).toEqual([
      'content.steps.0: Step 1 requires an element to be selected (elementTargeting "auto", which PostHog gives a step of type "element", needs inferenceData from the toolbar; use elementTargeting "manual" with a selector)',
      'content.steps.1.selector: Step 2 is missing an element selector (PostHog refuses to launch a tour with elementTargeting "manual" and no selector)',
    ]);
    expect(problems({ ...base, content: { steps: [{ type: "element", selector: "#a" }] } })).toEqual([]);
    expect(problems({ ...base, autoLaunch: true, targetingFlagFilters: { groups: [{ variant: "", rollout_percentage: 30, properties: [user] }] } })).toEqual([
      'targetingFlagFilters.groups.0.rollout_percentage: PostHog keeps only each group\'s properties (it writes variant "" and rollout_percentage 100), so this would never read back as declared; leave it out',
    ]);
    expect(problems({ ...base, autoLaunch: true, targetingFlagFilters: { groups: [{ properties: [{ key: "$product_tour_last_seen_date/tour", type: "person", value: "is_not_set", operator: "is_not_set" }] }] } })[0]).toMatch(/^targetingFlagFilters\.groups\.0\.properties\.0: PostHog writes \$product_tour_last_seen_date/);
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

  const survey = { type: "rating", questionText: "Helpful?", scale: 5 };
  const stepped: JsonObject = { ...base, content: { steps: [{ id: "s1", title: "Hi" }, { id: "ask", survey }] }, linkedFlag: { $ref: "feature-flags/beta" } };
  const linkId = "5e0c2b7e-0000-4000-8000-000000000001";
  const linked: JsonObject = { steps: [{ id: "s1", title: "Hi" }, { id: "ask", survey, linkedSurveyId: linkId, linkedSurveyQuestionId: "q-1" }] };

  it("compares survey steps without the links PostHog writes into them, and the linked flag by key", () => {
    const desired = productTours.toDesired(stepped);
    expect(desired.dependsOn).toEqual([{ kind: "feature-flags", key: "beta" }]);
    const keys = { keyOf: (_kind: string, id: string | number) => (id === 7 ? "beta" : undefined), rows: () => [] };
    const live = productTours.toObserved({ name: "Onboarding", description: appendIdentityMarker("product-tours", "onboarding", ""), content: linked, auto_launch: false, start_date: null, end_date: null, linked_flag: { id: 7, key: "beta" } }, keys);
    expect(live).toEqual(desired.fields);
    expect(productTours.toObserved({ name: "x", content: {}, linked_flag: { id: 9 } }, keys).linked_flag).toBe("#9");
  });

  it("sends the linked flag's id; on update the content of a tour with survey steps waits for the converge step, which keeps PostHog's links", async () => {
    const { fields } = productTours.toDesired(stepped);
    const idOf = () => 7;
    expect(productTours.toPayload("onboarding", fields, { idOf }, "create")).toMatchObject({ linked_flag_id: 7, content: stepped.content });
    const update = productTours.toPayload("onboarding", fields, { idOf }, "update");
    expect(update).toMatchObject({ linked_flag_id: 7 });
    expect(update).not.toHaveProperty("content");
    expect(productTours.toPayload("onboarding", productTours.toDesired(base).fields, { idOf: () => undefined }, "update")).toMatchObject({ linked_flag_id: null, content: base.content });

    const sent: { path: string; body: JsonObject }[] = [];
    const api = { get: async () => ({ content: { steps: [{ id: "ask", survey, linkedSurveyId: linkId, linkedSurveyQuestionId: "q-1" }, { id: "s1", title: "Hi" }] } }), patch: async (path: string, body: JsonObject) => (sent.push({ path, body }), {}) };
    const edited = productTours.toDesired({ ...stepped, content: { steps: [{ id: "ask", survey: { ...survey, scale: 10 } }, { id: "more", survey }] } }).fields;
    await productTours.converge!({ api: api as never, id: "u", fields: edited, idOf });
    expect(sent).toEqual([{ path: "product_tours/u/", body: { content: { steps: [{ id: "ask", survey: { ...survey, scale: 10 }, linkedSurveyId: linkId, linkedSurveyQuestionId: "q-1" }, { id: "more", survey }] }, targeting_flag_filters: null } }]);
    sent.length = 0;
    await productTours.converge!({ api: api as never, id: "u", fields: productTours.toDesired({ ...stepped, content: { steps: [{ id: "ask", survey }, { id: "s1", title: "Hi" }] } }).fields, idOf });
    expect(sent).toEqual([]);
  });

  it("pulls survey steps without their links and the linked flag as a reference, warning for a flag that is not pulled", () => {
    const keys = { keyOf: () => "beta", rows: () => [] };
    const fields = productTours.toObserved({ name: "Onboarding", description: "", content: linked, auto_launch: false, start_date: null, end_date: null, linked_flag: { id: 7 } }, keys);
    const warnings: string[] = [];
    expect(productTours.toSpec(fields, "onboarding", (message) => warnings.push(message))).toEqual({ key: "onboarding", name: "Onboarding", content: stepped.content, linkedFlag: { $ref: "feature-flags/beta" } });
    expect(productTours.toSpec({ ...fields, linked_flag: "#9" }, "onboarding", (message) => warnings.push(message))).not.toHaveProperty("linkedFlag");
    expect(warnings).toEqual(["is linked to feature flag #9, which is not pulled; the link is left out"]);
  });

  it("says which survey steps get a new survey and which surveys PostHog ends, and when the linked flag changes", () => {
    const before = productTours.toDesired(stepped).fields;
    const after = productTours.toDesired({ ...base, content: { steps: [{ id: "s1", title: "Hi", survey }, { id: "ask", survey }] } }).fields;
    expect(productTours.summarize?.([{ path: "content.steps.0" }, { path: "linked_flag" }] as never, before, after)).toEqual([
      "linked flag beta → none",
      "the tour content (steps, conditions, appearance) is replaced as a whole",
      'survey step "s1": PostHog creates an API survey for it and links it in the step',
      "PostHog rewrites the question of each linked step survey (1) from its step, with a new question id",
    ]);
    expect(productTours.summarize?.([{ path: "content.steps" }] as never, before, productTours.toDesired({ ...stepped, content: { steps: [] } }).fields)).toContain('survey step "ask" removed: PostHog ends its survey (sets its end date)');
  });

  it("leaves the surveys PostHog makes for survey steps out of the surveys kind", () => {
    expect(surveys.serverOwned?.({ type: "api", name: "Onboarding - Step 2 Survey (0a1b2c3d)", description: "" })).toBe(true);
    expect(surveys.serverOwned?.({ type: "popover", name: "Onboarding - Step 2 Survey (0a1b2c3d)", description: "" })).toBe(false);
    expect(surveys.serverOwned?.({ type: "api", name: "Onboarding - Step 2 Survey (0a1b2c3d)", description: appendIdentityMarker("surveys", "mine", "") })).toBe(false);
    expect(surveys.serverOwned?.({ type: "api", name: "Onboarding", description: "" })).toBe(false);
  });
});
