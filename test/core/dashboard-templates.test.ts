import { describe, expect, it } from "vitest";
import { appendIdentityMarker } from "../../src/core/identity.js";
import { dashboardTemplates } from "../../src/core/kinds/dashboard-templates.js";
import type { ProjectApi } from "../../src/core/ports.js";
import { assertStaffWrites } from "../../src/core/staff-writes.js";

const lookup = { keyOf: () => undefined, rows: () => [] };
const tiles = [{ type: "TEXT", body: "Hi", layouts: {} }];

/** A project API that answers only the current user, recording what was asked. */
function userApi(user: Record<string, unknown> | Error) {
  const asked: string[] = [];
  const fail = () => Promise.reject(new Error("unexpected"));
  const api: ProjectApi = {
    projectId: "1",
    list: fail,
    get: (path) => (asked.push(path), user instanceof Error ? Promise.reject(user) : Promise.resolve(user as never)),
    post: fail,
    patch: fail,
    delete: fail,
  };
  return { api, asked };
}

describe("dashboard templates", () => {
  it("maps PostHog's tool's names to the serializer's, carries the marker in the description, and compares what PostHog returns", () => {
    const { fields } = dashboardTemplates.toDesired({ key: "growth", name: " Growth ", description: " Weekly ", tiles, featured: true });
    expect(fields).toEqual({ template_name: "Growth", dashboard_description: "Weekly", tiles, dashboard_filters: {}, variables: [], tags: [], is_featured: true, scope: "team" });
    const body = dashboardTemplates.toPayload("growth", fields, { idOf: () => undefined }, "create");
    expect(body.dashboard_description).toBe(appendIdentityMarker("dashboard-templates", "growth", "Weekly"));
    const live = { id: "0190", team_id: 1, template_name: "Growth", dashboard_description: String(body.dashboard_description), tiles, dashboard_filters: null, variables: null, tags: null, is_featured: true, scope: "team", deleted: null };
    expect(dashboardTemplates.identify(live)).toBe("growth");
    expect(dashboardTemplates.toObserved(live, lookup)).toEqual(fields);
    expect(dashboardTemplates.serverOwned?.(live)).toBe(false);
    expect(dashboardTemplates.serverOwned?.({ ...live, team_id: null, scope: "global" })).toBe(true);
  });

  it("checks the description's room beside the marker and refuses an empty tile list offline", () => {
    const found: string[] = [];
    dashboardTemplates.validate?.({ key: "growth", name: "Growth", description: "x".repeat(400), tiles: [] }, (path) => found.push(path));
    expect(found).toEqual(["description", "tiles"]);
  });

  it("reads the user only when templates are declared, and refuses before any write when it is not staff", async () => {
    const template = { kind: "dashboard-templates" as const, key: "growth", fields: {}, dependsOn: [], source: { file: "posthog/dashboard-templates/growth.ts", line: 1 } };
    const none = userApi({ is_staff: false });
    await assertStaffWrites(none.api, [{ kind: "actions", key: "a", fields: {}, dependsOn: [] }]);
    expect(none.asked).toEqual([]);
    await expect(assertStaffWrites(none.api, [template])).rejects.toThrow("PostHog would refuse every write of posthog/dashboard-templates/growth.ts");
    expect(none.asked).toEqual(["/api/users/@me/"]);
    await expect(assertStaffWrites(userApi({ is_staff: true }).api, [template])).resolves.toBeUndefined();
  });
});
