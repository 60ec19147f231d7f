#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/entry/cli.ts
import { enableCompileCache } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
function cacheCompiledCode() {
  try {
    enableCompileCache(join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "posthog-definitions", "compile-cache"));
  } catch {
  }
}
cacheCompiledCode();
setFlagsFromString("--semi-space-growth-factor=1");
setFlagsFromString("--no-wasm-tier-up");
setFlagsFromString("--no-wasm-dynamic-tiering");
var args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--help" || args[0] === "-h")) {
  const { HELP } = await import("./chunks/help-ZSSGGILD.js");
  process.stdout.write(HELP);
} else {
  const { runCli } = await import("./chunks/main-ZJFAKLPR.js");
  process.exitCode = await runCli(args, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb",
    workerPath: fileURLToPath(new URL("./definitions-worker.js", import.meta.url))
  });
}
