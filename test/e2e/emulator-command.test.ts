import { describe, expect, it } from "vitest";
import { runCliInProcess } from "../helpers/in-process.js";

describe("posthog-definitions emulator", () => {
  it.each([
    [["--rate-limits", "sometimes"], "--rate-limits must be off or posthog"],
    [["--latency-ms", "fast"], "--latency-ms must be a whole number of milliseconds"],
    [["--latency-ms=-5"], "--latency-ms must be a whole number of milliseconds"],
  ])("refuses %j with exit code 3 before it listens", async (args, message) => {
    const result = await runCliInProcess(["emulator", "--port", "0", ...args], { cwd: process.cwd(), env: {} });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });
});
