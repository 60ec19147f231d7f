import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { expectContract } from "../helpers/checked-emulator.js";
import { copyFixture } from "../helpers/cli.js";
import { resetEmulator } from "../helpers/emulator-control.js";
import { runCliInProcess } from "../helpers/in-process.js";

// A workflow written as PostHog's own tool writes it (its constructor and field names, its
// default exit condition and the draft status spelled out, actions and edges as the API spells them).
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
  repo = copyFixture("posthog-tool-workflows");
  await resetEmulator(emulator);
  emulator.clearRequests();
});
afterEach(() => {
  expectContract(emulator.requests);
  repo.cleanup();
});

describe("hog flows written for PostHog's own tool", () => {
  it("apply with one POST that sends that tool's exit condition and plan no change, also once that tool's hash is in the marker", async () => {
    expect((await cli("validate")).stdout).toBe("1 definition(s) are valid.\n");
    const applied = await cli("apply");
    expect(applied.code, applied.stderr).toBe(0);
    const writes = emulator.requests.filter((r) => r.method !== "GET" && r.path.includes("/hog_flows/"));
    expect(writes.map((r) => r.method)).toEqual(["POST"]);
    expect(writes[0]!.body).toMatchObject({ status: "draft", exit_condition: "exit_only_at_end", edges: [{ from: "trigger_node", to: "delay_1", type: "continue" }, { from: "delay_1", to: "exit_node", type: "continue" }] });
    const flow = (await api("GET", "hog_flows/")).results[0];
    expect(flow).toMatchObject({ exit_condition: "exit_only_at_end", trigger: { type: "event" } });
    expect(flow.description).toMatch(/^Greets new sign-ups\.\n\n<!-- iac:hog-flows:welcome iac:hash:[0-9a-f]{16} -->$/);
    await api("PATCH", `hog_flows/${flow.id}/`, { description: flow.description.replace(/iac:hash:[0-9a-f]+/, "iac:hash:1a2b3c4d5e6f7a8b") });
    emulator.clearRequests();
    const plan = await cli("plan", "--detailed-exitcode");
    expect(plan.code, plan.stdout).toBe(0);
  });

  it("deletes a removed flow with DELETE, as the ModelViewSet does", async () => {
    expect((await cli("apply")).code).toBe(0);
    repo.remove("posthog/hog-flows/welcome.ts");
    const applied = await cli("apply", "--prune", "--allow-empty-prune");
    expect(applied.code, applied.stderr).toBe(0);
    const writes = emulator.requests.filter((r) => r.method !== "GET" && r.path.includes("/hog_flows/"));
    expect(writes.map((r) => r.method)).toEqual(["POST", "DELETE"]);
    expect((await api("GET", "hog_flows/")).results).toEqual([]);
  });
});
