import { describe, expect, it } from "vitest";
import { hardDelete, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

async function createVariable(body: Record<string, unknown>) {
  const response = await contract.client.post("insight_variables/", { type: "String", ...body });
  expect(response.status).toBe(201);
  contract.cleanup.add(`insight variable ${response.body.id}`, () => hardDelete(contract.client, `insight_variables/${response.body.id}/`));
  return response.body;
}

describe("contract: insight variables", () => {
  it("derives the code name from the name once, keeps it on a rename and refuses a second variable with it", async () => {
    const name = uniqueName("Plan Tier");
    const created = await createVariable({ name: `  ${name}!  ` });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ name: `${name}!`, code_name: name.replace(/ /g, "_").toLowerCase(), type: "String", default_value: null, values: null, is_multi: false, values_query: null });
    expect(typeof created.created_by).toBe("number");
    const renamed = await contract.client.patch(`insight_variables/${created.id}/`, { name: "Customer plan" });
    expect(renamed.body).toMatchObject({ name: "Customer plan", code_name: created.code_name });
    const again = await contract.client.post("insight_variables/", { name: created.code_name, type: "Number" });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ attr: null, detail: "Variable with this code name already exists" });
    const listed = await contract.client.get("insight_variables/");
    expect(listed.body.results.map((row: { id: string }) => row.id)).toContain(created.id);
  });

  it("stores List values and defaults as strings, refuses objects among the values, and clears is_multi for other types", async () => {
    const list = await createVariable({ name: uniqueName("region"), type: "List", values: ["eu", 1, true, null], default_value: 1 });
    expect(list).toMatchObject({ values: ["eu", "1", "true"], default_value: "1", is_multi: false });
    const multi = await contract.client.patch(`insight_variables/${list.id}/`, { is_multi: true });
    expect(multi.body).toMatchObject({ is_multi: true, default_value: ["1"] });
    const cleared = await contract.client.patch(`insight_variables/${list.id}/`, { is_multi: false, default_value: null });
    expect(cleared.body.default_value).toBe("");
    const refused = await contract.client.post("insight_variables/", { name: uniqueName("bad"), type: "List", values: [["a"]] });
    expect(refused.body).toMatchObject({ attr: "values", detail: "List variable values must be strings or numbers (got an array at index 0). Enter each value as plain text or a number." });
    const plain = await createVariable({ name: uniqueName("plain"), type: "Boolean", is_multi: true, default_value: true });
    expect(plain).toMatchObject({ is_multi: false, default_value: true });
  });

  it("deletes for real", async () => {
    const created = await contract.client.post("insight_variables/", { name: uniqueName("gone"), type: "Date" });
    expect((await contract.client.delete(`insight_variables/${created.body.id}/`)).status).toBe(204);
    expect((await contract.client.get(`insight_variables/${created.body.id}/`)).status).toBe(404);
  });
});
