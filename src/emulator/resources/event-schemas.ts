import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, validationError } from "../errors.js";
import { isUuid, readRequestBody, readString } from "../fields.js";
import type { JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { EventSchemaRecord, ProjectState } from "../state.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";
import { bumpSchemaVersion, findPropertyGroup, serializePropertyGroup } from "./schema-property-groups.js";

/**
 * Event schemas (`/api/projects/{id}/event_schemas/`): links between an event definition and a
 * property group. List (filterable by `event_definition`), create, retrieve and delete.
 */
export const eventSchemasResource: ResourceModule = {
  segment: "event_schemas",
  scopeObject: "event_definition",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<EventSchemaRecord>({
    list: listSchemas,
    create: createSchema,
    detail: {
      find: ({ project }, id) => findSchema(project, id),
      retrieve: ({ project }, schema) => ok(serializeSchema(project, schema)),
      destroy: destroySchema,
    },
  }),
};

function findSchema(project: ProjectState, segment: string): EventSchemaRecord {
  const schema = isUuid(segment) ? project.eventSchemas.find((candidate) => candidate.id === segment.toLowerCase()) : undefined;
  if (schema === undefined) throw notFound();
  return schema;
}

/** Unlinking a group from an event bumps the event definition's schema version. */
function destroySchema({ project }: ResourceContext, schema: EventSchemaRecord): ResourceResponse {
  project.eventSchemas = project.eventSchemas.filter((candidate) => candidate !== schema);
  bumpSchemaVersion(project, schema.event_definition_id);
  return noContent();
}

function serializeSchema(project: ProjectState, schema: EventSchemaRecord): JsonRecord {
  const group = project.propertyGroups.find((candidate) => candidate.id === schema.property_group_id);
  return {
    id: schema.id,
    event_definition: schema.event_definition_id,
    property_group: group === undefined ? null : serializePropertyGroup(project, group),
    created_at: schema.created_at,
    updated_at: schema.updated_at,
  };
}

function createSchema(context: ResourceContext): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  const definitionId = readString(body, "event_definition", { required: true }) ?? "";
  const groupId = readString(body, "property_group_id", { required: true }) ?? "";
  const definition = isUuid(definitionId) ? project.eventDefinitions.find((candidate) => candidate.id === definitionId.toLowerCase()) : undefined;
  if (definition === undefined) throw validationError("event_definition", `Invalid pk "${definitionId}" - object does not exist.`, "does_not_exist");
  const group = findPropertyGroup(project, groupId);
  if (group === undefined) throw validationError("property_group_id", `Invalid pk "${groupId}" - object does not exist.`, "does_not_exist");
  if (project.eventSchemas.some((schema) => schema.event_definition_id === definition.id && schema.property_group_id === group.id)) {
    throw validationError(null, `Property group '${group.name}' is already added to this event schema`);
  }
  const now = isoNow();
  const schema: EventSchemaRecord = { id: randomUUID(), event_definition_id: definition.id, property_group_id: group.id, created_at: now, updated_at: now };
  project.eventSchemas.push(schema);
  bumpSchemaVersion(project, definition.id);
  return created(serializeSchema(project, schema));
}

function listSchemas(context: ResourceContext): ResourceResponse {
  const { project, query } = context;
  const definitionId = query.get("event_definition");
  const schemas = project.eventSchemas
    .filter((schema) => definitionId === null || schema.event_definition_id === definitionId.toLowerCase())
    .sort((left, right) => left.created_at.localeCompare(right.created_at));
  const page = paginate(schemas, context.requestUrl);
  return ok({ ...page, results: page.results.map((schema) => serializeSchema(project, schema)) });
}
