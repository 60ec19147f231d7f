import { validationError } from "../errors.js";
import { isRecord, type JsonRecord } from "../json.js";

/**
 * `session_recording_sample_rate` is `DecimalField(max_digits=3, decimal_places=2)` between 0 and 1
 * (posthog/models/team/team.py). DRF accepts a number or a numeric string, checks the precision
 * before the range, and answers the quantized decimal as a string: 0.1 and "0.1" both read "0.10".
 */
export function readSampleRate(key: string, value: unknown): string | null {
  if (value === null) return null;
  const text = typeof value === "number" || typeof value === "string" ? String(value).trim() : "";
  const match = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (match === null || (match[1] === "" && (match[2] ?? "") === "") || !Number.isFinite(Number(text))) {
    throw validationError(key, "A valid number is required.", "invalid");
  }
  const fraction = match[2] ?? "";
  const exponent = Number(match[3] ?? "0") - fraction.length;
  const digits = `${match[1]}${fraction}`.replace(/^0+(?=\d)/, "");
  const significant = /^0+$/.test(digits) ? 1 : digits.length;
  const decimalPlaces = exponent >= 0 ? 0 : Math.abs(exponent);
  const totalDigits = exponent >= 0 ? significant + exponent : Math.max(significant, decimalPlaces);
  if (totalDigits > 3) throw validationError(key, "Ensure that there are no more than 3 digits in total.", "max_digits");
  if (decimalPlaces > 2) throw validationError(key, "Ensure that there are no more than 2 decimal places.", "max_decimal_places");
  if (totalDigits - decimalPlaces > 1) throw validationError(key, "Ensure that there are no more than 1 digits before the decimal point.", "max_whole_digits");
  const number = Number(text);
  if (number < 0) throw validationError(key, "Ensure this value is greater than or equal to 0.", "min_value");
  if (number > 1) throw validationError(key, "Ensure this value is less than or equal to 1.", "max_value");
  return number.toFixed(2);
}

const REPLAY_KEYS = ["record_canvas", "ai_config"];
const REPLAY_AI_KEYS = ["included_event_properties", "opt_in", "preferred_events", "excluded_events", "important_user_properties"];

/** `TeamSerializer.validate_session_replay_config`: only known keys, and a known-keys `ai_config`. */
export function validateReplayConfig(key: string, value: JsonRecord | null): void {
  if (value === null) return;
  if (!Object.keys(value).every((name) => REPLAY_KEYS.includes(name))) {
    throw validationError(key, `Must provide a dictionary with only known keys. One or more of ${REPLAY_KEYS.join(", ")}.`);
  }
  const ai = value.ai_config;
  if (ai === undefined || ai === null) return;
  if (!isRecord(ai)) throw validationError(key, "Must provide a dictionary or None.");
  if (!Object.keys(ai).every((name) => REPLAY_AI_KEYS.includes(name))) {
    throw validationError(key, `Must provide a dictionary with only allowed keys: ${REPLAY_AI_KEYS.join(", ")}.`);
  }
}

/**
 * The value `TeamSerializer.update` stores for a config PostHog merges instead of replacing:
 * - `survey_config`: `{**stored, **sent}` when both are objects;
 * - `session_replay_config`: the same, and a key whose stored and sent values are both objects is
 *   merged one level deeper;
 * - `modifiers`: `{**(stored or {}), **sent}`;
 * - the nested config serializers (revenue, marketing, customer analytics, workflows, flag policy)
 *   update only the keys sent (`partial=True`); a falsy value is popped and ignored; marketing's
 *   `sources_map` is merged per source, and a source sent as null is removed.
 * So a key can only be removed by sending it as null; omitting it keeps the stored value.
 */
export function mergeTeamConfig(key: string, stored: unknown, sent: unknown): unknown {
  const both = isRecord(stored) && isRecord(sent);
  switch (key) {
    case "survey_config":
      return both ? { ...stored, ...sent } : sent;
    case "session_replay_config": {
      if (!both) return sent;
      const merged: JsonRecord = { ...stored };
      for (const [name, value] of Object.entries(sent)) merged[name] = isRecord(stored[name]) && isRecord(value) ? { ...stored[name], ...value } : value;
      return merged;
    }
    case "modifiers":
      return isRecord(sent) ? { ...(isRecord(stored) ? stored : {}), ...sent } : sent;
    case "revenue_analytics_config":
    case "customer_analytics_config":
    case "workflows_config":
    case "feature_flag_policy_config":
      return isRecord(sent) && Object.keys(sent).length > 0 ? { ...(isRecord(stored) ? stored : {}), ...sent } : stored;
    case "marketing_analytics_config": {
      if (!isRecord(sent) || Object.keys(sent).length === 0) return stored;
      const base = isRecord(stored) ? stored : {};
      const merged: JsonRecord = { ...base, ...sent };
      if (isRecord(sent.sources_map)) {
        const sources: JsonRecord = { ...(isRecord(base.sources_map) ? base.sources_map : {}) };
        for (const [source, mapping] of Object.entries(sent.sources_map)) {
          if (mapping === null) delete sources[source];
          else sources[source] = mapping;
        }
        merged.sources_map = sources;
      }
      return merged;
    }
    default:
      return sent;
  }
}

/**
 * The read-only computed fields `TeamSerializer` (and the project route's compat serializer) add to
 * the settings: no secret token, no group types or product intents, events retention not enforced.
 * `available_setup_task_ids` is a subset of PostHog's `SetupTaskId` values.
 */
export function teamComputedFields(projectId: number): JsonRecord {
  return {
    secret_api_token: null,
    secret_api_token_backup: null,
    default_modifiers: { personsOnEventsMode: "person_id_override_properties_joined" },
    person_on_events_querying_enabled: false,
    live_events_token: `emulator-live-events-${projectId}`,
    product_intents: [],
    managed_viewsets: { revenue_analytics: false },
    available_setup_task_ids: ["ingest_first_event", "create_first_insight", "create_first_dashboard", "create_feature_flag", "create_experiment"],
    event_retention_months: 84,
    events_retention_enforced: false,
  };
}
