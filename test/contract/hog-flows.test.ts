import { describe, expect, it } from "vitest";
import { hardDelete, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

const trigger = { id: "trigger_node", name: "Trigger", type: "trigger", config: { type: "event", filters: { events: [{ id: "$pageview", type: "events" }] } } };
const exit = { id: "exit_node", name: "Exit", type: "exit", config: { reason: "Default exit" } };
const edges = [{ from: "trigger_node", to: "exit_node", type: "continue" }];

async function createFlow(body: Record<string, unknown> = {}) {
  const response = await contract.client.post("hog_flows/", { name: uniqueName("flow"), actions: [trigger, exit], edges, ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`hog flow ${response.body.id}`, () => hardDelete(contract.client, `hog_flows/${response.body.id}/`));
  return response.body;
}

describe("contract: hog flows", () => {
  it("creates a draft with the model's defaults, derives the trigger, fills action defaults and compiles the trigger's filters", async () => {
    const created = await createFlow();
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ status: "draft", version: 1, exit_condition: "exit_on_conversion", description: "", conversion: null, trigger_masking: null, billable_action_types: [], abort_action: null });
    expect(created.trigger).toMatchObject({ type: "event", filters: { events: [{ id: "$pageview", type: "events" }] } });
    expect(created.actions[1]).toEqual({ ...exit, description: "", filters: null });
    expect(created.actions[0].config.filters.bytecode).toEqual(expect.any(Array));
    expect(created.edges).toEqual(edges);
    const listed = await contract.client.get("hog_flows/");
    expect(listed.body.results.map((flow: { id: string }) => flow.id)).toContain(created.id);
  });

  it("requires exactly one trigger action, even for a draft, and the actions on create", async () => {
    const none = await contract.client.post("hog_flows/", { name: uniqueName("flow"), actions: [exit] });
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({ attr: "actions", detail: "Exactly one trigger action is required" });
    const missing = await contract.client.post("hog_flows/", { name: uniqueName("flow") });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ attr: "actions", code: "required" });
  });

  it("holds only an active flow to a known template and a valid delay; a draft keeps them", async () => {
    const fn = { id: "fn", name: "Hook", type: "function", config: { template_id: "template-does-not-exist", inputs: {} } };
    const delay = { id: "wait", name: "Wait", type: "delay", config: { delay_duration: "PT1H" } };
    const draft = await createFlow({ actions: [trigger, fn, delay, exit] });
    expect(draft.billable_action_types).toEqual(["function"]);
    const activated = await contract.client.patch(`hog_flows/${draft.id}/`, { status: "active" });
    expect(activated.status).toBe(400);
    expect(activated.body).toMatchObject({ attr: "actions__1__template_id", detail: "Template not found" });
    const badDelay = await contract.client.patch(`hog_flows/${draft.id}/`, { status: "active", actions: [trigger, delay, exit] });
    expect(badDelay.status).toBe(400);
    expect(badDelay.body).toMatchObject({ attr: "actions__1__config", detail: expect.stringContaining("delay_duration must be a string") });
  });

  it("validates a function step's inputs against its template and reads a secret input back as set", async () => {
    const mailgun = { id: "mail", name: "Mail", type: "function", config: { template_id: "template-mailgun-send-email", inputs: { domain_name: { value: "mg.example.com" }, api_key: { value: "key-123" }, host: { value: "api.mailgun.net" }, template: { value: { to: "{person.properties.email}", from: "a@example.com", subject: "Hi", text: "Hi" } } } } };
    const created = await createFlow({ status: "active", actions: [trigger, mailgun, exit] });
    const inputs = created.actions[1].config.inputs;
    expect(inputs.api_key).toEqual({ secret: true });
    expect(inputs.domain_name).toMatchObject({ value: "mg.example.com", order: expect.any(Number) });
    const missing = await contract.client.post("hog_flows/", { name: uniqueName("flow"), status: "active", actions: [trigger, { ...mailgun, config: { ...mailgun.config, inputs: {} } }, exit] });
    expect(missing.status).toBe(400);
    expect(missing.body.attr).toMatch(/^actions__1__/);
  });

  it("deletes for good", async () => {
    const created = await createFlow();
    const removed = await contract.client.delete(`hog_flows/${created.id}/`);
    expect(removed.status).toBe(204);
    expect((await contract.client.get(`hog_flows/${created.id}/`)).status).toBe(404);
  });
});
