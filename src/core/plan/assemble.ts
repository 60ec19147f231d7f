import { hashJson } from "../json.js";
import { getKind, KINDS } from "../kinds/index.js";
import type { KindModule } from "../kinds/kind.js";
import type { KindName } from "../model.js";
import { PLAN_FORMAT_VERSION, type Plan, type PlanKind, type PlanStep, type PlanSummary, type PlanTarget } from "./types.js";

/** The parts that decide a plan; {@link assemblePlan} derives the rest from them. */
export type PlanParts = Pick<Plan, "target" | "prune" | "steps" | "orphans" | "warnings">;

/** The fingerprint covers everything a reviewer saw, so any live change alters it. */
export function fingerprintPlan(plan: Omit<Plan, "fingerprint">): string {
  return hashJson({ formatVersion: plan.formatVersion, target: plan.target, prune: plan.prune, kinds: plan.kinds, steps: plan.steps, orphans: plan.orphans, warnings: plan.warnings });
}

/** Counts per action, as headlines and outputs show them. */
export function countSteps(steps: readonly PlanStep[]): PlanSummary {
  const summary: PlanSummary = { create: 0, update: 0, delete: 0, noop: 0 };
  for (const step of steps) {
    // A replacement deletes one object and creates another, and is counted as both.
    if (step.action === "replace") {
      summary.create++;
      summary.delete++;
    } else summary[step.action === "no-op" ? "noop" : step.action]++;
  }
  return summary;
}

function kindPages(target: PlanTarget, kind: KindModule): string | undefined {
  if (!kind.ui || !/^https?:\/\//.test(target.host)) return undefined;
  return `${target.host}/project/${encodeURIComponent(target.projectId)}/${kind.ui.path}/`;
}

function linkStep(target: PlanTarget, step: PlanStep): PlanStep {
  const { url: _stale, ...rest } = step;
  const kind = getKind(step.kind);
  const pages = kindPages(target, kind);
  if (pages === undefined || step.uiId === undefined) return rest;
  // A kind's own page path is built from ids, and is appended to the project's pages as it is.
  if (kind.ui?.page) return { ...rest, url: `${target.host}/project/${encodeURIComponent(target.projectId)}/${String(step.uiId)}` };
  return { ...rest, url: `${pages}${encodeURIComponent(String(step.uiId))}` };
}

function describeKinds(target: PlanTarget, named: ReadonlySet<KindName>): PlanKind[] {
  return KINDS.filter((kind) => named.has(kind.name)).map((kind) => {
    const pages = kind.ui?.idField === undefined && kind.ui?.page === undefined ? kindPages(target, kind) : undefined;
    return { name: kind.name, label: kind.label, ...(pages !== undefined ? { pageUrl: pages } : {}) };
  });
}

/**
 * Completes a plan from its parts: the web app link of each live object, the
 * table of the kinds it names (labels and links, so renderers need no kind
 * registry), the counts and the fingerprint. Every plan, fresh or filtered, is
 * finished here, so each one describes itself and carries its own fingerprint.
 */
export function assemblePlan(parts: PlanParts): Plan {
  const steps = parts.steps.map((step) => linkStep(parts.target, step));
  const named = new Set<KindName>([...steps, ...parts.orphans, ...parts.warnings].map((entry) => entry.kind));
  const plan = {
    formatVersion: PLAN_FORMAT_VERSION,
    target: parts.target,
    prune: parts.prune,
    kinds: describeKinds(parts.target, named),
    steps,
    orphans: parts.orphans,
    warnings: parts.warnings,
    summary: countSteps(steps),
  } as const;
  return { ...plan, fingerprint: fingerprintPlan(plan) };
}

/**
 * The plan with only the steps `keep` accepts, e.g. the deletions a prune run
 * shows. Counts, kinds and fingerprint are recomputed, so the fingerprint an
 * output reports is that of the plan that was shown and applied.
 */
export function filterPlan(plan: Plan, keep: (step: PlanStep) => boolean): Plan {
  return reviseSteps(plan, plan.steps.filter(keep));
}

/**
 * The plan with its steps replaced (drift reports that ignore some fields),
 * counts, kinds and fingerprint recomputed; its checks and reverts, which the
 * fingerprint leaves out, stay as they were.
 */
export function reviseSteps(plan: Plan, steps: readonly PlanStep[]): Plan {
  const revised = assemblePlan({ target: plan.target, prune: plan.prune, steps: [...steps], orphans: plan.orphans, warnings: plan.warnings });
  return { ...revised, ...(plan.checks ? { checks: plan.checks } : {}), ...(plan.reverts ? { reverts: plan.reverts } : {}) };
}
