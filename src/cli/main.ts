import { categoryOf, ToolError, type ErrorCategory } from "../core/errors.js";
import { HELP } from "./help.js";
import { startLoads } from "./loads.js";
import { EXIT, parse, readMaxDeletions, type CliIo } from "./options.js";

/** The exit code of each error category: the one place a failure becomes an exit code. */
const EXIT_CODES: Readonly<Record<ErrorCategory, number>> = {
  "invalid-definitions": EXIT.invalid,
  configuration: EXIT.usage,
  usage: EXIT.usage,
  "untrusted-code": EXIT.api,
  auth: EXIT.api,
  api: EXIT.api,
  safety: EXIT.api,
  github: EXIT.api,
  internal: EXIT.api,
};

/**
 * Runs one CLI invocation and returns its exit code; never throws. Each command's modules are
 * imported when it runs, and `plan`, `apply` and `validate` start the definitions' load first, so
 * the loader's process starts before the kinds, the planner and the HTTP client are parsed (issue 14).
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
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
        return await (await import("./plan-command.js")).runPlanOrApply(io, values, command === "apply", maxDeletions, loads);
      }
      case "validate": {
        const loads = await startLoads(io, values, false);
        return await (await import("./plan-command.js")).runValidate(io, values, loads);
      }
      case "pull":
        return await (await import("./pull-command.js")).runPull(io, values);
      case "show":
        return await (await import("./show-command.js")).runShow(io, values, extra);
      case "emulator":
        return await (await import("./emulator-command.js")).runEmulator(io, values);
      default:
        throw new ToolError("usage", `unknown command "${command}" (try --help)`);
    }
  } catch (error) {
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_CODES[categoryOf(error)];
  }
}
