import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

/**
 * The sources and the tests type-check under the strict tsconfig, so a type error cannot hide
 * behind esbuild and vitest, which both strip types without checking them.
 */
describe("types", () => {
  it("type-check with no diagnostics (tsc --noEmit over src, scripts and test)", async () => {
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const result = await promisify(execFile)(process.execPath, [tsc, "--noEmit", "-p", ROOT], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }).catch((error: { stdout?: string; stderr?: string }) => error);
    expect(`${result.stdout ?? ""}${result.stderr ?? ""}`).toBe("");
  }, 120_000);
});
