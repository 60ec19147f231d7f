import { relative, resolve, sep } from "node:path";
import { applyPlan } from "../core/apply.js";
import { ToolError } from "../core/errors.js";
import { filterPlan } from "../core/plan/assemble.js";
import { checkEmptyPrune } from "../core/plan/prune-guard.js";
import type { EnvironmentReport } from "../core/plan/report.js";
import { renderResultsMarkdown } from "../render/markdown.js";
import { escapeMarkdown } from "../render/markdown-text.js";
import type { LoadedProject } from "../engine/project.js";
import { connectionOf, pickTarget } from "./environments.js";
import type { Outcome } from "./outputs.js";
import { annotateDiagnostics, planOutputs, planWith, resolveTargets, validateTarget, withPostHog, withOneEnvironmentReading, writePlanJson, type EarlyPlanReads, type ModeContext } from "./workspace.js";

/**
 * Prune on workflow_dispatch: deletes managed resources whose definitions are
 * gone, and nothing else. A dry run (the default) only lists them. Deleting needs
 * the project id typed into `confirm` and stays under `max-deletions`. Invalid
 * definitions stop it outright, and so does a definitions folder that yields no
 * definition unless `allow-empty-prune` says otherwise, since every resource
 * would look orphaned.
 */
export async function runPruneMode(ctx: ModeContext): Promise<Outcome> {
  return withOneEnvironmentReading(ctx, (project, early) => pruneLoaded(ctx, project, early));
}

async function pruneLoaded(ctx: ModeContext, project: LoadedProject, early: EarlyPlanReads): Promise<Outcome> {
  const target = pickTarget(resolveTargets(ctx, project));
  const validated = await validateTarget(ctx, project, target);
  annotateDiagnostics(ctx, validated.diagnostics);
  if (!validated.valid) throw new ToolError("invalid-definitions", "the definitions are invalid; nothing was pruned, because every resource would look orphaned");

  const connection = connectionOf(target, ctx.settings, ctx.env);
  return withPostHog(connection, async (api) => {
    // Only the deletions are shown and applied, so the outputs carry that plan's own fingerprint.
    const plan = filterPlan(await planWith(ctx, api, connection, validated.resources, true), (s) => s.action === "delete");
    const deletions = plan.steps;
    const report: EnvironmentReport = { environment: target.name, host: target.host, projectId: target.projectId, plan };
    const outputs = { ...planOutputs([report]), "plan-json": await writePlanJson(ctx, "prune", [report]) };
    const heading = `## PostHog prune: ${escapeMarkdown(target.name)} (project ${escapeMarkdown(target.projectId)})`;
    for (const step of deletions) ctx.host.info(`  - ${step.kind} ${step.key} (id ${step.id})`);
    if (deletions.length === 0) return { outputs, summary: [`${heading}\n\nNothing to prune: every managed resource has a definition.`] };

    const list = renderResultsMarkdown(plan);
    const over = deletions.length > ctx.settings.maxDeletions;
    const cap = `${deletions.length} deletion(s) exceed max-deletions (${ctx.settings.maxDeletions}); raise it to delete them all in one run.`;
    // As the CLI's --allow-empty-prune: an empty or missing folder makes every managed resource look orphaned.
    const folder = `${relative(ctx.run.workspace, resolve(ctx.settings.root, project.config.dir)).split(sep).join("/") || "."}/`;
    const empty = checkEmptyPrune(plan, { definitionCount: project.definitions.length, allowEmpty: ctx.settings.allowEmptyPrune, folder });
    const emptyRefusal = empty && `${empty.message} (allow-empty-prune: true).`;
    if (ctx.settings.dryRun) {
      const how = `Dry run: nothing was deleted. To delete, run again with \`dry-run: false\` and \`confirm: ${target.projectId}\`.`;
      const refusals = [...(emptyRefusal ? [`A run that deletes would be refused: ${escapeMarkdown(emptyRefusal)}`] : []), ...(over ? [cap] : [])];
      return { outputs, summary: [[heading, `${deletions.length} managed resource(s) have no definition.`, list, how, ...refusals].join("\n\n")] };
    }
    if (ctx.settings.confirm !== target.projectId) {
      const message = `deleting needs confirmation: set the confirm input to the project id (${target.projectId})${ctx.settings.confirm ? `; got "${ctx.settings.confirm}"` : ""}. Nothing was deleted.`;
      return { outputs, summary: [[heading, list, `Refused: ${escapeMarkdown(message)}`].join("\n\n")], failure: { reason: "confirmation-required", message } };
    }
    if (emptyRefusal) return { outputs, summary: [[heading, list, `Refused: ${escapeMarkdown(emptyRefusal)} Nothing was deleted.`].join("\n\n")], failure: { reason: "empty-definitions", message: `${emptyRefusal} Nothing was deleted.` } };
    if (over) return { outputs, summary: [[heading, list, `Refused: ${cap} Nothing was deleted.`].join("\n\n")], failure: { reason: "too-many-deletions", message: `${cap} Nothing was deleted.` } };

    const result = await ctx.host.group(`Prune ${target.name}`, () => applyPlan(plan, api, { progress: (e) => ctx.host.info(`  [${e.done}/${e.total}] ${e.message}`) }));
    const summary = [heading, `Deleted ${result.applied} of ${deletions.length} managed resource(s) without a definition.`, renderResultsMarkdown(plan, result)].join("\n\n");
    const done = { ...outputs, applied: String(result.applied), failed: String(result.failed) };
    if (result.failed === 0) return { outputs: done, summary: [summary] };
    return { outputs: done, summary: [summary], failure: { reason: "partial-apply", message: `${result.failed} deletion(s) failed in ${target.name}; re-running the prune retries them` } };
  }, early);
}
