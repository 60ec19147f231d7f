import { randomInt } from "node:crypto";
import { isRecord, type JsonRecord } from "../json.js";
import type { EmulatorState, FeatureFlagRecord, ProjectState } from "../state.js";
import { createFeatureFlag, updateFeatureFlag } from "./feature-flag-writes.js";

/** `SURVEY_TARGETING_FLAG_PREFIX` (posthog/constants.py). */
const PREFIX = "survey-targeting-";

/** The survey fields the flag writes read. */
export interface SurveyFlagView {
  id: string;
  name: string;
  start_date: string | null;
  end_date: string | null;
  archived: boolean;
  iteration_count: number | null;
  conditions: JsonRecord | null;
}

/** `_should_survey_flags_be_active`: started, not ended, not archived. */
export function shouldFlagsBeActive(survey: SurveyFlagView): boolean {
  return survey.start_date !== null && survey.end_date === null && !survey.archived;
}

/**
 * `_create_or_update_targeting_flag` for a new flag: a key of the prefix, ten random hex digits and
 * the suffix, named after the survey, created through the flag serializer (its validation applies).
 */
export function createSurveyFlag(state: EmulatorState, project: ProjectState, filters: unknown, name: string, active: boolean, suffix = ""): FeatureFlagRecord {
  const random = Array.from({ length: 10 }, () => "1234567890abcdef"[randomInt(16)]).join("");
  return createFeatureFlag(state, project, { key: `${PREFIX}${random}${suffix}`, name: `Targeting flag for survey ${name}`, filters: filters as JsonRecord, active, creation_context: "surveys" });
}

/** The existing flag's filters updated through the flag serializer, top-level keys merged as the survey serializer merges them. */
export function updateSurveyFlag(project: ProjectState, flag: FeatureFlagRecord, filters: JsonRecord): void {
  updateFeatureFlag(project, flag, { filters: { ...flag.filters, ...filters } });
}

/**
 * `_add_user_survey_interacted_filters`: the internal targeting flag hides the survey from people who
 * dismissed or answered it (per iteration for recurring surveys) and, with a wait period, from people
 * who saw a survey within it; it is created on the first write and its filters and `active` are
 * rewritten on every later one.
 */
export function syncInternalFlag(state: EmulatorState, project: ProjectState, survey: SurveyFlagView & { internal_targeting_flag_id: number | null; current_iteration?: number | null }): void {
  const key = survey.iteration_count !== null && survey.iteration_count > 0 ? `${survey.id}/${survey.current_iteration ?? 1}` : survey.id;
  const base = [
    { key: `$survey_dismissed/${key}`, value: "is_not_set", operator: "is_not_set", type: "person" },
    { key: `$survey_responded/${key}`, value: "is_not_set", operator: "is_not_set", type: "person" },
  ];
  const wait = isRecord(survey.conditions) ? survey.conditions.seenSurveyWaitPeriodInDays : undefined;
  const lastSeen = "$survey_last_seen_date";
  const groups =
    typeof wait === "number" && wait > 0
      ? [
          { variant: "", rollout_percentage: 100, properties: [...base, { key: lastSeen, value: "is_not_set", operator: "is_not_set", type: "person" }] },
          { variant: "", rollout_percentage: 100, properties: [...base, { key: lastSeen, value: `${Math.trunc(wait)}d`, operator: "is_date_before", type: "person" }] },
        ]
      : [{ variant: "", rollout_percentage: 100, properties: base }];
  const active = shouldFlagsBeActive(survey);
  const existing = project.featureFlags.find((flag) => flag.id === survey.internal_targeting_flag_id);
  if (existing !== undefined) {
    updateSurveyFlag(project, existing, { groups });
    // A direct model save after the serializer's: no version bump.
    existing.active = active;
    return;
  }
  survey.internal_targeting_flag_id = createSurveyFlag(state, project, { groups }, survey.name, active, "-custom").id;
}

/** A model `delete()`: the flag row is gone, not soft-deleted. */
export function deleteFlag(project: ProjectState, id: number | null): void {
  if (id === null) return;
  project.featureFlags = project.featureFlags.filter((flag) => flag.id !== id);
}
