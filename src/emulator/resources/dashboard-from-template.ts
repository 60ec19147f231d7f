import { isoNow } from "../clock.js";
import { serverError, validationError } from "../errors.js";
import { cloneJson, isRecord, type JsonRecord } from "../json.js";
import { allocateId, type DashboardRecord, type InsightRecord, type ProjectState, type TextRecord } from "../state.js";
import { currentUser } from "../users.js";
import { createTile } from "./dashboard-tiles.js";
import { templatesOf, type DashboardTemplateRecord } from "./dashboard-templates.js";
import { generateShortId } from "./insights.js";
import type { ResourceContext } from "./resource.js";

/**
 * The template `use_template` names, as `create_dashboard_from_template` finds it
 * (posthog/helpers/dashboard_templates.py): the first live template whose `template_name` is the
 * key. PostHog's built-in keys (`DEFAULT_APP`, `WEBSITE_TRAFFIC`) are not modelled, so they are
 * refused like any unknown key, in `DashboardSerializer.create`'s words.
 */
export function findUsedTemplate(project: ProjectState, key: string): DashboardTemplateRecord {
  const template = templatesOf(project).find((row) => row.deleted !== true && row.template_name === key);
  if (template === undefined) throw validationError("use_template", `Invalid template provided: ${key}`);
  // `for template_tile in template.tiles` and `template_tile["type"]` are unguarded: no tile list, or a tile without a type, is PostHog's 500.
  if (!Array.isArray(template.tiles) || !template.tiles.every((tile) => isRecord(tile) && "type" in tile)) throw serverError();
  return template;
}

function textOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/**
 * `create_from_template`: the dashboard takes the template's name when it has none, and always its
 * filters and description; the template's tags are set before the request's own replace them
 * (`_attempt_set_tags` after it), so they stay only when the request sends no tags. Each `INSIGHT`
 * tile becomes a new sample insight (`is_sample`, the tile's name, description and query; its author
 * the request's user, whom the serializer now hands to the helper) and each `TEXT` tile a new text; both keep the tile's layouts and colour. Other tile
 * types are only logged.
 */
export function applyTemplate(context: ResourceContext, dashboard: DashboardRecord, template: DashboardTemplateRecord, requestTags: string[] | undefined): void {
  const { project, state } = context;
  if (!dashboard.name) dashboard.name = template.template_name;
  dashboard.filters = isRecord(template.dashboard_filters) ? cloneJson(template.dashboard_filters) : {};
  dashboard.description = template.dashboard_description ?? "";
  dashboard.tags = requestTags ?? [...(template.tags ?? [])];
  for (const tile of template.tiles as JsonRecord[]) {
    const display = { layouts: isRecord(tile.layouts) ? cloneJson(tile.layouts) : {}, color: textOrNull(tile.color) };
    const now = isoNow();
    if (tile.type === "INSIGHT") {
      const insight: InsightRecord = {
        id: allocateId(state, "insight"),
        short_id: generateShortId(project),
        name: textOrNull(tile.name),
        derived_name: null,
        description: textOrNull(tile.description),
        query: isRecord(tile.query) ? cloneJson(tile.query) : null,
        filters: {},
        tags: [],
        favorited: false,
        saved: false,
        deleted: false,
        order: null,
        created_at: now,
        created_by: currentUser(),
        updated_at: now,
        last_modified_at: now,
        last_modified_by: currentUser(),
        is_sample: true,
      };
      project.insights.push(insight);
      createTile(state, project, { dashboard_id: dashboard.id, insight_id: insight.id, ...display });
    } else if (tile.type === "TEXT") {
      const text: TextRecord = { id: allocateId(state, "text"), body: textOrNull(tile.body), created_by: null, last_modified_by: null, last_modified_at: now };
      project.texts.push(text);
      createTile(state, project, { dashboard_id: dashboard.id, text_id: text.id, ...display });
    }
  }
}
