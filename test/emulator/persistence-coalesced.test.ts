import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { startTestEmulator } from "./helpers.js";

const directory = mkdtempSync(join(tmpdir(), "posthog-emulator-coalesced-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const flagsIn = (file: string) => (JSON.parse(readFileSync(file, "utf8")) as { projects: { featureFlags: unknown[] }[] }).projects[0]!.featureFlags.length;

describe("coalesced state file writes (issue 14)", () => {
  it("writes a burst of writes once they pause, as one whole file, and what is left on close", async () => {
    const stateFile = join(directory, "burst.json");
    const api = await startTestEmulator({ stateFile });
    try {
      for (let i = 0; i < 20; i++) await api.post("/api/projects/1/feature_flags/", { key: `burst-${i}`, filters: { groups: [{ rollout_percentage: 10 }] } });
      await sleep(600);
      expect(flagsIn(stateFile)).toBe(20);
      const saved = statSync(stateFile).mtimeMs;
      // A write is saved once writes pause, not as it is answered.
      await api.post("/api/projects/1/feature_flags/", { key: "last", filters: { groups: [{ rollout_percentage: 10 }] } });
      expect(statSync(stateFile).mtimeMs).toBe(saved);
    } finally {
      await api.close();
    }
    expect(flagsIn(stateFile)).toBe(21);
    expect(readdirSync(directory).filter((name) => name.startsWith("burst"))).toEqual(["burst.json"]);
  });

  it("does not rewrite the file on close when nothing changed", async () => {
    const stateFile = join(directory, "reads.json");
    const first = await startTestEmulator({ stateFile });
    await first.post("/api/projects/1/feature_flags/", { key: "kept", filters: { groups: [{ rollout_percentage: 10 }] } });
    await first.close();
    const saved = statSync(stateFile).mtimeMs;
    const second = await startTestEmulator({ stateFile });
    await second.get("/api/projects/1/feature_flags/");
    await sleep(300);
    await second.close();
    expect(statSync(stateFile).mtimeMs).toBe(saved);
  });
});
