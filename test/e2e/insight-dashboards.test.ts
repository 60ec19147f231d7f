import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/core/json.js";
import type { Definition, KindName } from "../../src/core/model.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { connect } from "../../src/engine/project.js";
import { pullProject } from "../../src/engine/pull.js";
import { applyDefinitions, describeChanges, emulatorConnection, planDefinitions } from "../helpers/project.js";

/**
 * Issue 8 §2.1, 2.2, 2.3 and 2.11 end to end: the deprecated insight `dashboards` field in both
 * phases of its deprecation, the dashboard tile actions, stored queries upgraded on read, and saved
 * insights. Every test checks that apply →
 * plan is a no-op and that objects the tool does not manage are left exactly as they were.
 */

let emulator: RunningEmulator;
afterEach(() => emulator.close());

const connection = () => emulatorConnection(emulator.url);
const def = (kind: KindName, spec: JsonObject): Definition => ({ kind, key: spec.key as string, spec });
const ref = (kind: KindName, key: string) => ({ $ref: `${kind}/${key}` });
const trends = (event: string): JsonObject => ({ kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event }] } });
const signups = def("insights", { key: "signups", name: "Signups", query: trends("signed up") });
const activations = def("insights", { key: "activations", name: "Activations", query: trends("activated") });
const growth = (tiles: JsonObject[]) => def("dashboards", { key: "growth", name: "Growth", tiles });
const at = (x: number, y: number, w = 6, h = 4) => ({ x, y, w, h });

async function api(method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${emulator.url}/api/projects/1/${path}`, {
    method,
    headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/**
 * An unmanaged dashboard as its owner sees it: its own fields and every tile's placement and content.
 * Nested insights are named by id only, since a managed insight on it may itself change; the access
 * timestamp every read refreshes is left out.
 */
async function readDashboard(id: number): Promise<JsonObject> {
  const { last_accessed_at: _accessed, tiles, ...rest } = await api("GET", `dashboards/${id}/`);
  const tile = ({ insight, text, ...display }: any) => ({ ...display, insight: insight?.id ?? null, text: text?.body ?? null });
  return { ...rest, tiles: tiles.map(tile) };
}

async function apply(definitions: Definition[]): Promise<Map<string, string | number>> {
  const { result } = await applyDefinitions(connection(), definitions);
  expect(describeChanges(await planDefinitions(connection(), definitions))).toEqual([]);
  return new Map(result.results.map((r) => [`${r.kind}/${r.key}`, r.id!]));
}

const writesTo = (path: RegExp) => emulator.requests.filter((r) => r.method !== "GET" && path.test(r.path));

describe.each([
  ["enforced (reads omit `dashboards`)", true],
  ["not yet enforced", false],
])("the deprecated insight `dashboards` field, %s", (_phase, enforced) => {
  beforeEach(async () => {
    emulator = await startEmulator({ rateLimits: false, insightDashboardsOptInEnforced: enforced });
  });

  it("an unmanaged dashboard that shows a managed insight keeps its tile across applies and edits of the managed dashboard's tiles", async () => {
    const board = (await api("POST", "dashboards/", { name: "Team board" })).id as number;
    const definitions = [signups, activations, growth([{ insight: ref("insights", "signups"), layout: at(0, 0) }])];
    const ids = await apply(definitions);
    const signupsId = ids.get("insights/signups")!;

    // Someone adds the managed insight to their own dashboard in the UI and places it.
    const linked = await api("PATCH", `insights/${signupsId}/?include_dashboards=true`, { dashboards: [ids.get("dashboards/growth"), board] });
    const theirTile = linked.dashboard_tiles.find((tile: { dashboard_id: number }) => tile.dashboard_id === board).id;
    await api("PATCH", `dashboards/${board}/`, { tiles: [{ id: theirTile, layouts: { sm: at(3, 2, 9, 6) }, color: "purple" }] });
    const before = await readDashboard(board);
    emulator.clearRequests();

    await apply(definitions);
    const edits: JsonObject[][] = [
      [{ insight: ref("insights", "signups"), layout: at(0, 0, 12, 5) }, { insight: ref("insights", "activations"), layout: at(0, 5) }],
      [{ insight: ref("insights", "activations"), layout: at(0, 0) }, { type: "text", body: "Notes", layout: at(6, 0, 6, 1) }],
      [{ insight: ref("insights", "signups"), layout: at(0, 0) }, { insight: ref("insights", "activations"), layout: at(6, 0) }],
    ];
    for (const tiles of edits) await apply([signups, activations, growth(tiles)]);

    expect(await readDashboard(board)).toEqual(before);
    expect(writesTo(new RegExp(`/dashboards/${board}/`))).toEqual([]);
    // `dashboards` is sent only to add a missing tile, alone, and always with every dashboard the insight is on.
    const sent = emulator.requests.filter((r) => r.method === "PATCH" && /\/insights\/\d+\/$/.test(r.path) && Object.hasOwn(r.body as object, "dashboards"));
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) {
      expect(Object.keys(request.body as object)).toEqual(["dashboards"]);
      if (request.path.endsWith(`/insights/${signupsId}/`)) expect((request.body as { dashboards: number[] }).dashboards).toContain(board);
    }
  });

  it("a managed dashboard adds and removes only its own tiles; the insight's other dashboards are untouched", async () => {
    const board = (await api("POST", "dashboards/", { name: "Team board" })).id as number;
    const ids = await apply([signups]);
    await api("PATCH", `insights/${ids.get("insights/signups")}/`, { dashboards: [board] });
    const before = await readDashboard(board);

    await apply([signups, growth([{ insight: ref("insights", "signups"), layout: at(0, 0) }])]);
    await apply([signups, growth([])]);
    expect(await readDashboard(board)).toEqual(before);
    const insight = await api("GET", `insights/${ids.get("insights/signups")}/`);
    expect(insight.dashboard_tiles.map((tile: { dashboard_id: number }) => tile.dashboard_id)).toEqual([board]);
  });
});

describe("dashboard tile actions", () => {
  beforeEach(async () => {
    emulator = await startEmulator({ rateLimits: false });
  });

  const notes = (body: string, y = 4) => ({ type: "text", body, layout: at(0, y, 12, 1) });
  const tileEntries = (id: unknown) =>
    emulator.requests.filter((r) => r.method === "PATCH" && r.path.endsWith(`/dashboards/${String(id)}/`) && Object.hasOwn(r.body as object, "tiles")).flatMap((r) => (r.body as { tiles: JsonObject[] }).tiles);
  const newTexts = (id: unknown) => tileEntries(id).filter((tile) => tile.text !== undefined && tile.id === undefined);

  it("creates new text tiles in the one PATCH of tiles, edits them in place, and converges", async () => {
    const other = (await api("POST", "dashboards/", { name: "Unmanaged" })).id as number;
    await api("POST", `dashboards/${other}/create_text_tile/`, { body: "Theirs" });
    const before = await readDashboard(other);
    emulator.clearRequests();

    const ids = await apply([signups, growth([{ insight: ref("insights", "signups"), layout: at(0, 0) }, notes("  # Weekly  \n"), notes("Second", 5)])]);
    expect(newTexts(ids.get("dashboards/growth"))).toEqual([
      { text: { body: "# Weekly" }, layouts: { sm: at(0, 4, 12, 1) } },
      { text: { body: "Second" }, layouts: { sm: at(0, 5, 12, 1) } },
    ]);
    expect(emulator.requests.filter((r) => r.path.endsWith("/create_text_tile/"))).toEqual([]);
    const tiles = (await api("GET", `dashboards/${ids.get("dashboards/growth")}/`)).tiles;
    emulator.clearRequests();

    await apply([signups, growth([{ insight: ref("insights", "signups"), layout: at(0, 0) }, notes("# Monthly"), notes("Second", 5)])]);
    expect(newTexts(ids.get("dashboards/growth"))).toEqual([]);
    const after = (await api("GET", `dashboards/${ids.get("dashboards/growth")}/`)).tiles;
    expect(after.map((tile: { id: number }) => tile.id)).toEqual(tiles.map((tile: { id: number }) => tile.id));
    expect(await readDashboard(other)).toEqual(before);
  });

  it("never retries a failed PATCH that creates a text tile blindly: it reads the tiles again and creates the tile once", async () => {
    emulator.injectFault({ method: "PATCH", path: "/dashboards/\\d+/$", status: 502 });
    const definitions = [growth([notes("Only once", 0)])];
    const ids = await apply(definitions);
    const calls = emulator.requests.map((r) => `${r.method} ${r.path.replace(/^\/api\/projects\/1\//, "")} ${r.status}`);
    const dashboard = `dashboards/${ids.get("dashboards/growth")}/`;
    const failed = calls.indexOf(`PATCH ${dashboard} 502`);
    expect(calls.slice(failed, failed + 3)).toEqual([`PATCH ${dashboard} 502`, `GET ${dashboard} 200`, `PATCH ${dashboard} 200`]);
    expect(newTexts(ids.get("dashboards/growth"))).toHaveLength(2);
    expect((await api("GET", `dashboards/${ids.get("dashboards/growth")}/`)).tiles.map((tile: any) => tile.text.body)).toEqual(["Only once"]);
  });

  it("puts every new text tile into the PATCH, blank bodies too (create_text_tile refuses them)", async () => {
    const ids = await apply([growth([notes("", 0), notes("From an older server", 1)])]);
    const tiles = (await api("GET", `dashboards/${ids.get("dashboards/growth")}/`)).tiles;
    expect(tiles.map((tile: any) => tile.text.body)).toEqual(["", "From an older server"]);
    const patched = emulator.requests.filter((r) => r.method === "PATCH" && r.path.endsWith(`/dashboards/${ids.get("dashboards/growth")}/`) && Object.hasOwn(r.body as object, "tiles"));
    expect(patched.flatMap((r) => (r.body as { tiles: JsonObject[] }).tiles.map((tile) => (tile.text as JsonObject | undefined)?.body))).toEqual(["", "From an older server"]);
  });
});

describe("saved insights", () => {
  beforeEach(async () => {
    emulator = await startEmulator({ rateLimits: false });
  });

  it("creates insights saved, so they are listed in Saved insights, and converges", async () => {
    const unmanaged = await api("POST", "insights/", { name: "Scratch", query: trends("x") });
    const ids = await apply([signups]);
    expect(emulator.requests.filter((r) => r.method === "POST" && r.path.endsWith("/insights/")).map((r) => (r.body as JsonObject).saved)).toEqual([undefined, true]);
    const saved = await api("GET", "insights/?saved=true");
    expect(saved.results.map((insight: { id: number }) => insight.id)).toEqual([ids.get("insights/signups")]);
    expect((await api("GET", `insights/${unmanaged.id}/`)).saved).toBe(false);
  });
});

describe("stored queries upgraded on read", () => {
  let repo: string;
  beforeEach(async () => {
    emulator = await startEmulator({ rateLimits: false });
    repo = mkdtempSync(join(tmpdir(), "posthog-upgrade-"));
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  const viz = (source: JsonObject): JsonObject => ({ kind: "InsightVizNode", source });
  const series = [{ kind: "EventsNode", event: "$pageview" }];
  const queries: [string, JsonObject][] = [
    ["trends", viz({ kind: "TrendsQuery", series, interval: "week" })],
    ["stickiness", viz({ kind: "StickinessQuery", series })],
    ["funnel", viz({ kind: "FunnelsQuery", series: [...series, { kind: "EventsNode", event: "signed up" }] })],
    ["retention", viz({ kind: "RetentionQuery", retentionFilter: { period: "Week" } })],
    ["lifecycle", viz({ kind: "LifecycleQuery", series })],
    ["sql", { kind: "DataVisualizationNode", source: { kind: "HogQLQuery", query: "select 1" } }],
    // Older shapes the migrations rewrite on every read: kind-less series, hidden legend indexes, showMean.
    ["legacy-trends", viz({ kind: "TrendsQuery", series: [{ event: "$pageview" }], trendsFilter: { hiddenLegendIndexes: [0] } })],
    ["legacy-retention", viz({ kind: "RetentionQuery", retentionFilter: { showMean: true } })],
  ];
  const definitions = queries.map(([key, query]) => def("insights", { key, name: key, query }));

  async function pull(): Promise<Map<string, string>> {
    const api = connect(connection());
    try {
      await pullProject({ api, root: repo, dir: "posthog", filter: { kinds: [], keys: [], adopt: false }, force: true, dryRun: false });
    } finally {
      await api.close();
    }
    const dir = join(repo, "posthog", "insights");
    return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "utf8")]));
  }

  it("plans no changes after apply, and pulls the same bytes every time, without version stamps", async () => {
    const ids = await apply(definitions);
    const served = await api("GET", `insights/${ids.get("insights/trends")}/`);
    expect(served.query.source.version).toBe(5);
    const first = await pull();
    expect([...first.keys()]).toEqual(queries.map(([key]) => `${key}.ts`).sort());
    for (const content of first.values()) expect(content).not.toMatch(/\bversion\b/);
    expect(first.get("legacy-trends.ts")).toContain("resultCustomizations");
    expect(await pull()).toEqual(first);
    emulator.clearRequests();
    expect(describeChanges(await planDefinitions(connection(), definitions))).toEqual([]);
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });
});
