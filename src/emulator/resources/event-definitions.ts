import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, serverError, validationError } from "../errors.js";
import { isUuid, parseBooleanText, parseJsonListParam, readBoolean, readChoice, readInteger, readList, readRequestBody, readString } from "../fields.js";
import type { JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { EventDefinitionRecord, ProjectState } from "../state.js";
import { hasAnyTag, readTags } from "../tags.js";
import { EMULATOR_USER } from "../users.js";
import { handleBulkTagUpdate } from "./bulk-tags.js";
import { applyCuration } from "./curation.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

/**
 * Event definitions (`posthog/api/event_definition.py`), keyed by UUID: the enterprise flavour
 * (description, owner, verified, hidden) by default, the open-source `EventDefinitionSerializer` when
 * the emulator runs without the enterprise edition. Definitions created through POST have never been
 * seen, so `created_at`/`last_seen_at` stay null until an event is ingested (`/_emulator/ingest`).
 */
export const eventDefinitionsResource: ResourceModule = {
  segment: "event_definitions",
  scopeObject: "event_definition",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<EventDefinitionRecord>({
    list: listEventDefinitions,
    create: createEventDefinition,
    collectionActions: {
      bulk_update_tags: {
        methods: ["POST"],
        run: (context) => handleBulkTagUpdate(context, context.project.eventDefinitions, (definition) => definition.id, (definition) => serializeFor(context, definition)),
      },
    },
    detail: {
      find: (context, id) => promoteEventDefinition(context, findEventDefinition(context.project, id)),
      retrieve: (context, definition) => ok(serializeFor(context, definition)),
      update: updateEventDefinition,
      destroy: destroyEventDefinition,
    },
  }),
};

/** Deleting a definition also drops the event schemas that link it to property groups. */
function destroyEventDefinition({ project }: ResourceContext, definition: EventDefinitionRecord): ResourceResponse {
  project.eventDefinitions = project.eventDefinitions.filter((candidate) => candidate !== definition);
  project.eventSchemas = project.eventSchemas.filter((schema) => schema.event_definition_id !== definition.id);
  return noContent();
}

/**
 * `dangerously_get_object`: a non-UUID id is a clean 404, but a well-formed id with no row reaches
 * `EventDefinition.objects.get`, whose `DoesNotExist` nothing converts, so PostHog answers 500, for
 * GET, PATCH and DELETE alike (a definition deleted a moment ago included).
 */
function findEventDefinition(project: ProjectState, segment: string): EventDefinitionRecord {
  if (!isUuid(segment)) throw notFound("Event definition not found.");
  const definition = project.eventDefinitions.find((candidate) => candidate.id === segment.toLowerCase());
  if (definition === undefined) throw serverError();
  return definition;
}

/**
 * `_get_event_definition` with the enterprise edition: a definition ingestion made has only its
 * base row, so the first lookup of it by id saves an `EnterpriseEventDefinition(description="")`
 * for it; until then the list's LEFT JOIN shows its description as null.
 */
function promoteEventDefinition(context: ResourceContext, definition: EventDefinitionRecord): EventDefinitionRecord {
  if (context.settings.enterprise && definition.base_only === true) {
    delete definition.base_only;
    definition.description = "";
  }
  return definition;
}

function serializeFor(context: ResourceContext, definition: EventDefinitionRecord): JsonRecord {
  return context.settings.enterprise ? serializeEventDefinition(definition) : serializeOpenSourceEventDefinition(definition);
}

/** The open-source `EventDefinitionSerializer` shape: no description, owner or curation fields. */
function serializeOpenSourceEventDefinition(definition: EventDefinitionRecord): JsonRecord {
  return {
    id: definition.id,
    name: definition.name,
    created_at: definition.created_at,
    last_seen_at: definition.last_seen_at,
    last_updated_at: definition.last_updated_at,
    tags: definition.tags,
    enforcement_mode: definition.enforcement_mode,
    primary_property: definition.primary_property,
    is_action: false,
    action_id: null,
    is_calculating: false,
    last_calculated_at: null,
    created_by: null,
    post_to_slack: false,
  };
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

/**
 * A definition row for an event name, with the defaults of an unseen definition: as POST creates
 * it, with `EnterpriseEventDefinition.description`'s model default "" (`ee/models/event_definition.py`),
 * or as ingestion does, a base row alone (`base_only`), whose description the list shows as null.
 */
export function newEventDefinition(name: string, origin: "api" | "ingestion" = "api"): EventDefinitionRecord {
  const now = isoNow();
  return {
    id: randomUUID(),
    name,
    description: origin === "api" ? "" : null,
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
    ...(origin === "ingestion" ? { base_only: true as const } : {}),
  };
}

const UNSUPPORTED_WITHOUT_ENTERPRISE = ["description", "verified", "hidden"];
const REJECT_MODE_MESSAGE = 'Setting schema enforcement mode to "reject" requires the schema-enforcement-reject feature flag';

/**
 * `EventDefinitionSerializer.validate`: without the enterprise edition `description`, `verified` and
 * `hidden` are refused whenever the body carries them (first one present names the error); `reject`
 * enforcement needs PostHog's internal `schema-enforcement-reject` flag, which no emulated
 * organization has.
 */
function applyWritableFields(context: ResourceContext, definition: EventDefinitionRecord, body: JsonRecord): void {
  if (!context.settings.enterprise) {
    const unsupported = UNSUPPORTED_WITHOUT_ENTERPRISE.find((field) => Object.hasOwn(body, field));
    if (unsupported !== undefined) throw validationError(unsupported, "This field is not supported by this deployment.", "invalid");
  }
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
  if (enforcementMode === "reject") throw validationError(null, REJECT_MODE_MESSAGE);

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
  applyWritableFields(context, definition, body);
  project.eventDefinitions.push(definition);
  return created(serializeFor(context, definition));
}

function updateEventDefinition(context: ResourceContext, definition: EventDefinitionRecord): ResourceResponse {
  applyWritableFields(context, definition, readRequestBody(context.body));
  return ok(serializeFor(context, definition));
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
  return ok({ ...page, results: page.results.map((definition) => serializeFor(context, definition)) });
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

