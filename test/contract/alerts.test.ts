import { describe, expect, it } from "vitest";
import { hardDelete, softDelete, TARGETS_EMULATOR, TRENDS_QUERY, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

async function createInsight(query: unknown = TRENDS_QUERY) {
  const response = await contract.client.post("insights/", { name: uniqueName("insight"), query, saved: true });
  expect(response.status).toBe(201);
  contract.cleanup.add(`insight ${response.body.id}`, () => softDelete(contract.client, `insights/${response.body.id}/`));
  return response.body;
}

const upper = (value: number) => ({ configuration: { type: "absolute", bounds: { upper: value } } });
const trends = (series_index = 0, check_ongoing_interval = false) => ({ type: "TrendsAlertConfig", series_index, check_ongoing_interval });

function alertBody(insight: number, extra: Record<string, unknown> = {}) {
  return { insight, name: uniqueName("alert"), subscribed_users: [], threshold: upper(100), condition: { type: "absolute_value" }, config: trends(), ...extra };
}

async function createAlert(insight: number, extra: Record<string, unknown> = {}) {
  const response = await contract.client.post("alerts/", alertBody(insight, extra));
  expect(response.status).toBe(201);
  contract.cleanup.add(`alert ${response.body.id}`, () => hardDelete(contract.client, `alerts/${response.body.id}/`));
  return response.body;
}

describe("contract: insight alerts", () => {
  it("creates with the model's defaults, returns the insight nested and the threshold with its name, and deletes with 204", async () => {
    const insight = await createInsight();
    const created = await createAlert(insight.id, { threshold: { name: "<!-- iac:alerts:contract -->", ...upper(100) } });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({
      insight: { id: insight.id, short_id: insight.short_id },
      threshold: { name: "<!-- iac:alerts:contract -->", configuration: { type: "absolute", bounds: { upper: 100 } } },
      condition: { type: "absolute_value" },
      config: trends(),
      state: "Not firing",
      enabled: true,
      calculation_interval: "daily",
      skip_weekend: false,
      subscribed_users: [],
      snoozed_until: null,
    });
    expect(created.threshold.id).toMatch(/^[0-9a-f-]{36}$/);
    const read = await contract.client.get(`alerts/${created.id}/`);
    expect(read.body).toMatchObject({ id: created.id, checks: [] });
    const listed = await contract.client.get(`alerts/?insight=${insight.id}`);
    expect(listed.body.results.map((alert: { id: string }) => alert.id)).toEqual([created.id]);
    expect((await contract.client.delete(`alerts/${created.id}/`)).status).toBe(204);
    expect((await contract.client.get(`alerts/${created.id}/`)).status).toBe(404);
  });

  it("refuses what validate_alert_config refuses, as non-field errors", async () => {
    const insight = await createInsight();
    const refused = async (extra: Record<string, unknown>, insightId = insight.id) => {
      const response = await contract.client.post("alerts/", alertBody(insightId, extra));
      expect(response.status).toBe(400);
      return response.body;
    };
    expect(await refused({ condition: undefined })).toMatchObject({ attr: null, detail: "Alert has invalid condition: None" });
    expect((await refused({ threshold: { configuration: { type: "percentage", bounds: { upper: 10 } } } })).detail).toBe(
      "Absolute value alerts require an absolute threshold, but a percentage threshold was configured",
    );
    expect((await refused({ config: trends(1) })).detail).toBe("series_index 1 is out of range (query has 1 series)");
    expect((await refused({ threshold: { configuration: { type: "absolute", bounds: {} } } })).detail).toBe("At least one threshold bound (lower or upper) must be provided.");
    expect((await refused({ threshold: { configuration: { type: "absolute", bounds: { lower: 5 } } }, config: trends(0, true) })).detail).toBe(
      "check_ongoing_interval is only supported for alert condition absolute_value when upper threshold is specified",
    );
    expect((await refused({ threshold: { configuration: { type: "absolute", bounds: { lower: 10, upper: 5 } } } })).detail).toContain("Lower threshold must be less than upper threshold");
    const funnel = await createInsight({ kind: "InsightVizNode", source: { kind: "FunnelsQuery", series: [{ kind: "EventsNode", event: "$pageview" }, { kind: "EventsNode", event: "$pageleave" }] } });
    expect((await refused({}, funnel.id)).detail).toBe("Alert's insight query kind 'FunnelsQuery' is not supported (only TrendsQuery)");
    expect(await refused({ insight: 2_000_000_000 })).toMatchObject({ attr: "insight", code: "does_not_exist" });
    expect(await refused({ subscribed_users: [2_000_000_000] })).toMatchObject({ attr: "subscribed_users", detail: 'Invalid pk "2000000000" - object does not exist.' });
  });

  it("edits the threshold in place, keeping its id and name, and replaces the subscribers", async () => {
    const insight = await createInsight();
    const created = await createAlert(insight.id, { threshold: { name: "kept", ...upper(100) } });
    const edited = await contract.client.patch(`alerts/${created.id}/`, { threshold: upper(50), calculation_interval: "hourly", skip_weekend: true });
    expect(edited.status).toBe(200);
    expect(edited.body.threshold).toMatchObject({ id: created.threshold.id, name: "kept", configuration: { type: "absolute", bounds: { upper: 50 } } });
    expect(edited.body).toMatchObject({ calculation_interval: "hourly", skip_weekend: true, condition: { type: "absolute_value" } });
    const me = created.created_by;
    const subscribed = await contract.client.patch(`alerts/${created.id}/`, { subscribed_users: [me.id] });
    expect(subscribed.body.subscribed_users).toEqual([expect.objectContaining({ id: me.id, email: me.email })]);
    const cleared = await contract.client.patch(`alerts/${created.id}/`, { subscribed_users: [] });
    expect(cleared.body.subscribed_users).toEqual([]);
    const disabled = await contract.client.patch(`alerts/${created.id}/`, { enabled: false });
    expect(disabled.body).toMatchObject({ enabled: false, state: "Not firing" });
  });

  it("lists the organization's members with their users, which subscribers are resolved from", async () => {
    const project = await contract.client.get(`/api/environments/${contract.target.projectId}/`);
    const members = await contract.client.get(`/api/organizations/${project.body.organization}/members/?limit=100`);
    expect(members.status).toBe(200);
    expect(Object.keys(members.body)).toEqual(expect.arrayContaining(["next", "results"]));
    expect(members.body.results[0].user).toMatchObject({ id: expect.any(Number), email: expect.any(String) });
  });

  it.runIf(TARGETS_EMULATOR)("refuses 15-minute checks without the platform add-on (the emulator's organization has none)", async () => {
    const insight = await createInsight();
    const response = await contract.client.post("alerts/", alertBody(insight.id, { calculation_interval: "every_15_minutes" }));
    expect(response.body).toMatchObject({ attr: "calculation_interval", detail: "15-minute alert intervals require a Boost, Scale, or Enterprise platform add-on." });
  });
});
