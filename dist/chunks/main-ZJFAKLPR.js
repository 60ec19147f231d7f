import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  startLoads
} from "./chunk-3NKPZLIQ.js";
import {
  EXIT,
  parse,
  readMaxDeletions
} from "./chunk-4THUIUZI.js";
import {
  HELP
} from "./chunk-HVWFFMBW.js";
import {
  ToolError,
  categoryOf
} from "./chunk-SLY4HKVV.js";
import "./chunk-IP6AB7RW.js";
import "./chunk-HANBNIMK.js";

// src/cli/main.ts
var EXIT_CODES = {
  "invalid-definitions": EXIT.invalid,
  configuration: EXIT.usage,
  usage: EXIT.usage,
  "untrusted-code": EXIT.api,
  auth: EXIT.api,
  api: EXIT.api,
  safety: EXIT.api,
  github: EXIT.api,
  internal: EXIT.api
};
async function runCli(argv, io) {
  try {
    const { values, command, extra } = parse(argv);
    if (values.help || !command) {
      io.stdout(HELP);
      return command || values.help ? EXIT.ok : EXIT.usage;
    }
    if (extra.length > 0 && command !== "show") throw new ToolError("usage", `unexpected argument "${extra[0]}"`);
    switch (command) {
      case "plan":
      case "apply": {
        const maxDeletions = readMaxDeletions(values);
        const loads = await startLoads(io, values, true);
        return await (await import("./plan-command-27SD2ZTG.js")).runPlanOrApply(io, values, command === "apply", maxDeletions, loads);
      }
      case "validate": {
        const loads = await startLoads(io, values, false);
        return await (await import("./plan-command-27SD2ZTG.js")).runValidate(io, values, loads);
      }
      case "pull":
        return await (await import("./pull-command-XCPNX42G.js")).runPull(io, values);
      case "show":
        return await (await import("./show-command-3GXLHJXI.js")).runShow(io, values, extra);
      case "emulator":
        return await (await import("./emulator-command-IPI6WXDE.js")).runEmulator(io, values);
      default:
        throw new ToolError("usage", `unknown command "${command}" (try --help)`);
    }
  } catch (error) {
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}
`);
    return EXIT_CODES[categoryOf(error)];
  }
}
export {
  runCli
};
