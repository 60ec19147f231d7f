import { checkEdgeWhitespace, stripCharField } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { flagOr, textOrEmpty } from "../normalize.js";
import { boolean, field, object, oneOf, recordOf, required, sdkType, string } from "../schema.js";
import { compactSpec, slugKey, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";

const property = sdkType(object({
  type: required(sdkType(oneOf("String", "Numeric", "Boolean", "DateTime", "Object"), { name: "PropertyType", doc: "The type of one property in a property group." })),
  required: boolean,
  description: string(),
  is_optional_in_types: boolean,
}), { name: "PropertyDefinition", doc: "One property of a property group." });

function byName(a: JsonObject, b: JsonObject): number {
  return String(a.name) < String(b.name) ? -1 : String(a.name) > String(b.name) ? 1 : 0;
}

function desiredProperties(value: JsonValue | undefined): JsonObject[] {
  if (!isJsonObject(value)) return [];
  return Object.entries(value)
    .filter((entry): entry is [string, JsonObject] => isJsonObject(entry[1]))
    .map(([name, p]) => ({
      name,
      property_type: p.type as string,
      is_required: flagOr(p.required, false),
      is_optional_in_types: flagOr(p.is_optional_in_types, false),
      description: textOrEmpty(p.description),
    }))
    .sort(byName);
}

function observedProperties(value: JsonValue | undefined): JsonObject[] {
  return (Array.isArray(value) ? value : [])
    .filter(isJsonObject)
    .map((p) => ({
      name: textOrEmpty(p.name),
      property_type: textOrEmpty(p.property_type),
      is_required: flagOr(p.is_required, false),
      is_optional_in_types: flagOr(p.is_optional_in_types, false),
      description: textOrEmpty(p.description),
    }))
    .sort(byName);
}

/** Schema property groups: typed properties shared by event definitions; identity is a description marker. */
export const propertyGroups: KindModule<"property-groups"> = defineKind({
  name: "property-groups",
  label: "property group",
  constructorName: "propertyGroup",
  folder: "property-groups",
  references: [],
  sdk: { spec: "PropertyGroup", doc: "Fields of `propertyGroup()`; `const` keeps property names literal for typed capture.", constructorDoc: "Defines a schema property group.", generics: [{ name: "P", constraint: "Record<string, PropertyDefinition>", default: "Record<string, PropertyDefinition>" }] },
  readme: { resource: "Property groups", sdk: "`propertyGroup()`", identity: "description marker" },
  api: { collection: "schema_property_groups", remove: "hard" },
  unique: { field: "name", desired: (_key, fields) => fields.name as string, live: (raw) => raw.name },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: field(string({ nonEmpty: true, max: 400 }), { doc: "The group's name in PostHog; the key when left out, as PostHog's tool names its groups." }),
    description: string(),
    properties: required(sdkType(recordOf(property), { type: "P" })),
  }),
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name", description: "description" }, report);
    for (const [name, property] of Object.entries(isJsonObject(spec.properties) ? spec.properties : {})) {
      if (name.trim() === "" || [...name].length > 200) report(`properties.${name}`, "property names must be 1 to 200 characters");
      else if (stripCharField(name) !== name) report(`properties.${name}`, "PostHog strips leading/trailing whitespace from property names; remove it");
      if (isJsonObject(property)) checkEdgeWhitespace(property, { description: "description" }, (path, message) => report(`properties.${name}.${path}`, message));
    }
  },
  toDesired(spec) {
    return {
      fields: { name: typeof spec.name === "string" ? spec.name : textOrEmpty(spec.key), description: textOrEmpty(spec.description), properties: desiredProperties(spec.properties) },
      dependsOn: [],
    };
  },
  identify(raw) {
    return readIdentityMarker("property-groups", raw.description);
  },
  toObserved(raw) {
    return { name: textOrEmpty(raw.name), description: stripIdentityMarker(raw.description), properties: observedProperties(raw.properties) };
  },
  // A property's id is read-only, so every PATCH carrying `properties` deletes and recreates them all
  // (`SchemaPropertyGroupSerializer.update`): they are sent on create, and on update only when they differ.
  toPayload(key, fields, _lookup, action, before) {
    const payload: JsonObject = { name: fields.name as string, description: appendIdentityMarker("property-groups", key, fields.description) };
    if (action === "create" || !isDeepEqual(before?.properties, fields.properties)) payload.properties = fields.properties as JsonValue;
    return payload;
  },
  proposeKey(raw) {
    return slugKey(raw.name, `property-group-${String(raw.id)}`);
  },
  toSpec(fields, key) {
    const properties: JsonObject = {};
    for (const p of fields.properties as JsonObject[]) {
      properties[p.name as string] = compactSpec({
        type: p.property_type,
        required: unlessDefault(p.is_required, false),
        description: unlessDefault(p.description, ""),
        is_optional_in_types: unlessDefault(p.is_optional_in_types, false),
      });
    }
    return compactSpec({ key, name: fields.name, description: unlessDefault(fields.description, ""), properties });
  },
});
