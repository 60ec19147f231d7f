import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The loader hands a TypeScript file to Node as JavaScript when `isPlainJavaScript` says stripping
 * would not change it. Checked in a process with the worker's `--experimental-vm-modules`, against
 * Node's own stripper, on every definition file of the fixtures and on the cases where the two
 * languages part.
 */
function probe(sources: string[]): { plain: boolean; unchanged: boolean }[] {
  const run = spawnSync(process.execPath, ["--experimental-vm-modules", "--disable-warning=ExperimentalWarning", "scripts/run-ts.js", "test/helpers/plain-javascript-probe.ts"], { input: JSON.stringify(sources), encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { plain: boolean; unchanged: boolean }[];
}

function fixtureSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.m?ts$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), "utf8"));
}

describe("which TypeScript files load as JavaScript", () => {
  it("only files that stripping leaves exactly as they are, among every fixture's definitions", () => {
    const results = probe(fixtureSources("fixtures"));
    expect(results.filter((r) => r.plain && !r.unchanged)).toEqual([]);
    expect(results.filter((r) => r.plain).length).toBeGreaterThan(20);
    expect(results.filter((r) => !r.plain).length).toBeGreaterThan(5);
  });

  it("is JavaScript without type syntax, and TypeScript wherever the two read the text differently", () => {
    const cases: [string, boolean][] = [
      ['import { featureFlag } from "@posthog/definitions"\nexport default featureFlag({ key: "a", name: "A" })\n', true],
      ["export const a = 1 > 0 ? { b: 2 } : null\n", true],
      ['const name: string = "a"\nexport default name\n', false],
      ["export default named<string>(\"a\")\n", false],
      ["export default 1 < 2\n", false],
      ['import type { Owner } from "./owners.ts"\nexport default 1\n', false],
      ["export default (a as number)\n", false],
      ["export default { key: \"a\" } satisfies object\n", false],
      ["export default {\n", false],
    ];
    const results = probe(cases.map(([source]) => source));
    expect(results.map((r) => r.plain)).toEqual(cases.map(([, plain]) => plain));
    for (const r of results) if (r.plain) expect(r.unchanged).toBe(true);
  });
});
