/**
 * The layout part of a plan: where each tile of a grid (a dashboard's 12
 * columns) sits before and after a change, computed with the kind's `grid`
 * description so renderers draw the picture from the plan alone.
 */
import { isDeepEqual, type JsonObject } from "../json.js";
import type { KindModule } from "../kinds/kind.js";
import type { GridTile, PlanLayout } from "./types.js";

/**
 * The before/after layout of a change that moves, adds or removes a tile, or
 * undefined when the kind has no grid, no tile has a box, or nothing moved.
 */
export function describeLayout(kind: KindModule, before: JsonObject | undefined, after: JsonObject | undefined): PlanLayout | undefined {
  if (!kind.grid || !before || !after) return undefined;
  const old = kind.grid(before);
  const next = kind.grid(after);
  const live = new Map(old.tiles.map((t) => [t.id, t]));
  const wanted = new Set(next.tiles.map((t) => t.id));
  const tiles: PlanLayout["tiles"] = [
    ...next.tiles.map((t) => entry(t, live.get(t.id), t)),
    ...old.tiles.filter((t) => !wanted.has(t.id)).map((t) => entry(t, t, undefined)),
  ];
  const moved = tiles.some((t) => !isDeepEqual(t.before, t.after));
  const drawn = tiles.some((t) => t.before !== undefined || t.after !== undefined);
  return moved && drawn ? { columns: next.columns, tiles } : undefined;
}

function entry(tile: GridTile, before: GridTile | undefined, after: GridTile | undefined): PlanLayout["tiles"][number] {
  return { label: tile.label, ...(before?.box ? { before: before.box } : {}), ...(after?.box ? { after: after.box } : {}) };
}
