/**
 * Markdown for GitHub: the pull-request plan comment, job summaries and drift
 * issues. Every function is a pure function of its arguments, so the same plan
 * always renders the same bytes. Text that comes from definitions or from
 * PostHog is made inert before it is placed: it cannot open HTML, break out of a
 * code fence, ping people (`@name`) or link issues (`#123`).
 */
import type { ApplyResult, StepResult } from "../core/apply.js";
import { sortDiagnostics, type Diagnostic } from "../core/diagnostics.js";
import { getKind, rankKind } from "../core/kinds/index.js";
import type { KindName } from "../core/model.js";
import type { FieldChange, Plan, PlanStep, PlanSummary } from "../core/plan/types.js";
import { ACTION_STYLE } from "./symbols.js";
import { formatSummaryLine } from "./terminal.js";
import { diffBlock, flattenLeaves, formatInline, needsBlockDiff } from "./value-diff.js";

/** GitHub rejects issue and comment bodies longer than this. */
export const GITHUB_BODY_LIMIT = 65_536;

/** GitHub drops a job summary above 1 MiB; stay a little under it. */
export const STEP_SUMMARY_LIMIT = 1_000_000;

/** One environment's row in a plan report: a plan, or the reason there is none. */
export interface EnvironmentReport {
  environment: string;
  host: string;
  projectId: string;
  plan?: Plan;
  /** Why planning failed; the environment still gets a row. */
  error?: string;
  /** Set when the plan shows the desired state only (no credentials); explains why. */
  offline?: string;
}

/** A callout above the plan, e.g. that a fork's plan is offline. */
export interface Notice {
  level: "note" | "warning" | "caution";
  text: string;
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

type Level = "full" | "brief" | "truncated";

/** Size of text as GitHub's limits count it, measured conservatively. */
export function measure(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

function neutralize(text: string): string {
  // A zero-width space after "@" or "#" stops GitHub from linking mentions and issue references.
  return text.replace(/@|#(?=\d)|\bGH-(?=\d)/gi, "$&&#8203;");
}

/** Text made safe for HTML context (inside `<summary>`): entities escaped, mentions and references neutralised. */
export function escapeHtmlText(text: string): string {
  return neutralize(text.replace(/\r?\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
}

/** Text made safe for a markdown paragraph or table cell: no formatting, HTML, mentions or references. */
export function escapeMarkdown(text: string): string {
  return escapeHtmlText(text.replace(/[\\`*_[\]|~]/g, "\\$&"));
}

/** An inline code span that survives backticks in its content (not for table cells). */
export function formatCode(text: string): string {
  const flat = text.replace(/\r?\n/g, " ");
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") ? " " : "";
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** A fenced code block whose fence is longer than any backtick run inside, so content cannot close it. */
export function formatFence(content: string, language = ""): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${content.replace(/\n$/, "")}\n${fence}`;
}

function callout(notice: Notice): string {
  return `> [!${notice.level.toUpperCase()}]\n> ${escapeMarkdown(notice.text)}`;
}

function kindTitle(kind: KindName): string {
  const words = kind.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Where a resource lives in the PostHog UI, for kinds whose UI path uses the id
 * the plan knows (insights are addressed by a short id the plan does not hold).
 */
function resourceUrl(plan: Plan, kind: KindName, uiId: string | number | undefined): string | undefined {
  const ui = getKind(kind).ui;
  if (!ui || uiId === undefined || !/^https?:\/\//.test(plan.target.host)) return undefined;
  return `${plan.target.host}/project/${encodeURIComponent(plan.target.projectId)}/${ui.path}/${encodeURIComponent(String(uiId))}`;
}

function projectUrl(report: EnvironmentReport): string | undefined {
  return /^https?:\/\//.test(report.host) ? `${report.host}/project/${encodeURIComponent(report.projectId)}` : undefined;
}

function diffLinesOf(change: FieldChange, sign?: "+" | "-"): string[] {
  if (needsBlockDiff(change)) {
    return [`@@ ${change.path} @@`, ...diffBlock(change).map((row) => `${sign ?? row.sign} ${row.text}`)];
  }
  if (change.kind === "add") return [`+ ${change.path}: ${formatInline(change.after)}`];
  if (change.kind === "remove") return [`- ${change.path}: ${formatInline(change.before)}`];
  return [`- ${change.path}: ${formatInline(change.before)}`, `+ ${change.path}: ${formatInline(change.after)}`];
}

function stepDiff(step: PlanStep): string[] {
  if (step.action === "create") {
    return flattenLeaves(step.after ?? {}, "").flatMap(({ path, value }) => diffLinesOf({ path, kind: "add", after: value }, "+"));
  }
  if (step.action === "update") return step.changes.flatMap((change) => diffLinesOf(change));
  return [];
}

function stepHeading(plan: Plan, step: PlanStep): string {
  const style = ACTION_STYLE[step.action];
  const url = resourceUrl(plan, step.kind, step.uiId);
  const where = step.id === undefined ? "" : url ? ` · [id ${escapeMarkdown(String(step.id))}](${url})` : ` · id ${escapeMarkdown(String(step.id))}`;
  const file = step.source ? ` · ${formatCode(`${step.source.file}:${step.source.line}`)}` : "";
  return `**${style.glyph} ${style.verb}** ${getKind(step.kind).label} ${formatCode(step.key)}${where}${file}`;
}

/** One resource in full: heading, warnings, PostHog-native summaries and a `diff` block. */
function renderStepFull(plan: Plan, step: PlanStep): string {
  const parts = [stepHeading(plan, step)];
  const notes = [...step.warnings.map((w) => `- ⚠️ ${escapeMarkdown(w)}`), ...step.summary.map((s) => `- ${escapeMarkdown(s)}`)];
  if (notes.length > 0) parts.push(notes.join("\n"));
  const diff = stepDiff(step);
  if (diff.length > 0) parts.push(formatFence(diff.join("\n"), "diff"));
  return parts.join("\n\n");
}

/** One resource on one line: glyph, name and its summaries, or a field count. */
function renderStepBrief(step: PlanStep): string {
  const style = ACTION_STYLE[step.action];
  const detail = [...step.warnings.map((w) => `⚠️ ${w}`), ...step.summary];
  const fields = step.action === "update" && detail.length === 0 ? ` (${step.changes.length} field${step.changes.length === 1 ? "" : "s"})` : "";
  const id = step.action === "delete" && step.id !== undefined ? ` (id ${escapeMarkdown(String(step.id))})` : "";
  return `- **${style.glyph}** ${getKind(step.kind).label} ${formatCode(step.key)}${id}${detail.length > 0 ? `: ${escapeMarkdown(detail.join("; "))}` : ""}${fields}`;
}

/** The order reviewers read a plan in: deletions first, then updates, then creates, stable within each. */
const ACTION_ORDER: Record<PlanStep["action"], number> = { delete: 0, update: 1, create: 2, "no-op": 3 };

function groupByKind(steps: readonly PlanStep[]): { kind: KindName; steps: PlanStep[] }[] {
  const groups = new Map<KindName, PlanStep[]>();
  for (const step of steps) groups.set(step.kind, [...(groups.get(step.kind) ?? []), step]);
  return [...groups.entries()]
    .map(([kind, members]) => ({ kind, steps: members.map((s, i) => ({ s, i })).sort((a, b) => ACTION_ORDER[a.s.action] - ACTION_ORDER[b.s.action] || a.i - b.i).map((x) => x.s) }))
    .sort((a, b) => Number(b.steps.some((s) => s.action === "delete")) - Number(a.steps.some((s) => s.action === "delete")) || rankKind(a.kind) - rankKind(b.kind));
}

function countLine(steps: readonly PlanStep[]): string {
  const counts = { create: 0, update: 0, delete: 0 };
  for (const step of steps) if (step.action !== "no-op") counts[step.action]++;
  return (["delete", "update", "create"] as const).filter((a) => counts[a] > 0).map((a) => `${counts[a]} to ${a}`).join(", ");
}

/** A budget that resource lines draw from at the truncated level. */
interface Allowance {
  left: number;
}

function renderKindGroup(plan: Plan, group: { kind: KindName; steps: PlanStep[] }, level: Level, open: boolean, allowance?: Allowance): string {
  const blocks: string[] = [];
  let omitted = 0;
  for (const step of group.steps) {
    if (level === "full") {
      blocks.push(renderStepFull(plan, step));
      continue;
    }
    const line = renderStepBrief(step);
    if (allowance && measure(line) + 1 > allowance.left) {
      // Once a line does not fit, nothing after it is shown, so the cut is one clean point.
      allowance.left = 0;
      omitted++;
      continue;
    }
    if (allowance) allowance.left -= measure(line) + 1;
    blocks.push(line);
  }
  if (omitted > 0) blocks.push(`- … ${omitted} more (the job summary lists every change)`);
  const body = level === "full" ? blocks.join("\n\n") : blocks.join("\n");
  return `<details${open ? " open" : ""}><summary>${escapeHtmlText(kindTitle(group.kind))} · ${countLine(group.steps)}</summary>\n\n${body}\n\n</details>`;
}

function renderOrphans(plan: Plan): string {
  if (plan.orphans.length === 0) return "";
  const rows = plan.orphans.map((o) => `- ${getKind(o.kind).label} ${formatCode(o.key)} (id ${escapeMarkdown(String(o.id))})`);
  return `<details><summary>${plan.orphans.length} managed resource(s) have no definition and are left alone</summary>\n\n${rows.join("\n")}\n\nDelete them with the prune mode (workflow_dispatch), which asks for confirmation.\n\n</details>`;
}

function renderEnvironment(report: EnvironmentReport, level: Level, allowance?: Allowance): string {
  const name = escapeMarkdown(report.environment);
  if (!report.plan) return `### ${name}\n\n${callout({ level: "caution", text: `Planning failed: ${report.error ?? "unknown error"}` })}`;
  const plan = report.plan;
  const parts = [`### ${name} · ${escapeMarkdown(formatSummaryLine(plan))}`];
  if (report.offline) parts.push(callout({ level: "note", text: `Offline plan: ${report.offline}` }));
  const changed = plan.steps.filter((s) => s.action !== "no-op");
  for (const group of groupByKind(changed)) {
    const open = changed.length <= 20 || group.steps.some((s) => s.action === "delete");
    parts.push(renderKindGroup(plan, group, level, open, allowance));
  }
  const orphans = renderOrphans(plan);
  if (orphans) parts.push(orphans);
  return parts.join("\n\n");
}

function totals(reports: readonly EnvironmentReport[]): PlanSummary {
  const sum: PlanSummary = { create: 0, update: 0, delete: 0, noop: 0 };
  for (const report of reports) {
    if (!report.plan) continue;
    for (const key of ["create", "update", "delete", "noop"] as const) sum[key] += report.plan.summary[key];
  }
  return sum;
}

function headline(reports: readonly EnvironmentReport[]): string {
  const sum = totals(reports);
  const planned = reports.filter((r) => r.plan).length;
  const failed = reports.length - planned;
  const scope = `${planned} environment${planned === 1 ? "" : "s"}`;
  const main = planned === 0
    ? ""
    : sum.create + sum.update + sum.delete === 0
      ? `**No changes** in ${scope}.`
      : `**${sum.create} to create, ${sum.update} to update, ${sum.delete} to delete** across ${scope}.`;
  const failures = failed > 0 ? `**${failed} environment${failed === 1 ? "" : "s"} could not be planned.**` : "";
  return [main, failures].filter(Boolean).join(" ");
}

function statusOf(report: EnvironmentReport): string {
  if (!report.plan) return "❌ plan failed";
  if (report.offline) return "🔒 offline";
  const { create, update, delete: remove } = report.plan.summary;
  if (remove > 0) return "⚠️ deletes";
  return create + update > 0 ? "📝 changes" : "✅ up to date";
}

function renderTable(reports: readonly EnvironmentReport[]): string {
  const rows = reports.map((r) => {
    const url = projectUrl(r);
    const project = url ? `[${escapeMarkdown(r.projectId)}](${url})` : escapeMarkdown(r.projectId);
    const s = r.plan?.summary;
    return `| ${escapeMarkdown(r.environment)} | ${project} | ${s ? s.create : "–"} | ${s ? s.update : "–"} | ${s ? s.delete : "–"} | ${statusOf(r)} |`;
  });
  return ["| Environment | Project | + | ~ | − | Status |", "| --- | --- | ---: | ---: | ---: | --- |", ...rows].join("\n");
}

function renderDiagnostics(diagnostics: readonly Diagnostic[], max: number): string {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const sorted = sortDiagnostics(diagnostics);
  const lines = sorted.slice(0, max).map((d) => {
    const where = d.source ? `${formatCode(`${d.source.file}:${d.source.line}`)} ` : d.resource ? `${formatCode(d.resource)} ` : "";
    const field = d.field ? `${formatCode(d.field)}: ` : "";
    return `- ${d.severity === "error" ? "❌" : "⚠️"} ${where}${field}${escapeMarkdown(d.message)}`;
  });
  if (sorted.length > max) lines.push(`- … ${sorted.length - max} more (see the job log)`);
  const heading = errors.length > 0 ? "### ❌ Invalid definitions\n\nNothing was sent to PostHog. Fix these and push again:" : "### ⚠️ Warnings";
  return `${heading}\n\n${lines.join("\n")}`;
}

/**
 * The plan report: a headline with counts across environments, a caution when
 * anything is deleted, a table Env | Project | + | ~ | − | Status, then per
 * environment a `<details>` per kind with per-resource `diff` blocks, deletions
 * first. It stays within `maxLength` by degrading: first every resource becomes
 * one line, then lines are dropped with "… N more". It never fails and never
 * splits; the job summary (a larger budget) carries the full detail.
 */
export function renderPlanMarkdown(reports: readonly EnvironmentReport[], options: PlanMarkdownOptions): string {
  const head: string[] = [];
  if (options.title) head.push(`## ${escapeMarkdown(options.title)}`);
  head.push(headline(reports));
  const deleting = reports.filter((r) => (r.plan?.summary.delete ?? 0) > 0);
  if (deleting.length > 0) {
    const count = deleting.reduce((n, r) => n + r.plan!.summary.delete, 0);
    head.push(callout({ level: "caution", text: `${count} resource(s) will be deleted: ${deleting.map((r) => `${r.environment} (${r.plan!.summary.delete})`).join(", ")}.` }));
  }
  for (const notice of options.notices ?? []) head.push(callout(notice));
  head.push(renderTable(reports));
  if ((options.diagnostics ?? []).length > 0) head.push(renderDiagnostics(options.diagnostics!, options.maxDiagnostics ?? 30));
  const top = head.join("\n\n");

  const assemble = (sections: string[]) => `${[top, ...sections].join("\n\n")}\n`;
  for (const level of ["full", "brief"] as const) {
    const text = assemble(reports.map((r) => renderEnvironment(r, level)));
    if (measure(text) <= options.maxLength) return text;
  }
  const skeleton = assemble(reports.map((r) => renderEnvironment(r, "truncated", { left: 0 })));
  // Each environment gets a fair share of what is left; a share one does not use passes on to the next.
  let pool = options.maxLength - measure(skeleton) - 64 * reports.length;
  const truncated = assemble(
    reports.map((r, i) => {
      const share = Math.max(0, Math.floor(pool / (reports.length - i)));
      const allowance = { left: share };
      const text = renderEnvironment(r, "truncated", allowance);
      pool -= share - allowance.left;
      return text;
    }),
  );
  if (measure(truncated) <= options.maxLength) return truncated;
  const minimal = `${top}\n\nThe plan is too large to show here; the job summary has every change.\n`;
  return measure(minimal) <= options.maxLength ? minimal : `${head.slice(0, options.title ? 2 : 1).join("\n\n")}\n\nThe plan is too large to show here; the job summary has every change.\n`;
}

/** Full per-resource blocks for some steps of a plan, e.g. the changes nobody reviewed. */
export function renderStepsMarkdown(plan: Plan, steps: readonly PlanStep[]): string {
  return steps.map((step) => renderStepFull(plan, step)).join("\n\n");
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
    const url = resourceUrl(plan, step.kind, step.uiId ?? (getKind(step.kind).ui?.idField ? undefined : outcome?.id));
    const idCell = id === undefined ? "" : url ? `[${escapeMarkdown(String(id))}](${url})` : escapeMarkdown(String(id));
    rows.push(`| ${escapeMarkdown(getKind(step.kind).label)} | ${escapeMarkdown(step.key)} | ${idCell} | ${style.glyph} ${style.verb} | ${status} |`);
  });
  if (rows.length === 0) return "Nothing to change.";
  return ["| Kind | Key | Id | Action | Result |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

function describeDrift(step: PlanStep): string {
  if (step.action === "create") return "missing in PostHog (deleted there, or never applied)";
  if (step.adopt) return "exists in PostHog but is not managed yet";
  const labels = new Set(step.changes.map((c) => (c.kind === "update" ? "edited in PostHog" : c.kind === "remove" ? "field added in PostHog" : "field removed in PostHog")));
  return [...labels].join(", ");
}

/**
 * The drift table of an issue: each resource whose live state differs from its
 * definition, what happened to it in PostHog and which fields differ.
 */
export function renderDriftTable(plan: Plan): string {
  const rows = plan.steps
    .filter((s) => s.action !== "no-op")
    .map((step) => {
      const fields = step.changes.map((c) => c.path);
      const shown = fields.slice(0, 5).map(formatCode).join(", ").replace(/\|/g, "\\|");
      const more = fields.length > 5 ? ` and ${fields.length - 5} more` : "";
      const url = resourceUrl(plan, step.kind, step.uiId);
      const key = url ? `[${escapeMarkdown(step.key)}](${url})` : escapeMarkdown(step.key);
      return `| ${escapeMarkdown(getKind(step.kind).label)} | ${key} | ${escapeMarkdown(describeDrift(step))} | ${shown}${more} |`;
    });
  return ["| Kind | Key | What happened | Fields |", "| --- | --- | --- | --- |", ...rows].join("\n");
}
