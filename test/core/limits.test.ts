import { describe, expect, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import { MAX_DEFINITION_BYTES, MAX_STRING_LENGTH } from "../../src/core/limits.js";

const source = { file: "posthog/actions/big.ts", line: 3, column: 1 };

describe("definition size limits", () => {
  it("names the field of an oversized string and never echoes the value", () => {
    const name = "x".repeat(MAX_STRING_LENGTH + 1);
    const { diagnostics, resources } = buildDesiredState([{ kind: "actions", key: "big", spec: { key: "big", name, steps: [{ event: "e" }] }, source }]);
    expect(resources).toEqual([]);
    expect(diagnostics).toEqual([
      { severity: "error", code: "invalid-field", message: "is 100,001 characters long; the limit is 100,000", source, field: "name", resource: "actions/big" },
    ]);
  });

  it("refuses a definition over the size limit as a whole", () => {
    const steps = Array.from({ length: 40 }, () => ({ event: "e".repeat(30_000) }));
    const { diagnostics } = buildDesiredState([{ kind: "actions", key: "big", spec: { key: "big", name: "Big", steps }, source }]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(/^the definition is 1,2\d\d,\d\d\d bytes as JSON; the limit is 1,048,576$/);
    expect(MAX_DEFINITION_BYTES).toBe(1_048_576);
  });

  it("cuts long values short in other messages", () => {
    const key = `bad key ${"y".repeat(150)}`;
    const { diagnostics } = buildDesiredState([{ kind: "actions", key, spec: { key, name: "A", steps: [{ event: "e" }] }, source }]);
    const message = diagnostics.find((d) => d.field === "key" && d.message.includes("is invalid"))!.message;
    expect(message.length).toBeLessThan(160);
    expect(message).toContain('…" (158 characters) is invalid');
  });
});
