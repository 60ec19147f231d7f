import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { endpointNotFound, methodNotAllowed, notFound, validationError } from "../errors.js";
import { isUuid, parseBooleanText, parseJsonListParam, readBoolean, readChoice, readInteger, readList, readRequestBody, readString } from "../fields.js";
import type { JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { EventDefinitionRecord, ProjectState } from "../state.js";
import { hasAnyTag, readTags } from "../tags.js";
import { EMULATOR_USER } from "../users.js";
import { handleBulkTagUpdate } from "./bulk-tags.js";
import { applyCuration } from "./curation.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";

/**
 * Event definitions in their EE/cloud flavour (description, owner, verified, hidden), keyed by UUID.
 * Definitions created through POST have never been seen, so `created_at`/`last_seen_at` stay null
 * until an event is ingested (see the `/_emulator/ingest` control route).
 */
export const eventDefinitionsResource: ResourceModule = {
  segment: "event_definitions",
  scopeObject: "event_definition",
  environmentsAlias: false,
  throttle: "default",
  handle(context: ResourceContext): ResourceResponse {
    if (context.id === undefined) {
      if (context.method === "GET") return listEventDefinitions(context);
      if (context.method === "POST") return createEventDefinition(context);
      throw methodNotAllowed(context.method);
    }
    if (context.id === "bulk_update_tags" && context.action === undefined) {
      if (context.method !== "POST") throw methodNotAllowed(context.method);
      return handleBulkTagUpdate(context, context.project.eventDefinitions, (definition) => definition.id, serializeEventDefinition);
    }
    if (context.action !== undefined) throw endpointNotFound();
    const definition = findEventDefinition(context.project, context.id);
    if (context.method === "GET") return ok(serializeEventDefinition(definition));
    if (context.method === "PATCH" || context.method === "PUT") return updateEventDefinition(context, definition);
    if (context.method === "DELETE") {
      context.project.eventDefinitions = context.project.eventDefinitions.filter((candidate) => candidate !== definition);
      context.project.eventSchemas = context.project.eventSchemas.filter((schema) => schema.event_definition_id !== definition.id);
      return noContent();
    }
    throw methodNotAllowed(context.method);
  },
};

function findEventDefinition(project: ProjectState, segment: string): EventDefinitionRecord {
  if (!isUuid(segment)) throw notFound("Event definition not found.");
  const definition = project.eventDefinitions.find((candidate) => candidate.id === segment.toLowerCase());
  if (definition === undefined) throw notFound();
  return definition;
}

/** The EnterpriseEventDefinitionSerializer shape. */
export function serializeEventDefinition(definition: EventDefinitionRecord): JsonRecord {
  return {
    id: definition.id,
    name: definition.name,
    owner: definition.owner === null ? null : { ...EMULATOR_USER },
    description: definition.description,
    tags: definition.tags,
    created_at: definition.created_at,
    updated_at: definition.updated_at,
    updated_by: definition.updated_by,
    last_seen_at: definition.last_seen_at,
    last_updated_at: definition.last_updated_at,
    verified: definition.verified,
    verified_at: definition.verified_at,
    verified_by: definition.verified_by,
    hidden: definition.hidden,
    is_action: false,
    action_id: null,
    is_calculating: false,
    last_calculated_at: null,
    created_by: null,
    post_to_slack: false,
    default_columns: definition.default_columns,
    enforcement_mode: definition.enforcement_mode,
    primary_property: definition.primary_property,
    media_preview_urls: [],
  };
}

/** A definition row for an event name, with the defaults of an unseen definition. */
export function newEventDefinition(name: string): EventDefinitionRecord {
  const now = isoNow();
  return {
    id: randomUUID(),
    name,
    description: null,
    tags: [],
    owner: null,
    verified: false,
    verified_at: null,
    verified_by: null,
    hidden: false,
    default_columns: [],
    enforcement_mode: "allow",
    primary_property: null,
    created_at: null,
    last_seen_at: null,
    last_updated_at: now,
    updated_at: now,
    updated_by: null,
    schema_version: 0,
  };
}

function applyWritableFields(definition: EventDefinitionRecord, body: JsonRecord): void {
  const description = readString(body, "description", { allowNull: true, allowBlank: true });
  const tags = readTags(body);
  const owner = readInteger(body, "owner", { allowNull: true });
  if (owner !== undefined && owner !== null && owner !== EMULATOR_USER.id) {
    throw validationError("owner", `Invalid pk "${owner}" - object does not exist.`, "does_not_exist");
  }
  const verified = readBoolean(body, "verified");
  const hidden = readBoolean(body, "hidden");
  const defaultColumns = readList(body, "default_columns", { allowNull: true });
  const enforcementMode = readChoice(body, "enforcement_mode", ["allow", "reject"]);
  const primaryProperty = readString(body, "primary_property", { allowNull: true, allowBlank: true, maxLength: 400 });
  readBoolean(body, "post_to_slack");
  if (verified === true && hidden === true) throw validationError(null, "An event cannot be both hidden and verified");

  if (description !== undefined) definition.description = description;
  if (tags !== undefined) definition.tags = tags;
  if (owner !== undefined) definition.owner = owner;
  if (defaultColumns !== undefined) definition.default_columns = (defaultColumns ?? []).map(String);
  if (typeof enforcementMode === "string") definition.enforcement_mode = enforcementMode;
  if (primaryProperty !== undefined) definition.primary_property = primaryProperty;
  applyCuration(definition, hidden, verified);
}

function createEventDefinition(context: ResourceContext): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { required: true, maxLength: 400 }) ?? "";
  if (project.eventDefinitions.some((definition) => definition.name === name)) {
    throw validationError("name", `Event definition with name '${name}' already exists`);
  }
  const definition = newEventDefinition(name);
  applyWritableFields(definition, body);
  project.eventDefinitions.push(definition);
  return created(serializeEventDefinition(definition));
}

function updateEventDefinition(context: ResourceContext, definition: EventDefinitionRecord): ResourceResponse {
  applyWritableFields(definition, readRequestBody(context.body));
  return ok(serializeEventDefinition(definition));
}

function listEventDefinitions(context: ResourceContext): ResourceResponse {
  const { project, query } = context;
  let definitions = [...project.eventDefinitions];
  const search = query.get("search");
  if (search) {
    const terms = search.toLowerCase().split(/\s+/).filter(Boolean);
    definitions = definitions.filter((definition) => terms.every((term) => definition.name.toLowerCase().includes(term)));
  }
  const eventType = query.get("event_type");
  if (eventType !== null && eventType !== "event") {
    if (eventType === "event_custom") definitions = definitions.filter((definition) => !definition.name.startsWith("$"));
    else if (eventType === "event_posthog") definitions = definitions.filter((definition) => definition.name.startsWith("$"));
    else throw validationError("event_type", `"${eventType}" is not a valid choice.`, "invalid_choice");
  }
  const verified = query.get("verified");
  if (verified !== null) definitions = definitions.filter((definition) => definition.verified === parseBooleanText(verified));
  if (parseBooleanText(query.get("exclude_hidden") ?? "")) definitions = definitions.filter((definition) => !definition.hidden);
  const tags = parseJsonListParam(query.get("tags"));
  if (tags.length > 0) definitions = definitions.filter((definition) => hasAnyTag(definition.tags, tags));
  const names = query.getAll("names").flatMap((value) => value.split(",")).filter(Boolean);
  if (names.length > 0) definitions = definitions.filter((definition) => names.includes(definition.name));
  definitions.sort(compareByLastSeenThenName);
  const page = paginate(definitions, context.requestUrl);
  return ok({ ...page, results: page.results.map((definition) => serializeEventDefinition(definition)) });
}

/** PostHog's default `-last_seen_at::date,name`; never-seen definitions sort first, as NULLs do in a descending Postgres sort. */
function compareByLastSeenThenName(left: EventDefinitionRecord, right: EventDefinitionRecord): number {
  const leftDate = left.last_seen_at?.slice(0, 10) ?? null;
  const rightDate = right.last_seen_at?.slice(0, 10) ?? null;
  if (leftDate !== rightDate) {
    if (leftDate === null) return -1;
    if (rightDate === null) return 1;
    return rightDate.localeCompare(leftDate);
  }
  return left.name.localeCompare(right.name);
}

