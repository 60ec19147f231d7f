import { GITHUB_BODY_LIMIT, measure } from "../render/markdown.js";
import type { ReviewRecord } from "./review.js";

/** Hidden marker that identifies the plan comment (together with its author). */
export const PLAN_MARKER = "<!-- posthog-definitions:plan -->";

const FINGERPRINTS = "posthog-definitions:fingerprints";
const CHANGES = "posthog-definitions:changes";
const STATUS = "posthog-definitions:status";

/** Change digests are dropped from the record beyond this size; apply then needs an exact fingerprint match. */
const MAX_CHANGES_RECORD = 12_000;

/** Room kept free for status lines, which grow when apply reports back. */
const STATUS_RESERVE_PER_ENVIRONMENT = 400;

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

function stringRecord(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"));
}

/** The review record stored in a comment body; empty when the body has none. */
export function readReviewRecord(body: string): ReviewRecord {
  const changes = stringRecord(readJson(body, CHANGES));
  const lists = Object.fromEntries(Object.entries(changes).map(([name, digests]) => [name, digests.split(" ").filter(Boolean)]));
  return { fingerprints: stringRecord(readJson(body, FINGERPRINTS)), changes: lists };
}

function formatRecord(record: ReviewRecord): string {
  const lines = [PLAN_MARKER, `<!-- ${FINGERPRINTS} ${encodeJson(record.fingerprints)} -->`];
  // Digests are stored space-separated, the most compact form JSON allows.
  const changes = `<!-- ${CHANGES} ${encodeJson(Object.fromEntries(Object.entries(record.changes).map(([name, digests]) => [name, digests.join(" ")])))} -->`;
  if (measure(changes) <= MAX_CHANGES_RECORD) lines.push(changes);
  return lines.join("\n");
}

/** One status line, found again later by the hidden marker at its end. */
export function formatStatusLine(environment: string, text: string): string {
  return `- ${text} <!-- ${STATUS} ${environment} -->`;
}

/**
 * The plan comment: hidden markers with the review record, the rendered plan,
 * then one status line per environment that apply jobs update later.
 */
export function composePlanComment(record: ReviewRecord, plan: string, statusLines: readonly string[]): string {
  return `${formatRecord(record)}\n${plan.trimEnd()}\n\n**Status**\n\n${statusLines.join("\n")}\n`;
}

/** How many bytes the rendered plan may take so that the whole comment stays under GitHub's limit. */
export function planBudget(record: ReviewRecord, statusLines: readonly string[]): number {
  const frame = composePlanComment(record, "", statusLines);
  return GITHUB_BODY_LIMIT - measure(frame) - STATUS_RESERVE_PER_ENVIRONMENT * Math.max(1, statusLines.length) - 256;
}

/** Replaces one environment's status line, or adds it when the comment has none for it. */
export function replaceStatusLine(body: string, environment: string, line: string): string {
  const tag = `<!-- ${STATUS} ${environment} -->`;
  const lines = body.split("\n");
  const index = lines.findIndex((l) => l.endsWith(tag));
  if (index >= 0) {
    lines[index] = line;
    return lines.join("\n");
  }
  return `${body.trimEnd()}\n${line}\n`;
}
