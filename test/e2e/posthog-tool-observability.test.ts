import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { expectContract } from "../helpers/checked-emulator.js";
import { copyFixture } from "../helpers/cli.js";
import { resetEmulator } from "../helpers/emulator-control.js";
import { runCliInProcess } from "../helpers/in-process.js";

// Error tracking settings, a logs view, a logs sampling rule and a logs alert written as PostHog's own tool writes them (its
// constructors, PostHog's field names, some limits left undeclared).
let emulator: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;
const cli = (...args: string[]) => runCliInProcess([...args, "--no-checks"], { cwd: repo.dir, env: { POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: "phx_emulator", POSTHOG_RATE_LIMIT: "off" } });
const api = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${emulator.url}/api/projects/1/${path}`, { method, headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  return (await response.json()) as any;
};

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  repo = copyFixture("posthog-tool-observability");
  await resetEmulator(emulator);
  emulator.clearRequests();
});
afterEach(() => {
  expectContract(emulator.requests);
  repo.cleanup();
});

describe("error tracking settings written for PostHog's own tool", () => {
  it("validate, apply only the declared limits through update_settings, leave the others alone and plan no change", async () => {
    await api("PATCH", "error_tracking/settings/update_settings/", { per_issue_rate_limit_value: 25, per_issue_rate_limit_bucket_size_minutes: 3 });
    emulator.clearRequests();
    expect((await cli("validate")).stdout).toBe("4 definition(s) are valid.\n");
    const applied = await cli("apply");
    expect(applied.code, applied.stderr).toBe(0);
    const writes = emulator.requests.filter((r) => r.method !== "GET" && r.path.includes("/error_tracking/"));
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(["PATCH /api/projects/1/error_tracking/settings/update_settings/"]);
    expect(writes[0]!.body).toEqual({ project_rate_limit_value: 5000, project_rate_limit_bucket_size_minutes: 10, per_issue_rate_limit_value: null });
    expect(await api("GET", "error_tracking/settings/retrieve_settings/")).toEqual({ project_rate_limit_value: 5000, project_rate_limit_bucket_size_minutes: 10, per_issue_rate_limit_value: null, per_issue_rate_limit_bucket_size_minutes: 3 });
    const plan = await cli("plan", "--detailed-exitcode");
    expect(plan.code, plan.stdout).toBe(0);
  });

  it("plans a changed limit in PostHog's words, as an update of that field alone", async () => {
    await cli("apply");
    await api("PATCH", "error_tracking/settings/update_settings/", { project_rate_limit_value: 100 });
    const plan = await cli("plan");
    expect(plan.stdout).toContain("project-wide limit: 100 exceptions per 10 minutes → 5000 exceptions per 10 minutes");
    expect(plan.stdout).not.toContain("per_issue_rate_limit_bucket_size_minutes");
  });
});

describe("logs views written for PostHog's own tool", () => {
  it("apply with that tool's marker in the name, by short_id afterwards, and plan no change, also once that tool's hash is in the marker", async () => {
    expect((await cli("apply")).code).toBe(0);
    const view = (await api("GET", "logs/views/")).results[0];
    expect(view).toMatchObject({ filters: { severityLevels: ["warn"], searchTerm: "slow request" }, columns: [{ id: "ts", type: "timestamp" }, { id: "duration", type: "custom", expression: "attributes.duration_ms", width: 120 }], pinned: false });
    expect(view.name).toMatch(/^Slow requests\n\n<!-- iac:logs-views:slow-requests iac:hash:[0-9a-f]{16} -->$/);
    await api("PATCH", `logs/views/${view.short_id}/`, { name: view.name.replace(/iac:hash:[0-9a-f]+/, "iac:hash:1a2b3c4d5e6f7a8b") });
    emulator.clearRequests();
    const plan = await cli("plan", "--detailed-exitcode");
    expect(plan.code, plan.stdout).toBe(0);
  });
});

describe("logs sampling rules written for PostHog's own tool", () => {
  it("send that tool's camelCase fields as PostHog's, with the marker in the name, and plan no change", async () => {
    expect((await cli("apply")).code).toBe(0);
    const created = emulator.requests.find((r) => r.method === "POST" && r.path.endsWith("/logs/sampling_rules/"))!.body as Record<string, any>;
    expect(created).toMatchObject({ rule_type: "path_drop", enabled: true, priority: 0, config: { patterns: ["^/healthz$", "^/ready$"], match_attribute_key: "http.target" }, scope_attribute_filters: [] });
    expect(created.name).toMatch(/^Drop health checks\n\n<!-- iac:logs-sampling-rules:drop-health-checks iac:hash:[0-9a-f]{16} -->$/);
    expect((await cli("plan", "--detailed-exitcode")).code).toBe(0);
  });
});

describe("logs alerts written for PostHog's own tool", () => {
  it("send that tool's camelCase fields as the serializer's, with the marker in the name and PostHog's defaults for the rest, and plan no change", async () => {
    expect((await cli("apply")).code).toBe(0);
    const created = emulator.requests.find((r) => r.method === "POST" && r.path.endsWith("/logs/alerts/"))!.body as Record<string, any>;
    expect(created).toMatchObject({ enabled: true, threshold_count: 20, threshold_operator: "above", window_minutes: 10, evaluation_periods: 1, datapoints_to_alarm: 1, cooldown_minutes: 15, filters: { serviceNames: ["payments"] } });
    expect(created.name).toMatch(/^Payment errors\n\n<!-- iac:logs-alerts:payment-errors iac:hash:[0-9a-f]{16} -->$/);
    const [alert] = (await api("GET", "logs/alerts/")).results;
    expect(alert).toMatchObject({ state: "not_firing", check_interval_minutes: 5, destination_types: [] });
    expect((await cli("plan", "--detailed-exitcode")).code).toBe(0);
  });
});
