import { describe, expect, it } from "vitest";
import { DEFAULT_ADMIN_KEY } from "../../src/emulator/auth.js";
import { controlEmulator } from "../helpers/emulator-control.js";
import { isErrorEnvelope, TARGETS_EMULATOR, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();
const PATH = "feature_flags/user_blast_radius/";

describe("contract: feature_flags/user_blast_radius", () => {
  it("needs a condition", async () => {
    const response = await contract.client.post(PATH, { group_type_index: null });
    expect(response.status).toBe(400);
    expect(isErrorEnvelope(response.body)).toBe(true);
    expect(response.body).toMatchObject({ type: "validation_error", detail: "Missing condition for which to get blast radius", attr: null });
  });

  it("counts every person for a condition without properties, and a subset for one with", async () => {
    const everyone = await contract.client.post(PATH, { condition: { properties: [], rollout_percentage: 20 }, group_type_index: null });
    expect(everyone.status).toBe(200);
    expect(Object.keys(everyone.body).sort()).toEqual(["affected", "total"]);
    expect(Number.isInteger(everyone.body.total)).toBe(true);
    expect(everyone.body.affected).toBe(everyone.body.total);
    const some = await contract.client.post(PATH, { condition: { properties: [{ key: "email", type: "person", operator: "icontains", value: `@${uniqueName("domain")}.invalid` }], rollout_percentage: 100 } });
    expect(some.status).toBe(200);
    expect(some.body.affected).toBeLessThanOrEqual(some.body.total);
    expect(some.body.total).toBe(everyone.body.total);
  });

  it("refuses a cohort that does not exist, on filters", async () => {
    const response = await contract.client.post(PATH, { condition: { properties: [{ key: "id", type: "cohort", value: 2_147_483_000 }] }, group_type_index: null });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ type: "validation_error", attr: "filters", detail: "Cohort matching query does not exist." });
  });

  it.runIf(TARGETS_EMULATOR)("counts the persons that match, and leaves the rollout to the caller (emulator: persons from ingestion)", async () => {
    const emulator = { url: contract.target.host, adminKey: DEFAULT_ADMIN_KEY };
    for (const [distinct_id, plan] of [["a", "pro"], ["b", "pro"], ["c", "free"]] as const) {
      expect((await controlEmulator(emulator, "POST", "/_emulator/ingest", { distinct_id, person_properties: { plan } })).status).toBe(201);
    }
    const response = await contract.client.post(PATH, { condition: { properties: [{ key: "plan", type: "person", operator: "exact", value: ["pro"] }], rollout_percentage: 10 }, group_type_index: null });
    expect(response.body).toEqual({ affected: 2, total: 3 });
  });
});
