import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;
const base = "/api/projects/1/feature_flags";
const rolloutGroup = { properties: [], rollout_percentage: 50 };
let counter = 0;

function uniqueKey(prefix = "flag"): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

async function createFlag(body: Record<string, unknown> = {}): Promise<{ id: number; key: string; body: Record<string, unknown> }> {
  const key = (body.key as string | undefined) ?? uniqueKey();
  const response = await api.post(`${base}/`, { key, filters: { groups: [rolloutGroup] }, ...body });
  expect(response.status).toBe(201);
  return { id: response.body.id, key, body: response.body };
}

describe("feature flags: create and validate", () => {
  it("requires at least one condition group on create", async () => {
    const response = await api.post(`${base}/`, { key: uniqueKey(), filters: { groups: [] } });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ attr: "filters", detail: "Feature flags must have at least one condition set (group)." });
  });

  it("reads a flag created without filters back in the legacy shape", async () => {
    const response = await api.post(`${base}/`, { key: uniqueKey() });
    expect(response.status).toBe(201);
    expect(response.body.filters).toEqual({ groups: [{ properties: [], rollout_percentage: null }] });
  });

  it("reports structural violations on attr filters with a rule id code", async () => {
    const response = await api.post(`${base}/`, { key: uniqueKey(), filters: { groups: [{ properties: [], rollout_percentage: 150 }] } });
    expect(response.body).toEqual({
      type: "validation_error",
      code: "structural.groups[].rollout_percentage.max_value",
      detail: "groups[0].rollout_percentage: Ensure this value is less than or equal to 100.",
      attr: "filters",
    });
    const badVariant = await api.post(`${base}/`, {
      key: uniqueKey(),
      filters: { groups: [rolloutGroup], multivariate: { variants: [{ key: "a b", rollout_percentage: 100 }] } },
    });
    expect(badVariant.body.code).toBe("structural.multivariate.variants[].key.invalid");
  });

  it("requires cohort properties to reference an existing cohort", async () => {
    const response = await api.post(`${base}/`, {
      key: uniqueKey(),
      filters: { groups: [{ properties: [{ key: "id", type: "cohort", value: 99999 }], rollout_percentage: 100 }] },
    });
    expect(response.body).toEqual({ type: "validation_error", code: "cohort_does_not_exist", detail: "Cohort with id 99999 does not exist", attr: "filters" });
  });

  it("rejects archiving an enabled flag", async () => {
    const response = await api.post(`${base}/`, { key: uniqueKey(), archived: true, filters: { groups: [rolloutGroup] } });
    expect(response.body.detail).toBe("Cannot archive an enabled feature flag. Disable it first, or send active: false in the same request.");
  });
});

describe("feature flags: update semantics", () => {
  it("answers 409 when a stale version conflicts with a newer change", async () => {
    const { id } = await createFlag({ name: "Original" });
    await api.patch(`${base}/${id}/`, { name: "Changed elsewhere" });
    const stale = await api.patch(`${base}/${id}/`, { version: 1, name: "Mine", original_flag: { name: "Original" } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ type: "invalid_request", code: "conflict" });
    const unchecked = await api.patch(`${base}/${id}/`, { version: -1, name: "Mine" });
    expect(unchecked.status).toBe(200);
  });

  it("blocks disabling a flag other active flags depend on", async () => {
    const dependency = await createFlag();
    await createFlag({
      filters: { groups: [{ properties: [{ key: String(dependency.id), type: "flag", operator: "flag_evaluates_to", value: true }], rollout_percentage: 100 }] },
    });
    const response = await api.patch(`${base}/${dependency.id}/`, { active: false });
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain("Cannot disable this feature flag because other flags depend on it");
  });

  it("supports bulk tag updates", async () => {
    const first = await createFlag({ tags: ["keep"] });
    const response = await api.post(`${base}/bulk_update_tags/`, { ids: [first.id, 999999], action: "add", tags: ["New"] });
    expect(response.body).toEqual({ updated: [{ id: first.id, tags: ["keep", "new"] }], skipped: [{ id: 999999, reason: "Not found or no edit access" }] });
  });

  it("is not routed under /api/environments", async () => {
    const response = await api.get("/api/environments/1/feature_flags/");
    expect(response.status).toBe(404);
    expect(response.body.detail).toBe("Endpoint not found.");
  });
});
