import { isRecord, type JsonRecord } from "../json.js";
import type { ProjectState } from "../state.js";
import { changesBetween } from "./activity-changes.js";
import type { LoggedCollection, RelatedEntry } from "./activity-scopes.js";

function rowsOf(list: unknown): JsonRecord[] {
  return (list ?? []) as JsonRecord[];
}

/** The insight an alert watches, as the stored project holds it. */
function alertInsight(row: JsonRecord, project: ProjectState) {
  return project.insights.find((insight) => insight.id === row.insight_id);
}

/**
 * The `AlertConfiguration` model's fields as its save signal compares them: the insight as
 * ActivityDetailEncoder writes an `Insight` (`{id, short_id}`), the threshold as the foreign key it
 * is (edited in place, so the same row before and after), and no subscribers: the many-to-many
 * reads the database on both sides after the save, so it never differs.
 */
function alertModel(row: JsonRecord, project: ProjectState): JsonRecord {
  const { insight_id: _insight, subscribed_user_ids: _subscribers, threshold, ...fields } = row;
  const insight = alertInsight(row, project);
  return { ...fields, insight: insight === undefined ? null : { id: insight.id, short_id: insight.short_id }, threshold: isRecord(threshold) ? threshold.id : null };
}

/** `AlertConfigurationContext` as `handle_alert_configuration_change` and `handle_threshold_change` fill it. */
function alertContext(row: JsonRecord, project: ProjectState, alertName: unknown = "Alert"): JsonRecord {
  const insight = alertInsight(row, project);
  return { insight_id: row.insight_id ?? null, insight_short_id: insight?.short_id ?? null, insight_name: insight?.name ?? null, alert_id: null, alert_name: alertName ?? null };
}

/**
 * `handle_threshold_change`: the `Threshold` row's own save, edited in place by the alert's update,
 * logged under the alert (`type: "threshold_change"`, no name) with `changes_between("Threshold")`.
 */
function thresholdEntries(before: JsonRecord, after: JsonRecord, project: ProjectState): RelatedEntry[] {
  if (!isRecord(before.threshold) || !isRecord(after.threshold) || before.threshold.id !== after.threshold.id) return [];
  const changes = changesBetween({ scope: "Threshold", exclusions: [] }, before.threshold, after.threshold);
  if (changes.length === 0) return [];
  return [{ activity: "updated", detail: { name: null, short_id: null, type: "threshold_change", changes, trigger: null, context: alertContext(after, project, after.name) } }];
}

/** The `Endpoint` model's own fields: materialization, tags and versions are rows of their own. */
function endpointModel(row: JsonRecord): JsonRecord {
  return { name: row.name, is_active: row.is_active, deleted: row.deleted, derived_from_insight: row.derived_from_insight, current_version: row.current_version };
}

function versionsOf(row: JsonRecord): JsonRecord[] {
  return Array.isArray(row.versions) ? (row.versions as JsonRecord[]) : [];
}

/**
 * `EndpointCrudService._log_update_activity` after the endpoint's own entry: a query change (a new
 * current version) as `version_created` under `Endpoint` with one `EndpointVersion` change of
 * `query`; otherwise the edited version's `changes_between("EndpointVersion")` as `version_updated`
 * under `EndpointVersion`; both under the endpoint's id, with `EndpointContext(version)`.
 */
function endpointVersionEntries(before: JsonRecord, after: JsonRecord): RelatedEntry[] {
  const detail = (changes: JsonRecord[], version: unknown): JsonRecord => ({ name: after.name, short_id: null, type: null, changes, trigger: null, context: { id: null, version } });
  const previous = new Map(versionsOf(before).map((version) => [version.version, version]));
  if (after.current_version !== before.current_version) {
    const old = previous.get(before.current_version);
    const next = versionsOf(after).find((version) => version.version === after.current_version);
    return [{ activity: "version_created", detail: detail([{ type: "EndpointVersion", action: "changed", field: "query", before: old?.query ?? null, after: next?.query ?? null }], after.current_version) }];
  }
  return versionsOf(after).flatMap((version) => {
    const old = previous.get(version.version);
    const changes = old === undefined ? [] : changesBetween({ scope: "EndpointVersion", exclusions: ["saved_query"] }, old, version);
    return changes.length === 0 ? [] : [{ activity: "version_updated", scope: "EndpointVersion", detail: detail(changes, version.version) }];
  });
}

/** A batch export row as its model: the destination is a row of its own, saved apart, so the same before and after. */
function batchExportModel(row: JsonRecord): JsonRecord {
  const { destination: _destination, backfills: _backfills, ...fields } = row;
  return fields;
}

/** The destination's type, as `get_batch_export_destination_type` reads it. */
function destinationType(row: JsonRecord): string {
  return isRecord(row.destination) && typeof row.destination.type === "string" ? row.destination.type : "unknown";
}

/**
 * The scopes of hog flows, session recording playlists, batch exports, insight alerts and endpoints, keyed
 * by URL segment as `LOGGED` is: `HogFlowViewSet.perform_create/perform_update/perform_destroy`
 * (products/workflows/backend/api/hog_flow.py), `log_playlist_activity` in the playlist
 * serializer's `create`/`update` (posthog/session_recordings/session_recording_playlist_api.py),
 * the save signals' `handle_batch_export_change` and `handle_alert_configuration_change`, and
 * `EndpointCrudService.create/update/destroy` (products/endpoints/backend/logic/crud.py).
 */
export const MORE_LOGGED: Record<string, LoggedCollection> = {
  hog_flows: {
    scope: "HogFlow",
    rows: (project) => rowsOf(project.hogFlows),
    exclusions: [],
    name: (row) => row.name,
    // `Detail(name, type="standard")` on create only; updates and deletes name no type.
    type: (_row, activity) => (activity === "created" ? "standard" : null),
    createdChanges: null,
  },
  session_recording_playlists: {
    scope: "SessionRecordingPlaylist",
    rows: (project) => rowsOf(project.sessionRecordingPlaylists),
    exclusions: [],
    lookup: (row) => row.short_id,
    name: (row) => row.name || row.derived_name,
    shortId: (row) => row.short_id,
    namedOnly: true,
    createdChanges: null,
    model: (row) => {
      const { synthetic: _synthetic, ...fields } = row;
      return fields;
    },
  },
  batch_exports: {
    scope: "BatchExport",
    rows: (project) => rowsOf(project.batchExports),
    exclusions: ["latest_runs", "last_updated_at", "last_paused_at", "batchexportrun_set", "batchexportbackfill_set"],
    renamed: { paused: "enabled" },
    name: (row) => `'${String(row.name || "Unnamed Export")}' (${destinationType(row)})`,
    context: (row) => ({ name: row.name || "Unnamed Export", destination_type: destinationType(row), interval: row.interval ?? "", created_by_user_id: null, created_by_user_email: null, created_by_user_name: null }),
    createdChanges: [],
    model: batchExportModel,
    signal: true,
    deleteSaves: true,
  },
  alerts: {
    scope: "AlertConfiguration",
    rows: (project) => rowsOf(project.alerts),
    exclusions: ["last_checked_at", "next_check_at", "is_calculating", "last_notified_at", "last_error_at"],
    name: (row, project) => row.name || `Alert for ${String(alertInsight(row, project)?.name ?? null)}`,
    context: (row, project) => alertContext(row, project),
    createdChanges: [],
    model: alertModel,
    unencodable: ["threshold"],
    related: thresholdEntries,
    signal: true,
    deleteUnlogged: true,
  },
  endpoints: {
    scope: "Endpoint",
    // Live endpoints only: a name can be reused once its endpoint is soft-deleted, and the view then logs `deleted`.
    rows: (project) => rowsOf(project.endpoints).filter((row) => !row.deleted),
    exclusions: ["saved_query", "current_version"],
    lookup: (row) => row.name,
    name: (row) => row.name,
    createdChanges: null,
    model: endpointModel,
    related: endpointVersionEntries,
  },
};
