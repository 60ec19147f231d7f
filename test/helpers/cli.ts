import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, for locating dist/ and fixtures/. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Result of one CLI run as a child process. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI (`dist/cli.js`) the way a user's shell would. */
export function runBundledCli(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "dist", "cli.js"), ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += String(chunk)));
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A throwaway copy of a fixture repository that tests may edit. */
export function copyFixture(name: string): { dir: string; write(path: string, text: string): void; remove(path: string): void; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), `posthog-${name}-`));
  cpSync(join(ROOT, "fixtures", name), dir, { recursive: true });
  return {
    dir,
    write(path, text) {
      const target = join(dir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    },
    remove(path) {
      rmSync(join(dir, path));
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
