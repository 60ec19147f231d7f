import { stripCharField } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { flagOr, textOrEmpty, valueOr } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { boolean, field, json, nullable, number, object, oneOf, recordOf, required, sdkType, string } from "../schema.js";
import { readSecretName, SECRET_SET, secretOr } from "../secrets.js";
import { compactSpec, slugKey, specCall, unlessDefault } from "../spec.js";
import { isPostHogTimezone } from "../timezones.js";
import { defineKind } from "./define.js";
import type { ConvergeContext, KindModule } from "./kind.js";

/** `BatchExportDestination.Destination` types whose credentials sit in the config (no integration). */
const DESTINATIONS = ["S3", "Snowflake", "Postgres", "Redshift", "BigQuery", "HTTP"] as const;
/** PostHog's own tool's names for S3 destinations, which are PostHog's `S3`. */
const ALIASES: Readonly<Record<string, string>> = { AwsS3: "S3", S3Compatible: "S3" };
/** `BatchExportDestination.secret_fields`: config keys PostHog stores and never returns. */
const SECRET_FIELDS: Readonly<Record<string, readonly string[]>> = {
  S3: ["aws_access_key_id", "aws_secret_access_key"],
  Snowflake: ["user", "password", "private_key", "private_key_passphrase"],
  Postgres: ["user", "password"],
  Redshift: ["user", "password"],
  BigQuery: ["private_key", "private_key_id", "client_email", "token_uri"],
  HTTP: ["token"],
};
/** `BATCH_EXPORT_INTERVALS`. */
const INTERVALS = ["hour", "day", "week", "every 5 minutes"] as const;
const MODELS = ["events", "persons", "sessions"] as const;

/**
 * What PostHog reads back for an offset nobody set (`BatchExport.offset_day` and `offset_hour`):
 * Sunday and midnight for weekly exports, midnight for daily ones, null for the other intervals.
 */
function defaultOffsets(interval: JsonValue | undefined): { offsetDay: number | null; offsetHour: number | null } {
  return { offsetDay: interval === "week" ? 0 : null, offsetHour: interval === "week" || interval === "day" ? 0 : null };
}

function destinationType(value: JsonValue | undefined): string {
  const type = textOrEmpty(value);
  return ALIASES[type] ?? type;
}

/** The config a request sends: secrets as markers when they go, left out (PostHog merges the config) when PostHog keeps them. */
function payloadConfig(config: JsonObject, before: JsonObject | undefined): JsonObject {
  const live = isJsonObject(before?.destination) && isJsonObject(before.destination.config) ? before.destination.config : undefined;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(config)) {
    if (readSecretName(value) !== undefined && live !== undefined && isDeepEqual(live[key], value)) continue;
    out[key] = value;
  }
  return out;
}

/**
 * PostHog leaves the secret fields out of every read, set or not: the config compared holds each
 * declared secret field as set, since the only way to find out otherwise would be a failing run.
 */
function compareExport(live: JsonObject, desired: JsonObject): JsonObject {
  live = compareOffsets(live, desired);
  if (!isJsonObject(live.destination) || !isJsonObject(desired.destination) || !isJsonObject(desired.destination.config)) return live;
  const secretFields = SECRET_FIELDS[String(live.destination.type)] ?? [];
  const config: JsonObject = { ...(isJsonObject(live.destination.config) ? live.destination.config : {}) };
  for (const [key, value] of Object.entries(desired.destination.config)) if (readSecretName(value) !== undefined && secretFields.includes(key) && config[key] === undefined) config[key] = { ...SECRET_SET };
  return { ...live, destination: { ...live.destination, config } };
}

/**
 * An undeclared offset (null) stands for the interval's default, which the update sends: the live
 * value compares as null while it is that default, so a change of interval alone is one change.
 */
function compareOffsets(live: JsonObject, desired: JsonObject): JsonObject {
  const defaults = defaultOffsets(live.interval);
  const out = { ...live };
  for (const key of ["offsetDay", "offsetHour"] as const) if (desired[key] === null && live[key] === defaults[key]) out[key] = null;
  return out;
}

/**
 * The paused state moves through PostHog's `pause` and `unpause` actions, which change the
 * Temporal schedule; `unpause` is sent `backfill: false`, so no backfill ever starts implicitly.
 */
async function convergePaused({ api, id, fields }: ConvergeContext): Promise<void> {
  const live = await api.get(`batch_exports/${String(id)}/`);
  if (live === undefined || live.paused === fields.paused) return;
  if (fields.paused === true) await api.post(`batch_exports/${String(id)}/pause/`, {}, { idempotent: true });
  else await api.post(`batch_exports/${String(id)}/unpause/`, { backfill: false }, { idempotent: true });
}

function summarizeExport(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (before === undefined || after === undefined) return [];
  const lines: string[] = [];
  if (changes.some((change) => change.path === "paused")) lines.push(after.paused === true ? "export paused" : "export unpaused (no backfill)");
  if (changes.some((change) => change.path === "interval")) lines.push(`runs every ${String(after.interval)} (was ${String(before.interval)})`);
  const config = isJsonObject(after.destination) && isJsonObject(after.destination.config) ? after.destination.config : {};
  const sent = [...new Set(changes.filter((change) => change.path.startsWith("destination.config.")).map((change) => change.path.split(".")[2]!))].sort();
  for (const key of sent) {
    const name = readSecretName(config[key]);
    lines.push(name === undefined ? `destination ${key} changed` : `destination secret ${key} sent from ${name}`);
  }
  return lines;
}

/**
 * Batch exports (`/api/projects/:id/batch_exports/`): a destination (type and config, credentials
 * as `secret()`, see `secrets.ts`) that PostHog exports a model to on an interval. No tags or
 * description, so the identity marker trails the name, as PostHog's tool writes it. Pausing goes
 * through PostHog's actions and never backfills; DELETE removes it.
 */
export const batchExports: KindModule<"batch-exports"> = defineKind({
  name: "batch-exports",
  label: "batch export",
  constructorName: "batchExport",
  folder: "batch-exports",
  references: [],
  sdk: { spec: "BatchExport", doc: "Fields of `batchExport()`.", constructorDoc: "Defines a batch export to a destination; credentials are named with `secret()`. Apply never starts a backfill." },
  readme: { resource: "Batch exports", sdk: "`batchExport()` with a destination (credentials by `secret()`), interval and paused state", identity: "description marker" },
  ui: { path: "pipeline/batch-exports" },
  api: { collection: "batch_exports", remove: "hard" },
  activityScope: "BatchExport",
  // `field_name_overrides["BatchExport"]`; the destination is a row of its own, whose changes are not logged.
  activityFields: { paused: "enabled" },
  compare: compareExport,
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: field(string({ nonEmpty: true, max: 400 }), { required: true, doc: "Shown in the batch exports list; it also carries the identity marker (an HTML comment)." }),
    interval: field(oneOf(...INTERVALS), { required: true, doc: "How often PostHog exports (`every 5 minutes` needs PostHog to enable it for the project)." }),
    destination: field(
      object({
        type: required(oneOf(...DESTINATIONS, ...Object.keys(ALIASES))),
        config: required(sdkType(recordOf(secretOr(json)), { type: "Record<string, JsonValue | Secret>" })),
      }),
      { required: true, doc: "Where the data goes: the type and its config; credentials (`aws_secret_access_key`, `password`, …) as `secret(\"VARIABLE\")`." },
    ),
    model: field(oneOf(...MODELS), { doc: "What is exported (`events` by default)." }),
    paused: field(boolean, { doc: "Whether the export is paused; unpausing never backfills the time it was paused." }),
    filters: field(nullable(json), { doc: "Property filters on the exported events, in PostHog's form." }),
    timezone: field(string(), { doc: "The timezone of daily and weekly runs' boundaries, one of PostHog's names (`pytz.all_timezones`, `UTC` by default)." }),
    offsetDay: field(number({ integer: true, min: 0, max: 6 }), { doc: "Weekly exports only: the day the week starts on, 0 (Sunday, the default) to 6 (Saturday)." }),
    offsetHour: field(number({ integer: true, min: 0, max: 23 }), { doc: "Daily and weekly exports only: the hour (0 to 23, in `timezone`) the interval starts at; 0 by default." }),
  }),
  validate(spec, report) {
    if (typeof spec.timezone === "string" && !isPostHogTimezone(spec.timezone)) report("timezone", `PostHog knows no timezone "${spec.timezone}": use one of pytz's names, such as "Europe/Berlin" or "UTC"`);
    if (spec.offsetDay !== undefined && spec.interval !== "week") report("offsetDay", `PostHog takes offsetDay for weekly exports only (this one runs every ${String(spec.interval)})`);
    if (spec.offsetHour !== undefined && spec.interval !== "day" && spec.interval !== "week") report("offsetHour", `PostHog takes offsetHour for daily and weekly exports only (this one runs every ${String(spec.interval)})`);
    const destination = isJsonObject(spec.destination) ? spec.destination : {};
    const type = destinationType(destination.type);
    const secrets = SECRET_FIELDS[type] ?? [];
    for (const [key, value] of Object.entries(isJsonObject(destination.config) ? destination.config : {})) {
      const secret = readSecretName(value) !== undefined;
      if (secret && !secrets.includes(key)) report(`destination.config.${key}`, `PostHog returns ${key} of a ${type} destination as it is, so it cannot be a secret (its secret fields: ${secrets.join(", ") || "none"})`);
      if (!secret && secrets.includes(key)) report(`destination.config.${key}`, `${key} is a credential PostHog never returns: name it with secret("VARIABLE"), so it is never written into a file or a plan`);
    }
  },
  toDesired(spec) {
    const destination = isJsonObject(spec.destination) ? spec.destination : {};
    const config: JsonObject = {};
    if (isJsonObject(destination.config)) for (const key of Object.keys(destination.config).sort()) config[key] = destination.config[key]!;
    return {
      fields: {
        // BatchExport.name is a model TextField, which the ModelSerializer's CharField strips (`trim_whitespace`).
        name: stripCharField(textOrEmpty(spec.name)),
        interval: String(spec.interval),
        destination: { type: destinationType(destination.type), config },
        model: valueOr(spec.model, "events"),
        paused: flagOr(spec.paused, false),
        filters: spec.filters ?? null,
        timezone: valueOr(spec.timezone, "UTC"),
        offsetDay: spec.offsetDay ?? null,
        offsetHour: spec.offsetHour ?? null,
      },
      dependsOn: [],
    };
  },
  identify(raw) {
    return readIdentityMarker("batch-exports", raw.name);
  },
  toObserved(raw) {
    const destination = isJsonObject(raw.destination) ? raw.destination : {};
    return {
      name: stripIdentityMarker(raw.name),
      interval: textOrEmpty(raw.interval),
      destination: { type: textOrEmpty(destination.type), config: isJsonObject(destination.config) ? destination.config : {} },
      model: valueOr(raw.model, "events"),
      paused: flagOr(raw.paused, false),
      filters: raw.filters ?? null,
      timezone: valueOr(raw.timezone, "UTC"),
      offsetDay: raw.offset_day ?? null,
      offsetHour: raw.offset_hour ?? null,
    };
  },
  toPayload(key, fields, _lookup, action, before) {
    const destination = fields.destination as JsonObject;
    const payload: JsonObject = {
      name: appendIdentityMarker("batch-exports", key, fields.name),
      interval: fields.interval as string,
      destination: { type: destination.type as string, config: payloadConfig(destination.config as JsonObject, action === "update" ? before : undefined) },
      model: fields.model as string,
      filters: fields.filters as JsonValue,
      timezone: fields.timezone as string,
    };
    // PostHog turns these into `interval_offset` only for the intervals that have them, and refuses them for the others;
    // a PATCH without them keeps the stored offset, so an undeclared one is sent as its default.
    const defaults = defaultOffsets(fields.interval);
    if (defaults.offsetDay !== null) payload.offset_day = (fields.offsetDay ?? defaults.offsetDay) as number;
    if (defaults.offsetHour !== null) payload.offset_hour = (fields.offsetHour ?? defaults.offsetHour) as number;
    // Created in its declared state; later changes go through the pause and unpause actions.
    if (action === "create") payload.paused = fields.paused as boolean;
    return payload;
  },
  converge: convergePaused,
  proposeKey(raw) {
    const slug = slugKey(stripIdentityMarker(raw.name), `export-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `export-${slug}`;
  },
  toSpec(fields, key, warn) {
    const destination = fields.destination as JsonObject;
    const type = String(destination.type);
    const interval = String(fields.interval);
    const config: JsonObject = {};
    for (const [field, value] of Object.entries(destination.config as JsonObject)) {
      const name = readSecretName(value);
      config[field] = name === undefined ? value : specCall("secret", name);
    }
    for (const secret of SECRET_FIELDS[type] ?? []) {
      if (config[secret] !== undefined) continue;
      const variable = `${key}_${secret}`.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^[^A-Z]+/, "S_");
      warn(`destination ${secret} is a credential PostHog does not return; it is written as secret("${variable}"): set ${variable} and list it in posthog.config.ts secrets before applying, or remove it if the destination does not use it`);
      config[secret] = specCall("secret", variable);
    }
    return compactSpec({
      key,
      name: fields.name,
      interval: fields.interval,
      destination: { type, config },
      model: unlessDefault(fields.model, "events"),
      paused: unlessDefault(fields.paused, false),
      filters: unlessDefault(fields.filters, null),
      timezone: unlessDefault(fields.timezone, "UTC"),
      offsetDay: fields.offsetDay === null ? undefined : unlessDefault(fields.offsetDay, defaultOffsets(interval).offsetDay),
      offsetHour: fields.offsetHour === null ? undefined : unlessDefault(fields.offsetHour, defaultOffsets(interval).offsetHour),
    });
  },
  summarize: summarizeExport,
});
