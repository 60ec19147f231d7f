import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, permissionDenied, serverError, validationError } from "../errors.js";
import { hasField, isUuid, readBoolean, readChoice, readInteger, readObject, readRequestBody, readString } from "../fields.js";
import { isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { ProjectState } from "../state.js";
import { TIMEZONES } from "../timezones.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

/** One batch export and its destination (`posthog/batch_exports/models.py`), secrets kept in the config. */
export interface BatchExportRecord {
  id: string;
  team_id: number;
  name: string;
  model: string | null;
  destination: { type: string; config: JsonRecord };
  interval: string;
  paused: boolean;
  deleted: boolean;
  created_at: string;
  last_updated_at: string;
  last_paused_at: string | null;
  filters: unknown;
  /** `timezone`, "UTC" by default (the model's default; null sent is stored as "UTC"). */
  timezone: string;
  /** `interval_offset`, seconds into the interval; the reads show it as `offset_day` and `offset_hour`. */
  interval_offset: number | null;
  /** Backfills started (by `unpause` with `backfill: true`); apply must never start one. */
  backfills: number;
}

/** `BatchExportDestination.Destination`. */
const DESTINATIONS = ["S3", "Snowflake", "Postgres", "Redshift", "BigQuery", "Databricks", "HTTP", "NoOp"];
/** `BatchExportDestination.secret_fields`: stored, never returned. */
const SECRET_FIELDS: Readonly<Record<string, readonly string[]>> = {
  S3: ["aws_access_key_id", "aws_secret_access_key"],
  Snowflake: ["user", "password", "private_key", "private_key_passphrase"],
  Postgres: ["user", "password"],
  Redshift: ["user", "password"],
  BigQuery: ["private_key", "private_key_id", "client_email", "token_uri"],
  Databricks: [],
  HTTP: ["token"],
  NoOp: [],
};
/** `BATCH_EXPORT_INTERVALS`. */
const INTERVALS = ["hour", "day", "week", "every 5 minutes"];
const MODELS = ["events", "persons", "sessions"];
/** The S3 file formats the emulator knows of `SUPPORTED_COMPRESSIONS` (its keys). */
const S3_FILE_FORMATS = ["JSONLines", "Parquet"];

/**
 * Batch exports (`/api/projects/{id}/batch_exports/`), after `BatchExportSerializer` and
 * `BatchExportViewSet` (posthog/batch_exports/http.py): the destination's secret fields left out of
 * every read, the config merged on update, `pause` and `unpause` actions (a backfill only when
 * `unpause` is sent `backfill: true`), DELETE hiding the export. The project has neither the
 * high-frequency nor the sessions feature flag, so both are refused on create as PostHog refuses
 * them then.
 */
export const batchExportsResource: ResourceModule = {
  segment: "batch_exports",
  scopeObject: "batch_export",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<BatchExportRecord>({
    list: ({ project, requestUrl }) => {
      const rows = exportsOf(project).filter((row) => !row.deleted).sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
      const page = paginate(rows, requestUrl);
      return ok({ ...page, results: page.results.map(serialize) });
    },
    create: createExport,
    detail: {
      find: ({ project }, id) => {
        const found = isUuid(id) ? exportsOf(project).find((row) => row.id === id && !row.deleted) : undefined;
        if (found === undefined) throw notFound();
        return found;
      },
      retrieve: (_context, row) => ok(serialize(row)),
      update: updateExport,
      destroy: (_context, row) => {
        row.deleted = true;
        return noContent();
      },
      actions: {
        pause: {
          methods: ["POST"],
          run: (_context, row) => {
            row.paused = true;
            row.last_paused_at = isoNow();
            return ok({ paused: true });
          },
        },
        unpause: {
          methods: ["POST"],
          run: (context, row) => {
            const body = isRecord(context.body) ? context.body : {};
            row.paused = false;
            if (body.backfill === true) row.backfills += 1;
            return ok({ paused: false });
          },
        },
      },
    },
  }),
};

function exportsOf(project: ProjectState): BatchExportRecord[] {
  project.batchExports ??= [];
  return project.batchExports;
}

/** `BatchExportSerializer`; `hogql_query` has no value to read back, so DRF leaves it out. */
function serialize(row: BatchExportRecord): JsonRecord {
  const secrets = SECRET_FIELDS[row.destination.type] ?? [];
  return {
    id: row.id,
    team_id: row.team_id,
    name: row.name,
    model: row.model,
    destination: { type: row.destination.type, config: Object.fromEntries(Object.entries(row.destination.config).filter(([key]) => !secrets.includes(key))) },
    interval: row.interval,
    paused: row.paused,
    created_at: row.created_at,
    last_updated_at: row.last_updated_at,
    last_paused_at: row.last_paused_at,
    start_at: null,
    end_at: null,
    latest_runs: [],
    schema: null,
    filters: row.filters ?? null,
    timezone: row.timezone,
    ...offsetsOf(row),
  };
}

/** The model's `offset_day` and `offset_hour` properties: Sunday and midnight when no offset is stored, null for intervals without them. */
function offsetsOf(row: BatchExportRecord): { offset_day: number | null; offset_hour: number | null } {
  const weekly = row.interval === "week";
  const hourly = weekly || row.interval === "day";
  return {
    offset_day: weekly ? Math.floor((row.interval_offset ?? 0) / 86400) : null,
    offset_hour: hourly ? Math.floor((row.interval_offset ?? 0) / 3600) % 24 : null,
  };
}

/**
 * `validate_timezone`, `validate_offset_day`, `validate_offset_hour` and the offsets part of
 * `BatchExportSerializer.validate`: the offsets become `interval_offset` only when the body has an
 * `interval` (a PATCH without one keeps the stored offset); undefined leaves a field as it is.
 */
function readSchedule(body: JsonRecord, stored: BatchExportRecord | undefined): { timezone?: string; intervalOffset?: number | null } {
  const timezone = readChoice(body, "timezone", TIMEZONES, { allowNull: true });
  const offsetDay = readInteger(body, "offset_day", { allowNull: true, min: 0, max: 6 });
  const offsetHour = readInteger(body, "offset_hour", { allowNull: true, min: 0, max: 23 });
  const sentInterval = typeof body.interval === "string" ? body.interval : undefined;
  const interval = sentInterval ?? stored?.interval;
  if (offsetDay !== undefined && offsetDay !== null && interval !== "week") throw validationError("offset_day", "offset_day is not applicable for non-weekly intervals");
  if (offsetHour !== undefined && offsetHour !== null && interval !== "day" && interval !== "week") throw validationError("offset_hour", "offset_hour is not applicable for non-daily/weekly intervals");
  const out: { timezone?: string; intervalOffset?: number | null } = {};
  if (timezone !== undefined) out.timezone = timezone === null ? "UTC" : String(timezone);
  if (sentInterval === undefined) {
    // The offsets stay in the validated data and `ModelSerializer.update` sets them on the model's read-only properties: an AttributeError.
    if (stored !== undefined && (offsetDay !== undefined || offsetHour !== undefined)) throw serverError();
    if (stored === undefined) out.intervalOffset = null;
    return out;
  }
  if (sentInterval === "day") {
    if (offsetHour !== undefined) out.intervalOffset = offsetHour === null ? null : offsetHour * 3600;
    else if (stored === undefined) out.intervalOffset = null;
  } else if (sentInterval === "week") {
    if (offsetDay !== undefined || offsetHour !== undefined) out.intervalOffset = (offsetDay ?? 0) * 86400 + (offsetHour ?? 0) * 3600;
    else if (stored === undefined) out.intervalOffset = null;
  } else out.intervalOffset = null;
  return out;
}

/** `validate_destination`: Snowflake's credentials for its authentication type, S3's file format. */
function checkDestination(type: string, sent: JsonRecord, merged: JsonRecord): void {
  if (type === "Snowflake") {
    if (sent.authentication_type === "password" && (merged.password === undefined || merged.password === null)) throw validationError("destination", "Password is required if authentication type is password");
    if (sent.authentication_type === "keypair" && (merged.private_key === undefined || merged.private_key === null)) throw validationError("destination", "Private key is required if authentication type is key pair");
  }
  if (type === "S3") {
    const format = typeof sent.file_format === "string" ? sent.file_format : "JSONLines";
    if (!S3_FILE_FORMATS.includes(format)) throw validationError("destination", `File format ${format} is not supported. Supported file formats are ${JSON.stringify(S3_FILE_FORMATS).replaceAll('"', "'").replaceAll(",", ", ")}`);
  }
}

function readDestination(body: JsonRecord, required: boolean): { type: string; config: JsonRecord } | undefined {
  const destination = readObject(body, "destination", { required });
  if (destination === undefined || destination === null) return undefined;
  const type = String(readChoice(destination, "type", DESTINATIONS, { required: true, path: ["destination", "type"] }));
  const config = hasField(destination, "config") ? destination.config : {};
  if (!isRecord(config)) throw validationError(["destination", "config"], "Value must be valid JSON.", "invalid");
  return { type, config };
}

function createExport(context: ResourceContext): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { required: true });
  const destination = readDestination(body, true)!;
  const interval = String(readChoice(body, "interval", INTERVALS, { required: true }));
  const model = readChoice(body, "model", MODELS, { allowNull: true });
  const paused = readBoolean(body, "paused") ?? false;
  const schedule = readSchedule(body, undefined);
  checkDestination(destination.type, destination.config, destination.config);
  if (!["hour", "day", "week"].includes(interval)) throw permissionDenied("Higher frequency batch exports are not enabled for this team.");
  if ((model ?? "events") === "sessions") throw permissionDenied("Sessions batch exports are not enabled for this team.");
  const now = isoNow();
  const row: BatchExportRecord = {
    id: randomUUID(),
    team_id: project.id,
    name: name!,
    model: model === undefined ? "events" : (model as string | null),
    destination,
    interval,
    paused,
    deleted: false,
    created_at: now,
    last_updated_at: now,
    last_paused_at: null,
    filters: hasField(body, "filters") ? body.filters : null,
    timezone: schedule.timezone ?? "UTC",
    interval_offset: schedule.intervalOffset ?? null,
    backfills: 0,
  };
  exportsOf(project).push(row);
  return created(serialize(row));
}

/** `BatchExportSerializer.update`: the destination's type as sent and its config merged over the stored one. */
function updateExport(context: ResourceContext, row: BatchExportRecord): ResourceResponse {
  const body = readRequestBody(context.body);
  const name = readString(body, "name");
  const destination = readDestination(body, false);
  const interval = hasField(body, "interval") ? String(readChoice(body, "interval", INTERVALS)) : undefined;
  const model = readChoice(body, "model", MODELS, { allowNull: true });
  const paused = readBoolean(body, "paused");
  const schedule = readSchedule(body, row);
  if (destination !== undefined) {
    const merged = { ...row.destination.config, ...destination.config };
    checkDestination(destination.type, destination.config, merged);
    row.destination = { type: destination.type, config: merged };
  }
  if (name !== undefined && name !== null) row.name = name;
  if (interval !== undefined) row.interval = interval;
  if (model !== undefined) row.model = model as string | null;
  if (paused !== undefined && paused !== null) row.paused = paused;
  if (hasField(body, "filters")) row.filters = body.filters;
  if (schedule.timezone !== undefined) row.timezone = schedule.timezone;
  if (schedule.intervalOffset !== undefined) row.interval_offset = schedule.intervalOffset;
  row.last_updated_at = isoNow();
  return ok(serialize(row));
}
