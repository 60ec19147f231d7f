import { describe, expect, it } from "vitest";
import { generateDefinitionFiles } from "../../src/codegen/typescript.js";

describe("generateDefinitionFiles", () => {
  it("writes a spec's fields in the order its kind's schema declares them", async () => {
    const [file] = await generateDefinitionFiles([{ kind: "actions", key: "buy", spec: { tags: ["shop"], steps: [{ event: "buy" }], name: "Buy", key: "buy" } }]);
    expect(file!.content).toBe(['import { action } from "@posthog/definitions"', "", 'export default action({ key: "buy", name: "Buy", steps: [{ event: "buy" }], tags: ["shop"] })', ""].join("\n"));
  });

  it("names files and imports safely: odd keys, reserved words, clashes with SDK names", async () => {
    const files = await generateDefinitionFiles([
      { kind: "insights", key: "text", spec: { key: "text", name: "Text", query: { $call: "hogql", $args: ["select 1"] } } },
      { kind: "insights", key: "default", spec: { key: "default", name: "Default", query: { $call: "hogql", $args: ["select 2"] } } },
      { kind: "insights", key: "2024-goals", spec: { key: "2024-goals", name: "Goals", query: { $call: "hogql", $args: ["select 3"] } } },
      { kind: "event-definitions", key: "$pageview", spec: { name: "$pageview" } },
      {
        kind: "dashboards",
        key: "board",
        spec: {
          key: "board",
          name: "Board",
          tiles: [
            { insight: { $ref: "insights/text" } },
            { insight: { $ref: "insights/default" } },
            { insight: { $ref: "insights/2024-goals" } },
            { $call: "text", $args: [{ body: "Line one\nwith `ticks` and ${dollars} and \\ backslash" }] },
          ],
        },
      },
    ]);
    expect(files.map((f) => f.path)).toEqual(["dashboards/board.ts", "events/pageview.ts", "insights/2024-goals.ts", "insights/default.ts", "insights/text.ts"]);
    expect(files[0]!.content).toBe(
      [
        'import { dashboard, text } from "@posthog/definitions"',
        'import insight2024Goals from "../insights/2024-goals.ts"',
        'import defaultInsight from "../insights/default.ts"',
        'import textInsight from "../insights/text.ts"',
        "",
        "export default dashboard({",
        '  key: "board",',
        '  name: "Board",',
        "  tiles: [",
        "    { insight: textInsight },",
        "    { insight: defaultInsight },",
        "    { insight: insight2024Goals },",
        "    text({",
        "      body: `Line one",
        "with \\`ticks\\` and \\${dollars} and \\\\ backslash`,",
        "    }),",
        "  ],",
        "})",
        "",
      ].join("\n"),
    );
    expect(files[1]!.content).toBe('import { eventDefinition } from "@posthog/definitions"\n\nexport default eventDefinition({ name: "$pageview" })\n');
  });

  it("refuses a reference to a resource that is not being written, rather than emitting a dangling import", async () => {
    await expect(generateDefinitionFiles([{ kind: "dashboards", key: "d", spec: { key: "d", name: "D", tiles: [{ insight: { $ref: "insights/gone" } }] } }])).rejects.toThrow(
      "dashboards/d references insights/gone, which is not being written",
    );
  });
});
