import { describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import { appendIdentityMarker } from "../../src/core/identity.js";
import type { JsonObject } from "../../src/core/json.js";
import { featureFlags } from "../../src/core/kinds/feature-flags.js";
import { lifecycleWrite, readSurveyStatus } from "../../src/core/kinds/surveys-lifecycle.js";
import { carryQuestionIds } from "../../src/core/kinds/surveys-questions.js";
import { surveys } from "../../src/core/kinds/surveys.js";

const base: JsonObject = { key: "nps", name: "NPS", type: "popover", questions: [{ type: "open", question: "Why?" }], linkedFlag: { $ref: "feature-flags/beta" } };
const lookup = { keyOf: (kind: string, id: string | number) => (kind === "feature-flags" && id === 3 ? "beta" : undefined), rows: () => [] };
const flag = { kind: "feature-flags" as const, key: "beta", spec: { key: "beta", filters: { groups: [{ rollout_percentage: 10 }] } } };
const problems = (spec: JsonObject) => buildDesiredState([flag, { kind: "surveys", key: String(spec.key), spec }]).diagnostics.map((d) => `${d.field}: ${d.message}`);
const { linkedFlag: _linked, ...unlinked } = base;

describe("surveys", () => {
  it("compares what PostHog returns: the marker stripped, the flag as a key, question ids and PostHog's defaults left out", () => {
    const desired = surveys.toDesired({ ...base, description: " Quarterly " });
    expect(desired.dependsOn).toEqual([{ kind: "feature-flags", key: "beta" }]);
    const live = surveys.toObserved(
      {
        id: "u",
        name: "NPS",
        description: appendIdentityMarker("surveys", "nps", "Quarterly"),
        type: "popover",
        questions: [{ id: "q1", type: "open", question: "Why?", optional: false, description: "", descriptionContentType: "text", branching: { type: "next_question" } }],
        appearance: null,
        conditions: { url: "", selector: "", events: { values: [] } },
        linked_flag: { id: 3, key: "beta" },
        targeting_flag: null,
        start_date: null,
        end_date: null,
        archived: false,
        responses_limit: null,
        enable_partial_responses: false,
        schedule: "once",
      },
      lookup,
    );
    const { status, ...compared } = live;
    expect(compared).toEqual(desired.fields);
    expect(status).toBe("draft");
    expect(surveys.declaredOnly).toEqual(["status"]);
    expect(surveys.identify({ description: "x\n\n<!-- iac:surveys:nps iac:hash:1a2b3c4d5e6f7a8b -->" })).toBe("nps");
  });

  it("sends questions on create only, targeting only when it changed, and removes targeting that was dropped", () => {
    const targeting = [{ properties: [{ key: "plan", type: "person", operator: "exact", value: ["pro"] }], rollout_percentage: 50 }];
    const { fields } = surveys.toDesired({ ...base, targeting });
    const create = surveys.toPayload("nps", fields, { idOf: () => 3 }, "create");
    expect(create).toMatchObject({ questions: [{ type: "open", question: "Why?" }], linked_flag_id: 3, targeting_flag_filters: { groups: targeting }, appearance: null, conditions: null });
    expect(surveys.toPayload("nps", fields, { idOf: () => 3 }, "update", fields)).not.toHaveProperty("questions");
    expect(surveys.toPayload("nps", fields, { idOf: () => 3 }, "update", fields)).not.toHaveProperty("targeting_flag_filters");
    const without = surveys.toDesired(base).fields;
    expect(surveys.toPayload("nps", without, { idOf: () => 3 }, "update", fields)).toMatchObject({ remove_targeting_flag: true });
  });

  it("carries each live question's id, and the fields PostHog's app wrote, onto the question that takes its place", () => {
    const live: JsonObject[] = [
      { id: "a", type: "open", question: "Why?", skipSubmitButton: true },
      { id: "b", type: "rating", question: "Score?", display: "number", scale: 5 },
      { id: "c", type: "open", question: "Anything else?" },
    ];
    const wanted: JsonObject[] = [
      { type: "open", question: "Anything else?" },
      { type: "rating", question: "Score, really?", display: "number", scale: 10 },
      { type: "single_choice", question: "Plan?", choices: ["Free", "Pro"] },
      { type: "open", question: "Why, exactly?" },
    ];
    expect(carryQuestionIds(wanted, live)).toEqual([
      { type: "open", question: "Anything else?", id: "c" },
      { type: "rating", question: "Score, really?", display: "number", scale: 10, id: "b" },
      { type: "single_choice", question: "Plan?", choices: ["Free", "Pro"] },
      { skipSubmitButton: true, type: "open", question: "Why, exactly?", id: "a" },
    ]);
  });

  it("reads the lifecycle from the dates and writes only dates the clock gives", () => {
    expect(readSurveyStatus({ start_date: null, end_date: null })).toBe("draft");
    expect(readSurveyStatus({ start_date: "2024-05-01T00:00:00Z", end_date: null })).toBe("running");
    expect(readSurveyStatus({ start_date: "2024-05-01T00:00:00Z", end_date: "2024-06-01T00:00:00Z" })).toBe("stopped");
    const now = () => "2026-01-01T00:00:00.000Z";
    expect(lifecycleWrite("draft", "running", now)).toEqual({ start_date: now() });
    expect(lifecycleWrite("running", "stopped", now)).toEqual({ end_date: now() });
    expect(lifecycleWrite("stopped", "running", now)).toEqual({ end_date: null });
    expect(lifecycleWrite("draft", "stopped", now)).toEqual({ start_date: now(), end_date: now() });
    expect(lifecycleWrite("stopped", "draft", now)).toEqual({ start_date: null, end_date: null });
    expect(lifecycleWrite("running", "running", now)).toEqual({});
  });

  it("refuses what PostHog refuses, at the field, before anything is sent", () => {
    expect(problems({ ...base, targeting: [{ properties: [], rollout_percentage: 100 }] })).toEqual(["targeting: Invalid operation: User targeting rolls out to everyone. If you want to roll out to everyone, delete this targeting"]);
    expect(problems({ ...unlinked, conditions: { linkedFlagVariant: "test" } })).toEqual(["conditions.linkedFlagVariant: linkedFlagVariant can only be used when a linked_flag_id is specified"]);
    expect(problems({ ...base, appearance: { shuffleQuestions: true }, questions: [{ type: "open", question: "Why?", branching: { type: "end" } }] })).toEqual([
      "questions.0.branching: Question shuffling and question branching cannot be used together. Please disable one of these features.",
    ]);
    expect(problems({ ...base, questions: [{ type: "open", question: "Why?", branching: { type: "specific_question", index: 3 } }, { type: "open", question: "Next?" }] })).toEqual([
      "questions.0.branching.index: points at question 3, but the survey has 2 question(s) (indices start at 0)",
    ]);
    expect(problems({ ...base, questions: [{ type: "multiple_choice", question: "Which?", choices: ["a", "b"], branching: { type: "response_based", responseValues: { a: "end" } } }] })).toEqual([
      "questions.0.branching: response-based branching needs a rating or single_choice question, not multiple_choice",
    ]);
    expect(problems({ ...base, type: "external_survey", conditions: { url: "/x" } })).toEqual(["linkedFlag: linked_flag_id is not allowed for external surveys", "conditions: The following condition fields are not allowed for external surveys: url"]);
    expect(problems({ ...base, questions: [{ type: "link", question: "Go", link: "http://example.com" }] })[0]).toMatch(/^questions\.0/);
    expect(problems({ ...base, targetingFlag: { $ref: "feature-flags/beta" } })[0]).toMatch(/^targetingFlag: is not supported: PostHog turns a survey's targeting flag on and off with the survey and deletes it with the survey/);
  });

  it("summarises lifecycle, question and targeting changes in PostHog's words, and warns about editing a running survey", () => {
    const before: JsonObject = { ...surveys.toDesired(base).fields, status: "draft", targeting: null };
    const after: JsonObject = { ...before, status: "running", questions: [...(before.questions as JsonObject[]), { type: "open", question: "More?" }], targeting: [{ properties: [{ key: "a" }], rollout_percentage: 10 }] };
    const changes = [{ path: "status", before: "draft", after: "running" }, { path: "questions.1", after: {} }, { path: "targeting", before: null, after: [] }] as never;
    expect(surveys.summarize!(changes, before, after)).toEqual([
      "launch survey: it starts collecting responses (start date set at apply)",
      "questions 1 → 2",
      "add targeting: PostHog creates a targeting flag for the survey",
    ]);
    expect(surveys.warn!(changes, { ...before, status: "running" }, after)).toEqual([
      "the survey is running: people answering it now may see the new questions; a question whose type changes gets a new id, so its earlier answers are reported apart",
    ]);
  });

  it("leaves PostHog's survey targeting flags out of the flags kind", () => {
    expect(featureFlags.serverOwned?.({ key: "survey-targeting-0a1b2c3d4e-custom" })).toBe(true);
    expect(featureFlags.serverOwned?.({ key: "survey-targeting-0a1b2c3d4e" })).toBe(true);
    expect(featureFlags.serverOwned?.({ key: "checkout" })).toBe(false);
  });
});
