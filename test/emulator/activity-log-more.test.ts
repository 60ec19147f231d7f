import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestApi } from "./helpers.js";

let api: TestApi;
const log = (query: string) => api.get(`/api/projects/1/activity_log/${query}`);
const SELF = { first_name: "Emulator", email: "emulator@posthog.local" };

beforeAll(async () => {
  api = await startTestEmulator();
});
afterAll(() => api.close());

const trigger = { id: "t", name: "Signed up", type: "trigger", config: { type: "event", filters: { events: [{ id: "user signed up", type: "events" }] } } };
const exit = { id: "x", name: "Exit", type: "exit", config: {} };

describe("activity log: hog flows, session recording playlists, batch exports, insight alerts and endpoints", () => {
  it("logs a hog flow as HogFlowViewSet does: created with type standard and no changes, updated with changes_between, a hard delete as deleted", async () => {
    const base = "/api/projects/1/hog_flows/";
    const flow = await api.post(base, { name: "Welcome", actions: [trigger, exit], edges: [{ from: "t", to: "x", type: "continue" }] });
    expect(flow.status).toBe(201);
    const id = String(flow.body.id);
    expect((await api.patch(`${base}${id}/`, { description: "Edited in the UI" })).status).toBe(200);
    expect((await api.patch(`${base}${id}/`, { description: "Edited in the UI" })).status).toBe(200);
    expect((await api.delete(`${base}${id}/`)).status).toBe(204);

    const entries = (await log(`?scope=HogFlow&item_id=${id}`)).body.results;
    expect(entries.map((entry: any) => entry.activity)).toEqual(["deleted", "updated", "created"]);
    expect(entries[2]).toMatchObject({ scope: "HogFlow", item_id: id, user: expect.objectContaining(SELF) });
    expect(entries[2].detail).toEqual({ name: "Welcome", short_id: null, type: "standard", changes: null, trigger: null, context: null });
    expect(entries[1].detail).toMatchObject({ name: "Welcome", type: null });
    expect(entries[1].detail.changes).toEqual([{ type: "HogFlow", action: "created", field: "description", before: null, after: "Edited in the UI" }]);
    expect(entries[0].detail).toMatchObject({ name: "Welcome", type: null, changes: null });
  });

  it("logs a playlist under its numeric id with its short id in the detail, looked up by short id, and a soft delete as an update", async () => {
    const base = "/api/projects/1/session_recording_playlists/";
    const playlist = (await api.post(base, { name: "Rage", type: "collection" })).body;
    expect((await api.patch(`${base}${String(playlist.short_id)}/`, { pinned: true })).status).toBe(200);
    expect((await api.patch(`${base}${String(playlist.short_id)}/`, { deleted: true })).status).toBe(200);

    expect((await log(`?scope=SessionRecordingPlaylist&item_id=${String(playlist.short_id)}`)).body.results).toEqual([]);
    const entries = (await log(`?scope=SessionRecordingPlaylist&item_id=${String(playlist.id)}`)).body.results;
    expect(entries.map((entry: any) => entry.activity)).toEqual(["updated", "updated", "created"]);
    expect(entries[2].detail).toEqual({ name: "Rage", short_id: playlist.short_id, type: null, changes: null, trigger: null, context: null });
    expect(entries[1].detail.changes).toEqual([{ type: "SessionRecordingPlaylist", action: "changed", field: "pinned", before: false, after: true }]);
    expect(entries[0].detail.changes).toEqual([{ type: "SessionRecordingPlaylist", action: "changed", field: "deleted", before: false, after: true }]);
  });

  it("logs nothing for a playlist without a name, as log_playlist_activity skips it", async () => {
    const playlist = (await api.post("/api/projects/1/session_recording_playlists/", { type: "collection" })).body;
    expect(playlist.id).toBeTypeOf("number");
    expect((await log(`?scope=SessionRecordingPlaylist&item_id=${String(playlist.id)}`)).body.results).toEqual([]);
  });

  it("logs a batch export through its save signal: paused as enabled, pause and a soft delete as updates, the destination's config not at all", async () => {
    const base = "/api/projects/1/batch_exports/";
    const created = await api.post(base, { name: "Nightly", interval: "day", destination: { type: "HTTP", config: { url: "https://example.com/ingest", token: "t0ken" } } });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    expect((await api.patch(`${base}${id}/`, { destination: { type: "HTTP", config: { url: "https://example.com/other" } } })).status).toBe(200);
    expect((await api.post(`${base}${id}/pause/`, {})).status).toBe(200);
    expect((await api.patch(`${base}${id}/`, { interval: "hour" })).status).toBe(200);
    expect((await api.delete(`${base}${id}/`)).status).toBe(204);

    const entries = (await log(`?scope=BatchExport&item_id=${id}`)).body.results;
    expect(entries.map((entry: any) => entry.activity)).toEqual(["updated", "updated", "updated", "created"]);
    expect(entries[3].detail).toEqual({
      name: "'Nightly' (HTTP)",
      short_id: null,
      type: null,
      changes: [],
      trigger: null,
      context: { name: "Nightly", destination_type: "HTTP", interval: "day", created_by_user_id: null, created_by_user_email: null, created_by_user_name: null },
    });
    expect(entries[2].detail.changes).toEqual([{ type: "BatchExport", action: "changed", field: "enabled", before: false, after: true }]);
    expect(entries[1].detail.changes).toEqual([{ type: "BatchExport", action: "changed", field: "interval", before: "day", after: "hour" }]);
    expect(entries[0].detail.changes).toEqual([{ type: "BatchExport", action: "changed", field: "deleted", before: false, after: true }]);
  });

  it("logs an endpoint as EndpointCrudService does: a query change as version_created, a version's field as version_updated under EndpointVersion, the soft delete as deleted", async () => {
    const base = "/api/projects/1/endpoints/";
    const query = (text: string) => ({ kind: "HogQLQuery", query: text });
    const created = await api.post(base, { name: "signups", query: query("select 1") });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    expect((await api.patch(`${base}signups/`, { is_active: false })).status).toBe(200);
    expect((await api.patch(`${base}signups/`, { query: query("select 2") })).status).toBe(200);
    expect((await api.patch(`${base}signups/`, { description: "Edited in the UI" })).status).toBe(200);
    expect((await api.delete(`${base}signups/`)).status).toBe(204);

    const entries = (await log(`?scopes=Endpoint,EndpointVersion&item_id=${id}`)).body.results;
    expect(entries.map((entry: any) => [entry.scope, entry.activity])).toEqual([
      ["Endpoint", "deleted"],
      ["EndpointVersion", "version_updated"],
      ["Endpoint", "version_created"],
      ["Endpoint", "updated"],
      ["Endpoint", "created"],
    ]);
    expect(entries[4].detail).toEqual({ name: "signups", short_id: null, type: null, changes: null, trigger: null, context: null });
    expect(entries[3].detail.changes).toEqual([{ type: "Endpoint", action: "changed", field: "is_active", before: true, after: false }]);
    expect(entries[2].detail).toMatchObject({ context: { id: null, version: 2 }, changes: [{ type: "EndpointVersion", action: "changed", field: "query", before: query("select 1"), after: query("select 2") }] });
    expect(entries[1].detail.changes).toEqual([{ type: "EndpointVersion", action: "created", field: "description", before: null, after: "Edited in the UI" }]);
    expect(entries[0].detail).toMatchObject({ name: "signups", changes: null });
  });

  it("logs an alert through its save signal and its threshold's edit in place as a threshold_change entry under the alert", async () => {
    const query = { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "signed up" }] } };
    const insight = (await api.post("/api/projects/1/insights/", { name: "Signups", query })).body;
    const base = "/api/projects/1/alerts/";
    const threshold = (upper: number) => ({ configuration: { type: "absolute", bounds: { upper } } });
    const alert = await api.post(base, { name: "Drop", insight: insight.id, threshold: threshold(10), condition: { type: "absolute_value" }, config: { type: "TrendsAlertConfig", series_index: 0 }, subscribed_users: [] });
    expect(alert.status).toBe(201);
    const id = String(alert.body.id);
    expect((await api.patch(`${base}${id}/`, { calculation_interval: "hourly" })).status).toBe(200);
    expect((await api.patch(`${base}${id}/`, { threshold: threshold(20) })).status).toBe(200);
    expect((await api.delete(`${base}${id}/`)).status).toBe(204);

    const entries = (await log(`?scope=AlertConfiguration&item_id=${id}`)).body.results;
    expect(entries.map((entry: any) => [entry.activity, entry.detail.type])).toEqual([["updated", "threshold_change"], ["updated", null], ["created", null]]);
    expect(entries[2].detail).toMatchObject({ name: "Drop", changes: [], context: { insight_id: insight.id, insight_short_id: insight.short_id, insight_name: "Signups", alert_id: null, alert_name: "Alert" } });
    expect(entries[1].detail.changes).toEqual([{ type: "AlertConfiguration", action: "changed", field: "calculation_interval", before: "daily", after: "hourly" }]);
    expect(entries[0].detail).toMatchObject({ name: null, context: { alert_name: "Drop" } });
    expect(entries[0].detail.changes).toEqual([
      { type: "Threshold", action: "changed", field: "configuration", before: { type: "absolute", bounds: { upper: 10 } }, after: { type: "absolute", bounds: { upper: 20 } } },
    ]);
  });
});
