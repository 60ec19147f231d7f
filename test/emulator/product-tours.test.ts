import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

const base = "/api/projects/1/product_tours/";
const post = (body: unknown) => api.post(base, body);

describe("product tours", () => {
  it("answers a server error for targeting on create (the model has no such field) and for a live tour's name taken, as the database constraint does", async () => {
    const targeting = { groups: [{ properties: [{ key: "plan", type: "person", value: ["pro"], operator: "exact" }] }] };
    expect((await post({ name: "Targeted", auto_launch: true, targeting_flag_filters: targeting })).status).toBe(500);
    expect((await api.get(`${base}?search=Targeted`)).body.results).toEqual([]);
    const first = await post({ name: "Taken" });
    expect(first.status).toBe(201);
    expect((await post({ name: "Taken" })).status).toBe(500);
    expect((await api.patch(`${base}${first.body.id}/`, { archived: true })).status).toBe(200);
    expect((await api.get(`${base}${first.body.id}/`)).status).toBe(404);
    expect((await post({ name: "Taken" })).status).toBe(201);
  });

  it("rewrites the flag's base properties when displayFrequency changes, keeping the user targeting, and deletes the flag with the tour", async () => {
    const created = await post({ name: "Frequency", auto_launch: true, start_date: "2026-07-01T09:00:00+02:00", content: { steps: [] } });
    expect(created.body).toMatchObject({ start_date: "2026-07-01T07:00:00Z", internal_targeting_flag: { active: true } });
    expect(created.body.internal_targeting_flag.key).toMatch(/^product-tour-targeting-frequency-[0-9a-f]{8}$/);
    const path = `${base}${created.body.id}/`;
    const user = { key: "plan", type: "person", value: ["pro"], operator: "exact" };
    await api.patch(path, { targeting_flag_filters: { groups: [{ rollout_percentage: 20, properties: [user] }] } });
    await api.patch(path, { content: { steps: [], displayFrequency: "always" } });
    const read = await api.get(path);
    expect(read.body.targeting_flag_filters).toEqual({ groups: [{ rollout_percentage: 20, properties: [user] }] });
    expect(read.body.internal_targeting_flag.filters.groups[0].properties).toEqual([user]);
    const flagId = read.body.internal_targeting_flag.id;
    expect((await api.patch(path, { end_date: "2026-08-01T00:00:00Z" })).body.internal_targeting_flag.active).toBe(false);
    expect((await api.delete(path)).status).toBe(204);
    expect((await api.get(`/api/projects/1/feature_flags/${flagId}/`)).status).toBe(404);
    expect((await api.get(`/api/environments/1/product_tours/`)).status).toBe(404);
  });
});
