import { describe, expect, it } from "vitest";
import { charFieldLength } from "../../src/core/char-field.js";
import { buildDesiredState } from "../../src/core/desired.js";
import type { Definition } from "../../src/core/model.js";

const holdout = (spec: { key?: string; name?: string; description?: string }): Definition => ({
  kind: "experiment-holdouts",
  key: spec.key ?? "h",
  spec: { key: spec.key ?? "h", name: spec.name ?? "H", ...(spec.description === undefined ? {} : { description: spec.description }), filters: [{ properties: [], rollout_percentage: 10 }] },
});
const problems = (definition: Definition, owner?: string) =>
  buildDesiredState([definition], undefined, owner === undefined ? {} : { owner }).diagnostics.map((d) => `${d.field}: ${d.message}`);

// ExperimentHoldout.name and .description are CharField(max_length=400); apply appends
// "\n\n<!-- iac:experiment-holdouts:h iac:hash:0000000000000000 -->" (62 characters) to the description,
// and with an owner " owner:<owner>" inside the marker.
describe("experiment holdout lengths, as PostHog counts them", () => {
  it("counts the owner that apply writes into the marker", () => {
    expect(problems(holdout({ description: "x".repeat(338) }))).toEqual([]);
    // " owner:team-checkout" is 20 more characters.
    expect(problems(holdout({ description: "x".repeat(338) }), "team-checkout")).toEqual([
      'description: is 338 characters; with the identity marker with the owner "team-checkout" this tool appends it would be 420, over PostHog\'s limit of 400, so keep it to 318 characters or use a shorter key or owner',
    ]);
    expect(problems(holdout({ description: "x".repeat(318) }), "team-checkout")).toEqual([]);
  });

  it("leaves the room the longest key and owner allow", () => {
    // A 200-character key and a 63-character owner make the marker 331 characters with its separator.
    expect(problems(holdout({ key: "k".repeat(200), description: "x".repeat(70) }), "o".repeat(63))).toEqual([expect.stringContaining("so keep it to 69 characters")]);
    expect(problems(holdout({ key: "k".repeat(200), description: "x".repeat(69) }), "o".repeat(63))).toEqual([]);
  });

  it("counts code points, as Python's len does, not UTF-16 units", () => {
    // 338 emoji are 676 UTF-16 units, and 338 characters to PostHog.
    expect(problems(holdout({ description: "😀".repeat(338) }))).toEqual([]);
    expect(problems(holdout({ description: "😀".repeat(339) }))).toEqual([expect.stringContaining("is 339 characters")]);
    expect(problems(holdout({ name: "😀".repeat(400) }))).toEqual([]);
    expect(problems(holdout({ name: "😀".repeat(401) }))).toEqual(["name: must be at most 400 characters, as PostHog counts them (got 401)"]);
  });

  it("refuses what DRF would strip, and counts what it keeps as Python strips it", () => {
    expect(problems(holdout({ description: `   ${"x".repeat(338)}` }))).toEqual(["description: PostHog strips leading/trailing whitespace from description; remove it"]);
    expect(problems(holdout({ name: ` ${"x".repeat(400)}\n` }))).toEqual(["name: PostHog strips leading/trailing whitespace from name; remove it"]);
    expect(charFieldLength("\u0085\u001c x \u3000")).toBe(1);
    // U+FEFF is not whitespace to Python, though JavaScript's trim() removes it.
    expect(charFieldLength("\ufeffx")).toBe(2);
  });
});
