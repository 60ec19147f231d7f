import { coerceDateTime } from "../datetime.js";
import { validationError } from "../errors.js";
import { hasField, isTruthy, readBoolean, readChoice, readInteger, readJson, readString } from "../fields.js";
import { isRecord, type JsonRecord } from "../json.js";
import type { FeatureFlagRecord, ProjectState } from "../state.js";
import { effectiveFilters } from "./feature-flag-serializer.js";

/** The writable fields of `SurveySerializerCreateUpdateOnly` that the emulator stores, as validated. */
export interface SurveyInput {
  name?: string;
  description?: string;
  type?: string;
  schedule?: string | null;
  questions?: unknown[] | null;
  conditions?: JsonRecord | null;
  appearance?: JsonRecord | null;
  start_date?: string | null;
  end_date?: string | null;
  archived?: boolean;
  responses_limit?: number | null;
  iteration_count?: number | null;
  iteration_frequency_days?: number | null;
  enable_partial_responses?: boolean | null;
  linked_flag_id?: number | null;
  linked_insight_id?: number | null;
  targeting_flag_id?: number;
  targeting_flag_filters?: unknown;
  remove_targeting_flag?: boolean | null;
}

const TYPES = ["popover", "widget", "external_survey", "api"];
const MATCH_CONDITION_FIELDS = ["url", "urlMatchType", "selector", "seenSurveyWaitPeriodInDays", "linkedFlagVariant", "deviceTypes", "deviceTypesMatchType"];
const EMAIL = /^mailto:[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$/;

/** `_validate_and_sanitize_link` (HTML sanitising aside). */
function checkLink(link: string): void {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(link)?.[1]?.toLowerCase();
  if (scheme !== "https" && scheme !== "mailto") throw validationError("questions", "Link must be a URL with one of these schemes: [https, mailto]");
  if (scheme === "mailto" && !EMAIL.test(link)) throw validationError("questions", "Invalid mailto link. Please enter a valid mailto link (e.g., mailto:example@domain.com).");
  if (scheme === "https" && !/^https:\/\/[^/?#\s]+/i.test(link)) throw validationError("questions", "Invalid HTTPS URL. Please enter a valid HTTPS link.");
}

/** `validate_questions`: each question an object with text; string fields, choices and links checked (nh3 sanitising is not modelled). */
function readQuestions(value: unknown): unknown[] | null {
  if (value === null) return null;
  if (!Array.isArray(value)) throw validationError("questions", "Questions must be a list of objects");
  return value.map((question, index) => {
    if (!isRecord(question)) throw validationError("questions", "Questions must be a list of objects");
    if (!isTruthy(question.question)) throw validationError("questions", "Question text is required");
    if (typeof question.question !== "string") throw validationError("questions", "Question text must be a string");
    if (isTruthy(question.description) && typeof question.description !== "string") throw validationError("questions", "Question description must be a string");
    for (const name of ["buttonText", "lowerBoundLabel", "upperBoundLabel"]) {
      if (isTruthy(question[name]) && typeof question[name] !== "string") throw validationError("questions", `Question ${name} must be a string`);
    }
    const choices = question.choices;
    if (isTruthy(choices)) {
      if (!Array.isArray(choices)) throw validationError("questions", "Question choices must be a list of strings");
      for (const choice of choices) {
        if (typeof choice !== "string") throw validationError("questions", "Question choices must be strings");
        if (choice.trim() === "") throw validationError("questions", "Question choices cannot be empty");
      }
    }
    if (isTruthy(question.descriptionContentType) && !["text", "html"].includes(String(question.descriptionContentType))) {
      throw validationError("questions", "Question descriptionContentType must be one of ['text', 'html']");
    }
    if (isTruthy(question.link)) {
      if (typeof question.link !== "string") throw validationError("questions", `Question ${index + 1}: link must be a string`);
      checkLink(question.link);
    }
    return { ...question };
  });
}

/** `validate_appearance` (white labelling is available: the emulator has no plan gating). */
function readAppearance(value: unknown): JsonRecord | null {
  if (value === null) return null;
  if (!isRecord(value)) throw validationError("appearance", "Appearance must be an object");
  const contentType = value.thankYouMessageDescriptionContentType;
  if (isTruthy(contentType) && contentType !== "text" && contentType !== "html") throw validationError("appearance", "thankYouMessageDescriptionContentType must be one of ['text', 'html']");
  if (typeof value.surveyPopupDelaySeconds === "number" && value.surveyPopupDelaySeconds < 0) throw validationError("appearance", "Survey popup delay seconds must be a positive integer");
  if (value.whiteLabel !== undefined && value.whiteLabel !== null && typeof value.whiteLabel !== "boolean") throw validationError("appearance", "whiteLabel must be a boolean");
  return value;
}

function readDate(body: JsonRecord, key: string): string | null | undefined {
  if (!hasField(body, key)) return undefined;
  return body[key] === null ? null : coerceDateTime(body[key], [key]);
}

/** The field-level validation of the serializer, in field order; `validate()` runs after it ({@link validateSurvey}). */
export function readSurveyInput(body: JsonRecord, creating: boolean): SurveyInput {
  const input: SurveyInput = {};
  const name = readString(body, "name", { required: creating, maxLength: 400 });
  if (typeof name === "string") input.name = name;
  const description = readString(body, "description", { allowBlank: true });
  if (typeof description === "string") input.description = description;
  const type = readChoice(body, "type", TYPES, { required: creating });
  if (type !== undefined && type !== null) input.type = String(type);
  const schedule = readString(body, "schedule", { allowNull: true, allowBlank: true });
  if (schedule !== undefined) {
    if (schedule !== null && !["once", "recurring", "always"].includes(schedule)) throw validationError("schedule", "Schedule must be one of: once, recurring, always");
    input.schedule = schedule;
  }
  if (hasField(body, "questions")) input.questions = readQuestions(readJson(body, "questions"));
  if (hasField(body, "conditions")) {
    const conditions = readJson(body, "conditions");
    if (conditions !== null && !isRecord(conditions)) throw validationError("conditions", "Conditions must be an object");
    input.conditions = conditions as JsonRecord | null;
  }
  if (hasField(body, "appearance")) input.appearance = readAppearance(readJson(body, "appearance"));
  const start = readDate(body, "start_date");
  if (start !== undefined) input.start_date = start;
  const end = readDate(body, "end_date");
  if (end !== undefined) input.end_date = end;
  const archived = readBoolean(body, "archived");
  if (typeof archived === "boolean") input.archived = archived;
  const limit = readInteger(body, "responses_limit", { allowNull: true, min: 0 });
  if (limit !== undefined) input.responses_limit = limit;
  const iterations = readInteger(body, "iteration_count", { allowNull: true, min: 0, max: 500 });
  if (iterations !== undefined) input.iteration_count = iterations;
  const frequency = readInteger(body, "iteration_frequency_days", { allowNull: true, min: 0 });
  if (frequency !== undefined) input.iteration_frequency_days = frequency;
  const partial = readBoolean(body, "enable_partial_responses", { allowNull: true });
  if (partial !== undefined) input.enable_partial_responses = partial;
  const linked = readInteger(body, "linked_flag_id", { allowNull: true });
  if (linked !== undefined) input.linked_flag_id = linked;
  const insight = readInteger(body, "linked_insight_id", { allowNull: true });
  if (insight !== undefined) input.linked_insight_id = insight;
  const targeting = readInteger(body, "targeting_flag_id");
  if (typeof targeting === "number") input.targeting_flag_id = targeting;
  if (hasField(body, "targeting_flag_filters")) input.targeting_flag_filters = readJson(body, "targeting_flag_filters");
  const remove = readBoolean(body, "remove_targeting_flag", { allowNull: true });
  if (remove !== undefined) input.remove_targeting_flag = remove;
  readString(body, "_create_in_folder", { allowBlank: true });
  return input;
}

/** The keys of a flag's variants, as `linked_flag.variants` lists them for the linked-variant checks. */
export function variantKeys(flag: FeatureFlagRecord): string[] {
  const multivariate = effectiveFilters(flag).multivariate;
  const variants = isRecord(multivariate) && Array.isArray(multivariate.variants) ? multivariate.variants : [];
  return variants.flatMap((variant) => (isRecord(variant) && typeof variant.key === "string" ? [variant.key] : []));
}

/**
 * `SurveySerializerCreateUpdateOnly.validate`: linked and targeting flags of this project, the linked
 * flag's variant, the unique name (on POST among all surveys, on a rename among the others),
 * targeting that rolls out to everyone, shuffling with branching, and external survey limits.
 */
export function validateSurvey(project: ProjectState, input: SurveyInput, existing: { id: string; name: string; appearance: JsonRecord | null; questions: unknown[] | null } | undefined, surveys: readonly { id: string; name: string }[]): void {
  let linked: FeatureFlagRecord | undefined;
  if (isTruthy(input.linked_flag_id)) {
    linked = project.featureFlags.find((flag) => flag.id === input.linked_flag_id);
    if (linked === undefined) throw validationError(null, "Feature Flag with this ID does not exist");
  }
  if (isTruthy(input.targeting_flag_id) && !project.featureFlags.some((flag) => flag.id === input.targeting_flag_id)) throw validationError(null, "Targeting Feature Flag with this ID does not exist");
  if (isTruthy(input.linked_insight_id) && !project.insights.some((insight) => insight.id === input.linked_insight_id)) throw validationError(null, "Insight with this ID does not exist");
  const variant = isRecord(input.conditions) ? input.conditions.linkedFlagVariant : undefined;
  if (isTruthy(variant) && linked !== undefined && variant !== "any") {
    const keys = variantKeys(linked);
    if (!keys.includes(String(variant))) {
      throw validationError(null, keys.length > 0 ? `Feature flag variant '${String(variant)}' does not exist. Available variants: ${keys.join(", ")}` : `Feature flag variant '${String(variant)}' specified but the linked feature flag has no variants`);
    }
  } else if (isTruthy(variant) && !isTruthy(input.linked_flag_id)) {
    throw validationError(null, "linkedFlagVariant can only be used when a linked_flag_id is specified");
  }
  if (existing === undefined && surveys.some((survey) => survey.name === input.name)) throw validationError(null, "There is already a survey with this name.", "unique");
  if (existing !== undefined && existing.name !== input.name && surveys.some((survey) => survey.id !== existing.id && survey.name === input.name)) {
    throw validationError(null, "There is already another survey with this name.", "unique");
  }
  const filters = input.targeting_flag_filters;
  if (isTruthy(filters)) {
    const groups = isRecord(filters) && Array.isArray(filters.groups) ? filters.groups : [];
    const everyone = groups.some((group) => isRecord(group) && (group.rollout_percentage === 100 || group.rollout_percentage === null || group.rollout_percentage === undefined) && !(Array.isArray(group.properties) && group.properties.length > 0));
    if (everyone) throw validationError(null, "Invalid operation: User targeting rolls out to everyone. If you want to roll out to everyone, delete this targeting", "invalid");
  }
  const appearance = { ...(existing?.appearance ?? {}), ...(input.appearance ?? {}) };
  const questions = input.questions ?? existing?.questions ?? [];
  if (appearance.shuffleQuestions === true && questions.some((question) => isRecord(question) && question.branching !== undefined && question.branching !== null)) {
    throw validationError(null, "Question shuffling and question branching cannot be used together. Please disable one of these features.");
  }
  if (input.type === "external_survey") validateExternal(input);
}

/** The external survey block of `validate`: one error per refused field, keyed by field. */
function validateExternal(input: SurveyInput): void {
  const errors: [string, string][] = [];
  if (input.linked_flag_id !== undefined && input.linked_flag_id !== null) errors.push(["linked_flag_id", "linked_flag_id is not allowed for external surveys"]);
  if (input.targeting_flag_filters !== undefined && input.targeting_flag_filters !== null) errors.push(["targeting_flag_filters", "targeting_flag_filters is not allowed for external surveys"]);
  const conditions = input.conditions;
  if (isTruthy(conditions) && isRecord(conditions)) {
    const refused = MATCH_CONDITION_FIELDS.filter((name) => conditions[name] !== undefined && conditions[name] !== null);
    for (const name of ["actions", "events"]) {
      const member = conditions[name];
      if (isRecord(member) && Array.isArray(member.values) && member.values.length > 0) refused.push(name);
    }
    if (refused.length > 0) errors.push(["conditions", `The following condition fields are not allowed for external surveys: ${refused.join(", ")}`]);
  }
  if (isTruthy(input.appearance) && input.appearance!.surveyPopupDelaySeconds !== undefined && input.appearance!.surveyPopupDelaySeconds !== null) errors.push(["appearance", "surveyPopupDelaySeconds is not allowed for external surveys"]);
  const first = errors[0];
  if (first !== undefined) throw validationError(first[0], first[1]);
}
