import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KINDS } from "../../src/core/kinds/index.js";
import type { KindModule } from "../../src/core/kinds/kind.js";
import { RESOURCE_MODULES } from "../../src/emulator/resources/registry.js";
import * as sdk from "../../src/sdk/index.js";
import { KIND } from "../../src/sdk/markers.js";
import { ROOT } from "../helpers/cli.js";

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/** The README row a kind's declaration gives. */
function readmeRow(kind: KindModule): string {
  return `| ${kind.readme.resource} | ${kind.readme.sdk} | ${kind.readme.identity} |`;
}

/**
 * What a kind needs besides its declaration, each with what to add when it is
 * missing: a new kind fails here until every piece exists.
 */
function missingPieces(kind: KindModule): string[] {
  const missing: string[] = [];
  const constructor = (sdk as unknown as Record<string, unknown>)[kind.constructorName];
  const made = typeof constructor === "function" ? ((constructor as (spec: object) => Record<symbol, unknown>)({}))[KIND] : undefined;
  if (made !== kind.name) {
    missing.push(`an SDK constructor ${kind.constructorName}() that marks its result as "${kind.name}": run npm run generate, which writes src/sdk/kinds/${kind.name}.ts from the kind's declaration`);
  }
  // The server routes a project collection by its first segment (`error_tracking/settings` is error tracking's module), the team routes by the last.
  const parts = kind.api.collection.split("/").filter(Boolean);
  const segment = kind.api.collection.startsWith("/") ? parts.at(-1)! : parts[0]!;
  if (!RESOURCE_MODULES.has(segment)) {
    missing.push(`an emulator resource for "${segment}": add src/emulator/resources/${kind.name}.ts (modelled on PostHog's viewset) and list it in src/emulator/resources/registry.ts`);
  }
  if (![read("test/e2e/convergence-cases.ts"), read("test/e2e/convergence-fixtures.ts"), read("test/e2e/convergence.test.ts")].some((text) => text.includes(`def("${kind.name}"`))) {
    missing.push(`a convergence case: add def("${kind.name}", {...}) with its field edits to the cases in test/e2e/convergence-cases.ts`);
  }
  const fixture = filesUnder(join(ROOT, "fixtures", "every-kind", "posthog")).map((file) => readFileSync(file, "utf8")).join("\n");
  if (!new RegExp(`\\b${kind.constructorName}\\(`).test(fixture)) {
    missing.push(`a pull round-trip case: define one with ${kind.constructorName}() in fixtures/every-kind/posthog/ (test/e2e/pull.test.ts applies, pulls and re-plans that fixture)`);
  }
  if (!read("README.md").split("\n").includes(readmeRow(kind))) {
    missing.push(`its README row: add "${readmeRow(kind)}" to the table under "What you can define" in README.md (the row comes from the kind's readme declaration)`);
  }
  return missing;
}

describe("every kind is complete", () => {
  it.each(KINDS.map((kind) => [kind.name, kind] as const))("%s has an SDK constructor, an emulator resource, a convergence case, a pull round-trip case and a README row", (_name, kind) => {
    expect(missingPieces(kind)).toEqual([]);
  });

  it("names what a kind lacks", () => {
    const bare = { ...KINDS[0]!, name: "heatmaps", constructorName: "heatmap", api: { collection: "heatmaps", remove: "soft" }, readme: { resource: "Heatmaps", sdk: "`heatmap()`", identity: "tag" } } as unknown as KindModule;
    expect(missingPieces(bare)).toEqual([
      'an SDK constructor heatmap() that marks its result as "heatmaps": run npm run generate, which writes src/sdk/kinds/heatmaps.ts from the kind\'s declaration',
      'an emulator resource for "heatmaps": add src/emulator/resources/heatmaps.ts (modelled on PostHog\'s viewset) and list it in src/emulator/resources/registry.ts',
      'a convergence case: add def("heatmaps", {...}) with its field edits to the cases in test/e2e/convergence-cases.ts',
      "a pull round-trip case: define one with heatmap() in fixtures/every-kind/posthog/ (test/e2e/pull.test.ts applies, pulls and re-plans that fixture)",
      'its README row: add "| Heatmaps | `heatmap()` | tag |" to the table under "What you can define" in README.md (the row comes from the kind\'s readme declaration)',
    ]);
  });

  it("has no README row for a kind that does not exist", () => {
    const lines = read("README.md").split("\n");
    const start = lines.indexOf("| Resource | SDK | Identity |");
    const end = lines.findIndex((line, i) => i > start + 1 && !line.startsWith("|"));
    expect(lines.slice(start + 2, end).sort()).toEqual(KINDS.map(readmeRow).sort());
  });
});
