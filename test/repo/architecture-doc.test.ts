import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

describe("docs/architecture.md", () => {
  it("names only files and folders that exist, so a move or a rename updates the page", () => {
    const text = readFileSync(join(ROOT, "docs", "architecture.md"), "utf8");
    const named = [...text.matchAll(/\b((?:src|test|docs)\/[\w./-]*[\w/])/g)].map((m) => m[1]!.replace(/\/$/, ""));
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((path) => !path.includes("<") && !existsSync(join(ROOT, path)))).toEqual([]);
  });
});
