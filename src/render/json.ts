import { stringifyPlan } from "../core/plan/serialize.js";
import type { Plan } from "../core/plan/types.js";

/** The plan as stable, versioned JSON: machine output, plan files and golden tests. */
export function renderPlanJson(plan: Plan): string {
  return stringifyPlan(plan);
}
