import { describe, expect, it } from "vitest";
import { hardDelete, softDelete, TARGETS_EMULATOR, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

describe("contract: actions", () => {
  it("creates with normalised steps, updates and soft-deletes an action that stays readable by id, leaves the list and frees its name", async () => {
    const name = uniqueName("action");
    const steps = [{ event: "$pageview", url: "/signup", url_matching: "contains" }, { event: "contract_event", properties: [{ key: "plan", value: "pro", type: "event" }] }];
    const created = await contract.client.post("actions/", { name, tags: ["Contract"], steps });
    expect(created.status).toBe(201);
    contract.cleanup.add(`action ${created.body.id}`, () => softDelete(contract.client, `actions/${created.body.id}/`));
    expect(created.body).toMatchObject({ name, tags: ["contract"], is_action: true, deleted: false });
    if (contract.target.isEmulator) expect(created.body.team_id).toBe(1);
    expect(created.body.steps[0]).toMatchObject({ event: "$pageview", url: "/signup", url_matching: "contains", text: null, text_matching: null });
    expect(created.body.steps[1].properties).toEqual([{ key: "plan", value: "pro", type: "event" }]);
    expect((await contract.client.get("actions/")).body.results.map((action: { name: string }) => action.name)).toContain(name);
    const updated = await contract.client.patch(`actions/${created.body.id}/`, { description: "Edited" });
    expect(updated.body.description).toBe("Edited");
    expect((await contract.client.delete(`actions/${created.body.id}/`)).status).toBe(405);
    expect((await contract.client.patch(`actions/${created.body.id}/`, { deleted: true })).status).toBe(200);
    const read = await contract.client.get(`actions/${created.body.id}/`);
    expect(read.status).toBe(200);
    expect(read.body.deleted).toBe(true);
    expect((await contract.client.get("actions/")).body.results.some((item: { id: number }) => item.id === created.body.id)).toBe(false);
    const reused = await contract.client.post("actions/", { name });
    expect(reused.status).toBe(201);
    contract.cleanup.add(`action ${reused.body.id}`, () => softDelete(contract.client, `actions/${reused.body.id}/`));
  });
});

describe("contract: cohorts", () => {
  it("creates a dynamic cohort, validates its filter tree and soft-deletes it", async () => {
    const filters = { properties: { type: "OR", values: [{ type: "AND", values: [{ type: "person", key: "email", operator: "icontains", value: "@contract.invalid", negation: false }] }] } };
    const created = await contract.client.post("cohorts/", { name: uniqueName("cohort"), description: "Contract", filters });
    expect(created.status).toBe(201);
    contract.cleanup.add(`cohort ${created.body.id}`, () => softDelete(contract.client, `cohorts/${created.body.id}/`));
    expect(created.body).toMatchObject({ is_static: false, cohort_type: "person_property", deleted: false });
    expect(created.body).not.toHaveProperty("tags");
    expect(created.body.filters.properties.type).toBe("OR");
    const missing = await contract.client.post("cohorts/", { name: uniqueName("cohort"), filters: { groups: [] } });
    expect(missing.body).toMatchObject({ attr: "filters", detail: "Must contain a 'properties' key with type and values" });
    const noValue = await contract.client.post("cohorts/", { name: uniqueName("cohort"), filters: { properties: { type: "AND", values: [{ type: "person", key: "email", operator: "exact" }] } } });
    expect(noValue.body.detail).toBe("Missing required keys for person filter: value");
    expect((await contract.client.patch(`cohorts/${created.body.id}/`, { deleted: true })).body.deleted).toBe(true);
    expect((await contract.client.get(`cohorts/${created.body.id}/`)).body.deleted).toBe(true);
  });
});

describe("contract: event definitions, property groups and event schemas", () => {
  it("creates a definition, links a property group, and removes both", async () => {
    const definition = await contract.client.post("event_definitions/", { name: uniqueName("event"), description: "Contract event", tags: ["Contract"] });
    expect(definition.status).toBe(201);
    contract.cleanup.add(`event definition ${definition.body.id}`, () => hardDelete(contract.client, `event_definitions/${definition.body.id}/`));
    expect(definition.body).toMatchObject({ description: "Contract event", tags: ["contract"] });

    const group = await contract.client.post("schema_property_groups/", {
      name: uniqueName("group"),
      description: "Contract group",
      properties: [{ name: "plan", property_type: "String", is_required: true, description: "" }],
    });
    expect(group.status).toBe(201);
    contract.cleanup.add(`property group ${group.body.id}`, () => hardDelete(contract.client, `schema_property_groups/${group.body.id}/`));
    expect(group.body.properties).toEqual([expect.objectContaining({ name: "plan", property_type: "String", is_required: true })]);

    const link = await contract.client.post("event_schemas/", { event_definition: definition.body.id, property_group_id: group.body.id });
    expect(link.status).toBe(201);
    expect(link.body.property_group.id).toBe(group.body.id);
    expect((await contract.client.delete(`event_schemas/${link.body.id}/`)).status).toBe(204);
  });
});

describe("contract: endpoints", () => {
  it("creates an endpoint at version 1 addressed by name, versions query changes only, and deletes it with 204, freeing the name", async () => {
    const name = uniqueName("endpoint");
    const query = { kind: "HogQLQuery", query: "select 1" };
    const created = await contract.client.post("endpoints/", { name, query, description: "Contract endpoint" });
    expect(created.status).toBe(201);
    contract.cleanup.add(`endpoint ${name}`, () => hardDelete(contract.client, `endpoints/${name}/`));
    const path = `/api/projects/${contract.target.projectId}/endpoints/${name}/run`;
    expect(created.body).toMatchObject({ name, query, description: "Contract endpoint", is_active: true, current_version: 1, versions_count: 1, data_freshness_seconds: 86400, endpoint_path: path });
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.body.url).toBe(`${contract.target.host}${path}`);
    const read = await contract.client.get(`endpoints/${name}/`);
    expect(read.body.id).toBe(created.body.id);
    const same = await contract.client.patch(`endpoints/${name}/`, { query, description: "Same query" });
    expect(same.body).toMatchObject({ current_version: 1, description: "Same query" });
    const changed = await contract.client.patch(`endpoints/${name}/`, { query: { kind: "HogQLQuery", query: "select 2" } });
    expect(changed.body).toMatchObject({ current_version: 2, versions_count: 2, description: "Same query" });
    const targeted = await contract.client.patch(`endpoints/${name}/?version=1`, { query });
    expect(targeted.body.detail).toBe("Cannot change query when targeting a specific version. Query changes create a new version.");
    expect((await contract.client.delete(`endpoints/${name}/`)).status).toBe(204);
    expect((await contract.client.get(`endpoints/${name}/`)).status).toBe(404);
    expect((await contract.client.post("endpoints/", { name, query })).status).toBe(201);
  });

  it("keeps an endpoint's name, its path, when a PATCH sends another (EndpointCrudService.update never writes it)", async () => {
    const name = uniqueName("endpoint");
    const created = await contract.client.post("endpoints/", { name, query: { kind: "HogQLQuery", query: "select 1" } });
    expect(created.status).toBe(201);
    contract.cleanup.add(`endpoint ${name}`, () => hardDelete(contract.client, `endpoints/${name}/`));
    const renamed = await contract.client.patch(`endpoints/${name}/`, { name: `${name}-renamed`, description: "renamed?" });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name, description: "renamed?" });
    expect((await contract.client.get(`endpoints/${name}/`)).body.name).toBe(name);
    expect((await contract.client.get(`endpoints/${name}-renamed/`)).status).toBe(404);
  });
});

describe("contract: project settings", () => {
  it("reads the same project through both /api/projects and /api/environments", async () => {
    const project = await contract.client.get(`/api/projects/${contract.target.projectId}/`);
    expect(project.status).toBe(200);
    expect(project.body).toMatchObject({ id: contract.target.projectId, project_id: contract.target.projectId, session_recording_opt_in: expect.any(Boolean), cookieless_server_hash_mode: expect.any(Number) });
    expect(project.body.api_token).toMatch(/^phc_/);
    if (contract.target.isEmulator) expect(project.body).toMatchObject({ name: "Contract project", timezone: "UTC", session_recording_opt_in: false, cookieless_server_hash_mode: 0 });
    const environment = await contract.client.get(`/api/environments/${contract.target.projectId}/`);
    expect(environment.status).toBe(200);
    expect(environment.body).toHaveProperty("session_recording_opt_in");
    expect(environment.body.uuid).toBe(project.body.uuid);
  });

  it.runIf(TARGETS_EMULATOR)("patches a setting (emulator only: never mutates a real project)", async () => {
    const patched = await contract.client.patch(`/api/environments/${contract.target.projectId}/`, { heatmaps_opt_in: true });
    expect(patched.body.heatmaps_opt_in).toBe(true);
  });
});
