import { ToolError } from "../errors.js";
import { isJsonObject } from "../json.js";
import { countSteps, fingerprintPlan } from "./assemble.js";
import type { EnvironmentReport } from "./report.js";
import { checkPlanShape } from "./shape.js";
import { PLAN_FORMAT_VERSION, type Plan } from "./types.js";

/** One environment in a plan file: its plan (`offline` when it shows the desired state only), or why there is none. */
export type PlanFileEntry = { offline: boolean; plan: Plan } | { error: string };

/**
 * The plan file the Action hands to later steps (`plan-json`): every
 * environment's plan, or its error. It shares the plans' format version.
 */
export interface PlanFile {
  formatVersion: typeof PLAN_FORMAT_VERSION;
  environments: Record<string, PlanFileEntry>;
}

/** The plan file of a run's environments; one that could not be planned carries its error. */
export function createPlanFile(reports: readonly EnvironmentReport[]): PlanFile {
  const entry = (r: EnvironmentReport): PlanFileEntry => (r.plan ? { offline: r.offline !== undefined, plan: r.plan } : { error: r.error ?? "not planned" });
  return { formatVersion: PLAN_FORMAT_VERSION, environments: Object.fromEntries(reports.map((r) => [r.environment, entry(r)])) };
}

/** A plan file that cannot be read: not JSON, from another format version, or not shaped like a plan. */
export class PlanFileError extends ToolError {
  constructor(message: string) {
    super("usage", message);
    this.name = "PlanFileError";
  }
}

function checkVersion(value: unknown, name: string, what: string): void {
  const version = isJsonObject(value) ? value.formatVersion : undefined;
  if (version === PLAN_FORMAT_VERSION) return;
  if (typeof version !== "number") throw new PlanFileError(`${name} is not a posthog-definitions plan: ${what} has no formatVersion`);
  throw new PlanFileError(
    `${name} holds a plan of format version ${version}, and this version of posthog-definitions reads format version ${PLAN_FORMAT_VERSION} only; ` +
      `plan again with this version (or read the file with the version that wrote it)`,
  );
}

function checkPlan(value: unknown, name: string, path: string): Plan {
  checkVersion(value, name, path);
  const problem = checkPlanShape(value, path);
  if (problem) throw new PlanFileError(`${name} is not a valid plan: ${problem}`);
  const plan = value as Plan;
  // Counts and fingerprint are derived; a mismatch means the file was edited after planning.
  const counts = countSteps(plan.steps);
  if ((Object.keys(counts) as (keyof typeof counts)[]).some((key) => counts[key] !== plan.summary[key])) throw new PlanFileError(`${name} is not a valid plan: ${path}.summary does not count its steps`);
  if (fingerprintPlan(plan) !== plan.fingerprint) throw new PlanFileError(`${name} is not a valid plan: ${path}.fingerprint does not match its content, so it was changed after planning`);
  return plan;
}

/**
 * Reads what the CLI writes with `--out` (one plan) or the Action's `plan-json`
 * (a plan file), as a plan file: a lone plan becomes the one environment it
 * targets. The format version is checked before the shape, so a file from
 * another version says so instead of naming a field that moved. `name` is how
 * messages call the file.
 */
export function readPlanFile(text: string, name: string): PlanFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PlanFileError(`${name} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (isJsonObject(value) && !isJsonObject(value.environments)) {
    const plan = checkPlan(value, name, "plan");
    return { formatVersion: PLAN_FORMAT_VERSION, environments: { [plan.target.environment ?? "default"]: { offline: false, plan } } };
  }
  checkVersion(value, name, "the file");
  const environments: Record<string, PlanFileEntry> = {};
  for (const [environment, entry] of Object.entries((value as { environments: Record<string, unknown> }).environments)) {
    const path = `environments.${environment}`;
    if (isJsonObject(entry) && typeof entry.error === "string") environments[environment] = { error: entry.error };
    else if (isJsonObject(entry) && typeof entry.offline === "boolean") environments[environment] = { offline: entry.offline, plan: checkPlan(entry.plan, name, `${path}.plan`) };
    else throw new PlanFileError(`${name} is not a valid plan file: ${path} must hold a plan (with offline) or an error`);
  }
  return { formatVersion: PLAN_FORMAT_VERSION, environments };
}
