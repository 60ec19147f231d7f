import { describe, expect, it } from "vitest";
import { hardDelete, softDelete, TARGETS_EMULATOR, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();
const group = { properties: [], rollout_percentage: 25 };

async function createFlag(body: Record<string, unknown>): Promise<any> {
  const response = await contract.client.post("feature_flags/", { key: uniqueName("flag"), active: false, filters: { groups: [group] }, ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`flag ${response.body.id}`, () => softDelete(contract.client, `feature_flags/${response.body.id}/`, { key: response.body.key }));
  return response.body;
}

async function createCohort(body: Record<string, unknown>): Promise<any> {
  const response = await contract.client.post("cohorts/", { name: uniqueName("cohort"), ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`cohort ${response.body.id}`, () => softDelete(contract.client, `cohorts/${response.body.id}/`));
  return response.body;
}

const keysOf = (body: any): string[] => body.results.map((flag: { key: string }) => flag.key);

describe("contract: archived feature flags", () => {
  it("are left out of the default list, listed with archived=true, and can be enabled only by unarchiving", async () => {
    const flag = await createFlag({});
    const archived = await contract.client.patch(`feature_flags/${flag.id}/`, { archived: true });
    expect(archived.body).toMatchObject({ archived: true, active: false });
    expect(keysOf((await contract.client.get(`feature_flags/?search=${flag.key}`)).body)).toEqual([]);
    expect(keysOf((await contract.client.get(`feature_flags/?search=${flag.key}&archived=true`)).body)).toEqual([flag.key]);
    const enabled = await contract.client.patch(`feature_flags/${flag.id}/`, { active: true });
    expect(enabled.status).toBe(400);
    expect(enabled.body.detail).toBe("Cannot enable an archived feature flag. Unarchive it first.");
    const restored = await contract.client.patch(`feature_flags/${flag.id}/`, { active: true, archived: false });
    expect(restored.body).toMatchObject({ archived: false, active: true });
    expect(keysOf((await contract.client.get(`feature_flags/?search=${flag.key}`)).body)).toEqual([flag.key]);
  });

  it("keep a cohort condition's operator in", async () => {
    const cohort = await createCohort({ filters: { properties: { type: "OR", values: [{ type: "AND", values: [{ type: "person", key: "email", operator: "icontains", value: "@contract.invalid" }] }] } } });
    const flag = await createFlag({ filters: { groups: [{ properties: [{ key: "id", type: "cohort", value: cohort.id, operator: "in" }], rollout_percentage: 100 }] } });
    expect(flag.filters.groups[0].properties[0]).toMatchObject({ key: "id", type: "cohort", value: cohort.id, operator: "in" });
  });

  it("return the identity tag they were created with in the create response", async () => {
    const flag = await createFlag({ tags: ["iac:feature-flags:contract"] });
    expect(flag.tags).toEqual(["iac:feature-flags:contract"]);
  });
});

describe("contract: event definitions", () => {
  it("refuse reject enforcement without PostHog's schema-enforcement-reject flag", async () => {
    const strict = await contract.client.post("event_definitions/", { name: uniqueName("event"), enforcement_mode: "reject" });
    if (strict.status === 201) contract.cleanup.add(`event definition ${strict.body.id}`, () => hardDelete(contract.client, `event_definitions/${strict.body.id}/`));
    if (contract.target.isEmulator || strict.status === 400) {
      expect(strict.body).toMatchObject({ attr: null, detail: 'Setting schema enforcement mode to "reject" requires the schema-enforcement-reject feature flag' });
    }
    const created = await contract.client.post("event_definitions/", { name: uniqueName("event") });
    expect(created.status).toBe(201);
    contract.cleanup.add(`event definition ${created.body.id}`, () => hardDelete(contract.client, `event_definitions/${created.body.id}/`));
    const reject = await contract.client.patch(`event_definitions/${created.body.id}/`, { enforcement_mode: "reject" });
    // An organization PostHog has enabled the flag for may set it; everyone else gets this 400.
    if (contract.target.isEmulator || reject.status === 400) {
      expect(reject.status).toBe(400);
      expect(reject.body.detail).toBe('Setting schema enforcement mode to "reject" requires the schema-enforcement-reject feature flag');
      expect((await contract.client.get(`event_definitions/${created.body.id}/`)).body.enforcement_mode).toBe("allow");
    }
  });

  it("answer 404 for an id that is not a UUID, and 500 for every request to a definition that was deleted", async () => {
    expect((await contract.client.get("event_definitions/123/")).body.detail).toBe("Event definition not found.");
    const created = await contract.client.post("event_definitions/", { name: uniqueName("event") });
    expect(created.status).toBe(201);
    expect((await contract.client.delete(`event_definitions/${created.body.id}/`)).status).toBe(204);
    expect((await contract.client.get(`event_definitions/${created.body.id}/`)).status).toBe(500);
    expect((await contract.client.patch(`event_definitions/${created.body.id}/`, { description: "x" })).status).toBe(500);
    expect((await contract.client.delete(`event_definitions/${created.body.id}/`)).status).toBe(500);
    const listed = await contract.client.get(`event_definitions/?search=${created.body.name}`);
    expect(listed.body.results).toEqual([]);
  });
});

describe("contract: schema property groups", () => {
  it("recreate every property on a PATCH with properties, and keep them on any other PATCH", async () => {
    const created = await contract.client.post("schema_property_groups/", { name: uniqueName("group"), properties: [{ name: "plan", property_type: "String", is_required: true }] });
    expect(created.status).toBe(201);
    contract.cleanup.add(`property group ${created.body.id}`, () => hardDelete(contract.client, `schema_property_groups/${created.body.id}/`));
    const [plan] = created.body.properties;
    const renamed = await contract.client.patch(`schema_property_groups/${created.body.id}/`, { description: "Renamed" });
    expect(renamed.body.properties.map((p: { id: string }) => p.id)).toEqual([plan.id]);
    const resent = await contract.client.patch(`schema_property_groups/${created.body.id}/`, { properties: [{ name: "plan", property_type: "String", is_required: true }] });
    expect(resent.status).toBe(200);
    expect(resent.body.properties).toHaveLength(1);
    expect(resent.body.properties[0]).toMatchObject({ name: "plan", is_required: true });
    expect(resent.body.properties[0].id).not.toBe(plan.id);
  });
});

describe("contract: static cohorts", () => {
  it("are created, empty, from only a name (the person-id list defaults to []); a dynamic cohort refuses a query", async () => {
    const cohort = await createCohort({ is_static: true });
    expect(cohort).toMatchObject({ is_static: true, cohort_type: "static", count: 0, deleted: false });
    const withIds = await createCohort({ is_static: true, _create_static_person_ids: [] });
    expect(withIds).toMatchObject({ is_static: true, cohort_type: "static", count: 0 });
    const dynamicQuery = await contract.client.post("cohorts/", { name: uniqueName("cohort"), query: { kind: "HogQLQuery", query: "select 1" } });
    expect(dynamicQuery.body.detail).toBe("Cannot create a dynamic cohort with a query. Set is_static to true.");
  });
});

describe("contract: project settings", () => {
  const environment = () => `/api/projects/${contract.target.projectId}/environments/${contract.target.projectId}/`;

  it("live on the environment, whose route alone carries feature_flag_policy_config, with the sample rate as a decimal string", async () => {
    const team = await contract.client.get(environment());
    expect(team.status).toBe(200);
    expect(team.body.id).toBe(contract.target.projectId);
    expect(team.body.feature_flag_policy_config).toEqual({ require_tags: expect.any(Boolean) });
    expect(team.body.session_recording_sample_rate === null || /^[01]\.\d\d$/.test(team.body.session_recording_sample_rate)).toBe(true);
    expect((await contract.client.get(`/api/projects/${contract.target.projectId}/`)).body).not.toHaveProperty("feature_flag_policy_config");
  });

  it.runIf(TARGETS_EMULATOR)("merge session_replay_config and survey_config on PATCH, so only an explicit null removes a key's value (emulator only: never mutates a real project)", async () => {
    await contract.client.patch(environment(), { session_replay_config: { record_canvas: false, ai_config: { opt_in: true, preferred_events: ["a"] } }, survey_config: { kept: true, appearance: { x: 1 } }, session_recording_sample_rate: "0.1" });
    const merged = await contract.client.patch(environment(), { session_replay_config: { record_canvas: true, ai_config: { opt_in: false } }, survey_config: { added: 1, appearance: { y: 2 } } });
    expect(merged.body).toMatchObject({ session_recording_sample_rate: "0.10" });
    expect(merged.body.session_replay_config).toEqual({ record_canvas: true, ai_config: { opt_in: false, preferred_events: ["a"] } });
    expect(merged.body.survey_config).toEqual({ kept: true, added: 1, appearance: { y: 2 } });
    expect((await contract.client.patch(environment(), { survey_config: { kept: null } })).body.survey_config).toEqual({ kept: null, added: 1, appearance: { y: 2 } });
    expect((await contract.client.patch(environment(), { survey_config: null })).body.survey_config).toBeNull();
    const unknown = await contract.client.patch(environment(), { session_replay_config: { record_everything: true } });
    expect(unknown.body).toMatchObject({ attr: "session_replay_config", detail: "Must provide a dictionary with only known keys. One or more of record_canvas, ai_config." });
  });
});
