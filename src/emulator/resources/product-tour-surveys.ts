import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { serverError } from "../errors.js";
import { isTruthy, isUuid } from "../fields.js";
import { isRecord, type JsonRecord } from "../json.js";
import type { ProjectState } from "../state.js";
import { currentUser } from "../users.js";
import type { SurveyRecord } from "./surveys.js";

/** The fields of a tour that its survey steps' surveys follow. */
export interface TourView {
  name: string;
  content: JsonRecord;
  start_date: string | null;
  end_date: string | null;
  archived: boolean;
}

/** `Survey.name` is a `CharField(max_length=400)`; a model create does not validate it, so a longer one is the database's error. */
const SURVEY_NAME_MAX = 400;
/** The appearance `_sync_survey_steps` gives a step's survey: in the middle, no thank-you message, no cancel button. */
const STEP_APPEARANCE = { position: "middle_center", displayThankYouMessage: false, hideCancelButton: true };

function surveysOf(project: ProjectState): SurveyRecord[] {
  project.surveys ??= [];
  return project.surveys;
}

/** `content.get("steps", [])` as Python iterates it: each step and its `survey` must be dicts, or `.get` fails (a server error). */
function stepsOf(content: JsonRecord): JsonRecord[] {
  const steps = content.steps;
  if (steps === undefined || (Array.isArray(steps) && steps.length === 0) || steps === "" || (isRecord(steps) && Object.keys(steps).length === 0)) return [];
  if (!Array.isArray(steps) || steps.some((step) => !isRecord(step))) throw serverError();
  return steps as JsonRecord[];
}

/** `Survey.objects.get(id=...)`: a string that is not a UUID fails in `UUIDField.to_python` (a server error), anything else that matches nothing is `DoesNotExist`. */
function findSurvey(project: ProjectState, id: unknown): SurveyRecord | undefined {
  if (typeof id === "string" && !isUuid(id)) throw serverError();
  return surveysOf(project).find((survey) => survey.id === String(id));
}

/** The single question `_sync_survey_steps` builds from a step's `survey`: rating steps submit on selection. */
function questionOf(config: JsonRecord): JsonRecord {
  const type = config.type ?? "open";
  const question: JsonRecord = { type, question: config.questionText ?? "" };
  if (type === "rating") {
    question.scale = config.scale ?? 5;
    question.display = config.display ?? "emoji";
    question.skipSubmitButton = true;
    if (isTruthy(config.lowerBoundLabel)) question.lowerBoundLabel = config.lowerBoundLabel;
    if (isTruthy(config.upperBoundLabel)) question.upperBoundLabel = config.upperBoundLabel;
  }
  // `ensure_question_ids` (pre_save): the question has no id, so every save gives it a new one.
  return { ...question, id: randomUUID() };
}

/**
 * Every check `_sync_survey_steps` (and the model saves it makes) would fail on, before anything
 * is written: the serializer's write is one transaction, so a failure leaves nothing behind.
 */
export function assertSurveyStepsWritable(project: ProjectState, tour: TourView, previous: JsonRecord | undefined): void {
  stepsOf(tour.content).forEach((step, index) => {
    const config = step.survey;
    if (!isTruthy(config)) return;
    if (!isRecord(config)) throw serverError();
    const linked = isTruthy(step.linkedSurveyId) ? findSurvey(project, step.linkedSurveyId) : undefined;
    if (linked === undefined && `${tour.name} - Step ${index + 1} Survey (xxxxxxxx)`.length > SURVEY_NAME_MAX) throw serverError();
  });
  if (previous !== undefined) for (const step of stepsOf(previous)) if (isTruthy(step.linkedSurveyId)) findSurvey(project, step.linkedSurveyId);
}

/**
 * `ProductTourSerializerCreateUpdateOnly._sync_survey_steps` (products/product_tours/backend/api/product_tour.py):
 * each step with a `survey` gets a survey of type `api` (a model create: no serializer validation,
 * no internal targeting flag), its id and question id written into the step; a step whose
 * `linkedSurveyId` still exists has that survey's question, appearance, dates and partial
 * responses rewritten instead; surveys linked before and no longer referenced are ended.
 * Mutates the steps of `tour.content` in place, as PostHog does before saving the content.
 */
export function syncSurveySteps(project: ProjectState, tour: TourView, previous: JsonRecord | undefined): void {
  const now = isoNow();
  const active = new Set<string>();
  stepsOf(tour.content).forEach((step, index) => {
    const config = step.survey;
    if (!isTruthy(config) || !isRecord(config)) return;
    const linked = isTruthy(step.linkedSurveyId) ? findSurvey(project, step.linkedSurveyId) : undefined;
    if (linked !== undefined) {
      Object.assign(linked, {
        questions: [questionOf(config)],
        appearance: { ...(linked.appearance ?? {}), hideCancelButton: true, displayThankYouMessage: false, position: "middle_center" },
        start_date: tour.start_date,
        end_date: tour.archived ? (tour.end_date ?? now) : tour.end_date,
        enable_partial_responses: false,
      });
      active.add(String(step.linkedSurveyId));
      if (!isTruthy(step.linkedSurveyQuestionId)) step.linkedSurveyQuestionId = (linked.questions![0] as JsonRecord).id;
      return;
    }
    const survey = createStepSurvey(`${tour.name} - Step ${index + 1} Survey (${randomUUID().slice(0, 8)})`, questionOf(config), tour);
    surveysOf(project).push(survey);
    step.linkedSurveyId = survey.id;
    step.linkedSurveyQuestionId = (survey.questions![0] as JsonRecord).id;
    active.add(survey.id);
  });
  if (previous !== undefined) endSurveys(project, stepsOf(previous), active, now);
}

/** `perform_destroy` and the update's clean-up: each linked survey not kept gets an end date, unless it has one. */
export function endSurveys(project: ProjectState, steps: readonly JsonRecord[], keep: ReadonlySet<string>, now = isoNow()): void {
  for (const step of steps) {
    if (!isTruthy(step.linkedSurveyId) || keep.has(String(step.linkedSurveyId))) continue;
    const survey = findSurvey(project, step.linkedSurveyId);
    if (survey !== undefined && survey.end_date === null) survey.end_date = now;
  }
}

/** The steps of stored content, for the clean-up on delete. */
export function storedSteps(content: JsonRecord): JsonRecord[] {
  return Array.isArray(content.steps) ? content.steps.filter(isRecord) : [];
}

/** `Survey.objects.create(...)` as `_sync_survey_steps` calls it, with the model's defaults for the rest. */
function createStepSurvey(name: string, question: JsonRecord, tour: TourView): SurveyRecord {
  return {
    id: randomUUID(), name, description: "", type: "api", schedule: "once",
    linked_flag_id: null, linked_insight_id: null, targeting_flag_id: null, internal_targeting_flag_id: null,
    questions: [question], conditions: null, appearance: { ...STEP_APPEARANCE },
    created_at: isoNow(), created_by: currentUser(), start_date: tour.start_date, end_date: tour.end_date, archived: false,
    responses_limit: null, iteration_count: null, iteration_frequency_days: null, current_iteration: null, enable_partial_responses: false,
  };
}
