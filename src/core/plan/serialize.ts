import { sortKeysDeep } from "../json.js";
import type { PlanFile } from "./file.js";
import type { Plan, PlanStep } from "./types.js";

function sortMembers(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(value).sort().flatMap((key) => (value[key] === undefined ? [] : [[key, value[key]]])));
}

function orderStep(step: PlanStep): Record<string, unknown> {
  return sortMembers({ ...(sortKeysDeep({ ...step, after: undefined, written: undefined }) as Record<string, unknown>), after: step.after, written: step.written });
}

/**
 * A plan in the key order its JSON text has: sorted at every depth, so the same
 * plan is always the same bytes, except inside each step's `after` and `written`,
 * which keep the order their kind gives the fields. Renderers list a new resource's fields
 * in that order, so a plan read back from its file renders as it did when made.
 */
export function orderPlan(plan: Plan): Record<string, unknown> {
  return sortMembers({ ...(sortKeysDeep({ ...plan, steps: undefined }) as Record<string, unknown>), steps: plan.steps.map(orderStep) });
}

/** The JSON text of a plan, as the CLI prints it and `--out` writes it. */
export function stringifyPlan(plan: Plan): string {
  return `${JSON.stringify(orderPlan(plan), null, 2)}\n`;
}

/** The JSON text of a plan file (the Action's `plan-json`), its plans in the order of {@link orderPlan}. */
export function stringifyPlanFile(file: PlanFile): string {
  const environments = Object.fromEntries(
    Object.keys(file.environments)
      .sort()
      .map((name) => {
        const entry = file.environments[name]!;
        return [name, "plan" in entry ? { offline: entry.offline, plan: orderPlan(entry.plan) } : entry];
      }),
  );
  return `${JSON.stringify({ environments, formatVersion: file.formatVersion }, null, 2)}\n`;
}
