import { checkEdgeWhitespace } from "../char-field.js";
import { buildTagPayload, normalizeUserTags, readIdentityTag } from "../identity.js";
import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef, type Address } from "../model.js";
import { flagOr, textOrEmpty, valueOr } from "../normalize.js";
import { arrayOf, boolean, field, nullable, object, oneOf, ref, sdkType, string } from "../schema.js";
import { compactSpec, specRef, unlessDefault } from "../spec.js";
import { checkAliases, readAliased, type AliasPairs } from "./aliases.js";
import { defineKind } from "./define.js";
import type { ConvergeContext, KindModule } from "./kind.js";

/**
 * Links each event to its property groups through `event_schemas`, adding and removing only the
 * difference. A definition this step just created has no links, so nothing is read; otherwise only
 * its own links are read (`EventSchemaViewSet` filters by `?event_definition=`).
 */
async function convergeSchemas({ api, id, fields, idOf, fresh }: ConvergeContext): Promise<void> {
  const links = fresh ? [] : (await api.list("event_schemas", { event_definition: String(id) })).filter((link) => link.event_definition === id);
  const linkedGroup = (link: JsonObject) => (isJsonObject(link.property_group) ? link.property_group.id : link.property_group_id);
  const wanted = (fields.property_groups as string[]).map((key) => idOf({ kind: "property-groups", key }));
  for (const groupId of wanted) {
    if (groupId !== undefined && !links.some((link) => linkedGroup(link) === groupId)) {
      await api.post("event_schemas/", { event_definition: id as JsonValue, property_group_id: groupId as JsonValue });
    }
  }
  for (const link of links) {
    if (!wanted.includes(linkedGroup(link) as string | number)) await api.delete(`event_schemas/${link.id as string}/`);
  }
}

/** The enterprise-only fields, at the values a new definition has. */
const CURATION_DEFAULTS: JsonObject = { description: "", verified: false, hidden: false };

/** The camelCase spellings PostHog's own tool uses for these fields. */
const ALIASES: AliasPairs = [["enforcement_mode", "enforcementMode"], ["primary_property", "primaryProperty"]];

/** Tags are lower-cased by PostHog, so a key matches the event name regardless of case. */
function sameName(key: JsonValue | undefined, name: JsonValue | undefined): boolean {
  return typeof key !== "string" || typeof name !== "string" || key.toLowerCase() === name.toLowerCase();
}

/**
 * `name` is compared only for a definition whose key is not its event name (PostHog's tool keys
 * event definitions on their own): PostHog never renames an event definition, so the field shows
 * up only where it could differ.
 */
function canonical(source: JsonObject, groups: string[], key: JsonValue | undefined): JsonObject {
  const fields: JsonObject = {
    description: textOrEmpty(source.description),
    tags: normalizeUserTags(source.tags),
    verified: flagOr(source.verified, false),
    hidden: flagOr(source.hidden, false),
    enforcement_mode: valueOr(source.enforcement_mode, "allow"),
    property_groups: [...groups].sort(),
  };
  if (!sameName(key, source.name)) fields.name = textOrEmpty(source.name);
  if (typeof source.primary_property === "string" && source.primary_property !== "") fields.primary_property = source.primary_property;
  return fields;
}

/**
 * Event definitions, keyed by the event name. Ingestion creates them on its own,
 * so a definition for an event PostHog already knows adopts the existing object
 * (shown in the plan) instead of failing on a duplicate name.
 */
export const eventDefinitions: KindModule<"event-definitions"> = defineKind({
  name: "event-definitions",
  label: "event definition",
  constructorName: "eventDefinition",
  folder: "events",
  references: ["property-groups"],
  sdk: {
    spec: "EventDefinition",
    doc: "Fields of `eventDefinition()`; the event name is its key unless `key` is given, kept literal (like the groups) for typed capture.",
    constructorDoc: "Defines an event definition, linked to its property groups.",
    // The name first, then the groups: PostHog's tool's order, so `EventDefinition<"signed up", [typeof user]>` means the same in both.
    generics: [{ name: "N", constraint: "string", default: "string" }, { name: "G", constraint: "readonly PropertyGroup[]", default: "readonly PropertyGroup[]" }],
    key: { from: "name", overridable: true },
  },
  readme: { resource: "Event definitions", sdk: "`eventDefinition()` (keyed by event name)", identity: "tag" },
  activityScope: "EventDefinition",
  api: { collection: "event_definitions", remove: "hard" },
  // Names are unique; a definition keyed apart from its name cannot adopt an ingested one, so plans warn.
  unique: { field: "name", desired: (key, fields) => (typeof fields.name === "string" ? fields.name : key), live: (raw) => raw.name },
  schema: object({
    key: field(string({ nonEmpty: true, max: 400 }), {
      required: true,
      doc: "The identity of the definition (its `iac:event-definitions:<key>` tag); the event name unless given, as PostHog's tool allows.",
    }),
    name: field(sdkType(string({ nonEmpty: true, max: 400 }), { type: "N" }), {
      required: true,
      doc: "The event name, as `capture()` sends it; PostHog cannot rename an event definition.",
      immutable: { reason: "PostHog cannot rename an event definition, so apply replaces it: the definition of the old name is deleted and one is created for the new name" },
    }),
    description: string(),
    tags: arrayOf(string({ max: 255 })),
    verified: boolean,
    hidden: boolean,
    enforcement_mode: oneOf("allow", "reject"),
    enforcementMode: field(oneOf("allow", "reject"), { doc: "PostHog's tool's spelling of `enforcement_mode`." }),
    primary_property: nullable(string({ max: 400 })),
    primaryProperty: field(nullable(string({ max: 400 })), { doc: "PostHog's tool's spelling of `primary_property`." }),
    propertyGroups: sdkType(arrayOf(ref("property-groups", "property group")), { type: "G" }),
  }),
  validate(spec, report) {
    // Without a name the key is the event name apply creates the definition with.
    checkEdgeWhitespace(spec, spec.name === undefined ? { key: "name", description: "description" } : { name: "name", description: "description" }, report);
    if (spec.verified === true && spec.hidden === true) report("hidden", "an event cannot be both hidden and verified");
    checkAliases(spec, ALIASES, report);
    if (!sameName(spec.key, spec.name) && typeof spec.key === "string" && !/^[a-zA-Z0-9_$.:-]+$/.test(spec.key)) {
      report("key", "a key other than the event name may use letters, digits, '_', '$', '.', ':' and '-'");
    }
    if (readAliased(spec, "enforcement_mode", "enforcementMode") === "reject") {
      report(spec.enforcement_mode === undefined ? "enforcementMode" : "enforcement_mode", 'PostHog refuses "reject" (400) unless it has enabled its internal schema-enforcement-reject flag for the organization; use "allow"');
    }
  },
  toDesired(spec) {
    const groups: Address[] = (Array.isArray(spec.propertyGroups) ? spec.propertyGroups : []).map(readRef).filter((a): a is Address => a !== undefined);
    const source: JsonObject = { ...spec };
    for (const [name, alias] of ALIASES) source[name] = readAliased(spec, name, alias) ?? null;
    return { fields: canonical(source, groups.map((g) => g.key), spec.key), dependsOn: groups };
  },
  identify(raw) {
    return readIdentityTag("event-definitions", raw.tags);
  },
  adoptKey(raw) {
    return typeof raw.name === "string" ? raw.name : undefined;
  },
  toObserved(raw, lookup) {
    const groups = lookup
      .rows("property-groups")
      .filter((group) => Array.isArray(group.events) && group.events.some((e) => isJsonObject(e) && e.id === raw.id))
      .map((group) => lookup.keyOf("property-groups", group.id as string) ?? `#${textOrEmpty(group.name)}`);
    return canonical(raw, groups, readIdentityTag("event-definitions", raw.tags));
  },
  toPayload(key, fields, _lookup, action, before) {
    const payload: JsonObject = {
      tags: buildTagPayload("event-definitions", key, fields.tags),
      enforcement_mode: fields.enforcement_mode as string,
      primary_property: (fields.primary_property as string | undefined) ?? null,
    };
    // Without the enterprise edition PostHog refuses these three whenever a body carries them, so
    // they are sent only to change them: a definition that leaves them at their defaults works there too.
    const current = before ?? CURATION_DEFAULTS;
    for (const field of Object.keys(CURATION_DEFAULTS)) if (!isDeepEqual(fields[field], current[field])) payload[field] = fields[field]!;
    if (action === "create") payload.name = (fields.name as string | undefined) ?? key;
    return payload;
  },
  proposeKey(raw) {
    return textOrEmpty(raw.name);
  },
  toSpec(fields, key, warn) {
    const groups = (fields.property_groups as string[]).filter((group) => {
      if (!group.startsWith("#")) return true;
      warn(`is linked to property group "${group.slice(1)}", which is not pulled; the link is left out`);
      return false;
    });
    // eventDefinition() takes the event name as the key, unless the key is another one.
    return compactSpec({
      key: fields.name === undefined ? undefined : key,
      name: fields.name ?? key,
      description: unlessDefault(fields.description, ""),
      tags: unlessDefault(fields.tags, []),
      verified: unlessDefault(fields.verified, false),
      hidden: unlessDefault(fields.hidden, false),
      enforcement_mode: unlessDefault(fields.enforcement_mode, "allow"),
      primary_property: fields.primary_property,
      propertyGroups: unlessDefault(groups.map((group) => specRef("property-groups", group)), []),
    });
  },
  converge: convergeSchemas,
});
