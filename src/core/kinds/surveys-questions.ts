import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { anyOf, arrayOf, boolean, number, object, oneOf, recordOf, required, sdkType, string, type Report } from "../schema.js";

const branchTarget = sdkType(anyOf(number({ integer: true, min: 0 }), oneOf("end")), { type: 'number | "end"' });
const branching = sdkType(
  anyOf(
    object({ type: required(oneOf("next_question")) }),
    object({ type: required(oneOf("end")) }),
    object({ type: required(oneOf("specific_question")), index: required(number({ integer: true, min: 0 })) }),
    object({ type: required(oneOf("response_based")), responseValues: required(recordOf(branchTarget)) }),
  ),
  {
    name: "SurveyBranching",
    doc: "Where a respondent goes after a question: the next one (the default), the end, the question at `index`, or per answer (`responseValues` maps a choice index or rating bucket to a question index or `\"end\"`).",
  },
);

/** Fields every question type takes (`SurveyBaseQuestionSchemaSerializer`). */
const base = {
  question: required(string({ nonEmpty: true })),
  description: string(),
  descriptionContentType: oneOf("text", "html"),
  optional: boolean,
  buttonText: string(),
  branching,
};

const choices = arrayOf(string({ nonEmpty: true }), { min: 1, max: 20 });

/** One question of a survey, one object type per question type, as PostHog's tool names their fields. */
export const SURVEY_QUESTION = sdkType(
  anyOf(
    sdkType(object({ type: required(oneOf("open")), ...base }), { name: "OpenQuestion", doc: "A free-text question." }),
    sdkType(object({ type: required(oneOf("link")), ...base, link: required(string({ pattern: /^(https:\/\/[^\s/]+\S*|mailto:[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,})$/, patternHint: "must be an https or mailto link" })) }), {
      name: "LinkQuestion",
      doc: "A question with a link (https or mailto) to follow.",
    }),
    sdkType(object({ type: required(oneOf("rating")), ...base, display: required(oneOf("number", "emoji")), scale: required(number({ integer: true, min: 1, max: 10 })), lowerBoundLabel: string(), upperBoundLabel: string(), isNpsQuestion: boolean }), {
      name: "RatingQuestion",
      doc: "A rating on a scale (PostHog offers 3, 5 and 7, and 10 for NPS), shown as numbers or emoji.",
    }),
    sdkType(object({ type: required(oneOf("single_choice")), ...base, choices: required(choices), shuffleOptions: boolean, hasOpenChoice: boolean }), { name: "SingleChoiceQuestion", doc: "One answer out of `choices`; `hasOpenChoice` makes the last one free text." }),
    sdkType(object({ type: required(oneOf("multiple_choice")), ...base, choices: required(choices), shuffleOptions: boolean, hasOpenChoice: boolean }), { name: "MultipleChoiceQuestion", doc: "Any answers out of `choices`; `hasOpenChoice` makes the last one free text." }),
  ),
  { name: "SurveyQuestion", doc: "Any survey question." },
);

/** The question fields the kind manages, in the order plans show them; others PostHog's app writes are kept as they are. */
const MANAGED = ["type", "question", "description", "descriptionContentType", "optional", "buttonText", "link", "display", "scale", "lowerBoundLabel", "upperBoundLabel", "isNpsQuestion", "choices", "shuffleOptions", "hasOpenChoice", "branching"] as const;

/** Values PostHog reads the same as a missing field, so neither side of a plan shows them. */
function isDefault(name: string, value: JsonValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (value === false && ["optional", "shuffleOptions", "hasOpenChoice", "isNpsQuestion"].includes(name)) return true;
  if (value === "" && ["description", "buttonText", "lowerBoundLabel", "upperBoundLabel"].includes(name)) return true;
  if (name === "descriptionContentType" && value === "text") return true;
  return name === "branching" && isJsonObject(value) && value.type === "next_question";
}

/**
 * A question as plans compare it: the managed fields without PostHog's defaults, and without the
 * `id` PostHog assigns on save (`ensure_question_ids`), which a definition never carries.
 */
export function canonicalQuestion(value: JsonValue): JsonObject {
  const source = isJsonObject(value) ? value : {};
  const out: JsonObject = {};
  for (const name of MANAGED) if (!isDefault(name, source[name])) out[name] = source[name]!;
  return out;
}

/** A survey's question list as plans compare it. */
export function canonicalQuestions(value: JsonValue | undefined): JsonObject[] {
  return Array.isArray(value) ? value.map(canonicalQuestion) : [];
}

/**
 * The questions to send on update: each wanted question takes the id (and the fields this tool does
 * not manage) of a live question, so its responses, stored as `$survey_response_<id>`, stay attached.
 * A live question with the same type and text is taken first; then, in order, the first live question
 * of the same type not taken yet (an edited question keeps its id where it moves among the others);
 * the rest go without an id, and PostHog gives them new ones.
 */
export function carryQuestionIds(wanted: readonly JsonObject[], live: JsonValue | undefined): JsonObject[] {
  const current = (Array.isArray(live) ? live : []).filter(isJsonObject);
  const taken = new Set<number>();
  const claim = (index: number) => (index >= 0 && !taken.has(index) && typeof current[index]?.id === "string" ? (taken.add(index), current[index]) : undefined);
  const matches = wanted.map((question) => claim(current.findIndex((c, i) => !taken.has(i) && c.type === question.type && c.question === question.question)));
  return wanted.map((question, position) => {
    const match = matches[position] ?? claim(current.findIndex((c, i) => !taken.has(i) && c.type === question.type));
    if (match === undefined) return question;
    const kept = Object.fromEntries(Object.entries(match).filter(([name]) => !(MANAGED as readonly string[]).includes(name)));
    return { ...kept, ...question, id: match.id! };
  });
}

/**
 * Branching PostHog would refuse or that goes nowhere: a target past the last question, a jump to
 * itself, answer-based branching on a question type that has no answer values to branch on, and
 * branching together with `appearance.shuffleQuestions` (`SurveySerializerCreateUpdateOnly.validate`).
 */
export function validateBranching(questions: readonly JsonValue[], shuffled: boolean, report: Report): void {
  questions.forEach((value, index) => {
    const question = isJsonObject(value) ? value : {};
    const rule = question.branching;
    if (!isJsonObject(rule)) return;
    const path = `questions.${index}.branching`;
    if (shuffled) report(path, "Question shuffling and question branching cannot be used together. Please disable one of these features.");
    const checkTarget = (target: JsonValue | undefined, at: string) => {
      if (typeof target !== "number") return;
      if (target >= questions.length) report(at, `points at question ${target}, but the survey has ${questions.length} question(s) (indices start at 0)`);
      else if (target === index) report(at, "points at its own question");
    };
    if (rule.type === "specific_question") checkTarget(rule.index, `${path}.index`);
    if (rule.type === "response_based") {
      if (question.type !== "rating" && question.type !== "single_choice") report(path, `response-based branching needs a rating or single_choice question, not ${String(question.type)}`);
      if (isJsonObject(rule.responseValues)) for (const [answer, target] of Object.entries(rule.responseValues)) checkTarget(target, `${path}.responseValues.${answer}`);
    }
  });
}
