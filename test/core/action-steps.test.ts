import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/core/json.js";
import { actions } from "../../src/core/kinds/actions.js";

function problems(spec: JsonObject): string[] {
  const found: string[] = [];
  actions.validate?.(spec, (path, message) => found.push(`${path}: ${message}`), {});
  return found;
}

// ActionStepJSONSerializer (posthog/api/action.py): event, selector, tag_name, text, href and url are each
// CharField(required=False, allow_null=True), so "" is PostHog's 400 "This field may not be blank." on that step field.
describe("action steps PostHog would refuse", () => {
  it.each(["event", "selector", "tag_name", "text", "href", "url"])("refuses a blank %s, naming the step and field", (field) => {
    expect(problems({ key: "k", name: "Buy", steps: [{ event: "$autocapture" }, { event: "$autocapture", [field]: "" }] })).toEqual([
      `steps.1.${field}: PostHog refuses a blank ${field} in a step ("This field may not be blank."); leave it out or set it to null`,
    ]);
  });

  it("takes null, an absent field, and whitespace in the fields PostHog keeps as sent", () => {
    expect(problems({ key: "k", name: "Buy", steps: [{ event: null, selector: null, url: null }, { event: " ", tag_name: " ", text: " ", href: " " }, {}] })).toEqual([]);
  });
});
