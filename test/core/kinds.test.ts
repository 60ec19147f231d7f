import { describe, expect, it } from "vitest";
import { KINDS } from "../../src/core/kinds/index.js";

describe("kind registry", () => {
  it("lists every kind after the kinds it references, so plans run in dependency order", () => {
    const position = new Map(KINDS.map((k, i) => [k.name, i]));
    const violations = KINDS.flatMap((kind) =>
      kind.references.filter((ref) => ref !== kind.name && position.get(ref)! > position.get(kind.name)!).map((ref) => `${kind.name} before ${ref}`),
    );
    expect(violations).toEqual([]);
  });

  it("has one module per kind with a distinct collection", () => {
    const collections = KINDS.filter((k) => !k.api.singleton).map((k) => k.api.collection);
    expect(new Set(collections).size).toBe(collections.length);
  });
});
