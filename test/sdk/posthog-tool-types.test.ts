import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, expectTypeOf, it } from "vitest";
import { buildDesiredState } from "../../src/core/desired.js";
import type { JsonObject } from "../../src/core/json.js";
import {
  button, createTypedPostHog, dashboard, eventDefinition, funnels, insight, lifecycle, paths, propertyGroup, retention, stickiness, text, trends,
  type ButtonTile, type EventDefinition, type FunnelsQuery, type InsightVizNode, type LifecycleQuery, type PathsQuery, type Query, type RetentionQuery,
  type StickinessQuery, type TextTile, type Tile, type TrendsQuery,
} from "../../src/sdk/index.js";

// Type-level tests of the surface PostHog's own tool (`@posthog/definitions`) types, as that tool's
// users write it: what it accepts compiles here, and what a strict SDK refuses carries a
// `@ts-expect-error`, so a form that starts or stops compiling fails the tsc run below. Where the
// refusal is also a definition, the validator refuses the same value.

const layout = { x: 0, y: 0, w: 6, h: 2 };
const profile = propertyGroup({ key: "profile", properties: { plan: { type: "String", required: true } } });

// The query builders return the bare query, as that tool's do.
const weekly: TrendsQuery = trends({ series: [{ event: "signed up", math: "dau" }], interval: "week" });
const steps: Query = funnels({ series: [{ event: "viewed" }, { event: "paid" }] });
const viz: InsightVizNode = { kind: "InsightVizNode", source: trends({ series: [{ event: "signed up" }] }) };
expectTypeOf(trends).returns.toEqualTypeOf<TrendsQuery>();
expectTypeOf(funnels).returns.toEqualTypeOf<FunnelsQuery>();
expectTypeOf(retention).returns.toEqualTypeOf<RetentionQuery>();
expectTypeOf(paths).returns.toEqualTypeOf<PathsQuery>();
expectTypeOf(stickiness).returns.toEqualTypeOf<StickinessQuery>();
expectTypeOf(lifecycle).returns.toEqualTypeOf<LifecycleQuery>();
const insights = [insight({ key: "weekly", name: "Weekly", query: weekly }), insight({ key: "steps", name: "Steps", query: steps }), insight({ key: "viz", name: "Viz", query: viz })];
// @ts-expect-error a funnel is not a TrendsQuery
const notTrends: TrendsQuery = funnels({ series: [{ event: "viewed" }] });
// @ts-expect-error a math PostHog's schema does not have
trends({ series: [{ event: "signed up", math: "average" }] });

// EventDefinition takes the event name first, then the groups, as that tool's does.
const signedUp: EventDefinition<"signed up", readonly [typeof profile]> = eventDefinition({ name: "signed up", propertyGroups: [profile] });
expectTypeOf(eventDefinition({ name: "signed up", propertyGroups: [profile] })).toEqualTypeOf<EventDefinition<"signed up", readonly [typeof profile]>>();
expectTypeOf<EventDefinition<"signed up">["name"]>().toEqualTypeOf<"signed up">();
// @ts-expect-error the groups first is the other order
type GroupsFirst = EventDefinition<readonly [typeof profile], "signed up">;
const posthog = createTypedPostHog({ capture: (_event: string, _properties?: Record<string, unknown>) => undefined }, [signedUp]);
posthog.capture("signed up", { plan: "pro" });
// @ts-expect-error a property of the wrong type, through the annotated definition
posthog.capture("signed up", { plan: 3 });

// Text and button tiles as that tool's literals (`kind`), beside this SDK's (`type`, text(), button()).
const tiles: Tile[] = [
  { kind: "text", body: "Notes", layout, color: "blue" },
  { kind: "button", url: "https://acme.com/docs", text: "Docs", layout, placement: "right", style: "secondary" },
  { type: "text", body: "Typed" },
  text({ body: "Built", layout }),
  button({ url: "/docs", text: "Docs" }),
  { insight: insights[0]! },
];
const literalText: TextTile = { kind: "text", body: "Notes", layout };
const literalButton: ButtonTile = { kind: "button", url: "/pricing", text: "Pricing", layout };
dashboard({ key: "tiles", name: "Tiles", tiles: [...tiles, literalText, literalButton] });

/** Tiles each SDK type refuses, and the validator refuses as well. */
const refusedTiles: { tile: JsonObject; message: RegExp }[] = [];
function refuse(tile: Tile | JsonObject, message: RegExp): void {
  refusedTiles.push({ tile: tile as JsonObject, message });
}
// @ts-expect-error both tags at once
refuse({ kind: "text", type: "text", body: "Twice" } satisfies Tile, /kind: is another spelling of type, which is also given/);
// @ts-expect-error a tag neither spelling has
refuse({ kind: "txt", body: "Typo" } satisfies Tile, /kind: expected one of "text"/);
// @ts-expect-error a misspelt field on a kind-tagged tile
refuse({ kind: "text", body: "Colour", colour: "red" } satisfies Tile, /colour: is not a known field/);
// @ts-expect-error a content tile without its tag
refuse({ body: "Untagged" } satisfies Tile, /type: is required/);
// @ts-expect-error a button without its url
refuse({ kind: "button", text: "Docs" } satisfies Tile, /url: is required/);

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "posthog-tool-types-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURES = readdirSync(join(ROOT, "fixtures")).filter((name) => name.startsWith("posthog-tool"));
let diagnostics: string[] | undefined;

/**
 * One `tsc` over this file and every PostHog-tool-style fixture, with the project's own tsconfig
 * (strict, NodeNext) and `@posthog/definitions` resolved to the SDK's sources; its error lines.
 */
function typeCheck(): string[] {
  if (diagnostics) return diagnostics;
  const config = join(dir, "tsconfig.json");
  writeFileSync(config, JSON.stringify({
    extends: join(ROOT, "tsconfig.json"),
    compilerOptions: { noEmit: true, typeRoots: [join(ROOT, "node_modules", "@types")], paths: { "@posthog/definitions": [join(ROOT, "src", "sdk", "index.ts")] } },
    include: [fileURLToPath(import.meta.url), ...FIXTURES.map((fixture) => join(ROOT, "fixtures", fixture))],
  }));
  const run = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", config], { cwd: ROOT, encoding: "utf8" });
  diagnostics = `${run.stdout}${run.stderr}`.split("\n").filter((line) => line.trim() !== "");
  return diagnostics;
}

describe("the SDK's types of PostHog's tool's surface", () => {
  it("hold in this file: every accepted form compiles and every @ts-expect-error is an error (tsc with the project's tsconfig)", () => {
    expect(typeCheck().filter((line) => !line.startsWith("fixtures/"))).toEqual([]);
  }, 120_000);

  it("type-check every fixture written in PostHog's tool's style with the project's tsconfig", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(7);
    expect(typeCheck().filter((line) => line.startsWith("fixtures/"))).toEqual([]);
  }, 120_000);

  it("are what the builders return at run time, so a TrendsQuery-typed value is one", () => {
    expect(weekly).toEqual({ kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "signed up", math: "dau" }], interval: "week" });
    expect(steps.kind).toBe("FunnelsQuery");
    expect(notTrends.kind).toBe("FunnelsQuery");
    expect(signedUp).toMatchObject({ key: "signed up", name: "signed up" });
  });

  it("agree with the validator: kind-tagged tiles validate and mean what type-tagged ones do, and every tile the types refuse is refused", () => {
    const build = (key: string, tileList: JsonObject[]) => buildDesiredState([{ kind: "dashboards", key, spec: { key, name: key, tiles: tileList } }]);
    const kindTagged = build("kind", [{ kind: "text", body: "Notes", layout, color: "blue" }, { kind: "button", url: "/docs", text: "Docs", layout: { ...layout, x: 6 } }]);
    const typeTagged = build("kind", [{ type: "text", body: "Notes", layout, color: "blue" }, { type: "button", url: "/docs", text: "Docs", layout: { ...layout, x: 6 } }]);
    expect(kindTagged.diagnostics).toEqual([]);
    expect(kindTagged.resources).toEqual(typeTagged.resources);
    expect(refusedTiles).toHaveLength(5);
    for (const { tile, message } of refusedTiles) {
      const messages = build("refused", [tile]).diagnostics.map((d) => `${d.field}: ${d.message}`);
      expect({ tile, refused: messages.some((m) => message.test(m)) }).toEqual({ tile, refused: true });
    }
  });
});
