import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/core/json.js";
import { appendIdentityMarker } from "../../src/core/identity.js";
import { alerts } from "../../src/core/kinds/alerts.js";

function problems(spec: JsonObject): string[] {
  const found: string[] = [];
  const report = (path: string, message: string) => found.push(`${path}: ${message}`);
  alerts.schema.check(spec, "", report);
  if (found.length === 0) alerts.validate?.(spec, report);
  return found;
}

const base = { key: "drop", name: "Drop", insight: { $ref: "insights/signups" }, threshold: { bounds: { upper: 100 } } };
const lookup = { keyOf: (kind: string, id: string | number) => (kind === "insights" && id === 7 ? "signups" : undefined), rows: () => [] };

describe("alerts", () => {
  it("checks offline what validate_alert_config and Threshold.clean refuse, naming the field", () => {
    expect(problems({ ...base, threshold: { bounds: {} } })).toEqual(["threshold.bounds: At least one threshold bound (lower or upper) must be provided."]);
    expect(problems({ ...base, threshold: { bounds: { lower: 5, upper: 1 } } })).toEqual(["threshold.bounds: Lower threshold must be less than upper threshold"]);
    expect(problems({ ...base, threshold: { type: "percentage", bounds: { upper: 5 } } })).toEqual([
      "threshold.type: Absolute value alerts require an absolute threshold, but a percentage threshold was configured",
    ]);
    expect(problems({ ...base, threshold: { bounds: { lower: 5 } }, checkOngoingInterval: true })).toEqual([
      "checkOngoingInterval: check_ongoing_interval is only supported for alert condition absolute_value when upper threshold is specified",
    ]);
    expect(problems({ ...base, subscribedUsers: ["not an email"] })).toEqual(['subscribedUsers.0: "not an email" is not an email address']);
    expect(problems({ ...base, calculationInterval: "every_15_minutes" })[0]).toMatch(/^calculationInterval: expected one of "hourly", "daily", "weekly", "monthly"/);
    expect(problems({ ...base, threshold: { type: "percentage", bounds: { upper: 5 } }, condition: "relative_increase", subscribedUsers: ["A@Example.com"] })).toEqual([]);
  });

  it("compares what PostHog returns with the definition's defaults folded in", () => {
    const desired = alerts.toDesired({ ...base, subscribedUsers: ["B@example.com", "a@example.com"] });
    expect(desired.dependsOn).toEqual([{ kind: "insights", key: "signups" }]);
    const live = alerts.toObserved(
      {
        id: "0190-uuid",
        name: "Drop",
        insight: { id: 7, short_id: "abc" },
        threshold: { id: "t", name: "<!-- iac:alerts:drop -->", configuration: { type: "absolute", bounds: { upper: 100, lower: null } } },
        condition: { type: "absolute_value" },
        config: { type: "TrendsAlertConfig", series_index: 0 },
        calculation_interval: "daily",
        subscribed_users: [{ id: 1, email: "a@example.com" }, { id: 2, email: "b@example.com" }],
        enabled: true,
        skip_weekend: null,
      },
      lookup,
    );
    expect(live).toEqual(desired.fields);
    expect(alerts.identify({ threshold: { name: "<!-- iac:alerts:drop -->" } })).toBe("drop");
    expect(alerts.identify({ name: "<!-- iac:alerts:drop -->", threshold: { name: "" } })).toBeUndefined();
  });

  it("sends the identity in the threshold's name, subscribers only on create (as an empty list that converge fills in)", () => {
    const { fields } = alerts.toDesired({ ...base, subscribedUsers: ["a@example.com"] });
    const create = alerts.toPayload("drop", fields, { idOf: () => 7 }, "create");
    expect(create).toEqual({
      name: "Drop",
      insight: 7,
      threshold: { name: appendIdentityMarker("alerts", "drop", ""), configuration: { type: "absolute", bounds: { upper: 100 } } },
      condition: { type: "absolute_value" },
      config: { type: "TrendsAlertConfig", series_index: 0, check_ongoing_interval: false },
      calculation_interval: "daily",
      enabled: true,
      skip_weekend: false,
      subscribed_users: [],
    });
    expect(alerts.toPayload("drop", fields, { idOf: () => 7 }, "update")).not.toHaveProperty("subscribed_users");
  });

  it("summarises a change in PostHog's terms", () => {
    const before = alerts.toDesired({ ...base, subscribedUsers: ["a@example.com"] }).fields;
    const after = alerts.toDesired({ ...base, threshold: { bounds: { lower: 5, upper: 50 } }, calculationInterval: "hourly", enabled: false, subscribedUsers: ["b@example.com"] }).fields;
    const changes = ["threshold.bounds.upper", "calculation_interval", "enabled", "subscribed_users.0"].map((path) => ({ path, kind: "update" as const }));
    expect(alerts.summarize?.(changes, before, after)).toEqual(["alert when below 5 or above 50 (was above 100)", "checked hourly (was daily)", "alert disabled", "subscribers +b@example.com, -a@example.com"]);
  });

  it("pulls the insight as an import, and leaves one that is not pulled out with a warning", () => {
    const warnings: string[] = [];
    const observed = { ...alerts.toDesired(base).fields, insight: "#9" };
    expect(alerts.toSpec(observed, "drop", (m) => warnings.push(m))).toEqual({ key: "drop", name: "Drop", threshold: { bounds: { upper: 100 } } });
    expect(warnings).toEqual(["checks insight #9, which is not pulled; it is left out"]);
    expect(alerts.toSpec(alerts.toDesired(base).fields, "drop", () => undefined)).toEqual({ ...base });
  });
});
