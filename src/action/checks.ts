import type { CheckRunReport } from "../adapters/github/client.js";
import type { EnvironmentReport } from "../core/plan/report.js";
import { renderEnvironmentSection } from "../render/markdown.js";
import { GITHUB_BODY_LIMIT, measure } from "../render/markdown-text.js";
import { classifyError } from "./failure.js";
import type { ModeContext } from "./workspace.js";

/** One environment's check: its verdict and a lead paragraph (markdown) above its plan. */
export interface EnvironmentCheck {
  report: EnvironmentReport;
  conclusion: CheckRunReport["conclusion"];
  lead?: string;
}

/** The name branch protection requires, one per environment. */
export function checkName(environment: string): string {
  return `posthog plan / ${environment}`;
}

function titleOf(check: EnvironmentCheck): string {
  const plan = check.report.plan;
  if (!plan) return `Plan failed: ${check.report.error ?? "unknown error"}`.slice(0, 200);
  const { create, update, delete: remove } = plan.summary;
  return `${check.conclusion === "failure" ? "Not covered by the review: " : ""}${create} to create, ${update} to update, ${remove} to delete`;
}

/** The plan of a check is the environment's section, with the room GitHub gives a check's summary. */
function summaryOf(check: EnvironmentCheck): string {
  const lead = check.lead ? `${check.lead}\n\n` : "";
  return `${lead}${renderEnvironmentSection(check.report, GITHUB_BODY_LIMIT - 2 - measure(lead))}`;
}

/**
 * Reports one completed check run per environment on `sha`, so branch
 * protection and merge queues can require "posthog plan / production". A token
 * without `checks: write` (or any other refusal) is a warning, once: the plan
 * itself is still in the comment and the job summary.
 */
export async function reportChecks(ctx: ModeContext, sha: string, checks: readonly EnvironmentCheck[]): Promise<void> {
  if (!ctx.settings.checks || !sha) return;
  for (const check of checks) {
    try {
      await ctx.github.createCheckRun({
        name: checkName(check.report.environment),
        headSha: sha,
        conclusion: check.conclusion,
        title: titleOf(check),
        summary: summaryOf(check),
        externalId: check.report.environment,
        ...(ctx.run.runUrl ? { detailsUrl: ctx.run.runUrl } : {}),
      });
    } catch (error) {
      ctx.host.warning(`Could not report the check runs: ${classifyError(error).message}. Give the job checks: write to report them, or set checks: false.`);
      return;
    }
  }
}
