import { fork } from "node:child_process";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { Diagnostic, SourceLocation } from "../../core/diagnostics.js";
import type { JsonObject } from "../../core/json.js";
import type { Definition } from "../../core/model.js";
import { locateFieldLine } from "./locate.js";

/** Definitions, the raw config file data and load-time diagnostics, before validation. */
export interface LoadResult {
  definitions: Definition[];
  diagnostics: Diagnostic[];
  config?: { spec: JsonObject; source: SourceLocation };
}

/** Variables a definition file may see; everything else (keys, tokens) is withheld. */
const PASSED_ENV = ["PATH", "HOME", "TMPDIR", "TEMP", "TMP", "LANG", "LC_ALL", "TZ", "SYSTEMROOT"];

/** How long definitions may take to evaluate before the loader is stopped. */
const LOAD_TIMEOUT_MS = 120_000;

/**
 * Evaluates the definition files in a separate Node process whose environment
 * holds no API key and no token, so code from a pull request cannot read them.
 * Its console output goes to stderr, keeping stdout clean for `--json`.
 */
export async function loadDefinitions(options: { root: string; dir?: string; configFile?: string; workerPath: string; configOnly?: boolean }): Promise<LoadResult> {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if (major < 22 || (major === 22 && minor < 18)) {
    throw new Error(`definition files are TypeScript, which needs Node.js 22.18 or newer (this is ${process.versions.node})`);
  }
  const env: Record<string, string> = {};
  for (const name of PASSED_ENV) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  const request = { root: options.root, dir: options.dir, configFile: options.configFile ?? "posthog.config.ts", configOnly: options.configOnly ?? false };
  const child = fork(options.workerPath, [JSON.stringify(request)], {
    env,
    // Node's permission model confines the files definition code can read to the
    // repository and the bundled SDK: no /proc/<pid>/environ, no credential files.
    execArgv: ["--disable-warning=ExperimentalWarning", "--permission", `--allow-fs-read=${resolve(options.root)}`, `--allow-fs-read=${dirname(options.workerPath)}`],
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    serialization: "json",
  });
  child.stdout?.pipe(process.stderr);
  child.stderr?.pipe(process.stderr);
  const result = await new Promise<LoadResult>((done, fail) => {
    let received: LoadResult | undefined;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`loading definitions took longer than ${LOAD_TIMEOUT_MS / 1000}s`));
    }, LOAD_TIMEOUT_MS);
    child.on("message", (message) => {
      received = message as LoadResult;
    });
    child.on("error", fail);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (received) done(received);
      else fail(new Error(`the definitions loader exited with code ${code} before reporting`));
    });
  });

  return { ...result, diagnostics: await locateDiagnostics(result.diagnostics, options.root) };
}

/** Puts field-level diagnostics from validation on the field's own line. */
export async function locateDiagnostics(diagnostics: readonly Diagnostic[], root: string): Promise<Diagnostic[]> {
  const sources = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const file = diagnostic.source?.file;
    if (!file) {
      out.push(diagnostic);
      continue;
    }
    if (!sources.has(file)) sources.set(file, await readFile(join(resolve(root), file), "utf8").catch(() => ""));
    out.push(locateFieldLine(sources.get(file)!, diagnostic));
  }
  return out;
}
