import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

describe("a deployment without the enterprise edition", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestEmulator({ enterprise: false });
  });
  afterAll(() => api.close());

  it("refuses description, verified and hidden on event definitions and serves the open-source shape", async () => {
    const described = await api.post("/api/projects/1/event_definitions/", { name: "signed_up", description: "A signup" });
    expect(described.body).toMatchObject({ type: "validation_error", attr: "description", detail: "This field is not supported by this deployment." });
    expect((await api.post("/api/projects/1/event_definitions/", { name: "signed_up", hidden: false })).body.attr).toBe("hidden");
    const plain = await api.post("/api/projects/1/event_definitions/", { name: "signed_up", tags: ["growth"] });
    expect(plain.status).toBe(201);
    expect(plain.body).toMatchObject({ name: "signed_up", tags: ["growth"], enforcement_mode: "allow" });
    expect(plain.body).not.toHaveProperty("description");
    expect(plain.body).not.toHaveProperty("verified");
    expect((await api.patch(`/api/projects/1/event_definitions/${plain.body.id}/`, { verified: true })).body.attr).toBe("verified");
  });
});

describe("an organization without the tagging feature (old self-hosted)", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestEmulator({ tagging: false });
  });
  afterAll(() => api.close());

  it("drops tags from creates and updates without an error and reads every tag list as []", async () => {
    const flag = await api.post("/api/projects/1/feature_flags/", { key: "untagged", tags: ["iac:feature-flags:untagged"], filters: { groups: [{ properties: [], rollout_percentage: 100 }] } });
    expect(flag.status).toBe(201);
    expect(flag.body.tags).toEqual([]);
    expect((await api.patch(`/api/projects/1/feature_flags/${flag.body.id}/`, { tags: ["x"], name: "Renamed" })).body).toMatchObject({ name: "Renamed", tags: [] });
    expect((await api.get("/api/projects/1/feature_flags/")).body.results[0].tags).toEqual([]);
    const state = (await api.get("/_emulator/state", { key: api.emulator.adminKey })).body;
    expect(state.projects[0].featureFlags[0].tags).toEqual([]);
    const dashboard = await api.post("/api/projects/1/dashboards/", { name: "D", tags: ["a"] });
    expect(dashboard.body.tags).toEqual([]);
  });
});
