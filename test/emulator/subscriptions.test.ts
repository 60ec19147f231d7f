import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nextOccurrence, type Schedule } from "../../src/emulator/resources/subscription-schedule.js";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator({ projects: [{ id: 1 }, { id: 2 }] });
});
afterAll(() => api.close());

const schedule = (fields: Partial<Schedule>): Schedule => ({ frequency: "weekly", interval: 1, count: null, start_date: "2025-01-06T09:00:00Z", until_date: null, byweekday: null, bysetpos: null, ...fields });
const at = (iso: string) => Date.parse(iso);

describe("subscription schedules (dateutil's rrule as Subscription.rrule builds it)", () => {
  it("keeps the start's time of day and weekday, and steps by the interval", () => {
    // 2025-01-06 is a Monday.
    expect(nextOccurrence(schedule({}), at("2025-01-07T00:00:00Z"))).toBe("2025-01-13T09:00:00Z");
    expect(nextOccurrence(schedule({ interval: 2 }), at("2025-01-07T00:00:00Z"))).toBe("2025-01-20T09:00:00Z");
    expect(nextOccurrence(schedule({ frequency: "daily", interval: 3 }), at("2025-01-06T09:00:00Z"))).toBe("2025-01-09T09:00:00Z");
    expect(nextOccurrence(schedule({ byweekday: ["monday", "friday"] }), at("2025-01-06T10:00:00Z"))).toBe("2025-01-10T09:00:00Z");
  });

  it("picks the bysetpos-th weekday of each month, and skips months without the start's day", () => {
    expect(nextOccurrence(schedule({ frequency: "monthly", byweekday: ["friday"], bysetpos: -1 }), at("2025-01-06T00:00:00Z"))).toBe("2025-01-31T09:00:00Z");
    expect(nextOccurrence(schedule({ frequency: "monthly", byweekday: ["monday"], bysetpos: 1 }), at("2025-01-07T00:00:00Z"))).toBe("2025-02-03T09:00:00Z");
    expect(nextOccurrence(schedule({ frequency: "monthly", start_date: "2025-01-31T09:00:00Z" }), at("2025-02-01T00:00:00Z"))).toBe("2025-03-31T09:00:00Z");
  });

  it("ends after count deliveries or at until_date", () => {
    expect(nextOccurrence(schedule({ count: 2 }), at("2025-01-07T00:00:00Z"))).toBe("2025-01-13T09:00:00Z");
    expect(nextOccurrence(schedule({ count: 2 }), at("2025-01-14T00:00:00Z"))).toBeNull();
    expect(nextOccurrence(schedule({ until_date: "2025-01-13T09:00:00Z" }), at("2025-01-13T08:00:00Z"))).toBe("2025-01-13T09:00:00Z");
    expect(nextOccurrence(schedule({ until_date: "2025-01-13T08:59:00Z" }), at("2025-01-07T00:00:00Z"))).toBeNull();
  });
});

describe("subscriptions", () => {
  async function insightOn(project: number, dashboard?: number) {
    const body = { name: "Signups", query: { kind: "HogQLQuery", query: "select 1" }, ...(dashboard === undefined ? {} : { dashboards: [dashboard] }) };
    return (await api.post(`/api/projects/${project}/insights/`, body)).body;
  }
  const base = { target_type: "email", target_value: "a@example.com", frequency: "daily", start_date: "2025-01-06T09:00:00Z" };

  it("refuses another project's insight, a Slack target without a connected integration, and a soft-deleted dashboard insight", async () => {
    const foreign = await insightOn(2);
    expect((await api.post("/api/projects/1/subscriptions/", { ...base, insight: foreign.id })).body).toMatchObject({ attr: "insight", detail: "This insight does not belong to your team." });
    const own = await insightOn(1);
    // The emulator's projects connect no integrations, so any id is unknown.
    expect((await api.post("/api/projects/1/subscriptions/", { ...base, insight: own.id, target_type: "slack", target_value: "#general", integration_id: 5 })).body).toMatchObject({
      attr: "integration_id",
      detail: "This integration does not exist or does not belong to your team.",
    });
    const dashboard = (await api.post("/api/projects/1/dashboards/", { name: "Growth" })).body;
    const tile = await insightOn(1, dashboard.id);
    await api.patch(`/api/projects/1/insights/${tile.id}/`, { deleted: true });
    expect((await api.post("/api/projects/1/subscriptions/", { ...base, dashboard: dashboard.id, dashboard_export_insights: [tile.id] })).body).toMatchObject({ detail: "1 invalid insight(s) selected." });
  });

  it("keeps the next delivery while the schedule is unchanged, and refuses an update that ends it", async () => {
    const insight = await insightOn(1);
    const created = (await api.post("/api/projects/1/subscriptions/", { ...base, insight: insight.id, invite_message: "hi" })).body;
    expect(created.invite_message).toBeNull();
    const retitled = (await api.patch(`/api/projects/1/subscriptions/${created.id}/`, { title: "Renamed" })).body;
    expect(retitled.next_delivery_date).toBe(created.next_delivery_date);
    const ended = await api.patch(`/api/projects/1/subscriptions/${created.id}/`, { until_date: "2025-01-07T00:00:00Z" });
    expect(ended.body).toMatchObject({ attr: null, detail: "Subscription schedule has reached its end date. Extend until_date or remove count." });
    // A paused subscription takes any schedule, and re-enabling it checks the schedule again.
    expect((await api.patch(`/api/projects/1/subscriptions/${created.id}/`, { enabled: false })).status).toBe(200);
    expect((await api.patch(`/api/projects/1/subscriptions/${created.id}/`, { until_date: "2025-01-07T00:00:00Z" })).status).toBe(200);
    expect((await api.patch(`/api/projects/1/subscriptions/${created.id}/`, { enabled: true })).body).toMatchObject({ attr: "enabled", detail: "Subscription schedule has reached its end date. Extend until_date or remove count before re-enabling." });
  });
});
