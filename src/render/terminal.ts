import type { ActivityByResource } from "../core/plan/report.js";
import type { Plan, PlanStep } from "../core/plan/types.js";
import { describeSkippedChecks } from "./checks.js";
import { describePlanWarning, kindOf, presentStep } from "./present.js";
import { drawLayout } from "./layout-grid.js";
import { describeReverts, formatActivityTime, REVERT_LABEL, type RevertedField } from "./provenance.js";
import { describeChanges, formatInline } from "./value-diff.js";
import { listCreatedFields } from "./written.js";

const ANSI = { green: "\u001b[32m", yellow: "\u001b[33m", red: "\u001b[31m", dim: "\u001b[2m", bold: "\u001b[1m", reset: "\u001b[0m" } as const;

/** Options of the terminal renderer; colour is the caller's decision (TTY, NO_COLOR). */
export interface TerminalOptions {
  color: boolean;
  /** Also list unchanged resources. */
  verbose?: boolean;
  /** Who made the edits in PostHog the plan reverts, by `kind/key`, when the activity log was read. */
  activity?: ActivityByResource;
}

/** The headline every renderer agrees on: "Plan: 1 to create, 2 to update, 0 to delete, 5 unchanged." */
export function formatSummaryLine(plan: Plan): string {
  const { create, update, delete: remove, noop } = plan.summary;
  if (create + update + remove === 0) return `No changes. ${noop} resource(s) up to date.`;
  return `Plan: ${create} to create, ${update} to update, ${remove} to delete, ${noop} unchanged.`;
}

function fieldLines(step: PlanStep, notes: readonly string[], reverts: readonly RevertedField[], paint: (color: keyof typeof ANSI, text: string) => string): string[] {
  const lines: string[] = [];
  if (step.action === "create") {
    for (const row of listCreatedFields(step)) {
      if (row.lines) {
        lines.push(`      ${paint("green", `+ ${row.path}:`)}`);
        for (const text of row.lines) lines.push(`          ${paint("green", text)}`);
      } else {
        lines.push(`      ${paint("green", `+ ${row.path}: ${row.inline ?? ""}`)}`);
      }
    }
    return lines;
  }
  for (const line of notes) lines.push(`      ${paint("bold", line)}`);
  for (const revert of reverts) {
    const by = revert.by ? ` by ${revert.by.by} on ${formatActivityTime(revert.by.at)}` : "";
    lines.push(`      ${paint("yellow", `↩ ${REVERT_LABEL}${by}: ${revert.paths.join(", ")}`)}`);
  }
  if (step.layout) for (const line of drawLayout(step.layout)) lines.push(line === "" ? "" : `        ${line}`);
  for (const item of describeChanges(step)) {
    if (item.type === "block") {
      lines.push(`      ${paint("yellow", `~ ${item.path}:`)}`);
      for (const row of item.rows) {
        const color = row.sign === "+" ? "green" : row.sign === "-" ? "red" : "dim";
        lines.push(`        ${paint(color, `${row.sign} ${row.text}`)}`);
      }
      continue;
    }
    const change = item.change;
    if (change.kind === "add") {
      lines.push(`      ${paint("green", `+ ${change.path}: ${formatInline(change.after)}`)}`);
    } else if (change.kind === "remove") {
      lines.push(`      ${paint("red", `- ${change.path}: ${formatInline(change.before)}`)}`);
    } else {
      lines.push(`      ${paint("yellow", `~ ${change.path}: ${formatInline(change.before)} → ${formatInline(change.after)}`)}`);
    }
  }
  return lines;
}

type Paint = (color: keyof typeof ANSI, text: string) => string;

const painter = (options: TerminalOptions): Paint => (color, text) => (options.color ? `${ANSI[color]}${text}${ANSI.reset}` : text);

/** A step's heading and lines, the id apart: what decides whether two environments show the same change. */
function stepBlock(plan: Plan, step: PlanStep, paint: Paint, activity?: ActivityByResource): { heading: string; lines: string[] } {
  const view = presentStep(plan, step);
  const lines = view.warnings.map((warning) => `      ${paint("red", `! ${warning}`)}`);
  lines.push(...fieldLines(step, view.notes, describeReverts(plan, step, activity?.[`${step.kind}/${step.key}`]), paint));
  return { heading: `  ${paint(view.style.color, `${view.style.glyph} ${view.label} ${step.key}`)}`, lines };
}

function renderOne(plan: Plan, options: TerminalOptions, shown: (index: number) => boolean, note?: string): string {
  const paint = painter(options);
  const env = plan.target.environment ? ` (${plan.target.environment})` : "";
  const out: string[] = [`PostHog project ${plan.target.projectId} at ${plan.target.host}${env}`, ""];
  if (note) out.push(`  ${paint("dim", `· ${note}`)}`);
  plan.steps.forEach((step, index) => {
    if ((step.action === "no-op" && !options.verbose) || !shown(index)) return;
    const block = stepBlock(plan, step, paint, options.activity);
    out.push(`${block.heading}${step.id !== undefined ? paint("dim", ` (id ${step.id})`) : ""}`, ...block.lines);
  });
  for (const warning of plan.warnings) out.push(`  ${paint("yellow", `! ${describePlanWarning(plan, warning)}`)}`);
  for (const line of describeSkippedChecks(plan)) out.push(`  ${paint("dim", `· ${line}`)}`);
  if (plan.orphans.length > 0) {
    out.push("", `  ${plan.orphans.length} managed resource(s) have no definition and are left alone (apply with --prune to delete):`);
    for (const orphan of plan.orphans) out.push(`    ${paint("dim", `· ${kindOf(plan, orphan.kind).label} ${orphan.key} (id ${orphan.id})`)}`);
  }
  if (out.length > 2) out.push("");
  out.push(paint("bold", formatSummaryLine(plan)));
  return `${out.join("\n")}\n`;
}

/**
 * Renders a plan for a terminal: one block per changed resource with field-level
 * diffs, then a one-line summary. A pure function of the plan, so the same plan
 * always prints the same bytes.
 */
export function renderPlanText(plan: Plan, options: TerminalOptions): string {
  return renderOne(plan, options, () => true);
}

const environmentOf = (plan: Plan) => plan.target.environment ?? "default";

/**
 * Renders the plans of several environments: each change that reads the same
 * in several of them once, under "Same in …" with each one's id, then each
 * environment's plan with only what differs.
 */
export function renderPlansText(plans: readonly Plan[], options: TerminalOptions): string {
  const plain = painter({ color: false });
  const keyOf = (plan: Plan, step: PlanStep) => JSON.stringify(stepBlock(plan, step, plain));
  const holders = new Map<string, string[]>();
  for (const plan of plans) for (const step of plan.steps) if (step.action !== "no-op") holders.set(keyOf(plan, step), [...(holders.get(keyOf(plan, step)) ?? []), environmentOf(plan)]);
  const shared = (plan: Plan, step: PlanStep) => step.action !== "no-op" && (holders.get(keyOf(plan, step))?.length ?? 0) > 1;
  const paint = painter(options);
  const groups = new Map<string, { names: string[]; blocks: string[]; seen: Set<string> }>();
  for (const plan of plans) {
    for (const step of plan.steps) {
      if (!shared(plan, step)) continue;
      const key = keyOf(plan, step);
      const names = holders.get(key)!;
      const group = groups.get(names.join("\u0000")) ?? { names, blocks: [], seen: new Set<string>() };
      groups.set(names.join("\u0000"), group);
      if (group.seen.has(key)) continue;
      group.seen.add(key);
      const ids = plans.flatMap((p) => p.steps.filter((s) => s.id !== undefined && shared(p, s) && keyOf(p, s) === key).map((s) => `${environmentOf(p)} id ${s.id!}`));
      const block = stepBlock(plan, step, paint);
      group.blocks.push([`${block.heading}${ids.length > 0 ? paint("dim", ` (${ids.join(", ")})`) : ""}`, ...block.lines].join("\n"));
    }
  }
  const out = [...groups.values()].map((g) => `${paint("bold", `Same in ${g.names.join(", ")}:`)}\n\n${g.blocks.join("\n")}\n`);
  for (const plan of plans) {
    const count = plan.steps.filter((s) => shared(plan, s)).length;
    out.push(renderOne(plan, options, (i) => !shared(plan, plan.steps[i]!), count > 0 ? `${count} change(s) shown once above, the same in another environment` : undefined));
  }
  return out.join("\n");
}
