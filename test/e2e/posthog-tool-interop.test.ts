import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { copyFixture } from "../helpers/cli.js";
import { runCliInProcess } from "../helpers/in-process.js";

// PostHog's own tool (`@posthog/definitions`) and this product managing one project in turn: each must
// take the other's applied state for its own. Its conventions, from its source: the identity tag
// `iac:<kind>:<key>` beside `iac:hash:<16 hex>` on kinds with tags; on the others (and on saved metrics)
// a trailing `<!-- iac:<kind>:<key> iac:hash:<hex> -->` marker, recognised only with the hash; HogQL
// insights stored in a DataTableNode; insight tiles added through the insight's dashboards (empty layouts).
const THEIR_MARKER = /\n*<!--\s*iac:([a-z-]+):(\S+)\s+iac:hash:(\S+)\s*-->\s*$/;
const THEIR_HASH = "1a2b3c4d5e6f7a8b";
const TAGGED = { insights: "insights", dashboards: "dashboards", feature_flags: "feature-flags", actions: "actions", event_definitions: "event-definitions" } as const;
const MARKED = {
  cohorts: "cohorts",
  endpoints: "endpoints",
  schema_property_groups: "property-groups",
  experiments: "experiments",
  experiment_holdouts: "experiment-holdouts",
  experiment_saved_metrics: "experiment-saved-metrics",
  surveys: "surveys",
  warehouse_saved_queries: "warehouse-saved-queries",
} as const;

let emulator: RunningEmulator;
let repo: ReturnType<typeof copyFixture>;
const env = () => ({ POSTHOG_HOST: emulator.url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: "phx_emulator", POSTHOG_RATE_LIMIT: "off" });

async function api(method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${emulator.url}/api/projects/1/${path}`, {
    method,
    headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

async function list(collection: string): Promise<any[]> {
  const page = await api("GET", `${collection}/?limit=1000`);
  return (Array.isArray(page) ? page : page.results).filter((row: any) => row.deleted !== true);
}

const pathOf = (collection: string, row: any) => `${collection}/${collection === "endpoints" ? row.name : row.id}/`;
const plan = () => runCliInProcess(["plan", "--no-checks", "--detailed-exitcode"], { cwd: repo.dir, env: env() });

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
  repo = copyFixture("posthog-tool");
  expect((await runCliInProcess(["apply", "--no-checks"], { cwd: repo.dir, env: env() })).code).toBe(0);
});
afterAll(async () => {
  repo.cleanup();
  await emulator.close();
});

describe("state shared with PostHog's own tool", () => {
  it("carries that tool's identity on everything this product wrote, so it would not create duplicates", async () => {
    for (const [collection, kind] of Object.entries(MARKED)) {
      const rows = await list(collection);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const match = THEIR_MARKER.exec(row.description);
        expect(match?.[1]).toBe(kind);
        expect(match?.[3]).toMatch(/^[0-9a-f]{16}$/);
      }
    }
    for (const [collection, kind] of Object.entries(TAGGED)) {
      const rows = (await list(collection)).filter((row) => (row.tags ?? []).some((t: string) => t.startsWith("iac:")));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.tags.filter((t: string) => t.startsWith(`iac:${kind}:`))).toHaveLength(1);
    }
  });

  it("plans no change on state as that tool writes it: its hashes, its markers, DataTableNode SQL and empty tile layouts", async () => {
    for (const collection of Object.keys(TAGGED)) {
      for (const row of (await list(collection)).filter((r) => (r.tags ?? []).some((t: string) => t.startsWith("iac:")))) {
        await api("PATCH", pathOf(collection, row), { tags: [...row.tags, `iac:hash:${THEIR_HASH}`] });
      }
    }
    for (const [collection, kind] of Object.entries(MARKED)) {
      for (const row of await list(collection)) {
        const [, , key] = THEIR_MARKER.exec(row.description)!;
        const body = row.description.replace(THEIR_MARKER, "");
        await api("PATCH", pathOf(collection, row), { description: `${body}${body === "" ? "" : "\n\n"}<!-- iac:${kind}:${key} iac:hash:${THEIR_HASH} -->` });
      }
    }
    const sql = (await list("insights")).find((row) => row.name === "Top pages (SQL)");
    expect(sql.query.kind).toBe("DataVisualizationNode");
    await api("PATCH", `insights/${sql.id}/`, { query: { kind: "DataTableNode", source: sql.query.source } });
    const product = (await list("dashboards")).find((row) => row.name === "Product usage");
    const tiles = (await api("GET", `dashboards/${product.id}/`)).tiles.filter((tile: any) => tile.insight !== null);
    expect(tiles).toHaveLength(2);
    await api("PATCH", `dashboards/${product.id}/`, { tiles: tiles.map((tile: any) => ({ id: tile.id, layouts: {} })) });

    emulator.clearRequests();
    const result = await plan();
    expect(result.stdout).toContain("No changes. 54 resource(s) up to date.");
    expect(result.code).toBe(0);
    const apply = await runCliInProcess(["apply", "--no-checks"], { cwd: repo.dir, env: env() });
    expect(apply.code).toBe(0);
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("keeps that tool's hash on what it leaves unchanged, and replaces it on what it changes, so that tool re-applies exactly those", async () => {
    const hashOf = (row: any) => THEIR_MARKER.exec(row.description)?.[3];
    const before = await list("cohorts");
    expect(before.map(hashOf)).toEqual(before.map(() => THEIR_HASH));
    repo.write("posthog/cohorts/beta-list.ts", 'import { cohort } from "@posthog/definitions";\n\nexport default cohort({ key: "beta-list", name: "Beta list", description: "Uploaded by the beta team.", is_static: true });\n');
    expect((await runCliInProcess(["apply", "--no-checks"], { cwd: repo.dir, env: env() })).code).toBe(0);
    const after = await list("cohorts");
    const edited = after.find((row) => row.name === "Beta list");
    expect(THEIR_MARKER.exec(edited.description)?.slice(1)).toEqual(["cohorts", "beta-list", "0000000000000000"]);
    expect(after.filter((row) => row !== edited).map(hashOf)).toEqual(after.filter((row) => row !== edited).map(() => THEIR_HASH));
    const tagged = (await list("feature_flags")).find((row) => row.key === "new-onboarding");
    expect(tagged.tags).toContain(`iac:hash:${THEIR_HASH}`);
    expect((await plan()).code).toBe(0);
  });
});
