import type { Diagnostic } from "../../core/diagnostics.js";

/**
 * Moves a diagnostic from the constructor call's line to the line of the field
 * it names, by searching the source for each path segment in turn below the
 * call. Numeric segments (array positions) are skipped; when a segment is not
 * found the best line so far is kept, so the result is never worse than the
 * call site.
 */
export function locateFieldLine(source: string, diagnostic: Diagnostic): Diagnostic {
  if (!diagnostic.source || !diagnostic.field) return diagnostic;
  const lines = source.split("\n");
  let line = diagnostic.source.line - 1;
  let column: number | undefined;
  for (const segment of diagnostic.field.split(".")) {
    if (/^\d+$/.test(segment)) continue;
    const pattern = new RegExp(`(^|[\\s{,(])["']?${segment.replace(/[.*+?^${}()|[\]\\$]/g, "\\$&")}["']?\\s*[:,}]`);
    let found = -1;
    for (let i = line; i < Math.min(lines.length, line + 400); i++) {
      const match = pattern.exec(lines[i]!);
      if (match) {
        found = i;
        column = match.index + match[1]!.length + 1;
        break;
      }
    }
    if (found < 0) break;
    line = found;
  }
  if (line === diagnostic.source.line - 1) return diagnostic;
  return { ...diagnostic, source: { file: diagnostic.source.file, line: line + 1, column } };
}
