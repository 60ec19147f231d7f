import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, validationError } from "../errors.js";
import { readBoolean, readChoice, readInteger, readJson, readList, readRequestBody, readString } from "../fields.js";
import { isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { ProjectState } from "../state.js";
import { currentUser } from "../users.js";
import { created, noContent, ok, type ResourceContext, type ResourceResponse } from "./resource.js";
import type { Viewset } from "./viewset.js";

/** One `LogsExclusionRule` row, as `LogsSamplingRuleSerializer` shows it. */
export interface LogsSamplingRuleRecord {
  id: string;
  name: string;
  enabled: boolean;
  priority: number;
  rule_type: string;
  scope_service: string | null;
  scope_path_pattern: string | null;
  scope_attribute_filters: JsonRecord[];
  config: unknown;
  version: number;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** `posthog_feature_flag` of `LogsSamplingRuleViewSet`. */
export const LOGS_SAMPLING_RULES_FLAG = "logs-settings-drop-rules";

const RULE_TYPES = ["severity_sampling", "path_drop", "rate_limit"];
const MAX_FILTER_GROUP_DEPTH = 16;

function rulesOf(project: ProjectState): LogsSamplingRuleRecord[] {
  project.logsSamplingRules ??= [];
  return project.logsSamplingRules;
}

function depthOf(node: unknown, depth = 0): number {
  if (depth > MAX_FILTER_GROUP_DEPTH || !isRecord(node) || !Array.isArray(node.values) || (node.type !== "AND" && node.type !== "OR")) return depth;
  return Math.max(depth, ...node.values.map((child) => depthOf(child, depth + 1)));
}

function hasEmptyGroup(node: unknown): boolean {
  if (!isRecord(node) || !Array.isArray(node.values) || (node.type !== "AND" && node.type !== "OR")) return false;
  return node.values.length === 0 || node.values.some(hasEmptyGroup);
}

/** `_validate_filter_group`: a PropertyGroupFilter (checked for its AND/OR shape here), bounded, with no empty group when config is written. */
function checkFilterGroup(group: unknown, rejectVacuous: boolean): void {
  if (group === undefined || group === null) return;
  if (!isRecord(group) || (group.type !== "AND" && group.type !== "OR") || !Array.isArray(group.values)) throw validationError(["config", "filter_group"], "Invalid filter_group shape: Input should be a valid dictionary or instance of PropertyGroupFilter");
  if (depthOf(group) > MAX_FILTER_GROUP_DEPTH) throw validationError(["config", "filter_group"], `filter_group is nested too deeply (max depth ${MAX_FILTER_GROUP_DEPTH}).`);
  if (rejectVacuous && hasEmptyGroup(group)) {
    throw validationError(["config", "filter_group"], "Every group in filter_group must contain at least one filter — an empty group never matches, so the rule would never apply. For rate_limit rules, omit filter_group entirely to cap all matching logs.");
  }
}

function checkRate(config: JsonRecord, rate: string, burst: string, unit: string, rateMessage: string): void {
  const value = config[rate];
  if (typeof value !== "number" || !Number.isInteger(value)) throw validationError(["config", rate], `Must be an integer (${unit} per second sustained).`);
  if (value < 1 || value > 1_000_000) throw validationError(["config", rate], rateMessage);
  const cap = config[burst];
  if (cap === undefined || cap === null) return;
  if (typeof cap !== "number" || !Number.isInteger(cap)) throw validationError(["config", burst], "Must be an integer when provided.");
  if (cap < value) throw validationError(["config", burst], `Must be greater than or equal to ${rate}.`);
  if (cap > 10_000_000) throw validationError(["config", burst], `Must be at most 10000000 ${burst === "burst_kb" ? "KB" : "logs"}.`);
}

/** `LogsSamplingRuleSerializer.validate`: path_drop and rate_limit configs, against the stored rule on a partial update. */
function checkConfig(ruleType: string, config: unknown, rejectVacuous: boolean): void {
  if (ruleType === "path_drop") {
    if (!isRecord(config)) throw validationError("config", "path_drop rules require config to be a JSON object.");
    if (config.patterns !== undefined && config.patterns !== null) {
      if (!Array.isArray(config.patterns)) throw validationError("config", "patterns must be a list of strings.");
      config.patterns.forEach((pattern, index) => {
        if (typeof pattern !== "string") throw validationError(["config", `patterns[${index}]`], "Each pattern must be a string.");
      });
    }
    const key = config.match_attribute_key;
    if (key !== undefined && key !== null && key !== "" && typeof key !== "string") throw validationError(["config", "match_attribute_key"], "Must be a string when provided.");
    checkFilterGroup(config.filter_group, rejectVacuous);
  }
  if (ruleType === "rate_limit") {
    if (!isRecord(config)) throw validationError("config", "rate_limit rules require config to be a JSON object.");
    checkFilterGroup(config.filter_group, rejectVacuous);
    const lines = Object.hasOwn(config, "logs_per_second");
    const kb = Object.hasOwn(config, "kb_per_second");
    if (lines && kb) throw validationError("config", "Set either `logs_per_second` or `kb_per_second` on a rate_limit rule, not both.");
    if (!lines && !kb) throw validationError("config", "rate_limit rules require either `logs_per_second` or `kb_per_second`.");
    if (kb) checkRate(config, "kb_per_second", "burst_kb", "kilobytes", "Must be between 1 KB/s and 1000000 KB/s (1 GB/s) inclusive.");
    else checkRate(config, "logs_per_second", "burst_logs", "logs", "Must be between 1 and 1000000 logs/sec inclusive.");
  }
}

type RuleFields = Partial<Omit<LogsSamplingRuleRecord, "priority">> & { priority?: number | null };

function readRuleFields(body: JsonRecord, existing: LogsSamplingRuleRecord | undefined): RuleFields {
  const creating = existing === undefined;
  const fields: RuleFields = {};
  const name = readString(body, "name", { required: creating, maxLength: 255 });
  if (name !== undefined && name !== null) fields.name = name;
  const enabled = readBoolean(body, "enabled");
  if (enabled !== undefined && enabled !== null) fields.enabled = enabled;
  const priority = readInteger(body, "priority", { allowNull: true, min: 0 });
  if (priority !== undefined) fields.priority = priority;
  const ruleType = readChoice(body, "rule_type", RULE_TYPES, { required: creating });
  if (ruleType !== undefined && ruleType !== null) fields.rule_type = String(ruleType);
  for (const [key, max] of [["scope_service", 512], ["scope_path_pattern", 1024]] as const) {
    const value = readString(body, key, { allowNull: true, maxLength: max });
    if (value !== undefined) fields[key] = value;
  }
  const filters = readList(body, "scope_attribute_filters");
  if (filters !== undefined && filters !== null) {
    filters.forEach((item, index) => {
      if (!isRecord(item)) throw validationError(["scope_attribute_filters", String(index)], `Expected a dictionary of items but got type "${typeof item}".`, "not_a_dict");
      if (!Object.hasOwn(item, "key") || !Object.hasOwn(item, "op")) throw validationError(["scope_attribute_filters", String(index)], "Each filter must include key and op.");
    });
    fields.scope_attribute_filters = filters as JsonRecord[];
  }
  if (creating && !Object.hasOwn(body, "config")) throw validationError("config", "This field is required.", "required");
  const config = readJson(body, "config");
  if (config !== undefined) fields.config = config;
  checkConfig(fields.rule_type ?? existing?.rule_type ?? "", config ?? existing?.config, config !== undefined && config !== null);
  return fields;
}

function findRule(context: ResourceContext, id: string): LogsSamplingRuleRecord {
  const rule = rulesOf(context.project).find((candidate) => candidate.id === id);
  if (rule === undefined) throw notFound();
  return rule;
}

function createRule(context: ResourceContext): ResourceResponse {
  const { priority, ...fields } = readRuleFields(readRequestBody(context.body), undefined);
  // `perform_create`: `Max("priority") or -1`, so a team whose highest priority is 0 appends at 0 again.
  const highest = Math.max(...rulesOf(context.project).map((rule) => rule.priority));
  const next = (rulesOf(context.project).length === 0 || highest === 0 ? -1 : highest) + 1;
  const now = isoNow();
  const record: LogsSamplingRuleRecord = {
    id: randomUUID(), name: "", enabled: false, priority: priority ?? next, rule_type: "", scope_service: null, scope_path_pattern: null, scope_attribute_filters: [], config: null,
    version: 1, created_by: currentUser().id, created_at: now, updated_at: now, ...fields,
  };
  rulesOf(context.project).push(record);
  return created({ ...record });
}

function updateRule(context: ResourceContext, record: LogsSamplingRuleRecord): ResourceResponse {
  const { priority, ...fields } = readRuleFields(readRequestBody(context.body), record);
  // A null priority is stored as sent (the column is non-null in PostHog: a database error there).
  Object.assign(record, fields, priority === undefined || priority === null ? {} : { priority }, { version: record.version + 1, updated_at: isoNow() });
  return ok({ ...record });
}

/**
 * `LogsSamplingRuleViewSet` (products/logs/backend): a `ModelViewSet` by id, ordered by priority
 * then creation, scope `logs`, behind the `logs-settings-drop-rules` flag; DELETE removes the row.
 */
export const logsSamplingRulesViewset: Viewset<LogsSamplingRuleRecord> = {
  list: (context) => {
    const rules = [...rulesOf(context.project)].sort((left, right) => left.priority - right.priority || left.created_at.localeCompare(right.created_at));
    const page = paginate(rules, context.requestUrl);
    return ok({ ...page, results: page.results.map((rule) => ({ ...rule })) });
  },
  create: createRule,
  detail: {
    find: findRule,
    retrieve: (_context, record) => ok({ ...record }),
    update: updateRule,
    destroy: (context, record) => {
      context.project.logsSamplingRules = rulesOf(context.project).filter((candidate) => candidate !== record);
      return noContent();
    },
  },
};
