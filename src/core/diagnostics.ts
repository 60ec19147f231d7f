/** Where a definition came from: the user's file and the line of the constructor call. */
export interface SourceLocation {
  file: string;
  line: number;
  column?: number;
}

/**
 * A problem found before anything is sent to PostHog. Always carries the file and
 * line when they are known, and the field path, so editors and CI annotations can
 * point at the exact spot.
 */
export interface Diagnostic {
  severity: "error" | "warning";
  code: string;
  message: string;
  source?: SourceLocation;
  /** Dotted path of the offending field inside the definition, e.g. `filters.groups.0.rollout_percentage`. */
  field?: string;
  /** `kind/key` of the resource, when one is known. */
  resource?: string;
}

/** True when any diagnostic blocks planning, because nothing may be sent then. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** One line per diagnostic, `file:line: field: message`, the form compilers use. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.source ? `${d.source.file}:${d.source.line}${d.source.column ? `:${d.source.column}` : ""}: ` : "";
  const field = d.field ? `${d.field}: ` : "";
  const resource = d.resource && !d.source ? `${d.resource}: ` : "";
  return `${where}${resource}${d.severity}: ${field}${d.message}`;
}

/** Sorts diagnostics by file, line and message so reports are stable across runs. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const fa = a.source?.file ?? "";
    const fb = b.source?.file ?? "";
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.source?.line ?? 0;
    const lb = b.source?.line ?? 0;
    if (la !== lb) return la - lb;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}
