import { settleComment } from "../adapters/github/sticky-comment.js";
import { ToolError } from "../core/errors.js";
import { formatStatusLine, PLAN_MARKER, replaceStatusLine } from "./comment.js";
import type { ModeContext } from "./workspace.js";

/**
 * Rewrites one environment's status line on a pull request's plan comment and
 * returns the comment's body once the line has settled. Jobs for other
 * environments may edit the same comment at the same moment, so the line is
 * written with read-check-write. A refused write throws with GitHub's cause: the
 * status line is how the comment records what apply did.
 */
export async function writeStatusLine(ctx: ModeContext, pr: number, environment: string, text: string): Promise<string | undefined> {
  const line = formatStatusLine(environment, text);
  const result = await settleComment(ctx.github, pr, PLAN_MARKER, await ctx.login(), {
    next: (current) => (current ? replaceStatusLine(current.body, environment, line) : undefined),
    holds: (body) => body.includes(line),
  });
  if (result.action === "skipped") return undefined;
  if (result.action === "unsettled") throw new ToolError("github", `could not confirm the status line for ${environment} on pull request #${pr}; other jobs kept editing the comment`);
  return result.comment.body;
}
