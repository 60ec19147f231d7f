import { checkEdgeWhitespace, stripCharField } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject } from "../json.js";
import { flagOr, textOrEmpty } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { boolean, field, json, object, oneOf, recordOf, required, sdkType, string } from "../schema.js";
import { compactSpec, slugKey, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";

function summarizePlaylist(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (before === undefined || after === undefined) return [];
  const lines: string[] = [];
  if (changes.some((change) => change.path === "pinned")) lines.push(after.pinned === true ? "pinned" : "unpinned");
  if (changes.some((change) => change.path === "filters" || change.path.startsWith("filters."))) lines.push("saved filters changed: the playlist matches other recordings");
  return lines;
}

/**
 * Session recording playlists, addressed by `short_id`: saved filters (`type: "filters"`, the
 * recordings matching `filters`) or collections (`type: "collection"`, recordings added by hand,
 * which are runtime data and never managed here). `SessionRecordingPlaylistSerializer` has no tags,
 * so identity is a description marker, as PostHog's own tool writes it. PostHog takes `type` only
 * on creation, so a new type replaces the playlist. Deleting is `PATCH {deleted: true}` (the viewset
 * is `ForbidDestroyModel`), and a saved filter's every update, that one too, must carry its
 * non-empty filters. The list also holds PostHog's synthetic playlists ("Watch history", …), which
 * `collection_type=custom` leaves out.
 */
export const sessionRecordingPlaylists: KindModule<"session-recording-playlists"> = defineKind({
  name: "session-recording-playlists",
  label: "session recording playlist",
  constructorName: "sessionRecordingPlaylist",
  folder: "session-recording-playlists",
  references: [],
  sdk: { spec: "SessionRecordingPlaylist", doc: "Fields of `sessionRecordingPlaylist()`.", constructorDoc: "Defines a session recording playlist: saved recording filters, or an empty collection to add recordings to by hand." },
  readme: { resource: "Session recording playlists", sdk: "`sessionRecordingPlaylist()` with saved filters or as a collection, and its pinned state", identity: "description marker" },
  ui: { path: "replay/playlists", idField: "short_id" },
  api: {
    collection: "session_recording_playlists",
    remove: "soft",
    pathId: (raw) => String(raw.short_id),
    listQueries: [{ collection_type: "custom" }],
    patchRequires: ["filters"],
  },
  activityScope: "SessionRecordingPlaylist",
  // `log_playlist_activity` files entries under the numeric id, not the short id the API addresses it by.
  activityItem: (raw) => Number(raw.id),
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: required(string({ nonEmpty: true, max: 400 })),
    description: field(string(), { doc: "Shown under the name; it also carries the identity marker (an HTML comment)." }),
    type: field(oneOf("filters", "collection"), {
      doc: "`filters` (default): the recordings matching `filters`; `collection`: recordings added by hand in PostHog, which definitions leave alone.",
      immutable: { reason: "PostHog sets a playlist's type only when it is created; apply deletes the playlist and creates it anew (a collection's recordings are lost)" },
    }),
    filters: field(sdkType(recordOf(json), { type: "Record<string, unknown>" }), { doc: "Recording filters as PostHog's replay filters save them (date range, duration, filter group, test accounts); required for `filters`, empty for a collection." }),
    pinned: field(boolean, { doc: "Pinned to the top of the replay sidebar." }),
  }),
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name" }, report);
    const count = isJsonObject(spec.filters) ? Object.keys(spec.filters).length : 0;
    const type = spec.type ?? "filters";
    if (type === "filters" && count === 0) report("filters", "You must provide a valid filters when creating a saved filter");
    if (type === "collection" && count > 0) report("filters", "You cannot create a collection with filters");
  },
  toDesired(spec) {
    return {
      fields: {
        name: stripCharField(textOrEmpty(spec.name)),
        // DRF trims CharField input.
        description: stripCharField(textOrEmpty(spec.description)),
        type: String(spec.type ?? "filters"),
        filters: isJsonObject(spec.filters) ? spec.filters : {},
        pinned: flagOr(spec.pinned, false),
      },
      dependsOn: [],
    };
  },
  identify(raw) {
    return raw.is_synthetic === true ? undefined : readIdentityMarker("session-recording-playlists", raw.description);
  },
  toObserved(raw) {
    const filters = isJsonObject(raw.filters) ? raw.filters : undefined;
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      // Playlists made before types existed have none; PostHog then checks neither rule, so their filters say which they are.
      type: typeof raw.type === "string" ? raw.type : filters !== undefined && Object.keys(filters).length > 0 ? "filters" : "collection",
      filters: filters ?? {},
      pinned: flagOr(raw.pinned, false),
    };
  },
  toPayload(key, fields, _lookup, action) {
    return {
      name: fields.name as string,
      description: appendIdentityMarker("session-recording-playlists", key, fields.description),
      filters: fields.filters as JsonObject,
      pinned: fields.pinned as boolean,
      // `type` is read-only: the create reads it from the request's initial data, an update ignores it.
      ...(action === "create" ? { type: fields.type as string } : {}),
    };
  },
  proposeKey(raw) {
    const slug = slugKey(raw.name ?? raw.derived_name, `playlist-${String(raw.short_id)}`);
    return /^[a-z]/.test(slug) ? slug : `playlist-${slug}`;
  },
  toSpec(fields, key) {
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      type: unlessDefault(fields.type, "filters"),
      filters: unlessDefault(fields.filters, {}),
      pinned: unlessDefault(fields.pinned, false),
    });
  },
  summarize: summarizePlaylist,
});
