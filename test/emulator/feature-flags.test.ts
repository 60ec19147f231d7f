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
  it("creates with PostHog defaults and normalised filters", async () => {
    const { body } = await createFlag({ name: "Beta", tags: ["Team-A", "team-a"] });
    expect(body).toMatchObject({
      name: "Beta",
      active: true,
      deleted: false,
      archived: false,
      version: 1,
      ensure_experience_continuity: false,
      evaluation_runtime: "all",
      bucketing_identifier: "distinct_id",
      is_remote_configuration: false,
      tags: ["team-a"],
      experiment_set: [],
      is_eligible_for_experiment: false,
      filters: { groups: [{ properties: [], rollout_percentage: 50, aggregation_group_type_index: null }], aggregation_group_type_index: null },
    });
    expect(body.created_by).toMatchObject({ id: 1 });
  });

  it("requires a valid, unique key", async () => {
    const missing = await api.post(`${base}/`, { filters: { groups: [rolloutGroup] } });
    expect(missing.body).toEqual({ type: "validation_error", code: "required", detail: "This field is required.", attr: "key" });
    const invalid = await api.post(`${base}/`, { key: "has space", filters: { groups: [rolloutGroup] } });
    expect(invalid.body).toEqual({
      type: "validation_error",
      code: "invalid_key",
      detail: "Only letters, numbers, hyphens (-) & underscores (_) are allowed.",
      attr: "key",
    });
    const { key } = await createFlag();
    const duplicate = await api.post(`${base}/`, { key, filters: { groups: [rolloutGroup] } });
    expect(duplicate.body).toEqual({ type: "validation_error", code: "unique", detail: "There is already a feature flag with this key.", attr: "key" });
  });

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

  it("enforces cross-field rules: variant sums, payload keys, group variants", async () => {
    const sum = await api.post(`${base}/`, {
      key: uniqueKey(),
      filters: { groups: [rolloutGroup], multivariate: { variants: [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 40 }] } },
    });
    expect(sum.body).toEqual({
      type: "validation_error",
      code: "cross_field.variant_rollout_sum_not_100",
      detail: "multivariate.variants: Variant rollout percentages must sum to 100, got 90.",
      attr: "filters",
    });
    const payload = await api.post(`${base}/`, { key: uniqueKey(), filters: { groups: [rolloutGroup], payloads: { false: "1" } } });
    expect(payload.body.code).toBe("cross_field.payload_key_not_true");
    const groupVariant = await api.post(`${base}/`, { key: uniqueKey(), filters: { groups: [{ ...rolloutGroup, variant: "nope" }] } });
    expect(groupVariant.body.code).toBe("cross_field.group_variant_not_a_variant");
  });

  it("stores payload values as JSON strings in Python's json.dumps format", async () => {
    const { body } = await createFlag({ filters: { groups: [rolloutGroup], payloads: { true: { a: 1, b: [true, null] } } } });
    expect((body.filters as { payloads: unknown }).payloads).toEqual({ true: '{"a": 1, "b": [true, null]}' });
    const invalid = await api.post(`${base}/`, { key: uniqueKey(), filters: { groups: [rolloutGroup], payloads: { true: "{not json" } } });
    expect(invalid.body).toMatchObject({ attr: "filters", detail: "payloads: Payload for key 'true' is not valid JSON." });
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
  it("replaces only the top-level filter keys sent and bumps version on every update", async () => {
    const { id } = await createFlag({ filters: { groups: [{ properties: [], rollout_percentage: 30 }] } });
    const renamed = await api.patch(`${base}/${id}/`, { name: "Renamed" });
    expect(renamed.body.version).toBe(2);
    const variants = { variants: [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 50 }] };
    const merged = await api.patch(`${base}/${id}/`, { filters: { multivariate: variants } });
    expect(merged.body.version).toBe(3);
    expect(merged.body.filters.groups).toEqual([{ properties: [], rollout_percentage: 30, aggregation_group_type_index: null }]);
    expect(merged.body.filters.multivariate).toEqual(variants);
    const noop = await api.patch(`${base}/${id}/`, { filters: {} });
    expect(noop.body.filters).toEqual(merged.body.filters);
    expect(noop.body.version).toBe(4);
    const cleared = await api.patch(`${base}/${id}/`, { filters: { groups: [] } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.filters.groups).toEqual([]);
  });

  it("answers 409 when a stale version conflicts with a newer change", async () => {
    const { id } = await createFlag({ name: "Original" });
    await api.patch(`${base}/${id}/`, { name: "Changed elsewhere" });
    const stale = await api.patch(`${base}/${id}/`, { version: 1, name: "Mine", original_flag: { name: "Original" } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ type: "invalid_request", code: "conflict" });
    const unchecked = await api.patch(`${base}/${id}/`, { version: -1, name: "Mine" });
    expect(unchecked.status).toBe(200);
  });

  it("soft-deletes: visible by id with deleted true, hidden from the list, key reusable", async () => {
    const { id, key } = await createFlag();
    expect((await api.delete(`${base}/${id}/`)).status).toBe(405);
    expect((await api.patch(`${base}/${id}/`, { key, deleted: true })).body.deleted).toBe(true);
    const fetched = await api.get(`${base}/${id}/`);
    expect(fetched.status).toBe(200);
    expect(fetched.body.deleted).toBe(true);
    const listed = await api.get(`${base}/?search=${key}`);
    expect(listed.body.results).toEqual([]);
    const reused = await api.post(`${base}/`, { key, filters: { groups: [rolloutGroup] } });
    expect(reused.status).toBe(201);
    expect((await api.get(`${base}/${id}/`)).status).toBe(404);
  });

  it("hides archived flags from the list unless ?archived=true", async () => {
    const { id, key } = await createFlag();
    await api.patch(`${base}/${id}/`, { active: false, archived: true });
    expect((await api.get(`${base}/?search=${key}`)).body.count).toBe(0);
    expect((await api.get(`${base}/?search=${key}&archived=true`)).body.count).toBe(1);
    const enable = await api.patch(`${base}/${id}/`, { active: true });
    expect(enable.body.detail).toBe("Cannot enable an archived feature flag. Unarchive it first.");
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
