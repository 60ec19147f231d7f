/**
 * A layout change drawn as text: the grid before and after, side by side, one
 * character per column and one line per band of rows in which no tile starts
 * or ends, each tile filled with its letter, and a legend naming each letter's
 * tile and how it moved. Terminal and markdown (in a fenced block) show the
 * same lines.
 */
import type { GridBox, PlanLayout } from "../core/plan/types.js";

const SYMBOLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const EMPTY = "·";
const OVERLAP = "#";
const GAP = "   ";

function symbolOf(index: number): string {
  return SYMBOLS[index] ?? "*";
}

/** The row boundaries where some tile starts or ends, so each band between two is drawn as one line. */
function bandsOf(layout: PlanLayout): number[] {
  const edges = new Set<number>();
  for (const tile of layout.tiles) for (const box of [tile.before, tile.after]) if (box) edges.add(box.y).add(box.y + box.h);
  return [...edges].sort((a, b) => a - b);
}

function drawSide(layout: PlanLayout, side: "before" | "after", bands: readonly number[]): string[] {
  const lines: string[] = [];
  for (let b = 0; b + 1 < bands.length; b++) {
    const row = bands[b]!;
    const cells: string[] = [];
    for (let column = 0; column < layout.columns; column++) {
      const covering = layout.tiles.flatMap((tile, i) => {
        const box = tile[side];
        return box && box.x <= column && column < box.x + box.w && box.y <= row && row < box.y + box.h ? [symbolOf(i)] : [];
      });
      cells.push(covering.length === 0 ? EMPTY : covering.length === 1 ? covering[0]! : OVERLAP);
    }
    lines.push(cells.join(" "));
  }
  return lines;
}

const formatBox = (box: GridBox) => `(${box.x},${box.y}) ${box.w}×${box.h}`;

function describeMove(tile: PlanLayout["tiles"][number]): string {
  const { before, after } = tile;
  if (before && after) return before.x === after.x && before.y === after.y && before.w === after.w && before.h === after.h ? formatBox(after) : `${formatBox(before)} → ${formatBox(after)}`;
  if (after) return `added at ${formatBox(after)}`;
  if (before) return `removed from ${formatBox(before)}`;
  return "placed by PostHog";
}

/**
 * The picture of a layout change: a header, the two grids side by side and a
 * legend line per tile ("B  text "Updated weekly."  (0,4) 12×1 → (0,5) 12×1").
 */
export function drawLayout(layout: PlanLayout): string[] {
  const bands = bandsOf(layout);
  const width = layout.columns * 2 - 1;
  const before = drawSide(layout, "before", bands);
  const after = drawSide(layout, "after", bands);
  const pad = (text: string) => text + " ".repeat(Math.max(0, width - [...text].length));
  const grid = before.map((line, i) => `${pad(line)}${GAP}${after[i]!}`);
  const legend = layout.tiles.map((tile, i) => `${symbolOf(i)}  ${tile.label}  ${describeMove(tile)}`);
  return [`${pad("before")}${GAP}after`, ...grid, "", ...legend];
}
