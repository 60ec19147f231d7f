import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Diagnostic } from "../../core/diagnostics.js";
import { findResourceHogQL } from "../../core/hogql.js";
import { findKind } from "../../core/kinds/index.js";
import { formatAddress, type Definition } from "../../core/model.js";
import { locateInSource } from "./locate.js";
import { loadHogQLChecker } from "./parser.js";

/**
 * Parses every HogQL string of the definitions with PostHog's parser, offline,
 * and reports each problem at the file, line and column inside the query (or
 * at the constructor call when the query text cannot be found in the file).
 */
export async function checkHogQL(definitions: readonly Definition[], root: string): Promise<Diagnostic[]> {
  const found = definitions.flatMap((definition) => findResourceHogQL(definition.spec, findKind(definition.kind)?.hogqlSelects).map((hogql) => ({ definition, hogql })));
  if (found.length === 0) return [];
  const check = await loadHogQLChecker();
  const sources = new Map<string, Promise<string>>();
  const diagnostics: Diagnostic[] = [];
  for (const { definition, hogql } of found) {
    const problem = check(hogql.text, hogql.grammar);
    if (!problem) continue;
    let source = definition.source;
    if (source) {
      const file = source.file;
      if (!sources.has(file)) sources.set(file, readFile(join(resolve(root), file), "utf8").catch(() => ""));
      const position = locateInSource(await sources.get(file)!, source.line, hogql.text, problem.offset);
      if (position) source = { file, ...position };
    }
    diagnostics.push({ severity: problem.severity, code: "hogql", message: problem.message, source, field: hogql.field, resource: formatAddress(definition) });
  }
  return diagnostics;
}
