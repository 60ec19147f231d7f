import type { Diagnostic } from "../core/diagnostics.js";
import { stringifyStable } from "../core/json.js";
import type { EnvironmentReport } from "../core/plan/report.js";
import { digestChanges, type ReviewRecord } from "../core/plan/review.js";
import type { PlanSummary } from "../core/plan/types.js";
import { renderDiagnosticLines, renderEnvironmentSection, renderPlanHead, rowOf, type DiagnosticLines, type EnvironmentRow } from "../render/markdown.js";
import { composeSections, readSections, SECTIONS_END } from "../render/markdown-sections.js";
import { GITHUB_BODY_LIMIT, measure, takeLines, type Notice } from "../render/markdown-text.js";

/** Hidden marker that identifies the plan comment (together with its author). */
export const PLAN_MARKER = "<!-- posthog-definitions:plan -->";

const FINGERPRINTS = "posthog-definitions:fingerprints";
const CHANGES = "posthog-definitions:changes";
const ENVIRONMENTS = "posthog-definitions:environments";
const STATUS = "posthog-definitions:status";

/** Change digests take at most this much of the comment; an environment over its share needs an exact fingerprint match. */
const MAX_CHANGES_RECORD = 12_000;
/** The visible diagnostics list, and (split between environments) the copy each environment stores. */
const DIAGNOSTICS_BUDGET = 4_000;
/** Markers, title, headline, notices, table header and the status heading. */
const HEAD_RESERVE = 2_500;
/** An environment's table row, stored row, fingerprint, section marker and a status line that apply may lengthen. */
const PER_ENVIRONMENT_RESERVE = 1_300;

/**
 * One environment's part of the plan comment. Every plan job writes only its
 * own environments' entries and keeps the others it reads, so one job per
 * environment (a matrix) and one job for all give the same comment.
 */
export interface CommentEntry {
  row: EnvironmentRow;
  /** The environment's rendered section, within {@link sectionBudget}. */
  section: string;
  /** Its status line, as {@link formatStatusLine} makes it. */
  status: string;
  fingerprint?: string;
  /** Digests of its reviewed changes; absent when they did not fit. */
  changes?: string[];
  diagnostics: DiagnosticLines;
}

/** What the head of the comment says beyond the environments. */
export interface CommentFrame {
  title: string;
  notices: readonly Notice[];
}

interface StoredEnvironment {
  host: string;
  projectId: string;
  summary?: PlanSummary;
  offline?: boolean;
  diagnostics?: DiagnosticLines;
}

/** Keeps JSON inside an HTML comment: `<` and `>` are written as escapes so `-->` can never occur. */
function encodeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
}

function readJson(body: string, name: string): unknown {
  const line = body.split("\n").find((l) => l.startsWith(`<!-- ${name} `) && l.endsWith(" -->"));
  if (!line) return undefined;
  try {
    return JSON.parse(line.slice(`<!-- ${name} `.length, -" -->".length));
  } catch {
    return undefined;
  }
}

function objectOf(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringRecord(value: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(objectOf(value)).filter((e): e is [string, string] => typeof e[1] === "string"));
}

/** The review record stored in a comment body; empty when the body has none. */
export function readReviewRecord(body: string): ReviewRecord {
  const changes = stringRecord(readJson(body, CHANGES));
  const lists = Object.fromEntries(Object.entries(changes).map(([name, digests]) => [name, digests.split(" ").filter(Boolean)]));
  return { fingerprints: stringRecord(readJson(body, FINGERPRINTS)), changes: lists };
}

/** One status line, found again later by the hidden marker at its end. */
export function formatStatusLine(environment: string, text: string): string {
  return `- ${text} <!-- ${STATUS} ${environment} -->`;
}

function statusTag(environment: string): string {
  return `<!-- ${STATUS} ${environment} -->`;
}

/** Replaces one environment's status line, or adds it when the comment has none for it. */
export function replaceStatusLine(body: string, environment: string, line: string): string {
  const lines = body.split("\n");
  const index = lines.findIndex((l) => l.endsWith(statusTag(environment)));
  if (index >= 0) {
    lines[index] = line;
    return lines.join("\n");
  }
  return `${body.trimEnd()}\n${line}\n`;
}

/** Every status line of a comment, by environment. */
export function readStatusLines(body: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const line of body.split("\n")) {
    const match = new RegExp(`<!-- ${STATUS} ([^ ]+) -->$`).exec(line);
    if (match) found[match[1]!] = line;
  }
  return found;
}

/**
 * How many bytes one environment's section may take when `environments` are
 * configured: a fixed share, so that the comment is the same however the
 * environments are split across jobs, and always fits with every share used.
 */
export function sectionBudget(environments: number): number {
  const n = Math.max(1, environments);
  return Math.floor((GITHUB_BODY_LIMIT - MAX_CHANGES_RECORD - 2 * DIAGNOSTICS_BUDGET - HEAD_RESERVE) / n) - PER_ENVIRONMENT_RESERVE;
}

/**
 * One environment's entry after a job planned it, sized for `environments`
 * configured ones: its section within its share, its change digests when they
 * fit its share of the record (else apply needs an exact fingerprint match),
 * and its share of the diagnostics. Offline plans record no fingerprint.
 */
export function createEntry(report: EnvironmentReport, status: string, diagnostics: readonly Diagnostic[], environments: number): CommentEntry {
  const n = Math.max(1, environments);
  const live = report.plan && !report.offline ? report.plan : undefined;
  const digests = live ? digestChanges(live) : [];
  const lines = renderDiagnosticLines(diagnostics, 30);
  const { shown, omitted } = takeLines(lines.lines, Math.floor(DIAGNOSTICS_BUDGET / n));
  return {
    row: rowOf(report),
    section: renderEnvironmentSection(report, sectionBudget(n), { marked: true }).trim(),
    status,
    ...(live ? { fingerprint: live.fingerprint } : {}),
    ...(live && measure(digests.join(" ")) + 64 <= MAX_CHANGES_RECORD / n ? { changes: digests } : {}),
    diagnostics: { lines: shown, omitted: lines.omitted + omitted, errors: lines.errors },
  };
}

/** The environments a plan comment holds, in its order; empty for a body without them. */
export function readCommentEntries(body: string): CommentEntry[] {
  const stored = objectOf(readJson(body, ENVIRONMENTS));
  const record = readReviewRecord(body);
  const sections = readSections(body);
  const status = readStatusLines(body);
  return Object.entries(stored).map(([environment, value]) => {
    const meta = objectOf(value) as Partial<StoredEnvironment>;
    const row: EnvironmentRow = { environment, host: String(meta.host ?? ""), projectId: String(meta.projectId ?? ""), ...(meta.summary ? { summary: meta.summary } : {}), ...(meta.offline ? { offline: true } : {}) };
    const fingerprint = record.fingerprints[environment];
    const changes = record.changes[environment];
    const diagnostics = meta.diagnostics && Array.isArray(meta.diagnostics.lines) ? meta.diagnostics : { lines: [], omitted: 0, errors: false };
    return { row, section: sections.get(environment) ?? "", status: status[environment] ?? "", ...(fingerprint ? { fingerprint } : {}), ...(changes ? { changes } : {}), diagnostics };
  });
}

/**
 * The comment's environments after a job planned some of them: its fresh
 * entries replace theirs, the others stay, and the order is the config's.
 * Environments no longer configured are dropped.
 */
export function mergeEntries(existing: readonly CommentEntry[], fresh: readonly CommentEntry[], order: readonly string[]): CommentEntry[] {
  const byName = new Map(existing.map((e) => [e.row.environment, e]));
  for (const entry of fresh) byName.set(entry.row.environment, entry);
  return order.flatMap((name) => byName.get(name) ?? []);
}

/** True when the body already holds exactly these entries (a write that went through and stayed). */
export function holdsEntries(body: string, entries: readonly CommentEntry[]): boolean {
  const current = new Map(readCommentEntries(body).map((e) => [e.row.environment, stringifyStable(e)]));
  return entries.every((e) => current.get(e.row.environment) === stringifyStable(e));
}

function mergeDiagnostics(entries: readonly CommentEntry[]): DiagnosticLines {
  const lines = [...new Set(entries.flatMap((e) => e.diagnostics.lines))];
  const { shown, omitted } = takeLines(lines, DIAGNOSTICS_BUDGET);
  return { lines: shown, omitted: omitted + Math.max(0, ...entries.map((e) => e.diagnostics.omitted)), errors: entries.some((e) => e.diagnostics.errors) };
}

function tooLarge(environment: string): string {
  return `### ${environment}\n\nThis environment's plan is too large to show here; the job summary of its plan job has every change.`;
}

/**
 * The plan comment: hidden markers with the review record and each
 * environment's row, the head, each environment's section, then one status
 * line per environment that apply jobs update later. Should the parts ever
 * outgrow GitHub's limit, the largest sections give way first.
 */
export function composePlanComment(entries: readonly CommentEntry[], frame: CommentFrame): string {
  const fingerprints = Object.fromEntries(entries.flatMap((e) => (e.fingerprint ? [[e.row.environment, e.fingerprint]] : [])));
  // Digests are stored space-separated, the most compact form JSON allows.
  const changes = Object.fromEntries(entries.flatMap((e) => (e.changes ? [[e.row.environment, e.changes.join(" ")]] : [])));
  const stored = Object.fromEntries(entries.map((e): [string, StoredEnvironment] => {
    const row = e.row;
    const diagnostics = e.diagnostics.lines.length + e.diagnostics.omitted > 0 ? { diagnostics: e.diagnostics } : {};
    return [row.environment, { host: row.host, projectId: row.projectId, ...(row.summary ? { summary: row.summary } : {}), ...(row.offline ? { offline: true } : {}), ...diagnostics }];
  }));
  const record = [PLAN_MARKER, `<!-- ${FINGERPRINTS} ${encodeJson(fingerprints)} -->`, `<!-- ${CHANGES} ${encodeJson(changes)} -->`, `<!-- ${ENVIRONMENTS} ${encodeJson(stored)} -->`].join("\n");
  const head = renderPlanHead(entries.map((e) => e.row), { title: frame.title, notices: frame.notices, diagnostics: mergeDiagnostics(entries) });
  const status = `**Status**\n\n${entries.map((e) => e.status).join("\n")}\n`;
  // Changes that read the same in several environments are shown once, and read back into each one's entry.
  const compose = (sections: readonly string[]) =>
    `${record}\n${head}\n\n${composeSections(entries.map((e, i) => ({ environment: e.row.environment, section: sections[i]! })), true)}\n\n${SECTIONS_END}\n\n${status}`;
  const sections = entries.map((e) => e.section);
  const bySize = entries.map((_, i) => i).sort((a, b) => measure(sections[b]!) - measure(sections[a]!) || a - b);
  let body = compose(sections);
  for (const index of bySize) {
    if (measure(body) <= GITHUB_BODY_LIMIT) break;
    sections[index] = tooLarge(entries[index]!.row.environment);
    body = compose(sections);
  }
  return body;
}
