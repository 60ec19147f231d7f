import type { Plan } from "./types.js";

/** Limits on a pruning apply; the CLI and the Action pass their own settings. */
export interface PruneGuardOptions {
  /** Most deletions one run may make. */
  maxDeletions: number;
  /** How many definitions the definitions folder yielded. */
  definitionCount: number;
  /** Lets a run that loaded no definition at all delete every managed resource. */
  allowEmpty: boolean;
}

/** Why a pruning apply was refused before anything was deleted. */
export interface PruneRefusal {
  reason: "empty-definitions" | "too-many-deletions";
  message: string;
}

/**
 * Refuses the prunes that are almost always accidents: an empty or misnamed
 * definitions folder makes every managed resource look orphaned, and a large
 * batch of deletions deserves a deliberate, raised limit.
 */
export function checkPrune(plan: Plan, options: PruneGuardOptions): PruneRefusal | undefined {
  // Removing a duplicate of a managed object is healing, not pruning.
  const deletions = plan.steps.filter((s) => s.action === "delete" && s.duplicateOf === undefined).length;
  if (deletions === 0) return undefined;
  if (options.definitionCount === 0 && !options.allowEmpty) {
    return {
      reason: "empty-definitions",
      message: `no definition was loaded, so all ${deletions} managed resource(s) would be deleted; check the definitions folder (only .ts files are read), or allow an empty prune explicitly`,
    };
  }
  if (deletions > options.maxDeletions) {
    return {
      reason: "too-many-deletions",
      message: `${deletions} deletion(s) exceed the limit of ${options.maxDeletions}; raise it to delete them all in one run`,
    };
  }
  return undefined;
}
