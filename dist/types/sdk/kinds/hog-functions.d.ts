import type { JsonValue } from "../json.js";
import type { Secret } from "../secrets.js";
/** Fields of `hogFunction()`. */
export interface HogFunction {
    key: string;
    /** A destination sends events elsewhere; a transformation changes them during ingestion. */
    type: "destination" | "transformation";
    name: string;
    /** It also carries the identity marker (an HTML comment). */
    description?: string;
    /** The template the function is built from (`template-webhook`); PostHog copies its code and input schema on create. */
    templateId: string;
    /** Whether it runs (true by default). */
    enabled?: boolean;
    /** Values of the template's inputs by key; secret ones as `secret("VARIABLE")`. */
    inputs?: Record<string, JsonValue | Secret>;
    /** Which events trigger it, in PostHog's filter form (`events`, `actions`, `properties`, `filter_test_accounts`). */
    filters?: {
        events?: JsonValue[];
        actions?: JsonValue[];
        properties?: JsonValue[];
        filter_test_accounts?: boolean;
    };
    /** Runs at most once per `hash` (a template such as `{person.id}`) every `ttl` seconds. */
    masking?: {
        ttl: number;
        hash: string;
        threshold?: number | null;
    };
    /** A transformation's place among the project's transformations; PostHog puts a new one last when it is not given. */
    executionOrder?: number;
}
/** Defines a destination or transformation from one of PostHog's templates; secret inputs are named with `secret()`. */
export declare function hogFunction(spec: HogFunction): HogFunction;
