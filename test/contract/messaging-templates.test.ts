import { describe, expect, it } from "vitest";
import { softDelete, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

async function createTemplate(body: Record<string, unknown> = {}) {
  const response = await contract.client.post("messaging_templates/", { name: uniqueName("template"), type: "email", content: { email: { subject: "Hello", text: "Hi", html: "<p>Hi</p>" } }, ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`messaging template ${response.body.id}`, () => softDelete(contract.client, `messaging_templates/${response.body.id}/`));
  return response.body;
}

describe("contract: messaging templates", () => {
  it("creates with templating defaulted to liquid, trims the email's text, drops unknown email parts and answers on both routes", async () => {
    const name = uniqueName("template");
    const created = await createTemplate({ name: `  ${name} `, description: "Welcome", content: { email: { subject: "  Hi {{ person.properties.name }} ", text: "", html: "<p>Hi</p>", extra: 1 } } });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ name, description: "Welcome", type: "email", message_category: null, deleted: false, content: { templating: "liquid", email: { subject: "Hi {{ person.properties.name }}", text: "", html: "<p>Hi</p>" } } });
    expect(created.content.email).not.toHaveProperty("extra");
    expect(created.created_by).toMatchObject({ email: expect.any(String) });
    const viaEnvironment = await contract.client.get(`/api/environments/${contract.target.projectId}/messaging_templates/${created.id}/`);
    expect(viaEnvironment.status).toBe(200);
    expect(viaEnvironment.body.id).toBe(created.id);
    const bare = await contract.client.post("messaging_templates/", { name: uniqueName("template") });
    expect(bare.status).toBe(201);
    contract.cleanup.add(`messaging template ${bare.body.id}`, () => softDelete(contract.client, `messaging_templates/${bare.body.id}/`));
    expect(bare.body).toMatchObject({ type: "email", description: "", content: { templating: "liquid" } });
    expect(bare.body.content).not.toHaveProperty("email");
  });

  it("replaces the content whole on update", async () => {
    const created = await createTemplate({ content: { email: { subject: "One", text: "Plain", html: "<p>One</p>" } } });
    const updated = await contract.client.patch(`messaging_templates/${created.id}/`, { content: { email: { subject: "Two", html: "<p>Two</p>" } } });
    expect(updated.status).toBe(200);
    expect(updated.body.content).toEqual({ templating: "liquid", email: { subject: "Two", html: "<p>Two</p>" } });
    const renamed = await contract.client.patch(`messaging_templates/${created.id}/`, { name: "Renamed" });
    expect(renamed.body.content.email.subject).toBe("Two");
  });

  it("refuses an email without a subject, a blank subject, another templating language and an unknown category", async () => {
    const noSubject = await contract.client.post("messaging_templates/", { name: uniqueName("template"), type: "email", content: { email: { html: "<p>x</p>" } } });
    expect(noSubject.status).toBe(400);
    expect(noSubject.body).toMatchObject({ type: "validation_error", attr: "content__email__subject", detail: "Subject is required for email templates." });
    const blank = await contract.client.post("messaging_templates/", { name: uniqueName("template"), content: { email: { subject: " " } } });
    expect(blank.body).toMatchObject({ attr: "content__email__subject", code: "blank" });
    const handlebars = await contract.client.post("messaging_templates/", { name: uniqueName("template"), content: { templating: "hog", email: { subject: "x" } } });
    expect(handlebars.body).toMatchObject({ attr: "content__templating", code: "invalid_choice" });
    const category = await contract.client.post("messaging_templates/", { name: uniqueName("template"), message_category: "00000000-0000-4000-8000-000000000000" });
    expect(category.body).toMatchObject({ attr: "message_category", code: "does_not_exist" });
    // `validate` reads Python truthiness: an empty email needs no subject, an empty design no html.
    for (const email of [{}, { subject: "Hi", design: {} }]) {
      const empty = await contract.client.post("messaging_templates/", { name: uniqueName("template"), type: "email", content: { email } });
      expect(empty.status).toBe(201);
      contract.cleanup.add(`messaging template ${empty.body.id}`, () => softDelete(contract.client, `messaging_templates/${empty.body.id}/`));
    }
    const nameless = await contract.client.post("messaging_templates/", {});
    expect(nameless.body).toMatchObject({ attr: "name", code: "required" });
  });

  it("forbids DELETE and soft-deletes by PATCH; a deleted template is gone from every route", async () => {
    const created = await createTemplate();
    const refused = await contract.client.delete(`messaging_templates/${created.id}/`);
    expect(refused.status).toBe(405);
    const deleted = await contract.client.patch(`messaging_templates/${created.id}/`, { deleted: true });
    expect(deleted.status).toBe(200);
    expect(deleted.body.deleted).toBe(true);
    expect((await contract.client.get(`messaging_templates/${created.id}/`)).status).toBe(404);
    expect((await contract.client.patch(`messaging_templates/${created.id}/`, { deleted: false })).status).toBe(404);
    const listed = await contract.client.get("messaging_templates/?limit=1000");
    expect(listed.body.results.map((row: { id: string }) => row.id)).not.toContain(created.id);
  });
});
