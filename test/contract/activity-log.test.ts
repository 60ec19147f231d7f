import { describe, expect, it } from "vitest";
import { softDelete, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();
const ENTRY_KEYS = ["id", "user", "activity", "scope", "item_id", "detail", "created_at"];

async function createFlag() {
  const response = await contract.client.post("feature_flags/", { key: uniqueName("flag").toLowerCase(), name: "Logged", filters: { groups: [{ properties: [], rollout_percentage: 10 }] } });
  expect(response.status).toBe(201);
  contract.cleanup.add(`feature flag ${response.body.id}`, () => softDelete(contract.client, `feature_flags/${response.body.id}/`));
  return response.body;
}

describe("contract: activity log", () => {
  it("serves a flag's own history at feature_flags/{id}/activity/ as activity_page_response pages it", async () => {
    const flag = await createFlag();
    expect((await contract.client.patch(`feature_flags/${flag.id}/`, { name: "Renamed" })).status).toBe(200);
    const response = await contract.client.get(`feature_flags/${flag.id}/activity/`);
    expect(response.status).toBe(200);
    expect(Object.keys(response.body)).toEqual(["results", "next", "previous", "total_count"]);
    expect(response.body.total_count).toBe(2);
    const [updated, created] = response.body.results;
    expect(Object.keys(updated)).toEqual(ENTRY_KEYS);
    expect(updated).toMatchObject({ activity: "updated", scope: "FeatureFlag", item_id: String(flag.id) });
    expect(Object.keys(updated.user)).toEqual(["first_name", "email"]);
    expect(updated.detail).not.toHaveProperty("context");
    expect(updated.detail.changes).toContainEqual({ type: "FeatureFlag", action: "changed", field: "name", before: "Logged", after: "Renamed" });
    expect(created).toMatchObject({ activity: "created", detail: { name: flag.key, changes: null } });

    const first = await contract.client.get(`feature_flags/${flag.id}/activity/?limit=1`);
    expect(first.body.results).toHaveLength(1);
    expect(first.body.next).toContain("page=2");
    expect(first.body.previous).toBeNull();
    expect((await contract.client.get("feature_flags/999999999/activity/")).status).toBe(404);
  });

  it("serves a cohort's own history at cohorts/{id}/activity/", async () => {
    const cohort = await contract.client.post("cohorts/", { name: uniqueName("cohort"), filters: { properties: { type: "OR", values: [{ type: "AND", values: [{ key: "email", type: "person", value: "x", operator: "icontains" }] }] } } });
    expect(cohort.status).toBe(201);
    contract.cleanup.add(`cohort ${cohort.body.id}`, () => softDelete(contract.client, `cohorts/${cohort.body.id}/`));
    const own = await contract.client.get(`cohorts/${cohort.body.id}/activity/`);
    expect(own.status).toBe(200);
    expect(own.body.results).toHaveLength(1);
    expect(own.body.results[0]).toMatchObject({ scope: "Cohort", activity: "created", item_id: String(cohort.body.id), detail: { name: cohort.body.name, changes: null } });
  });
});
