import { cloneJson, isJsonEqual, isRecord, type JsonRecord } from "../json.js";

/** `common_field_exclusions` in `posthog/models/activity_logging/activity_log.py`. */
export const COMMON_EXCLUSIONS = ["id", "uuid", "short_id", "created_at", "created_by", "last_modified_at", "last_modified_by", "updated_at", "updated_by", "team", "team_id"];

/** How one scope's field changes are computed and written, from `activity_log.py`'s per-scope tables. */
export interface ChangeRules {
  scope: string;
  /** `field_exclusions[scope]`: model fields `changes_between` skips. */
  exclusions: string[];
  /** `dict_changes_between` (only None is empty, no exclusions) instead of `changes_between`. */
  dictChanges?: boolean;
  /** `field_with_masked_contents[scope]`: changed, but logged as "masked". */
  masked?: string[];
  /** `field_name_overrides[scope]`: the field name a change is logged under. */
  renamed?: Record<string, string>;
}

/** Django's `Field.empty_values`: `changes_between` treats None, "", [], () and {} alike. */
function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0);
}

/** Python's None: the only empty value `dict_changes_between` knows. */
function isNone(value: unknown): boolean {
  return value === null || value === undefined;
}

/**
 * `changes_between`: one change per model field that differs, as created, deleted or changed;
 * `dict_changes_between` when `dictChanges` is set: every key, and only None counts as empty.
 */
export function changesBetween(rules: ChangeRules, before: JsonRecord, after: JsonRecord): JsonRecord[] {
  const { scope, dictChanges: dict = false, masked = [], renamed = {} } = rules;
  const skipped = new Set(dict ? ["id", "created_at", "created_by"] : [...COMMON_EXCLUSIONS, ...rules.exclusions]);
  const empty = dict ? isNone : isEmpty;
  const changes: JsonRecord[] = [];
  for (const field of Object.keys(after)) {
    if (skipped.has(field)) continue;
    const left = before[field];
    const right = after[field];
    if (empty(left) && empty(right)) continue;
    const shown = (value: unknown) => (masked.includes(field) ? "masked" : (cloneJson(value) ?? null));
    const name = renamed[field] ?? field;
    if (empty(left)) changes.push({ type: scope, action: "created", field: name, before: null, after: shown(right) });
    else if (empty(right)) changes.push({ type: scope, action: "deleted", field: name, before: shown(left), after: null });
    else if (!isJsonEqual(left, right)) changes.push({ type: scope, action: "changed", field: name, before: shown(left), after: shown(right) });
  }
  return changes;
}

/**
 * `dict_changes_between(scope, previous, new, use_field_exclusions=True)`: the keys of either dict
 * but the scope's `field_exclusions` and `common_field_exclusions`, only None counting as empty.
 * PostHog walks a Python set, so its order is arbitrary; this one follows the keys as given.
 */
export function dictChangesBetween(scope: string, exclusions: readonly string[], previous: JsonRecord, next: JsonRecord): JsonRecord[] {
  if (isJsonEqual(previous, next)) return [];
  const skipped = new Set([...exclusions, ...COMMON_EXCLUSIONS]);
  const fields = [...new Set([...Object.keys(previous), ...Object.keys(next)])].filter((field) => !skipped.has(field));
  const changes: JsonRecord[] = [];
  for (const field of fields) {
    const left = previous[field];
    const right = next[field];
    if (isNone(left) && !isNone(right)) changes.push({ type: scope, action: "created", field, before: null, after: cloneJson(right) ?? null });
    else if (isNone(right) && !isNone(left)) changes.push({ type: scope, action: "deleted", field, before: cloneJson(left) ?? null, after: null });
    else if (!isJsonEqual(left, right)) changes.push({ type: scope, action: "changed", field, before: cloneJson(left) ?? null, after: cloneJson(right) ?? null });
  }
  return changes;
}
