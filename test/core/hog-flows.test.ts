import { describe, expect, it } from "vitest";
import type { JsonObject, JsonValue } from "../../src/core/json.js";
import { hogFlows } from "../../src/core/kinds/hog-flows.js";

function problems(spec: JsonObject): string[] {
  const found: string[] = [];
  const report = (path: string, message: string) => found.push(`${path}: ${message}`);
  hogFlows.schema.check(spec, "", report);
  if (found.length === 0) hogFlows.validate?.(spec, report);
  return found;
}

const trigger = { id: "t", name: "Trigger", type: "trigger", config: { type: "event", filter_test_accounts: true } };
const exit = { id: "x", name: "Exit", type: "exit", config: {} };
const base = { key: "onboarding", name: "Onboarding", actions: [trigger, exit], edges: [{ from: "t", to: "x", type: "continue" }] };
const lookup = { keyOf: () => undefined, rows: () => [] };

describe("hog flows", () => {
  it("compares actions as PostHog stores them: defaults filled, filter_test_accounts moved into the filters, compiled members and UI stamps left out", () => {
    const desired = hogFlows.toDesired(base).fields;
    const live = hogFlows.toObserved(
      {
        name: "Onboarding",
        description: "",
        status: "draft",
        exit_condition: "exit_on_conversion",
        actions: [
          { ...trigger, description: "", filters: null, created_at: 1, config: { type: "event", filters: { filter_test_accounts: true, bytecode: ["_H", 1] } } },
          { ...exit, description: "", filters: null, on_error: null },
        ],
        edges: base.edges,
        trigger_masking: null,
        conversion: null,
        variables: [],
      },
      lookup,
    );
    expect(hogFlows.compare!(live, desired)).toMatchObject(desired);
    expect(desired).not.toHaveProperty("exit_condition");
  });

  it("requires exactly one trigger, unique action ids and edges between them, and holds only an active flow to its delays and templates", () => {
    expect(problems({ ...base, actions: [exit] })).toEqual(['actions: needs exactly one action of type "trigger" (has 0), as PostHog requires', 'edges[0].from: must be the id of one of this flow\'s actions (got "t")']);
    expect(problems({ ...base, actions: [trigger, { ...exit, id: "t" }] })).toContain('actions[1].id: "t" is used by another action');
    const loose = { ...base, actions: [trigger, { id: "d", name: "Wait", type: "delay", config: { delay_duration: "PT1H" } }, { id: "f", name: "Hook", type: "function", config: {} }, exit] };
    expect(problems(loose)).toEqual([]);
    expect(problems({ ...loose, status: "active" })).toEqual([
      "actions[1].config.delay_duration: must be a duration like '30s', '30m', '2h' or '1.5d' for an active flow",
      "actions[2].config.template_id: is required for an active flow: the id of one of PostHog's hog function templates",
    ]);
  });

  it("takes a secret input PostHog holds for the secret() the definition names, and pulls it as secret() with a warning", () => {
    const fn = (value: JsonValue) => ({ id: "m", name: "Mail", type: "function", config: { template_id: "template-mailgun-send-email", inputs: { api_key: { value } } } });
    const desired = hogFlows.toDesired({ ...base, actions: [trigger, fn({ $secret: "MAILGUN_KEY" }), exit] }).fields;
    const live = hogFlows.toObserved({ name: "Onboarding", description: "", status: "draft", actions: [trigger, { ...fn({}), config: { template_id: "template-mailgun-send-email", inputs: { api_key: { secret: true } } } }, exit], edges: base.edges }, lookup);
    expect((hogFlows.compare!(live, desired).actions as JsonObject[])[1]).toEqual((desired.actions as JsonObject[])[1]);
    const warnings: string[] = [];
    const spec = hogFlows.toSpec(live, "onboarding", (message) => warnings.push(message));
    expect(JSON.stringify(spec)).toContain('{"$call":"secret","$args":["ONBOARDING_M_API_KEY"]}');
    expect((spec.actions as JsonObject[])[0]).toEqual({ id: "t", name: "Trigger", type: "trigger", config: { type: "event", filters: { filter_test_accounts: true } } });
    const plain = hogFlows.toDesired({ ...base, actions: [trigger, fn("key-123"), exit] }).fields;
    expect(hogFlows.warn!([], live, plain)).toEqual(['action m input api_key is a secret in PostHog, which never returns it: write it as secret("VARIABLE") so it is not sent, and shown, on every plan']);
    expect(hogFlows.warn!([], live, desired)).toEqual([]);
    expect(warnings).toEqual(['action m input api_key is a secret PostHog does not return; it is written as secret("ONBOARDING_M_API_KEY"): set ONBOARDING_M_API_KEY and list it in posthog.config.ts secrets before applying']);
  });
});
