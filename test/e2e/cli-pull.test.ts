import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { copyFixture } from "../helpers/cli.js";
import { runCliInProcess } from "../helpers/in-process.js";
import { resetEmulator } from "../helpers/emulator-control.js";

let emulator: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;
let empty: string;

const env = () => ({ POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: "phx_emulator", POSTHOG_RATE_LIMIT: "off" });
const writes = () => emulator.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`);

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await resetEmulator(emulator);
  repo = copyFixture("growth");
  empty = mkdtempSync(join(tmpdir(), "posthog-cli-pull-"));
});
afterEach(() => {
  repo.cleanup();
  rmSync(empty, { recursive: true, force: true });
});

describe("posthog-definitions pull", () => {
  it("writes the applied project into an empty repository, which then validates and plans as no changes", async () => {
    expect((await runCliInProcess(["apply"], { cwd: repo.dir, env: env() })).code).toBe(0);
    emulator.clearRequests();

    const dry = await runCliInProcess(["pull", "--dry-run"], { cwd: empty, env: env() });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe(
      [
        "  + posthog/dashboards/growth.ts",
        "  + posthog/feature-flags/new-checkout.ts",
        "  + posthog/insights/weekly-signups.ts",
        "Dry run: would write 3 file(s) for 3 resource(s); 0 unchanged, 0 kept with local edits.",
        "",
      ].join("\n"),
    );

    const pulled = await runCliInProcess(["pull"], { cwd: empty, env: env() });
    expect(pulled.code).toBe(0);
    expect(pulled.stdout).toContain("Wrote 3 file(s) for 3 resource(s)");
    expect(readFileSync(join(empty, "posthog", "dashboards", "growth.ts"), "utf8")).toContain('import weeklySignups from "../insights/weekly-signups.ts"');
    expect(writes()).toEqual([]);

    expect((await runCliInProcess(["validate"], { cwd: empty, env: env() })).stdout).toBe("3 definition(s) are valid.\n");
    const plan = await runCliInProcess(["plan", "--detailed-exitcode"], { cwd: empty, env: env() });
    expect(plan.stdout).toContain("No changes. 3 resource(s) up to date.");
    expect(plan.code).toBe(0);

    const again = await runCliInProcess(["pull"], { cwd: empty, env: env() });
    expect(again.stdout).toBe("Wrote 0 file(s) for 3 resource(s); 3 unchanged, 0 kept with local edits.\n");
  });

  it("lists the UI-built resources it would tag, and refuses --adopt without a selection (exit 3)", async () => {
    const dashboard: any = await (
      await fetch(`${emulator.url}/api/projects/1/dashboards/`, {
        method: "POST",
        headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" },
        body: JSON.stringify({ name: "Ops" }),
      })
    ).json();
    emulator.clearRequests();

    const refused = await runCliInProcess(["pull", "--adopt"], { cwd: empty, env: env() });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain("error: --adopt needs a selection: --kind, --key or --all (adopting tags resources in PostHog)");

    const dry = await runCliInProcess(["pull", "--adopt", "--kind", "dashboards", "--dry-run"], { cwd: empty, env: env() });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`Dry run: would tag 1 resource(s) in project 1 so this tool manages them:\n  dashboards/ops  (id ${dashboard.id}, "Ops")\n`);
    expect(writes()).toEqual([]);

    const adopted = await runCliInProcess(["pull", "--adopt", "--kind", "dashboards"], { cwd: empty, env: env() });
    expect(adopted.code).toBe(0);
    expect(adopted.stdout).toContain(`Tagging 1 resource(s) in project 1 so this tool manages them:\n  dashboards/ops  (id ${dashboard.id}, "Ops")\n  + posthog/dashboards/ops.ts\n`);
    expect(writes()).toEqual([`PATCH /api/projects/1/dashboards/${dashboard.id}/`]);
  });
});

describe("offline HogQL validation", () => {
  it("points validate and plan at the line and column inside a broken query, before any write", async () => {
    repo.write(
      "posthog/insights/revenue.ts",
      ['import { hogql, insight } from "@posthog/definitions"', "", "export default insight({", '  key: "revenue",', '  name: "Revenue",', "  query: hogql(`select sum(properties.amount)", "from events", "where event = = 'order completed'`),", "})", ""].join("\n"),
    );
    emulator.clearRequests();
    const expected = "posthog/insights/revenue.ts:8:15: error: query.source.query: HogQL syntax error: no viable alternative at input '…ties.amount) from events where event = ='\n";
    const validate = await runCliInProcess(["validate"], { cwd: repo.dir, env: env() });
    expect(validate.code).toBe(1);
    expect(validate.stderr).toBe(expected);
    const plan = await runCliInProcess(["plan"], { cwd: repo.dir, env: env() });
    expect(plan.code).toBe(1);
    // The plan's own reads start from the config while the definitions load (issue 14); nothing is written.
    expect(plan.stderr).toBe(`${expected}Definitions are invalid; nothing was written to PostHog.\n`);
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });
});
