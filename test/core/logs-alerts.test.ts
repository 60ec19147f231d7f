import { describe, expect, it } from "vitest";
import { appendIdentityMarker } from "../../src/core/identity.js";
import type { JsonObject } from "../../src/core/json.js";
import { comparedFields } from "../../src/core/kinds/compared.js";
import { logsAlerts } from "../../src/core/kinds/logs-alerts.js";

const lookup = { keyOf: () => undefined, rows: () => [] };

describe("logs alerts", () => {
  it("fills PostHog's serializer defaults, carries the marker in the name and compares what PostHog returns", () => {
    const { fields } = logsAlerts.toDesired({ key: "errors", name: " Error spike ", filters: { severityLevels: ["error"] } });
    expect(fields).toEqual({ name: "Error spike", enabled: true, filters: { severityLevels: ["error"] }, threshold_count: 100, threshold_operator: "above", window_minutes: 5, evaluation_periods: 1, datapoints_to_alarm: 1, cooldown_minutes: 0 });
    const body = logsAlerts.toPayload("errors", fields, { idOf: () => undefined }, "create");
    expect(body.name).toBe(appendIdentityMarker("logs-alerts", "errors", "Error spike"));
    const live = { id: "0190", ...fields, name: String(body.name), state: "not_firing", check_interval_minutes: 5, destination_types: [] };
    expect(logsAlerts.identify(live)).toBe("errors");
    expect(logsAlerts.toObserved(live, lookup)).toEqual({ ...fields, destinations: [] });
    expect(logsAlerts.toSpec(fields, "errors", () => undefined)).toEqual({ key: "errors", name: "Error spike", filters: { severityLevels: ["error"] } });
  });

  it("checks offline what the serializer's validate refuses: no filter on an enabled alert, N above M, the name's room", () => {
    const found: string[] = [];
    logsAlerts.validate?.({ key: "a", name: "x".repeat(255), filters: { severityLevels: [] }, evaluationPeriods: 2, datapointsToAlarm: 3 }, (path) => found.push(path));
    expect(found).toEqual(["name", "filters", "datapointsToAlarm"]);
    const draft: string[] = [];
    logsAlerts.validate?.({ key: "a", name: "Draft", enabled: false }, (path) => draft.push(path));
    expect(draft).toEqual([]);
  });

  it("declares the PostHog flag it is behind, and summarises enabling and the threshold", () => {
    expect(logsAlerts.betaFlag).toBe("logs-alerting");
    const { fields: before } = logsAlerts.toDesired({ key: "a", name: "a", filters: { serviceNames: ["api"] } });
    const after = { ...before, enabled: false, threshold_count: 50, threshold_operator: "below" };
    expect(logsAlerts.summarize?.([{ path: "enabled", kind: "update" }, { path: "threshold_count", kind: "update" }], before, after)).toEqual([
      "alert disabled: PostHog stops evaluating it and resets its state",
      "fires when above 100 logs in 5 min → below 50 logs in 5 min",
    ]);
  });

  it("compares declared destinations only, sorted, taking live webhooks for the declared secrets only when their numbers agree", () => {
    const slack = { type: "slack", slackWorkspaceId: 7, slackChannelId: "C1" };
    const { fields } = logsAlerts.toDesired({ key: "a", name: "a", filters: { serviceNames: ["api"] }, destinations: [{ type: "webhook", webhookUrl: { $secret: "B_HOOK" } }, slack, { type: "webhook", webhookUrl: { $secret: "A_HOOK" } }] });
    expect(fields.destinations).toEqual([
      { type: "slack", slack_workspace_id: 7, slack_channel_id: "C1", slack_channel_name: "channel" },
      { type: "webhook", webhook_url: { $secret: "A_HOOK" } },
      { type: "webhook", webhook_url: { $secret: "B_HOOK" } },
    ]);
    const hook = { type: "webhook", webhook_url: { $secret: true } };
    const [slackEntry] = fields.destinations as JsonObject[];
    const live = { ...fields, destinations: [slackEntry!, hook, hook] };
    expect(comparedFields(logsAlerts, live, fields).destinations).toEqual(fields.destinations);
    expect(comparedFields(logsAlerts, live, fields, { rotateSecrets: true }).destinations).toEqual([slackEntry, hook, hook]);
    const fewer = { ...fields, destinations: [slackEntry!, hook] };
    expect(comparedFields(logsAlerts, fewer, fields).destinations).toEqual([slackEntry, hook]);
    const { fields: undeclared } = logsAlerts.toDesired({ key: "a", name: "a", filters: { serviceNames: ["api"] } });
    expect(comparedFields(logsAlerts, live, undeclared).destinations).toBeUndefined();
    const found: string[] = [];
    logsAlerts.schema.check({ key: "a", name: "a", filters: { serviceNames: ["api"] }, destinations: [{ type: "webhook", webhookUrl: "https://hooks.example.com/t0k3n" }] }, "", (path) => found.push(path));
    expect(found.length).toBeGreaterThan(0);
  });
});
