/** The type of one property in a property group. */
export type PropertyType = "String" | "Numeric" | "Boolean" | "DateTime" | "Object";
/** One property of a property group. */
export interface PropertyDefinition {
    type: PropertyType;
    required?: boolean;
    description?: string;
    is_optional_in_types?: boolean;
}
/** Fields of `propertyGroup()`; `const` keeps property names literal for typed capture. */
export interface PropertyGroup<P extends Record<string, PropertyDefinition> = Record<string, PropertyDefinition>> {
    key: string;
    /** The group's name in PostHog; the key when left out, as PostHog's tool names its groups. */
    name?: string;
    description?: string;
    properties: P;
}
/** Defines a schema property group. */
export declare function propertyGroup<const P extends Record<string, PropertyDefinition>>(spec: PropertyGroup<P>): PropertyGroup<P>;
