import { normalizeKey } from "../desired.js";
import { hashJson } from "../json.js";
import type { Plan, PlanStep } from "./types.js";

/**
 * What a pull-request comment records about the plans reviewers saw: each
 * environment's plan fingerprint and, when small enough to store, a digest of
 * every change. Apply compares a fresh plan with this record.
 */
export interface ReviewRecord {
  fingerprints: Record<string, string>;
  /** Digests of the reviewed change steps per environment; absent for plans too large to record. */
  changes: Record<string, string[]>;
}

/**
 * A step's identity and content without its source position: the same change to
 * the same live object always has the same digest, wherever the file line moved.
 * Ten hex digits keep a large plan's record small in the comment; a collision
 * would also need the rest of the plan to match the review.
 */
export function digestStep(step: PlanStep): string {
  return hashJson({ kind: step.kind, key: normalizeKey(step.key), action: step.action, id: step.id ?? null, before: step.before ?? null, after: step.after ?? null, changes: step.changes }).slice(0, 10);
}

/** Sorted digests of the steps that change something. */
export function digestChanges(plan: Plan): string[] {
  return plan.steps.filter((s) => s.action !== "no-op").map(digestStep).sort();
}

/** The outcome of comparing a fresh plan with the reviewed one. */
export type ReviewCheck =
  | { verdict: "matches" }
  /** Every change still planned was reviewed unchanged; the others were already applied (a re-run after a partial apply). */
  | { verdict: "remaining"; done: number }
  | { verdict: "changed"; unreviewed: PlanStep[]; dropped: number };

/**
 * Decides whether a fresh plan may be applied under a review. Equal fingerprints
 * match. Otherwise the plan may still go ahead when it is a subset of the reviewed
 * changes, each byte-for-byte the same (what is left after a partial apply), so a
 * failed apply can simply be re-run. Anything else changed since review, and the
 * steps nobody reviewed are returned for the report.
 */
export function checkAgainstReview(plan: Plan, record: ReviewRecord, environment: string): ReviewCheck {
  if (record.fingerprints[environment] === plan.fingerprint) return { verdict: "matches" };
  const reviewed = record.changes[environment];
  const changed = plan.steps.filter((s) => s.action !== "no-op");
  if (!reviewed) return { verdict: "changed", unreviewed: changed, dropped: 0 };
  const pool = new Map<string, number>();
  for (const digest of reviewed) pool.set(digest, (pool.get(digest) ?? 0) + 1);
  const unreviewed: PlanStep[] = [];
  for (const step of changed) {
    const digest = digestStep(step);
    const left = pool.get(digest) ?? 0;
    if (left > 0) pool.set(digest, left - 1);
    else unreviewed.push(step);
  }
  const dropped = [...pool.values()].reduce((n, v) => n + v, 0);
  return unreviewed.length === 0 ? { verdict: "remaining", done: dropped } : { verdict: "changed", unreviewed, dropped };
}
