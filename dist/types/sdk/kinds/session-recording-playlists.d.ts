/** Fields of `sessionRecordingPlaylist()`. */
export interface SessionRecordingPlaylist {
    key: string;
    name: string;
    /** Shown under the name; it also carries the identity marker (an HTML comment). */
    description?: string;
    /** `filters` (default): the recordings matching `filters`; `collection`: recordings added by hand in PostHog, which definitions leave alone. */
    type?: "filters" | "collection";
    /** Recording filters as PostHog's replay filters save them (date range, duration, filter group, test accounts); required for `filters`, empty for a collection. */
    filters?: Record<string, unknown>;
    /** Pinned to the top of the replay sidebar. */
    pinned?: boolean;
}
/** Defines a session recording playlist: saved recording filters, or an empty collection to add recordings to by hand. */
export declare function sessionRecordingPlaylist(spec: SessionRecordingPlaylist): SessionRecordingPlaylist;
