import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Definition } from "../../src/core/model.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";

// PostHog lets only staff users write dashboard templates (OnlyStaffCanEditDashboardTemplate); a
// customer's key must fail at plan time, naming the files, before any write.
let customer: RunningEmulator;
let staff: RunningEmulator;

beforeAll(async () => {
  customer = await startEmulator({ rateLimits: false, staffUser: false });
  staff = await startEmulator({ rateLimits: false });
});
afterAll(async () => {
  await customer.close();
  await staff.close();
});

const template: Definition = {
  kind: "dashboard-templates",
  key: "growth",
  spec: { key: "growth", name: "Growth", tiles: [{ type: "TEXT", body: "Hello", layouts: {} }] },
  source: { file: "posthog/dashboard-templates/growth.ts", line: 3 },
};
const action: Definition = { kind: "actions", key: "purchase", spec: { key: "purchase", name: "Purchase", steps: [{ event: "order completed" }] } };

describe("a kind only PostHog staff may write", () => {
  it("fails the plan naming the files, and the apply before any write, when the key's user is not staff", async () => {
    const message = /dashboard templates can be written only by PostHog staff users, and this key's user is not staff: PostHog would refuse every write of posthog\/dashboard-templates\/growth\.ts/;
    await expect(planDefinitions(emulatorConnection(customer.url), [action, template])).rejects.toThrow(message);
    await expect(applyDefinitions(emulatorConnection(customer.url), [action, template])).rejects.toThrow(message);
    // A refusal of the key's user, reported as such by both entry points, not as a bug.
    await expect(planDefinitions(emulatorConnection(customer.url), [action, template])).rejects.toMatchObject({ category: "auth" });
    expect(customer.requests.filter((request) => request.method !== "GET")).toEqual([]);
    expect(customer.requests.some((request) => request.path === "/api/users/@me/")).toBe(true);
  });

  it("plans other kinds without reading the user, and applies templates for a staff user", async () => {
    customer.clearRequests();
    expect(describeChanges(await planDefinitions(emulatorConnection(customer.url), [action]))).toEqual(["create actions/purchase"]);
    expect(customer.requests.some((request) => request.path.startsWith("/api/users/"))).toBe(false);
    await applyDefinitions(emulatorConnection(staff.url), [action, template]);
    expect(describeChanges(await planDefinitions(emulatorConnection(staff.url), [action, template]))).toEqual([]);
  });
});
