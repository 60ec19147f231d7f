import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let staff: TestApi;
let customer: TestApi;

beforeAll(async () => {
  staff = await startTestEmulator({ keys: [{ key: "phx_all", scopes: ["*"] }, { key: "phx_read", scopes: ["dashboard_template:read"] }] });
  customer = await startTestEmulator({ staffUser: false, keys: [{ key: "phx_all", scopes: ["*"] }] });
});
afterAll(async () => {
  await staff.close();
  await customer.close();
});

const key = { key: "phx_all" };
const tiles = [{ type: "TEXT", body: "Hello", layouts: {} }];
const base = "/api/projects/1/dashboard_templates/";

describe("dashboard templates", () => {
  it("creates a team template, lists it with the global ones, keeps names unique and soft-deletes with PATCH", async () => {
    const created = await staff.post(base, { template_name: "Growth", dashboard_description: "  Weekly  ", tiles, tags: ["kpi"] }, key);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ template_name: "Growth", dashboard_description: "Weekly", tiles, tags: ["kpi"], scope: "team", team_id: 1, deleted: null, is_featured: false, dashboard_filters: null, variables: null });
    const listed = (await staff.get(base, key)).body.results as { id: string; team_id: number | null; scope: string }[];
    expect(listed.map((row) => row.id)).toContain(created.body.id);
    expect(listed.some((row) => row.team_id === null && row.scope === "global")).toBe(true);
    expect((await staff.get(`${base}?scope=global`, key)).body.results.every((row: { scope: string }) => row.scope === "global")).toBe(true);
    const duplicate = await staff.post(base, { template_name: "Growth", tiles }, key);
    expect(duplicate.status).toBe(400);
    expect(duplicate.body).toMatchObject({ attr: "template_name", detail: "A dashboard template with this name already exists for this project." });
    expect((await staff.delete(`${base}${created.body.id}/`, key)).status).toBe(405);
    expect((await staff.patch(`${base}${created.body.id}/`, { deleted: true }, key)).status).toBe(200);
    expect((await staff.get(`${base}${created.body.id}/`, key)).status).toBe(404);
    expect((await staff.post(base, { template_name: "Growth", tiles }, key)).status).toBe(201);
  });

  it("refuses a template without tiles, and a global template made private", async () => {
    const empty = await staff.post(base, { template_name: "Empty", tiles: [] }, key);
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ attr: null, detail: "You need to provide tiles for the template." });
    expect((await staff.post(base, { template_name: "No tiles" }, key)).status).toBe(500);
    const global = ((await staff.get(`${base}?scope=global`, key)).body.results as { id: string }[])[0]!;
    const refused = await staff.patch(`${base}${global.id}/`, { scope: "team" }, key);
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toBe("The original templates cannot be made private as they would be lost.");
  });

  it("lets only staff write (OnlyStaffCanEditDashboardTemplate), and says in /api/users/@me/ whether the user is staff", async () => {
    expect((await customer.get(base, key)).status).toBe(200);
    const refused = await customer.post(base, { template_name: "Growth", tiles }, key);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ detail: "You don't have edit permissions for this dashboard template." });
    expect((await customer.delete(`${base}anything/`, key)).status).toBe(403);
    expect((await customer.get("/api/users/@me/", key)).body).toMatchObject({ is_staff: false, email: "emulator@posthog.local" });
    expect((await staff.get("/api/users/@me/", key)).body).toMatchObject({ is_staff: true });
    expect((await staff.get("/api/users/@me/", { key: "phx_read" })).status).toBe(403);
    expect((await staff.post(base, { template_name: "Read only", tiles }, { key: "phx_read" })).status).toBe(403);
  });
});
