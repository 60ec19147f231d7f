import { isoNow } from "../clock.js";
import { validationError } from "../errors.js";
import { hasField, parseBooleanText, readBoolean, readChoice, readList, readObject, readRequestBody, readString } from "../fields.js";
import { cloneJson, isRecord, type JsonRecord } from "../json.js";
import { paginate } from "../pagination.js";
import { allocateId, type CohortRecord, type ProjectState } from "../state.js";
import { currentUser } from "../users.js";
import { cohortReferences } from "./feature-flag-input.js";
import { created, ok, type ResourceContext, type ResourceModule, type ResourceResponse } from "./resource.js";
import { findByIntegerId, routeViewset } from "./viewset.js";

const COHORT_TYPES = ["static", "person_property", "behavioral", "analytical", "realtime"];
const VALUELESS_OPERATORS = new Set(["is_set", "is_not_set"]);

/**
 * Cohorts (`/api/projects/{id}/cohorts/`): dynamic cohorts with a `filters.properties` tree, static
 * cohorts with a source, soft delete guarded by the flags and settings that still use the cohort.
 * Cohorts have no tags and names are not unique.
 */
export const cohortsResource: ResourceModule = {
  segment: "cohorts",
  scopeObject: "cohort",
  environmentsAlias: false,
  throttle: "default",
  handle: routeViewset<CohortRecord>({
    list: listCohorts,
    create: createCohort,
    detail: {
      find: ({ project }, id) => findByIntegerId(project.cohorts, id),
      retrieve: (_context, cohort) => ok(serializeCohort(cohort)),
      update: updateCohort,
      destroy: "forbidden",
    },
  }),
};

function serializeCohort(cohort: CohortRecord, basic = false): JsonRecord {
  const core: JsonRecord = {
    id: cohort.id,
    name: cohort.name,
    description: cohort.description,
    deleted: cohort.deleted,
    is_calculating: false,
    created_by: cohort.created_by,
    created_at: cohort.created_at,
    last_calculation: cohort.last_calculation,
    version: cohort.version,
    count: cohort.count,
    is_static: cohort.is_static,
    cohort_type: cohort.cohort_type,
    errors_calculating: 0,
    last_error_message: null,
    last_backfill_person_properties_at: null,
    experiment_set: [],
    // Calculations finish at once here, so nothing is ever pending beyond the current version.
    pending_version: cohort.version,
    condition_type: conditionType(cohort.filters),
    // SearchMatchTypeSerializerMixin: "exact"/"similar" only for a `search` list request.
    search_match_type: null,
  };
  if (basic) return core;
  return { ...core, groups: cohort.groups, filters: cohort.filters, query: cohort.query };
}

const LIFECYCLE_VALUES = new Set(["performed_event_first_time", "performed_event_regularly", "stopped_performing_event", "restarted_performing_event"]);

/** `condition_type`: which kinds of conditions the filters hold, as the serializer's help text defines them; null without filters. */
function conditionType(filters: JsonRecord | null): JsonRecord | null {
  const found = leaves(filters?.properties);
  if (found.length === 0) return null;
  const behavioral = found.filter((leaf) => leaf.type === "behavioral");
  return {
    person_properties: found.some((leaf) => leaf.type === "person" || leaf.type === "person_metadata"),
    behavioral: behavioral.some((leaf) => !LIFECYCLE_VALUES.has(String(leaf.value))),
    lifecycle: behavioral.some((leaf) => LIFECYCLE_VALUES.has(String(leaf.value))),
    cohorts: found.some((leaf) => leaf.type === "cohort"),
  };
}

function leaves(node: unknown): JsonRecord[] {
  if (!isRecord(node)) return [];
  if (Array.isArray(node.values) && (node.type === "AND" || node.type === "OR")) return node.values.flatMap(leaves);
  return [node];
}

function hasBehavioralFilter(filters: JsonRecord | null): boolean {
  return filters !== null && leaves(filters.properties).some((leaf) => leaf.type === "behavioral");
}

function referencedCohortIds(filters: JsonRecord | null): number[] {
  if (filters === null) return [];
  return leaves(filters.properties)
    .filter((leaf) => leaf.type === "cohort")
    .map((leaf) => Number(leaf.value))
    .filter((id) => Number.isInteger(id));
}

function reachesCohort(project: ProjectState, fromIds: readonly number[], targetId: number, visited = new Set<number>()): boolean {
  return fromIds.some((id) => {
    if (id === targetId) return true;
    if (visited.has(id)) return false;
    visited.add(id);
    const next = project.cohorts.find((cohort) => cohort.id === id);
    return next !== undefined && reachesCohort(project, referencedCohortIds(next.filters), targetId, visited);
  });
}

function validateFilterTree(project: ProjectState, filters: JsonRecord, existing: CohortRecord | undefined): JsonRecord {
  const properties = filters.properties;
  if (!isRecord(properties) || typeof properties.type !== "string" || !Array.isArray(properties.values)) {
    throw validationError("filters", "Must contain a 'properties' key with type and values");
  }
  for (const leaf of leaves(properties)) {
    if (leaf.type === "person") {
      const required = VALUELESS_OPERATORS.has(String(leaf.operator)) ? ["key", "operator"] : ["key", "operator", "value"];
      const missing = required.filter((key) => !Object.hasOwn(leaf, key));
      if (missing.length > 0) throw validationError("filters", `Missing required keys for person filter: ${missing.join(", ")}`);
    } else if (leaf.type === "cohort") {
      const target = project.cohorts.find((cohort) => String(cohort.id) === String(leaf.value) && !cohort.deleted);
      if (target === undefined) throw validationError("filters", `Invalid Cohort ID in filter: ${String(leaf.value)}`);
      if (existing !== undefined && reachesCohort(project, [target.id], existing.id)) {
        throw validationError("filters", "Cohorts cannot reference other cohorts in a loop.");
      }
    } else if (leaf.type === "behavioral") {
      const missing = ["key", "value"].filter((key) => !Object.hasOwn(leaf, key));
      if (missing.length > 0) throw validationError("filters", `Missing required keys for behavioral filter: ${missing.join(", ")}`);
    } else if (typeof leaf.type !== "string") {
      throw validationError("filters", "Every cohort filter needs a type.");
    }
  }
  return cloneJson(filters);
}

function computeCohortType(isStatic: boolean, filters: JsonRecord | null): string {
  if (isStatic) return "static";
  return hasBehavioralFilter(filters) ? "behavioral" : "person_property";
}

interface CohortInput {
  name?: string | null;
  description?: string;
  is_static?: boolean;
  filters?: JsonRecord | null;
  query?: JsonRecord | null;
  groups?: unknown[];
  cohort_type?: string | null;
  deleted?: boolean;
  staticPersonIds?: unknown[];
}

function readCohortInput(project: ProjectState, body: JsonRecord, existing: CohortRecord | undefined): CohortInput {
  const input: CohortInput = {};
  const name = readString(body, "name", { allowNull: true, allowBlank: true, maxLength: 400 });
  if (name !== undefined) input.name = name;
  const description = readString(body, "description", { allowBlank: true, maxLength: 1000 });
  if (description !== undefined && description !== null) input.description = description;
  const isStatic = readBoolean(body, "is_static");
  if (isStatic !== undefined && isStatic !== null) input.is_static = isStatic;
  const filters = readObject(body, "filters", { allowNull: true });
  if (filters !== undefined) input.filters = filters === null ? null : validateFilterTree(project, filters, existing);
  const query = readObject(body, "query", { allowNull: true });
  if (query !== undefined) input.query = query;
  const groups = readList(body, "groups");
  if (groups !== undefined && groups !== null) input.groups = groups;
  const cohortType = readChoice(body, "cohort_type", COHORT_TYPES, { allowNull: true });
  if (cohortType !== undefined) input.cohort_type = cohortType === null ? null : String(cohortType);
  const deleted = readBoolean(body, "deleted");
  if (deleted !== undefined && deleted !== null) input.deleted = deleted;
  const personIds = readList(body, "_create_static_person_ids");
  if (personIds !== undefined && personIds !== null) input.staticPersonIds = personIds;
  readString(body, "_create_in_folder", { allowBlank: true });

  const isStaticAfter = input.is_static ?? existing?.is_static ?? false;
  const hasFilters = input.filters !== undefined && input.filters !== null;
  const hasQuery = input.query !== undefined && input.query !== null;
  if (hasQuery && hasFilters) throw validationError(null, "Cannot set both filters and query on a cohort.");
  if (hasQuery && !isStaticAfter) throw validationError("query", "Cannot create a dynamic cohort with a query. Set is_static to true.");
  return input;
}

function createCohort(context: ResourceContext): ResourceResponse {
  const { project, state } = context;
  const body = readRequestBody(context.body);
  const input = readCohortInput(project, body, undefined);
  // `_create_static_person_ids` defaults to `[]`, so `_handle_static` always has a source: a static
  // cohort sent with only a name is created empty ("Invalid source for static cohort" is unreachable).
  const isStatic = input.is_static ?? false;
  const filters = input.filters ?? (input.groups && input.groups.length > 0 ? { properties: { type: "OR", values: cloneJson(input.groups) } } : null);
  const cohort: CohortRecord = {
    id: allocateId(state, "cohort"),
    name: input.name ?? null,
    description: input.description ?? "",
    is_static: isStatic,
    filters,
    query: input.query ?? null,
    groups: input.groups ?? [],
    cohort_type: input.cohort_type ?? computeCohortType(isStatic, filters),
    deleted: input.deleted ?? false,
    version: isStatic ? null : 1,
    created_at: isoNow(),
    created_by: currentUser(),
    last_calculation: isStatic ? null : isoNow(),
    count: isStatic ? 0 : null,
  };
  project.cohorts.push(cohort);
  return created(serializeCohort(cohort));
}

function updateCohort(context: ResourceContext, cohort: CohortRecord): ResourceResponse {
  const { project } = context;
  const body = readRequestBody(context.body);
  const input = readCohortInput(project, body, cohort);
  if (cohort.is_static && (hasField(body, "filters") || hasField(body, "query"))) {
    throw validationError("filters", "Cannot update the criteria of a static cohort.");
  }
  const usingFlags = project.featureFlags.filter((flag) => !flag.deleted && flag.active && cohortReferences(flag.filters).includes(cohort.id));
  if (input.filters !== undefined && hasBehavioralFilter(input.filters) && usingFlags.length > 0) {
    throw validationError(
      "filters",
      `A behavioral cohort cannot be used in feature flags. This cohort is used by: ${usingFlags.map((flag) => flag.key).join(", ")}.`,
      "behavioral_cohort_found",
    );
  }
  if (input.deleted === true && !cohort.deleted) assertCohortUnused(project, cohort, usingFlags.map((flag) => `${flag.key} (ID: ${flag.id})`));

  if (input.name !== undefined) cohort.name = input.name;
  if (input.description !== undefined) cohort.description = input.description;
  if (input.filters !== undefined) {
    cohort.filters = input.filters;
    cohort.version = (cohort.version ?? 0) + 1;
    cohort.last_calculation = isoNow();
  }
  if (input.query !== undefined) cohort.query = input.query;
  if (input.groups !== undefined) cohort.groups = input.groups;
  if (input.deleted !== undefined) cohort.deleted = input.deleted;
  cohort.cohort_type = input.cohort_type ?? computeCohortType(cohort.is_static, cohort.filters);
  return ok(serializeCohort(cohort));
}

function assertCohortUnused(project: ProjectState, cohort: CohortRecord, flagNames: readonly string[]): void {
  if (flagNames.length > 0) {
    throw validationError(null, `This cohort is used in ${flagNames.length} active feature flag(s): ${flagNames.join(", ")}. Remove it from those flags before deleting it.`);
  }
  const testFilters = project.settings.test_account_filters;
  if (Array.isArray(testFilters) && testFilters.some((filter) => isRecord(filter) && filter.type === "cohort" && String(filter.value) === String(cohort.id))) {
    throw validationError(null, "This cohort is used in the project's test account filters. Remove it from the filters before deleting it.");
  }
  const dependents = project.cohorts.filter((other) => other !== cohort && !other.deleted && referencedCohortIds(other.filters).includes(cohort.id));
  if (dependents.length > 0) {
    throw validationError(null, `This cohort is used by other cohorts: ${dependents.map((other) => `${other.name ?? ""} (ID: ${other.id})`).join(", ")}.`);
  }
}

function listCohorts(context: ResourceContext): ResourceResponse {
  const { project, query } = context;
  let cohorts = project.cohorts.filter((cohort) => !cohort.deleted);
  const search = query.get("search");
  if (search !== null) {
    if (search.length > 200) throw validationError("search", "Ensure this field has no more than 200 characters.", "max_length");
    cohorts = cohorts.filter((cohort) => (cohort.name ?? "").toLowerCase().includes(search.toLowerCase()));
  }
  const type = query.get("type");
  if (type === "static") cohorts = cohorts.filter((cohort) => cohort.is_static);
  if (type === "dynamic") cohorts = cohorts.filter((cohort) => !cohort.is_static);
  if (parseBooleanText(query.get("hide_behavioral_cohorts") ?? "")) cohorts = cohorts.filter((cohort) => !hasBehavioralFilter(cohort.filters));
  cohorts.sort((left, right) => right.created_at.localeCompare(left.created_at) || right.id - left.id);
  const basic = parseBooleanText(query.get("basic") ?? "");
  const page = paginate(cohorts, context.requestUrl);
  return ok({ ...page, results: page.results.map((cohort) => serializeCohort(cohort, basic)) });
}
