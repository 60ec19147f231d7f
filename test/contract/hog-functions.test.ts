import { describe, expect, it } from "vitest";
import { softDelete, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

/** A Mailgun destination: its `api_key` is a secret input of the template. */
async function createMailgun(body: Record<string, unknown> = {}) {
  const response = await contract.client.post("hog_functions/", {
    type: "destination",
    name: uniqueName("fn"),
    template_id: "template-mailgun-send-email",
    inputs: {
      domain_name: { value: "mg.example.com" },
      api_key: { value: "key-contract-secret" },
      host: { value: "api.mailgun.net" },
      template: { value: { from: "a@example.com", to: "{person.properties.email}", subject: "Hi", text: "Hello" } },
    },
    ...body,
  });
  expect(response.status).toBe(201);
  contract.cleanup.add(`hog function ${response.body.id}`, () => softDelete(contract.client, `hog_functions/${response.body.id}/`));
  return response.body;
}

describe("contract: hog functions", () => {
  it("builds a function from its template, reads a secret input back as {secret: true} and keeps it when an update sends {secret: true} or leaves it out", async () => {
    const created = await createMailgun({ description: "" });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ type: "destination", enabled: false, template: { id: "template-mailgun-send-email" }, description: "Send emails using the Mailgun HTTP API" });
    expect(created.inputs_schema.map((entry: { key: string }) => entry.key)).toEqual(["domain_name", "api_key", "host", "template"]);
    expect(created.inputs.api_key).toEqual({ secret: true });
    expect(created.inputs.domain_name.value).toBe("mg.example.com");
    expect(JSON.stringify(created)).not.toContain("key-contract-secret");
    expect(created).not.toHaveProperty("template_id");

    const kept = await contract.client.patch(`hog_functions/${created.id}/`, { inputs: { ...created.inputs, domain_name: { value: "mg2.example.com" }, api_key: { secret: true } } });
    expect(kept.status).toBe(200);
    expect(kept.body.inputs.api_key).toEqual({ secret: true });
    const omitted = await contract.client.patch(`hog_functions/${created.id}/`, { inputs: { domain_name: { value: "mg3.example.com" }, host: { value: "api.mailgun.net" }, template: created.inputs.template } });
    expect(omitted.body.inputs.api_key).toEqual({ secret: true });
    expect(omitted.body.inputs.domain_name.value).toBe("mg3.example.com");
  });

  it("refuses a missing required input on create, an unknown template and a changed type; the template cannot change", async () => {
    const missing = await contract.client.post("hog_functions/", { type: "destination", name: uniqueName("fn"), template_id: "template-mailgun-send-email", inputs: { api_key: { secret: true } } });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ type: "validation_error", attr: "inputs__domain_name", detail: "This field is required." });
    const unknown = await contract.client.post("hog_functions/", { type: "destination", name: uniqueName("fn"), template_id: "template-does-not-exist" });
    expect(unknown.body).toMatchObject({ attr: "template_id", detail: "No template found for id 'template-does-not-exist'" });
    const created = await createMailgun();
    const retyped = await contract.client.patch(`hog_functions/${created.id}/`, { type: "transformation" });
    expect(retyped.body).toMatchObject({ attr: "type", detail: "Cannot modify the type of an existing function" });
    const moved = await contract.client.patch(`hog_functions/${created.id}/`, { template_id: "template-webhook" });
    expect(moved.status).toBe(200);
    expect(moved.body.template.id).toBe("template-mailgun-send-email");
  });

  it("lists on the minimal serializer, refuses DELETE and soft-deletes by PATCH", async () => {
    const created = await createMailgun({ masking: { ttl: 3600, hash: "{person.id}" }, filters: { events: [{ id: "$pageview", type: "events" }], unknown: 1 } });
    expect(created.masking).toMatchObject({ ttl: 3600, hash: "{person.id}", threshold: null });
    expect(created.filters.events).toEqual([{ id: "$pageview", type: "events" }]);
    expect(created.filters).not.toHaveProperty("unknown");
    const listed = (await contract.client.get("hog_functions/?limit=100")).body.results.find((row: { id: string }) => row.id === created.id);
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty("inputs");
    expect(listed).not.toHaveProperty("masking");
    const refused = await contract.client.delete(`hog_functions/${created.id}/`);
    expect(refused.status).toBe(405);
    expect((await contract.client.patch(`hog_functions/${created.id}/`, { deleted: true })).status).toBe(200);
    expect((await contract.client.get(`hog_functions/${created.id}/`)).status).toBe(404);
    expect((await contract.client.patch(`hog_functions/${created.id}/`, { deleted: false })).status).toBe(200);
    expect((await contract.client.get(`hog_functions/${created.id}/`)).status).toBe(200);
  });
});
