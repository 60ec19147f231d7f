import { describe, expect, it } from "vitest";
import { softDelete, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();
const tiles = [{ type: "TEXT", body: "Contract template", layouts: {} }];

/** Whether the key's user is staff, which decides whether PostHog lets it write templates. */
async function isStaff(): Promise<boolean> {
  const me = await contract.client.get("/api/users/@me/");
  expect(me.status).toBe(200);
  expect(typeof me.body.is_staff).toBe("boolean");
  return me.body.is_staff === true;
}

describe("contract: dashboard templates", () => {
  it("lists the project's templates with the global ones, each with its scope and team", async () => {
    const listed = await contract.client.get("dashboard_templates/");
    expect(listed.status).toBe(200);
    for (const row of listed.body.results as { team_id: number | null; scope: string | null }[]) {
      expect(row.team_id === null ? row.scope : "team-owned").not.toBe("team");
    }
  });

  it("refuses writes by a user who is not staff; staff create, rename under a unique name and soft-delete", async () => {
    const name = uniqueName("dashboard_template");
    if (!(await isStaff())) {
      const refused = await contract.client.post("dashboard_templates/", { template_name: name, tiles });
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toBe("You don't have edit permissions for this dashboard template.");
      return;
    }
    const created = await contract.client.post("dashboard_templates/", { template_name: name, tiles });
    expect(created.status).toBe(201);
    contract.cleanup.add(`dashboard template ${created.body.id}`, () => softDelete(contract.client, `dashboard_templates/${created.body.id}/`));
    expect(created.body).toMatchObject({ template_name: name, tiles, scope: "team", deleted: null });
    const duplicate = await contract.client.post("dashboard_templates/", { template_name: name, tiles });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body).toMatchObject({ attr: "template_name", detail: "A dashboard template with this name already exists for this project." });
    expect((await contract.client.post("dashboard_templates/", { template_name: uniqueName("dashboard_template"), tiles: [] })).body.detail).toBe("You need to provide tiles for the template.");
    expect((await contract.client.delete(`dashboard_templates/${created.body.id}/`)).status).toBe(405);
    expect((await contract.client.patch(`dashboard_templates/${created.body.id}/`, { deleted: true })).status).toBe(200);
    expect((await contract.client.get(`dashboard_templates/${created.body.id}/`)).status).toBe(404);
  });
});
