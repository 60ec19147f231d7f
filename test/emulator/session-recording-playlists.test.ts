import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

const FILTERS = { date_from: "-7d" };

describe("session recording playlists", () => {
  it("counts the six synthetic playlists in every list but collection_type=custom, newest modification first", async () => {
    const older = (await api.post("/api/projects/1/session_recording_playlists/", { name: "Older", type: "filters", filters: FILTERS })).body;
    const newer = (await api.post("/api/projects/1/session_recording_playlists/", { name: "Newer", type: "collection" })).body;
    const all = (await api.get("/api/projects/1/session_recording_playlists/")).body;
    expect(all.count).toBe(8);
    // Synthetic playlists have no timestamp, which sorts as the latest.
    expect(all.results.map((row: { short_id: string }) => row.short_id).slice(-2)).toEqual([newer.short_id, older.short_id]);
    const custom = (await api.get("/api/projects/1/session_recording_playlists/?collection_type=custom")).body;
    expect(custom).toMatchObject({ count: 2, next: null });
    expect((await api.get("/api/projects/1/session_recording_playlists/?type=filters")).body.results.map((row: { short_id: string }) => row.short_id)).toEqual([older.short_id]);
  });

  it("touches last_modified_at only for name, description and filters", async () => {
    const created = (await api.post("/api/projects/1/session_recording_playlists/", { name: "Rage", type: "filters", filters: FILTERS })).body;
    const path = `/api/projects/1/session_recording_playlists/${created.short_id}/`;
    const pinned = (await api.patch(path, { pinned: true, filters: FILTERS })).body;
    // `filters` was sent, so it counts as material even unchanged.
    expect(pinned.last_modified_at > created.last_modified_at).toBe(true);
    const collection = (await api.post("/api/projects/1/session_recording_playlists/", { name: "Picks", type: "collection" })).body;
    const repinned = (await api.patch(`/api/projects/1/session_recording_playlists/${collection.short_id}/`, { pinned: true })).body;
    expect(repinned.last_modified_at).toBe(collection.last_modified_at);
  });
});
