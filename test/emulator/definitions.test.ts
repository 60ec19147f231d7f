import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send, startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

describe("event definitions", () => {
  it("creates an unseen definition, enforces unique names and the hidden/verified rules", async () => {
    const created = await api.post("/api/projects/1/event_definitions/", { name: "checkout_started", description: "Checkout", tags: ["Funnel"] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "checkout_started", description: "Checkout", tags: ["funnel"], created_at: null, last_seen_at: null, verified: false, hidden: false });
    const duplicate = await api.post("/api/projects/1/event_definitions/", { name: "checkout_started" });
    expect(duplicate.body).toMatchObject({ attr: "name", detail: "Event definition with name 'checkout_started' already exists" });
    const both = await api.patch(`/api/projects/1/event_definitions/${created.body.id}/`, { verified: true, hidden: true });
    expect(both.body.detail).toBe("An event cannot be both hidden and verified");
    const verified = await api.patch(`/api/projects/1/event_definitions/${created.body.id}/`, { verified: true, name: "ignored" });
    expect(verified.body).toMatchObject({ verified: true, name: "checkout_started" });
    expect(verified.body.verified_by).toMatchObject({ id: 1 });
    const hidden = await api.patch(`/api/projects/1/event_definitions/${created.body.id}/`, { hidden: true });
    expect(hidden.body).toMatchObject({ hidden: true, verified: false, verified_at: null });
  });

  it("seeds ingested definitions and property definitions through /_emulator/ingest", async () => {
    const ingest = await send(`${api.url}/_emulator/ingest`, "POST", { event: "$pageview", properties: { $current_url: "https://a.b", plan_seats: 3, beta: true } }, { key: api.emulator.adminKey });
    expect(ingest.status).toBe(201);
    expect(ingest.body.event_definition).toMatchObject({ name: "$pageview" });
    expect(ingest.body.event_definition.last_seen_at).not.toBeNull();
    const list = await api.get("/api/projects/1/event_definitions/?event_type=event_posthog");
    expect(list.body.results.map((definition: { name: string }) => definition.name)).toEqual(["$pageview"]);
    const properties = await api.get("/api/projects/1/property_definitions/?type=event");
    expect(properties.body.results.map((definition: { name: string; property_type: string }) => [definition.name, definition.property_type])).toEqual([
      ["$current_url", "String"],
      ["beta", "Boolean"],
      ["plan_seats", "Numeric"],
    ]);
  });
});

describe("property definitions", () => {
  it("cannot be created, can be updated and hard-deleted", async () => {
    expect((await api.post("/api/projects/1/property_definitions/", { name: "x" })).status).toBe(405);
    await send(`${api.url}/_emulator/ingest`, "POST", { properties: { country: "NL" } }, { key: api.emulator.adminKey });
    const definition = (await api.get("/api/projects/1/property_definitions/?search=country")).body.results[0];
    const updated = await api.patch(`/api/projects/1/property_definitions/${definition.id}/`, { description: "ISO code", tags: ["Geo"] });
    expect(updated.body).toMatchObject({ description: "ISO code", tags: ["geo"] });
    const both = await api.patch(`/api/projects/1/property_definitions/${definition.id}/`, { verified: true, hidden: true });
    expect(both.body.detail).toBe("A property cannot be both hidden and verified");
    expect((await api.delete(`/api/projects/1/property_definitions/${definition.id}/`)).status).toBe(204);
    const group = await api.get("/api/projects/1/property_definitions/?type=group");
    expect(group.body.attr).toBe("group_type_index");
  });
});

describe("schema property groups and event schemas", () => {
  it("creates groups, recreates every property on a properties PATCH (ids are read-only) and links them to events", async () => {
    const group = await api.post("/api/projects/1/schema_property_groups/", {
      name: "Checkout props",
      description: "",
      properties: [
        { name: "plan", property_type: "String", is_required: true, validation_rules: { enum: ["free", "pro"] } },
        { name: "seats", property_type: "Numeric", validation_rules: { minimum: 1, maximum: 10 } },
      ],
    });
    expect(group.status).toBe(201);
    expect(group.body.properties.map((property: { name: string }) => property.name)).toEqual(["plan", "seats"]);
    const planId = group.body.properties[0].id;

    const replaced = await api.patch(`/api/projects/1/schema_property_groups/${group.body.id}/`, {
      properties: [{ id: planId, name: "plan", property_type: "String", is_required: false }, { name: "coupon", property_type: "String" }],
    });
    expect(replaced.body.properties.map((property: { name: string; id: string }) => property.name)).toEqual(["coupon", "plan"]);
    const plan = replaced.body.properties.find((property: { name: string }) => property.name === "plan");
    expect(plan).toMatchObject({ is_required: false });
    expect(plan.id).not.toBe(planId);
    const renamed = await api.patch(`/api/projects/1/schema_property_groups/${group.body.id}/`, { name: "Checkout properties" });
    expect(renamed.body.properties.map((property: { id: string }) => property.id)).toEqual(replaced.body.properties.map((property: { id: string }) => property.id));
    const renamedBack = await api.patch(`/api/projects/1/schema_property_groups/${group.body.id}/`, { name: "Checkout props" });
    expect(renamedBack.status).toBe(200);

    const duplicateName = await api.post("/api/projects/1/schema_property_groups/", { name: "Checkout props", properties: [] });
    expect(duplicateName.body.detail).toBe("A property group with this name already exists for this team");
    const badRules = await api.post("/api/projects/1/schema_property_groups/", { name: "Rules", properties: [{ name: "flag", property_type: "Boolean", validation_rules: { enum: ["x"] } }] });
    expect(badRules.body.detail).toBe("Validation rules are not supported for Boolean properties");

    const event = (await api.post("/api/projects/1/event_definitions/", { name: "checkout_completed" })).body;
    const link = await api.post("/api/projects/1/event_schemas/", { event_definition: event.id, property_group_id: group.body.id });
    expect(link.status).toBe(201);
    expect(link.body).toMatchObject({ event_definition: event.id, property_group: { id: group.body.id } });
    const again = await api.post("/api/projects/1/event_schemas/", { event_definition: event.id, property_group_id: group.body.id });
    expect(again.body.detail).toBe("Property group 'Checkout props' is already added to this event schema");
    const withEvents = await api.get(`/api/projects/1/schema_property_groups/${group.body.id}/`);
    expect(withEvents.body.events).toEqual([{ id: event.id, name: "checkout_completed" }]);

    const listed = await api.get(`/api/projects/1/event_schemas/?event_definition=${event.id}`);
    expect(listed.body.count).toBe(1);
    expect((await api.delete(`/api/projects/1/schema_property_groups/${group.body.id}/`)).status).toBe(204);
    expect((await api.get(`/api/projects/1/event_schemas/?event_definition=${event.id}`)).body.count).toBe(0);
  });
});
