import { notFound, validationError } from "../errors.js";
import { isUuid, parseBooleanText, readBoolean, readChoice, readRequestBody, readString } from "../fields.js";
import type { JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { ProjectState, PropertyDefinitionRecord } from "../state.js";
import { readTags } from "../tags.js";
import { applyCuration } from "./curation.js";
import { noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

/** Property types PostHog assigns to definitions. */
export const PROPERTY_TYPES = ["DateTime", "String", "Numeric", "Boolean", "Duration"] as const;

/**
 * Property definitions: list, retrieve, update and hard delete. There is no create — definitions
 * only appear through ingestion (`/_emulator/ingest`), and a POST is answered with 405.
 */
export const propertyDefinitionsResource: ResourceModule = {
  segment: "property_definitions",
  scopeObject: "property_definition",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<PropertyDefinitionRecord>({
    list: listPropertyDefinitions,
    detail: {
      find: ({ project }, id) => findPropertyDefinition(project, id),
      retrieve: (_context, definition) => ok(serializePropertyDefinition(definition)),
      update: updatePropertyDefinition,
      destroy: ({ project }, definition) => {
        project.propertyDefinitions = project.propertyDefinitions.filter((candidate) => candidate !== definition);
        return noContent();
      },
    },
  }),
};

function findPropertyDefinition(project: ProjectState, segment: string): PropertyDefinitionRecord {
  const definition = isUuid(segment) ? project.propertyDefinitions.find((candidate) => candidate.id === segment.toLowerCase()) : undefined;
  if (definition === undefined) throw notFound();
  return definition;
}

/** The EE property definition shape. */
export function serializePropertyDefinition(definition: PropertyDefinitionRecord): JsonRecord {
  return {
    id: definition.id,
    name: definition.name,
    is_numerical: definition.is_numerical,
    property_type: definition.property_type,
    tags: definition.tags,
    is_seen_on_filtered_events: null,
    description: definition.description,
    updated_at: definition.updated_at,
    updated_by: definition.updated_by,
    verified: definition.verified,
    verified_at: definition.verified_at,
    verified_by: definition.verified_by,
    hidden: definition.hidden,
  };
}

function updatePropertyDefinition(context: ResourceContext, definition: PropertyDefinitionRecord): ResourceResponse {
  const body = readRequestBody(context.body);
  const description = readString(body, "description", { allowNull: true, allowBlank: true });
  const tags = readTags(body);
  const propertyType = readChoice(body, "property_type", PROPERTY_TYPES, { allowNull: true });
  const verified = readBoolean(body, "verified");
  const hidden = readBoolean(body, "hidden");
  if (verified === true && hidden === true) throw validationError(null, "A property cannot be both hidden and verified");

  if (description !== undefined) definition.description = description;
  if (tags !== undefined) definition.tags = tags;
  if (propertyType !== undefined) {
    definition.property_type = propertyType === null ? null : String(propertyType);
    definition.is_numerical = propertyType === "Numeric";
  }
  applyCuration(definition, hidden, verified);
  return ok(serializePropertyDefinition(definition));
}

function listPropertyDefinitions(context: ResourceContext): ResourceResponse {
  const { project, query } = context;
  const type = query.get("type") ?? "event";
  if (!["event", "person", "group", "session"].includes(type)) throw validationError("type", `"${type}" is not a valid choice.`, "invalid_choice");
  const groupIndexRaw = query.get("group_type_index");
  let groupIndex: number | null = null;
  if (type === "group") {
    if (groupIndexRaw === null || !/^[0-4]$/.test(groupIndexRaw)) throw validationError("group_type_index", "This field is required when type is group (0-4).");
    groupIndex = Number(groupIndexRaw);
  } else if (groupIndexRaw !== null) {
    throw validationError("group_type_index", "This field can only be set when type is group.");
  }
  let definitions = project.propertyDefinitions.filter((definition) => definition.type === type && (type !== "group" || definition.group_type_index === groupIndex));
  const search = query.get("search");
  if (search) definitions = definitions.filter((definition) => definition.name.toLowerCase().includes(search.toLowerCase()));
  const names = query.get("properties");
  if (names) definitions = definitions.filter((definition) => names.split(",").includes(definition.name));
  const numerical = query.get("is_numerical");
  if (numerical !== null) definitions = definitions.filter((definition) => definition.is_numerical === parseBooleanText(numerical));
  if (parseBooleanText(query.get("exclude_hidden") ?? "")) definitions = definitions.filter((definition) => !definition.hidden);
  definitions.sort((left, right) => left.name.localeCompare(right.name));
  const page = paginate(definitions, context.requestUrl);
  return ok({ ...page, results: page.results.map(serializePropertyDefinition) });
}
