/**
 * Markdown primitives for GitHub: size limits, measuring, and making text from
 * definitions or from PostHog inert before it is placed, so it cannot open
 * HTML, break out of a code fence, ping people (`@name`) or link issues (`#123`).
 */

/** GitHub rejects issue and comment bodies longer than this (and check-run summaries one character shorter). */
export const GITHUB_BODY_LIMIT = 65_536;

/** GitHub drops a job summary above 1 MiB; stay a little under it. */
export const STEP_SUMMARY_LIMIT = 1_000_000;

/** A callout above a report, e.g. that a fork's plan is offline. */
export interface Notice {
  level: "note" | "warning" | "caution";
  text: string;
}

/** Size of text as GitHub's limits count it, measured conservatively (UTF-8 bytes never undercount characters). */
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

/** A GitHub alert block (`> [!NOTE]`) with escaped text. */
export function formatCallout(notice: Notice): string {
  return `> [!${notice.level.toUpperCase()}]\n> ${escapeMarkdown(notice.text)}`;
}

/**
 * Splits a budget among claims so that none gets more than it needs and none
 * less than an equal share of what the smaller ones left (water-filling). Used
 * so that one large kind or environment cannot crowd out the others.
 */
export function shareFairly(needs: readonly number[], total: number): number[] {
  const order = needs.map((_, i) => i).sort((a, b) => needs[a]! - needs[b]! || a - b);
  const shares = needs.map(() => 0);
  let left = Math.max(0, total);
  order.forEach((index, position) => {
    const share = Math.min(needs[index]!, Math.floor(left / (order.length - position)));
    shares[index] = share;
    left -= share;
  });
  return shares;
}

/**
 * Keeps the leading lines that fit in `budget` (each counted with its newline)
 * and says how many were left out; the cut is one clean point, never a gap.
 */
export function takeLines(lines: readonly string[], budget: number): { shown: string[]; omitted: number } {
  const shown: string[] = [];
  let left = budget;
  for (const line of lines) {
    const size = measure(line) + 1;
    if (size > left) break;
    left -= size;
    shown.push(line);
  }
  return { shown, omitted: lines.length - shown.length };
}
