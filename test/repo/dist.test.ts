import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

/** Every file under `dir`, as paths relative to it (dist/ holds the bundles and types/). */
function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name), root) : [relative(root, join(dir, name))]));
}

describe("dist/", () => {
  it("matches a fresh build of the sources (the Action runs what is committed)", () => {
    const out = mkdtempSync(join(tmpdir(), "posthog-dist-"));
    try {
      execFileSync(process.execPath, [join(ROOT, "scripts", "build.js"), out], { cwd: ROOT });
      const fresh = filesUnder(out).sort();
      expect(filesUnder(join(ROOT, "dist")).sort()).toEqual(fresh);
      for (const file of fresh) {
        const same = readFileSync(join(out, file)).equals(readFileSync(join(ROOT, "dist", file)));
        expect(same, `dist/${file} differs from a fresh build: run npm run build and commit dist/`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
