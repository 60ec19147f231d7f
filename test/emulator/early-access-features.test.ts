import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Definition } from "../../src/core/model.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

const flag = (name: string): Definition => ({ kind: "feature-flags", key: "editor-flag", spec: { key: "editor-flag", name, filters: { groups: [{ rollout_percentage: 0 }] } } });
const feature = (stage: string): Definition => ({ kind: "early-access-features", key: "editor", spec: { key: "editor", name: "Editor", stage, featureFlag: { $ref: "feature-flags/editor-flag" } } });

describe("early access features and their flags", () => {
  it("keeps the enrollment PostHog set on the flag when the tool updates the flag, and plans no flag change when only the stage moves", async () => {
    const connection = emulatorConnection(api.url);
    await applyDefinitions(connection, [flag("Editor"), feature("beta")]);
    const live = async () => (await api.get("/api/projects/1/feature_flags/")).body.results.find((row: { key: string }) => row.key === "editor-flag");
    expect((await live()).filters.feature_enrollment).toBe(true);
    api.emulator.clearRequests();
    await applyDefinitions(connection, [flag("Editor v2"), feature("beta")]);
    const patch = api.emulator.requests.find((request) => request.method === "PATCH" && request.path.includes("/feature_flags/"));
    expect((patch?.body as { filters: { feature_enrollment?: boolean } }).filters.feature_enrollment).toBe(true);
    expect((await live()).filters.feature_enrollment).toBe(true);
    expect(describeChanges(await planDefinitions(connection, [flag("Editor v2"), feature("draft")]))).toEqual(["update early-access-features/editor"]);
    await applyDefinitions(connection, [flag("Editor v2"), feature("draft")]);
    expect((await live()).filters.feature_enrollment).toBeNull();
    expect(describeChanges(await planDefinitions(connection, [flag("Editor v2"), feature("draft")]))).toEqual([]);
  });

  it("refuses to delete a flag an early access feature uses, so a prune deletes the feature first", async () => {
    const connection = emulatorConnection(api.url);
    await applyDefinitions(connection, [flag("Editor"), feature("beta")]);
    const flagId = (await api.get("/api/projects/1/feature_flags/")).body.results.find((row: { key: string }) => row.key === "editor-flag").id;
    expect((await api.patch(`/api/projects/1/feature_flags/${flagId}/`, { deleted: true })).body.detail).toBe(
      "Cannot delete a feature flag that is in use with early access features. Please delete the early access feature before deleting the flag.",
    );
    const { plan } = await applyDefinitions(connection, [], { prune: true });
    expect(describeChanges(plan)).toEqual(["delete early-access-features/editor", "delete feature-flags/editor-flag"]);
  });

  it("replaces the feature to move it to another flag, which PostHog cannot change in place", async () => {
    const connection = emulatorConnection(api.url);
    const other: Definition = { kind: "feature-flags", key: "other-flag", spec: { key: "other-flag", filters: { groups: [{ rollout_percentage: 0 }] } } };
    await applyDefinitions(connection, [flag("Editor"), other, feature("beta")]);
    const moved: Definition = { ...feature("beta"), spec: { ...feature("beta").spec, featureFlag: { $ref: "feature-flags/other-flag" } } };
    const plan = await planDefinitions(connection, [flag("Editor"), other, moved]);
    const step = plan.steps.find((candidate) => candidate.kind === "early-access-features")!;
    expect(step.action).toBe("replace");
    await applyDefinitions(connection, [flag("Editor"), other, moved]);
    expect(describeChanges(await planDefinitions(connection, [flag("Editor"), other, moved]))).toEqual([]);
    const features = (await api.get("/api/projects/1/early_access_feature/")).body.results;
    expect(features.map((row: { feature_flag: { key: string } }) => row.feature_flag.key)).toEqual(["other-flag"]);
  });
});
