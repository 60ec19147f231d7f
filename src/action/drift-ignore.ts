import { KINDS } from "../core/kinds/index.js";
import { reviseSteps } from "../core/plan/assemble.js";
import type { Plan, PlanStep } from "../core/plan/types.js";
import { InputError } from "./inputs.js";

/** A field drift does not report: in every resource of a kind, or in one resource. */
export interface DriftIgnoreRule {
  kind: string;
  key?: string;
  /** Dotted path segments; `*` matches one segment; a rule covers everything under its path. */
  path: string[];
}

/**
 * Parses the `drift-ignore` lines (`kind:field.path` or `kind/key:field.path`).
 * Kinds are checked against the registry, so a typo fails loudly instead of
 * silently ignoring nothing.
 */
export function parseDriftIgnore(lines: readonly string[]): DriftIgnoreRule[] {
  const kinds = KINDS.map((k) => k.name);
  return lines.map((line) => {
    const match = /^([a-z-]+)(?:\/([^:\s]+))?:([^\s]+)$/.exec(line);
    if (!match) throw new InputError(`input drift-ignore: each line must be kind:field or kind/key:field; got "${line}"`);
    const [, kind, key, path] = match;
    if (!kinds.includes(kind as (typeof kinds)[number])) throw new InputError(`input drift-ignore: unknown kind "${kind}" in "${line}" (kinds: ${kinds.join(", ")})`);
    return { kind: kind!, ...(key ? { key } : {}), path: path!.split(".") };
  });
}

function covers(rule: DriftIgnoreRule, step: PlanStep, path: string): boolean {
  if (rule.kind !== step.kind || (rule.key !== undefined && rule.key !== step.key)) return false;
  const segments = path.split(".");
  return rule.path.length <= segments.length && rule.path.every((segment, i) => segment === "*" || segment === segments[i]);
}

/**
 * The plan drift reports: field changes the rules cover are dropped, and an
 * update left without changes counts as no drift. Creates and deletes are whole
 * resources and always count. The fingerprint is recomputed, so ignored fields
 * changing again never look like new drift.
 */
export function ignoreDriftFields(plan: Plan, rules: readonly DriftIgnoreRule[]): Plan {
  if (rules.length === 0) return plan;
  const steps = plan.steps.map((step): PlanStep => {
    if (step.action !== "update") return step;
    const changes = step.changes.filter((change) => !rules.some((rule) => covers(rule, step, change.path)));
    if (changes.length === step.changes.length) return step;
    return changes.length > 0 ? { ...step, changes } : { ...step, action: "no-op", changes: [], summary: [], warnings: [] };
  });
  return reviseSteps(plan, steps);
}
