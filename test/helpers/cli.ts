import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

/** The repository root, for locating dist/ and fixtures/. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The files `npm run build` writes. */
export type BundleName = "cli.js" | "action.js" | "sdk.js" | "definitions-worker.js";

/**
 * A bundle as tests run it: inside vitest, the e2e project's build of the
 * current sources (`build-sources.ts`), so no test passes on a stale `dist/`;
 * outside vitest (`scripts/demo.ts`), the committed `dist/`.
 */
export function bundlePath(name: BundleName): string {
  if (!process.env.VITEST) return join(ROOT, "dist", name);
  const dir = inject("sourceBuild");
  if (!dir) throw new Error(`${name}: only the e2e project builds the sources (globalSetup in vitest.config.ts); move this test there`);
  return join(dir, name);
}

/** Result of one CLI run. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Where and with which variables a CLI run happens; the variables are all it sees besides PATH and HOME. */
export interface CliRunOptions {
  cwd: string;
  env?: Record<string, string>;
}

/**
 * Runs a CLI bundle as a child process, the way a user's shell would: for the
 * tests of what only a process shows (its environment, exit, signals, the
 * relayed output of definition code), and the smoke test of `dist/cli.js`.
 */
export function runCliProcess(args: string[], options: CliRunOptions & { bin?: string }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.bin ?? bundlePath("cli.js"), ...args], {
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
