#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { runCli } from "../cli/main.js";

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb",
  workerPath: fileURLToPath(new URL("./definitions-worker.js", import.meta.url)),
});
process.exitCode = code;
