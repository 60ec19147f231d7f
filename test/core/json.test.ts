import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashJson, stringifyStable } from "../../src/core/json.js";

/** What `hashJson` promises: the digest of the `stringifyStable` text, which it never builds whole. */
const digestOfText = (value: unknown) => createHash("sha256").update(stringifyStable(value)).digest("hex").slice(0, 16);

describe("hashJson", () => {
  it("is the digest of the stable text, whatever the key order, for values of every shape", () => {
    const values: unknown[] = [
      null,
      0,
      -1.5e-7,
      "text with \"quotes\", \\ and \u2028",
      true,
      [],
      {},
      [1, undefined, null, { b: 2, a: [undefined, "x"] }],
      { z: 1, a: { y: [3, 2, 1], x: undefined }, "": "", "é": NaN },
      { fn: () => 1, list: [() => 1], nested: { deep: { deeper: [[[]]] } } },
    ];
    for (const value of values) expect(hashJson(value)).toBe(digestOfText(value));
    expect(hashJson({ a: 1, b: [2, 3] })).toBe(hashJson({ b: [2, 3], a: 1 }));
    expect(hashJson({ a: 1 })).not.toBe(hashJson({ a: 2 }));
  });

  it("is the same digest for data larger than one piece of its text", () => {
    const manifest = JSON.parse(readFileSync(join("package.json"), "utf8")) as unknown;
    const large = Array.from({ length: 400 }, (_, i) => ({ i, manifest, text: "x".repeat(i * 7) }));
    expect(stringifyStable(large).length).toBeGreaterThan(1 << 17);
    expect(hashJson(large)).toBe(digestOfText(large));
  });

  it("refuses what has no JSON text, as the text would", () => {
    expect(() => hashJson(undefined)).toThrow();
    expect(() => digestOfText(undefined)).toThrow();
  });
});
