import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, validationError } from "../errors.js";
import { isTruthy, isUuid, parseBooleanText, readRequestBody } from "../fields.js";
import { isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { FeatureFlagRecord, ProjectState } from "../state.js";
import { currentUser, type UserBasic } from "../users.js";
import { serializeAction } from "./actions.js";
import { serializeMinimalFlag } from "./feature-flag-serializer.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { createSurveyFlag, deleteFlag, shouldFlagsBeActive, syncInternalFlag, updateSurveyFlag } from "./survey-flags.js";
import { readSurveyInput, validateSurvey, type SurveyInput } from "./survey-input.js";
import { routeViewset } from "./viewset.js";

/** One survey (`Survey` model, posthog/models/surveys/survey.py), with the fields the emulator serves. */
export interface SurveyRecord {
  id: string;
  name: string;
  description: string;
  type: string;
  schedule: string | null;
  linked_flag_id: number | null;
  linked_insight_id: number | null;
  targeting_flag_id: number | null;
  internal_targeting_flag_id: number | null;
  questions: unknown[] | null;
  conditions: JsonRecord | null;
  appearance: JsonRecord | null;
  created_at: string;
  created_by: UserBasic | null;
  start_date: string | null;
  end_date: string | null;
  archived: boolean;
  responses_limit: number | null;
  iteration_count: number | null;
  iteration_frequency_days: number | null;
  current_iteration: number | null;
  enable_partial_responses: boolean | null;
  /** `Survey.actions`, the many-to-many `_associate_actions` sets from `conditions.actions`; none for surveys made by a model create. */
  action_ids?: number[];
}

/**
 * Surveys (`/api/projects/{id}/surveys/`), after `SurveySerializer` (reads),
 * `SurveySerializerCreateUpdateOnly` (POST and PATCH, and their answers) and `SurveyViewSet`
 * (products/surveys/backend/api/survey.py): question ids assigned on save, the internal targeting
 * flag written on every create and update, a targeting flag from `targeting_flag_filters`, both
 * flags' `active` following the lifecycle, the `launch/` and `stop/` actions, and a real DELETE
 * that deletes both flags.
 */
export const surveysResource: ResourceModule = {
  segment: "surveys",
  scopeObject: "survey",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<SurveyRecord>({
    list: listSurveys,
    create: createSurvey,
    detail: {
      find: ({ project }, id) => {
        const survey = isUuid(id) ? surveysOf(project).find((candidate) => candidate.id === id) : undefined;
        if (survey === undefined) throw notFound();
        return survey;
      },
      retrieve: ({ project }, survey) => ok(serializeSurvey(project, survey)),
      update: updateSurvey,
      destroy: ({ project }, survey) => {
        deleteFlag(project, survey.targeting_flag_id);
        deleteFlag(project, survey.internal_targeting_flag_id);
        project.surveys = surveysOf(project).filter((candidate) => candidate !== survey);
        return noContent();
      },
      actions: {
        launch: { methods: ["POST"], run: launchSurvey },
        stop: { methods: ["POST"], run: stopSurvey },
      },
    },
  }),
};

function surveysOf(project: ProjectState): SurveyRecord[] {
  project.surveys ??= [];
  return project.surveys;
}

function flagOf(project: ProjectState, id: number | null): FeatureFlagRecord | undefined {
  return id === null ? undefined : project.featureFlags.find((flag) => flag.id === id);
}

function minimal(project: ProjectState, id: number | null): JsonRecord | null {
  const flag = flagOf(project, id);
  return flag === undefined ? null : serializeMinimalFlag(project, flag);
}

/** The fields both serializers share, in `SurveySerializerCreateUpdateOnly.Meta.fields` order. */
function serializeCommon(project: ProjectState, survey: SurveyRecord): JsonRecord {
  return {
    id: survey.id,
    name: survey.name,
    description: survey.description,
    type: survey.type,
    schedule: survey.schedule,
    linked_flag: minimal(project, survey.linked_flag_id),
    targeting_flag: minimal(project, survey.targeting_flag_id),
    internal_targeting_flag: minimal(project, survey.internal_targeting_flag_id),
    questions: survey.questions,
    conditions: conditionsWithActions(project, survey),
    appearance: survey.appearance,
    created_at: survey.created_at,
    created_by: survey.created_by,
    start_date: survey.start_date,
    end_date: survey.end_date,
    archived: survey.archived,
    responses_limit: survey.responses_limit,
    iteration_count: survey.iteration_count,
    iteration_frequency_days: survey.iteration_frequency_days,
    iteration_start_dates: [],
    current_iteration: survey.current_iteration,
    current_iteration_start_date: null,
    response_sampling_start_date: null,
    response_sampling_interval_type: "week",
    response_sampling_interval: null,
    response_sampling_limit: null,
    response_sampling_daily_limits: null,
    enable_partial_responses: survey.enable_partial_responses,
    enable_iframe_embedding: null,
    base_language: null,
    translations: null,
    form_content: null,
  };
}

/** `SurveySerializer`: what GET (retrieve, list) and the actions answer. */
function serializeSurvey(project: ProjectState, survey: SurveyRecord): JsonRecord {
  const key = (id: number | null) => flagOf(project, id)?.key ?? null;
  return {
    ...serializeCommon(project, survey),
    linked_flag_id: survey.linked_flag_id,
    linked_insight_id: survey.linked_insight_id,
    feature_flag_keys: [
      { key: "linked_flag_key", value: key(survey.linked_flag_id) },
      { key: "targeting_flag_key", value: key(survey.targeting_flag_id) },
      { key: "internal_targeting_flag_key", value: key(survey.internal_targeting_flag_id) },
      { key: "internal_response_sampling_flag_key", value: null },
    ],
    user_access_level: "editor",
    search_match_type: null,
  };
}

/** `SurveyFilterSet` (`archived`, `type`), newest first. */
function listSurveys(context: ResourceContext): ResourceResponse {
  const { project, query } = context;
  const archived = query.get("archived");
  const type = query.get("type");
  const rows = [...surveysOf(project)]
    .filter((survey) => (archived === null || archived === "" ? true : survey.archived === parseBooleanText(archived)) && (type === null || type === "" || survey.type === type))
    .sort((a, b) => b.created_at.localeCompare(a.created_at));
  const page = paginate(rows, context.requestUrl);
  return ok({ ...page, results: page.results.map((survey) => serializeSurvey(project, survey)) });
}

/**
 * `get_survey_conditions_with_actions`, on every read and write answer: with linked actions,
 * `conditions.actions` is their `ActionSerializer` form (whatever the stored conditions say); without,
 * the conditions as stored.
 */
function conditionsWithActions(project: ProjectState, survey: SurveyRecord): JsonRecord | null {
  const linked = project.actions.filter((action) => (survey.action_ids ?? []).includes(action.id));
  if (linked.length === 0) return survey.conditions;
  return { ...(survey.conditions ?? {}), actions: { values: linked.map((action) => serializeAction(project, action)) } };
}

/**
 * `_associate_actions`, after every create and update: the project's actions whose ids
 * `conditions.actions.values` names (unknown ids dropped silently); no conditions (a PATCH without
 * them too), no `actions` or no values clears the links.
 */
function associateActions(project: ProjectState, survey: SurveyRecord, conditions: JsonRecord | null | undefined): void {
  const values = isRecord(conditions) && isRecord(conditions.actions) ? conditions.actions.values : undefined;
  const ids = Array.isArray(values) ? values.map((value) => (isRecord(value) ? String(value.id) : "")) : [];
  survey.action_ids = project.actions.filter((action) => ids.includes(String(action.id))).map((action) => action.id);
}

/** `ensure_question_ids` (the `pre_save` hook): every question without an id gets a UUID. */
function withQuestionIds(questions: unknown[] | null | undefined): unknown[] | null {
  if (questions === undefined || questions === null) return null;
  return questions.map((question) => (isRecord(question) && !isTruthy(question.id) ? { ...question, id: randomUUID() } : question));
}

function createSurvey(context: ResourceContext): ResourceResponse {
  const { project, state } = context;
  const input = readSurveyInput(readRequestBody(context.body), true);
  validateSurvey(project, input, undefined, surveysOf(project));
  const survey: SurveyRecord = {
    id: randomUUID(),
    name: input.name!,
    description: input.description ?? "",
    type: input.type!,
    schedule: input.schedule === undefined ? "once" : input.schedule,
    linked_flag_id: input.linked_flag_id ?? null,
    linked_insight_id: input.linked_insight_id ?? null,
    targeting_flag_id: input.targeting_flag_id ?? null,
    internal_targeting_flag_id: null,
    questions: withQuestionIds(input.questions),
    conditions: input.conditions ?? null,
    appearance: input.appearance ?? null,
    created_at: isoNow(),
    created_by: currentUser(),
    start_date: input.start_date ?? null,
    end_date: input.end_date ?? null,
    archived: input.archived ?? false,
    responses_limit: input.responses_limit ?? null,
    iteration_count: input.iteration_count ?? null,
    iteration_frequency_days: input.iteration_frequency_days ?? null,
    current_iteration: null,
    enable_partial_responses: input.enable_partial_responses === undefined ? false : input.enable_partial_responses,
  };
  // `create` makes the targeting flag inactive whatever the dates say; only an update syncs it.
  if (isTruthy(input.targeting_flag_filters)) survey.targeting_flag_id = createSurveyFlag(state, project, input.targeting_flag_filters, survey.name, false).id;
  syncInternalFlag(state, project, survey);
  associateActions(project, survey, input.conditions);
  surveysOf(project).push(survey);
  return created(serializeCommon(project, survey));
}

function updateSurvey(context: ResourceContext, survey: SurveyRecord): ResourceResponse {
  const { project, state } = context;
  const input = readSurveyInput(readRequestBody(context.body), false);
  validateSurvey(project, input, survey, surveysOf(project));
  if (input.remove_targeting_flag === true) {
    deleteFlag(project, survey.targeting_flag_id);
    input.targeting_flag_id = undefined;
    survey.targeting_flag_id = null;
  }
  if (isTruthy(input.targeting_flag_filters)) {
    const existing = flagOf(project, survey.targeting_flag_id);
    if (existing !== undefined) updateSurveyFlag(project, existing, input.targeting_flag_filters as JsonRecord);
    else survey.targeting_flag_id = createSurveyFlag(state, project, input.targeting_flag_filters, survey.name, survey.start_date !== null).id;
  }
  applyInput(survey, input);
  const active = shouldFlagsBeActive(survey);
  const targeting = flagOf(project, survey.targeting_flag_id);
  if (targeting !== undefined) targeting.active = active;
  syncInternalFlag(state, project, survey);
  associateActions(project, survey, input.conditions);
  return ok(serializeCommon(project, survey));
}

/** `ModelSerializer.update`: every validated field that was sent. */
function applyInput(survey: SurveyRecord, input: SurveyInput): void {
  const { targeting_flag_filters: _filters, remove_targeting_flag: _remove, targeting_flag_id: targeting, questions, ...fields } = input;
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) (survey as unknown as JsonRecord)[name] = value;
  if (targeting !== undefined) survey.targeting_flag_id = targeting;
  if (questions !== undefined) survey.questions = withQuestionIds(questions);
}

/** `SurveyViewSet.launch`: sets `start_date` alone (the flags' `active` is not synced), a no-op once started. */
function launchSurvey(context: ResourceContext, survey: SurveyRecord): ResourceResponse {
  const now = isoNow();
  if (survey.archived) throw validationError(null, "Cannot launch an archived survey. Unarchive it first.");
  if (survey.end_date !== null && survey.end_date <= now) throw validationError(null, "Cannot launch a survey with end_date in the past. Extend the end_date first.");
  if (survey.start_date === null || survey.start_date > now) survey.start_date = now;
  return ok(serializeSurvey(context.project, survey));
}

/** `SurveyViewSet.stop`: sets `end_date` alone, a no-op once ended. */
function stopSurvey(context: ResourceContext, survey: SurveyRecord): ResourceResponse {
  const now = isoNow();
  if (survey.archived) throw validationError(null, "Cannot stop an archived survey. Unarchive it first if needed.");
  if (survey.end_date === null || survey.end_date > now) survey.end_date = now;
  return ok(serializeSurvey(context.project, survey));
}
