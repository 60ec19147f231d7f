import { randomInt, randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { coerceDateTime } from "../datetime.js";
import { notFound, serverError, validationError } from "../errors.js";
import { hasField, isTruthy, isUuid, readBoolean, readChoice, readInteger, readRequestBody, readString } from "../fields.js";
import { isJsonEqual, isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import type { EmulatorState, FeatureFlagRecord, ProjectState } from "../state.js";
import { currentUser, type UserBasic } from "../users.js";
import { serializeMinimalFlag } from "./feature-flag-serializer.js";
import { createFeatureFlag } from "./feature-flag-writes.js";
import { readableContent, readContent, validateLaunch } from "./product-tour-content.js";
import { assertSurveyStepsWritable, endSurveys, storedSteps, syncSurveySteps } from "./product-tour-surveys.js";
import { buildFlagGroups, readTargeting, refreshedUserGroups, userGroupsOf, waitPeriodOf } from "./product-tour-targeting.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { routeViewset } from "./viewset.js";
import { deleteFlag } from "./survey-flags.js";
import { variantKeys } from "./survey-input.js";

/** One `ProductTour` row (products/product_tours/backend/models.py), with the fields the emulator serves. */
export interface ProductTourRecord {
  id: string;
  name: string;
  description: string;
  content: JsonRecord;
  auto_launch: boolean;
  start_date: string | null;
  end_date: string | null;
  archived: boolean;
  internal_targeting_flag_id: number | null;
  linked_flag_id: number | null;
  created_at: string;
  updated_at: string;
  created_by: UserBasic | null;
}

/** `PRODUCT_TOUR_TARGETING_FLAG_PREFIX` (posthog/constants.py). */
const PREFIX = "product-tour-targeting-";

function toursOf(project: ProjectState): ProductTourRecord[] {
  project.productTours ??= [];
  return project.productTours;
}

/** Django's `slugify`: ASCII only, lower case, runs of spaces and dashes as one dash, trimmed of dashes and underscores. */
function slugify(text: string): string {
  const ascii = text.normalize("NFKD").replace(/[^\x00-\x7f]/g, "");
  return ascii.toLowerCase().replace(/[^\w\s-]/g, "").replace(/[-\s]+/g, "-").replace(/^[-_]+|[-_]+$/g, "");
}

function flagOf(project: ProjectState, tour: ProductTourRecord) {
  return project.featureFlags.find((flag) => flag.id === tour.internal_targeting_flag_id);
}

/** `_update_internal_targeting_flag_state`'s rule, also the new flag's `active`. */
const shouldBeActive = (tour: ProductTourRecord) => tour.start_date !== null && tour.end_date === null && !tour.archived;

/** `_create_internal_targeting_flag`: through the flag serializer, so its validation applies. */
function createInternalFlag(state: EmulatorState, project: ProjectState, tour: ProductTourRecord): void {
  const random = Array.from({ length: 8 }, () => "0123456789abcdef"[randomInt(16)]).join("");
  const flag = createFeatureFlag(state, project, {
    key: `${PREFIX}${slugify(tour.name)}-${random}`,
    name: `Product Tour: ${tour.name}`,
    filters: { groups: buildFlagGroups(tour) },
    active: shouldBeActive(tour),
    creation_context: "product_tours",
  });
  tour.internal_targeting_flag_id = flag.id;
}

/** `_update_targeting_flag_filters`: the flag's groups rebuilt from the user property groups (a model save). */
function writeTargeting(project: ProjectState, tour: ProductTourRecord, userGroups: unknown[][] | undefined): void {
  const flag = flagOf(project, tour);
  if (flag !== undefined) flag.filters = { groups: buildFlagGroups(tour, userGroups) };
}

type TourInput = Partial<Pick<ProductTourRecord, "name" | "description" | "content" | "auto_launch" | "start_date" | "end_date" | "archived" | "linked_flag_id">>;

/** `ProductTourSerializerCreateUpdateOnly`'s writable fields, in field order. */
function readTourInput(body: JsonRecord, creating: boolean): TourInput {
  const input: TourInput = {};
  const name = readString(body, "name", { required: creating, maxLength: 400 });
  if (typeof name === "string") input.name = name;
  const description = readString(body, "description", { allowBlank: true });
  if (typeof description === "string") input.description = description;
  const linked = readInteger(body, "linked_flag_id", { allowNull: true });
  if (linked !== undefined) input.linked_flag_id = linked;
  const content = readContent(body);
  if (content !== undefined) input.content = content;
  const autoLaunch = readBoolean(body, "auto_launch");
  if (typeof autoLaunch === "boolean") input.auto_launch = autoLaunch;
  for (const key of ["start_date", "end_date"] as const) {
    if (hasField(body, key)) input[key] = body[key] === null ? null : coerceDateTime(body[key], [key]);
  }
  const archived = readBoolean(body, "archived");
  if (typeof archived === "boolean") input.archived = archived;
  readChoice(body, "creation_context", ["app", "toolbar"]);
  return input;
}

/**
 * `ProductTourSerializerCreateUpdateOnly.validate`: the linked flag (the one sent, or on PATCH the
 * tour's own) must be a flag of this team, and a `linkedFlagVariant` in the content sent must be
 * one of its variants (or `any`), or needs a linked flag at all.
 */
function validateLinkedFlag(project: ProjectState, input: TourInput, tour: ProductTourRecord | undefined): void {
  const id = input.linked_flag_id !== undefined || tour === undefined ? input.linked_flag_id : tour.linked_flag_id;
  let linked: FeatureFlagRecord | undefined;
  if (isTruthy(id)) {
    linked = project.featureFlags.find((flag) => flag.id === id);
    if (linked === undefined) throw validationError(null, "Feature Flag with this ID does not exist");
  }
  const conditions = isRecord(input.content) && isRecord(input.content.conditions) ? input.content.conditions : {};
  const variant = conditions.linkedFlagVariant;
  if (isTruthy(variant) && linked !== undefined && variant !== "any") {
    const keys = variantKeys(linked);
    if (!keys.includes(String(variant))) {
      throw validationError(null, keys.length > 0 ? `Feature flag variant '${String(variant)}' does not exist. Available variants: ${keys.join(", ")}` : `Feature flag variant '${String(variant)}' specified but the linked feature flag has no variants`);
    }
  } else if (isTruthy(variant) && !isTruthy(id)) {
    throw validationError(null, "linkedFlagVariant can only be used when a linked_flag_id is specified");
  }
}

/** The `unique_product_tour_name_per_team` constraint over live tours: no serializer validator covers it, so a clash is the database's IntegrityError. */
function assertNameFree(project: ProjectState, name: string, self: ProductTourRecord | undefined): void {
  if (toursOf(project).some((tour) => !tour.archived && tour !== self && tour.name === name)) throw serverError();
}

function serializeCommon(project: ProjectState, tour: ProductTourRecord): JsonRecord {
  const flag = flagOf(project, tour);
  // `on_delete=SET_NULL`: a flag deleted for good leaves no link behind.
  const linked = tour.linked_flag_id === null ? undefined : project.featureFlags.find((candidate) => candidate.id === tour.linked_flag_id);
  return {
    id: tour.id,
    name: tour.name,
    description: tour.description,
    internal_targeting_flag: flag === undefined ? null : serializeMinimalFlag(project, flag),
    linked_flag: linked === undefined ? null : serializeMinimalFlag(project, linked),
  };
}

const tail = (tour: ProductTourRecord): JsonRecord => ({
  auto_launch: tour.auto_launch,
  start_date: tour.start_date,
  end_date: tour.end_date,
  created_at: tour.created_at,
  created_by: tour.created_by,
  updated_at: tour.updated_at,
  archived: tour.archived,
});

/** `ProductTourSerializer` (reads): the user targeting read back from the internal flag, the steps normalised again; a direct update has cleared any draft. */
function serializeTour(project: ProjectState, tour: ProductTourRecord): JsonRecord {
  return { ...serializeCommon(project, tour), targeting_flag_filters: readTargeting(tour, flagOf(project, tour)), content: readableContent(tour.content), draft_content: null, has_draft: false, ...tail(tour) };
}

/** `ProductTourSerializerCreateUpdateOnly` (POST and PATCH answers): `linked_flag_id`, `targeting_flag_filters` and `creation_context` are write-only. */
function serializeWritten(project: ProjectState, tour: ProductTourRecord): JsonRecord {
  return { ...serializeCommon(project, tour), content: tour.content, ...tail(tour) };
}

/** `create`: `targeting_flag_filters` is popped and, when truthy, applied to the flag an auto-launched tour gets. */
function createTour(context: ResourceContext): ResourceResponse {
  const body = readRequestBody(context.body);
  const input = readTourInput(body, true);
  validateLinkedFlag(context.project, input, undefined);
  validateLaunch(input.content, input.start_date, undefined);
  assertNameFree(context.project, input.name ?? "", undefined);
  const now = isoNow();
  const tour: ProductTourRecord = {
    id: randomUUID(), name: "", description: "", content: {}, auto_launch: false, start_date: null, end_date: null, archived: false,
    internal_targeting_flag_id: null, linked_flag_id: null, created_at: now, updated_at: now, created_by: currentUser(), ...input,
  };
  const targeting = tour.auto_launch && isTruthy(body.targeting_flag_filters) ? userGroupsOf(body.targeting_flag_filters) : undefined;
  assertSurveyStepsWritable(context.project, tour, undefined);
  if (tour.auto_launch) createInternalFlag(context.state, context.project, tour);
  if (targeting !== undefined) writeTargeting(context.project, tour, targeting);
  syncSurveySteps(context.project, tour, undefined);
  toursOf(context.project).push(tour);
  return created(serializeWritten(context.project, tour));
}

/**
 * `ProductTourSerializerCreateUpdateOnly.update`: the internal flag follows auto launch, the dates
 * and archiving; targeting sent applies to an existing flag, and otherwise a change of
 * `displayFrequency` or of the wait period rebuilds the flag around the user targeting it holds.
 * Every failure is checked before the write (PostHog's is one transaction).
 */
function updateTour(context: ResourceContext, tour: ProductTourRecord): ResourceResponse {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const input = readTourInput(body, false);
  validateLinkedFlag(project, input, tour);
  validateLaunch(input.content, input.start_date, tour);
  const live = !(input.archived ?? tour.archived);
  if (live && (input.name !== undefined || tour.archived)) assertNameFree(project, input.name ?? tour.name, tour);
  const previous = tour.content;
  const next = { ...tour, ...input };
  assertSurveyStepsWritable(project, next, previous);
  const datesChanged = (["start_date", "end_date", "archived"] as const).some((key) => input[key] !== undefined && input[key] !== tour[key]);
  const launchChanged = input.auto_launch !== undefined && input.auto_launch !== tour.auto_launch;
  const rebuild = previous.displayFrequency !== next.content.displayFrequency || !isJsonEqual(waitPeriodOf(previous) ?? null, waitPeriodOf(next.content) ?? null);
  const sent = hasField(body, "targeting_flag_filters");
  const existing = flagOf(project, tour);
  const targeting = sent && (existing !== undefined || (launchChanged && next.auto_launch)) ? userGroupsOf(body.targeting_flag_filters) : undefined;
  const kept = !sent && rebuild && existing !== undefined ? refreshedUserGroups(next, existing) : undefined;
  Object.assign(tour, input, { updated_at: isoNow() });
  if (launchChanged) {
    if (tour.auto_launch && existing === undefined) createInternalFlag(state, project, tour);
    else if (existing !== undefined) existing.active = tour.auto_launch ? shouldBeActive(tour) : false;
  } else if (datesChanged && tour.auto_launch && existing !== undefined) existing.active = shouldBeActive(tour);
  if (sent) writeTargeting(project, tour, targeting);
  else if (rebuild && existing !== undefined) writeTargeting(project, tour, kept);
  syncSurveySteps(project, tour, previous);
  return ok(serializeWritten(project, tour));
}

/**
 * Product tours (`/api/projects/{id}/product_tours/`, projects only), after `ProductTourSerializer`,
 * `ProductTourSerializerCreateUpdateOnly` and `ProductTourViewSet`
 * (products/product_tours/backend/api/product_tour.py, stored version 04ac6a27): scope object
 * `product_tour`; the viewset reads `all_objects`, so archived tours stay on every route; steps are
 * normalised (`product-tour-content.ts`) and a launch needs complete element targeting; an
 * auto-launched tour gets an internal targeting flag (`product-tour-targeting.ts`); each survey step
 * gets a survey PostHog keeps in step with the tour (`product-tour-surveys.ts`); a linked flag is
 * validated with its variant; DELETE deletes the tour for good, with that flag, and ends the step
 * surveys (204). Drafts are not modelled (the product never writes them).
 */
export const productToursResource: ResourceModule = {
  segment: "product_tours",
  scopeObject: "product_tour",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<ProductTourRecord>({
    list: (context) => {
      const search = context.requestUrl.searchParams.get("search")?.toLowerCase();
      const found = toursOf(context.project).filter((tour) => search === undefined || `${tour.name}\n${tour.description}`.toLowerCase().includes(search));
      const page = paginate(found, context.requestUrl);
      return ok({ ...page, results: page.results.map((tour) => serializeTour(context.project, tour)) });
    },
    create: createTour,
    detail: {
      find: ({ project }, id) => {
        const tour = isUuid(id) ? toursOf(project).find((candidate) => candidate.id === id) : undefined;
        if (tour === undefined) throw notFound();
        return tour;
      },
      retrieve: (context, tour) => ok(serializeTour(context.project, tour)),
      update: updateTour,
      destroy: (context, tour) => {
        deleteFlag(context.project, tour.internal_targeting_flag_id);
        endSurveys(context.project, storedSteps(tour.content), new Set());
        context.project.productTours = toursOf(context.project).filter((candidate) => candidate !== tour);
        return noContent();
      },
    },
  }),
};
