import { buildTagPayload, normalizeUserTags, readIdentityTag } from "../identity.js";
import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef, type Address } from "../model.js";
import { flagOr, textOrEmpty } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { anyOf, arrayOf, boolean, number, object, oneOf, ref, required, sdkType, string } from "../schema.js";
import { compactSpec, slugKey, specCall, specRef, unlessDefault } from "../spec.js";
import { convergeTiles, observedTile, readLayout } from "./dashboard-tiles.js";
import { defineKind } from "./define.js";
import type { KindModule } from "./kind.js";

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
), { name: "Layout", doc: "A position on the dashboard's 12-column grid." });

const insightTile = sdkType(object({ type: oneOf("insight"), insight: required(ref("insights", "insight")), layout }), { name: "InsightTile", doc: "A tile that shows an insight." });
const textTile = sdkType(object({ type: required(oneOf("text")), body: required(string({ max: 4000 })), layout }), { name: "TextTile", doc: "A markdown text tile." });
const buttonTile = sdkType(object({
  type: required(oneOf("button")),
  text: required(string({ max: 200, nonEmpty: true })),
  url: required(string({ max: 2000, pattern: /^(https?:\/\/|\/)/, patternHint: "must be an http(s) URL or a path starting with /" })),
  placement: oneOf("left", "right"),
  layout,
}), { name: "ButtonTile", doc: "A link button tile." });
const tile = sdkType(anyOf(insightTile, textTile, buttonTile), { name: "Tile", doc: "Any dashboard tile." });

/** Content identity of a tile, used to sort tiles and to pair desired with live text tiles. */
function describeTile(tile: JsonObject): string {
  if (tile.type === "insight") return `insight:${tile.insight as string}`;
  if (tile.type === "text") return `text:${tile.body as string}`;
  return `button:${tile.text as string}:${tile.url as string}:${tile.placement as string}`;
}

/** Tiles sort by position, then content, so the order users write them in does not matter. */
function sortTiles(tiles: JsonObject[]): JsonObject[] {
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
 * Tiles written without a layout are placed deterministically below the laid-out
 * ones, two per row, the way PostHog's "reorder" places tiles.
 */
function placeTiles(tiles: JsonObject[]): JsonObject[] {
  let bottom = 0;
  for (const tile of tiles) {
    const l = readLayout(tile.layout);
    if (l) bottom = Math.max(bottom, l.y + l.h);
  }
  let slot = 0;
  return tiles.map((tile) => {
    if (readLayout(tile.layout)) return tile;
    const placed = { ...tile, layout: { x: (slot % 2) * 6, y: bottom + Math.floor(slot / 2) * 5, w: 6, h: 5 } };
    slot++;
    return placed;
  });
}

/** Text and button strings as PostHog stores them: its CharFields strip surrounding whitespace. */
function desiredTile(tile: JsonObject): JsonObject {
  const base: JsonObject = {};
  const l = readLayout(tile.layout);
  if (l) base.layout = l;
  if (tile.type === "text") return { ...base, type: "text", body: (tile.body as string).trim() };
  if (tile.type === "button") {
    return { ...base, type: "button", text: (tile.text as string).trim(), url: (tile.url as string).trim(), placement: (tile.placement as string | undefined) ?? "left" };
  }
  return { ...base, type: "insight", insight: readRef(tile.insight)?.key ?? "" };
}

/** A canonical tile as users write it: `text()`/`button()` calls, or an insight reference. */
function specTile(tile: JsonObject, warn: (message: string) => void): JsonValue | undefined {
  if (tile.type === "insight" && (tile.insight as string).startsWith("#")) {
    warn(`a tile shows insight ${tile.insight as string}, which is not pulled; the tile is left out`);
    return undefined;
  }
  const layout = readLayout(tile.layout);
  if (!layout) warn(`${tile.type === "insight" ? `the tile of insight ${tile.insight as string}` : `a ${tile.type as string} tile`} has no layout in PostHog; apply will place it below the others`);
  if (tile.type === "text") return specCall("text", compactSpec({ body: tile.body, layout }));
  if (tile.type === "button") {
    return specCall("button", compactSpec({ text: tile.text, url: tile.url, placement: unlessDefault(tile.placement, "left"), layout }));
  }
  return compactSpec({ insight: specRef("insights", tile.insight as string), layout });
}

function summarizeDashboard(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (!changes.some((c) => c.path.startsWith("tiles"))) return [];
  const label = (t: JsonObject) => (t.type === "insight" ? `insight ${t.insight as string}` : t.type === "text" ? `text "${String(t.body).slice(0, 40)}"` : `button "${t.text as string}"`);
  const beforeTiles = (before?.tiles as JsonObject[] | undefined) ?? [];
  const afterTiles = (after?.tiles as JsonObject[] | undefined) ?? [];
  const lines: string[] = [];
  const keys = (tiles: JsonObject[]) => tiles.map((t) => describeTile(t));
  const beforeKeys = keys(beforeTiles);
  const afterKeys = keys(afterTiles);
  afterTiles.forEach((t, i) => {
    if (!beforeKeys.includes(afterKeys[i]!)) lines.push(`+ tile: ${label(t)}`);
  });
  beforeTiles.forEach((t, i) => {
    if (!afterKeys.includes(beforeKeys[i]!)) lines.push(`- tile: ${label(t)}`);
  });
  const moved = afterTiles.filter((t, i) => {
    const j = beforeKeys.indexOf(afterKeys[i]!);
    return j >= 0 && !isDeepEqual(beforeTiles[j]?.layout, t.layout);
  });
  if (moved.length > 0) lines.push(`~ layout of ${moved.length} tile(s)`);
  return lines;
}

/** Dashboards with insight, text and button tiles, tagged `iac:dashboards:<key>`. */
export const dashboards: KindModule<"dashboards"> = defineKind({
  name: "dashboards",
  label: "dashboard",
  constructorName: "dashboard",
  folder: "dashboards",
  references: ["insights"],
  sdk: { spec: "DashboardSpec", doc: "Fields of `dashboard()`.", alias: { name: "Dashboard", doc: "A defined dashboard." }, constructorDoc: "Defines a dashboard and its tiles." },
  readme: { resource: "Dashboards", sdk: "`dashboard()` with `text()`, `button()` and insight tiles", identity: "tag" },
  ui: { path: "dashboard" },
  api: { collection: "dashboards", remove: "soft", readDetail: true },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: required(string({ max: 400, nonEmpty: true })),
    description: string(),
    pinned: boolean,
    tags: arrayOf(string({ max: 255 })),
    tiles: arrayOf(tile),
  }),
  validate(spec, report) {
    const seen = new Map<string, number>();
    (Array.isArray(spec.tiles) ? spec.tiles : []).forEach((tile, i) => {
      const address = isJsonObject(tile) ? readRef(tile.insight) : undefined;
      if (!address) return;
      const first = seen.get(address.key);
      if (first !== undefined) report(`tiles.${i}.insight`, `insight "${address.key}" is already on this dashboard (tile ${first + 1}); PostHog allows one tile per insight`);
      else seen.set(address.key, i);
    });
  },
  toDesired(spec) {
    const tiles = (Array.isArray(spec.tiles) ? spec.tiles : []).filter(isJsonObject).map(desiredTile);
    const dependsOn: Address[] = tiles.filter((t) => t.type === "insight").map((t) => ({ kind: "insights", key: t.insight as string }));
    return {
      fields: {
        name: textOrEmpty(spec.name),
        description: textOrEmpty(spec.description),
        pinned: flagOr(spec.pinned, false),
        tags: normalizeUserTags(spec.tags),
        tiles: sortTiles(placeTiles(tiles)),
      },
      dependsOn,
    };
  },
  identify(raw) {
    return readIdentityTag("dashboards", raw.tags);
  },
  toObserved(raw, lookup) {
    const tiles = (Array.isArray(raw.tiles) ? raw.tiles : [])
      .filter(isJsonObject)
      .map((t) => observedTile(t, (id) => lookup.keyOf("insights", id)))
      .filter((t): t is JsonObject => t !== undefined);
    return {
      name: textOrEmpty(raw.name),
      description: textOrEmpty(raw.description),
      pinned: flagOr(raw.pinned, false),
      tags: normalizeUserTags(raw.tags),
      tiles: sortTiles(tiles),
    };
  },
  toPayload(key, fields) {
    return {
      name: fields.name as string,
      description: fields.description as string,
      pinned: fields.pinned as boolean,
      tags: buildTagPayload("dashboards", key, fields.tags),
    };
  },
  proposeKey(raw) {
    return slugKey(raw.name, `dashboard-${String(raw.id)}`);
  },
  toSpec(fields, key, warn) {
    const tiles = (fields.tiles as JsonObject[]).map((tile) => specTile(tile, warn)).filter((t): t is JsonValue => t !== undefined);
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      pinned: unlessDefault(fields.pinned, false),
      tags: unlessDefault(fields.tags, []),
      tiles: unlessDefault(tiles, []),
    });
  },
  converge: convergeTiles,
  summarize: summarizeDashboard,
});
