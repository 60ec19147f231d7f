import { ToolError } from "../errors.js";
import type { JsonObject } from "../json.js";
import { canonicalQuestions, carryQuestionIds } from "./surveys-questions.js";
import type { ConvergeContext } from "./kind.js";

/** The lifecycle a definition declares: PostHog's draft, running (launched) and stopped (completed) surveys. */
export const SURVEY_STATUSES = ["draft", "running", "stopped"] as const;
/** One of {@link SURVEY_STATUSES}. */
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** A survey's lifecycle from its dates, as PostHog's app reads them: launched when started, stopped once it has an end date. */
export function readSurveyStatus(raw: JsonObject): SurveyStatus {
  if (raw.start_date === null || raw.start_date === undefined) return "draft";
  return raw.end_date === null || raw.end_date === undefined ? "running" : "stopped";
}

/**
 * The date writes that move a survey from one state to another, as PostHog's app makes them:
 * launching sets `start_date`, stopping sets `end_date`, resuming clears it, and a draft has
 * neither. The update serializer then turns the targeting flags on or off to match
 * (`_should_survey_flags_be_active`); the `launch/` and `stop/` actions save the date alone and
 * leave those flags as they were, so they are not used.
 */
export function lifecycleWrite(from: SurveyStatus, to: SurveyStatus, now: () => string): JsonObject {
  if (from === to) return {};
  if (to === "draft") return { start_date: null, end_date: null };
  if (to === "running") return from === "draft" ? { start_date: now() } : { end_date: null };
  return from === "draft" ? { start_date: now(), end_date: now() } : { end_date: now() };
}

/** The summary line of a lifecycle change, in the words PostHog's activity log uses. */
export function describeLifecycle(from: SurveyStatus, to: SurveyStatus): string {
  if (to === "running") return from === "draft" ? "launch survey: it starts collecting responses (start date set at apply)" : "resume survey: its end date is cleared and it collects responses again";
  if (to === "stopped") return from === "draft" ? "launch and stop survey: it never shows (start and end dates set at apply)" : "stop survey: no new responses (end date set at apply); collected responses stay";
  return "survey back to draft: its start and end dates are cleared; collected responses stay";
}

/**
 * After the survey's own write: the questions, sent with the ids PostHog gave the live ones (an
 * update without them would give every question a new id and orphan its responses), and the
 * lifecycle's dates, taken from the clock at apply, in one PATCH. It reads the survey first, so a
 * second run after a lost answer sends only what is still missing.
 */
export async function convergeSurvey({ api, id, fields, clock }: ConvergeContext): Promise<void> {
  const path = `surveys/${id}/`;
  const live = await api.get(path);
  if (!live) return;
  const body: JsonObject = {};
  const wanted = fields.questions as JsonObject[];
  if (JSON.stringify(canonicalQuestions(live.questions)) !== JSON.stringify(wanted)) body.questions = carryQuestionIds(wanted, live.questions);
  const status = fields.status as SurveyStatus | undefined;
  if (status !== undefined && status !== readSurveyStatus(live)) {
    if (clock === undefined) throw new ToolError("internal", `survey ${id} must become ${status}, which sets its dates, but this apply was given no clock`);
    Object.assign(body, lifecycleWrite(readSurveyStatus(live), status, () => clock.now().toISOString()));
  }
  if (Object.keys(body).length > 0) await api.patch(path, body);
}
