import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostHogClient } from "../../src/adapters/posthog/client.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(() => emulator.close());

describe("PostHog client throttles", () => {
  it("counts the query API against the ClickHouse limits, as PostHog's QueryViewSet does", async () => {
    const sleeps: number[] = [];
    let now = 0;
    const clock = { now: () => now, sleep: async (ms: number) => void (sleeps.push(ms), (now += ms)) };
    const api = createPostHogClient({ host: emulator.url, projectId: "1", apiKey: "phx_emulator", clock, rateLimits: { crud: [{ limit: 100, windowMs: 60_000 }], clickhouse: [{ limit: 1, windowMs: 60_000 }] } });
    const metadata = { query: { kind: "HogQLMetadata", language: "hogQL", query: "select 1" } };
    await api.list("feature_flags");
    await api.list("feature_flags");
    expect(sleeps).toEqual([]);
    await api.post("query/", metadata, { idempotent: true });
    await api.post("query/", metadata, { idempotent: true });
    expect(sleeps.length).toBeGreaterThan(0);
    await api.close();
  });

  it("counts session recording playlists against the ClickHouse limits, as SessionRecordingPlaylistViewSet's throttle_classes do", async () => {
    const sleeps: number[] = [];
    let now = 0;
    const clock = { now: () => now, sleep: async (ms: number) => void (sleeps.push(ms), (now += ms)) };
    const api = createPostHogClient({ host: emulator.url, projectId: "1", apiKey: "phx_emulator", clock, rateLimits: { crud: [{ limit: 100, windowMs: 60_000 }], clickhouse: [{ limit: 1, windowMs: 60_000 }] } });
    await api.list("session_recording_playlists");
    expect(sleeps).toEqual([]);
    await api.list("session_recording_playlists");
    expect(sleeps.length).toBeGreaterThan(0);
    await api.close();
  });
});
