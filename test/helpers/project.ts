import { applyPlan, type ApplyResult } from "../../src/core/apply.js";
import { buildDesiredState } from "../../src/core/desired.js";
import type { Definition } from "../../src/core/model.js";
import type { Plan } from "../../src/core/plan/types.js";
import { systemClock } from "../../src/engine/clock.js";
import { connect, loadProject, planProject, validateProject, type Connection } from "../../src/engine/project.js";
import { bundlePath } from "./cli.js";

/** The loader worker built from the sources, as the CLI and the Action use it (`bundlePath`). */
export function workerPath(): string {
  return bundlePath("definitions-worker.js");
}

/** A connection to project 1 of an emulator, without client-side throttling. */
export function emulatorConnection(url: string, projectId = "1"): Connection {
  return { host: url, projectId, apiKey: "phx_emulator", rateLimited: false };
}

/** Plans definitions (already loaded) against a project, in-process. */
export async function planDefinitions(connection: Connection, definitions: Definition[], options: { prune?: boolean; environment?: string } = {}): Promise<Plan> {
  const desired = buildDesiredState(definitions, options.environment, { owner: connection.owner });
  if (desired.diagnostics.length > 0) throw new Error(JSON.stringify(desired.diagnostics, null, 2));
  const api = connect(connection);
  try {
    return await planProject({ api, connection, resources: desired.resources, prune: options.prune ?? false });
  } finally {
    await api.close();
  }
}

/** Plans and applies definitions, failing loudly when any step fails. */
export async function applyDefinitions(connection: Connection, definitions: Definition[], options: { prune?: boolean; environment?: string } = {}): Promise<{ plan: Plan; result: ApplyResult }> {
  const plan = await planDefinitions(connection, definitions, options);
  const api = connect(connection);
  try {
    const result = await applyPlan(plan, api, { clock: systemClock });
    const failure = result.results.find((r) => r.status === "failed");
    if (failure) throw new Error(`apply failed: ${failure.kind}/${failure.key}: ${failure.error}`);
    return { plan, result };
  } finally {
    await api.close();
  }
}

/** Loads a fixture repository through the real loader process. */
export async function loadFixture(dir: string, environment?: string): Promise<Definition[]> {
  const project = await loadProject({ root: dir, workerPath: workerPath() });
  const validated = await validateProject(project, dir, environment);
  if (!validated.valid) throw new Error(JSON.stringify(validated.diagnostics, null, 2));
  return project.definitions;
}

/** The non-no-op steps of a plan as `action kind/key` lines. */
export function describeChanges(plan: Plan): string[] {
  return plan.steps.filter((s) => s.action !== "no-op").map((s) => `${s.action} ${s.kind}/${s.key}`);
}
