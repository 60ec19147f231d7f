import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/diagnostics.ts
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
function formatDiagnostic(d) {
  const where = d.source ? `${d.source.file}:${d.source.line}${d.source.column ? `:${d.source.column}` : ""}: ` : "";
  const field = d.field ? `${d.field}: ` : "";
  const resource = d.resource && !d.source ? `${d.resource}: ` : "";
  return `${where}${resource}${d.severity}: ${field}${d.message}`;
}
function sortDiagnostics(diagnostics) {
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

export {
  hasErrors,
  formatDiagnostic,
  sortDiagnostics
};
