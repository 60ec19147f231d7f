import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT
} from "./chunk-4THUIUZI.js";
import {
  ToolError
} from "./chunk-SLY4HKVV.js";
import "./chunk-IP6AB7RW.js";
import "./chunk-HANBNIMK.js";

// src/cli/emulator-command.ts
import { randomBytes } from "node:crypto";
async function runEmulator(io, options) {
  const port = options.port ? Number(options.port) : 8010;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ToolError("usage", `--port must be a port number, got "${options.port}"`);
  const adminKey = options["admin-key"] ?? io.env.POSTHOG_EMULATOR_ADMIN_KEY ?? `phx_admin_${randomBytes(18).toString("hex")}`;
  if (!/^\S{16,200}$/.test(adminKey)) throw new ToolError("usage", "--admin-key must be 16 to 200 characters without spaces");
  const rateLimits = options["rate-limits"] ?? "posthog";
  if (rateLimits !== "off" && rateLimits !== "posthog") throw new ToolError("usage", `--rate-limits must be off or posthog, got "${rateLimits}"`);
  const latencyMs = options["latency-ms"] === void 0 ? 0 : Number(options["latency-ms"]);
  if (!Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > 6e4) throw new ToolError("usage", `--latency-ms must be a whole number of milliseconds, got "${options["latency-ms"]}"`);
  const { startEmulator } = await import("./emulator-PVGDYD4G.js");
  const emulator = await startEmulator({ port, adminKey, stateFile: options["state-file"], latencyMs, ...rateLimits === "off" ? { rateLimits: false } : {} });
  io.stdout(`PostHog emulator listening on ${emulator.url} (project 1, key phx_emulator; admin key for /_emulator/*: ${emulator.adminKey})
`);
  await new Promise((done) => {
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
  await emulator.close();
  return EXIT.ok;
}
export {
  runEmulator
};
