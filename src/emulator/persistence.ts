import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { STATE_VERSION, type EmulatorState } from "./state.js";
import { isRecord } from "./json.js";

/**
 * Reads a state file written by {@link saveStateFile}. Returns `undefined` when the file does not
 * exist; throws when it exists but is not a state file of this version, rather than silently
 * discarding someone's data.
 */
export function loadStateFile(path: string): EmulatorState | undefined {
  if (!existsSync(path)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!isRecord(parsed) || parsed.version !== STATE_VERSION || !Array.isArray(parsed.projects) || !isRecord(parsed.sequences)) {
    throw new Error(`${path} is not a PostHog emulator state file (version ${STATE_VERSION}).`);
  }
  return parsed as unknown as EmulatorState;
}

/** Writes the state atomically (temporary file, then rename) so a crash never leaves a torn file. */
export function saveStateFile(path: string, state: EmulatorState): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, "utf8");
  renameSync(temporary, path);
}
