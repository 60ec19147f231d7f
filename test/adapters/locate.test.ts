import { describe, expect, it } from "vitest";
import { locateFieldLine } from "../../src/adapters/loader/locate.js";

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
