import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import type { ConvergeContext } from "./kind.js";

/** The members `_sync_survey_steps` writes into a survey step: the id of the survey it made and of that survey's question. */
export const LINK_MEMBERS = ["linkedSurveyId", "linkedSurveyQuestionId"] as const;
/** `Survey.name` is a `CharField(max_length=400)`, and a step's survey is named `<tour> - Step <n> Survey (<8 hex>)`. */
const SURVEY_NAME_MAX = 400;

function stepsOf(content: JsonValue | undefined): JsonValue[] {
  return isJsonObject(content) && Array.isArray(content.steps) ? content.steps : [];
}

/** A step PostHog makes a survey for: one with a truthy `survey`. */
export function isSurveyStep(step: JsonValue): step is JsonObject {
  return isJsonObject(step) && step.survey !== undefined && step.survey !== null && step.survey !== false && step.survey !== "";
}

/** Whether the content has a survey step, so an update sends the content with the links PostHog made (`convergeSurveySteps`). */
export function hasSurveySteps(content: JsonValue | undefined): boolean {
  return stepsOf(content).some(isSurveyStep);
}

/**
 * `normalize_step` (products/product_tours/backend/api/product_tour.py), which PostHog runs on every
 * write and read: `elementTargeting` derived from the legacy members when missing
 * (`useManualSelector: true` is `manual`; `inferenceData`, or `type: "element"`, which becomes
 * `modal`, is `auto`), then `useManualSelector` true for `manual` and dropped for any other targeting.
 */
function normalizeStep(step: JsonObject): JsonObject {
  const out: JsonObject = { ...step };
  if (!("elementTargeting" in out)) {
    const inference = out.inferenceData;
    const inferred = inference !== undefined && inference !== null && inference !== false && inference !== 0 && inference !== "" && !(Array.isArray(inference) && inference.length === 0) && !(isJsonObject(inference) && Object.keys(inference).length === 0);
    if (out.useManualSelector === true) out.elementTargeting = "manual";
    else if (inferred) out.elementTargeting = "auto";
    else if (out.type === "element") Object.assign(out, { elementTargeting: "auto", type: "modal" });
  }
  if (out.elementTargeting === "manual") out.useManualSelector = true;
  else if (out.elementTargeting !== undefined && out.elementTargeting !== null) delete out.useManualSelector;
  return out;
}

/** The content as PostHog stores it: each step normalised, so a definition in the legacy spelling compares equal to what PostHog keeps. */
export function normalizeSteps(content: JsonObject): JsonObject {
  return Array.isArray(content.steps) ? { ...content, steps: content.steps.map((step) => (isJsonObject(step) ? normalizeStep(step) : step)) } : content;
}

/**
 * Offline, `_validate_launch` for a tour with a start date: a step targeted `manual` needs a
 * `selector`, one targeted `auto` (as `type: "element"` becomes) needs `inferenceData`.
 */
export function checkLaunch(content: JsonValue | undefined, report: (path: string, message: string) => void): void {
  const steps = isJsonObject(content) ? stepsOf(normalizeSteps(content)) : [];
  steps.forEach((step, index) => {
    if (!isJsonObject(step)) return;
    const missing = (value: JsonValue | undefined) => value === undefined || value === null || value === "" || value === false || (isJsonObject(value) && Object.keys(value).length === 0);
    if (step.elementTargeting === "manual" && missing(step.selector)) report(`content.steps.${index}.selector`, `Step ${index + 1} is missing an element selector (PostHog refuses to launch a tour with elementTargeting "manual" and no selector)`);
    if (step.elementTargeting === "auto" && missing(step.inferenceData)) report(`content.steps.${index}`, `Step ${index + 1} requires an element to be selected (elementTargeting "auto", which PostHog gives a step of type "element", needs inferenceData from the toolbar; use elementTargeting "manual" with a selector)`);
  });
}

/** The content as a definition states it: PostHog's links left out of every step, so a tour PostHog linked compares equal. */
export function withoutLinks(content: JsonObject): JsonObject {
  if (!Array.isArray(content.steps)) return content;
  const steps = content.steps.map((step) => {
    if (!isJsonObject(step) || !LINK_MEMBERS.some((name) => name in step)) return step;
    const out: JsonObject = { ...step };
    for (const name of LINK_MEMBERS) delete out[name];
    return out;
  });
  return { ...content, steps };
}

/** The step of `live` that a wanted step is: the one with its `id`, or without one, the one at its place. */
function matchStep(wanted: JsonObject, index: number, live: readonly JsonValue[]): JsonObject | undefined {
  const found = typeof wanted.id === "string" ? live.find((step) => isJsonObject(step) && step.id === wanted.id) : live[index];
  return isJsonObject(found) ? found : undefined;
}

/**
 * The content to send: each survey step with the links PostHog wrote into its matching live step,
 * so PostHog rewrites that survey instead of making another and ending the old one.
 */
export function withLiveLinks(content: JsonObject, live: JsonValue | undefined): JsonObject {
  const liveSteps = stepsOf(live);
  if (!Array.isArray(content.steps)) return content;
  const steps = content.steps.map((step, index) => {
    if (!isSurveyStep(step)) return step;
    const match = matchStep(step, index, liveSteps);
    if (match === undefined || typeof match.linkedSurveyId !== "string") return step;
    const out: JsonObject = { ...step };
    for (const name of LINK_MEMBERS) if (match[name] !== undefined) out[name] = match[name];
    return out;
  });
  return { ...content, steps };
}

/** Offline, what PostHog would fail on or overwrite in a survey step. */
export function checkSurveySteps(content: JsonValue | undefined, name: JsonValue | undefined, report: (path: string, message: string) => void): void {
  stepsOf(content).forEach((step, index) => {
    if (!isJsonObject(step)) return;
    for (const member of LINK_MEMBERS) {
      if (step[member] !== undefined) report(`content.steps.${index}.${member}`, "is written by PostHog (the survey it makes for the step); leave it out, and the tool keeps PostHog's link on every update");
    }
    if (!isSurveyStep(step)) return;
    if (!isJsonObject(step.survey)) report(`content.steps.${index}.survey`, "must be an object (`type`, `questionText`, and for a rating `scale`, `display`, `lowerBoundLabel`, `upperBoundLabel`): PostHog reads its members and fails on anything else");
    else if (typeof name === "string" && `${name.trim()} - Step ${index + 1} Survey (01234567)`.length > SURVEY_NAME_MAX) {
      report(`content.steps.${index}.survey`, `PostHog names the step's survey "<tour name> - Step ${index + 1} Survey (<8 hex>)", which must fit in ${SURVEY_NAME_MAX} characters; shorten the tour's name`);
    }
  });
}

/** The plan's lines on survey steps: which steps get a new survey, which surveys PostHog ends. */
export function summarizeSurveySteps(before: JsonValue | undefined, after: JsonValue | undefined): string[] {
  const old = stepsOf(before);
  const wanted = stepsOf(after);
  const label = (step: JsonObject, index: number) => (typeof step.id === "string" ? `"${step.id}"` : `${index + 1}`);
  const added = wanted.flatMap((step, index) => (isSurveyStep(step) && !isSurveyStep(matchStep(step, index, old) ?? {}) ? [label(step, index)] : []));
  const kept = wanted.filter((step, index) => isSurveyStep(step) && isSurveyStep(matchStep(step, index, old) ?? {})).length;
  const removed = old.flatMap((step, index) => {
    if (!isSurveyStep(step)) return [];
    const successor = typeof step.id === "string" ? wanted.find((other) => isJsonObject(other) && other.id === step.id) : wanted[index];
    return successor !== undefined && isSurveyStep(successor) ? [] : [label(step, index)];
  });
  const lines: string[] = [];
  if (added.length > 0) lines.push(`survey step ${added.join(", ")}: PostHog creates an API survey for it and links it in the step`);
  if (removed.length > 0) lines.push(`survey step ${removed.join(", ")} removed: PostHog ends its survey (sets its end date)`);
  if (kept > 0) lines.push(`PostHog rewrites the question of each linked step survey (${kept}) from its step, with a new question id`);
  return lines;
}

/**
 * On update, the content of a tour with survey steps: sent here, after the tour's own write, with
 * the links PostHog wrote into the live steps (a create sends it whole; there is nothing to keep).
 * Reads first, so a converge run again sends nothing once the content matches.
 */
export async function convergeSurveySteps({ api, id, fields, live }: ConvergeContext): Promise<void> {
  const wanted = fields.content;
  if (!isJsonObject(wanted) || !hasSurveySteps(wanted)) return;
  const path = `product_tours/${id}/`;
  const current = live ?? (await api.get(path));
  if (current === undefined || !isJsonObject(current.content)) return;
  if (isDeepEqual(withoutLinks(current.content), wanted)) return;
  // With the targeting sent, a change of displayFrequency or wait period rebuilds the flag from it, not from
  // PostHog's copy (its deduplication fails on list values: a 500).
  await api.patch(path, { content: withLiveLinks(wanted, current.content), targeting_flag_filters: fields.targeting_flag_filters ?? null });
}
