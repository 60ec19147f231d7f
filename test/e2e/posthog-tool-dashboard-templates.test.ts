import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { expectContract } from "../helpers/checked-emulator.js";
import { copyFixture } from "../helpers/cli.js";
import { resetEmulator } from "../helpers/emulator-control.js";
import { runCliInProcess } from "../helpers/in-process.js";

// A dashboard template written as PostHog's own tool writes it (its constructor and field names,
// scope "team" and the defaults spelled out, tiles as PostHog's templates repository lays them out).
let staff: RunningEmulator;
let customer: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;
const cli = (emulator: RunningEmulator, ...args: string[]) =>
  runCliInProcess([...args, "--no-checks"], { cwd: repo.dir, env: { POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: "phx_emulator", POSTHOG_RATE_LIMIT: "off" } });
const api = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${staff.url}/api/projects/1/${path}`, { method, headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  return (await response.json()) as any;
};

beforeAll(async () => {
  staff = await startEmulator({ rateLimits: false });
  customer = await startEmulator({ rateLimits: false, staffUser: false });
});
afterAll(async () => {
  await staff.close();
  await customer.close();
});
beforeEach(async () => {
  repo = copyFixture("posthog-tool-dashboards");
  await resetEmulator(staff);
  staff.clearRequests();
  customer.clearRequests();
});
afterEach(() => {
  expectContract(staff.requests);
  expectContract(customer.requests);
  repo.cleanup();
});

describe("dashboard templates written for PostHog's own tool", () => {
  it("apply with that tool's marker in the description, leave the global templates alone and plan no change, also once that tool's hash is in the marker", async () => {
    expect((await cli(staff, "validate")).stdout).toBe("1 definition(s) are valid.\n");
    const applied = await cli(staff, "apply");
    expect(applied.code, applied.stderr).toBe(0);
    const writes = staff.requests.filter((r) => r.method !== "GET");
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /api/projects/1/dashboard_templates/"]);
    expect(writes[0]!.body).toMatchObject({ template_name: "Web overview", scope: "team", is_featured: false, tags: ["web"] });
    const rows = (await api("GET", "dashboard_templates/")).results;
    const ours = rows.find((row: any) => row.team_id === 1);
    expect(ours.dashboard_description).toMatch(/^Traffic and top pages for a site\.\n\n<!-- iac:dashboard-templates:web-overview iac:hash:[0-9a-f]{16} -->$/);
    expect(rows.filter((row: any) => row.team_id === null).map((row: any) => row.scope)).toEqual(["global"]);
    await api("PATCH", `dashboard_templates/${ours.id}/`, { dashboard_description: ours.dashboard_description.replace(/iac:hash:[0-9a-f]+/, "iac:hash:1a2b3c4d5e6f7a8b") });
    const plan = await cli(staff, "plan", "--detailed-exitcode");
    expect(plan.code, plan.stdout).toBe(0);
  });

  it("fail the plan naming the file when the key's user is not staff, with nothing written", async () => {
    const plan = await cli(customer, "plan");
    expect(plan.code).not.toBe(0);
    expect(plan.stderr).toContain("dashboard templates can be written only by PostHog staff users, and this key's user is not staff: PostHog would refuse every write of posthog/dashboard-templates/web-overview.ts");
    expect(customer.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });
});
