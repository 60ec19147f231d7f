import { checkEdgeWhitespace, stripCharField } from "../char-field.js";
import { canonicalDateTime } from "../datetime.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef } from "../model.js";
import { flagOr, textOrEmpty } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { boolean, field, json, nullable, object, recordOf, ref, required, string } from "../schema.js";
import { compactSpec, slugKey, specRef, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";
import { checkLaunch, checkSurveySteps, convergeSurveySteps, hasSurveySteps, normalizeSteps, summarizeSurveySteps, withoutLinks } from "./product-tour-steps.js";

/** `ProductTour.name` is a `CharField(max_length=400)`. */
const NAME_MAX = 400;
const DATES = [["startDate", "start_date"], ["endDate", "end_date"]] as const;

function dateOrNull(value: JsonValue | undefined): string | null {
  return typeof value === "string" ? (canonicalDateTime(value) ?? value) : null;
}

/** The person property of the wait-period groups PostHog adds (`ProductTourPersonProperties.TOUR_LAST_SEEN_DATE`). */
const LAST_SEEN = "$product_tour_last_seen_date/";
/** What `_build_flag_groups` writes around each user group's properties: nothing else of the group is kept. */
const STORED_GROUP = { variant: "", rollout_percentage: 100 } as const;

const groupsOf = (value: JsonValue | undefined): JsonObject[] => (isJsonObject(value) && Array.isArray(value.groups) ? value.groups.filter(isJsonObject) : []);
const withProperties = (groups: JsonObject[]): JsonObject | null => {
  const kept = groups.filter((group) => Array.isArray(group.properties) && group.properties.length > 0);
  return kept.length === 0 ? null : { groups: kept };
};

/** The user targeting a definition declares, as PostHog stores it: each group's properties at 100%, groups without properties dropped. */
function desiredTargeting(value: JsonValue | undefined): JsonObject | null {
  return withProperties(groupsOf(value).map((group) => ({ ...STORED_GROUP, properties: Array.isArray(group.properties) ? group.properties : [] })));
}

/**
 * The user targeting as `get_targeting_flag_filters` reads it back (base exclusions already left
 * out), without the wait-period properties and the copies of each group the wait-period expansion
 * makes (one per combination of its types); groups left with no properties dropped.
 */
function observedTargeting(value: JsonValue | undefined): JsonObject | null {
  const groups: JsonObject[] = [];
  for (const group of groupsOf(value)) {
    const properties = (Array.isArray(group.properties) ? group.properties : []).filter((property) => !(isJsonObject(property) && typeof property.key === "string" && property.key.startsWith(LAST_SEEN)));
    const stripped = { ...group, properties };
    if (!groups.some((other) => isDeepEqual(other, stripped))) groups.push(stripped);
  }
  return withProperties(groups);
}

/** Offline: what of `targetingFlagFilters` PostHog would drop (anything of a group but its properties) or take for its own. */
function checkTargeting(value: JsonValue | undefined, report: (path: string, message: string) => void): void {
  groupsOf(value).forEach((group, index) => {
    for (const [member, stored] of Object.entries(group)) {
      if (member === "properties" || (member in STORED_GROUP && stored === STORED_GROUP[member as keyof typeof STORED_GROUP])) continue;
      report(`targetingFlagFilters.groups.${index}.${member}`, `PostHog keeps only each group's properties (it writes variant "" and rollout_percentage 100), so this would never read back as declared; leave it out`);
    }
    const own = (Array.isArray(group.properties) ? group.properties : []).findIndex((property) => isJsonObject(property) && typeof property.key === "string" && property.key.startsWith(LAST_SEEN));
    if (own >= 0) report(`targetingFlagFilters.groups.${index}.properties.${own}`, "PostHog writes $product_tour_last_seen_date/ properties itself (from content.conditions.seenTourWaitPeriod) and leaves them out of the read; declare the wait period instead");
  });
}

/** `validate_content` and `validate`, offline and in PostHog's words, and the parts PostHog would rewrite. */
function checkContent(spec: JsonObject, report: (path: string, message: string) => void): void {
  const content = spec.content;
  if (!isJsonObject(content)) return;
  const steps = Array.isArray(content.steps) ? content.steps : [];
  if (content.type === "announcement" && steps.length !== 1) report("content.steps", "Announcements must have exactly 1 step.");
  checkSurveySteps(content, spec.name, report);
  if (typeof spec.startDate === "string") checkLaunch(content, report);
  const variant = isJsonObject(content.conditions) ? content.conditions.linkedFlagVariant : undefined;
  if (typeof variant === "string" && variant !== "" && spec.linkedFlag === undefined) report("content.conditions.linkedFlagVariant", "linkedFlagVariant can only be used when a linked_flag_id is specified");
}

/** The linked flag's key, or `#id` for a flag this tool does not know. */
function linkedKey(raw: JsonObject, lookup: { keyOf(kind: "feature-flags", id: string | number): string | undefined }): string | null {
  const id = isJsonObject(raw.linked_flag) ? raw.linked_flag.id : undefined;
  return typeof id === "number" || typeof id === "string" ? (lookup.keyOf("feature-flags", id) ?? `#${String(id)}`) : null;
}

function summarizeTour(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (before === undefined || after === undefined) return [];
  const lines: string[] = [];
  if (before.auto_launch !== after.auto_launch) lines.push(after.auto_launch === true ? "auto launch on: PostHog creates the tour's internal targeting flag, or makes it active again while the tour is between its dates" : "auto launch off: PostHog turns the tour's internal targeting flag off");
  if (before.linked_flag !== after.linked_flag) lines.push(`linked flag ${String(before.linked_flag ?? "none")} → ${String(after.linked_flag ?? "none")}`);
  if (changes.some((change) => change.path === "content" || change.path.startsWith("content."))) {
    lines.push("the tour content (steps, conditions, appearance) is replaced as a whole");
    lines.push(...summarizeSurveySteps(before.content, after.content));
  }
  return lines;
}

/**
 * Product tours (`/api/projects/:id/product_tours/`): in-app walkthroughs and announcements, with
 * PostHog's own tool's names (the step tree as `content`, `autoLaunch`, `startDate`, `endDate`).
 * No tags, so identity is a description marker. The dates are declared, not taken from a clock:
 * the tour shows between them, and PostHog keeps the internal targeting flag it creates for an
 * auto-launched tour active while started, not ended and not archived. That flag is PostHog's
 * (`product-tour-targeting-…`, left out of the flags kind); `targetingFlagFilters` adds user
 * targeting to it. A step with a `survey` gets a survey PostHog makes (type `api`) and links in the
 * step; an update sends the content with those links, so PostHog rewrites the same survey. A
 * `linkedFlag` shows the tour only to people that flag is enabled for. Steps are compared as
 * PostHog's `normalize_step` stores them, and the targeting as PostHog keeps it (properties only,
 * the wait-period copies folded). DELETE deletes the tour for good, with its flag, and ends its step
 * surveys; a tour archived in PostHog stays listed but is no longer the tool's.
 */
export const productTours: KindModule<"product-tours"> = defineKind({
  name: "product-tours",
  label: "product tour",
  constructorName: "productTour",
  folder: "product-tours",
  references: ["feature-flags"],
  sdk: { spec: "ProductTour", doc: "Fields of `productTour()`.", constructorDoc: "Defines a product tour: steps shown in the app, with its launch window and targeting." },
  readme: { resource: "Product tours", sdk: "`productTour()` with its steps (survey steps included), dates, targeting and a linked flag", identity: "description marker" },
  ui: { path: "product_tours" },
  api: { collection: "product_tours", remove: "hard" },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: field(string({ nonEmpty: true, max: NAME_MAX }), { required: true, doc: "Unique among the project's live tours." }),
    description: field(string(), { doc: "What the tour is for; it also carries the identity marker (an HTML comment)." }),
    content: field(recordOf(json), { required: true, doc: "The step tree as PostHog's tour builder writes it: `steps`, `conditions`, `appearance`, `displayFrequency`, `type`; kept as given. A step's `survey` (`type`, `questionText`, …) becomes a survey PostHog makes and links in the step." }),
    autoLaunch: field(boolean, { doc: "Show the tour by itself to matching people (PostHog then creates its internal targeting flag); off by default." }),
    startDate: field(nullable(string()), { doc: "When the tour starts showing, as an ISO 8601 date-time; null (the default) is a draft." }),
    endDate: field(nullable(string()), { doc: "When the tour stops showing, as an ISO 8601 date-time; null (the default) never ends." }),
    archived: field(boolean, { doc: "Only `false`: the tool leaves archived tours alone. Delete the definition to delete the tour." }),
    targetingFlagFilters: field(nullable(recordOf(json)), { doc: "User targeting added to the internal flag (`groups`, each with only `properties`: PostHog rolls each group out to 100%); needs `autoLaunch`." }),
    linkedFlag: field(ref("feature-flags", "feature flag"), { doc: "Shows the tour only to people this flag is enabled for (a variant of it with `content.conditions.linkedFlagVariant`)." }),
  }),
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name" }, report);
    checkContent(spec, report);
    for (const [name] of DATES) {
      const value = spec[name];
      if (typeof value === "string" && canonicalDateTime(value) === undefined) report(name, `"${value}" is not an ISO 8601 date-time (e.g. "2026-07-01T09:00:00Z")`);
    }
    if (spec.archived === true) report("archived", "the tool leaves archived tours alone (one archived in PostHog is no longer managed), so this definition would be created again on every apply; delete the definition instead, which deletes the tour");
    if (spec.targetingFlagFilters !== undefined && spec.targetingFlagFilters !== null) {
      if (spec.autoLaunch !== true) report("targetingFlagFilters", "needs autoLaunch: true; PostHog keeps the targeting on the internal flag, which only an auto-launched tour has");
      else if (desiredTargeting(spec.targetingFlagFilters) === null) report("targetingFlagFilters", "needs at least one group with properties; PostHog reads the targeting back without the groups that have none");
      else checkTargeting(spec.targetingFlagFilters, report);
    }
  },
  toDesired(spec) {
    const flag = readRef(spec.linkedFlag);
    return {
      fields: {
        name: stripCharField(textOrEmpty(spec.name)),
        description: stripCharField(textOrEmpty(spec.description)),
        content: isJsonObject(spec.content) ? normalizeSteps(spec.content) : {},
        auto_launch: flagOr(spec.autoLaunch, false),
        start_date: dateOrNull(spec.startDate),
        end_date: dateOrNull(spec.endDate),
        targeting_flag_filters: desiredTargeting(spec.targetingFlagFilters),
        linked_flag: flag?.key ?? null,
      },
      dependsOn: flag ? [flag] : [],
    };
  },
  identify(raw) {
    return raw.archived === true ? undefined : readIdentityMarker("product-tours", raw.description);
  },
  // `unique_product_tour_name_per_team` holds among live tours only, and archived ones stay listed.
  unique: { field: "name", desired: (_key, fields) => fields.name as string, live: (raw) => (raw.archived === true ? undefined : raw.name) },
  toObserved(raw, lookup) {
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      content: isJsonObject(raw.content) ? normalizeSteps(withoutLinks(raw.content)) : {},
      auto_launch: flagOr(raw.auto_launch, false),
      start_date: dateOrNull(raw.start_date),
      end_date: dateOrNull(raw.end_date),
      targeting_flag_filters: observedTargeting(raw.targeting_flag_filters),
      linked_flag: linkedKey(raw, lookup),
    };
  },
  toPayload(key, fields, lookup, action) {
    const flag = fields.linked_flag as string | null;
    const payload: JsonObject = {
      name: fields.name as string,
      description: appendIdentityMarker("product-tours", key, fields.description),
      auto_launch: fields.auto_launch as boolean,
      start_date: fields.start_date as string | null,
      end_date: fields.end_date as string | null,
      linked_flag_id: flag === null ? null : (lookup.idOf({ kind: "feature-flags", key: flag }) ?? null),
    };
    // On update, content with survey steps goes out in the converge step, with the links PostHog made (convergeSurveySteps).
    if (action === "create" || !hasSurveySteps(fields.content)) payload.content = fields.content as JsonObject;
    // `create` applies it to the flag an auto-launched tour gets; on update null resets it.
    if (action === "update" || fields.targeting_flag_filters !== null) payload.targeting_flag_filters = fields.targeting_flag_filters as JsonObject | null;
    return payload;
  },
  converge: convergeSurveySteps,
  proposeKey(raw) {
    const slug = slugKey(raw.name, `tour-${String(raw.id)}`);
    return /^[a-z]/.test(slug) ? slug : `tour-${slug}`;
  },
  toSpec(fields, key, warn) {
    const content = isJsonObject(fields.content) ? fields.content : {};
    const flag = fields.linked_flag as string | null;
    if (flag !== null && flag.startsWith("#")) warn(`is linked to feature flag ${flag}, which is not pulled; the link is left out`);
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      content,
      autoLaunch: unlessDefault(fields.auto_launch, false),
      startDate: fields.start_date === null ? undefined : fields.start_date,
      endDate: fields.end_date === null ? undefined : fields.end_date,
      targetingFlagFilters: fields.targeting_flag_filters === null ? undefined : fields.targeting_flag_filters,
      linkedFlag: flag === null || flag.startsWith("#") ? undefined : specRef("feature-flags", flag),
    });
  },
  summarize: summarizeTour,
});
