import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendIdentityMarker } from "../../src/core/identity.js";
import type { JsonObject } from "../../src/core/json.js";
import type { Definition } from "../../src/core/model.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

const base = "/api/projects/1/hog_flows/";
const trigger = { id: "t", name: "Signed up", type: "trigger", config: { type: "event", filters: { events: [{ id: "user signed up", type: "events" }] } } };
const exit = { id: "x", name: "Exit", type: "exit", config: {} };
const mail = (apiKey: unknown) => ({
  id: "m",
  name: "Mail",
  type: "function",
  config: { template_id: "template-mailgun-send-email", inputs: { domain_name: { value: "mg.example.com" }, api_key: { value: apiKey }, host: { value: "api.mailgun.net" }, template: { value: { to: "{person.properties.email}", from: "a@example.com", subject: "Hi", text: "Hi" } } } },
});
const edges = [{ from: "t", to: "m", type: "continue" }, { from: "m", to: "x", type: "continue" }];
const flow = (actions: JsonObject[]): Definition => ({ kind: "hog-flows", key: "welcome", spec: { key: "welcome", name: "Welcome", status: "active", actions, edges } });

describe("hog flows", () => {
  it("never returns a function step's secret input and plans no change for the secret() a definition names for it", async () => {
    const created = await api.post(base, { name: "Welcome", description: appendIdentityMarker("hog-flows", "welcome", ""), status: "active", actions: [trigger, mail("key-123"), exit], edges });
    expect(created.status).toBe(201);
    expect(JSON.stringify((await api.get(`${base}${created.body.id}/`)).body)).not.toContain("key-123");
    expect(JSON.stringify((await api.get(base)).body)).not.toContain("key-123");
    const connection = emulatorConnection(api.url);
    expect(describeChanges(await planDefinitions(connection, [flow([trigger, mail({ $secret: "MAILGUN_KEY" }), exit])]))).toEqual([]);
    await api.delete(`${base}${created.body.id}/`);
  });

  it("puts back an action edited in PostHog with one PATCH of the whole graph, then plans no change", async () => {
    const connection = emulatorConnection(api.url);
    const plain = [trigger, { id: "m", name: "Wait", type: "delay", config: { delay_duration: "30m" } }, exit];
    await applyDefinitions(connection, [flow(plain)]);
    const live = (await api.get(base)).body.results[0];
    expect(live.trigger).toMatchObject({ type: "event" });
    await api.patch(`${base}${live.id}/`, { actions: [trigger, { id: "m", name: "Wait", type: "delay", config: { delay_duration: "2h" } }, exit] });
    expect(describeChanges(await planDefinitions(connection, [flow(plain)]))).toEqual(["update hog-flows/welcome"]);
    api.emulator.clearRequests();
    await applyDefinitions(connection, [flow(plain)]);
    const writes = api.emulator.requests.filter((request) => request.method !== "GET" && request.path.includes("/hog_flows/"));
    expect(writes.map((request) => request.method)).toEqual(["PATCH"]);
    expect((writes[0]!.body as { actions: JsonObject[] }).actions[1]).toMatchObject({ config: { delay_duration: "30m" } });
    expect(describeChanges(await planDefinitions(connection, [flow(plain)]))).toEqual([]);
  });
});
