import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/core/json.js";
import type { Definition, KindName } from "../../src/core/model.js";
import { connect } from "../../src/engine/project.js";
import { expectContract } from "../helpers/checked-emulator.js";
import { scoped, useE2ETarget } from "../helpers/e2e-target.js";
import { applyDefinitions, describeChanges, planDefinitions } from "../helpers/project.js";

// The emulator, or a real project when POSTHOG_CONTRACT_* are set (writing templates needs a staff user there).
const target = useE2ETarget({ rateLimits: false });
beforeEach(async () => {
  await target.reset();
});
afterEach(() => {
  expectContract(target.requests);
  target.clearRequests();
});

const def = (kind: KindName, spec: JsonObject): Definition => ({ kind, key: spec.key as string, spec });
const ref = (kind: KindName, key: string) => ({ $ref: `${kind}/${key}` });
const query = { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "$pageview" }] } };
const weekly = def("dashboard-templates", {
  key: "weekly",
  name: "Weekly review",
  description: "The template's words",
  filters: { date_from: "-7d" },
  tiles: [
    { type: "INSIGHT", name: "Views", description: "Page views", query, layouts: { sm: { x: 0, y: 0, w: 6, h: 5 } } },
    { type: "TEXT", body: "Read me", layouts: { sm: { x: 6, y: 0, w: 6, h: 5 } } },
  ],
});
const monthly = def("dashboard-templates", { key: "monthly", name: "Monthly review", tiles: [{ type: "TEXT", body: "Monthly", layouts: {} }] });
const review = def("dashboards", { key: "review", name: "Review", description: "Our review", tags: ["ops"], template: ref("dashboard-templates", "weekly") });

describe("a dashboard created from a dashboard template", () => {
  const connection = () => target.connection();

  it("is created with use_template by the template's name, keeps the template's tiles and its own description, and then plans nothing", async () => {
    const defs = [weekly, monthly, review].map(scoped);
    await applyDefinitions(connection(), defs);
    const create = target.requests.find((r) => r.method === "POST" && /\/dashboards\/$/.test(r.path));
    expect(create?.body).toMatchObject({ use_template: scoped(weekly).spec.name });
    expect(describeChanges(await planDefinitions(connection(), defs))).toEqual([]);

    const client = connect(connection());
    const listed = (await client.list("dashboards")).find((d) => d.name === scoped(review).spec.name)!;
    const live = (await client.get(`dashboards/${String(listed.id)}/`))!;
    await client.close();
    expect(live).toMatchObject({ creation_mode: "template", description: "Our review", filters: { date_from: "-7d" } });
    expect((live.tiles as JsonObject[]).map((t) => (t.insight ? "insight" : "text"))).toEqual(["insight", "text"]);

    const renamed = defs.map((d) => (d.kind === "dashboards" ? { ...d, spec: { ...d.spec, name: `${String(d.spec.name)} 2`, tags: ["ops", "kpi"] } } : d));
    const update = await planDefinitions(connection(), renamed);
    expect(describeChanges(update)).toEqual([`update dashboards/${scoped(review).key}`]);
    await applyDefinitions(connection(), renamed);
    expect(describeChanges(await planDefinitions(connection(), renamed))).toEqual([]);
  });

  it("plans a replacement when the template changes, which apply makes from the new template and then converges", async () => {
    await applyDefinitions(connection(), [weekly, monthly, review].map(scoped));
    const moved = [weekly, monthly, { ...review, spec: { ...review.spec, template: ref("dashboard-templates", "monthly") } }].map(scoped);
    const plan = await planDefinitions(connection(), moved);
    expect(describeChanges(plan)).toEqual([`replace dashboards/${scoped(review).key}`]);
    expect(plan.steps.find((s) => s.action === "replace")?.warnings.map((w) => (w.type === "risk" ? w.message : w.field))).toEqual([
      "PostHog applies a dashboard template only when it creates the dashboard, so apply replaces it: the old dashboard is deleted and a new one is created from the new template",
    ]);
    target.clearRequests();
    await applyDefinitions(connection(), moved);
    const create = target.requests.find((r) => r.method === "POST" && /\/dashboards\/$/.test(r.path));
    expect(create?.body).toMatchObject({ use_template: scoped(monthly).spec.name });
    expect(describeChanges(await planDefinitions(connection(), moved))).toEqual([]);
  });

  it("compares the template's tiles only when the definition declares tiles too", async () => {
    const defs = [weekly, { ...review, spec: { ...review.spec, tiles: [{ type: "text", body: "Only this" }] } }].map(scoped);
    await applyDefinitions(connection(), defs);
    expect(describeChanges(await planDefinitions(connection(), defs))).toEqual([]);
    const client = connect(connection());
    const listed = (await client.list("dashboards")).find((d) => d.name === scoped(review).spec.name)!;
    const live = (await client.get(`dashboards/${String(listed.id)}/`))!;
    await client.close();
    expect((live.tiles as JsonObject[]).map((t) => (t.text as JsonObject | null)?.body ?? "insight")).toEqual(["Only this"]);
  });
});
