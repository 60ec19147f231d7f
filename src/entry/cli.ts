#!/usr/bin/env node
import { enableCompileCache } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";

/**
 * Node keeps the compiled form of the CLI's own modules (about 1 MB of JavaScript for a plan)
 * between runs, as TypeScript's CLI does, in the user's cache directory rather than the shared
 * temporary one; `NODE_DISABLE_COMPILE_CACHE=1` turns it off. Definition files never use it: they
 * load in a process of their own, without this environment (issue 14).
 */
function cacheCompiledCode(): void {
  try {
    enableCompileCache(join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "posthog-definitions", "compile-cache"));
  } catch {
    // No home directory: every run compiles, as without the cache.
  }
}
cacheCompiledCode();

// A plan holds a few tens of MB live but allocates hundreds while it parses responses and
// diffs, and V8 doubles its young generation whenever many objects survive. Keeping it at its
// starting size holds a 5,000-resource plan's peak RSS near 170 MB instead of 260, for about the
// same GC time. WebAssembly (undici's HTTP parser, PostHog's HogQL parser) stays on V8's baseline
// compiler: optimising their large functions took 20-30 MB of compiler memory that the process
// kept, for HogQL parses about 1.5 ms slower each (issue 14, docs/performance.md).
setFlagsFromString("--semi-space-growth-factor=1");
setFlagsFromString("--no-wasm-tier-up");
setFlagsFromString("--no-wasm-dynamic-tiering");

const args = process.argv.slice(2);
// `--help` alone prints the text without loading the CLI's commands (several hundred KB of
// modules), so asking for help costs little more than starting node (issue 14).
if (args.length === 1 && (args[0] === "--help" || args[0] === "-h")) {
  const { HELP } = await import("../cli/help.js");
  process.stdout.write(HELP);
} else {
  const { runCli } = await import("../cli/main.js");
  process.exitCode = await runCli(args, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb",
    workerPath: fileURLToPath(new URL("./definitions-worker.js", import.meta.url)),
  });
}
