import type { Plan, PlanStep } from "../core/plan/types.js";
import { describeSkippedChecks } from "./checks.js";
import { describePlanWarning, kindOf, presentStep } from "./present.js";
import { drawLayout } from "./layout-grid.js";
import { describeChanges, formatInline } from "./value-diff.js";
import { listCreatedFields } from "./written.js";

const ANSI = { green: "\u001b[32m", yellow: "\u001b[33m", red: "\u001b[31m", dim: "\u001b[2m", bold: "\u001b[1m", reset: "\u001b[0m" } as const;

/** Options of the terminal renderer; colour is the caller's decision (TTY, NO_COLOR). */
export interface TerminalOptions {
  color: boolean;
  /** Also list unchanged resources. */
  verbose?: boolean;
}

/** The headline every renderer agrees on: "Plan: 1 to create, 2 to update, 0 to delete, 5 unchanged." */
export function formatSummaryLine(plan: Plan): string {
  const { create, update, delete: remove, noop } = plan.summary;
  if (create + update + remove === 0) return `No changes. ${noop} resource(s) up to date.`;
  return `Plan: ${create} to create, ${update} to update, ${remove} to delete, ${noop} unchanged.`;
}

function fieldLines(step: PlanStep, notes: readonly string[], paint: (color: keyof typeof ANSI, text: string) => string): string[] {
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

/**
 * Renders a plan for a terminal: one block per changed resource with field-level
 * diffs, then a one-line summary. A pure function of the plan, so the same plan
 * always prints the same bytes.
 */
export function renderPlanText(plan: Plan, options: TerminalOptions): string {
  const paint = (color: keyof typeof ANSI, text: string) => (options.color ? `${ANSI[color]}${text}${ANSI.reset}` : text);
  const env = plan.target.environment ? ` (${plan.target.environment})` : "";
  const out: string[] = [`PostHog project ${plan.target.projectId} at ${plan.target.host}${env}`, ""];
  for (const step of plan.steps) {
    if (step.action === "no-op" && !options.verbose) continue;
    const view = presentStep(plan, step);
    const id = step.id !== undefined ? paint("dim", ` (id ${step.id})`) : "";
    out.push(`  ${paint(view.style.color, `${view.style.glyph} ${view.label} ${step.key}`)}${id}`);
    for (const warning of view.warnings) out.push(`      ${paint("red", `! ${warning}`)}`);
    out.push(...fieldLines(step, view.notes, paint));
  }
  for (const warning of plan.warnings) out.push(`  ${paint("yellow", `! ${describePlanWarning(plan, warning)}`)}`);
  for (const note of describeSkippedChecks(plan)) out.push(`  ${paint("dim", `· ${note}`)}`);
  if (plan.orphans.length > 0) {
    out.push("", `  ${plan.orphans.length} managed resource(s) have no definition and are left alone (apply with --prune to delete):`);
    for (const orphan of plan.orphans) out.push(`    ${paint("dim", `· ${kindOf(plan, orphan.kind).label} ${orphan.key} (id ${orphan.id})`)}`);
  }
  if (out.length > 2) out.push("");
  out.push(paint("bold", formatSummaryLine(plan)));
  return `${out.join("\n")}\n`;
}
