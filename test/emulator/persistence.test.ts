import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { send, startTestEmulator } from "./helpers.js";

const directory = mkdtempSync(join(tmpdir(), "posthog-emulator-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("state file persistence", () => {
  it("persists after mutations and loads the same state after a restart", async () => {
    const stateFile = join(directory, "state.json");
    const first = await startTestEmulator({ stateFile });
    const dashboard = (await first.post("/api/projects/1/dashboards/", { name: "Persisted", tags: ["kept"] })).body;
    const insight = (await first.post("/api/projects/1/insights/", { name: "Persisted insight", query: { kind: "HogQLQuery", query: "select 1" }, dashboards: [dashboard.id] })).body;
    await first.close();

    expect(readdirSync(directory)).toEqual(["state.json"]);
    expect(JSON.parse(readFileSync(stateFile, "utf8"))).toMatchObject({ version: 1, projects: [{ id: 1 }] });

    const second = await startTestEmulator({ stateFile });
    try {
      const reloaded = await second.get(`/api/projects/1/dashboards/${dashboard.id}/`);
      expect(reloaded.body).toMatchObject({ name: "Persisted", tags: ["kept"], created_at: dashboard.created_at });
      expect(reloaded.body.tiles[0].insight).toMatchObject({ id: insight.id, short_id: insight.short_id });
      const next = (await second.post("/api/projects/1/dashboards/", { name: "After restart" })).body;
      expect(next.id).toBe(dashboard.id + 1);
    } finally {
      await second.close();
    }
  });

  it("persists a reset and keeps configured projects", async () => {
    const stateFile = join(directory, "reset.json");
    const emulator = await startTestEmulator({ stateFile, projects: [{ id: 3 }] });
    try {
      await emulator.post("/api/projects/3/dashboards/", { name: "Gone after reset" });
      await send(`${emulator.url}/_emulator/reset`, "POST", undefined, { key: emulator.emulator.adminKey });
      const state = JSON.parse(readFileSync(stateFile, "utf8"));
      expect(state.projects).toHaveLength(1);
      expect(state.projects[0]).toMatchObject({ id: 3, dashboards: [] });
    } finally {
      await emulator.close();
    }
  });

  it("refuses a file that is not an emulator state file", async () => {
    const stateFile = join(directory, "garbage.json");
    writeFileSync(stateFile, JSON.stringify({ hello: "world" }));
    await expect(startTestEmulator({ stateFile })).rejects.toThrow(/not a PostHog emulator state file/);
  });
});
