import { describe, expect, it } from "vitest";
import { softDelete, uniqueName, useContractTarget } from "./harness.js";

const group = { properties: [], rollout_percentage: 25 };
const contract = useContractTarget();

async function createFlag(body: Record<string, unknown> = {}): Promise<any> {
  const key = (body.key as string | undefined) ?? uniqueName("flag");
  const response = await contract.client.post("feature_flags/", { key, name: "Contract flag", active: false, filters: { groups: [group] }, ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`flag ${response.body.id}`, () => softDelete(contract.client, `feature_flags/${response.body.id}/`, { key: response.body.key }));
  return response.body;
}

describe("contract: feature flags", () => {
  it("creates with version 1 and PostHog's defaults, and reads back the stored filters", async () => {
    const flag = await createFlag({ tags: [" Contract ", "contract"] });
    expect(flag).toMatchObject({
      name: "Contract flag",
      version: 1,
      active: false,
      deleted: false,
      archived: false,
      ensure_experience_continuity: false,
      evaluation_runtime: "all",
      bucketing_identifier: "distinct_id",
      is_remote_configuration: false,
      tags: ["contract"],
      experiment_set: [],
      is_eligible_for_experiment: false,
      filters: { groups: [{ properties: [], rollout_percentage: 25, aggregation_group_type_index: null }], aggregation_group_type_index: null },
    });
    if (contract.target.isEmulator) expect(flag.created_by).toMatchObject({ id: 1 });
    expect((await contract.client.get(`feature_flags/${flag.id}/`)).body.key).toBe(flag.key);
  });

  it("requires a valid, unique key", async () => {
    const missing = await contract.client.post("feature_flags/", { active: false, filters: { groups: [group] } });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ type: "validation_error", code: "required", detail: "This field is required.", attr: "key" });
    const invalid = await contract.client.post("feature_flags/", { key: `${uniqueName("flag")} has space`, active: false, filters: { groups: [group] } });
    expect(invalid.body).toEqual({ type: "validation_error", code: "invalid_key", detail: "Only letters, numbers, hyphens (-) & underscores (_) are allowed.", attr: "key" });
    const flag = await createFlag();
    const duplicate = await contract.client.post("feature_flags/", { key: flag.key, active: false, filters: { groups: [group] } });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body).toEqual({ type: "validation_error", code: "unique", detail: "There is already a feature flag with this key.", attr: "key" });
  });

  it("increments version on every update, even one that changes nothing", async () => {
    const flag = await createFlag();
    const first = await contract.client.patch(`feature_flags/${flag.id}/`, { name: "Renamed once" });
    const second = await contract.client.patch(`feature_flags/${flag.id}/`, { name: "Renamed twice" });
    const unchanged = await contract.client.patch(`feature_flags/${flag.id}/`, { filters: {} });
    expect(first.body.version).toBe(flag.version + 1);
    expect(second.body.version).toBe(flag.version + 2);
    expect(unchanged.body.version).toBe(flag.version + 3);
  });

  it("replaces only the top-level filter keys a PATCH sends", async () => {
    const flag = await createFlag();
    const variants = [
      { key: "control", name: "Control", rollout_percentage: 50 },
      { key: "test", name: "Test", rollout_percentage: 50 },
    ];
    const patched = await contract.client.patch(`feature_flags/${flag.id}/`, { filters: { multivariate: { variants } } });
    expect(patched.status).toBe(200);
    expect(patched.body.filters.groups).toEqual([expect.objectContaining({ properties: [], rollout_percentage: 25 })]);
    expect(patched.body.filters.multivariate.variants).toEqual(variants);
    const unchanged = await contract.client.patch(`feature_flags/${flag.id}/`, { filters: {} });
    expect(unchanged.body.filters).toEqual(patched.body.filters);
    // Only a create needs a condition group.
    const cleared = await contract.client.patch(`feature_flags/${flag.id}/`, { filters: { groups: [] } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.filters.groups).toEqual([]);
  });

  // While PostHog rolls its filter rules out, a real project may answer with the flat messages of its serde guard: only attr is asserted there.
  it("rejects cross-field violations on attr filters: variant sums, payload keys, group variants", async () => {
    const reject = async (filters: Record<string, unknown>) => {
      const response = await contract.client.post("feature_flags/", { key: uniqueName("flag"), active: false, filters: { groups: [group], ...filters } });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ type: "validation_error", attr: "filters" });
      return response.body;
    };
    const sum = await reject({ multivariate: { variants: [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 40 }] } });
    const payload = await reject({ payloads: { false: "1" } });
    const groupVariant = await reject({ groups: [{ ...group, variant: "nope" }] });
    if (contract.target.isEmulator) {
      expect(sum).toEqual({ type: "validation_error", code: "cross_field.variant_rollout_sum_not_100", detail: "multivariate.variants: Variant rollout percentages must sum to 100, got 90.", attr: "filters" });
      expect(payload.code).toBe("cross_field.payload_key_not_true");
      expect(groupVariant.code).toBe("cross_field.group_variant_not_a_variant");
    }
  });

  it("stores payload values as JSON strings in Python's json.dumps format, and rejects payload strings that are not JSON", async () => {
    const flag = await createFlag({ filters: { groups: [group], payloads: { true: { a: 1, b: [true, null] } } } });
    expect(flag.filters.payloads).toEqual({ true: '{"a": 1, "b": [true, null]}' });
    const invalid = await contract.client.post("feature_flags/", { key: uniqueName("flag"), active: false, filters: { groups: [group], payloads: { true: "{not json" } } });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ attr: "filters" });
    if (contract.target.isEmulator) expect(invalid.body.detail).toBe("payloads: Payload for key 'true' is not valid JSON.");
  });

  it("soft-deletes: still readable with deleted:true, hidden from the list, key reusable", async () => {
    const flag = await createFlag();
    expect((await contract.client.delete(`feature_flags/${flag.id}/`)).status).toBe(405);
    const deleted = await contract.client.patch(`feature_flags/${flag.id}/`, { key: flag.key, deleted: true });
    expect(deleted.status).toBe(200);
    const read = await contract.client.get(`feature_flags/${flag.id}/`);
    expect(read.status).toBe(200);
    expect(read.body.deleted).toBe(true);
    const list = await contract.client.get(`feature_flags/?search=${encodeURIComponent(flag.key)}`);
    expect(list.body.results.some((item: { id: number }) => item.id === flag.id)).toBe(false);
    await createFlag({ key: flag.key });
    // Reusing the key removes the soft-deleted flag that held it.
    expect((await contract.client.get(`feature_flags/${flag.id}/`)).status).toBe(404);
  });
});
