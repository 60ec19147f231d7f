import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;
const dashboards = "/api/projects/1/dashboards/";
const templates = "/api/projects/1/dashboard_templates/";

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

const query = { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "$pageview" }] } };

async function createTemplate(body: Record<string, unknown>): Promise<string> {
  const created = await api.post(templates, body);
  expect(created.status).toBe(201);
  return created.body.id as string;
}

describe("dashboards from templates (use_template)", () => {
  it("finds the template by name and gives the dashboard its description, filters, tags and one new tile per template tile", async () => {
    await createTemplate({
      template_name: "Weekly",
      dashboard_description: "Template text",
      dashboard_filters: { date_from: "-7d" },
      tags: ["from-template"],
      tiles: [
        { type: "INSIGHT", name: "Views", description: "Page views", query, layouts: { sm: { x: 0, y: 0, w: 6, h: 5 } }, color: "blue" },
        { type: "TEXT", body: "Read me", layouts: { sm: { x: 6, y: 0, w: 6, h: 5 } } },
        { type: "BUTTON", text: "ignored" },
      ],
    });
    const made = await api.post(dashboards, { name: "Mine", description: "overwritten", filters: { date_from: "-30d" }, use_template: "Weekly" });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: "Mine", creation_mode: "template", description: "Template text", filters: { date_from: "-7d" }, tags: ["from-template"] });
    const tiles = made.body.tiles as { insight: Record<string, unknown> | null; text: Record<string, unknown> | null; color: string | null; layouts: unknown }[];
    expect(tiles).toHaveLength(2);
    expect(tiles[0]).toMatchObject({ color: "blue", layouts: { sm: { x: 0, y: 0, w: 6, h: 5 } }, text: null });
    expect(tiles[0]!.insight).toMatchObject({ name: "Views", description: "Page views", query, is_sample: true });
    expect(tiles[1]).toMatchObject({ insight: null, color: null, text: { body: "Read me" } });

    const tagged = await api.post(dashboards, { name: "", tags: ["own"], use_template: "Weekly" });
    expect(tagged.body).toMatchObject({ name: "Weekly", tags: ["own"] });
  });

  it("uses a global template by its name too", async () => {
    const made = await api.post(dashboards, { name: "Global", use_template: "Product analytics" });
    expect(made.status).toBe(201);
    expect(made.body.tiles).toHaveLength(1);
  });

  it("refuses a key that names no live template, creating nothing", async () => {
    const id = await createTemplate({ template_name: "Gone", tiles: [{ type: "TEXT", body: "x" }] });
    await api.patch(`${templates}${id}/`, { deleted: true });
    const before = (await api.get(dashboards)).body.count as number;
    for (const key of ["Gone", "DEFAULT_APP_MISSING", "weekly"]) {
      const refused = await api.post(dashboards, { name: "Nope", use_template: key });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ type: "validation_error", attr: "use_template", detail: `Invalid template provided: ${key}` });
    }
    expect((await api.get(dashboards)).body.count).toBe(before);
  });
});
