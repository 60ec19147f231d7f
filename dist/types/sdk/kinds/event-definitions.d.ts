import type { PropertyGroup } from "./property-groups.js";
/** Fields of `eventDefinition()`; the event name is its key unless `key` is given, kept literal (like the groups) for typed capture. */
export interface EventDefinition<N extends string = string, G extends readonly PropertyGroup[] = readonly PropertyGroup[]> {
    /** The identity of the definition (its `iac:event-definitions:<key>` tag); the event name unless given, as PostHog's tool allows. */
    key?: string;
    /** The event name, as `capture()` sends it; PostHog cannot rename an event definition. */
    name: N;
    description?: string;
    tags?: string[];
    verified?: boolean;
    hidden?: boolean;
    enforcement_mode?: "allow" | "reject";
    /** PostHog's tool's spelling of `enforcement_mode`. */
    enforcementMode?: "allow" | "reject";
    primary_property?: string | null;
    /** PostHog's tool's spelling of `primary_property`. */
    primaryProperty?: string | null;
    propertyGroups?: G;
}
/** Defines an event definition, linked to its property groups. */
export declare function eventDefinition<const N extends string, const G extends readonly PropertyGroup[]>(spec: EventDefinition<N, G>): EventDefinition<N, G>;
