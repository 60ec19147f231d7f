import { isoNow } from "../clock.js";
import { validationError } from "../errors.js";
import { hasField, readRequestBody, readString } from "../fields.js";
import { cloneJson, isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import { allocateId, type HoldoutRecord, type ProjectState } from "../state.js";
import { currentUser } from "../users.js";
import { created, noContent, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { findByIntegerId, routeViewset } from "./viewset.js";

/** `ExperimentHoldout.description` is a `CharField(max_length=400)`, so the serializer refuses longer text. */
const DESCRIPTION_MAX = 400;

/**
 * Experiment holdouts (`/api/projects/{id}/experiment_holdouts/`): a full model viewset with hard
 * delete. Changing or deleting a holdout rewrites `filters.holdout` on the flags of linked experiments.
 */
export const experimentHoldoutsResource: ResourceModule = {
  segment: "experiment_holdouts",
  scopeObject: "experiment_holdout",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<HoldoutRecord>({
    list: listHoldouts,
    create: createHoldout,
    detail: {
      find: ({ project }, id) => findByIntegerId(project.holdouts, id),
      retrieve: (_context, holdout) => ok(serializeHoldout(holdout)),
      update: updateHoldout,
      destroy: destroyHoldout,
    },
  }),
};

/** Deleting a holdout takes it off the flags and experiments that used it. */
function destroyHoldout({ project }: ResourceContext, holdout: HoldoutRecord): ResourceResponse {
  project.holdouts = project.holdouts.filter((candidate) => candidate !== holdout);
  rewriteLinkedFlags(project, holdout, null);
  for (const experiment of project.experiments) if (experiment.holdout_id === holdout.id) experiment.holdout_id = null;
  return noContent();
}

/** The holdout serializer shape, also embedded in experiments. */
export function serializeHoldout(holdout: HoldoutRecord): JsonRecord {
  return {
    id: holdout.id,
    name: holdout.name,
    description: holdout.description,
    filters: holdout.filters,
    created_by: holdout.created_by,
    created_at: holdout.created_at,
    updated_at: holdout.updated_at,
    // UserAccessControlSerializerMixin: the single emulator user may edit everything.
    user_access_level: "editor",
  };
}

function readHoldoutFilters(body: JsonRecord, holdoutId: number): JsonRecord[] {
  const filters = body.filters;
  if (!Array.isArray(filters) || filters.length === 0) throw validationError("filters", "Filters must not be empty.");
  return filters.map((group) => {
    // `validate_filters` reads `filter.get("rollout_percentage") is None`: a null rollout is as absent as a missing one.
    if (!isRecord(group) || group.rollout_percentage === undefined || group.rollout_percentage === null) throw validationError("filters", "Rollout percentage must be present.");
    const rollout = group.rollout_percentage;
    if (typeof rollout !== "number" || rollout < 0 || rollout > 100) throw validationError("filters", "Rollout percentage must be between 0 and 100.");
    return { ...cloneJson(group), properties: Array.isArray(group.properties) ? cloneJson(group.properties) : [], variant: `holdout-${holdoutId}` };
  });
}

/** Points `filters.holdout` of every flag behind an experiment using this holdout at the holdout (or clears it). */
function rewriteLinkedFlags(project: ProjectState, holdout: HoldoutRecord, replacement: JsonRecord | null): void {
  const flagIds = new Set(project.experiments.filter((experiment) => experiment.holdout_id === holdout.id).map((experiment) => experiment.feature_flag_id));
  for (const flag of project.featureFlags) {
    if (!flagIds.has(flag.id)) continue;
    flag.filters = { ...flag.filters, holdout: replacement };
    flag.version += 1;
    flag.updated_at = isoNow();
  }
}

function createHoldout(context: ResourceContext): ResourceResponse {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { required: true, maxLength: 400 }) ?? "";
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: DESCRIPTION_MAX });
  const id = allocateId(state, "experiment_holdout");
  const filters = readHoldoutFilters(body, id);
  const now = isoNow();
  const holdout: HoldoutRecord = { id, name, description: description ?? null, filters, created_at: now, created_by: currentUser(), updated_at: now };
  project.holdouts.push(holdout);
  return created(serializeHoldout(holdout));
}

function updateHoldout(context: ResourceContext, holdout: HoldoutRecord): ResourceResponse {
  const body = readRequestBody(context.body);
  const name = readString(body, "name", { maxLength: 400 });
  const description = readString(body, "description", { allowNull: true, allowBlank: true, maxLength: DESCRIPTION_MAX });
  const filters = hasField(body, "filters") ? readHoldoutFilters(body, holdout.id) : undefined;
  if (name !== undefined && name !== null) holdout.name = name;
  if (description !== undefined) holdout.description = description;
  if (filters !== undefined) {
    holdout.filters = filters;
    const first = filters[0];
    rewriteLinkedFlags(context.project, holdout, { id: holdout.id, exclusion_percentage: first?.rollout_percentage ?? 0 });
  }
  holdout.updated_at = isoNow();
  return ok(serializeHoldout(holdout));
}

function listHoldouts(context: ResourceContext): ResourceResponse {
  const holdouts = [...context.project.holdouts].sort((left, right) => right.created_at.localeCompare(left.created_at) || right.id - left.id);
  const page = paginate(holdouts, context.requestUrl);
  return ok({ ...page, results: page.results.map(serializeHoldout) });
}
