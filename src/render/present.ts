/**
 * The presentation step every renderer shares: what each change of a plan
 * shows (its verb, the kind's label, its link, its warnings and notes in words),
 * computed from the plan JSON alone. Terminal and markdown differ only in how
 * they lay these out and escape them, never in what they say.
 */
import type { KindName } from "../core/model.js";
import type { Plan, PlanKind, PlanStep, PlanWarning, StepAction, StepWarning } from "../core/plan/types.js";
import { withReach } from "./checks.js";
import { ACTION_STYLE } from "./symbols.js";

/** What one change shows. Text is plain; each renderer escapes it for its medium. */
export interface StepView {
  style: (typeof ACTION_STYLE)[StepAction];
  /** The kind's singular noun: "feature flag". */
  label: string;
  /** The live object's page in the PostHog web app. */
  url?: string;
  /** What a reviewer must see before the step runs. */
  warnings: string[];
  /** Why the step happens (adoption, a duplicate) and the kind's PostHog-native summaries. */
  notes: string[];
}

/** The plan's entry for a kind: its label and where its objects live in the web app. */
export function kindOf(plan: Plan, kind: KindName): PlanKind {
  return plan.kinds.find((k) => k.name === kind) ?? { name: kind, label: kind };
}

function describeStepWarning(plan: Plan, step: PlanStep, warning: StepWarning): string {
  if (warning.type === "risk") return warning.message;
  const { label } = kindOf(plan, step.kind);
  const holder = String(warning.holderId);
  return (
    `an unmanaged ${label} with ${warning.field} "${warning.value}" (id ${holder}) already exists, and PostHog keeps ${warning.field}s unique, so this create will fail; ` +
    `adopt it with \`posthog-definitions pull --adopt --kind ${step.kind} --key ${holder}\`, or rename the definition`
  );
}

function describeReason(plan: Plan, step: PlanStep): string[] {
  const { label } = kindOf(plan, step.kind);
  if (step.action === "update" && step.adopt) return [`adopts the existing ${label} (not yet managed by this tool)`];
  if (step.action === "delete" && step.duplicateOf !== undefined) return [`removes a duplicate: ${label} id ${String(step.duplicateOf)} carries the same identity and is kept`];
  return [];
}

/** What one change of a plan shows, in words. */
export function presentStep(plan: Plan, step: PlanStep): StepView {
  return {
    style: ACTION_STYLE[step.action],
    label: kindOf(plan, step.kind).label,
    ...(step.url !== undefined ? { url: step.url } : {}),
    warnings: step.warnings.map((w) => describeStepWarning(plan, step, w)),
    notes: [...describeReason(plan, step), ...withReach(plan, step)],
  };
}

/** A warning about the whole plan, in words. */
export function describePlanWarning(plan: Plan, warning: PlanWarning): string {
  const { label } = kindOf(plan, warning.kind);
  if (warning.type === "unreadable") {
    const why = warning.reason === "forbidden" ? "the API key lacks the scope" : "not available on this PostHog instance";
    return `could not read ${label}s (${why}); managed ${label}s were not checked`;
  }
  const ids = warning.ids.map(String).join(", ");
  return `conflict: ${warning.ids.length} ${label}s carry the identity of "${warning.key}" (ids ${ids}); apply keeps id ${String(warning.keptId)}, the oldest, moves references to it and removes the others`;
}

/**
 * The page of a step's object: its live page, or for a just-created object of a
 * kind whose page its server id addresses, the page of the id apply returned.
 */
export function resultUrl(plan: Plan, step: PlanStep, createdId?: string | number): string | undefined {
  if (step.url !== undefined) return step.url;
  const pages = kindOf(plan, step.kind).pageUrl;
  return step.uiId === undefined && createdId !== undefined && pages !== undefined ? `${pages}${encodeURIComponent(String(createdId))}` : undefined;
}

/** The order reviewers read a plan in: deletions first, then updates, then creates, stable within each. */
const ACTION_ORDER: Record<StepAction, number> = { delete: 0, replace: 1, update: 2, create: 3, "no-op": 4 };

/** Steps grouped by kind, kinds with deletions first, then in the plan's kind order (dependency order). */
export function groupByKind(plan: Plan, steps: readonly PlanStep[]): { kind: KindName; steps: PlanStep[] }[] {
  const rank = (kind: KindName) => plan.kinds.findIndex((k) => k.name === kind);
  const groups = new Map<KindName, PlanStep[]>();
  for (const step of steps) groups.set(step.kind, [...(groups.get(step.kind) ?? []), step]);
  return [...groups.entries()]
    .map(([kind, members]) => ({ kind, steps: members.map((s, i) => ({ s, i })).sort((a, b) => ACTION_ORDER[a.s.action] - ACTION_ORDER[b.s.action] || a.i - b.i).map((x) => x.s) }))
    .sort((a, b) => Number(b.steps.some((s) => s.action === "delete")) - Number(a.steps.some((s) => s.action === "delete")) || rank(a.kind) - rank(b.kind));
}
