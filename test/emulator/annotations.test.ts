import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotations } from "../../src/core/kinds/annotations.js";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator({ projects: [{ id: 1 }, { id: 2 }] });
});
afterAll(() => api.close());

describe("annotations", () => {
  it("lists the organization's organization-scoped annotations in every project, and an update moves one to the project that sends it", async () => {
    const shared = (await api.post("/api/projects/1/annotations/", { content: "Org-wide <!-- iac:annotations:launch -->", date_marker: "2024-05-01", scope: "organization" })).body;
    const own = (await api.post("/api/projects/1/annotations/", { content: "Project one only", date_marker: "2024-05-01", scope: "project" })).body;
    const fromTwo = (await api.get("/api/projects/2/annotations/")).body.results.map((row: { id: number }) => row.id);
    expect(fromTwo).toContain(shared.id);
    expect(fromTwo).not.toContain(own.id);
    expect((await api.get(`/api/projects/2/annotations/${own.id}/`)).status).toBe(404);
    // An organization-scoped annotation is never managed: two environments would take turns owning it.
    expect(annotations.identify(shared)).toBeUndefined();
    await api.patch(`/api/projects/2/annotations/${shared.id}/`, { scope: "project" });
    expect((await api.get(`/api/projects/1/annotations/${shared.id}/`)).status).toBe(404);
    expect((await api.get(`/api/projects/2/annotations/${shared.id}/`)).body.scope).toBe("project");
  });

  it("pages 1000 annotations by default and the client's limit otherwise", async () => {
    for (let i = 0; i < 3; i++) await api.post("/api/projects/1/annotations/", { content: `n${i}`, date_marker: `2024-01-0${i + 1}`, scope: "project" });
    const page = (await api.get("/api/projects/1/annotations/?limit=2")).body;
    expect(page.results).toHaveLength(2);
    expect(page.next).toContain("offset=2");
    const all = (await api.get("/api/projects/1/annotations/")).body;
    expect(all.next).toBeNull();
    expect(all.results.length).toBe(all.count);
  });

  it("hides an annotation attached to a soft-deleted insight until the insight is restored", async () => {
    const insight = (await api.post("/api/projects/1/insights/", { name: "Parent", query: { kind: "HogQLQuery", query: "select 1" } })).body;
    const attached = (await api.post("/api/projects/1/annotations/", { content: "on it", date_marker: "2024-05-01", scope: "dashboard_item", dashboard_item: insight.id })).body;
    expect(attached.insight_short_id).toBe(insight.short_id);
    await api.patch(`/api/projects/1/insights/${insight.id}/`, { deleted: true });
    expect((await api.get(`/api/projects/1/annotations/${attached.id}/`)).status).toBe(404);
    expect((await api.get("/api/projects/1/annotations/?scope=insight")).body.results.map((row: { id: number }) => row.id)).not.toContain(attached.id);
    const refused = await api.post("/api/projects/1/annotations/", { content: "late", date_marker: "2024-05-01", scope: "dashboard_item", dashboard_item: insight.id });
    expect(refused.body).toMatchObject({ attr: "dashboard_item", code: "does_not_exist" });
    await api.patch(`/api/projects/1/insights/${insight.id}/`, { deleted: false });
    expect((await api.get(`/api/projects/1/annotations/${attached.id}/`)).status).toBe(200);
  });
});
