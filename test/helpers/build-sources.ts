import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

declare module "vitest" {
  export interface ProvidedContext {
    /** The directory of this run's build of the sources (cli.js, action.js, sdk.js, definitions-worker.js). */
    sourceBuild: string;
  }
}

/**
 * The e2e project's global setup: bundles the current `src/` once per run, with
 * the same script and settings as `npm run build`, into a temporary directory.
 * The definitions worker runs in its own process under Node's permission model,
 * which grants reads of exactly the worker file and the `sdk.js` beside it, so
 * it cannot run from the `.ts` sources in place (their `./x.js` imports name
 * files that do not exist, and the SDK is many files); a fresh bundle of the
 * sources keeps the sandbox exactly as users get it while no test runs a stale `dist/`.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "posthog-source-build-"));
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.js"), dir], { cwd: ROOT, stdio: "inherit" });
  project.provide("sourceBuild", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
