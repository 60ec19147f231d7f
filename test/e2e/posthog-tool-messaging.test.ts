import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { expectContract } from "../helpers/checked-emulator.js";
import { copyFixture } from "../helpers/cli.js";
import { resetEmulator } from "../helpers/emulator-control.js";
import { runCliInProcess } from "../helpers/in-process.js";

// Messaging definitions written as PostHog's own tool writes them (its constructors and field
// names, the defaults spelled out, a design with its html).
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
  repo = copyFixture("posthog-tool-messaging");
  await resetEmulator(emulator);
  emulator.clearRequests();
});
afterEach(() => {
  expectContract(emulator.requests);
  repo.cleanup();
});

describe("messaging templates written for PostHog's own tool", () => {
  it("apply the whole content with that tool's marker in the description and plan no change, also once that tool's hash is in the marker", async () => {
    expect((await cli("validate")).stdout).toBe("1 definition(s) are valid.\n");
    const applied = await cli("apply");
    expect(applied.code, applied.stderr).toBe(0);
    const create = emulator.requests.find((r) => r.method === "POST" && r.path.endsWith("/messaging_templates/"))!;
    expect((create.body as any).content).toEqual({
      templating: "liquid",
      email: { subject: "Welcome to {{ project.name }}", text: "Hi {{ person.properties.first_name }}", html: "<p>Hi {{ person.properties.first_name }}</p>", design: { schemaVersion: 16, body: { rows: [] } } },
    });
    const template = (await api("GET", "messaging_templates/")).results[0];
    expect(template.description).toMatch(/^First email of the onboarding flow\.\n\n<!-- iac:messaging-templates:welcome iac:hash:[0-9a-f]{16} -->$/);
    await api("PATCH", `messaging_templates/${template.id}/`, { description: template.description.replace(/iac:hash:[0-9a-f]+/, "iac:hash:1a2b3c4d5e6f7a8b") });
    emulator.clearRequests();
    const plan = await cli("plan", "--detailed-exitcode");
    expect(plan.code, plan.stdout).toBe(0);
  });

  it("deletes a removed template by PATCH deleted, never by DELETE (the viewset forbids it)", async () => {
    expect((await cli("apply")).code).toBe(0);
    repo.remove("posthog/messaging-templates/welcome.ts");
    const applied = await cli("apply", "--prune", "--allow-empty-prune");
    expect(applied.code, applied.stderr).toBe(0);
    const writes = emulator.requests.filter((r) => r.method !== "GET" && r.path.includes("/messaging_templates/"));
    expect(writes.map((r) => r.method)).toEqual(["POST", "PATCH"]);
    expect(writes[1]!.body).toEqual({ deleted: true });
    expect((await api("GET", "messaging_templates/")).results).toEqual([]);
  });
});
