import type { PropertyFilter } from "../filters.js";
import type { Action } from "./actions.js";
import type { FeatureFlag } from "./feature-flags.js";
/** Where a respondent goes after a question: the next one (the default), the end, the question at `index`, or per answer (`responseValues` maps a choice index or rating bucket to a question index or `"end"`). */
export type SurveyBranching = {
    type: "next_question";
} | {
    type: "end";
} | {
    type: "specific_question";
    index: number;
} | {
    type: "response_based";
    responseValues: Record<string, number | "end">;
};
/** A free-text question. */
export interface OpenQuestion {
    type: "open";
    question: string;
    description?: string;
    descriptionContentType?: "text" | "html";
    optional?: boolean;
    buttonText?: string;
    branching?: SurveyBranching;
}
/** A question with a link (https or mailto) to follow. */
export interface LinkQuestion {
    type: "link";
    question: string;
    description?: string;
    descriptionContentType?: "text" | "html";
    optional?: boolean;
    buttonText?: string;
    branching?: SurveyBranching;
    link: string;
}
/** A rating on a scale (PostHog offers 3, 5 and 7, and 10 for NPS), shown as numbers or emoji. */
export interface RatingQuestion {
    type: "rating";
    question: string;
    description?: string;
    descriptionContentType?: "text" | "html";
    optional?: boolean;
    buttonText?: string;
    branching?: SurveyBranching;
    display: "number" | "emoji";
    scale: number;
    lowerBoundLabel?: string;
    upperBoundLabel?: string;
    isNpsQuestion?: boolean;
}
/** One answer out of `choices`; `hasOpenChoice` makes the last one free text. */
export interface SingleChoiceQuestion {
    type: "single_choice";
    question: string;
    description?: string;
    descriptionContentType?: "text" | "html";
    optional?: boolean;
    buttonText?: string;
    branching?: SurveyBranching;
    choices: string[];
    shuffleOptions?: boolean;
    hasOpenChoice?: boolean;
}
/** Any answers out of `choices`; `hasOpenChoice` makes the last one free text. */
export interface MultipleChoiceQuestion {
    type: "multiple_choice";
    question: string;
    description?: string;
    descriptionContentType?: "text" | "html";
    optional?: boolean;
    buttonText?: string;
    branching?: SurveyBranching;
    choices: string[];
    shuffleOptions?: boolean;
    hasOpenChoice?: boolean;
}
/** Any survey question. */
export type SurveyQuestion = OpenQuestion | LinkQuestion | RatingQuestion | SingleChoiceQuestion | MultipleChoiceQuestion;
/** Where and when the survey shows: URL, CSS selector, device types, events, actions (by object: PostHog links them), the wait after another survey, the linked flag's variant. */
export interface SurveyConditions {
    url?: string;
    urlMatchType?: "regex" | "not_regex" | "exact" | "is_not" | "icontains" | "not_icontains";
    selector?: string;
    deviceTypes?: ("Desktop" | "Mobile" | "Tablet")[];
    deviceTypesMatchType?: "regex" | "not_regex" | "exact" | "is_not" | "icontains" | "not_icontains";
    seenSurveyWaitPeriodInDays?: number;
    linkedFlagVariant?: string;
    events?: {
        repeatedActivation?: boolean;
        values?: {
            name: string;
        }[];
    };
    actions?: Action[];
}
/** A condition on who sees the survey; PostHog keeps it on a targeting flag it creates for the survey. */
export interface SurveyTargetingGroup {
    properties?: PropertyFilter[];
    rollout_percentage?: number | null;
}
/** Fields of `survey()`. */
export interface Survey {
    key: string;
    /** Unique among the project's surveys. */
    name: string;
    /** Internal notes; it also carries the identity marker (an HTML comment). */
    description?: string;
    /** How it shows: a popover, a feedback widget, a hosted page (`external_survey`), or your own UI (`api`). */
    type: "popover" | "widget" | "external_survey" | "api";
    /** In order; PostHog keeps each question's id across edits, so its responses stay with it. */
    questions: SurveyQuestion[];
    /** Colours, texts and placement (`backgroundColor`, `submitButtonText`, `displayThankYouMessage`, `position`, `shuffleQuestions`, …), as PostHog stores them. */
    appearance?: {
        [setting: string]: unknown;
    };
    /** Where and when the survey shows. */
    conditions?: SurveyConditions;
    /** Shows the survey only to people this flag is enabled for (a variant of it with `conditions.linkedFlagVariant`). */
    linkedFlag?: FeatureFlag;
    /** Who sees the survey, as release conditions; PostHog keeps them on a targeting flag it creates, which this tool never manages as a flag. */
    targeting?: SurveyTargetingGroup[];
    /** `draft` (not started), `running` (launched) or `stopped` (completed); apply sets PostHog's start and end dates. Without it, the lifecycle is left to PostHog's app. */
    status?: "draft" | "running" | "stopped";
    /** Archived surveys stop showing and leave the list. */
    archived?: boolean;
    /** PostHog stops the survey after this many responses. */
    responsesLimit?: number | null;
    /** Keep answers of people who did not finish. */
    enablePartialResponses?: boolean;
    /** `once` per person (the default), `recurring`, or `always` when its conditions match. */
    schedule?: "once" | "recurring" | "always";
}
/** Defines a survey: its questions, where it shows, who sees it, and whether it is running. */
export declare function survey(spec: Survey): Survey;
