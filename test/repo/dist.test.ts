import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

describe("dist/", () => {
  it("matches a fresh build of the sources (the Action runs what is committed)", () => {
    const out = mkdtempSync(join(tmpdir(), "posthog-dist-"));
    try {
      execFileSync(process.execPath, [join(ROOT, "scripts", "build.js"), out], { cwd: ROOT });
      const fresh = readdirSync(out).sort();
      expect(readdirSync(join(ROOT, "dist")).sort()).toEqual(fresh);
      for (const file of fresh) {
        const same = readFileSync(join(out, file)).equals(readFileSync(join(ROOT, "dist", file)));
        expect(same, `dist/${file} differs from a fresh build: run npm run build and commit dist/`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
