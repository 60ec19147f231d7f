/**
 * Typed capture: the event definitions and property groups in `posthog/` become
 * the types of `capture()` in application code, so a missing required property,
 * a property of the wrong type or an event renamed in the definitions fails to
 * compile. Everything here is types; at runtime the client is returned as is.
 */
import type { EventDefinition } from "./kinds/event-definitions.js";
import type { PropertyDefinition, PropertyGroup } from "./kinds/property-groups.js";
/** The TypeScript type of each PostHog property type. */
interface PropertyValues {
    String: string;
    Numeric: number;
    Boolean: boolean;
    DateTime: string | Date;
    Object: Record<string, unknown>;
}
/** `required: true` makes a key required, unless `is_optional_in_types` relaxes it for code. */
type IsRequired<D extends PropertyDefinition> = D extends {
    required: true;
} ? (D extends {
    is_optional_in_types: true;
} ? false : true) : false;
type GroupProperties<P extends Record<string, PropertyDefinition>> = {
    -readonly [K in keyof P as IsRequired<P[K]> extends true ? K : never]: PropertyValues[P[K]["type"]];
} & {
    -readonly [K in keyof P as IsRequired<P[K]> extends true ? never : K]?: PropertyValues[P[K]["type"]];
};
/** Every group's properties at once: an event with two groups must satisfy both. */
type IntersectGroups<G extends readonly PropertyGroup[]> = G extends readonly [infer First extends PropertyGroup, ...infer Rest extends readonly PropertyGroup[]] ? GroupProperties<First["properties"]> & IntersectGroups<Rest> : unknown;
/** PostHog's own `$` properties (`$set`, `$groups`, ...) ride along with any event. */
interface PostHogProperties {
    [property: `$${string}`]: unknown;
}
type Simplify<T> = {
    [K in keyof T]: T[K];
} & {};
/**
 * The properties of one defined event. An event without property groups has no
 * schema, so any properties go; with groups, exactly the declared ones (plus `$`
 * ones), which also catches a misspelt optional property.
 */
export type EventProperties<D extends EventDefinition> = NonNullable<D["propertyGroups"]> extends infer G extends readonly PropertyGroup[] ? number extends G["length"] ? Record<string, unknown> : G extends readonly [] ? Record<string, unknown> : Simplify<IntersectGroups<G>> & PostHogProperties : Record<string, unknown>;
/** Event name → properties, for the events passed to `createTypedPostHog`. */
export type EventSchemas<E extends readonly EventDefinition[]> = {
    [D in E[number] as D["name"]]: EventProperties<D>;
};
/** Defined names, plus any other string (kept apart so editors still suggest the defined ones) unless strict. */
type EventName<M, S extends boolean> = S extends true ? keyof M & string : (keyof M & string) | (string & {});
type AnyFunction = (...args: never[]) => unknown;
type HasRequired<P> = {} extends P ? false : true;
type Tail<T> = T extends readonly [unknown, ...infer Rest] ? Rest : [];
/** `capture(event, properties?, options?)`, the posthog-js form. */
type PositionalCapture<F extends AnyFunction, M, S extends boolean> = <N extends EventName<M, S>>(event: N, ...rest: N extends keyof M ? HasRequired<M[N]> extends true ? [properties: M[N], options?: Parameters<F>[2]] : [properties?: M[N] | null, options?: Parameters<F>[2]] : Tail<Parameters<F>>) => ReturnType<F>;
/** `capture({ distinctId, event, properties })`, the posthog-node form. */
type MessageCapture<F extends AnyFunction, M, S extends boolean> = <N extends EventName<M, S>>(message: Omit<Parameters<F>[0], "event" | "properties"> & {
    event: N;
} & (N extends keyof M ? HasRequired<M[N]> extends true ? {
    properties: M[N];
} : {
    properties?: M[N];
} : Pick<Parameters<F>[0], "properties" & keyof Parameters<F>[0]>)) => ReturnType<F>;
type TypedCaptureMethod<F, M, S extends boolean> = F extends AnyFunction ? Parameters<F>[0] extends string ? PositionalCapture<F, M, S> : Parameters<F>[0] extends {
    event: string;
} ? MessageCapture<F, M, S> : F : F;
/** The methods that send an event: posthog-js's `capture`, posthog-node's `capture` and `captureImmediate`. */
type CaptureMethod = "capture" | "captureImmediate";
/** Any client with a posthog-js or posthog-node shaped `capture`, or a test double of one. */
export interface CaptureClient {
    capture: AnyFunction;
}
/** The client with its capture methods checked against the event schemas `M`; every other member is untouched. */
export type TypedPostHog<C extends CaptureClient, M, S extends boolean = false> = Omit<C, CaptureMethod> & {
    [K in CaptureMethod & keyof C]: TypedCaptureMethod<C[K], M, S>;
};
/** Options of `createTypedPostHog()`. */
export interface TypedCaptureOptions<S extends boolean> {
    /** Reject events that are not defined, so a renamed or misspelt event fails to compile. */
    strict?: S;
}
/**
 * Types a PostHog client's `capture()` by the repository's event definitions:
 * `createTypedPostHog(posthog, [orderCompleted, userSignedUp])`. It returns the
 * client itself, so calls, `this` and return values are exactly the client's;
 * `events` and `options` only carry types.
 */
export declare function createTypedPostHog<C extends CaptureClient, const E extends readonly EventDefinition[], S extends boolean = false>(client: C, events: E, options?: TypedCaptureOptions<S>): TypedPostHog<C, EventSchemas<E>, S>;
export {};
