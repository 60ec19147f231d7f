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
  it("creates with version 1 and reads back the stored filters", async () => {
    const flag = await createFlag({ tags: [" Contract ", "contract"] });
    expect(flag).toMatchObject({ version: 1, active: false, deleted: false, tags: ["contract"] });
    expect(flag.filters.groups).toEqual([expect.objectContaining({ properties: [], rollout_percentage: 25 })]);
    expect((await contract.client.get(`feature_flags/${flag.id}/`)).body.key).toBe(flag.key);
  });

  it("rejects a duplicate key on attr key with code unique", async () => {
    const flag = await createFlag();
    const duplicate = await contract.client.post("feature_flags/", { key: flag.key, active: false, filters: { groups: [group] } });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body).toEqual({ type: "validation_error", code: "unique", detail: "There is already a feature flag with this key.", attr: "key" });
  });

  it("increments version on every update", async () => {
    const flag = await createFlag();
    const first = await contract.client.patch(`feature_flags/${flag.id}/`, { name: "Renamed once" });
    const second = await contract.client.patch(`feature_flags/${flag.id}/`, { name: "Renamed twice" });
    expect(first.body.version).toBe(flag.version + 1);
    expect(second.body.version).toBe(flag.version + 2);
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
    expect(unchanged.body.filters.multivariate.variants).toEqual(variants);
  });

  it("rejects variants that do not sum to 100 on attr filters", async () => {
    const response = await contract.client.post("feature_flags/", {
      key: uniqueName("flag"),
      active: false,
      filters: { groups: [group], multivariate: { variants: [{ key: "control", rollout_percentage: 50 }, { key: "test", rollout_percentage: 40 }] } },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ type: "validation_error", attr: "filters" });
    if (contract.target.isEmulator) expect(response.body.code).toBe("cross_field.variant_rollout_sum_not_100");
  });

  it("stores payloads as JSON strings", async () => {
    const flag = await createFlag({ filters: { groups: [group], payloads: { true: { contract: true } } } });
    expect(typeof flag.filters.payloads.true).toBe("string");
    expect(JSON.parse(flag.filters.payloads.true)).toEqual({ contract: true });
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
  });
});
