import { renameSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { copyFixture } from "../helpers/cli.js";
import { runCliInProcess } from "../helpers/in-process.js";

const KEY = "phx_emulator";
let emulator: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;

const cli = (...args: string[]) => runCliInProcess(args, { cwd: repo.dir, env: { POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: KEY } });
const deletions = () => emulator.requests.filter((r) => r.method === "DELETE" || (r.method === "PATCH" && JSON.stringify(r.body) === '{"deleted":true}'));

async function liveCount(collection: string): Promise<number> {
  const response = await fetch(`${emulator.url}/api/projects/1/${collection}/`, { headers: { authorization: `Bearer ${KEY}` } });
  return ((await response.json()) as { results: unknown[] }).results.length;
}

beforeEach(async () => {
  emulator = await startEmulator({ rateLimits: false });
  repo = copyFixture("growth");
  const applied = await cli("apply");
  expect(applied.code).toBe(0);
  emulator.clearRequests();
});
afterEach(async () => {
  repo.cleanup();
  await emulator.close();
});

describe("apply --prune guards", () => {
  it("refuses to prune when the definitions folder yields no definition", async () => {
    repo.remove("posthog/dashboards/growth.ts");
    repo.remove("posthog/feature-flags/new-checkout.ts");
    const result = await cli("apply", "--prune");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("refusing to prune: no definition was loaded, so all 3 managed resource(s) would be deleted");
    expect(result.stderr).toContain("check the definitions folder posthog/ (only .ts and .mts files are read");
    expect(result.stderr).toContain("--allow-empty-prune");
    expect(result.stdout).toContain("- feature flag new-checkout");
    expect(deletions()).toEqual([]);
    expect(await liveCount("dashboards")).toBe(1);
  });

  it("refuses when files were renamed to an extension the loader does not read", async () => {
    for (const file of ["dashboards/growth.ts", "feature-flags/new-checkout.ts"]) {
      const path = join(repo.dir, "posthog", file);
      renameSync(path, path.replace(/\.ts$/, ".tsx"));
    }
    const result = await cli("apply", "--prune");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no definition was loaded");
    expect(deletions()).toEqual([]);
  });

  it("deletes everything only when an empty prune is allowed explicitly", async () => {
    repo.remove("posthog/dashboards/growth.ts");
    repo.remove("posthog/feature-flags/new-checkout.ts");
    const result = await cli("apply", "--prune", "--allow-empty-prune");
    expect(result.code).toBe(0);
    expect(deletions()).toHaveLength(3);
    expect(await liveCount("feature_flags")).toBe(0);
  });

  it("caps deletions with --max-deletions and lists them before refusing", async () => {
    repo.remove("posthog/dashboards/growth.ts");
    const refused = await cli("apply", "--prune", "--max-deletions", "1");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("2 deletion(s) exceed the limit of 1");
    expect(refused.stdout).toContain("- dashboard growth");
    expect(refused.stdout).toContain("- insight weekly-signups");
    expect(deletions()).toEqual([]);

    const allowed = await cli("apply", "--prune", "--max-deletions", "2");
    expect(allowed.code).toBe(0);
    expect(deletions()).toHaveLength(2);
    expect(await liveCount("feature_flags")).toBe(1);
  });

  it("rejects a --max-deletions that is not a whole number", async () => {
    const result = await cli("apply", "--prune", "--max-deletions", "ten");
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('--max-deletions must be a whole number, got "ten"');
  });
});
