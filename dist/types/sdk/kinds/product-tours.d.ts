import type { JsonValue } from "../json.js";
import type { FeatureFlag } from "./feature-flags.js";
/** Fields of `productTour()`. */
export interface ProductTour {
    key: string;
    /** Unique among the project's live tours. */
    name: string;
    /** What the tour is for; it also carries the identity marker (an HTML comment). */
    description?: string;
    /** The step tree as PostHog's tour builder writes it: `steps`, `conditions`, `appearance`, `displayFrequency`, `type`; kept as given. A step's `survey` (`type`, `questionText`, …) becomes a survey PostHog makes and links in the step. */
    content: Record<string, JsonValue>;
    /** Show the tour by itself to matching people (PostHog then creates its internal targeting flag); off by default. */
    autoLaunch?: boolean;
    /** When the tour starts showing, as an ISO 8601 date-time; null (the default) is a draft. */
    startDate?: string | null;
    /** When the tour stops showing, as an ISO 8601 date-time; null (the default) never ends. */
    endDate?: string | null;
    /** Only `false`: the tool leaves archived tours alone. Delete the definition to delete the tour. */
    archived?: boolean;
    /** User targeting added to the internal flag (`groups`, each with only `properties`: PostHog rolls each group out to 100%); needs `autoLaunch`. */
    targetingFlagFilters?: Record<string, JsonValue> | null;
    /** Shows the tour only to people this flag is enabled for (a variant of it with `content.conditions.linkedFlagVariant`). */
    linkedFlag?: FeatureFlag;
}
/** Defines a product tour: steps shown in the app, with its launch window and targeting. */
export declare function productTour(spec: ProductTour): ProductTour;
