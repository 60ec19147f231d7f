// The quick start: starts the built-in PostHog emulator, then runs the CLI the
// way a user would — plan, apply, and plan again (which must be a no-op) —
// against the seed example in fixtures/growth. Uses the committed dist/.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const project = join(root, "fixtures", "growth");
const state = mkdtempSync(join(tmpdir(), "posthog-demo-"));

const emulator = spawn(process.execPath, [cli, "emulator", "--port", "0", "--no-rate-limits", "--state-file", join(state, "state.json")], { stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise((resolve, reject) => {
  emulator.stdout.on("data", (chunk) => {
    const match = /listening on (\S+)/.exec(String(chunk));
    if (match) resolve(match[1]);
  });
  emulator.on("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
});

const env = { ...process.env, POSTHOG_HOST: url, POSTHOG_PROJECT_ID: "1", POSTHOG_PERSONAL_API_KEY: "phx_emulator", POSTHOG_RATE_LIMIT: "off" };
let failed = false;
for (const [title, args] of [
  ["Plan against an empty project", ["plan"]],
  ["Apply", ["apply"]],
  ["Plan again: nothing left to do", ["plan", "--detailed-exitcode"]],
]) {
  process.stdout.write(`\n=== ${title}: posthog-definitions ${args.join(" ")}\n\n`);
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: project, env, stdio: "inherit" });
  if (run.status !== 0) failed = true;
}
emulator.kill("SIGTERM");
rmSync(state, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
