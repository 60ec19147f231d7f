import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { JsonValue } from "../../src/core/json.js";
import type { Definition } from "../../src/core/model.js";
import { resetEmulator } from "../helpers/emulator-control.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetEmulator(api.emulator);
});

const base = "/api/projects/1/hog_functions/";
const transformation = (name: string, extra: Record<string, unknown> = {}) => api.post(base, { type: "transformation", name, template_id: "template-webhook", inputs: { url: { value: "https://example.com" } }, enabled: true, ...extra });
const order = async () => (await api.get(`${base}?type=transformation`)).body.results.map((row: { name: string; execution_order: number }) => `${row.name}:${row.execution_order}`);

describe("hog functions", () => {
  it("puts a new transformation last, and moves one last again when it is re-enabled or restored", async () => {
    const first = (await transformation("first")).body;
    await transformation("second");
    await transformation("third", { execution_order: 7 });
    expect(await order()).toEqual(["first:1", "second:2", "third:7"]);
    await api.patch(`${base}${first.id}/`, { enabled: false });
    await api.patch(`${base}${first.id}/`, { enabled: true });
    expect(await order()).toEqual(["second:2", "third:7", "first:8"]);
    await api.patch(`${base}${first.id}/`, { deleted: true });
    expect(await order()).toEqual(["second:2", "third:7"]);
    await api.patch(`${base}${first.id}/`, { deleted: false });
    expect(await order()).toEqual(["second:2", "third:7", "first:8"]);
  });

  it("validates inputs against the template's schema and drops inputs it does not list", async () => {
    const wrong = await api.post(base, { type: "destination", template_id: "template-webhook", inputs: { url: { value: 42 } } });
    expect(wrong.body).toMatchObject({ attr: "inputs__url", detail: "Value must be a string." });
    const created = await api.post(base, { type: "destination", template_id: "template-webhook", inputs: { url: { value: "https://example.com" }, extra: { value: "x" } } });
    expect(created.body.name).toBe("HTTP Webhook");
    expect(Object.keys(created.body.inputs)).toEqual(["url"]);
    expect(created.body.inputs.url).toMatchObject({ value: "https://example.com", order: 0 });
  });

  it("leaves a transformation's execution order to PostHog unless declared, and converges when it is", async () => {
    const connection = emulatorConnection(api.url);
    const spec = (extra: Record<string, unknown> = {}): Definition => ({ kind: "hog-functions", key: "geo", spec: { key: "geo", type: "transformation", name: "Geo", templateId: "template-webhook", inputs: { url: "https://example.com" }, ...extra } });
    await transformation("unmanaged");
    await applyDefinitions(connection, [spec()]);
    expect(await order()).toEqual(["unmanaged:1", "Geo:2"]);
    expect(describeChanges(await planDefinitions(connection, [spec()]))).toEqual([]);
    const plan = await planDefinitions(connection, [spec({ executionOrder: 0 })]);
    expect(plan.steps.find((step) => step.kind === "hog-functions")?.changes).toEqual([{ path: "execution_order", kind: "update", before: 2, after: 0 }]);
    await applyDefinitions(connection, [spec({ executionOrder: 0 })]);
    expect(await order()).toEqual(["Geo:0", "unmanaged:1"]);
    expect(describeChanges(await planDefinitions(connection, [spec({ executionOrder: 0 })]))).toEqual([]);
  });

  it("warns when a definition gives an input PostHog holds as a secret as a plain value", async () => {
    const connection = emulatorConnection(api.url);
    const mail = (apiKey: JsonValue): Definition => ({
      kind: "hog-functions",
      key: "mail",
      spec: { key: "mail", type: "destination", name: "Mail", templateId: "template-mailgun-send-email", inputs: { domain_name: "mg.example.com", host: "api.mailgun.net", api_key: apiKey, template: { from: "a@example.com", to: "b@example.com", subject: "s", text: "t" } } },
    });
    await applyDefinitions(connection, [mail("plain-key")]);
    const step = (await planDefinitions(connection, [mail("plain-key")])).steps.find((s) => s.kind === "hog-functions")!;
    expect(step.action).toBe("update");
    expect(step.warnings.map((w) => (w as { message: string }).message)).toEqual(['input api_key is a secret in PostHog, which never returns it: write it as secret("VARIABLE") so it is not sent, and shown, on every plan']);
  });

  it("plans a changed type or template as a replacement", async () => {
    const connection = emulatorConnection(api.url);
    const spec = (templateId: string): Definition => ({ kind: "hog-functions", key: "hook", spec: { key: "hook", type: "destination", name: "Hook", templateId, inputs: { url: "https://example.com" } } });
    await applyDefinitions(connection, [spec("template-webhook")]);
    const plan = await planDefinitions(connection, [spec("template-mailgun-send-email")]);
    expect(describeChanges(plan)).toEqual(["replace hog-functions/hook"]);
  });
});
