/**
 * Markdown plan reports for GitHub: the pull-request plan comment, job
 * summaries, check runs and drift issues. Every function is a pure function of
 * its arguments, so the same plan always renders the same bytes. Text from
 * definitions or PostHog goes through the escaping helpers of `markdown-text`.
 */
import type { ApplyResult, StepResult } from "../core/apply.js";
import { sortDiagnostics, type Diagnostic } from "../core/diagnostics.js";
import type { ActivityByResource, EnvironmentReport, FieldActivity } from "../core/plan/report.js";
import type { Plan, PlanStep, PlanSummary } from "../core/plan/types.js";
import { describeSkippedChecks } from "./checks.js";
import { escapeHtmlText, escapeMarkdown, formatCallout, formatCode, formatFence, measure, shareFairly, takeLines, type Notice } from "./markdown-text.js";
import { describePlanWarning, groupByKind, kindOf, presentStep, resultUrl, type StepView } from "./present.js";
import { composeSections, countLine, kindTitle, renderSection, showFragment, type Fragment, type SectionModel } from "./markdown-sections.js";
import { ACTION_STYLE } from "./symbols.js";
import { formatSummaryLine } from "./terminal.js";
import { drawLayout } from "./layout-grid.js";
import { describeReverts, REVERT_LABEL } from "./provenance.js";
import { describeChanges, formatInline } from "./value-diff.js";
import { listCreatedFields } from "./written.js";

/** What the headline and the table need of one environment, small enough to store in a comment. */
export interface EnvironmentRow {
  environment: string;
  host: string;
  projectId: string;
  /** Absent when the environment could not be planned. */
  summary?: PlanSummary;
  offline?: boolean;
}

/** Diagnostics rendered as list items, with how many did not fit and whether any is an error. */
export interface DiagnosticLines {
  lines: string[];
  omitted: number;
  errors: boolean;
}

/** Options of {@link renderPlanMarkdown}. */
export interface PlanMarkdownOptions {
  /** Heading of the report; omitted when absent. */
  title?: string;
  /** Size budget in UTF-8 bytes (which never undercounts GitHub's character limit). */
  maxLength: number;
  notices?: readonly Notice[];
  diagnostics?: readonly Diagnostic[];
  /** At most this many diagnostics are listed; the rest are counted. */
  maxDiagnostics?: number;
}

const MORE = "(the job summary lists every change)";

function projectUrl(row: EnvironmentRow): string | undefined {
  return /^https?:\/\//.test(row.host) ? `${row.host}/project/${encodeURIComponent(row.projectId)}` : undefined;
}

function diffLinesOf(step: PlanStep): string[] {
  return describeChanges(step).flatMap((item) => {
    if (item.type === "block") return [`@@ ${item.path} @@`, ...item.rows.map((row) => `${row.sign} ${row.text}`)];
    const change = item.change;
    if (change.kind === "add") return [`+ ${change.path}: ${formatInline(change.after)}`];
    if (change.kind === "remove") return [`- ${change.path}: ${formatInline(change.before)}`];
    return [`- ${change.path}: ${formatInline(change.before)}`, `+ ${change.path}: ${formatInline(change.after)}`];
  });
}

function stepDiff(step: PlanStep): string[] {
  if (step.action === "create") return listCreatedFields(step).flatMap((row) => (row.lines ? [`@@ ${row.path} @@`, ...row.lines.map((text) => `+ ${text}`)] : [`+ ${row.path}: ${row.inline ?? ""}`]));
  if (step.action === "update") return diffLinesOf(step);
  return [];
}

function stepHeading(step: PlanStep, view: StepView): string {
  const file = step.source ? ` · ${formatCode(`${step.source.file}:${step.source.line}`)}` : "";
  return `**${view.style.glyph} ${view.style.verb}** ${view.label} ${formatCode(step.key)}${file}`;
}

/** The step's id and page, which differ between environments, apart from what it shows. */
function whereOf(step: PlanStep, view: StepView): Pick<Fragment, "id" | "url"> {
  return step.id === undefined ? {} : { id: escapeMarkdown(String(step.id)), ...(view.url ? { url: view.url } : {}) };
}

/** "`name` by Jane (jane@acme.com) on 2026-01-05 10:02 UTC", escaped. */
export function formatFieldActivity(activity: FieldActivity): string {
  const when = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(activity.at) ? `${activity.at.slice(0, 10)} ${activity.at.slice(11, 16)} UTC` : activity.at;
  return `${formatCode(activity.field)} by ${escapeMarkdown(activity.by)} on ${escapeMarkdown(when)}`;
}

/** One resource in full: heading, warnings, who changed it in PostHog, PostHog-native summaries, its layout and a `diff` block. */
function renderStepFull(plan: Plan, step: PlanStep, activity?: ActivityByResource): Fragment {
  const view = presentStep(plan, step);
  const parts = [stepHeading(step, view)];
  const edits = activity?.[`${step.kind}/${step.key}`] ?? [];
  const reverts = describeReverts(plan, step, edits);
  // An edit the step undoes is named once, as such; other edits PostHog logged are listed as before.
  const reverted = reverts.map((r) => `- ↩️ ${REVERT_LABEL}: ${r.by ? formatFieldActivity(r.by) : r.paths.map(formatCode).join(", ")}`);
  const changedBy = edits.filter((a) => !reverts.some((r) => r.field === a.field)).map((a) => `- ✏️ changed in PostHog: ${formatFieldActivity(a)}`);
  const notes = [...view.warnings.map((w) => `- ⚠️ ${escapeMarkdown(w)}`), ...reverted, ...changedBy, ...view.notes.map((s) => `- ${escapeMarkdown(s)}`)];
  if (notes.length > 0) parts.push(notes.join("\n"));
  if (step.layout) parts.push(formatFence(drawLayout(step.layout).join("\n"), "text"));
  const diff = stepDiff(step);
  if (diff.length > 0) parts.push(formatFence(diff.join("\n"), "diff"));
  return { kind: step.kind, action: step.action, form: "full", text: parts.join("\n\n"), ...whereOf(step, view) };
}

/** One resource on one line: glyph, name and its summaries, or a field count; a deletion also its id. */
function renderStepBrief(plan: Plan, step: PlanStep): Fragment {
  const view = presentStep(plan, step);
  const detail = [...view.warnings.map((w) => `⚠️ ${w}`), ...describeReverts(plan, step).map((r) => `↩️ ${REVERT_LABEL}: ${r.paths.join(", ")}`), ...view.notes];
  const fields = step.action === "update" && detail.length === 0 ? ` (${step.changes.length} field${step.changes.length === 1 ? "" : "s"})` : "";
  const text = `- **${view.style.glyph}** ${view.label} ${formatCode(step.key)}${detail.length > 0 ? `: ${escapeMarkdown(detail.join("; "))}` : ""}${fields}`;
  return { kind: step.kind, action: step.action, form: "brief", text, ...(step.action === "delete" && step.id !== undefined ? { id: escapeMarkdown(String(step.id)) } : {}) };
}

/** A `<details>` block of an environment's cut-down form: one kind's changes, or the orphans. */
interface Block {
  /** Already safe for HTML. */
  title: string;
  open: boolean;
  lines: string[];
  footer?: string;
}

function frameBlock(block: Block, body: string, omitted: number): string {
  const more = omitted > 0 ? `${body ? "\n" : ""}- … ${omitted} more ${MORE}` : "";
  const footer = block.footer ? `\n\n${block.footer}` : "";
  return `<details${block.open ? " open" : ""}><summary>${block.title}</summary>\n\n${body}${more}${footer}\n\n</details>`;
}

function orphansBlock(plan: Plan): Block | undefined {
  if (plan.orphans.length === 0) return undefined;
  return {
    title: `${plan.orphans.length} managed resource(s) have no definition and are left alone`,
    open: false,
    lines: plan.orphans.map((o) => `- ${kindOf(plan, o.kind).label} ${formatCode(o.key)} (id ${escapeMarkdown(String(o.id))})`),
    footer: "Delete them with the prune mode (workflow_dispatch), which asks for confirmation.",
  };
}

/** The changed steps by kind, as every form of a section lists them. */
function groupsOf(plan: Plan) {
  return groupByKind(plan, plan.steps.filter((s) => s.action !== "no-op"));
}

/** The one-line form of each kind, for cutting down to "… N more". */
function briefBlocks(plan: Plan): Block[] {
  const groups = groupsOf(plan);
  const changed = groups.reduce((n, g) => n + g.steps.length, 0);
  const line = (step: PlanStep) => {
    const fragment = renderStepBrief(plan, step);
    return `${fragment.text}${fragment.id !== undefined ? ` (id ${fragment.id})` : ""}`;
  };
  const blocks: Block[] = groups.map((group) => ({
    title: `${escapeHtmlText(kindTitle(group.kind))} · ${countLine(group.steps.map((s) => s.action))}`,
    open: changed <= 20 || group.steps.some((s) => s.action === "delete"),
    lines: group.steps.map(line),
  }));
  const orphans = orphansBlock(plan);
  return orphans ? [...blocks, orphans] : blocks;
}

/**
 * One environment's part of a report, within `maxLength`: in full, else one
 * line per resource, else the lines that fit with "… N more" per kind, every
 * kind (and the orphans) drawing a fair share so that no large kind can crowd
 * out the others; else a note that the job summary has it. `marked` keeps what
 * a plan comment needs to show changes several environments share once.
 */
export function renderEnvironmentSection(report: EnvironmentReport, maxLength: number, options: { marked?: boolean } = {}): string {
  const name = escapeMarkdown(report.environment);
  const marked = options.marked ?? false;
  const render = (model: SectionModel) => renderSection(report.environment, model, marked);
  if (!report.plan) return render({ head: `### ${name}\n\n${formatCallout({ level: "caution", text: `Planning failed: ${report.error ?? "unknown error"}` })}`, fragments: [], rest: "" });
  const plan = report.plan;
  const lead = [`### ${name} · ${escapeMarkdown(formatSummaryLine(plan))}`];
  if (report.offline) lead.push(formatCallout({ level: "note", text: `Offline plan: ${report.offline}` }));
  const skipped = describeSkippedChecks(plan);
  if (skipped.length > 0) lead.push(formatCallout({ level: "note", text: `Checks: ${skipped.join("; ")}.` }));
  // Conflicts and kinds that could not be read concern the whole plan, so a reviewer sees them first.
  for (const warning of plan.warnings) lead.push(formatCallout({ level: "warning", text: describePlanWarning(plan, warning) }));
  const head = lead.join("\n\n");
  const steps = groupsOf(plan).flatMap((g) => g.steps);
  const orphans = orphansBlock(plan);
  const rest = orphans ? frameBlock(orphans, orphans.lines.join("\n"), 0) : "";

  const full = render({ head, fragments: steps.map((step) => renderStepFull(plan, step, report.activity)), rest });
  if (measure(full) <= maxLength) return full;
  const brief = render({ head, fragments: steps.map((step) => renderStepBrief(plan, step)), rest });
  if (measure(brief) <= maxLength) return brief;
  const blocks = briefBlocks(plan);
  const assemble = (parts: string[]) => render({ head, fragments: [], rest: parts.join("\n\n") });
  const available = maxLength - measure(assemble(blocks.map((b) => frameBlock(b, "", b.lines.length))));
  if (available >= 0) {
    const shares = shareFairly(blocks.map((b) => b.lines.reduce((n, line) => n + measure(line) + 1, 0)), available);
    const cut = assemble(blocks.map((b, i) => {
      const { shown, omitted } = takeLines(b.lines, shares[i]!);
      return frameBlock(b, shown.join("\n"), omitted);
    }));
    if (measure(cut) <= maxLength) return cut;
  }
  const stub = render({ head, fragments: [], rest: "This environment's plan is too large to show here; the job summary has every change." });
  return measure(stub) <= maxLength ? stub : lead[0]!;
}

/** The row of a report, as the headline and the table use it. */
export function rowOf(report: EnvironmentReport): EnvironmentRow {
  return { environment: report.environment, host: report.host, projectId: report.projectId, ...(report.plan ? { summary: report.plan.summary } : {}), ...(report.offline ? { offline: true } : {}) };
}

function headline(rows: readonly EnvironmentRow[]): string {
  const planned = rows.filter((r) => r.summary);
  const sum = { create: 0, update: 0, delete: 0 };
  for (const row of planned) for (const key of ["create", "update", "delete"] as const) sum[key] += row.summary![key];
  const failed = rows.length - planned.length;
  const scope = `${planned.length} environment${planned.length === 1 ? "" : "s"}`;
  const main = planned.length === 0
    ? ""
    : sum.create + sum.update + sum.delete === 0
      ? `**No changes** in ${scope}.`
      : `**${sum.create} to create, ${sum.update} to update, ${sum.delete} to delete** across ${scope}.`;
  const failures = failed > 0 ? `**${failed} environment${failed === 1 ? "" : "s"} could not be planned.**` : "";
  return [main, failures].filter(Boolean).join(" ");
}

function statusOf(row: EnvironmentRow): string {
  if (!row.summary) return "❌ plan failed";
  if (row.offline) return "🔒 offline";
  const { create, update, delete: remove } = row.summary;
  if (remove > 0) return "⚠️ deletes";
  return create + update > 0 ? "📝 changes" : "✅ up to date";
}

function renderTable(rows: readonly EnvironmentRow[]): string {
  const lines = rows.map((r) => {
    const url = projectUrl(r);
    const project = url ? `[${escapeMarkdown(r.projectId)}](${url})` : escapeMarkdown(r.projectId);
    const s = r.summary;
    return `| ${escapeMarkdown(r.environment)} | ${project} | ${s ? s.create : "–"} | ${s ? s.update : "–"} | ${s ? s.delete : "–"} | ${statusOf(r)} |`;
  });
  return ["| Environment | Project | + | ~ | − | Status |", "| --- | --- | ---: | ---: | ---: | --- |", ...lines].join("\n");
}

/** Diagnostics as list items with file and line, at most `max` of them and at most `maxBytes` in all. */
export function renderDiagnosticLines(diagnostics: readonly Diagnostic[], max: number, maxBytes = Number.POSITIVE_INFINITY): DiagnosticLines {
  const sorted = sortDiagnostics(diagnostics);
  const all = sorted.map((d) => {
    const where = d.source ? `${formatCode(`${d.source.file}:${d.source.line}`)} ` : d.resource ? `${formatCode(d.resource)} ` : "";
    const field = d.field ? `${formatCode(d.field)}: ` : "";
    return `- ${d.severity === "error" ? "❌" : "⚠️"} ${where}${field}${escapeMarkdown(d.message)}`;
  });
  const { shown } = takeLines(all.slice(0, max), maxBytes);
  return { lines: shown, omitted: all.length - shown.length, errors: sorted.some((d) => d.severity === "error") };
}

/** The "Invalid definitions" (or "Warnings") section of a report. */
export function formatDiagnosticsBlock(diagnostics: DiagnosticLines): string {
  const lines = [...diagnostics.lines, ...(diagnostics.omitted > 0 ? [`- … ${diagnostics.omitted} more (see the job log)`] : [])];
  const heading = diagnostics.errors ? "### ❌ Invalid definitions\n\nNothing was sent to PostHog. Fix these and push again:" : "### ⚠️ Warnings";
  return `${heading}\n\n${lines.join("\n")}`;
}

/**
 * The top of a plan report: a headline with counts across environments, a
 * caution when anything is deleted, notices, a table Env | Project | + | ~ | − |
 * Status and the diagnostics.
 */
export function renderPlanHead(rows: readonly EnvironmentRow[], options: { title?: string; notices?: readonly Notice[]; diagnostics?: DiagnosticLines }): string {
  const head: string[] = [];
  if (options.title) head.push(`## ${escapeMarkdown(options.title)}`);
  head.push(headline(rows));
  const deleting = rows.filter((r) => (r.summary?.delete ?? 0) > 0);
  if (deleting.length > 0) {
    const count = deleting.reduce((n, r) => n + r.summary!.delete, 0);
    head.push(formatCallout({ level: "caution", text: `${count} resource(s) will be deleted: ${deleting.map((r) => `${r.environment} (${r.summary!.delete})`).join(", ")}.` }));
  }
  for (const notice of options.notices ?? []) head.push(formatCallout(notice));
  head.push(renderTable(rows));
  const diagnostics = options.diagnostics;
  if (diagnostics && diagnostics.lines.length + diagnostics.omitted > 0) head.push(formatDiagnosticsBlock(diagnostics));
  return head.filter(Boolean).join("\n\n");
}

/**
 * The plan report: the head, then per environment a `<details>` per kind with
 * per-resource `diff` blocks, deletions first. It stays within `maxLength` by
 * degrading each environment within a fair share of the space, so it never
 * fails and never splits; the job summary (a larger budget) has the detail.
 */
export function renderPlanMarkdown(reports: readonly EnvironmentReport[], options: PlanMarkdownOptions): string {
  const diagnostics = options.diagnostics?.length ? renderDiagnosticLines(options.diagnostics, options.maxDiagnostics ?? 30) : undefined;
  const top = renderPlanHead(reports.map(rowOf), { ...(options.title ? { title: options.title } : {}), ...(options.notices ? { notices: options.notices } : {}), ...(diagnostics ? { diagnostics } : {}) });
  const assemble = (sections: string[]) => `${[top, ...sections].join("\n\n")}\n`;
  const pool = options.maxLength - measure(assemble(reports.map(() => "")));
  // Changes that read the same in several environments are shown once, which only ever makes the report shorter.
  const marked = reports.length > 1;
  const shares = shareFairly(reports.map((r) => measure(renderEnvironmentSection(r, Number.POSITIVE_INFINITY, { marked }))), pool);
  const sections = reports.map((r, i) => ({ environment: r.environment, section: renderEnvironmentSection(r, shares[i]!, { marked }) }));
  const text = assemble(reports.length > 1 ? [composeSections(sections, false)] : sections.map((s) => s.section));
  if (measure(text) <= options.maxLength) return text;
  const minimal = `${top}\n\nThe plan is too large to show here; the job summary has every change.\n`;
  return measure(minimal) <= options.maxLength ? minimal : `${escapeMarkdown(options.title ?? "PostHog plan")}: the plan is too large to show here; the job summary has every change.\n`;
}

/** Full per-resource blocks for some steps of a plan, e.g. the changes nobody reviewed. */
export function renderStepsMarkdown(plan: Plan, steps: readonly PlanStep[]): string {
  return steps.map((step) => showFragment(renderStepFull(plan, step))).join("\n\n");
}

const RESULT_LABEL: Record<StepResult["status"], string> = { applied: "✅ applied", failed: "❌ failed", skipped: "⏭️ skipped", unchanged: "unchanged" };

/**
 * A table of the steps that change something and, once applied, their results
 * with PostHog's own error text. Without results it lists what would happen.
 */
export function renderResultsMarkdown(plan: Plan, result?: ApplyResult): string {
  const rows: string[] = [];
  plan.steps.forEach((step, i) => {
    if (step.action === "no-op") return;
    const outcome = result?.results[i];
    const style = ACTION_STYLE[step.action];
    const status = outcome ? `${RESULT_LABEL[outcome.status]}${outcome.error ? `: ${escapeMarkdown(outcome.error)}` : ""}` : `would ${style.verb}`;
    const id = step.id ?? outcome?.id;
    // A just-created object has no UI id in the plan; kinds addressed by their numeric id still get a link.
    const url = resultUrl(plan, step, outcome?.id);
    const idCell = id === undefined ? "" : url ? `[${escapeMarkdown(String(id))}](${url})` : escapeMarkdown(String(id));
    rows.push(`| ${escapeMarkdown(kindOf(plan, step.kind).label)} | ${escapeMarkdown(step.key)} | ${idCell} | ${style.glyph} ${style.verb} | ${status} |`);
  });
  if (rows.length === 0) return "Nothing to change.";
  return ["| Kind | Key | Id | Action | Result |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}
