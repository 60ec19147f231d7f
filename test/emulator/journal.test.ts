import { types } from "node:util";
import { describe, expect, it } from "vitest";
import { Journal } from "../../src/emulator/journal.js";
import { startTestEmulator } from "./helpers.js";

interface Row {
  id: number;
  name: string;
  tags: string[];
  filters: { groups: { rollout: number }[] };
  note?: string;
}

const world = () => ({
  sequences: { rows: 2 } as Record<string, number>,
  rows: [
    { id: 1, name: "one", tags: ["a"], filters: { groups: [{ rollout: 10 }] }, note: "kept" },
    { id: 2, name: "two", tags: [], filters: { groups: [] } },
  ] as Row[],
});

/** Every object reachable from `value` that is still a proxy. */
function proxiesIn(value: unknown, found: unknown[] = []): unknown[] {
  if (typeof value !== "object" || value === null) return found;
  if (types.isProxy(value)) found.push(value);
  for (const child of Object.values(value)) proxiesIn(child, found);
  return found;
}

describe("the emulator's write journal", () => {
  it("undoes every change at any depth, newest first, and puts deleted keys back in their place", () => {
    const state = world();
    const before = JSON.stringify(state);
    const journal = new Journal();
    const tracked = journal.track(state);
    const row = tracked.rows.find((r) => r.id === 1)!;
    row.name = "changed";
    row.filters.groups[0]!.rollout = 99;
    row.tags.push("b");
    delete row.note;
    row.note = "again";
    delete row.note;
    tracked.rows.push({ id: 3, name: "three", tags: [], filters: { groups: [] } });
    tracked.rows.sort((left, right) => right.id - left.id);
    tracked.rows = tracked.rows.filter((r) => r.id !== 2);
    tracked.sequences.rows = 3;
    journal.rollback();
    expect(JSON.stringify(state)).toBe(before);
    expect(Object.keys(state.rows[0]!)).toEqual(["id", "name", "tags", "filters", "note"]);
  });

  it("keeps committed changes as plain objects, with no proxy left inside what the request stored", () => {
    const state = world();
    const journal = new Journal();
    const tracked = journal.track(state);
    const old = tracked.rows[0]!;
    const copy = { ...old, id: 3, filters: { groups: old.filters.groups } };
    tracked.rows.push(copy);
    tracked.rows = tracked.rows.filter((r) => r.id !== 2);
    journal.commit();
    expect(proxiesIn(state)).toEqual([]);
    expect(state.rows.map((r) => r.id)).toEqual([1, 3]);
    expect(state.rows[1]!.filters.groups).toBe(state.rows[0]!.filters.groups);
  });

  it("hands out a request's own new objects as they are, so a handler finds what it just stored by identity", () => {
    const journal = new Journal();
    const tracked = journal.track(world());
    const row: Row = { id: 3, name: "three", tags: [], filters: { groups: [] } };
    tracked.rows.push(row);
    expect(tracked.rows.includes(row)).toBe(true);
    expect(tracked.rows.indexOf(tracked.rows.find((r) => r.id === 1)!)).toBe(0);
  });

  it("leaves the emulator's state as it was when a write fails part-way, and keeps it when it succeeds", async () => {
    const api = await startTestEmulator();
    try {
      const before = (await api.get("/api/projects/1/feature_flags/")).body;
      const refused = await api.post("/api/projects/1/feature_flags/", { key: "bad key", filters: { groups: [{ rollout_percentage: 10 }] } });
      expect(refused.status).toBe(400);
      expect((await api.get("/api/projects/1/feature_flags/")).body).toEqual(before);
      const created = await api.post("/api/projects/1/feature_flags/", { key: "good", filters: { groups: [{ rollout_percentage: 10 }] } });
      expect(created.status).toBe(201);
      expect((await api.get(`/api/projects/1/feature_flags/${created.body.id}/`)).body).toMatchObject({ key: "good" });
    } finally {
      await api.close();
    }
  });
});
