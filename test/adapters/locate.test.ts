import { describe, expect, it } from "vitest";
import { locateFieldLine, locateMissingImport } from "../../src/adapters/loader/locate.js";

const source = [
  'import { featureFlag } from "@posthog/definitions"',
  "",
  "export default featureFlag({",
  '  key: "x",',
  "  filters: {",
  "    groups: [",
  "      { rollout_percentage: 150 },",
  "    ],",
  "  },",
  "})",
].join("\n");

describe("locateFieldLine", () => {
  it("moves a field diagnostic to the line of the nested field", () => {
    const located = locateFieldLine(source, {
      severity: "error",
      code: "invalid-field",
      message: "must be at most 100",
      field: "filters.groups.0.rollout_percentage",
      source: { file: "posthog/x.ts", line: 3 },
    });
    expect(located.source).toEqual({ file: "posthog/x.ts", line: 7, column: 9 });
  });

  it("keeps the call site when the field is not written in the file", () => {
    const diagnostic = { severity: "error" as const, code: "c", message: "m", field: "name", source: { file: "f.ts", line: 3 } };
    expect(locateFieldLine(source, diagnostic)).toBe(diagnostic);
  });
});

describe("locateMissingImport", () => {
  const diagnostic = (message: string) => ({ severity: "error" as const, code: "load-failed", message, source: { file: "posthog/dashboards/ops.ts", line: 1 } });
  const source = ['import { dashboard } from "@posthog/definitions"', "", "import { owner } from './owners'", 'const late = await import("../shared/late.ts")'].join("\n");

  it("finds the import that names the missing file, with or without its extension", () => {
    expect(locateMissingImport(source, diagnostic("Cannot find module '/repo/posthog/dashboards/owners.ts' imported from /repo/posthog/dashboards/ops.ts"), "/repo")).toEqual({
      ...diagnostic(""),
      message: "cannot import ./owners: posthog/dashboards/owners.ts does not exist",
      source: { file: "posthog/dashboards/ops.ts", line: 3, column: 23 },
    });
    expect(locateMissingImport(source, diagnostic("Cannot find module 'file:///repo/posthog/shared/late.ts' imported from /repo/posthog/dashboards/ops.ts"), "/repo").source).toEqual({
      file: "posthog/dashboards/ops.ts",
      line: 4,
      column: 27,
    });
  });

  it("keeps other load failures as they are", () => {
    const other = diagnostic("Unexpected token");
    expect(locateMissingImport(source, other, "/repo")).toBe(other);
  });
});
