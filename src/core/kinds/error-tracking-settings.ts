import type { JsonObject, JsonValue } from "../json.js";
import { nullable, number, object, required, string, type Schema } from "../schema.js";
import type { FieldChange } from "../plan/types.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";

/**
 * The fields of PostHog's `ErrorTrackingSettingsSerializer`: the ingestion rate limits for
 * exception events, each a positive integer or null (no limit), all null on a new project.
 */
const SETTINGS = ["project_rate_limit_value", "project_rate_limit_bucket_size_minutes", "per_issue_rate_limit_value", "per_issue_rate_limit_bucket_size_minutes"] as const;

const limit: Schema = nullable(number({ integer: true, min: 1 }));

/** The limit a pair of fields sets, as a plan line says it ("1000 exceptions per 60 minutes"). */
function describeLimit(fields: JsonObject | undefined, scope: "project" | "per_issue"): string {
  const value = fields?.[`${scope}_rate_limit_value`];
  const bucket = fields?.[`${scope}_rate_limit_bucket_size_minutes`];
  if (value === undefined || value === null) return "no limit";
  const window = typeof bucket === "number" ? `${bucket} minute${bucket === 1 ? "" : "s"}` : "the default window";
  return `${String(value)} exceptions per ${window}`;
}

function summarizeLimits(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  const lines: string[] = [];
  for (const [scope, label] of [["project", "project-wide limit"], ["per_issue", "per-issue limit"]] as const) {
    if (!changes.some((change) => change.path.startsWith(`${scope}_rate_limit_`))) continue;
    lines.push(`${label}: ${describeLimit(before, scope)} → ${describeLimit(after, scope)}`);
  }
  return lines;
}

/**
 * Error tracking settings: a singleton per environment, PostHog's `ErrorTrackingSettingsViewSet`
 * (products/error_tracking), served by two collection actions, GET `retrieve_settings/` and PATCH
 * `update_settings/`, under `error_tracking/settings/`. As with project settings, only the declared
 * fields are compared and sent; null removes a limit, and leaving a field out leaves it alone.
 */
export const errorTrackingSettings: KindModule<"error-tracking-settings"> = defineKind({
  name: "error-tracking-settings",
  label: "error tracking settings",
  constructorName: "errorTrackingSettings",
  folder: "error-tracking-settings",
  references: [],
  sdk: {
    spec: "ErrorTrackingSettings",
    doc: "Error tracking's ingestion rate limits; only declared fields are compared and sent, and null removes a limit.",
    constructorDoc: "Declares error tracking settings (a singleton: at most one per repository).",
    key: { value: "project" },
  },
  readme: { resource: "Error tracking settings", sdk: "`errorTrackingSettings()` with its rate limits (only declared fields are managed)", identity: "singleton" },
  api: { collection: "error_tracking/settings", remove: "soft", singleton: true, singletonActions: { read: "retrieve_settings", update: "update_settings" } },
  ui: { path: "error_tracking/configuration", page: () => "error_tracking/configuration" },
  schema: object({ key: required(string()), ...Object.fromEntries(SETTINGS.map((name) => [name, limit])) }),
  toDesired(spec) {
    const { key: _key, ...declared } = spec;
    return { fields: declared, dependsOn: [] };
  },
  identify() {
    return "project";
  },
  toObserved(raw) {
    const fields: JsonObject = {};
    for (const name of SETTINGS) if (raw[name] !== undefined) fields[name] = raw[name];
    return fields;
  },
  toPayload(_key, fields) {
    return { ...fields };
  },
  proposeKey() {
    return "project";
  },
  toSpec(fields) {
    // errorTrackingSettings() sets the key itself; a limit that is not set (null, a new project's value) is not worth declaring.
    const spec: JsonObject = {};
    for (const name of SETTINGS) {
      const value: JsonValue | undefined = fields[name];
      if (value !== undefined && value !== null) spec[name] = value;
    }
    return spec;
  },
  summarize: summarizeLimits,
});
