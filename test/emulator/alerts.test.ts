import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyDefinitions, emulatorConnection } from "../helpers/project.js";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator({ keys: [{ key: "phx_emulator", scopes: ["*"] }, { key: "phx_alerts_only", scopes: ["alert:write", "insight:write"] }] });
});
afterAll(() => api.close());

const trends = { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "signed up" }] } };

describe("organization members", () => {
  it("lists the one member with its user, needs organization_member:read, and knows only the emulator's organization", async () => {
    const organization = (await api.get("/api/environments/1/")).body.organization;
    const members = await api.get(`/api/organizations/${organization}/members/`);
    expect(members.status).toBe(200);
    expect(members.body).toMatchObject({ count: 1, next: null, results: [{ level: 15, user: { id: 1, email: "emulator@posthog.local" } }] });
    expect((await api.get("/api/organizations/@current/members/")).body.count).toBe(1);
    expect((await api.get("/api/organizations/0190b2f0-0000-7000-8000-000000000000/members/")).status).toBe(404);
    const denied = await api.get(`/api/organizations/${organization}/members/`, { key: "phx_alerts_only" });
    expect(denied.body).toMatchObject({ code: "permission_denied", detail: "API key missing required scope 'organization_member:read'" });
  });
});

describe("alert subscribers by email", () => {
  it("subscribes members by email, and fails the alert's step naming an email no member has", async () => {
    const insight = { kind: "insights" as const, key: "signups", spec: { key: "signups", name: "Signups", query: trends } };
    const alert = (subscribedUsers: string[]) => ({ kind: "alerts" as const, key: "drop", spec: { key: "drop", name: "Drop", insight: { $ref: "insights/signups" }, threshold: { bounds: { upper: 10 } }, subscribedUsers } });
    const { result } = await applyDefinitions(emulatorConnection(api.url), [insight, alert(["Emulator@PostHog.local"])]);
    expect(result.results.find((step) => step.kind === "alerts")).toMatchObject({ status: "applied" });
    const live = (await api.get("/api/projects/1/alerts/")).body.results[0];
    expect(live.subscribed_users.map((user: { email: string }) => user.email)).toEqual(["emulator@posthog.local"]);
    await expect(applyDefinitions(emulatorConnection(api.url), [insight, alert(["nobody@example.com"])])).rejects.toThrow(
      "alerts/drop: no member of the project's organization has the email nobody@example.com; alerts can only notify members",
    );
  });
});
