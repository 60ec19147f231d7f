import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { connect } from "../../src/engine/project.js";
import { pullProject } from "../../src/engine/pull.js";
import { applyDefinitions, describeChanges, emulatorConnection, loadFixture, planDefinitions } from "../helpers/project.js";

// Taking over a saved-filter playlist and a subscription built in PostHog, then pruning them: each
// PATCH carries what PostHog requires (a saved filter's filters), and the pulled files plan no change.
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
});
