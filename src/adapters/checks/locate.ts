import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Diagnostic } from "../../core/diagnostics.js";
import { locateInSource } from "../hogql/locate.js";

/**
 * A finding to place in its file: `text` is the literal it is about (an event
 * name, a HogQL query) and `offset` the position inside it. With `byField`, the
 * search for the literal starts at the line of the diagnostic's field path,
 * found segment by segment below the constructor call (segments the file does
 * not spell, like a query node's `source`, are skipped); else at the call.
 */
export interface Placeable {
  diagnostic: Diagnostic;
  text: string;
  offset: number;
  byField: boolean;
}

/** The line of a dotted field path, searching each named segment in turn below `fromLine` (1-based). */
function fieldLine(lines: readonly string[], fromLine: number, field: string): number {
  let line = fromLine - 1;
  for (const segment of field.split(".")) {
    if (/^\d+$/.test(segment)) continue;
    const pattern = new RegExp(`(^|[\\s{,(])["']?${segment.replace(/[.*+?^${}()|[\]\\$]/g, "\\$&")}["']?\\s*:`);
    for (let i = line; i < Math.min(lines.length, line + 400); i++) {
      if (pattern.test(lines[i]!)) {
        line = i;
        break;
      }
    }
  }
  return line + 1;
}

/**
 * Moves each finding from its constructor call to the line and column of the
 * literal it is about. A file that cannot be read, or a literal built by code,
 * leaves the finding where it was: never worse than the call site.
 */
export async function placeFindings(findings: readonly Placeable[], root: string): Promise<Diagnostic[]> {
  const files = new Map<string, Promise<string>>();
  const read = (file: string) => {
    if (!files.has(file)) files.set(file, readFile(join(resolve(root), file), "utf8").catch(() => ""));
    return files.get(file)!;
  };
  const placed: Diagnostic[] = [];
  for (const { diagnostic, text, offset, byField } of findings) {
    const source = diagnostic.source;
    if (!source) {
      placed.push(diagnostic);
      continue;
    }
    const content = await read(source.file);
    const from = byField && diagnostic.field ? fieldLine(content.split("\n"), source.line, diagnostic.field) : source.line;
    const position = locateInSource(content, from, text, offset);
    placed.push({ ...diagnostic, source: position ? { file: source.file, ...position } : { file: source.file, line: from } });
  }
  return placed;
}
