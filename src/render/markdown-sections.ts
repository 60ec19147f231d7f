/**
 * Environment sections of a markdown plan report, and the changes several
 * environments share shown once. A section is a head, one fragment per
 * changed resource (grouped by kind in `<details>`) and a rest (the orphans, or
 * a cut-down form). In the marked form each fragment is preceded by an HTML
 * comment with what the reader needs to take it apart again (its kind, action,
 * and per environment its position and id), so a plan comment that jobs of a
 * matrix write in turn can be re-composed from its body: identical fragments
 * of several environments are moved into one "Same in …" block, and read back
 * into each environment's own section. Pure functions of their arguments.
 */
import { hashJson } from "../core/json.js";
import type { KindName } from "../core/model.js";
import type { StepAction } from "../core/plan/types.js";
import { escapeHtmlText, escapeMarkdown } from "./markdown-text.js";

/** One changed resource as a section shows it; `text` is the same in every environment the change is the same in. */
export interface Fragment {
  kind: KindName;
  action: StepAction;
  form: "full" | "brief";
  /** The heading (full) or the line (brief) first, without the id, which `id` and `url` give. */
  text: string;
  /** Escaped for markdown. */
  id?: string;
  url?: string;
}

/** One environment's section: the parts that stay its own, and its fragments. */
export interface SectionModel {
  head: string;
  fragments: Fragment[];
  /** What follows the fragments (the orphans), or a cut-down form of everything; "" when nothing. */
  rest: string;
}

const PREFIX = "<!-- posthog-definitions:";
const SECTION = `${PREFIX}section `;
const SHARED = `${PREFIX}shared `;
const STEP = `${PREFIX}step `;
const REST = `${PREFIX}rest -->`;
const NOTE = `${PREFIX}note -->`;
/** Ends the sections of a plan comment; status lines follow. */
export const SECTIONS_END = `${PREFIX}sections-end -->`;

/** Keeps JSON inside an HTML comment: `<` and `>` are written as escapes so `-->` can never occur. */
function encodeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
}

function decodeMarker(line: string, prefix: string): unknown {
  try {
    return JSON.parse(line.slice(prefix.length, -" -->".length));
  } catch {
    return undefined;
  }
}

/** "Feature flags" from "feature-flags". */
export function kindTitle(kind: KindName): string {
  const words = kind.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "1 to delete, 2 to update": the counts of a kind's changes, in the order reviewers read them. */
export function countLine(actions: readonly StepAction[]): string {
  const counts = { create: 0, update: 0, replace: 0, delete: 0 };
  for (const action of actions) if (action !== "no-op") counts[action]++;
  return (["delete", "replace", "update", "create"] as const).filter((a) => counts[a] > 0).map((a) => `${counts[a]} to ${a}`).join(", ");
}

/** A fragment placed in an environment: its position there and its id there. */
interface Placed {
  fragment: Fragment;
  at: Record<string, { index: number; id?: string; url?: string }>;
}

const linkOf = (id: string, url: string | undefined) => (url ? `[id ${id}](${url})` : `id ${id}`);

/** The heading's id part: one environment's id, or each environment's beside its name. */
function idSuffix(placed: Placed): string {
  const entries = Object.entries(placed.at).filter(([, where]) => where.id !== undefined);
  if (entries.length === 0) return "";
  const single = Object.keys(placed.at).length === 1;
  if (placed.fragment.form === "brief") return ` (${entries.map(([env, w]) => `${single ? "" : `${escapeMarkdown(env)} `}id ${w.id!}`).join(", ")})`;
  return ` · ${entries.map(([env, w]) => `${single ? "" : `${escapeMarkdown(env)} `}${linkOf(w.id!, w.url)}`).join(", ")}`;
}

function renderPlaced(placed: Placed, marked: boolean): string {
  const [first = "", ...others] = placed.fragment.text.split("\n");
  const text = [`${first}${idSuffix(placed)}`, ...others].join("\n");
  if (!marked) return text;
  const at = Object.fromEntries(Object.entries(placed.at).map(([env, w]) => [env, [w.index, ...(w.id !== undefined ? [w.id, ...(w.url !== undefined ? [w.url] : [])] : [])]]));
  const { kind, action, form } = placed.fragment;
  return `${STEP}${encodeJson({ k: kind, a: action, f: form, e: at })} -->\n${text}`;
}

/** Fragments in `<details>` per run of one kind; open when there are few changes, and always for deletions. */
function renderGroups(placed: readonly Placed[], total: number, marked: boolean): string[] {
  const groups: Placed[][] = [];
  for (const p of placed) {
    const last = groups.at(-1);
    if (last && last[0]!.fragment.kind === p.fragment.kind) last.push(p);
    else groups.push([p]);
  }
  return groups.map((group) => {
    const open = total <= 20 || group.some((p) => p.fragment.action === "delete");
    const title = `${escapeHtmlText(kindTitle(group[0]!.fragment.kind))} · ${countLine(group.map((p) => p.fragment.action))}`;
    const body = group.map((p) => renderPlaced(p, marked)).join(group[0]!.fragment.form === "full" ? "\n\n" : "\n");
    return `<details${open ? " open" : ""}><summary>${title}</summary>\n\n${body}\n\n</details>`;
  });
}

function placeIn(environment: string, fragments: readonly Fragment[]): Placed[] {
  return fragments.map((fragment, index) => ({ fragment, at: { [environment]: { index, ...(fragment.id !== undefined ? { id: fragment.id } : {}), ...(fragment.url !== undefined ? { url: fragment.url } : {}) } } }));
}

function renderModel(environment: string, model: SectionModel, marked: boolean, options: { shown?: readonly Placed[]; note?: string } = {}): string {
  const parts = [model.head];
  if (options.note) parts.push(marked ? `${NOTE}\n${options.note}` : options.note);
  parts.push(...renderGroups(options.shown ?? placeIn(environment, model.fragments), model.fragments.length, marked));
  if (model.rest) parts.push(marked ? `${REST}\n${model.rest}` : model.rest);
  return parts.join("\n\n");
}

/** One fragment on its own, with its id, as a list of changes outside a section shows it. */
export function showFragment(fragment: Fragment): string {
  return renderPlaced(placeIn("", [fragment])[0]!, false);
}

/** One environment's section, marked (for a plan comment) or plain. */
export function renderSection(environment: string, model: SectionModel, marked: boolean): string {
  return renderModel(environment, model, marked);
}

/** Takes a marked section apart; a section without markers is all head. */
function parseBlock(lines: readonly string[]): { model: SectionModel; placed: Placed[] } {
  const text = lines.join("\n").trim();
  if (!lines.some((l) => l.startsWith(STEP) || l === REST || l === NOTE)) return { model: { head: text, fragments: [], rest: "" }, placed: [] };
  const head: string[] = [];
  const placed: Placed[] = [];
  let current: { marker: Record<string, unknown>; lines: string[] } | undefined;
  let started = false;
  const close = () => {
    if (!current) return;
    const at: Placed["at"] = {};
    for (const [env, value] of Object.entries((current.marker.e ?? {}) as Record<string, unknown>)) {
      if (!Array.isArray(value) || typeof value[0] !== "number") continue;
      at[env] = { index: value[0], ...(typeof value[1] === "string" ? { id: value[1] } : {}), ...(typeof value[2] === "string" ? { url: value[2] } : {}) };
    }
    const fragment: Fragment = { kind: current.marker.k as KindName, action: current.marker.a as StepAction, form: current.marker.f === "brief" ? "brief" : "full", text: "" };
    const shown = current.lines.join("\n").trim();
    const suffix = idSuffix({ fragment, at });
    const [first = "", ...others] = shown.split("\n");
    fragment.text = [first.endsWith(suffix) ? first.slice(0, first.length - suffix.length) : first, ...others].join("\n");
    placed.push({ fragment, at });
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === REST) {
      close();
      return { model: { head: head.join("\n").trim(), fragments: [], rest: lines.slice(i + 1).join("\n").trim() }, placed };
    }
    if (line === NOTE) {
      while (lines[i + 1] === "") i++;
      i++;
      continue;
    }
    if (line.startsWith(STEP) && line.endsWith(" -->")) {
      close();
      started = true;
      const marker = decodeMarker(line, STEP);
      current = { marker: typeof marker === "object" && marker !== null ? (marker as Record<string, unknown>) : {}, lines: [] };
      continue;
    }
    if (/^<details( open)?><summary>.*<\/summary>$/.test(line) || line === "</details>") {
      close();
      started = true;
      continue;
    }
    if (current) current.lines.push(line);
    else if (!started) head.push(line);
  }
  close();
  return { model: { head: head.join("\n").trim(), fragments: [], rest: "" }, placed };
}

function shareOf(fragment: Fragment): string {
  return hashJson({ k: fragment.kind, a: fragment.action, f: fragment.form, t: fragment.text });
}

/** "staging and production", "dev, staging and production". */
function listNames(names: readonly string[]): string {
  const escaped = names.map(escapeMarkdown);
  return escaped.length <= 1 ? (escaped[0] ?? "") : `${escaped.slice(0, -1).join(", ")} and ${escaped.at(-1)!}`;
}

/**
 * The sections of several environments as one region of a report: first, per
 * set of environments, the changes that read the same in each of them, shown
 * once under "Same in …" with each environment's id; then each environment's
 * section with only what differs. `marked` keeps what {@link readSections}
 * needs; a section that is not marked shares nothing.
 */
export function composeSections(sections: readonly { environment: string; section: string }[], marked: boolean): string {
  const parsed = sections.map((s) => ({ environment: s.environment, ...parseBlock(s.section.split("\n")) }));
  const holders = new Map<string, string[]>();
  for (const { environment, placed } of parsed) for (const p of placed) holders.set(shareOf(p.fragment), [...new Set([...(holders.get(shareOf(p.fragment)) ?? []), environment])]);
  const sharedBlocks = new Map<string, { environments: string[]; placed: Placed[] }>();
  const merged = new Map<string, Placed>();
  for (const { environment, placed } of parsed) {
    for (const p of placed) {
      const share = shareOf(p.fragment);
      const environments = holders.get(share)!;
      if (environments.length < 2) continue;
      const known = merged.get(share);
      if (known) {
        known.at[environment] = p.at[environment]!;
        continue;
      }
      const entry: Placed = { fragment: p.fragment, at: { ...p.at } };
      merged.set(share, entry);
      const setKey = JSON.stringify(environments);
      const block = sharedBlocks.get(setKey) ?? { environments, placed: [] };
      block.placed.push(entry);
      sharedBlocks.set(setKey, block);
    }
  }
  const out: string[] = [];
  for (const block of sharedBlocks.values()) {
    const count = block.placed.length;
    const heading = `### Same in ${listNames(block.environments)} · ${count} change${count === 1 ? "" : "s"}`;
    const body = [heading, ...renderGroups(block.placed, count, marked)].join("\n\n");
    out.push(marked ? `${SHARED}${encodeJson(block.environments)} -->\n${body}` : body);
  }
  for (const { environment, model, placed } of parsed) {
    const own = placed.filter((p) => (holders.get(shareOf(p.fragment)) ?? []).length < 2);
    const sharedCount = placed.length - own.length;
    const every = sharedCount === placed.length;
    const note = sharedCount > 0 ? `_${every ? "Every change" : `${sharedCount} of the ${placed.length} changes`} of this environment ${every || sharedCount === 1 ? "is" : "are"} the same in another environment and shown once above._` : undefined;
    const full = { ...model, fragments: placed.map((p) => p.fragment) };
    const body = renderModel(environment, full, marked, { shown: own, ...(note ? { note } : {}) });
    out.push(marked ? `${SECTION}${environment} -->\n${body}` : body);
  }
  return out.join("\n\n");
}

/**
 * Each environment's marked section from a composed region (the lines up to
 * {@link SECTIONS_END}), its shared changes put back in place: the inverse of
 * {@link composeSections} for the sections it was given.
 */
export function readSections(body: string): Map<string, string> {
  const blocks: { kind: "section" | "shared"; name: string; lines: string[] }[] = [];
  for (const line of body.split("\n")) {
    if (line === SECTIONS_END) break;
    if (line.startsWith(SECTION) && line.endsWith(" -->")) blocks.push({ kind: "section", name: line.slice(SECTION.length, -" -->".length), lines: [] });
    else if (line.startsWith(SHARED) && line.endsWith(" -->")) blocks.push({ kind: "shared", name: "", lines: [] });
    else blocks.at(-1)?.lines.push(line);
  }
  const extra = new Map<string, Placed[]>();
  for (const block of blocks.filter((b) => b.kind === "shared")) {
    for (const p of parseBlock(block.lines).placed) for (const environment of Object.keys(p.at)) extra.set(environment, [...(extra.get(environment) ?? []), { fragment: p.fragment, at: { [environment]: p.at[environment]! } }]);
  }
  const sections = new Map<string, string>();
  for (const block of blocks.filter((b) => b.kind === "section")) {
    const { model, placed } = parseBlock(block.lines);
    const all = [...placed, ...(extra.get(block.name) ?? [])].sort((a, b) => a.at[block.name]!.index - b.at[block.name]!.index);
    const fragments = all.map((p) => ({ ...p.fragment, ...withWhere(p.at[block.name]!) }));
    sections.set(block.name, renderSection(block.name, { ...model, fragments }, true));
  }
  return sections;
}

function withWhere(where: { id?: string; url?: string }): Pick<Fragment, "id" | "url"> {
  return { ...(where.id !== undefined ? { id: where.id } : {}), ...(where.url !== undefined ? { url: where.url } : {}) };
}
