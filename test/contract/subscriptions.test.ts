import { describe, expect, it } from "vitest";
import { softDelete, TRENDS_QUERY, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

async function createInsight(extra: Record<string, unknown> = {}) {
  const response = await contract.client.post("insights/", { name: uniqueName("insight"), query: TRENDS_QUERY, saved: true, ...extra });
  expect(response.status).toBe(201);
  contract.cleanup.add(`insight ${response.body.id}`, () => softDelete(contract.client, `insights/${response.body.id}/`));
  return response.body;
}

async function createDashboard() {
  const response = await contract.client.post("dashboards/", { name: uniqueName("dashboard") });
  expect(response.status).toBe(201);
  contract.cleanup.add(`dashboard ${response.body.id}`, () => softDelete(contract.client, `dashboards/${response.body.id}/`));
  return response.body;
}

const schedule = { target_type: "email", target_value: "nobody@example.com", frequency: "weekly", start_date: "2025-01-06T09:00:00Z", enabled: false };

async function createSubscription(body: Record<string, unknown>) {
  const response = await contract.client.post("subscriptions/", { title: uniqueName("subscription"), ...schedule, ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`subscription ${response.body.id}`, () => softDelete(contract.client, `subscriptions/${response.body.id}/`));
  return response.body;
}

describe("contract: subscriptions", () => {
  it("creates an insight subscription with the model's defaults, a computed summary and next delivery, and never returns invite_message", async () => {
    const insight = await createInsight();
    const created = await createSubscription({ insight: insight.id, byweekday: ["monday"], bysetpos: 1, frequency: "monthly", invite_message: "hello" });
    expect(created).toMatchObject({
      content_type: "insight",
      insight: insight.id,
      insight_short_id: insight.short_id,
      dashboard: null,
      dashboard_export_insights: [],
      interval: 1,
      count: null,
      until_date: null,
      start_date: "2025-01-06T09:00:00Z",
      summary: "sent every month on the first Monday",
      invite_message: null,
      integration_id: null,
      deleted: false,
      enabled: false,
    });
    // The first Monday of a month after now, at the start date's time of day.
    const next = new Date(created.next_delivery_date);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect([next.getUTCDay(), next.getUTCHours(), next.getUTCDate() <= 7]).toEqual([1, 9, true]);
  });

  it("refuses what SubscriptionSerializer.validate refuses", async () => {
    const insight = await createInsight();
    const dashboard = await createDashboard();
    const refused = async (body: Record<string, unknown>) => {
      const response = await contract.client.post("subscriptions/", { title: uniqueName("subscription"), ...schedule, ...body });
      expect(response.status).toBe(400);
      return response.body;
    };
    expect(await refused({})).toMatchObject({ attr: "insight", detail: "Insight is required for insight subscriptions." });
    // Without content_type, a dashboard makes it a dashboard subscription.
    expect(await refused({ insight: insight.id, dashboard: dashboard.id })).toMatchObject({ attr: null, detail: "Dashboard subscriptions cannot also set insight or prompt." });
    expect(await refused({ content_type: "insight", insight: insight.id, dashboard: dashboard.id })).toMatchObject({ attr: "insight", detail: "Insight subscriptions cannot also set dashboard or prompt." });
    expect(await refused({ dashboard: dashboard.id })).toMatchObject({ attr: "dashboard_export_insights", detail: "Select at least one insight for this subscription." });
    expect(await refused({ dashboard: dashboard.id, dashboard_export_insights: [insight.id] })).toMatchObject({ attr: "dashboard_export_insights", detail: "1 invalid insight(s) selected." });
    expect(await refused({ insight: insight.id, target_type: "slack", target_value: "#general" })).toMatchObject({ attr: "integration_id", detail: "A Slack integration is required for Slack subscriptions." });
    expect(await refused({ insight: insight.id, target_type: "webhook", target_value: "http://localhost:8000/hook" })).toMatchObject({ attr: "target_value", detail: "Invalid webhook URL: Local/Loopback host not allowed" });
    expect(await refused({ insight: insight.id, until_date: "2025-01-07T00:00:00Z" })).toMatchObject({
      attr: "start_date",
      detail: "Subscription schedule has reached its end date. Extend until_date or remove count.",
    });
    expect(await refused({ insight: insight.id, frequency: "hourly" })).toMatchObject({ attr: "frequency", code: "invalid_choice" });
    expect(await refused({ insight: insight.id, title: "x".repeat(101) })).toMatchObject({ attr: "title", code: "max_length" });
    expect(await refused({ insight: insight.id, start_date: undefined })).toMatchObject({ attr: "start_date", code: "required" });
  });

  it("delivers a dashboard's selected insights, and cannot switch to an insight", async () => {
    const dashboard = await createDashboard();
    const first = await createInsight({ dashboards: [dashboard.id] });
    const second = await createInsight({ dashboards: [dashboard.id] });
    const created = await createSubscription({ dashboard: dashboard.id, dashboard_export_insights: [second.id, first.id] });
    expect(created).toMatchObject({ content_type: "dashboard", dashboard: dashboard.id, insight: null, insight_short_id: null });
    expect([...created.dashboard_export_insights].sort()).toEqual([first.id, second.id].sort());
    const narrowed = await contract.client.patch(`subscriptions/${created.id}/`, { dashboard_export_insights: [first.id] });
    expect(narrowed.body.dashboard_export_insights).toEqual([first.id]);
    const switched = await contract.client.patch(`subscriptions/${created.id}/`, { content_type: "insight" });
    expect(switched.body).toMatchObject({ attr: "content_type", detail: "content_type cannot be changed after the subscription is created." });
    expect((await contract.client.patch(`subscriptions/${created.id}/`, { insight: first.id })).body).toMatchObject({ detail: "Dashboard subscriptions cannot also set insight or prompt." });
  });

  it("answers DELETE with 405; a soft delete leaves the list but is still read and restored by id", async () => {
    const insight = await createInsight();
    const created = await createSubscription({ insight: insight.id });
    expect((await contract.client.delete(`subscriptions/${created.id}/`)).status).toBe(405);
    expect((await contract.client.patch(`subscriptions/${created.id}/`, { deleted: true })).status).toBe(200);
    const listed = await contract.client.get(`subscriptions/?insight=${insight.id}`);
    expect(listed.body.results).toEqual([]);
    expect((await contract.client.get(`subscriptions/?insight=${insight.id}&deleted=true`)).body.results.map((row: { id: number }) => row.id)).toEqual([created.id]);
    expect((await contract.client.get(`subscriptions/${created.id}/`)).body).toMatchObject({ id: created.id, deleted: true });
    expect((await contract.client.patch(`subscriptions/${created.id}/`, { deleted: false })).body.deleted).toBe(false);
  });

  it("recomputes the summary and the next delivery when the schedule changes", async () => {
    const insight = await createInsight();
    const created = await createSubscription({ insight: insight.id, frequency: "daily" });
    expect(created.summary).toBe("sent every day");
    const edited = await contract.client.patch(`subscriptions/${created.id}/`, { frequency: "weekly", interval: 2, byweekday: ["friday"], bysetpos: -1 });
    expect(edited.status).toBe(200);
    expect(edited.body.summary).toBe("sent every 2 weeks on the last Friday");
    expect(new Date(edited.body.next_delivery_date).getUTCDay()).toBe(5);
  });
});
