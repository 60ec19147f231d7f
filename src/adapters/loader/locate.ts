import { posix } from "node:path";
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

const MISSING_MODULE = /^Cannot find module '([^']+)' imported from (\S+)$/;
const IMPORT_SPECIFIER = /(\bfrom\s*|\bimport\s*\(?\s*)(["'])([^"']+)\2/g;

/**
 * Moves "Cannot find module" from line 1 to the import statement that names
 * the missing file, and says it with repository paths instead of absolute ones.
 * `root` is the repository's real path, which Node's message uses.
 */
export function locateMissingImport(source: string, diagnostic: Diagnostic, root: string): Diagnostic {
  const match = MISSING_MODULE.exec(diagnostic.message);
  if (!match || !diagnostic.source) return diagnostic;
  const missing = match[1]!.replace(/^file:\/\//, "");
  const inRepository = missing.startsWith(`${root}/`) ? missing.slice(root.length + 1) : missing;
  const importer = diagnostic.source.file;
  const folder = importer.includes("/") ? importer.slice(0, importer.lastIndexOf("/")) : "";
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    for (const found of lines[i]!.matchAll(IMPORT_SPECIFIER)) {
      const specifier = found[3]!;
      if (!specifier.startsWith(".")) continue;
      const target = posix.join(folder, specifier);
      const stem = (path: string) => path.replace(/\.(m?[jt]s)$/, "");
      if (target === inRepository || stem(target) === stem(inRepository)) {
        return {
          ...diagnostic,
          message: `cannot import ${specifier}: ${inRepository} does not exist`,
          source: { file: importer, line: i + 1, column: found.index + found[1]!.length + 1 },
        };
      }
    }
  }
  return { ...diagnostic, message: `cannot import ${inRepository}: it does not exist` };
}
