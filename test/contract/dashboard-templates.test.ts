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

  it("refuses a dashboard from a template key that names no template, in DashboardSerializer.create's words", async () => {
    const name = uniqueName("no_such_template");
    const refused = await contract.client.post("dashboards/", { name: uniqueName("dashboard"), use_template: name });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ attr: "use_template", detail: `Invalid template provided: ${name}` });
  });

  it("creates a dashboard from a template by its name: its description and filters, a sample insight and a text per tile", async () => {
    if (!(await isStaff())) return;
    const name = uniqueName("dashboard_template");
    const query = { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "$pageview" }] } };
    const templateTiles = [
      { type: "INSIGHT", name: "Views", description: "Page views", query, layouts: { sm: { x: 0, y: 0, w: 6, h: 5 } }, color: "blue" },
      { type: "TEXT", body: "Read me", layouts: { sm: { x: 6, y: 0, w: 6, h: 5 } } },
    ];
    const template = await contract.client.post("dashboard_templates/", { template_name: name, dashboard_description: "From the template", dashboard_filters: { date_from: "-7d" }, tiles: templateTiles });
    expect(template.status).toBe(201);
    contract.cleanup.add(`dashboard template ${template.body.id}`, () => softDelete(contract.client, `dashboard_templates/${template.body.id}/`));
    const made = await contract.client.post("dashboards/", { name: uniqueName("dashboard"), description: "ignored", filters: { date_from: "-30d" }, tags: ["kept"], use_template: name });
    expect(made.status).toBe(201);
    contract.cleanup.add(`dashboard ${made.body.id}`, () => softDelete(contract.client, `dashboards/${made.body.id}/`));
    expect(made.body).toMatchObject({ creation_mode: "template", description: "From the template", filters: { date_from: "-7d" }, tags: ["kept"] });
    const tiles = made.body.tiles as { insight: Record<string, unknown> | null; text: Record<string, unknown> | null; color: string | null; layouts: unknown }[];
    expect(tiles).toHaveLength(2);
    const insightTile = tiles.find((tile) => tile.insight !== null)!;
    expect(insightTile.insight).toMatchObject({ name: "Views", description: "Page views", is_sample: true });
    expect(insightTile).toMatchObject({ color: "blue", layouts: templateTiles[0]!.layouts });
    expect(tiles.find((tile) => tile.text !== null)!.text).toMatchObject({ body: "Read me" });
  });
});
