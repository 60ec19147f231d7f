import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { copyFixture } from "../helpers/cli.js";
import { resetEmulator } from "../helpers/emulator-control.js";
import { runCliInProcess } from "../helpers/in-process.js";

let emulator: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;

const env = () => ({ POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: "phx_emulator" });
const cli = (...args: string[]) => runCliInProcess(args, { cwd: repo.dir, env: env() });
const gets = () => emulator.requests.length;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  repo = copyFixture("growth");
  await resetEmulator(emulator);
  emulator.clearRequests();
});
afterEach(() => repo.cleanup());

describe("posthog-definitions show", () => {
  it("prints a saved plan as plan printed it, from the file alone", async () => {
    const plan = await cli("plan", "--out", "plan.json", "--no-checks", "--verbose");
    expect(plan.code).toBe(0);
    emulator.clearRequests();
    const show = await cli("show", "plan.json", "--verbose", "--detailed-exitcode");
    expect(show.stdout).toBe(plan.stdout);
    expect(show.code).toBe(4);
    expect(gets()).toBe(0);
  });

  it("refuses a file from another format version, one changed after planning, and one that is missing", async () => {
    expect((await cli("plan", "--out", "plan.json", "--no-checks")).code).toBe(0);
    const path = join(repo.dir, "plan.json");
    const saved = JSON.parse(readFileSync(path, "utf8"));

    writeFileSync(path, JSON.stringify({ ...saved, formatVersion: 1 }));
    const old = await cli("show", "plan.json");
    expect(old.code).toBe(3);
    expect(old.stderr).toBe("error: plan.json holds a plan of format version 1, and this version of posthog-definitions reads format version 2 only; plan again with this version (or read the file with the version that wrote it)\n");

    writeFileSync(path, JSON.stringify({ ...saved, prune: true }));
    expect((await cli("show", "plan.json")).stderr).toBe("error: plan.json is not a valid plan: plan.fingerprint does not match its content, so it was changed after planning\n");

    const missing = await cli("show", "gone.json");
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/^error: cannot read gone\.json: ENOENT/);
    expect((await cli("show")).stderr).toBe("error: show takes one plan file: posthog-definitions show plan.json\n");
  });
});
