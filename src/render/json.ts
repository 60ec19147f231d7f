import { stringifyStable } from "../core/json.js";
import type { Plan } from "../core/plan/types.js";

/** The plan as stable, versioned JSON: machine output, plan files and golden tests. */
export function renderPlanJson(plan: Plan): string {
  return `${stringifyStable(plan, 2)}\n`;
}
