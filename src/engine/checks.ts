import { placeFindings, type Placeable } from "../adapters/checks/locate.js";
import { checkNames, type LocatedReference, type ProjectCatalog } from "../core/checks/definitions.js";
import { collectMetadataChecks, metadataQuery, readMetadataProblems } from "../core/checks/hogql.js";
import { findRolloutChanges } from "../core/checks/reach.js";
import { findNameReferences, type PropertyScope } from "../core/checks/references.js";
import { formatAddress, type DesiredResource } from "../core/model.js";
import type { JsonObject } from "../core/json.js";
import type { Plan, PlanChecks, RolloutReach, SkippedCheck } from "../core/plan/types.js";
import { isApiFailure, type ProjectApi } from "../core/ports.js";

/**
 * How many requests each check may send at most, so a large repository plans
 * within the rate budget: property lookups (50 names each), HogQL texts,
 * blast-radius estimates. What is left over is reported as skipped.
 */
export const CHECK_BUDGET = { propertyRequests: 20, hogql: 100, blastRadius: 50 } as const;

const PROPERTY_CHUNK = 50;
const SUGGESTION_PAGE = 500;

/** What a check's failure means: a key without the scope and an instance without the route are notes, not errors. */
function skipReason(error: unknown): SkippedCheck["reason"] | undefined {
  if (!isApiFailure(error)) return undefined;
  if (error.status === 403) return "forbidden";
  if (error.status === 404 || error.status === 405) return "unavailable";
  return undefined;
}

/** The event definitions the plan listed, or why it could not list them. */
export type EventDefinitionRows = readonly JsonObject[] | "forbidden" | "unavailable";

/** The events a project has: each definition's name and whether ingestion has seen it. */
function readEvents(rows: readonly JsonObject[]): ReadonlyMap<string, boolean> {
  return new Map(rows.filter((row) => typeof row.name === "string").map((row) => [row.name as string, typeof row.last_seen_at === "string" && row.last_seen_at !== ""]));
}

async function readProperties(api: ProjectApi, wanted: ReadonlyMap<PropertyScope, ReadonlySet<string>>, skipped: SkippedCheck[]): Promise<Pick<ProjectCatalog, "properties" | "propertySuggestions">> {
  const properties: Record<PropertyScope, Map<string, string | null>> = { event: new Map(), person: new Map() };
  const propertySuggestions: Record<PropertyScope, string[]> = { event: [], person: [] };
  let budget = CHECK_BUDGET.propertyRequests;
  try {
    for (const [scope, names] of wanted) {
      const sorted = [...names].sort();
      for (let i = 0; i < sorted.length; i += PROPERTY_CHUNK) {
        if (budget-- <= 0) {
          skipped.push({ check: "properties", reason: "limit", count: sorted.length - i });
          return {};
        }
        const rows = await api.list("property_definitions", { type: scope, properties: sorted.slice(i, i + PROPERTY_CHUNK).join(",") });
        for (const row of rows) if (typeof row.name === "string") properties[scope].set(row.name, typeof row.property_type === "string" ? row.property_type : null);
      }
      if (sorted.some((name) => !properties[scope].has(name))) {
        // One page of the most used names PostHog lists first, for "did you mean".
        const page = await api.get(`property_definitions/?type=${scope}&limit=${SUGGESTION_PAGE}`);
        const results = page && Array.isArray(page.results) ? page.results : [];
        for (const row of results) if (row && typeof row === "object" && !Array.isArray(row) && typeof row.name === "string") propertySuggestions[scope].push(row.name);
      }
    }
  } catch (error) {
    const reason = skipReason(error);
    if (!reason) throw error;
    skipped.push({ check: "properties", reason });
    return {};
  }
  return { properties, propertySuggestions };
}

async function checkNamesAgainstProject(api: ProjectApi, resources: readonly DesiredResource[], events: EventDefinitionRows, skipped: SkippedCheck[]): Promise<Placeable[]> {
  const references: LocatedReference[] = resources.flatMap((resource) => findNameReferences(resource.fields).map((reference) => ({ resource, reference })));
  const wanted = new Map<PropertyScope, Set<string>>();
  for (const { reference } of references) if (reference.what === "property") (wanted.get(reference.scope) ?? wanted.set(reference.scope, new Set()).get(reference.scope)!).add(reference.name);
  if (typeof events === "string") skipped.push({ check: "events", reason: events });
  const catalog: ProjectCatalog = { ...(typeof events === "string" ? {} : { events: readEvents(events) }), ...(wanted.size > 0 ? await readProperties(api, wanted, skipped) : {}) };
  const byKey = new Map(references.map(({ resource, reference }) => [`${formatAddress(resource)}|${reference.field}`, reference.name]));
  return checkNames(references, catalog).map((diagnostic) => ({ diagnostic, text: byKey.get(`${diagnostic.resource}|${diagnostic.field}`) ?? "", offset: 0, byField: true }));
}

async function checkHogQLAgainstProject(api: ProjectApi, resources: readonly DesiredResource[], skipped: SkippedCheck[]): Promise<Placeable[]> {
  const { checks, withPlaceholders } = collectMetadataChecks(resources);
  if (withPlaceholders > 0) skipped.push({ check: "hogql", reason: "placeholders", count: withPlaceholders });
  if (checks.length > CHECK_BUDGET.hogql) skipped.push({ check: "hogql", reason: "limit", count: checks.length - CHECK_BUDGET.hogql });
  const found: Placeable[] = [];
  for (const check of checks.slice(0, CHECK_BUDGET.hogql)) {
    let response: JsonObject;
    try {
      response = await api.post("query/", metadataQuery(check), { idempotent: true });
    } catch (error) {
      const reason = skipReason(error);
      if (!reason) throw error;
      skipped.push({ check: "hogql", reason });
      break;
    }
    for (const problem of readMetadataProblems(check.text, response)) {
      for (const { resource, field } of check.holders) {
        const diagnostic = { severity: problem.severity, code: "hogql-schema", message: `HogQL: ${problem.message}`, field, resource: formatAddress(resource), ...(resource.source ? { source: resource.source } : {}) };
        found.push({ diagnostic, text: check.text, offset: problem.offset, byField: false });
      }
    }
  }
  return found;
}

async function sizeRollouts(api: ProjectApi, plan: Plan, skipped: SkippedCheck[]): Promise<RolloutReach[]> {
  const { requests, unsizable } = findRolloutChanges(plan.steps);
  if (requests.length > CHECK_BUDGET.blastRadius) skipped.push({ check: "blast-radius", reason: "limit", count: requests.length - CHECK_BUDGET.blastRadius });
  let refused = unsizable;
  const reach: RolloutReach[] = [];
  for (const request of requests.slice(0, CHECK_BUDGET.blastRadius)) {
    let answer: JsonObject;
    try {
      answer = await api.post("feature_flags/user_blast_radius/", request.body, { idempotent: true });
    } catch (error) {
      const reason = skipReason(error);
      if (reason) {
        skipped.push({ check: "blast-radius", reason });
        break;
      }
      if (isApiFailure(error) && error.status === 400) {
        refused++;
        continue;
      }
      throw error;
    }
    if (typeof answer.affected !== "number" || typeof answer.total !== "number") continue;
    const { body: _body, ...rest } = request;
    reach.push({ ...rest, affected: answer.affected, total: answer.total, unit: request.body.group_type_index === null ? "users" : "groups" });
  }
  if (refused > 0) skipped.push({ check: "blast-radius", reason: "unsizable", count: refused });
  return reach;
}

/**
 * Checks a plan against the live project, read-only and within a bounded
 * number of requests (`CHECK_BUDGET`): every event and property the
 * definitions name against the project's definitions (the event definitions
 * the plan already read, property definitions by name), every HogQL text
 * against PostHog's metadata check, and every rollout change against its
 * blast-radius endpoint. A key without a scope skips that check with a note.
 * With `root`, findings are placed at their file, line and column.
 */
export async function checkAgainstProject(options: { api: ProjectApi; plan: Plan; resources: readonly DesiredResource[]; events: EventDefinitionRows; root?: string }): Promise<PlanChecks> {
  const skipped: SkippedCheck[] = [];
  const names = await checkNamesAgainstProject(options.api, options.resources, options.events, skipped);
  const hogql = await checkHogQLAgainstProject(options.api, options.resources, skipped);
  const reach = await sizeRollouts(options.api, options.plan, skipped);
  const placeable = [...names, ...hogql];
  const findings = options.root === undefined ? placeable.map((p) => p.diagnostic) : await placeFindings(placeable, options.root);
  return { findings, reach, skipped };
}
