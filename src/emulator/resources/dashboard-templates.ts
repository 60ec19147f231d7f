import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { notFound, permissionDenied, serverError, validationError } from "../errors.js";
import { coerceString, hasField, isTruthy, parseBooleanText, readBoolean, readChoice, readJson, readList, readRequestBody, readString } from "../fields.js";
import type { JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { ProjectState } from "../state.js";
import { EMULATOR_USER } from "../users.js";
import { created, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";

/** One `DashboardTemplate` row (products/dashboards/backend/models/dashboard_templates.py); `team_id` null for a global template. */
export interface DashboardTemplateRecord {
  id: string;
  template_name: string | null;
  dashboard_description: string | null;
  dashboard_filters: unknown;
  tags: string[] | null;
  tiles: unknown;
  variables: unknown;
  deleted: boolean | null;
  created_at: string;
  created_by: number | null;
  image_url: string | null;
  team_id: number | null;
  scope: string | null;
  availability_contexts: string[] | null;
  is_featured: boolean;
}

const SCOPES = ["team", "global", "feature_flag"];
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A global template, as PostHog's instances hold them (imported from its templates repository): no team, visible to every project. */
function globalTemplate(): DashboardTemplateRecord {
  return {
    id: "0190b2f0-0000-7000-8000-00000000d7e1",
    template_name: "Product analytics",
    dashboard_description: "How people use your app at a glance.",
    dashboard_filters: {},
    tags: [],
    tiles: [{ type: "TEXT", body: "### Start here", layouts: {} }],
    variables: [],
    deleted: null,
    created_at: "2024-01-01T00:00:00Z",
    created_by: null,
    image_url: null,
    team_id: null,
    scope: "global",
    availability_contexts: ["general"],
    is_featured: true,
  };
}

/** The project's rows and the global ones (the emulator keeps a copy of the globals with each project). */
export function templatesOf(project: ProjectState): DashboardTemplateRecord[] {
  project.dashboardTemplates ??= [globalTemplate()];
  return project.dashboardTemplates;
}

/** `dangerously_get_queryset`: live rows only (`DashboardTemplateManager`); `?scope=` narrows to global or feature-flag templates, else the team's and every global one. */
function visibleTemplates(context: ResourceContext): DashboardTemplateRecord[] {
  const scope = context.query.get("scope");
  const live = templatesOf(context.project).filter((row) => row.deleted !== true);
  const scoped = scope === "feature_flag" || scope === "global" ? live.filter((row) => row.scope === scope) : live.filter((row) => row.team_id === context.project.id || row.scope === "global");
  const featured = context.query.get("is_featured");
  const filtered = featured === null ? scoped : scoped.filter((row) => row.is_featured === parseBooleanText(featured));
  const ordering = context.query.get("ordering");
  if (ordering !== "template_name" && ordering !== "-template_name") return filtered;
  const sorted = [...filtered].sort((left, right) => (left.template_name ?? "").localeCompare(right.template_name ?? ""));
  return ordering === "template_name" ? sorted : sorted.reverse();
}

function readStringList(body: JsonRecord, key: string, maxLength: number): string[] | null | undefined {
  const list = readList(body, key, { allowNull: true });
  if (list === undefined || list === null) return list;
  return list.map((entry, index) => coerceString(entry, [key, index], { maxLength }) ?? "");
}

/** `DashboardTemplateSerializer` (a `ModelSerializer`): every model field optional and nullable; `id`, `team_id`, `created_at` read-only. */
function readTemplateFields(body: JsonRecord): Partial<DashboardTemplateRecord> {
  const fields: Partial<DashboardTemplateRecord> = {};
  for (const [key, maxLength] of [["template_name", 400], ["dashboard_description", 400], ["image_url", 8201]] as const) {
    const value = readString(body, key, { allowNull: true, allowBlank: true, maxLength });
    if (value !== undefined) fields[key] = value;
  }
  for (const key of ["dashboard_filters", "tiles", "variables"] as const) if (hasField(body, key)) fields[key] = readJson(body, key, { allowNull: true });
  const tags = readStringList(body, "tags", 255);
  if (tags !== undefined) fields.tags = tags;
  const contexts = readStringList(body, "availability_contexts", 255);
  if (contexts !== undefined) fields.availability_contexts = contexts;
  const deleted = readBoolean(body, "deleted", { allowNull: true });
  if (deleted !== undefined) fields.deleted = deleted;
  const featured = readBoolean(body, "is_featured");
  if (featured !== undefined && featured !== null) fields.is_featured = featured;
  const scope = readChoice(body, "scope", SCOPES, { allowNull: true });
  if (scope !== undefined) fields.scope = scope === null ? null : String(scope);
  return fields;
}

/** `_handle_integrity_error`: `unique_template_name_per_team` over the team's live rows. */
function requireUniqueName(project: ProjectState, record: DashboardTemplateRecord, self?: DashboardTemplateRecord): void {
  if (record.template_name === null || record.deleted === true || record.team_id === null) return;
  const taken = templatesOf(project).some((row) => row !== self && row.deleted !== true && row.team_id === record.team_id && row.template_name === record.template_name);
  if (taken) throw validationError("template_name", "A dashboard template with this name already exists for this project.", "invalid");
}

function createTemplate(context: ResourceContext): ResourceResponse {
  const fields = readTemplateFields(readRequestBody(context.body));
  // `validated_data["tiles"]` is read unguarded: a body without tiles is a KeyError, PostHog's 500.
  if (!("tiles" in fields)) throw serverError();
  if (!isTruthy(fields.tiles)) throw validationError(null, "You need to provide tiles for the template.", "invalid");
  const record: DashboardTemplateRecord = {
    id: randomUUID(),
    template_name: null,
    dashboard_description: null,
    dashboard_filters: null,
    tags: null,
    tiles: null,
    variables: null,
    deleted: null,
    created_at: isoNow(),
    created_by: EMULATOR_USER.id,
    image_url: null,
    availability_contexts: null,
    is_featured: false,
    ...fields,
    scope: fields.scope ? fields.scope : "team",
    team_id: context.project.id,
  };
  requireUniqueName(context.project, record);
  templatesOf(context.project).push(record);
  return created({ ...record });
}

function updateTemplate(context: ResourceContext, record: DashboardTemplateRecord): ResourceResponse {
  const fields = readTemplateFields(readRequestBody(context.body));
  if (fields.scope === "team" && record.scope === "global" && record.team_id === null) throw validationError(null, "The original templates cannot be made private as they would be lost.", "invalid");
  const next = { ...record, ...fields };
  requireUniqueName(context.project, next, record);
  Object.assign(record, fields);
  return ok({ ...record });
}

const routeTemplates = routeViewset<DashboardTemplateRecord>({
  list: (context) => {
    const page = paginate(visibleTemplates(context), context.requestUrl);
    return ok({ ...page, results: page.results.map((row) => ({ ...row })) });
  },
  create: createTemplate,
  detail: {
    find: (context, id) => {
      const record = visibleTemplates(context).find((row) => row.id === id);
      if (record === undefined) throw notFound();
      return record;
    },
    retrieve: (_context, record) => ok({ ...record }),
    update: updateTemplate,
    destroy: "forbidden",
  },
});

/**
 * `DashboardTemplateViewSet` (products/dashboards/backend/api/dashboard_templates.py), scope
 * `dashboard_template`: reads for everyone; every other method only for staff users
 * (`OnlyStaffCanEditDashboardTemplate`, checked before the view runs, so a DELETE by a non-staff
 * user is its 403 and by staff `ForbidDestroyModel`'s 405). The emulator option `staffUser`
 * says whether the key's user is staff.
 */
export const dashboardTemplatesResource: ResourceModule = {
  segment: "dashboard_templates",
  scopeObject: "dashboard_template",
  environmentsAlias: false,
  throttle: "default",
  handle(context) {
    if (!SAFE_METHODS.has(context.method) && context.settings.staffUser === false) throw permissionDenied("You don't have edit permissions for this dashboard template.");
    return routeTemplates(context);
  },
};
