import { describe, expect, it } from "vitest";
import { drawLayout } from "../../src/render/layout-grid.js";

describe("drawLayout", () => {
  it("draws the 12-column grid before and after with a legend of each tile's move", () => {
    const picture = drawLayout({
      columns: 12,
      tiles: [
        { label: "insight weekly-signups", before: { x: 0, y: 0, w: 6, h: 4 }, after: { x: 0, y: 0, w: 12, h: 4 } },
        { label: 'text "Updated weekly."', before: { x: 0, y: 4, w: 12, h: 1 }, after: { x: 6, y: 4, w: 6, h: 1 } },
        { label: "insight retention", after: { x: 0, y: 4, w: 6, h: 1 } },
        { label: "insight old", before: { x: 6, y: 0, w: 6, h: 4 } },
      ],
    });
    expect(picture).toEqual([
      "before                    after",
      "A A A A A A D D D D D D   A A A A A A A A A A A A",
      "B B B B B B B B B B B B   C C C C C C B B B B B B",
      "",
      "A  insight weekly-signups  (0,0) 6×4 → (0,0) 12×4",
      'B  text "Updated weekly."  (0,4) 12×1 → (6,4) 6×1',
      "C  insight retention  added at (0,4) 6×1",
      "D  insight old  removed from (6,0) 6×4",
    ]);
  });

  it("marks empty cells and overlapping tiles", () => {
    const picture = drawLayout({ columns: 4, tiles: [{ label: "a", before: { x: 0, y: 0, w: 2, h: 1 }, after: { x: 0, y: 0, w: 3, h: 1 } }, { label: "b", before: { x: 2, y: 0, w: 1, h: 1 }, after: { x: 2, y: 0, w: 2, h: 1 } }] });
    expect(picture.slice(0, 2)).toEqual(["before    after", "A A B ·   A A # B"]);
  });
});
