import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundlePath, ROOT } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "posthog-sdk-types-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the SDK's published types", () => {
  it("type-check the typed-capture fixture through package.json's types entry, as a user's editor resolves @posthog/definitions", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; type: string; exports: unknown };
    const installed = join(dir, "node_modules", ...manifest.name.split("/"));
    mkdirSync(installed, { recursive: true });
    writeFileSync(join(installed, "package.json"), JSON.stringify({ name: manifest.name, type: manifest.type, exports: manifest.exports }));
    symlinkSync(dirname(bundlePath("sdk.js")), join(installed, "dist"));
    cpSync(join(ROOT, "fixtures", "typed-capture"), join(dir, "typed-capture"), { recursive: true });
    cpSync(join(ROOT, "fixtures", "every-kind"), join(dir, "every-kind"), { recursive: true });
    const config = JSON.parse(readFileSync(join(dir, "typed-capture", "tsconfig.json"), "utf8")) as { compilerOptions: Record<string, unknown> };
    delete config.compilerOptions.paths;
    writeFileSync(join(dir, "typed-capture", "tsconfig.json"), JSON.stringify(config));

    const run = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", join(dir, "typed-capture"), "--traceResolution"], { encoding: "utf8" });
    const resolved = /Module name '@posthog\/definitions' was successfully resolved to '([^']+)'/.exec(run.stdout)?.[1];
    // The package's dist/ links to this run's build, so the path resolves to the build itself.
    expect(resolved).toBe(join(dirname(bundlePath("sdk.js")), "types", "sdk", "index.d.ts"));
    expect(run.stdout.split("\n").filter((line) => line.includes("error TS"))).toEqual([]);
    expect(run.status).toBe(0);
  });
});
