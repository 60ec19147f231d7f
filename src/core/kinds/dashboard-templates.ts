import { charFieldLength, checkEdgeWhitespace, describeMarkerOverflow, stripCharField } from "../char-field.js";
import { appendIdentityMarker, readIdentityMarker, stripIdentityMarker } from "../identity.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { flagOr, textOrEmpty } from "../normalize.js";
import { arrayOf, boolean, field, json, object, oneOf, recordOf, required, string } from "../schema.js";
import { compactSpec, slugKey, unlessDefault } from "../spec.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";

/** `DashboardTemplate.template_name` and `.dashboard_description` are `CharField(max_length=400)`. */
const TEXT_MAX = 400;

function jsonList(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}

function stringList(value: JsonValue | undefined): string[] {
  return jsonList(value).filter((entry): entry is string => typeof entry === "string");
}

/**
 * Dashboard templates (`/api/projects/:id/dashboard_templates/`): a name, a description, the
 * tiles, filters and variables a new dashboard starts from, tags and whether it is featured, with
 * PostHog's own tool's field names. Identity is a marker in the description. Only staff users may
 * write templates (`OnlyStaffCanEditDashboardTemplate`), so `staffWrites` makes the plan refuse
 * before any write when the key's user is not staff. Global templates (no team) are PostHog's and
 * never read as this project's. Deleting is `PATCH {deleted: true}` (`ForbidDestroyModel`).
 */
export const dashboardTemplates: KindModule<"dashboard-templates"> = defineKind({
  name: "dashboard-templates",
  label: "dashboard template",
  constructorName: "dashboardTemplate",
  folder: "dashboard-templates",
  references: [],
  sdk: { spec: "DashboardTemplateSpec", doc: "Fields of `dashboardTemplate()`.", constructorDoc: "Declares a dashboard template of this project, which new dashboards can start from." },
  readme: { resource: "Dashboard templates", sdk: "`dashboardTemplate()` with its tiles, filters and variables (writes need a staff user)", identity: "description marker" },
  api: { collection: "dashboard_templates", remove: "soft" },
  staffWrites: true,
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternHint: "start with a letter; then letters, digits, '-' and '_'", max: 200 })),
    name: field(string({ nonEmpty: true }), { required: true, doc: "The template's name, unique among the project's templates." }),
    description: field(string(), { doc: "Shown in the template picker; it also carries the identity marker, and PostHog keeps 400 characters of both." }),
    tiles: field(arrayOf(recordOf(json)), { required: true, doc: "The tiles a dashboard made from the template gets (`type: \"INSIGHT\"` with a `query`, or `type: \"TEXT\"` with a `body`), with their `layouts`; at least one." }),
    filters: field(recordOf(json), { doc: "The dashboard's filters (`date_from`, `properties`, …)." }),
    variables: field(arrayOf(recordOf(json)), { doc: "Variables the user fills in when creating a dashboard from it (`id`, `name`, `type`, `default`, `description`, `required`)." }),
    tags: arrayOf(string({ max: 255 })),
    featured: field(boolean, { doc: "Highlights the template in the picker." }),
    scope: field(oneOf("team"), { doc: "Only `team`: global templates are PostHog's." }),
  }),
  validate(spec, report, context) {
    checkEdgeWhitespace(spec, { name: "template_name", description: "dashboard_description" }, report);
    const name = charFieldLength(textOrEmpty(spec.name));
    if (name > TEXT_MAX) report("name", `must be at most ${TEXT_MAX} characters, as PostHog counts them (got ${name})`);
    const overflow = describeMarkerOverflow("dashboard-templates", String(spec.key), spec.description, TEXT_MAX, context?.owner, "dashboard_description");
    if (overflow !== undefined) report("description", overflow);
    if (Array.isArray(spec.tiles) && spec.tiles.length === 0) report("tiles", "needs at least one tile (PostHog: \"You need to provide tiles for the template.\")");
  },
  toDesired(spec) {
    return {
      fields: {
        template_name: stripCharField(textOrEmpty(spec.name)),
        dashboard_description: stripCharField(textOrEmpty(spec.description)),
        tiles: jsonList(spec.tiles),
        dashboard_filters: isJsonObject(spec.filters) ? spec.filters : {},
        variables: jsonList(spec.variables),
        tags: stringList(spec.tags),
        is_featured: flagOr(spec.featured, false),
        scope: "team",
      },
      dependsOn: [],
    };
  },
  identify(raw) {
    return readIdentityMarker("dashboard-templates", raw.dashboard_description);
  },
  serverOwned(raw) {
    return raw.team_id === null || raw.team_id === undefined;
  },
  unique: { field: "template_name", desired: (_key, fields) => fields.template_name as string, live: (raw) => raw.template_name },
  toObserved(raw) {
    return {
      template_name: textOrEmpty(raw.template_name),
      dashboard_description: stripIdentityMarker(raw.dashboard_description),
      tiles: jsonList(raw.tiles),
      dashboard_filters: isJsonObject(raw.dashboard_filters) ? raw.dashboard_filters : {},
      variables: jsonList(raw.variables),
      tags: stringList(raw.tags),
      is_featured: flagOr(raw.is_featured, false),
      scope: textOrEmpty(raw.scope) || "team",
    };
  },
  toPayload(key, fields) {
    return {
      template_name: fields.template_name as string,
      dashboard_description: appendIdentityMarker("dashboard-templates", key, fields.dashboard_description),
      tiles: fields.tiles as JsonValue[],
      dashboard_filters: fields.dashboard_filters as JsonObject,
      variables: fields.variables as JsonValue[],
      tags: fields.tags as string[],
      is_featured: fields.is_featured as boolean,
      scope: fields.scope as string,
    };
  },
  proposeKey(raw) {
    const slug = slugKey(raw.template_name, `template-${String(raw.id)}`).slice(0, 40).replace(/-+$/, "");
    return /^[a-z]/.test(slug) ? slug : `template-${slug}`;
  },
  toSpec(fields, key) {
    return compactSpec({
      key,
      name: fields.template_name,
      description: unlessDefault(fields.dashboard_description, ""),
      tiles: fields.tiles,
      filters: unlessDefault(fields.dashboard_filters, {}),
      variables: unlessDefault(fields.variables, []),
      tags: unlessDefault(fields.tags, []),
      featured: unlessDefault(fields.is_featured, false),
    });
  },
  summarize(changes, before, after) {
    if (before === undefined || after === undefined || !changes.some((change) => change.path === "tiles" || change.path.startsWith("tiles."))) return [];
    return [`tiles: ${jsonList(before.tiles).length} → ${jsonList(after.tiles).length}`];
  },
});
