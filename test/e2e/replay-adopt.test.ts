import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { connect } from "../../src/engine/project.js";
import { pullProject } from "../../src/engine/pull.js";
import type { JsonObject } from "../../src/core/json.js";
import type { Definition, KindName } from "../../src/core/model.js";
import { applyDefinitions, describeChanges, emulatorConnection, loadFixture, planDefinitions } from "../helpers/project.js";

// Taking over a saved-filter playlist and a subscription built in PostHog, then pruning them: each
// PATCH carries what PostHog requires (a saved filter's filters), and the pulled files plan no change.
// Then what PostHog will not change after creation: a subscription's content type, a playlist's type.
let emulator: RunningEmulator;
let repo: string;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
  repo = mkdtempSync(join(tmpdir(), "posthog-replay-adopt-"));
});
afterAll(async () => {
  rmSync(repo, { recursive: true, force: true });
  await emulator.close();
});

const connection = () => emulatorConnection(emulator.url);

async function api(method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${emulator.url}/api/projects/1/${path}`, { method, headers: { authorization: "Bearer phx_emulator", "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

describe("session recording playlists and subscriptions built in PostHog", () => {
  it("are adopted by pull --adopt, plan no change, and are pruned", async () => {
    const filters = { date_from: "-7d", filter_test_accounts: true };
    const playlist = await api("POST", "session_recording_playlists/", { name: "Rage clicks", type: "filters", filters });
    const insight = await api("POST", "insights/", { name: "Signups", query: { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "signed up" }] } } });
    const subscription = await api("POST", "subscriptions/", { title: "Weekly signups", insight: insight.id, target_type: "email", target_value: "a@example.com", frequency: "weekly", start_date: "2025-01-06T09:00:00Z", enabled: false });
    emulator.clearRequests();

    const client = connect(connection());
    const report = await pullProject({ api: client, root: repo, dir: "posthog", filter: { kinds: [], keys: ["rage-clicks", "weekly-signups"], adopt: true }, force: false, dryRun: false, beforeAdopt: () => {} });
    await client.close();
    expect(report.files.map((file) => file.path).sort()).toEqual(["posthog/insights/signups.ts", "posthog/session-recording-playlists/rage-clicks.ts", "posthog/subscriptions/weekly-signups.ts"]);
    const patches = emulator.requests.filter((r) => r.method === "PATCH");
    const playlistPatch = patches.find((r) => r.path.includes(playlist.short_id));
    expect(playlistPatch?.status).toBe(200);
    expect(playlistPatch?.body).toEqual({ description: "<!-- iac:session-recording-playlists:rage-clicks iac:hash:0000000000000000 -->", filters });
    expect(patches.find((r) => r.path.endsWith(`/subscriptions/${subscription.id}/`))?.body).toEqual({ title: "Weekly signups\n\n<!-- iac:subscriptions:weekly-signups iac:hash:0000000000000000 -->" });
    expect(readFileSync(join(repo, "posthog", "subscriptions", "weekly-signups.ts"), "utf8")).toContain('import signups from "../insights/signups.ts"');

    const pulled = await loadFixture(repo, undefined);
    expect(describeChanges(await planDefinitions(connection(), pulled))).toEqual([]);
    const kept = pulled.filter((definition) => definition.kind === "insights");
    expect(describeChanges(await planDefinitions(connection(), kept, { prune: true }))).toEqual(["delete session-recording-playlists/rage-clicks", "delete subscriptions/weekly-signups"]);
    await applyDefinitions(connection(), kept, { prune: true });
    expect((await api("GET", "session_recording_playlists/?collection_type=custom")).results).toEqual([]);
    expect((await api("GET", "subscriptions/")).results).toEqual([]);
  });

  it("replaces a subscription moved between an insight and a dashboard, and a playlist of another type", async () => {
    const def = (kind: KindName, spec: JsonObject): Definition => ({ kind, key: spec.key as string, spec });
    const ref = (kind: KindName, key: string) => ({ $ref: `${kind}/${key}` });
    const insight = def("insights", { key: "moves", name: "Moves", query: { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "moved" }] } } });
    const board = def("dashboards", { key: "moves-board", name: "Moves board", tiles: [{ insight: ref("insights", "moves") }] });
    const schedule = { key: "moves-digest", title: "Moves", targetType: "email", target: "a@example.com", frequency: "daily", startDate: "2025-01-06T09:00:00Z", enabled: false };
    const onInsight = def("subscriptions", { ...schedule, insight: ref("insights", "moves") });
    const onBoard = def("subscriptions", { ...schedule, dashboard: ref("dashboards", "moves-board"), dashboardExportInsights: [ref("insights", "moves")] });
    const saved = def("session-recording-playlists", { key: "moves-playlist", name: "Moves", filters: { date_from: "-7d" } });
    const collection = def("session-recording-playlists", { key: "moves-playlist", name: "Moves", type: "collection" });
    await applyDefinitions(connection(), [insight, board, onInsight, saved]);
    const plan = await planDefinitions(connection(), [insight, board, onBoard, collection]);
    expect(describeChanges(plan)).toEqual(["replace subscriptions/moves-digest", "replace session-recording-playlists/moves-playlist"]);
    expect(plan.steps.find((step) => step.kind === "subscriptions")?.warnings.map((w) => (typeof w === "string" ? w : (w as { message: string }).message))).toContain(
      "PostHog cannot switch a subscription between an insight and a dashboard (content_type cannot be changed after the subscription is created); apply deletes it and creates it anew",
    );
    await applyDefinitions(connection(), [insight, board, onBoard, collection]);
    expect(describeChanges(await planDefinitions(connection(), [insight, board, onBoard, collection]))).toEqual([]);
    const moves = async (query: string) => (await api("GET", `subscriptions/${query}`)).results.filter((row: { title: string }) => row.title.startsWith("Moves")).map((row: { content_type: string }) => row.content_type);
    expect(await moves("?deleted=true")).toEqual(["insight"]);
    expect(await moves("")).toEqual(["dashboard"]);
  });
});
