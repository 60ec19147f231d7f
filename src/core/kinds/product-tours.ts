import { canonicalDateTime } from "../datetime.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef } from "../model.js";
import { flagOr, textOrEmpty } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { boolean, field, json, nullable, object, recordOf, ref, required, string } from "../schema.js";
import { compactSpec, slugKey, specRef, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { ConvergeContext, KindModule } from "./kind.js";
import { checkSurveySteps, convergeSurveySteps, hasSurveySteps, summarizeSurveySteps, withoutLinks } from "./product-tour-steps.js";

/** `ProductTour.name` is a `CharField(max_length=400)`. */
const NAME_MAX = 400;
const DATES = [["startDate", "start_date"], ["endDate", "end_date"]] as const;

function dateOrNull(value: JsonValue | undefined): string | null {
  return typeof value === "string" ? (canonicalDateTime(value) ?? value) : null;
}

/** The user targeting as `ProductTourSerializer.get_targeting_flag_filters` reads it back: groups with properties only, nothing else. */
function targetingOf(value: JsonValue | undefined): JsonObject | null {
  if (!isJsonObject(value) || !Array.isArray(value.groups)) return null;
  const groups = value.groups.filter((group): group is JsonObject => isJsonObject(group) && Array.isArray(group.properties) && group.properties.length > 0);
  return groups.length === 0 ? null : { groups };
}

/** `validate_content` and `validate`, offline and in PostHog's words, and the parts PostHog would rewrite. */
function checkContent(spec: JsonObject, report: (path: string, message: string) => void): void {
  const content = spec.content;
  if (!isJsonObject(content)) return;
  const steps = Array.isArray(content.steps) ? content.steps : [];
  if (content.type === "announcement" && steps.length !== 1) report("content.steps", "Announcements must have exactly 1 step.");
  checkSurveySteps(content, spec.name, report);
  const variant = isJsonObject(content.conditions) ? content.conditions.linkedFlagVariant : undefined;
  if (typeof variant === "string" && variant !== "" && spec.linkedFlag === undefined) report("content.conditions.linkedFlagVariant", "linkedFlagVariant can only be used when a linked_flag_id is specified");
}

/** The linked flag's key, or `#id` for a flag this tool does not know. */
function linkedKey(raw: JsonObject, lookup: { keyOf(kind: "feature-flags", id: string | number): string | undefined }): string | null {
  const id = isJsonObject(raw.linked_flag) ? raw.linked_flag.id : undefined;
  return typeof id === "number" || typeof id === "string" ? (lookup.keyOf("feature-flags", id) ?? `#${String(id)}`) : null;
}

/**
 * After the tour's own write: the user targeting of its internal flag. `targeting_flag_filters` is
 * write-only and applies only to a tour that has its flag, and the create would hand it to the model
 * (a server error), so a new tour gets it here, in a PATCH after the create. Reads first.
 */
async function convergeTargeting({ api, id, fields }: ConvergeContext): Promise<void> {
  const wanted = fields.targeting_flag_filters ?? null;
  if (wanted === null) return;
  const path = `product_tours/${id}/`;
  const live = await api.get(path);
  if (live && JSON.stringify(targetingOf(live.targeting_flag_filters)) !== JSON.stringify(wanted)) await api.patch(path, { targeting_flag_filters: wanted });
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
 * `linkedFlag` shows the tour only to people that flag is enabled for. DELETE archives the tour,
 * deletes its flag and ends its step surveys; archived tours leave the API.
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
    archived: field(boolean, { doc: "Only `false`: an archived tour leaves PostHog's API. Delete the definition to archive the tour." }),
    targetingFlagFilters: field(nullable(recordOf(json)), { doc: "User targeting added to the internal flag (`groups`, each with `properties`); needs `autoLaunch`." }),
    linkedFlag: field(ref("feature-flags", "feature flag"), { doc: "Shows the tour only to people this flag is enabled for (a variant of it with `content.conditions.linkedFlagVariant`)." }),
  }),
  validate(spec, report) {
    checkContent(spec, report);
    for (const [name] of DATES) {
      const value = spec[name];
      if (typeof value === "string" && canonicalDateTime(value) === undefined) report(name, `"${value}" is not an ISO 8601 date-time (e.g. "2026-07-01T09:00:00Z")`);
    }
    if (spec.archived === true) report("archived", "archived tours leave PostHog's API (its manager hides them), so this definition would be created again on every apply; delete the definition instead, which archives the tour");
    if (spec.targetingFlagFilters !== undefined && spec.targetingFlagFilters !== null) {
      if (spec.autoLaunch !== true) report("targetingFlagFilters", "needs autoLaunch: true; PostHog keeps the targeting on the internal flag, which only an auto-launched tour has");
      else if (targetingOf(spec.targetingFlagFilters) === null) report("targetingFlagFilters", "needs at least one group with properties; PostHog reads the targeting back without the groups that have none");
    }
  },
  toDesired(spec) {
    const flag = readRef(spec.linkedFlag);
    return {
      fields: {
        name: textOrEmpty(spec.name).trim(),
        description: textOrEmpty(spec.description).trim(),
        content: isJsonObject(spec.content) ? spec.content : {},
        auto_launch: flagOr(spec.autoLaunch, false),
        start_date: dateOrNull(spec.startDate),
        end_date: dateOrNull(spec.endDate),
        targeting_flag_filters: targetingOf(spec.targetingFlagFilters),
        linked_flag: flag?.key ?? null,
      },
      dependsOn: flag ? [flag] : [],
    };
  },
  identify(raw) {
    return raw.archived === true ? undefined : readIdentityMarker("product-tours", raw.description);
  },
  unique: { field: "name", desired: (_key, fields) => fields.name as string, live: (raw) => raw.name },
  toObserved(raw, lookup) {
    return {
      name: textOrEmpty(raw.name),
      description: stripIdentityMarker(raw.description),
      content: isJsonObject(raw.content) ? withoutLinks(raw.content) : {},
      auto_launch: flagOr(raw.auto_launch, false),
      start_date: dateOrNull(raw.start_date),
      end_date: dateOrNull(raw.end_date),
      targeting_flag_filters: targetingOf(raw.targeting_flag_filters),
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
    // On create PostHog has no flag to put it on yet (see convergeTargeting); null resets the targeting.
    if (action === "update") payload.targeting_flag_filters = fields.targeting_flag_filters as JsonObject | null;
    return payload;
  },
  async converge(context) {
    await convergeSurveySteps(context);
    await convergeTargeting(context);
  },
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
