import { checkEdgeWhitespace, describeMarkerOverflow, stripCharField } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { flagOr, textOrEmpty } from "../normalize.js";
import { arrayOf, boolean, field, json, nullable, number, object, oneOf, recordOf, required, string } from "../schema.js";
import { compactSpec, slugKey, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";

/** `LogsSamplingRuleSerializer.name` is a `CharField(max_length=255)`; the identity marker counts against it. */
const NAME_MAX = 255;
const RULE_TYPES = ["severity_sampling", "path_drop", "rate_limit"] as const;

function textOrNull(value: JsonValue | undefined): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** Offline checks of the configs PostHog validates (`LogsSamplingRuleSerializer.validate`), in its words. */
function checkConfig(ruleType: JsonValue | undefined, config: JsonValue | undefined, report: (path: string, message: string) => void): void {
  if (ruleType !== "path_drop" && ruleType !== "rate_limit") return;
  if (!isJsonObject(config)) {
    report("config", `${ruleType} rules require config to be a JSON object`);
    return;
  }
  if (ruleType !== "rate_limit") return;
  const lines = config.logs_per_second !== undefined;
  const kb = config.kb_per_second !== undefined;
  if (lines === kb) report("config", lines ? "set either logs_per_second or kb_per_second, not both" : "rate_limit rules require either logs_per_second or kb_per_second");
  const [rate, burst] = kb ? ["kb_per_second", "burst_kb"] : ["logs_per_second", "burst_logs"];
  const value = config[rate];
  if (lines !== kb && (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 1_000_000)) report(`config.${rate}`, "must be an integer from 1 to 1000000");
  const cap = config[burst];
  if (cap !== undefined && cap !== null && (typeof cap !== "number" || !Number.isInteger(cap) || (typeof value === "number" && cap < value) || cap > 10_000_000)) report(`config.${burst}`, `must be an integer from ${rate} to 10000000`);
}

/**
 * Logs sampling rules (`/api/projects/:id/logs/sampling_rules/`, PostHog's `LogsExclusionRule`):
 * ingestion-time rules that sample by severity, drop paths or cap volume, evaluated by priority
 * (lower first, the first match wins). No tags or description, so the identity marker trails the
 * name, as PostHog's tool writes it. `priority` is compared only when declared, since PostHog
 * appends a rule created without one. Behind PostHog's `logs-settings-drop-rules` flag. Hard delete.
 */
export const logsSamplingRules: KindModule<"logs-sampling-rules"> = defineKind({
  name: "logs-sampling-rules",
  label: "logs sampling rule",
  constructorName: "logsSamplingRule",
  folder: "logs-sampling-rules",
  references: [],
  sdk: { spec: "LogsSamplingRuleSpec", doc: "A logs ingestion rule: severity sampling, path drop or rate limit.", constructorDoc: "Declares a logs sampling rule." },
  readme: { resource: "Logs sampling rules", sdk: "`logsSamplingRule()` (severity sampling, path drop or rate limit) with its priority and enabled state", identity: "description marker" },
  activityScope: "LogsExclusionRule",
  api: { collection: "logs/sampling_rules", remove: "hard" },
  ui: { path: "logs", page: () => "settings/environment-logs" },
  betaFlag: "logs-settings-drop-rules",
  declaredOnly: ["priority"],
  schema: object({
    key: required(string()),
    name: field(string({ nonEmpty: true }), { required: true, doc: "Shown in the sampling rules list; it also carries the identity marker, and PostHog keeps 255 characters of both." }),
    ruleType: required(oneOf(...RULE_TYPES)),
    config: field(recordOf(json), { required: true, doc: "rate_limit: logs_per_second or kb_per_second (with burst_logs or burst_kb, filter_group); path_drop: filter_group and/or patterns with match_attribute_key; severity_sampling: actions and always_keep." }),
    enabled: field(boolean, { doc: "Off by default: ingestion ignores a disabled rule." }),
    priority: field(nullable(number({ integer: true, min: 0 })), { doc: "Lower is evaluated first, and the first matching rule wins; left out, PostHog appends the rule." }),
    scopeService: nullable(string()),
    scopePathPattern: nullable(string()),
    scopeAttributeFilters: arrayOf(recordOf(json)),
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "name" }, report);
    const overflow = describeMarkerOverflow("logs-sampling-rules", String(spec.key), spec.name, NAME_MAX, context?.owner, "name");
    if (overflow !== undefined) report("name", overflow);
    checkConfig(spec.ruleType, spec.config, report);
    (Array.isArray(spec.scopeAttributeFilters) ? spec.scopeAttributeFilters : []).forEach((filter, index) => {
      if (!isJsonObject(filter) || filter.key === undefined || filter.op === undefined) report(`scopeAttributeFilters.${index}`, "each filter must include key and op");
    });
  },
  toDesired(spec) {
    const fields: JsonObject = {
      name: stripCharField(textOrEmpty(spec.name)),
      rule_type: String(spec.ruleType),
      config: isJsonObject(spec.config) ? spec.config : {},
      enabled: flagOr(spec.enabled, false),
      scope_service: textOrNull(spec.scopeService),
      scope_path_pattern: textOrNull(spec.scopePathPattern),
      scope_attribute_filters: Array.isArray(spec.scopeAttributeFilters) ? spec.scopeAttributeFilters : [],
    };
    if (typeof spec.priority === "number") fields.priority = spec.priority;
    return { fields, dependsOn: [] };
  },
  identify(raw) {
    return readIdentityMarker("logs-sampling-rules", raw.name);
  },
  toObserved(raw) {
    return {
      name: stripIdentityMarker(raw.name),
      rule_type: textOrEmpty(raw.rule_type),
      config: isJsonObject(raw.config) ? raw.config : {},
      enabled: flagOr(raw.enabled, false),
      priority: typeof raw.priority === "number" ? raw.priority : null,
      scope_service: textOrNull(raw.scope_service),
      scope_path_pattern: textOrNull(raw.scope_path_pattern),
      scope_attribute_filters: Array.isArray(raw.scope_attribute_filters) ? raw.scope_attribute_filters : [],
    };
  },
  toPayload(key, fields) {
    const payload: JsonObject = { ...fields, name: appendIdentityMarker("logs-sampling-rules", key, fields.name) };
    return payload;
  },
  proposeKey(raw) {
    const slug = slugKey(stripIdentityMarker(raw.name), `logs-rule-${String(raw.id).slice(0, 8)}`).slice(0, 40).replace(/-+$/, "");
    return /^[a-z]/.test(slug) ? slug : `logs-rule-${slug}`;
  },
  toSpec(fields, key) {
    return compactSpec({
      key,
      name: fields.name,
      ruleType: fields.rule_type,
      config: fields.config,
      enabled: unlessDefault(fields.enabled, false),
      priority: fields.priority ?? undefined,
      scopeService: fields.scope_service ?? undefined,
      scopePathPattern: fields.scope_path_pattern ?? undefined,
      scopeAttributeFilters: unlessDefault(fields.scope_attribute_filters, []),
    });
  },
  summarize(changes, before, after) {
    if (after === undefined) return [];
    const lines: string[] = [];
    if (changes.some((change) => change.path === "enabled")) lines.push(after.enabled === true ? "rule enabled: ingestion applies it" : "rule disabled: ingestion ignores it");
    if (before !== undefined && changes.some((change) => change.path === "priority")) lines.push(`priority ${String(before.priority)} → ${String(after.priority)} (lower is evaluated first)`);
    return lines;
  },
  warn(changes, before, after) {
    if (after?.enabled !== true || (before !== undefined && before.enabled === true && !changes.some((change) => change.path === "config" || change.path.startsWith("config.")))) return [];
    return ["an enabled logs sampling rule drops or caps logs at ingestion as soon as it is applied, and dropped logs cannot be recovered"];
  },
});
