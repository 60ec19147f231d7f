import { randomInt } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, validationError } from "../errors.js";
import { readBoolean, readJson, readRequestBody, readString } from "../fields.js";
import { isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import { allocateId, type ProjectState } from "../state.js";
import { currentUser, type UserBasic } from "../users.js";
import { created, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

/** One playlist row (`SessionRecordingPlaylist`, posthog/session_recordings/models/session_recording_playlist.py). */
export interface PlaylistRecord {
  id: number;
  short_id: string;
  name: string | null;
  derived_name: string | null;
  description: string;
  pinned: boolean;
  deleted: boolean;
  filters: unknown;
  type: string | null;
  created_at: string | null;
  created_by: UserBasic | null;
  last_modified_at: string | null;
  last_modified_by: UserBasic | null;
  synthetic?: true;
}

/** `SYNTHETIC_PLAYLISTS` (posthog/session_recordings/synthetic_playlists.py): computed collections every project lists. */
const SYNTHETIC: readonly [number, string, string, string][] = [
  [-1, "synthetic-watch-history", "Watch history", "Recordings you have watched"],
  [-2, "synthetic-commented", "Recordings with comments", "Recordings that have team comments"],
  [-3, "synthetic-shared", "Shared recordings", "Recordings that have been shared externally"],
  [-4, "synthetic-exported", "Exported recordings", "Recordings that have been exported as clips or screenshots"],
  [-6, "synthetic-expiring", "Expiring soon", "Recordings that will expire in the next 10 days"],
  [-7, "synthetic-frustrated", "Frustration signals", "Sessions with rage clicks or errors in the last 7 days"],
];
const SHORT_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const MATERIAL_FIELDS = ["name", "description", "filters"];

function syntheticPlaylists(): PlaylistRecord[] {
  return SYNTHETIC.map(([id, short_id, name, description]) => ({
    id, short_id, name, description, derived_name: null, pinned: false, deleted: false, filters: {}, type: "collection",
    created_at: null, created_by: null, last_modified_at: null, last_modified_by: null, synthetic: true,
  }));
}

/**
 * Session recording playlists (`/api/projects/{id}/session_recording_playlists/`), after
 * `SessionRecordingPlaylistSerializer` and its viewset (posthog/session_recordings/
 * session_recording_playlist_api.py): addressed by `short_id`, `ForbidDestroyModel` (DELETE is 405),
 * soft-deleted rows hidden from every action but update (a PATCH restores one), `type` read-only but
 * taken from the create's body, a collection refusing filters and a saved filter refusing any update
 * without its filters (a soft delete too), the synthetic playlists listed on the first page, newest
 * modification first.
 */
export const sessionRecordingPlaylistsResource: ResourceModule = {
  segment: "session_recording_playlists",
  scopeObject: "session_recording_playlist",
  environmentsAlias: false,
  throttle: "clickhouse",
  handle: routeViewset<PlaylistRecord>({
    list: listPlaylists,
    create: createPlaylist,
    detail: {
      find: findPlaylist,
      retrieve: (_context, record) => ok(serializePlaylist(record)),
      update: updatePlaylist,
      destroy: "forbidden",
    },
  }),
};

function playlistsOf(project: ProjectState): PlaylistRecord[] {
  project.sessionRecordingPlaylists ??= [];
  return project.sessionRecordingPlaylists;
}

function findPlaylist(context: ResourceContext, shortId: string): PlaylistRecord {
  const synthetic = shortId.startsWith("synthetic-") ? syntheticPlaylists().find((record) => record.short_id === shortId) : undefined;
  if (synthetic !== undefined) return synthetic;
  const updating = context.method === "PATCH" || context.method === "PUT";
  const record = playlistsOf(context.project).find((candidate) => candidate.short_id === shortId && (updating || !candidate.deleted));
  if (record === undefined) throw notFound();
  return record;
}

function serializePlaylist(record: PlaylistRecord): JsonRecord {
  return {
    id: record.id,
    short_id: record.short_id,
    name: record.name,
    derived_name: record.derived_name,
    description: record.description,
    pinned: record.pinned,
    created_at: record.created_at,
    created_by: record.created_by,
    deleted: record.deleted,
    filters: record.filters,
    last_modified_at: record.last_modified_at,
    last_modified_by: record.last_modified_by,
    // No recordings are pinned and no counts are cached in the emulator.
    recordings_counts: {
      saved_filters: { count: null, has_more: null, watched_count: null, increased: null, last_refreshed_at: null },
      collection: record.synthetic ? { count: null, has_more: false, watched_count: 0, increased: null, last_refreshed_at: null } : { count: null, watched_count: 0 },
    },
    type: record.type,
    is_synthetic: record.synthetic === true,
  };
}

/** A DRF `JSONField` without `allow_null`; `len()` of what it holds, as the type checks take it. */
function filtersLength(filters: unknown): number {
  if (Array.isArray(filters) || typeof filters === "string") return filters.length;
  return isRecord(filters) ? Object.keys(filters).length : 0;
}

function readFields(body: JsonRecord): Partial<PlaylistRecord> {
  const fields: Partial<PlaylistRecord> = {};
  const name = readString(body, "name", { allowNull: true, allowBlank: true, maxLength: 400 });
  if (name !== undefined) fields.name = name;
  const derived = readString(body, "derived_name", { allowNull: true, allowBlank: true, maxLength: 400 });
  if (derived !== undefined) fields.derived_name = derived;
  const description = readString(body, "description", { allowBlank: true });
  if (description !== undefined && description !== null) fields.description = description;
  const pinned = readBoolean(body, "pinned");
  if (pinned !== undefined && pinned !== null) fields.pinned = pinned;
  const deleted = readBoolean(body, "deleted");
  if (deleted !== undefined && deleted !== null) fields.deleted = deleted;
  const filters = readJson(body, "filters");
  if (filters === null) throw validationError("filters", "This field may not be null.", "null");
  if (filters !== undefined) fields.filters = filters;
  return fields;
}

function generateShortId(project: ProjectState): string {
  for (;;) {
    let candidate = "";
    for (let index = 0; index < 8; index += 1) candidate += SHORT_ID_ALPHABET[randomInt(SHORT_ID_ALPHABET.length)];
    if (!playlistsOf(project).some((record) => record.short_id === candidate)) return candidate;
  }
}

function createPlaylist(context: ResourceContext): ResourceResponse {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const fields = readFields(body);
  const type = body.type;
  if (type !== "collection" && type !== "filters") throw validationError(null, "Must provide a valid playlist type: either filters or collection");
  if (type === "collection" && filtersLength(fields.filters) > 0) throw validationError(null, "You cannot create a collection with filters");
  if (type === "filters" && filtersLength(fields.filters) === 0) throw validationError(null, "You must provide a valid filters when creating a saved filter");
  const now = isoNow();
  const user = currentUser();
  const record: PlaylistRecord = {
    id: allocateId(state, "session_recording_playlist"),
    short_id: generateShortId(project),
    name: null,
    derived_name: null,
    description: "",
    pinned: false,
    deleted: false,
    filters: {},
    created_at: now,
    created_by: user,
    last_modified_at: now,
    last_modified_by: user,
    ...fields,
    type,
  };
  playlistsOf(project).push(record);
  return created(serializePlaylist(record));
}

function updatePlaylist(context: ResourceContext, record: PlaylistRecord): ResourceResponse {
  if (record.synthetic) throw validationError(null, "Cannot update synthetic playlists");
  const body = readRequestBody(context.body);
  const fields = readFields(body);
  if (record.type === "collection" && filtersLength(fields.filters) > 0) throw validationError(null, "You cannot update a collection to add filters");
  if (record.type === "filters" && filtersLength(fields.filters) === 0) throw validationError(null, "You cannot remove all filters when updating a saved filter");
  if (MATERIAL_FIELDS.some((name) => name in fields)) Object.assign(record, { last_modified_at: isoNow(), last_modified_by: currentUser() });
  Object.assign(record, fields);
  return ok(serializePlaylist(record));
}

function lastModified(record: PlaylistRecord): number {
  // `_order_playlists`: a synthetic playlist without a timestamp sorts as `datetime.max`.
  return record.last_modified_at === null ? Number.POSITIVE_INFINITY : Date.parse(record.last_modified_at);
}

function listPlaylists(context: ResourceContext): ResourceResponse {
  const { project, query } = context;
  let records = playlistsOf(project).filter((record) => !record.deleted);
  let synthetics = syntheticPlaylists();
  for (const [key, value] of query) {
    if (key === "user" || key === "created_by") {
      records = records.filter((record) => record.created_by?.id === (key === "user" ? currentUser().id : Number(value)));
      synthetics = [];
    } else if (key === "type" && (value === "collection" || value === "filters")) {
      records = records.filter((record) => record.type === value);
      if (value === "filters") synthetics = [];
    } else if (key === "collection_type") {
      if (value === "synthetic") records = [];
      if (value === "custom") synthetics = [];
    } else if (key === "pinned") {
      records = records.filter((record) => record.pinned);
      synthetics = [];
    } else if (key === "search") {
      const term = value.toLowerCase();
      records = records.filter((record) => (record.name ?? "").toLowerCase().includes(term) || (record.derived_name ?? "").toLowerCase().includes(term));
      synthetics = synthetics.filter((record) => (record.name ?? "").toLowerCase().includes(term) || record.description.toLowerCase().includes(term));
    }
  }
  records.sort((left, right) => lastModified(right) - lastModified(left) || right.id - left.id);
  const page = paginate(records, context.requestUrl);
  const firstPage = (query.get("offset") ?? "0") === "0" && (query.get("page") ?? "1") === "1";
  const combined = [...page.results, ...(firstPage ? synthetics : [])].sort((left, right) => lastModified(right) - lastModified(left));
  return ok({ ...page, count: records.length + synthetics.length, results: combined.map(serializePlaylist) });
}
