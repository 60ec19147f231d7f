import type { JsonValue } from "../json.js";
/** Fields of `productTour()`. */
export interface ProductTour {
    key: string;
    /** Unique among the project's live tours. */
    name: string;
    /** What the tour is for; it also carries the identity marker (an HTML comment). */
    description?: string;
    /** The step tree as PostHog's tour builder writes it: `steps`, `conditions`, `appearance`, `displayFrequency`, `type`; kept as given. */
    content: Record<string, JsonValue>;
    /** Show the tour by itself to matching people (PostHog then creates its internal targeting flag); off by default. */
    autoLaunch?: boolean;
    /** When the tour starts showing, as an ISO 8601 date-time; null (the default) is a draft. */
    startDate?: string | null;
    /** When the tour stops showing, as an ISO 8601 date-time; null (the default) never ends. */
    endDate?: string | null;
    /** Only `false`: an archived tour leaves PostHog's API. Delete the definition to archive the tour. */
    archived?: boolean;
    /** User targeting added to the internal flag (`groups`, each with `properties`); needs `autoLaunch`. */
    targetingFlagFilters?: Record<string, JsonValue> | null;
}
/** Defines a product tour: steps shown in the app, with its launch window and targeting. */
export declare function productTour(spec: ProductTour): ProductTour;
