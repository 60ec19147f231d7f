import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { dropNulls } from "../normalize.js";

/** The server stamps every metric with a `uuid` and a `fingerprint`; definitions do not carry them. */
export function canonicalMetric(value: JsonValue): JsonValue {
  if (!isJsonObject(value)) return value;
  const { uuid: _uuid, fingerprint: _fingerprint, ...rest } = dropNulls(value) as JsonObject;
  return rest;
}

/** A list of metrics in canonical form. */
export function canonicalMetrics(value: JsonValue | undefined): JsonValue[] {
  return (Array.isArray(value) ? value : []).map(canonicalMetric);
}
