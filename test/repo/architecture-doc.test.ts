import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const doc = readFileSync(join(ROOT, "docs", "architecture.md"), "utf8");

/** `src/<folder>` names written as code spans, e.g. "`src/core`, `src/sdk`". */
const folderSpans = (text: string): string[] => [...text.matchAll(/`src\/(\w+)`/g)].map((m) => m[1]!).sort();

describe("docs/architecture.md", () => {
  it("names only files and folders that exist, so a move or a rename updates the page", () => {
    const named = [...doc.matchAll(/\b((?:src|test|docs)\/[\w./-]*[\w/])/g)].map((m) => m[1]!.replace(/\/$/, ""));
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((path) => !path.includes("<") && !existsSync(join(ROOT, path)))).toEqual([]);
  });

  it("shows the allowed-dependency table of test/repo/layers.test.ts, folder by folder", () => {
    const rule = readFileSync(join(ROOT, "test", "repo", "layers.test.ts"), "utf8");
    const allowed = Object.fromEntries(
      [...rule.matchAll(/^\s*(\w+): \{ folders: \[([^\]]*)\]/gm)].map((m) => [m[1]!, [...m[2]!.matchAll(/"(\w+)"/g)].map((f) => f[1]!).sort()]),
    );
    const shown: Record<string, string[]> = {};
    for (const row of doc.split("\n").filter((line) => /^\| `src\//.test(line))) {
      const [, from = "", to = ""] = row.split("|");
      for (const folder of folderSpans(from)) shown[folder] = folderSpans(to);
    }
    expect(Object.keys(allowed).length).toBeGreaterThan(5);
    expect(shown, "update the table in docs/architecture.md to match ALLOWED in test/repo/layers.test.ts").toEqual(allowed);
  });
});
