import { randomBytes } from "node:crypto";
import { ToolError } from "../core/errors.js";
import { EXIT, type CliIo, type Options } from "./options.js";

/** `emulator`: the built-in PostHog on loopback, until SIGINT or SIGTERM. */
export async function runEmulator(io: CliIo, options: Options): Promise<number> {
  const port = options.port ? Number(options.port) : 8010;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ToolError("usage", `--port must be a port number, got "${options.port}"`);
  // Control routes can wipe the state; a fresh random key unless one is given keeps other local processes out.
  const adminKey = options["admin-key"] ?? io.env.POSTHOG_EMULATOR_ADMIN_KEY ?? `phx_admin_${randomBytes(18).toString("hex")}`;
  if (!/^\S{16,200}$/.test(adminKey)) throw new ToolError("usage", "--admin-key must be 16 to 200 characters without spaces");
  const rateLimits = options["rate-limits"] ?? "posthog";
  if (rateLimits !== "off" && rateLimits !== "posthog") throw new ToolError("usage", `--rate-limits must be off or posthog, got "${rateLimits}"`);
  const latencyMs = options["latency-ms"] === undefined ? 0 : Number(options["latency-ms"]);
  if (!Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > 60_000) throw new ToolError("usage", `--latency-ms must be a whole number of milliseconds, got "${options["latency-ms"]}"`);
  const { startEmulator } = await import("../emulator/index.js");
  const emulator = await startEmulator({ port, adminKey, stateFile: options["state-file"], latencyMs, ...(rateLimits === "off" ? { rateLimits: false as const } : {}) });
  io.stdout(`PostHog emulator listening on ${emulator.url} (project 1, key phx_emulator; admin key for /_emulator/*: ${emulator.adminKey})\n`);
  await new Promise<void>((done) => {
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
  await emulator.close();
  return EXIT.ok;
}
