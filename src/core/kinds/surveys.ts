import { checkEdgeWhitespace, stripCharField } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef } from "../model.js";
import { dropNulls, flagOr, textOrEmpty, valueOr } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { arrayOf, boolean, field, json, nullable, number, object, oneOf, recordOf, ref, required, sdkType, string, type Report } from "../schema.js";
import { compactSpec, slugKey, specRef, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";
import { desiredSurveyActions, observedSurveyActions, surveyActionsPayload, surveyActionsSpec } from "./surveys-actions.js";
import { convergeSurvey, describeLifecycle, readSurveyStatus, SURVEY_STATUSES, type SurveyStatus } from "./surveys-lifecycle.js";
import { canonicalQuestions, SURVEY_QUESTION, validateBranching } from "./surveys-questions.js";

/** The name `ProductTourSerializerCreateUpdateOnly._sync_survey_steps` gives the survey of a tour's step. */
const TOUR_STEP_SURVEY = / - Step \d+ Survey \([0-9a-f]{8}\)$/;
/** `SURVEY_MATCH_TYPE_CHOICES`. */
const MATCH_TYPES = ["regex", "not_regex", "exact", "is_not", "icontains", "not_icontains"] as const;
/** `CONDITION_FIELDS_NOT_APPLICABLE_TO_EXTERNAL_SURVEYS`, plus events with values. */
const NOT_FOR_EXTERNAL = ["url", "urlMatchType", "selector", "seenSurveyWaitPeriodInDays", "linkedFlagVariant", "deviceTypes", "deviceTypesMatchType"];

const conditions = sdkType(
  object({
    url: string(),
    urlMatchType: oneOf(...MATCH_TYPES),
    selector: string(),
    deviceTypes: arrayOf(oneOf("Desktop", "Mobile", "Tablet")),
    deviceTypesMatchType: oneOf(...MATCH_TYPES),
    seenSurveyWaitPeriodInDays: number({ integer: true, min: 0 }),
    linkedFlagVariant: string(),
    events: object({ repeatedActivation: boolean, values: arrayOf(object({ name: required(string({ nonEmpty: true })) })) }),
    actions: arrayOf(ref("actions", "action")),
  }),
  { name: "SurveyConditions", doc: "Where and when the survey shows: URL, CSS selector, device types, events, actions (by object: PostHog links them), the wait after another survey, the linked flag's variant." },
);

const targetingGroup = sdkType(object({ properties: sdkType(arrayOf(json), { type: "PropertyFilter[]" }), rollout_percentage: nullable(number({ min: 0, max: 100 })) }), {
  name: "SurveyTargetingGroup",
  doc: "A condition on who sees the survey; PostHog keeps it on a targeting flag it creates for the survey.",
});

/** Conditions as compared, with the linked actions' keys (sorted) when there are any. */
function withActions(conditions: JsonObject, actions: readonly string[]): JsonObject {
  return actions.length > 0 ? { ...conditions, actions: [...actions] } : conditions;
}

/** Conditions as compared, without the actions: PostHog's app writes blank strings and empty event lists for what is not set. */
function canonicalConditions(value: JsonValue | undefined): JsonObject {
  if (!isJsonObject(value)) return {};
  const out: JsonObject = {};
  for (const [name, member] of Object.entries(value)) {
    if (member === null || member === "" || name === "actions") continue;
    if (name === "events" && (!isJsonObject(member) || !Array.isArray(member.values) || member.values.length === 0)) continue;
    out[name] = member;
  }
  return out;
}

/** Targeting groups as compared: a null rollout is everyone, as PostHog reads it. */
function canonicalTargeting(value: JsonValue | undefined): JsonObject[] | null {
  if (!Array.isArray(value)) return null;
  return value.map((group) => {
    const source = isJsonObject(group) ? group : {};
    return { properties: Array.isArray(source.properties) ? source.properties.map(dropNulls) : [], rollout_percentage: valueOr(source.rollout_percentage, 100) };
  });
}

function validateSurvey(spec: JsonObject, report: Report): void {
  checkEdgeWhitespace(spec, { name: "name" }, report);
  if (spec.targetingFlag !== undefined) {
    report("targetingFlag", "is not supported: PostHog turns a survey's targeting flag on and off with the survey and deletes it with the survey (and can detach it only by deleting it), so a managed flag is never handed to a survey; declare who sees the survey as `targeting`, which PostHog keeps on a flag of its own");
  }
  const questions = Array.isArray(spec.questions) ? spec.questions : [];
  validateBranching(questions, isJsonObject(spec.appearance) && spec.appearance.shuffleQuestions === true, report);
  const groups = Array.isArray(spec.targeting) ? spec.targeting : [];
  if (groups.some((group) => isJsonObject(group) && (group.rollout_percentage === undefined || group.rollout_percentage === null || group.rollout_percentage === 100) && !(Array.isArray(group.properties) && group.properties.length > 0))) {
    report("targeting", "Invalid operation: User targeting rolls out to everyone. If you want to roll out to everyone, delete this targeting");
  }
  const when = isJsonObject(spec.conditions) ? spec.conditions : {};
  if (typeof when.linkedFlagVariant === "string" && when.linkedFlagVariant !== "" && spec.linkedFlag === undefined) report("conditions.linkedFlagVariant", "linkedFlagVariant can only be used when a linked_flag_id is specified");
  if (spec.type !== "external_survey") return;
  if (spec.linkedFlag !== undefined) report("linkedFlag", "linked_flag_id is not allowed for external surveys");
  if (spec.targeting !== undefined) report("targeting", "targeting_flag_filters is not allowed for external surveys");
  const withValues = [...(Array.isArray(when.actions) && when.actions.length > 0 ? ["actions"] : []), ...(isJsonObject(when.events) && Array.isArray(when.events.values) && when.events.values.length > 0 ? ["events"] : [])];
  const refused = [...NOT_FOR_EXTERNAL.filter((name) => when[name] !== undefined), ...withValues];
  if (refused.length > 0) report("conditions", `The following condition fields are not allowed for external surveys: ${refused.join(", ")}`);
  if (isJsonObject(spec.appearance) && spec.appearance.surveyPopupDelaySeconds !== undefined) report("appearance.surveyPopupDelaySeconds", "surveyPopupDelaySeconds is not allowed for external surveys");
}

/** Pulled conditions: the linked actions as references. */
function specConditions(conditions: JsonObject, warn: (message: string) => void): JsonObject {
  const { actions, ...rest } = conditions;
  if (!Array.isArray(actions)) return rest;
  const refs = surveyActionsSpec(actions as string[], warn);
  return refs.length > 0 ? { ...rest, actions: refs } : rest;
}

function summarizeSurvey(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (before === undefined || after === undefined) return [];
  const touched = (name: string) => changes.some((change) => change.path === name || change.path.startsWith(`${name}.`));
  const lines: string[] = [];
  if (touched("status")) lines.push(describeLifecycle(before.status as SurveyStatus, after.status as SurveyStatus));
  if (touched("archived")) lines.push(after.archived === true ? "archive survey: it stops showing" : "unarchive survey");
  const counts = [before, after].map((side) => (Array.isArray(side.questions) ? side.questions.length : 0));
  if (touched("questions")) lines.push(counts[0] === counts[1] ? "questions edited; each keeps the id its responses are stored under" : `questions ${counts[0]} → ${counts[1]}`);
  if (touched("linked_flag")) lines.push(`linked flag ${String(before.linked_flag ?? "none")} → ${String(after.linked_flag ?? "none")}`);
  if (touched("targeting")) lines.push(after.targeting === null ? "remove targeting: PostHog deletes the survey's targeting flag" : before.targeting === null ? "add targeting: PostHog creates a targeting flag for the survey" : "targeting changed on the survey's targeting flag");
  return lines;
}

function warnSurvey(changes: readonly FieldChange[], before: JsonObject | undefined): string[] {
  if (before?.status !== "running" || !changes.some((change) => change.path === "questions" || change.path.startsWith("questions."))) return [];
  return ["the survey is running: people answering it now may see the new questions; a question whose type changes gets a new id, so its earlier answers are reported apart"];
}

/**
 * Surveys: questions of every type with branching, appearance, display conditions, a linked flag
 * by reference, targeting (a flag PostHog creates and owns for the survey), and a declared
 * lifecycle that sets PostHog's start and end dates at apply. `SurveySerializer` takes no tags, so
 * identity is a description marker, as PostHog's tool writes it. Deleting is a real DELETE, which
 * also deletes the survey's targeting flags.
 */
export const surveys: KindModule<"surveys"> = defineKind({
  name: "surveys",
  label: "survey",
  constructorName: "survey",
  folder: "surveys",
  references: ["feature-flags", "actions"],
  sdk: { spec: "Survey", doc: "Fields of `survey()`.", constructorDoc: "Defines a survey: its questions, where it shows, who sees it, and whether it is running." },
  readme: { resource: "Surveys", sdk: "`survey()` with questions of every type, branching, appearance, conditions, a linked flag, targeting and a draft/running/stopped lifecycle", identity: "description marker" },
  ui: { path: "surveys" },
  activityScope: "Survey",
  api: { collection: "surveys", remove: "hard" },
  declaredOnly: ["status"],
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: field(string({ nonEmpty: true, max: 400 }), { required: true, doc: "Unique among the project's surveys." }),
    description: field(string(), { doc: "Internal notes; it also carries the identity marker (an HTML comment)." }),
    type: field(oneOf("popover", "widget", "external_survey", "api"), { required: true, doc: "How it shows: a popover, a feedback widget, a hosted page (`external_survey`), or your own UI (`api`)." }),
    questions: field(arrayOf(SURVEY_QUESTION, { min: 1 }), { required: true, doc: "In order; PostHog keeps each question's id across edits, so its responses stay with it." }),
    appearance: field(sdkType(recordOf(json), { type: "{ [setting: string]: unknown }" }), { doc: "Colours, texts and placement (`backgroundColor`, `submitButtonText`, `displayThankYouMessage`, `position`, `shuffleQuestions`, …), as PostHog stores them." }),
    conditions: field(conditions, { doc: "Where and when the survey shows." }),
    linkedFlag: field(ref("feature-flags", "feature flag"), { doc: "Shows the survey only to people this flag is enabled for (a variant of it with `conditions.linkedFlagVariant`)." }),
    targetingFlag: field(json, { internal: true }),
    targeting: field(arrayOf(targetingGroup, { min: 1 }), { doc: "Who sees the survey, as release conditions; PostHog keeps them on a targeting flag it creates, which this tool never manages as a flag." }),
    status: field(oneOf(...SURVEY_STATUSES), { doc: "`draft` (not started), `running` (launched) or `stopped` (completed); apply sets PostHog's start and end dates. Without it, the lifecycle is left to PostHog's app." }),
    archived: field(boolean, { doc: "Archived surveys stop showing and leave the list." }),
    responsesLimit: field(nullable(number({ integer: true, min: 1 })), { doc: "PostHog stops the survey after this many responses." }),
    enablePartialResponses: field(boolean, { doc: "Keep answers of people who did not finish." }),
    schedule: field(oneOf("once", "recurring", "always"), { doc: "`once` per person (the default), `recurring`, or `always` when its conditions match." }),
  }),
  validate: validateSurvey,
  toDesired(spec) {
    const flag = readRef(spec.linkedFlag);
    const actions = desiredSurveyActions(spec.conditions);
    const fields: JsonObject = {
      // DRF trims CharField input.
      name: stripCharField(textOrEmpty(spec.name)),
      description: stripCharField(textOrEmpty(spec.description)),
      type: String(spec.type),
      questions: canonicalQuestions(spec.questions),
      appearance: isJsonObject(spec.appearance) ? spec.appearance : {},
      conditions: withActions(canonicalConditions(spec.conditions), actions.keys),
      linked_flag: flag?.key ?? null,
      targeting: canonicalTargeting(spec.targeting),
      archived: flagOr(spec.archived, false),
      responses_limit: valueOr(spec.responsesLimit, null),
      enable_partial_responses: flagOr(spec.enablePartialResponses, false),
      schedule: valueOr(spec.schedule, "once"),
    };
    if (typeof spec.status === "string") fields.status = spec.status;
    return { fields, dependsOn: [...(flag ? [flag] : []), ...actions.dependsOn] };
  },
  identify(raw) {
    return readIdentityMarker("surveys", raw.description);
  },
  // The surveys PostHog makes for a product tour's survey steps (`_sync_survey_steps`: type `api`, named
  // `<tour> - Step <n> Survey (<8 hex>)`, no description): the product-tours kind manages them through the tour.
  serverOwned: (raw) => raw.type === "api" && typeof raw.name === "string" && TOUR_STEP_SURVEY.test(raw.name) && readIdentityMarker("surveys", raw.description) === undefined,
  unique: { field: "name", desired: (_key, fields) => fields.name as string, live: (raw) => raw.name },
  toObserved(raw, lookup) {
    const flagId = isJsonObject(raw.linked_flag) ? raw.linked_flag.id : raw.linked_flag_id;
    const targeting = isJsonObject(raw.targeting_flag) && isJsonObject(raw.targeting_flag.filters) ? raw.targeting_flag.filters.groups : undefined;
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      type: textOrEmpty(raw.type),
      questions: canonicalQuestions(raw.questions),
      appearance: isJsonObject(raw.appearance) ? raw.appearance : {},
      conditions: withActions(canonicalConditions(raw.conditions), observedSurveyActions(raw.conditions, lookup)),
      linked_flag: typeof flagId === "number" || typeof flagId === "string" ? (lookup.keyOf("feature-flags", flagId) ?? `#${String(flagId)}`) : null,
      targeting: canonicalTargeting(targeting),
      archived: flagOr(raw.archived, false),
      responses_limit: valueOr(raw.responses_limit, null),
      enable_partial_responses: flagOr(raw.enable_partial_responses, false),
      schedule: valueOr(raw.schedule, "once"),
      status: readSurveyStatus(raw),
    };
  },
  toPayload(key, fields, lookup, action, before) {
    const appearance = fields.appearance as JsonObject;
    const { actions, ...rest } = fields.conditions as JsonObject;
    // Sent whole on every write: PostHog relinks the actions from each write's conditions and unlinks them all when there are none.
    const when: JsonObject = Array.isArray(actions) ? { ...rest, actions: surveyActionsPayload(actions as string[], lookup) } : rest;
    const flag = fields.linked_flag as string | null;
    const payload: JsonObject = {
      name: fields.name as string,
      description: appendIdentityMarker("surveys", key, fields.description),
      type: fields.type as string,
      // Empty settings are sent as null, what PostHog stores when there are none.
      appearance: Object.keys(appearance).length > 0 ? appearance : null,
      conditions: Object.keys(when).length > 0 ? when : null,
      linked_flag_id: flag === null ? null : (lookup.idOf({ kind: "feature-flags", key: flag }) ?? null),
      archived: fields.archived as boolean,
      responses_limit: fields.responses_limit as number | null,
      enable_partial_responses: fields.enable_partial_responses as boolean,
      schedule: fields.schedule as string,
    };
    // On update the questions go out in the converge step, with the ids PostHog gave them.
    if (action === "create") payload.questions = fields.questions as JsonObject[];
    const targeting = fields.targeting as JsonObject[] | null;
    const current = before?.targeting ?? null;
    if (targeting !== null && (action === "create" || JSON.stringify(targeting) !== JSON.stringify(current))) payload.targeting_flag_filters = { groups: targeting };
    if (targeting === null && action === "update" && current !== null) payload.remove_targeting_flag = true;
    return payload;
  },
  converge: convergeSurvey,
  proposeKey(raw) {
    const slug = slugKey(raw.name, `survey-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `survey-${slug}`;
  },
  toSpec(fields, key, warn) {
    const flag = fields.linked_flag as string | null;
    if (flag !== null && flag.startsWith("#")) warn(`is linked to feature flag ${flag}, which is not pulled; the link is left out`);
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      type: fields.type,
      questions: fields.questions,
      appearance: unlessDefault(fields.appearance, {}),
      conditions: unlessDefault(specConditions(fields.conditions as JsonObject, warn), {}),
      linkedFlag: flag === null || flag.startsWith("#") ? undefined : specRef("feature-flags", flag),
      targeting: fields.targeting ?? undefined,
      status: fields.status,
      archived: unlessDefault(fields.archived, false),
      responsesLimit: unlessDefault(fields.responses_limit, null),
      enablePartialResponses: unlessDefault(fields.enable_partial_responses, false),
      schedule: unlessDefault(fields.schedule, "once"),
    });
  },
  summarize: summarizeSurvey,
  warn: (changes, before) => warnSurvey(changes, before),
});
