import { describe, expect, it } from "vitest";
import { softDelete, uniqueName, useContractTarget } from "./harness.js";

const contract = useContractTarget();

const FILTERS = { date_from: "-7d", filter_test_accounts: true, duration: [{ type: "recording", key: "duration", value: 60, operator: "gt" }] };

async function createPlaylist(body: Record<string, unknown> = {}) {
  const response = await contract.client.post("session_recording_playlists/", { name: uniqueName("playlist"), type: "filters", filters: FILTERS, ...body });
  expect(response.status).toBe(201);
  const filters = response.body.filters;
  contract.cleanup.add(`playlist ${response.body.short_id}`, () => softDelete(contract.client, `session_recording_playlists/${response.body.short_id}/`, { filters }));
  return response.body;
}

describe("contract: session recording playlists", () => {
  it("creates a saved filter addressed by short_id, with the model's defaults", async () => {
    const created = await createPlaylist({ description: "Frustrated users" });
    expect(created.short_id).toMatch(/^[A-Za-z0-9]{8}$/);
    expect(created).toMatchObject({ type: "filters", filters: FILTERS, description: "Frustrated users", pinned: false, deleted: false, derived_name: null, is_synthetic: false });
    expect((await contract.client.get(`session_recording_playlists/${created.short_id}/`)).body.id).toBe(created.id);
    expect((await contract.client.get(`session_recording_playlists/${created.id}/`)).status).toBe(404);
  });

  it("takes the type only on creation, and checks filters against it", async () => {
    const refused = async (body: Record<string, unknown>) => {
      const response = await contract.client.post("session_recording_playlists/", { name: uniqueName("playlist"), ...body });
      expect(response.status).toBe(400);
      return response.body.detail;
    };
    expect(await refused({ filters: FILTERS })).toBe("Must provide a valid playlist type: either filters or collection");
    expect(await refused({ type: "collection", filters: FILTERS })).toBe("You cannot create a collection with filters");
    expect(await refused({ type: "filters", filters: {} })).toBe("You must provide a valid filters when creating a saved filter");
    const collection = await createPlaylist({ type: "collection", filters: {} });
    expect(collection.type).toBe("collection");
    const retyped = await contract.client.patch(`session_recording_playlists/${collection.short_id}/`, { type: "filters", pinned: true });
    expect(retyped.body).toMatchObject({ type: "collection", pinned: true });
    expect((await contract.client.patch(`session_recording_playlists/${collection.short_id}/`, { filters: FILTERS })).body.detail).toBe("You cannot update a collection to add filters");
  });

  it("refuses any update of a saved filter without its filters, a soft delete too", async () => {
    const created = await createPlaylist();
    const path = `session_recording_playlists/${created.short_id}/`;
    expect((await contract.client.patch(path, { pinned: true })).body.detail).toBe("You cannot remove all filters when updating a saved filter");
    expect((await contract.client.patch(path, { deleted: true })).status).toBe(400);
    expect((await contract.client.patch(path, { pinned: true, filters: FILTERS })).body.pinned).toBe(true);
  });

  it("answers DELETE with 405, hides a soft-deleted playlist from reads, and a PATCH restores it", async () => {
    const created = await createPlaylist();
    const path = `session_recording_playlists/${created.short_id}/`;
    expect((await contract.client.delete(path)).status).toBe(405);
    expect((await contract.client.patch(path, { deleted: true, filters: FILTERS })).status).toBe(200);
    expect((await contract.client.get(path)).status).toBe(404);
    const listed = await contract.client.get("session_recording_playlists/?collection_type=custom&limit=500");
    expect(listed.body.results.map((row: { short_id: string }) => row.short_id)).not.toContain(created.short_id);
    expect((await contract.client.patch(path, { deleted: false, filters: FILTERS })).body.deleted).toBe(false);
    expect((await contract.client.get(path)).status).toBe(200);
  });

  it("lists PostHog's synthetic playlists on the first page only, which collection_type=custom leaves out and no update touches", async () => {
    await createPlaylist();
    const first = (await contract.client.get("session_recording_playlists/?limit=1")).body;
    const synthetic = first.results.filter((row: { is_synthetic: boolean }) => row.is_synthetic);
    expect(synthetic.map((row: { short_id: string }) => row.short_id)).toContain("synthetic-watch-history");
    expect(synthetic[0]).toMatchObject({ type: "collection", created_by: null, filters: {} });
    expect(first.results.filter((row: { is_synthetic: boolean }) => !row.is_synthetic)).toHaveLength(1);
    const second = (await contract.client.get("session_recording_playlists/?limit=1&offset=1")).body;
    expect(second.results.every((row: { is_synthetic: boolean }) => !row.is_synthetic)).toBe(true);
    const custom = (await contract.client.get("session_recording_playlists/?collection_type=custom")).body;
    expect(custom.results.every((row: { is_synthetic: boolean }) => !row.is_synthetic)).toBe(true);
    expect((await contract.client.get("session_recording_playlists/synthetic-watch-history/")).body.name).toBe("Watch history");
    expect((await contract.client.patch("session_recording_playlists/synthetic-watch-history/", { pinned: true })).body.detail).toBe("Cannot update synthetic playlists");
  });
});
