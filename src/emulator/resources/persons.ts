import { isRecord, type JsonRecord } from "../json.js";
import type { CohortRecord, PersonRecord, ProjectState } from "../state.js";

/**
 * Ingestion's person side: the person of `distinctId` is created, or its properties are
 * updated (`$set`), as posthog-js's `identify` and person properties on events do.
 */
export function upsertPerson(project: ProjectState, distinctId: string, properties: JsonRecord): PersonRecord {
  const persons = (project.persons ??= []);
  let person = persons.find((candidate) => candidate.distinct_ids?.includes(distinctId));
  if (person === undefined) {
    person = { count: 1, properties: {}, distinct_ids: [distinctId] };
    persons.push(person);
  }
  Object.assign(person.properties, properties);
  return person;
}

/** Thrown when a condition names something PostHog cannot resolve; the endpoint answers 400 on `filters`. */
export class UnevaluableFilter extends Error {}

/**
 * The number of persons matching every property filter of a release condition (`properties`
 * combined with AND). The filters are resolved first, persons or not, as PostHog builds its query
 * before running it: a cohort that does not exist fails either way.
 */
export function countMatchingPersons(project: ProjectState, properties: readonly unknown[]): number {
  for (const filter of properties) resolveCohorts(project, filter, new Set());
  return (project.persons ?? []).reduce((total, person) => total + (properties.every((filter) => matchesFilter(project, person, filter, new Set())) ? person.count : 0), 0);
}

/** Every person of the project (`team.persons_seen_so_far`). */
export function countPersons(project: ProjectState): number {
  return (project.persons ?? []).reduce((total, person) => total + person.count, 0);
}

function matchesFilter(project: ProjectState, person: PersonRecord, filter: unknown, visiting: Set<number>): boolean {
  if (!isRecord(filter)) return false;
  if ((filter.type === "AND" || filter.type === "OR") && Array.isArray(filter.values)) {
    const results = filter.values.map((value) => matchesFilter(project, person, value, visiting));
    return filter.type === "AND" ? results.every(Boolean) : results.some(Boolean);
  }
  const negate = filter.negation === true;
  let matched: boolean;
  if (filter.type === "cohort" || filter.type === "precalculated-cohort" || filter.type === "static-cohort") {
    matched = inCohort(project, person, filter.value, visiting);
    if (filter.operator === "not_in") matched = !matched;
  } else if (filter.type === "person" || filter.type === undefined) {
    matched = matchesProperty(person.properties[String(filter.key)], filter.operator ?? "exact", filter.value);
  } else {
    matched = false;
  }
  return negate ? !matched : matched;
}

function resolveCohorts(project: ProjectState, filter: unknown, visiting: Set<number>): void {
  if (!isRecord(filter)) return;
  if (Array.isArray(filter.values)) for (const value of filter.values) resolveCohorts(project, value, visiting);
  if (filter.type !== "cohort" && filter.type !== "precalculated-cohort" && filter.type !== "static-cohort") return;
  const cohort = findCohort(project, filter.value);
  if (visiting.has(cohort.id) || !isRecord(cohort.filters)) return;
  visiting.add(cohort.id);
  resolveCohorts(project, cohort.filters.properties, visiting);
}

function findCohort(project: ProjectState, id: unknown): CohortRecord {
  const cohort = project.cohorts.find((candidate) => String(candidate.id) === String(id) && !candidate.deleted);
  if (cohort === undefined) throw new UnevaluableFilter("Cohort matching query does not exist.");
  return cohort;
}

/** Membership of a dynamic cohort defined by person properties; static and behavioural cohorts hold nobody here. */
function inCohort(project: ProjectState, person: PersonRecord, id: unknown, visiting: Set<number>): boolean {
  const cohort = findCohort(project, id);
  if (cohort.is_static || visiting.has(cohort.id) || !isRecord(cohort.filters)) return false;
  visiting.add(cohort.id);
  try {
    return matchesFilter(project, person, cohort.filters.properties, visiting);
  } finally {
    visiting.delete(cohort.id);
  }
}

/** PostHog's property operators on a person property; values compare as the strings ClickHouse stores. */
function matchesProperty(actual: unknown, operator: unknown, expected: unknown): boolean {
  const set = actual !== undefined && actual !== null;
  const text = set ? String(actual) : "";
  const values = (Array.isArray(expected) ? expected : [expected]).map((value) => String(value));
  const number = Number(actual);
  const bound = Number(expected);
  switch (operator) {
    case "is_set":
      return set;
    case "is_not_set":
      return !set;
    case "exact":
      return set && values.includes(text);
    case "is_not":
      return !set || !values.includes(text);
    case "icontains":
      return set && text.toLowerCase().includes(String(expected).toLowerCase());
    case "not_icontains":
      return !set || !text.toLowerCase().includes(String(expected).toLowerCase());
    case "regex":
      return set && safeRegex(String(expected))?.test(text) === true;
    case "not_regex":
      return !set || safeRegex(String(expected))?.test(text) !== true;
    case "gt":
      return set && number > bound;
    case "gte":
      return set && number >= bound;
    case "lt":
      return set && number < bound;
    case "lte":
      return set && number <= bound;
    case "is_date_before":
      return set && Date.parse(text) < Date.parse(String(expected));
    case "is_date_after":
      return set && Date.parse(text) > Date.parse(String(expected));
    default:
      return false;
  }
}

function safeRegex(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}
