import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef } from "../model.js";
import { anyOf, field, nullable, number, object, oneOf, ref, required, sdkType, string, type Field, type Schema } from "../schema.js";
import { compactSpec, specCall, specRef, unlessDefault } from "../spec.js";
import { readLayout } from "./dashboard-tiles.js";

const GRID_COLUMNS = 12;

const layout = sdkType(object(
  {
    x: required(number({ integer: true, min: 0, max: GRID_COLUMNS - 1 })),
    y: required(number({ integer: true, min: 0 })),
    w: required(number({ integer: true, min: 1, max: GRID_COLUMNS })),
    h: required(number({ integer: true, min: 1 })),
  },
  {
    extra(value, path, report) {
      if (typeof value.x === "number" && typeof value.w === "number" && value.x + value.w > GRID_COLUMNS) {
        report(`${path}.w`, `x + w must fit the ${GRID_COLUMNS}-column grid (x ${value.x} + w ${value.w} = ${value.x + value.w})`);
      }
    },
  },
), { name: "Layout", doc: "A position on the dashboard's 12-column grid; a tile without one is placed by PostHog, and its position is left alone." });

const color = field(nullable(string({ max: 400 })), { doc: "The tile's colour (PostHog's tile `color`); left alone when not given." });

const insightTile = sdkType(object({ type: oneOf("insight"), insight: required(ref("insights", "insight")), layout, color }), { name: "InsightTile", doc: "A tile that shows an insight." });
/**
 * A content tile in both spellings of its tag: `type`, or `kind` as PostHog's tool writes its
 * `TextTile` and `ButtonTile`. Exactly one of them, so a tile reads as one thing.
 */
function contentTile(tag: "text" | "button", fields: Record<string, Schema | Field>, sdk: { name: string; doc: string }): Schema {
  return sdkType(anyOf(object({ type: required(oneOf(tag)), kind: otherTag("type"), ...fields }), object({ kind: required(oneOf(tag)), type: otherTag("kind"), ...fields })), sdk);
}

/** The other spelling of a tile's tag beside `given`: refused, and `never` in the SDK, so giving both is an error in both. */
function otherTag(given: string): Schema {
  return sdkType({ describe: "nothing", form: { kind: "json" }, check: (_value, path, report) => report(path, `is another spelling of ${given}, which is also given; give only one`) }, { type: "never" });
}

const textTile = contentTile("text", { body: required(string({ max: 4000 })), layout, color }, { name: "TextTile", doc: "A markdown text tile (`kind: \"text\"` is PostHog's tool's spelling of `type`)." });
const buttonTile = contentTile("button", {
  text: required(string({ max: 200, nonEmpty: true })),
  url: required(string({ max: 2000, pattern: /^(https?:\/\/|\/)/, patternHint: "must be an http(s) URL or a path starting with /" })),
  placement: oneOf("left", "right"),
  style: oneOf("primary", "secondary"),
  layout,
  color,
}, { name: "ButtonTile", doc: "A link button tile (`kind: \"button\"` is PostHog's tool's spelling of `type`)." });

/** Any dashboard tile, as a definition writes it. */
export const TILE = sdkType(anyOf(insightTile, textTile, buttonTile), { name: "Tile", doc: "Any dashboard tile." });

/** How PostHog's `reorder_tiles` packs tiles; `preserve` keeps each tile's own layout. */
export const INSIGHT_LAYOUTS = ["preserve", "two_column", "full_width"] as const;

/** Content identity of a tile, used to sort tiles and to pair desired with live ones. */
export function describeTile(tile: JsonObject): string {
  if (tile.type === "insight") return `insight:${tile.insight as string}`;
  if (tile.type === "text") return `text:${tile.body as string}`;
  return `button:${tile.text as string}:${tile.url as string}:${tile.placement as string}`;
}

/** Tiles sort by position, then content, so the order users write them in does not matter. */
export function sortTiles(tiles: JsonObject[]): JsonObject[] {
  const position = (t: JsonObject): [number, number] => {
    const l = readLayout(t.layout);
    return l ? [l.y, l.x] : [Number.MAX_SAFE_INTEGER, 0];
  };
  return [...tiles].sort((a, b) => {
    const [ya, xa] = position(a);
    const [yb, xb] = position(b);
    if (ya !== yb) return ya - yb;
    if (xa !== xb) return xa - xb;
    const da = describeTile(a);
    const db = describeTile(b);
    return da < db ? -1 : da > db ? 1 : 0;
  });
}

/**
 * The layouts `reorder_tiles` gives tiles in this order (`_apply_reorder_layout`): 6×5 boxes two
 * per row, or 12×5 boxes one per row. `insightLayout` packs every tile this way, as it does in
 * PostHog's tool, overriding layouts written on the tiles.
 */
export function packTiles(tiles: JsonObject[], mode: string): JsonObject[] {
  if (mode !== "two_column" && mode !== "full_width") return tiles;
  return tiles.map((tile, i) => ({
    ...tile,
    layout: mode === "two_column" ? { x: (i % 2) * 6, y: Math.floor(i / 2) * 5, w: 6, h: 5 } : { x: 0, y: i * 5, w: GRID_COLUMNS, h: 5 },
  }));
}

/** A tile tagged `type` whichever spelling it was written in; text and button strings as PostHog stores them (its CharFields strip surrounding whitespace). */
export function desiredTile(tile: JsonObject): JsonObject {
  const base: JsonObject = {};
  const l = readLayout(tile.layout);
  if (l) base.layout = l;
  if (typeof tile.color === "string" && tile.color !== "") base.color = tile.color;
  const type = tile.type ?? tile.kind;
  if (type === "text") return { ...base, type: "text", body: (tile.body as string).trim() };
  if (type === "button") {
    return {
      ...base,
      type: "button",
      text: (tile.text as string).trim(),
      url: (tile.url as string).trim(),
      placement: (tile.placement as string | undefined) ?? "left",
      style: (tile.style as string | undefined) ?? "primary",
    };
  }
  return { ...base, type: "insight", insight: readRef(tile.insight)?.key ?? "" };
}

/**
 * The live tiles as a definition is compared with them: a tile whose definition gives no layout
 * or no colour leaves that setting to PostHog (its own placement, a colour set in the UI), so the
 * live one is not compared. Live tiles are paired with desired ones by content.
 */
export function comparedTiles(live: JsonValue | undefined, desired: JsonValue | undefined): JsonValue {
  const open = new Map<string, JsonObject[]>();
  for (const tile of (Array.isArray(desired) ? desired : []).filter(isJsonObject)) open.set(describeTile(tile), [...(open.get(describeTile(tile)) ?? []), tile]);
  const tiles = (Array.isArray(live) ? live : []).filter(isJsonObject).map((tile) => {
    const wanted = open.get(describeTile(tile))?.shift();
    if (!wanted) return tile;
    const out: JsonObject = { ...tile };
    if (wanted.layout === undefined) delete out.layout;
    if (wanted.color === undefined) delete out.color;
    return out;
  });
  return sortTiles(tiles);
}

/** A canonical tile as users write it: `text()`/`button()` calls, or an insight reference. */
export function specTile(tile: JsonObject, warn: (message: string) => void): JsonValue | undefined {
  if (tile.type === "insight" && (tile.insight as string).startsWith("#")) {
    warn(`a tile shows insight ${tile.insight as string}, which is not pulled; the tile is left out`);
    return undefined;
  }
  const display = { layout: readLayout(tile.layout), color: tile.color };
  if (tile.type === "text") return specCall("text", compactSpec({ body: tile.body, ...display }));
  if (tile.type === "button") {
    return specCall("button", compactSpec({ text: tile.text, url: tile.url, placement: unlessDefault(tile.placement, "left"), style: unlessDefault(tile.style, "primary"), ...display }));
  }
  return compactSpec({ insight: specRef("insights", tile.insight as string), ...display });
}
