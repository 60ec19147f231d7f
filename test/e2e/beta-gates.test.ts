import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Definition } from "../../src/core/model.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";

// PostHog serves logs views only where its own "logs-saved-views" flag is on for the organization
// (PostHogFeatureFlagPermission); a project without it must fail at plan time, before any write.
let gated: RunningEmulator;
let open: RunningEmulator;

beforeAll(async () => {
  gated = await startEmulator({ rateLimits: false, posthogFeatureFlags: { "logs-saved-views": false } });
  open = await startEmulator({ rateLimits: false });
});
afterAll(async () => {
  await gated.close();
  await open.close();
});

const view: Definition = { kind: "logs-views", key: "errors", spec: { key: "errors", name: "Errors", filters: { severityLevels: ["error"] } } };
const action: Definition = { kind: "actions", key: "purchase", spec: { key: "purchase", name: "Purchase", steps: [{ event: "order completed" }] } };

describe("a kind behind one of PostHog's feature flags", () => {
  it("fails the plan with what the project lacks, and the apply before any write, when a logs view is declared", async () => {
    const message = /this project cannot have logs views yet: PostHog serves them only to organizations with its "logs-saved-views" feature \(a beta\)/;
    await expect(planDefinitions(emulatorConnection(gated.url), [action, view])).rejects.toThrow(message);
    await expect(applyDefinitions(emulatorConnection(gated.url), [action, view])).rejects.toThrow(message);
    // What PostHog will not serve this project, reported as a PostHog failure, not as a bug.
    await expect(planDefinitions(emulatorConnection(gated.url), [action, view])).rejects.toMatchObject({ category: "api" });
    expect(gated.requests.filter((request) => request.method !== "GET")).toEqual([]);
  });

  it("plans every other kind as before when no logs view is declared, and applies logs views where the flag is on", async () => {
    expect(describeChanges(await planDefinitions(emulatorConnection(gated.url), [action]))).toEqual(["create actions/purchase"]);
    await applyDefinitions(emulatorConnection(open.url), [action, view]);
    expect(describeChanges(await planDefinitions(emulatorConnection(open.url), [action, view]))).toEqual([]);
  });
});

describe("logs alerts behind PostHog's logs-alerting flag", () => {
  it("fail the plan with what the project lacks, before any write, and apply where the flag is on", async () => {
    const noAlerts = await startEmulator({ rateLimits: false, posthogFeatureFlags: { "logs-alerting": false } });
    try {
      const alert: Definition = { kind: "logs-alerts", key: "errors", spec: { key: "errors", name: "Errors", filters: { severityLevels: ["error"] } } };
      const message = /this project cannot have logs alerts yet: PostHog serves them only to organizations with its "logs-alerting" feature \(a beta\)/;
      await expect(applyDefinitions(emulatorConnection(noAlerts.url), [action, view, alert])).rejects.toThrow(message);
      expect(noAlerts.requests.filter((request) => request.method !== "GET")).toEqual([]);
      await applyDefinitions(emulatorConnection(open.url), [alert]);
      expect(describeChanges(await planDefinitions(emulatorConnection(open.url), [alert]))).toEqual([]);
    } finally {
      await noAlerts.close();
    }
  });
});
