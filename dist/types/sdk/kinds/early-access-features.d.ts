import type { FeatureFlag } from "./feature-flags.js";
/** Fields of `earlyAccessFeature()`. */
export interface EarlyAccessFeature {
    key: string;
    name: string;
    /** Shown to people in the opt-in UI; it also carries the identity marker (an HTML comment). */
    description?: string;
    /** `alpha`, `beta` and `general-availability` open the flag to the people who opted in. */
    stage: "draft" | "concept" | "alpha" | "beta" | "general-availability" | "archived";
    /** Shown in the opt-in UI. */
    documentationUrl?: string;
    /** JSON metadata PostHog serves with the feature. */
    payload?: Record<string, unknown>;
    /** The boolean flag that gates the feature; it cannot change after creation. */
    featureFlag: FeatureFlag;
}
/** Defines an early access feature, gated by a feature flag. */
export declare function earlyAccessFeature(spec: EarlyAccessFeature): EarlyAccessFeature;
