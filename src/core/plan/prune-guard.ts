import type { Plan } from "./types.js";

/** Limits on a pruning apply; the CLI and the Action pass their own settings. */
export interface PruneGuardOptions {
  /** Most deletions one run may make. */
  maxDeletions: number;
  /** How many definitions the definitions folder yielded. */
  definitionCount: number;
  /** Lets a run that loaded no definition at all delete every managed resource. */
  allowEmpty: boolean;
  /** The definitions folder as the user knows it (`posthog/`), named in the refusal. */
  folder?: string;
}

/** Why a pruning apply was refused before anything was deleted. */
export interface PruneRefusal {
  reason: "empty-definitions" | "too-many-deletions";
  message: string;
}

/** Deletions a prune would make; removing a duplicate of a managed object is healing, not pruning. */
function countPrunes(plan: Plan): number {
  return plan.steps.filter((s) => s.action === "delete" && s.duplicateOf === undefined).length;
}

/**
 * Refuses a prune when the definitions folder yielded no definition at all: a bad
 * checkout, a wrong folder or a sparse checkout makes every managed resource look
 * orphaned. The CLI and the Action both ask it, so both refuse the same way.
 */
export function checkEmptyPrune(plan: Plan, options: Omit<PruneGuardOptions, "maxDeletions">): PruneRefusal | undefined {
  const deletions = countPrunes(plan);
  if (deletions === 0 || options.definitionCount > 0 || options.allowEmpty) return undefined;
  const folder = options.folder === undefined ? "the definitions folder" : `the definitions folder ${options.folder}`;
  return {
    reason: "empty-definitions",
    message: `no definition was loaded, so all ${deletions} managed resource(s) would be deleted; check ${folder} (only .ts and .mts files are read, and it must be checked out), or allow an empty prune explicitly`,
  };
}

/**
 * Refuses the prunes that are almost always accidents: an empty or misnamed
 * definitions folder makes every managed resource look orphaned, and a large
 * batch of deletions deserves a deliberate, raised limit.
 */
export function checkPrune(plan: Plan, options: PruneGuardOptions): PruneRefusal | undefined {
  const empty = checkEmptyPrune(plan, options);
  if (empty !== undefined) return empty;
  const deletions = countPrunes(plan);
  if (deletions > options.maxDeletions) {
    return {
      reason: "too-many-deletions",
      message: `${deletions} deletion(s) exceed the limit of ${options.maxDeletions}; raise it to delete them all in one run`,
    };
  }
  return undefined;
}
