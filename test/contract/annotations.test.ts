import { describe, expect, it } from "vitest";
import { RUN_PREFIX, softDelete, TRENDS_QUERY, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

async function createAnnotation(body: Record<string, unknown>) {
  const response = await contract.client.post("annotations/", { content: uniqueName("annotation"), date_marker: "2024-05-01T09:30:00Z", scope: "project", ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`annotation ${response.body.id}`, () => softDelete(contract.client, `annotations/${response.body.id}/`));
  return response.body;
}

async function createDashboard() {
  const response = await contract.client.post("dashboards/", { name: uniqueName("dashboard") });
  expect(response.status).toBe(201);
  contract.cleanup.add(`dashboard ${response.body.id}`, () => softDelete(contract.client, `dashboards/${response.body.id}/`));
  return response.body;
}

describe("contract: annotations", () => {
  it("creates with the model's defaults, trims the content, writes date markers in UTC and stores a blank emoji as null", async () => {
    const content = uniqueName("annotation");
    const created = await createAnnotation({ content: `  ${content}\n`, date_marker: "2024-05-01T11:30:00+02:00", emoji: "" });
    expect(created).toMatchObject({ content, date_marker: "2024-05-01T09:30:00Z", scope: "project", creation_type: "USR", emoji: null, hidden_in_user_interface: null, deleted: false, dashboard_id: null, dashboard_item: null, dashboard_name: null, insight_short_id: null });
    expect(created).not.toHaveProperty("team_id");
    const dateOnly = await createAnnotation({ date_marker: "2024-05-02" });
    expect(dateOnly.date_marker).toBe("2024-05-02T00:00:00Z");
    const fraction = await createAnnotation({ date_marker: "2024-05-02T10:00:00.5" });
    expect(fraction.date_marker).toBe("2024-05-02T10:00:00.500000Z");
    // Without a scope, the model's default applies: the insight's (`Scope.INSIGHT`).
    const unscoped = await contract.client.post("annotations/", { content: uniqueName("annotation"), date_marker: "2024-05-01T00:00:00Z" });
    expect(unscoped.status).toBe(201);
    contract.cleanup.add(`annotation ${unscoped.body.id}`, () => softDelete(contract.client, `annotations/${unscoped.body.id}/`));
    expect(unscoped.body.scope).toBe("dashboard_item");
    const updated = await contract.client.patch(`annotations/${created.id}/`, { emoji: "🚀", hidden_in_user_interface: true, creation_type: "GIT" });
    expect(updated.body).toMatchObject({ emoji: "🚀", hidden_in_user_interface: true, creation_type: "GIT", content });
  });

  it("refuses a bad date marker, a deprecated scope, a dashboard of no project and an emoji over 16 characters", async () => {
    const base = { content: uniqueName("annotation"), scope: "project" };
    const badDate = await contract.client.post("annotations/", { ...base, date_marker: "May 1st" });
    expect(badDate.status).toBe(400);
    expect(badDate.body).toMatchObject({ attr: "date_marker", code: "invalid_input", detail: "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]." });
    const recording = await contract.client.post("annotations/", { ...base, date_marker: "2024-05-01", scope: "recording" });
    expect(recording.status).toBe(400);
    expect(recording.body.detail).toBe("Recording scope is deprecated");
    const noDashboard = await contract.client.post("annotations/", { ...base, date_marker: "2024-05-01", scope: "dashboard", dashboard_id: 2_000_000_000 });
    expect(noDashboard.status).toBe(400);
    expect(noDashboard.body).toMatchObject({ attr: "dashboard_id", detail: "Dashboard not found." });
    const longEmoji = await contract.client.post("annotations/", { ...base, date_marker: "2024-05-01", emoji: "x".repeat(17) });
    expect(longEmoji.status).toBe(400);
    expect(longEmoji.body.attr).toBe("emoji");
  });

  it("answers DELETE with 405, soft-deletes and restores by PATCH, and hides deleted annotations from reads and the list", async () => {
    const created = await createAnnotation({});
    expect((await contract.client.delete(`annotations/${created.id}/`)).status).toBe(405);
    const deleted = await contract.client.patch(`annotations/${created.id}/`, { deleted: true });
    expect(deleted.status).toBe(200);
    expect(deleted.body.deleted).toBe(true);
    expect((await contract.client.get(`annotations/${created.id}/`)).status).toBe(404);
    const listed = await contract.client.get(`annotations/?search=${encodeURIComponent(created.content)}`);
    expect(listed.body.results).toEqual([]);
    const restored = await contract.client.patch(`annotations/${created.id}/`, { deleted: false });
    expect(restored.status).toBe(200);
    expect((await contract.client.get(`annotations/${created.id}/`)).body.deleted).toBe(false);
  });

  it("attaches to a dashboard by id, names it, and hides the annotation while the dashboard is soft-deleted", async () => {
    const dashboard = await createDashboard();
    const created = await createAnnotation({ scope: "dashboard", dashboard_id: dashboard.id });
    expect(created).toMatchObject({ scope: "dashboard", dashboard_id: dashboard.id, dashboard_name: dashboard.name, dashboard_item: null });
    expect((await contract.client.patch(`dashboards/${dashboard.id}/`, { deleted: true })).status).toBe(200);
    expect((await contract.client.get(`annotations/${created.id}/`)).status).toBe(404);
    expect((await contract.client.patch(`annotations/${created.id}/`, { content: "edited" })).status).toBe(404);
    expect((await contract.client.patch(`dashboards/${dashboard.id}/`, { deleted: false })).status).toBe(200);
    expect((await contract.client.get(`annotations/${created.id}/`)).body.dashboard_id).toBe(dashboard.id);
    const moved = await contract.client.patch(`annotations/${created.id}/`, { scope: "project", dashboard_id: null });
    expect(moved.body).toMatchObject({ scope: "project", dashboard_id: null, dashboard_name: null });
  });

  it("attaches to an insight by id and reads back its short id and name", async () => {
    const insight = await contract.client.post("insights/", { name: uniqueName("insight"), query: TRENDS_QUERY, saved: true });
    expect(insight.status).toBe(201);
    contract.cleanup.add(`insight ${insight.body.id}`, () => softDelete(contract.client, `insights/${insight.body.id}/`));
    const created = await createAnnotation({ scope: "dashboard_item", dashboard_item: insight.body.id });
    expect(created).toMatchObject({ scope: "dashboard_item", dashboard_item: insight.body.id, insight_short_id: insight.body.short_id, insight_name: insight.body.name });
    const missing = await contract.client.post("annotations/", { content: uniqueName("annotation"), date_marker: "2024-05-01", scope: "dashboard_item", dashboard_item: 2_000_000_000 });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ attr: "dashboard_item", code: "does_not_exist", detail: 'Invalid pk "2000000000" - object does not exist.' });
  });

  it("lists newest date marker first as a limit/offset page", async () => {
    const older = await createAnnotation({ date_marker: "2023-01-01T00:00:00Z" });
    const newer = await createAnnotation({ date_marker: "2025-01-01T00:00:00Z" });
    const listed = await contract.client.get(`annotations/?search=${encodeURIComponent(RUN_PREFIX)}&limit=1000`);
    expect(listed.status).toBe(200);
    expect(Object.keys(listed.body).sort()).toEqual(["count", "next", "previous", "results"]);
    const ids = listed.body.results.map((annotation: { id: number }) => annotation.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(ids.indexOf(older.id)).toBeGreaterThanOrEqual(0);
  });
});
