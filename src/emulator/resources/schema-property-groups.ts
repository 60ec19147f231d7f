import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, validationError } from "../errors.js";
import { coerceString, isUuid, readList, readRequestBody, readString } from "../fields.js";
import { describePythonType, isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { ProjectState, PropertyGroupRecord, SchemaPropertyRecord } from "../state.js";
import { currentUser } from "../users.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

const PROPERTY_TYPES = ["DateTime", "String", "Numeric", "Boolean", "Object"];
const NUMERIC_RULE_KEYS = ["minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"];

/**
 * Schema property groups (`/api/projects/{id}/schema_property_groups/`), the typed property sets that
 * event schemas attach to event definitions. A property's `id` is read-only, so PostHog never sees the
 * ids a PATCH sends: every PATCH with `properties` deletes all the group's properties and creates the
 * listed ones anew (new ids and timestamps). Hard DELETE cascades the group's event-schema links.
 */
export const schemaPropertyGroupsResource: ResourceModule = {
  segment: "schema_property_groups",
  scopeObject: "event_definition",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<PropertyGroupRecord>({
    list: listGroups,
    create: createGroup,
    detail: {
      find: ({ project }, id) => {
        const group = findPropertyGroup(project, id);
        if (group === undefined) throw notFound();
        return group;
      },
      retrieve: ({ project }, group) => ok(serializePropertyGroup(project, group)),
      update: updateGroup,
      destroy: destroyGroup,
    },
  }),
};

/** Deleting a group unlinks it from every event, bumping those events' schema versions. */
function destroyGroup({ project }: ResourceContext, group: PropertyGroupRecord): ResourceResponse {
  project.propertyGroups = project.propertyGroups.filter((candidate) => candidate !== group);
  for (const schema of project.eventSchemas.filter((candidate) => candidate.property_group_id === group.id)) bumpSchemaVersion(project, schema.event_definition_id);
  project.eventSchemas = project.eventSchemas.filter((schema) => schema.property_group_id !== group.id);
  return noContent();
}

/** Finds a group by UUID path segment. */
export function findPropertyGroup(project: ProjectState, segment: string): PropertyGroupRecord | undefined {
  return isUuid(segment) ? project.propertyGroups.find((group) => group.id === segment.toLowerCase()) : undefined;
}

/** Increments an event definition's schema version, as linking or unlinking a group does. */
export function bumpSchemaVersion(project: ProjectState, eventDefinitionId: string): void {
  const definition = project.eventDefinitions.find((candidate) => candidate.id === eventDefinitionId);
  if (definition !== undefined) definition.schema_version += 1;
}

/** The SchemaPropertyGroupSerializer shape, with properties sorted by name and linked events. */
export function serializePropertyGroup(project: ProjectState, group: PropertyGroupRecord): JsonRecord {
  const events = project.eventSchemas
    .filter((schema) => schema.property_group_id === group.id)
    .map((schema) => project.eventDefinitions.find((definition) => definition.id === schema.event_definition_id))
    .filter((definition) => definition !== undefined)
    .map((definition) => ({ id: definition.id, name: definition.name }))
    .sort((left, right) => left.name.toLowerCase().localeCompare(right.name.toLowerCase()));
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    properties: [...group.properties].sort((left, right) => left.name.localeCompare(right.name)),
    events,
    created_at: group.created_at,
    updated_at: group.updated_at,
    created_by: group.created_by,
  };
}

function validateRules(rules: unknown, propertyType: string): JsonRecord | null {
  if (rules === null || rules === undefined) return null;
  if (!isRecord(rules)) throw validationError("properties", "Validation rules must be an object.");
  if (Object.keys(rules).length === 0) return rules;
  if (propertyType === "String") {
    const list = isRecord(rules.not) ? rules.not.enum : rules.enum;
    const shapeOk = Object.keys(rules).length === 1 && (Object.hasOwn(rules, "enum") || (isRecord(rules.not) && Object.keys(rules.not).length === 1));
    if (!shapeOk || !Array.isArray(list) || list.length < 1 || list.length > 1000 || list.some((item) => typeof item !== "string")) {
      throw validationError("properties", "String validation rules must be {\"enum\": [...]} or {\"not\": {\"enum\": [...]}} with 1 to 1000 strings.");
    }
    return rules;
  }
  if (propertyType === "Numeric") {
    const keys = Object.keys(rules);
    if (keys.some((key) => !NUMERIC_RULE_KEYS.includes(key)) || keys.some((key) => typeof rules[key] !== "number")) {
      throw validationError("properties", "Numeric validation rules only support minimum, exclusiveMinimum, maximum and exclusiveMaximum numbers.");
    }
    if ((Object.hasOwn(rules, "minimum") && Object.hasOwn(rules, "exclusiveMinimum")) || (Object.hasOwn(rules, "maximum") && Object.hasOwn(rules, "exclusiveMaximum"))) {
      throw validationError("properties", "Use either an inclusive or an exclusive bound on each side, not both.");
    }
    const lower = (rules.minimum ?? rules.exclusiveMinimum) as number | undefined;
    const upper = (rules.maximum ?? rules.exclusiveMaximum) as number | undefined;
    if (lower !== undefined && upper !== undefined && lower >= upper) throw validationError("properties", "The lower bound must be less than the upper bound.");
    return rules;
  }
  throw validationError("properties", `Validation rules are not supported for ${propertyType} properties`);
}

/** The serializer's `properties` list; any `id`, `created_at` or `updated_at` sent is read-only and dropped. */
function readProperties(value: unknown[]): SchemaPropertyRecord[] {
  const now = isoNow();
  const names = new Set<string>();
  return value.map((item, index) => {
    if (!isRecord(item)) throw validationError(["properties", index], `Invalid data. Expected a dictionary, but got ${describePythonType(item)}.`);
    // DRF's CharField and then `validate_name` strip the name as Python strips.
    const name = typeof item.name === "string" ? (coerceString(item.name, ["properties", index, "name"], { allowBlank: true }) ?? "") : "";
    if (name === "") throw validationError("properties", "Property name is required");
    if ([...name].length > 200) throw validationError(["properties", index, "name"], "Ensure this field has no more than 200 characters.", "max_length");
    if (names.has(name)) throw validationError("properties", `A property named '${name}' already exists in this group`);
    names.add(name);
    const propertyType = item.property_type;
    if (typeof propertyType !== "string" || !PROPERTY_TYPES.includes(propertyType)) {
      throw validationError(["properties", index, "property_type"], `"${String(propertyType)}" is not a valid choice.`, "invalid_choice");
    }
    for (const flag of ["is_required", "is_optional_in_types"] as const) {
      if (item[flag] !== undefined && typeof item[flag] !== "boolean") throw validationError(["properties", index, flag], "Must be a valid boolean.");
    }
    return {
      id: randomUUID(),
      name,
      property_type: propertyType,
      is_required: item.is_required === true,
      is_optional_in_types: item.is_optional_in_types === true,
      validation_rules: validateRules(item.validation_rules, propertyType),
      // `SchemaPropertyGroupProperty.description` is a TextField, so the ModelSerializer's CharField strips it.
      description: typeof item.description === "string" ? (coerceString(item.description, ["properties", index, "description"], { allowBlank: true }) ?? "") : "",
      created_at: now,
      updated_at: now,
    };
  });
}

function createGroup(context: ResourceContext): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { required: true, maxLength: 400 }) ?? "";
  const description = readString(body, "description", { allowBlank: true }) ?? "";
  const properties = readProperties(readList(body, "properties") ?? []);
  if (project.propertyGroups.some((group) => group.name === name)) throw validationError("name", "A property group with this name already exists for this team");
  const now = isoNow();
  const group: PropertyGroupRecord = { id: randomUUID(), name, description, properties, created_at: now, updated_at: now, created_by: currentUser() };
  project.propertyGroups.push(group);
  return created(serializePropertyGroup(project, group));
}

function updateGroup(context: ResourceContext, group: PropertyGroupRecord): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { maxLength: 400 });
  const description = readString(body, "description", { allowBlank: true });
  const list = readList(body, "properties");
  const properties = list === undefined || list === null ? undefined : readProperties(list);
  if (name !== undefined && name !== null && project.propertyGroups.some((other) => other !== group && other.name === name)) {
    throw validationError("name", "A property group with this name already exists");
  }
  if (name !== undefined && name !== null) group.name = name;
  if (description !== undefined && description !== null) group.description = description;
  if (properties !== undefined) group.properties = properties;
  group.updated_at = isoNow();
  return ok(serializePropertyGroup(project, group));
}

function listGroups(context: ResourceContext): ResourceResponse {
  const { project } = context;
  const groups = [...project.propertyGroups].sort((left, right) => left.name.localeCompare(right.name));
  const page = paginate(groups, context.requestUrl);
  return ok({ ...page, results: page.results.map((group) => serializePropertyGroup(project, group)) });
}
