import { describe, expect, it } from "vitest";
import { hardDelete, softDelete, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

async function createFlag(filters: Record<string, unknown> = { groups: [{ properties: [], rollout_percentage: 0 }] }) {
  const response = await contract.client.post("feature_flags/", { key: uniqueName("flag"), name: "Contract", filters });
  expect(response.status).toBe(201);
  contract.cleanup.add(`flag ${response.body.id}`, () => softDelete(contract.client, `feature_flags/${response.body.id}/`));
  return response.body;
}

async function createFeature(body: Record<string, unknown>) {
  const response = await contract.client.post("early_access_feature/", { name: uniqueName("eaf"), stage: "draft", ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`early access feature ${response.body.id}`, () => hardDelete(contract.client, `early_access_feature/${response.body.id}/`));
  return response.body;
}

const flagFilters = async (id: number) => (await contract.client.get(`feature_flags/${id}/`)).body.filters;

describe("contract: early access features", () => {
  it("links a flag on create, sets its enrollment in an active stage, lists the feature on the flag and refuses deleting the flag", async () => {
    const flag = await createFlag();
    const created = await createFeature({ feature_flag_id: flag.id, stage: "beta", description: "  Try it  ", documentation_url: "https://example.com/docs", payload: { tier: "pro" } });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ feature_flag: { id: flag.id, key: flag.key }, stage: "beta", description: "Try it", documentation_url: "https://example.com/docs", payload: { tier: "pro" } });
    expect(created.assignee).toEqual({ type: "user", id: created.created_by.id });
    expect((await flagFilters(flag.id)).feature_enrollment).toBe(true);
    const linked = await contract.client.get(`feature_flags/${flag.id}/`);
    expect(linked.body.features).toEqual([expect.objectContaining({ id: created.id, stage: "beta", flagKey: flag.key })]);
    const refused = await contract.client.patch(`feature_flags/${flag.id}/`, { deleted: true });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toBe("Cannot delete a feature flag that is in use with early access features. Please delete the early access feature before deleting the flag.");
    const again = await contract.client.post("early_access_feature/", { name: uniqueName("eaf"), stage: "draft", feature_flag_id: flag.id });
    expect(again.body).toMatchObject({ attr: null, detail: `Linked feature flag ${flag.key} already has a feature attached to it.` });
  });

  it("follows the stage on the flag: a closed stage clears enrollment without a new flag version, an active one sets it again", async () => {
    const flag = await createFlag();
    const created = await createFeature({ feature_flag_id: flag.id, stage: "alpha" });
    const version = (await contract.client.get(`feature_flags/${flag.id}/`)).body.version;
    const drafted = await contract.client.patch(`early_access_feature/${created.id}/`, { stage: "draft" });
    expect(drafted.body.stage).toBe("draft");
    const afterDraft = await contract.client.get(`feature_flags/${flag.id}/`);
    expect(afterDraft.body.filters.feature_enrollment).toBeNull();
    expect(afterDraft.body.version).toBe(version);
    await contract.client.patch(`early_access_feature/${created.id}/`, { stage: "general-availability" });
    expect((await flagFilters(flag.id)).feature_enrollment).toBe(true);
    // Only the create serializer takes a flag; an update ignores one.
    const other = await createFlag();
    const moved = await contract.client.patch(`early_access_feature/${created.id}/`, { feature_flag_id: other.id, payload: null });
    expect(moved.body).toMatchObject({ feature_flag: { id: flag.id }, payload: {} });
  });

  it("refuses flags it cannot gate with, and a bad documentation URL", async () => {
    const multivariate = await createFlag({ groups: [{ properties: [], rollout_percentage: 100 }], multivariate: { variants: [{ key: "a", rollout_percentage: 50 }, { key: "b", rollout_percentage: 50 }] } });
    const refused = async (body: Record<string, unknown>) => (await contract.client.post("early_access_feature/", { name: uniqueName("eaf"), stage: "draft", ...body })).body;
    expect((await refused({ feature_flag_id: multivariate.id })).detail).toBe("Multivariate feature flags are not supported for Early Access Features.");
    expect((await refused({ feature_flag_id: 2_000_000_000 })).detail).toBe("Feature Flag with this ID does not exist");
    expect(await refused({ documentation_url: "not a url" })).toMatchObject({ attr: "documentation_url", detail: "Enter a valid URL." });
    expect(await refused({ stage: "launched" })).toMatchObject({ attr: "stage", code: "invalid_choice" });
  });

  it("creates a flag from the name when none is linked, and deletes with 204, clearing the flag's enrollment", async () => {
    const name = uniqueName("eaf");
    const created = await createFeature({ name, stage: "beta" });
    contract.cleanup.add(`flag ${created.feature_flag.id}`, () => softDelete(contract.client, `feature_flags/${created.feature_flag.id}/`));
    expect(created.feature_flag.key).toBe(name.toLowerCase());
    const flag = (await contract.client.get(`feature_flags/${created.feature_flag.id}/`)).body;
    expect(flag).toMatchObject({ name: `Feature Flag for Early Access Feature ${name}`, filters: { feature_enrollment: true, groups: [expect.objectContaining({ properties: [], rollout_percentage: 0 })] } });
    expect((await contract.client.delete(`early_access_feature/${created.id}/`)).status).toBe(204);
    expect((await contract.client.get(`early_access_feature/${created.id}/`)).status).toBe(404);
    expect((await flagFilters(created.feature_flag.id)).feature_enrollment).toBeNull();
  });
});
