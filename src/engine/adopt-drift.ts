import { readFile } from "node:fs/promises";
import { isAbsolute, join, posix, relative, sep } from "node:path";
import { normalizeKey } from "../core/desired.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../core/json.js";
import { getKind } from "../core/kinds/index.js";
import { formatAddress, readRef, type Address, type Definition } from "../core/model.js";
import type { Plan, PlanStep } from "../core/plan/types.js";

/** One definition file rewritten with the live values, at its path in the repository. */
export interface AdoptedFile {
  /** Relative to the repository root, with `/`. */
  path: string;
  content: string;
  kind: Address["kind"];
  key: string;
  /** The drifted fields now written as PostHog holds them. */
  fields: string[];
}

/** A drifted resource whose UI change is not written, and why, for the reviewer to handle by hand. */
export interface NotAdopted {
  kind: Address["kind"];
  key: string;
  reason: string;
}

/** What adopting one environment's drift writes, and what it leaves. */
export interface DriftAdoption {
  files: AdoptedFile[];
  skipped: NotAdopted[];
  /** Notes of the kinds' `toSpec` (values kept as ids, left out), per resource. */
  warnings: string[];
}

/** What `adoptDrift` reads: the drift plan (ignore rules applied), the plan before them, and the loaded definitions. */
export interface AdoptDriftOptions {
  plan: Plan;
  /** The same plan before the drift ignore rules: the fields they cover keep their defined value. */
  unfiltered: Plan;
  definitions: readonly Definition[];
  /** Directory the definition sources are relative to. */
  root: string;
  /** The repository root: nothing outside it is written. */
  repository: string;
}

function hasEnvironmentValue(value: JsonValue): boolean {
  if (Array.isArray(value)) return value.some(hasEnvironmentValue);
  if (!isJsonObject(value)) return false;
  return "$env" in value || Object.values(value).some(hasEnvironmentValue);
}

/** Whether PostHog holds a secret in these fields that no definition names (its value is never readable, so it cannot be written). */
function hasUnnamedSecret(value: JsonValue): boolean {
  if (Array.isArray(value)) return value.some(hasUnnamedSecret);
  if (!isJsonObject(value)) return false;
  return ("$secret" in value && typeof value.$secret !== "string") || Object.values(value).some(hasUnnamedSecret);
}

function collectRefs(value: JsonValue, out: Address[]): Address[] {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, out);
  else if (isJsonObject(value)) {
    const ref = readRef(value);
    if (ref) out.push(ref);
    else for (const member of Object.values(value)) collectRefs(member, out);
  }
  return out;
}

/** Sets (or, with `undefined`, removes) the value at a dotted path of canonical fields, creating the containers on the way. */
function setPath(target: JsonObject, path: string, value: JsonValue | undefined): void {
  const segments = path.split(".");
  let node: JsonValue = target;
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    const container = node as Record<string, JsonValue> | JsonValue[];
    const slot = Array.isArray(container) ? Number(segment) : segment;
    if (last) {
      if (value !== undefined) (container as Record<string | number, JsonValue>)[slot] = value;
      else if (Array.isArray(container)) container.splice(Number(segment), 1);
      else delete container[segment];
      return;
    }
    const next = (container as Record<string | number, JsonValue | undefined>)[slot];
    if (typeof next !== "object" || next === null) {
      if (value === undefined) return;
      (container as Record<string | number, JsonValue>)[slot] = /^\d+$/.test(segments[i + 1]!) ? [] : {};
    }
    node = (container as Record<string | number, JsonValue>)[slot]!;
  }
}

/**
 * The canonical fields to write: the live ones, except that each change the
 * ignore rules dropped is put back to its defined value (the UI owns those
 * fields, so the definition keeps what it says). Removals go last-first, so
 * array indexes stay valid.
 */
function adoptedFields(step: PlanStep, unfiltered: PlanStep | undefined): JsonObject {
  const fields = structuredClone(step.before!);
  const kept = new Set(step.changes.map((c) => c.path));
  const ignored = (unfiltered?.changes ?? []).filter((c) => !kept.has(c.path));
  for (const change of [...ignored].reverse()) setPath(fields, change.path, change.after);
  return fields;
}

/** The import specifier of `target` from the file `from`, both relative to one root, with `/`. */
function importPath(from: string, target: string): string {
  const path = posix.relative(posix.dirname(from), target);
  return path.startsWith(".") ? path : `./${path}`;
}

/**
 * Works out how adopting one environment's drift rewrites the definitions: each
 * managed resource edited in PostHog gets its file written anew from the live
 * values, with the kind's `toSpec` and the formatting `pull` uses, and its
 * imports pointed at the files that define what it references. A resource is
 * left for a person (with the reason) when it is missing in PostHog, not
 * managed yet, shares its file with another definition, sets a value per
 * environment (one environment's value would overwrite the others'), holds a
 * secret no definition names, or references a resource no file exports on its
 * own. Secrets stay names: PostHog never returns their values. Reads files,
 * writes none.
 */
export async function adoptDrift(options: AdoptDriftOptions): Promise<DriftAdoption> {
  const { generateDefinitionFiles } = await import("../codegen/typescript.js");
  const same = (a: Address, b: Address) => a.kind === b.kind && normalizeKey(a.key) === normalizeKey(b.key);
  const definitionOf = (address: Address) => options.definitions.find((d) => same(d, address));
  const sharing = (file: string) => options.definitions.filter((d) => d.source?.file === file);
  const repositoryPath = (file: string): string | undefined => {
    const path = relative(options.repository, join(options.root, file));
    return path.startsWith("..") || isAbsolute(path) ? undefined : path.split(sep).join("/");
  };
  const result: DriftAdoption = { files: [], skipped: [], warnings: [] };
  const skip = (step: PlanStep, reason: string) => result.skipped.push({ kind: step.kind, key: step.key, reason });

  for (const step of options.plan.steps) {
    if (step.action === "no-op" || step.action === "delete") continue;
    if (step.action === "create") {
      skip(step, "it is missing in PostHog (deleted there): apply restores it, or remove its definition in a pull request");
      continue;
    }
    if (step.adopt) {
      skip(step, "PostHog holds it unmanaged: apply takes it over first");
      continue;
    }
    const definition = definitionOf(step);
    const file = definition?.source?.file;
    const path = file === undefined ? undefined : repositoryPath(file);
    if (!definition || file === undefined || path === undefined) {
      skip(step, "its definition file is not known inside the repository");
      continue;
    }
    const others = sharing(file).filter((d) => !same(d, step));
    if (others.length > 0) {
      skip(step, `its file ${path} also defines ${others.map(formatAddress).join(", ")}`);
      continue;
    }
    if (hasEnvironmentValue(definition.spec)) {
      skip(step, `its definition sets values per environment (perEnvironment()), which one environment's live values would overwrite`);
      continue;
    }
    const fields = adoptedFields(step, options.unfiltered.steps.find((s) => same(s, step)));
    if (hasUnnamedSecret(fields)) {
      skip(step, "PostHog holds a secret its definition does not name with secret()");
      continue;
    }
    const notes: string[] = [];
    const spec = getKind(step.kind).toSpec(fields, definition.key, (note) => notes.push(note));
    const refs = collectRefs(spec, []);
    const targets = new Map<string, string>();
    const unexported = refs.find((ref) => {
      const target = definitionOf(ref)?.source?.file;
      const targetPath = target === undefined ? undefined : repositoryPath(target);
      if (target === undefined || targetPath === undefined || sharing(target).length !== 1) return true;
      targets.set(formatAddress(ref), targetPath);
      return false;
    });
    if (unexported) {
      skip(step, `it references ${formatAddress(unexported)}, which no file defines on its own to import`);
      continue;
    }
    // Generated with placeholders for what it references, so every import can be pointed at the real file.
    const generated = await generateDefinitionFiles([{ kind: step.kind, key: definition.key, spec }, ...refs.map((ref) => ({ kind: ref.kind, key: ref.key, spec: {} }))]);
    const own = generated.find((g) => same(g, step))!;
    const byGeneratedPath = new Map(generated.filter((g) => g !== own).map((g) => [g.path, targets.get(formatAddress(g))!]));
    const content = own.content.replace(/^(import \S+ from )"([^"]+)"$/gm, (line, head: string, specifier: string) => {
      const target = byGeneratedPath.get(posix.join(posix.dirname(own.path), specifier));
      return target ? `${head}${JSON.stringify(importPath(path, target))}` : line;
    });
    const current = await readFile(join(options.root, file), "utf8").catch(() => undefined);
    if (current === content) continue;
    result.files.push({ path, content, kind: step.kind, key: definition.key, fields: step.changes.map((c) => c.path) });
    result.warnings.push(...notes.map((note) => `${formatAddress(step)}: ${note}`));
  }
  return result;
}
