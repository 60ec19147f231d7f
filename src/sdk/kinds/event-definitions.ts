import { mark } from "../mark.js";
import type { PropertyGroup } from "./property-groups.js";

/** Fields of `eventDefinition()`; the event name is its key, kept literal (like the groups) for typed capture. */
export interface EventDefinition<G extends readonly PropertyGroup[] = readonly PropertyGroup[], N extends string = string> {
  name: N;
  description?: string;
  tags?: string[];
  verified?: boolean;
  hidden?: boolean;
  enforcement_mode?: "allow" | "reject";
  primary_property?: string | null;
  propertyGroups?: G;
}

/** Defines an event definition, linked to its property groups. */
export function eventDefinition<const G extends readonly PropertyGroup[], const N extends string>(spec: EventDefinition<G, N>): EventDefinition<G, N> {
  return mark("event-definitions", { key: spec.name, ...spec } as EventDefinition<G, N>);
}
