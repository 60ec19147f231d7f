import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { isRecord, type JsonRecord } from "../json.js";
import type { ProjectState, PropertyDefinitionRecord } from "../state.js";
import { newEventDefinition, serializeEventDefinition } from "./event-definitions.js";
import { upsertPerson } from "./persons.js";
import { serializePropertyDefinition } from "./property-definitions.js";

/**
 * Simulates PostHog's ingestion side effects for one captured event: the event definition is created
 * (or its `last_seen_at` refreshed) and every property seen gets a property definition with an
 * inferred type. This is the only way property definitions come into existence, as in PostHog.
 * With a `distinct_id`, its person is created or gets `person_properties` set, so flag blast
 * radii count it. Body: `{event?, distinct_id?, properties?, person_properties?, project_id?}`.
 */
export function ingestEvent(project: ProjectState, body: JsonRecord): JsonRecord {
  const { event, properties, person_properties: personProperties, distinct_id: distinctId } = body;
  if (event !== undefined && (typeof event !== "string" || event === "")) throw new TypeError("`event` must be a non-empty string.");
  if (distinctId !== undefined && (typeof distinctId !== "string" || distinctId === "")) throw new TypeError("`distinct_id` must be a non-empty string.");
  if (properties !== undefined && !isRecord(properties)) throw new TypeError("`properties` must be an object.");
  if (personProperties !== undefined && !isRecord(personProperties)) throw new TypeError("`person_properties` must be an object.");

  const now = isoNow();
  let eventDefinition: JsonRecord | null = null;
  if (typeof event === "string") {
    let definition = project.eventDefinitions.find((candidate) => candidate.name === event);
    if (definition === undefined) {
      definition = newEventDefinition(event, "ingestion");
      project.eventDefinitions.push(definition);
    }
    definition.created_at ??= now;
    definition.last_seen_at = now;
    eventDefinition = serializeEventDefinition(definition);
  }

  const propertyDefinitions = [
    ...Object.entries(properties ?? {}).map(([name, value]) => upsertProperty(project, "event", name, value)),
    ...Object.entries(personProperties ?? {}).map(([name, value]) => upsertProperty(project, "person", name, value)),
  ];
  const person = typeof distinctId === "string" ? upsertPerson(project, distinctId, personProperties ?? {}) : undefined;
  return {
    event_definition: eventDefinition,
    property_definitions: propertyDefinitions.map(serializePropertyDefinition),
    ...(person ? { person: { distinct_ids: person.distinct_ids ?? [], properties: person.properties } } : {}),
  };
}

/** Persons an emulator starts with: `count` persons (default 1) with these properties, in one project (default the first). */
export interface PersonSeed {
  projectId?: number;
  count?: number;
  properties?: JsonRecord;
}

/**
 * Adds seeded persons to their projects as if ingestion had seen them, so their properties have
 * person property definitions too. Called at start and on reset: seeds survive a reset like the
 * configured projects do.
 */
export function seedPersons(projects: readonly ProjectState[], seeds: readonly PersonSeed[]): void {
  for (const seed of seeds) {
    const project = projects.find((candidate) => candidate.id === (seed.projectId ?? projects[0]?.id));
    if (project === undefined) throw new Error(`person seed names unknown project ${String(seed.projectId)}`);
    const count = seed.count ?? 1;
    if (!Number.isInteger(count) || count < 0) throw new Error(`person seed count must be a whole number, got ${String(seed.count)}`);
    const properties = { ...(seed.properties ?? {}) };
    (project.persons ??= []).push({ count, properties });
    for (const [name, value] of Object.entries(properties)) upsertProperty(project, "person", name, value);
  }
}

function upsertProperty(project: ProjectState, type: "event" | "person", name: string, value: unknown): PropertyDefinitionRecord {
  const existing = project.propertyDefinitions.find((candidate) => candidate.type === type && candidate.name === name);
  if (existing !== undefined) return existing;
  const propertyType = inferPropertyType(value);
  const definition: PropertyDefinitionRecord = {
    id: randomUUID(),
    name,
    type,
    group_type_index: null,
    is_numerical: propertyType === "Numeric",
    property_type: propertyType,
    tags: [],
    description: null,
    verified: false,
    verified_at: null,
    verified_by: null,
    hidden: false,
    updated_at: null,
    updated_by: null,
  };
  project.propertyDefinitions.push(definition);
  return definition;
}

function inferPropertyType(value: unknown): string | null {
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return "Numeric";
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? "DateTime" : "String";
  return null;
}
