import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/core/json.js";
import { surveys } from "../../src/core/kinds/surveys.js";

const spec = (conditions: JsonObject): JsonObject => ({ key: "s", name: "S", type: "popover", questions: [{ type: "open", question: "Why?" }], conditions });
const keys = { keyOf: (_kind: string, id: string | number) => ({ 1: "buy", 2: "refund" })[Number(id) as 1 | 2], rows: () => [] };
const ids = { idOf: (address: { key: string }) => ({ buy: 1, refund: 2 })[address.key as "buy" | "refund"] };

describe("surveys: conditions.actions by reference", () => {
  it("compares the linked actions as a sorted set of keys and depends on them", () => {
    const desired = surveys.toDesired(spec({ url: "/x", actions: [{ $ref: "actions/refund" }, { $ref: "actions/buy" }, { $ref: "actions/buy" }] }));
    expect(desired.fields.conditions).toEqual({ url: "/x", actions: ["buy", "refund"] });
    expect(desired.dependsOn).toEqual([{ kind: "actions", key: "refund" }, { kind: "actions", key: "buy" }, { kind: "actions", key: "buy" }]);
    expect(surveys.toDesired(spec({ url: "/x", actions: [] })).fields.conditions).toEqual({ url: "/x" });
  });

  it("reads PostHog's ActionSerializer values back as keys, an unmanaged action as #id", () => {
    const observed = surveys.toObserved({ name: "S", conditions: { url: "/x", actions: { values: [{ id: 2, name: "Refund", steps: [] }, { id: 9, name: "Other" }, { id: 1 }] } } }, keys);
    expect(observed.conditions).toEqual({ url: "/x", actions: ["#9", "buy", "refund"] });
  });

  it("sends the ids in PostHog's form on create and update, and conditions without actions when none are declared", () => {
    const fields = surveys.toDesired(spec({ url: "/x", actions: [{ $ref: "actions/buy" }, { $ref: "actions/refund" }] })).fields;
    expect(surveys.toPayload("s", fields, ids, "create").conditions).toEqual({ url: "/x", actions: { values: [{ id: 1 }, { id: 2 }] } });
    expect(surveys.toPayload("s", fields, ids, "update", {}).conditions).toEqual({ url: "/x", actions: { values: [{ id: 1 }, { id: 2 }] } });
    expect(surveys.toPayload("s", surveys.toDesired(spec({ url: "/x" })).fields, ids, "update", {}).conditions).toEqual({ url: "/x" });
  });

  it("pulls managed actions as references and leaves unmanaged ones out with a warning", () => {
    const warnings: string[] = [];
    const observed = surveys.toObserved({ name: "S", conditions: { actions: { values: [{ id: 1 }, { id: 9 }] } } }, keys);
    const pulled = surveys.toSpec(observed, "s", (message) => warnings.push(message)) as JsonObject;
    expect(pulled.conditions).toEqual({ actions: [{ $ref: "actions/buy" }] });
    expect(warnings).toEqual(["shows after actions #9, which are not pulled; they are left out of its conditions"]);
  });
});
