import { validationError } from "../errors.js";
import { isRecord, type JsonRecord } from "../json.js";

/** Python's `repr` of a JSON value, as PostHog's f-strings print dicts in messages (`{'type': 'x'}`). */
export function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(", ")}]`;
  return `{${Object.entries(value as JsonRecord).map(([key, member]) => `${pythonRepr(key)}: ${pythonRepr(member)}`).join(", ")}}`;
}

const CONDITION_TYPES = ["absolute_value", "relative_increase", "relative_decrease"];
const THRESHOLD_TYPES = ["absolute", "percentage"];
/** `NON_TIME_SERIES_DISPLAY_TYPES` (posthog/tasks/alerts/utils.py): one number per series, no time axis. */
const NON_TIME_SERIES = ["BoldNumber", "ActionsPie", "ActionsBarValue", "ActionsTable", "WorldMap"];
const WRAPPERS = ["DataTableNode", "DataVisualizationNode", "InsightVizNode"];

function hasOnly(value: JsonRecord, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

function isOptionalNumber(value: unknown): boolean {
  return value === undefined || value === null || typeof value === "number";
}

/** `InsightThreshold.model_validate` (extra fields forbidden): its bounds, or undefined when invalid. */
export function parseThreshold(value: unknown): { type: string; lower: number | null; upper: number | null } | undefined {
  if (!isRecord(value) || !hasOnly(value, ["type", "bounds"]) || !THRESHOLD_TYPES.includes(String(value.type))) return undefined;
  const bounds = value.bounds;
  if (bounds !== undefined && bounds !== null && (!isRecord(bounds) || !hasOnly(bounds, ["lower", "upper"]) || !isOptionalNumber(bounds.lower) || !isOptionalNumber(bounds.upper))) return undefined;
  const read = (side: string) => (isRecord(bounds) && typeof bounds[side] === "number" ? (bounds[side] as number) : null);
  return { type: String(value.type), lower: read("lower"), upper: read("upper") };
}

/** `Threshold.clean`, which `ThresholdSerializer.validate` runs: a valid configuration whose lower bound is not above its upper. */
export function cleanThreshold(configuration: unknown): void {
  const threshold = parseThreshold(configuration);
  if (threshold === undefined) throw validationError("threshold", `Invalid threshold configuration: ${pythonRepr(configuration)}`);
  if (threshold.lower !== null && threshold.upper !== null && threshold.lower > threshold.upper) throw validationError("threshold", "Lower threshold must be less than upper threshold");
}

/** The query node an alert evaluates: the insight's query without its visualisation wrapper. */
export function unwrapQuery(query: JsonRecord | null): JsonRecord | null {
  if (query !== null && WRAPPERS.includes(String(query.kind)) && isRecord(query.source)) return query.source;
  return query;
}

/**
 * `validate_alert_config` (products/alerts/backend/evaluation/validation.py) for the trends
 * configuration: the common checks (interval, condition, config type), then
 * `_validate_trends_alert_config`. Every failure is PostHog's `ValidationError(str(e))`, a
 * non-field 400. The emulator models `TrendsAlertConfig` only (see docs/posthog-contract.md).
 */
export function validateAlertConfig(query: JsonRecord, condition: unknown, config: unknown, thresholdConfig: unknown, interval: string): void {
  const fail = (message: string): never => {
    throw validationError(null, message);
  };
  if (!["every_15_minutes", "hourly", "daily", "weekly", "monthly"].includes(interval)) fail(`Invalid calculation interval: ${interval}`);
  if (!isRecord(condition) || !hasOnly(condition, ["type"]) || !CONDITION_TYPES.includes(String(condition.type))) fail(`Alert has invalid condition: ${pythonRepr(condition)}`);
  const conditionType = String((condition as JsonRecord).type);
  if (!isRecord(config) || config.type !== "TrendsAlertConfig") return fail(`Unsupported alert config type: ${pythonRepr(config)}`);
  const validConfig = hasOnly(config, ["type", "series_index", "check_ongoing_interval"]) && Number.isInteger(config.series_index) && (config.check_ongoing_interval === undefined || config.check_ongoing_interval === null || typeof config.check_ongoing_interval === "boolean");
  if (!validConfig) fail(`Alert has invalid TrendsAlertConfig: ${pythonRepr(config)}`);
  const source = unwrapQuery(query);
  if (source?.kind !== "TrendsQuery") fail(`Alert's insight query kind '${String(source?.kind ?? null)}' is not supported (only TrendsQuery)`);
  const trendsFilter = isRecord(source!.trendsFilter) ? source!.trendsFilter : {};
  if (conditionType !== "absolute_value" && NON_TIME_SERIES.includes(String(trendsFilter.display))) {
    fail(`Relative alert condition '${conditionType}' is not compatible with non time series trends`);
  }
  const formulaNodes = Array.isArray(trendsFilter.formulaNodes) && trendsFilter.formulaNodes.length > 0 ? trendsFilter.formulaNodes : undefined;
  const resultCount = formulaNodes?.length ?? (Array.isArray(source!.series) ? source!.series.length : 0);
  const seriesIndex = config.series_index as number;
  if (seriesIndex >= resultCount) fail(`series_index ${seriesIndex} is out of range (query has ${resultCount} series)`);
  const threshold = thresholdConfig === null || thresholdConfig === undefined ? undefined : parseThreshold(thresholdConfig);
  if (thresholdConfig !== null && thresholdConfig !== undefined && threshold === undefined) fail(`Alert has invalid threshold configuration: ${pythonRepr(thresholdConfig)}`);
  if (conditionType === "absolute_value" && threshold !== undefined && threshold.type !== "absolute") {
    fail("Absolute value alerts require an absolute threshold, but a percentage threshold was configured");
  }
  if (threshold !== undefined && config.check_ongoing_interval === true && conditionType !== "relative_decrease" && threshold.upper === null) {
    fail(`check_ongoing_interval is only supported for alert condition ${conditionType} when upper threshold is specified`);
  }
  if (threshold === undefined || (threshold.lower === null && threshold.upper === null)) fail("At least one threshold bound (lower or upper) must be provided.");
}
