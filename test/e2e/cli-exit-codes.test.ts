import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { copyFixture } from "../helpers/cli.js";
import { runCliInProcess } from "../helpers/in-process.js";

let emulator: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
  repo = copyFixture("growth");
});
afterAll(async () => {
  repo.cleanup();
  await emulator.close();
});

const env = (overrides: Record<string, string> = {}) => ({ POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: "phx_emulator", POSTHOG_RATE_LIMIT: "off", ...overrides });
const run = (args: string[], overrides?: Record<string, string>) => runCliInProcess(args, { cwd: repo.dir, env: env(overrides) });

// The README's exit-code table: each error category maps to one code.
describe("CLI exit codes", () => {
  it("exits 3 for arguments the parser refuses, unknown commands and bad values", async () => {
    const unknownOption = await run(["plan", "--no-such-option"]);
    expect([unknownOption.code, unknownOption.stderr]).toEqual([3, expect.stringMatching(/^error: Unknown option '--no-such-option'/)]);
    expect((await run(["deploy"])).code).toBe(3);
    expect((await run(["apply", "--max-deletions", "many"])).code).toBe(3);
    expect((await run(["pull", "--adopt"])).code).toBe(3);
  });

  it("exits 3 for configuration problems and a selection pull cannot carry out", async () => {
    const noProject = await run(["plan"], { POSTHOG_PROJECT_ID: "" });
    expect([noProject.code, noProject.stderr]).toEqual([3, expect.stringContaining("error: no project: set POSTHOG_PROJECT_ID")]);
    expect((await run(["pull", "--key", "no-such-resource", "--dry-run"])).code).toBe(3);
  });

  it("exits 2 when PostHog refuses the key", async () => {
    const refused = await run(["plan"], { POSTHOG_PERSONAL_API_KEY: "phx_not_a_key" });
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining("PostHog rejected the personal API key (401")]);
  });
});
