import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/core/json.js";
import type { Definition } from "../../src/core/model.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

const template = (email: JsonObject): Definition => ({ kind: "messaging-templates", key: "welcome", spec: { key: "welcome", name: "Welcome", email } });

describe("messaging templates", () => {
  it("answers a design without html as an instance without Unlayer does, and stores a design with its html as given", async () => {
    const designOnly = await api.post("/api/projects/1/messaging_templates/", { name: "Designed", content: { email: { subject: "Hi", design: { schemaVersion: 16, body: { rows: [] } } } } });
    expect(designOnly.status).toBe(400);
    expect(designOnly.body).toMatchObject({ attr: "content__email__design", detail: expect.stringContaining("UNLAYER_API_KEY") });
    const withHtml = await api.post("/api/projects/1/messaging_templates/", { name: "Designed", content: { email: { subject: "Hi", html: "<p>x</p>", design: { body: { rows: [] } } } } });
    expect(withHtml.body.content.email).toEqual({ subject: "Hi", html: "<p>x</p>", design: { body: { rows: [] } } });
    await api.patch(`/api/projects/1/messaging_templates/${withHtml.body.id}/`, { deleted: true });
  });

  it("puts back an email part added in PostHog with one PATCH of the whole content, then plans no change", async () => {
    const connection = emulatorConnection(api.url);
    await applyDefinitions(connection, [template({ subject: "Hi", html: "<p>Hi</p>" })]);
    const live = (await api.get("/api/projects/1/messaging_templates/")).body.results[0];
    await api.patch(`/api/projects/1/messaging_templates/${live.id}/`, { content: { email: { subject: "Hi", html: "<p>Hi</p>", text: "Added in the UI" } } });
    expect(describeChanges(await planDefinitions(connection, [template({ subject: "Hi", html: "<p>Hi</p>" })]))).toEqual(["update messaging-templates/welcome"]);
    api.emulator.clearRequests();
    await applyDefinitions(connection, [template({ subject: "Hi", html: "<p>Hi</p>" })]);
    const patches = api.emulator.requests.filter((request) => request.method === "PATCH" && request.path.includes("/messaging_templates/"));
    expect(patches.map((request) => (request.body as { content: unknown }).content)).toEqual([{ templating: "liquid", email: { subject: "Hi", html: "<p>Hi</p>" } }]);
    expect((await api.get(`/api/projects/1/messaging_templates/${live.id}/`)).body.content.email).toEqual({ subject: "Hi", html: "<p>Hi</p>" });
    expect(describeChanges(await planDefinitions(connection, [template({ subject: "Hi", html: "<p>Hi</p>" })]))).toEqual([]);
  });
});
