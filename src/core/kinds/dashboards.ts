import { buildTagPayload, normalizeUserTags, readIdentityTag } from "../identity.js";
import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef, type Address } from "../model.js";
import { flagOr, textOrEmpty } from "../normalize.js";
import type { FieldChange } from "../plan/types.js";
import { anyOf, arrayOf, boolean, number, object, oneOf, ref, required, string } from "../schema.js";
import { compactSpec, slugKey, specCall, specRef, unlessDefault } from "../spec.js";
import { isApiFailure, type ProjectApi } from "../ports.js";
import { defineKind } from "./define.js";
import type { ConvergeContext, KindModule } from "./kind.js";

const GRID_COLUMNS = 12;

const layout = object(
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
);

const insightTile = object({ type: oneOf("insight"), insight: required(ref("insights", "insight")), layout });
const textTile = object({ type: required(oneOf("text")), body: required(string({ max: 4000 })), layout });
const buttonTile = object({
  type: required(oneOf("button")),
  text: required(string({ max: 200, nonEmpty: true })),
  url: required(string({ max: 2000, pattern: /^(https?:\/\/|\/)/, patternHint: "must be an http(s) URL or a path starting with /" })),
  placement: oneOf("left", "right"),
  layout,
});

interface Layout extends JsonObject {
  x: number;
  y: number;
  w: number;
  h: number;
}

function readLayout(value: JsonValue | undefined): Layout | undefined {
  if (!isJsonObject(value)) return undefined;
  const { x, y, w, h } = value;
  if (typeof x !== "number" || typeof y !== "number" || typeof w !== "number" || typeof h !== "number") return undefined;
  return { x, y, w, h };
}

/** Content identity of a tile, used to sort tiles and to pair desired with live text tiles. */
function describeTile(tile: JsonObject): string {
  if (tile.type === "insight") return `insight:${tile.insight as string}`;
  if (tile.type === "text") return `text:${tile.body as string}`;
  return `button:${tile.text as string}:${tile.url as string}:${tile.placement as string}`;
}

function withoutLayout(tile: JsonObject): JsonObject {
  const { layout: _layout, ...content } = tile;
  return content;
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

function observedTile(tile: JsonObject, keyOfInsight: (id: string | number) => string | undefined): JsonObject | undefined {
  if (tile.deleted === true) return undefined;
  const base: JsonObject = {};
  const l = readLayout(isJsonObject(tile.layouts) ? tile.layouts.sm : undefined);
  if (l) base.layout = l;
  if (isJsonObject(tile.insight)) {
    const id = tile.insight.id as number;
    // An insight the tool does not manage keeps a visible placeholder, so its tile shows as drift.
    return { ...base, type: "insight", insight: keyOfInsight(id) ?? `#${id}` };
  }
  if (isJsonObject(tile.button_tile)) {
    const b = tile.button_tile;
    return { ...base, type: "button", text: textOrEmpty(b.text), url: textOrEmpty(b.url), placement: typeof b.placement === "string" ? b.placement : "left" };
  }
  if (isJsonObject(tile.text)) return { ...base, type: "text", body: textOrEmpty(tile.text.body) };
  return undefined;
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

function tileBody(tile: JsonObject): JsonObject {
  if (tile.type === "text") return { text: { body: tile.body as string } };
  return { button_tile: { text: tile.text as string, url: tile.url as string, placement: tile.placement as string } };
}

function layoutsOf(tile: JsonObject): JsonObject {
  const l = readLayout(tile.layout);
  return l ? { sm: l } : {};
}

/**
 * Adds an existing insight to the dashboard. PostHog has no dashboard-side call for it (`copy_tile`
 * needs a tile on another dashboard and copies that tile's colour and filter overrides too), so the
 * insight's deprecated `dashboards` list is written, which PostHog still accepts. That list must
 * name every dashboard the insight is on: `_update_insight_dashboards` removes the insight from each
 * one left out, managed or not. They are read from `dashboard_tiles`, which every read carries, while
 * `dashboards` itself is left out of API-key reads once PostHog enforces its opt-in.
 */
async function linkInsight(api: ProjectApi, insightId: string | number, dashboardId: string | number): Promise<void> {
  const insight = await api.get(`insights/${insightId}/`);
  let current: JsonValue[];
  if (Array.isArray(insight?.dashboard_tiles)) {
    current = insight.dashboard_tiles.filter(isJsonObject).filter((t) => t.deleted !== true && t.dashboard_id !== undefined).map((t) => t.dashboard_id as JsonValue);
  } else if (Array.isArray(insight?.dashboards)) {
    current = insight.dashboards;
  } else {
    throw new Error(`insight ${insightId} lists neither dashboard_tiles nor dashboards, so adding it to dashboard ${dashboardId} could remove it from others; nothing was sent`);
  }
  await api.patch(`insights/${insightId}/`, { dashboards: [...new Set([...current, dashboardId as JsonValue])] });
}

/**
 * Creates a text tile with the dashboard's `create_text_tile` action, a POST the client never
 * resends: after an uncertain failure apply runs the converge again, which re-reads the tiles and
 * finds the one this call created. Its serializer refuses blank bodies, and servers older than the
 * action answer 404 (nothing created), so those tiles go into the PATCH instead; true when it was
 * created here.
 */
async function createTextTile(api: ProjectApi, dashboardId: string | number, tile: JsonObject): Promise<boolean> {
  const body = tile.body as string;
  if (body === "") return false;
  try {
    await api.post(`dashboards/${dashboardId}/create_text_tile/`, { body, layouts: layoutsOf(tile) });
    return true;
  } catch (error) {
    if (isApiFailure(error) && error.status === 404 && !error.uncertain) return false;
    throw error;
  }
}

/** An insight a dashboard should show, with its id once it exists. */
interface WantedInsight {
  tile: JsonObject;
  id: string | number | undefined;
}

/**
 * The tile writes that take a dashboard's live tiles (oldest first) to the desired ones: `patches`
 * for one PATCH of `tiles`, and text tiles to create with `create_text_tile`. Equal live tiles are
 * claimed oldest first, so two runs computing this from the same tiles keep the same ones.
 */
function planTileWrites(live: JsonObject[], desired: JsonObject[], wantedInsights: WantedInsight[]): { patches: JsonObject[]; newTexts: JsonObject[] } {
  const patches: JsonObject[] = [];
  const claimed = new Set<JsonValue>();
  for (const wanted of wantedInsights) {
    const tile = live.find((t) => isJsonObject(t.insight) && t.insight.id === wanted.id && !claimed.has(t.id as JsonValue));
    if (!tile) continue;
    claimed.add(tile.id as JsonValue);
    const current = readLayout(isJsonObject(tile.layouts) ? tile.layouts.sm : undefined);
    if (!isDeepEqual(current, readLayout(wanted.tile.layout))) patches.push({ id: tile.id as JsonValue, layouts: layoutsOf(wanted.tile) });
  }

  const liveContent = live.filter((t) => !isJsonObject(t.insight));
  const contentOf = (t: JsonObject) => observedTile(t, () => undefined);
  const wantedContent = desired.filter((t) => t.type !== "insight");
  const unmatched: JsonObject[] = [];
  for (const wanted of wantedContent) {
    const same = liveContent.find((t) => !claimed.has(t.id as JsonValue) && isDeepEqual(withoutLayout(contentOf(t) ?? {}), withoutLayout(wanted)));
    if (!same) {
      unmatched.push(wanted);
      continue;
    }
    claimed.add(same.id as JsonValue);
    if (!isDeepEqual(contentOf(same)?.layout, wanted.layout)) patches.push({ id: same.id as JsonValue, layouts: layoutsOf(wanted) });
  }
  const newTexts: JsonObject[] = [];
  for (const wanted of unmatched) {
    // Reuse a stray tile of the same type before creating one, so edits do not churn tile ids.
    const reusable = liveContent.find((t) => !claimed.has(t.id as JsonValue) && contentOf(t)?.type === wanted.type);
    if (reusable) {
      claimed.add(reusable.id as JsonValue);
      const body = tileBody(wanted);
      if (wanted.type === "text" && isJsonObject(reusable.text)) (body.text as JsonObject).id = reusable.text.id as JsonValue;
      patches.push({ id: reusable.id as JsonValue, ...body, layouts: layoutsOf(wanted) });
    } else if (wanted.type === "text") {
      newTexts.push(wanted);
    } else {
      patches.push({ ...tileBody(wanted), layouts: layoutsOf(wanted) });
    }
  }
  for (const tile of live) {
    if (!claimed.has(tile.id as JsonValue)) patches.push({ id: tile.id as JsonValue, deleted: true });
  }
  return { patches, newTexts };
}

/** Read-and-write rounds of one tile converge: the writes, then checks that catch a racing run's tiles. */
const TILE_ROUNDS = 3;

/**
 * Links missing insights, then sets every tile's content and layout and removes stray tiles in one
 * PATCH of `tiles` (display updates and `deleted` by tile id are idempotent, and unlike `delete_tile`
 * do not compact the layouts of the tiles that stay), and creates new text tiles with
 * `create_text_tile`. A `tiles` entry without an id always creates a tile (`_update_tiles`), so a
 * PATCH holding one (new button tiles) is marked not idempotent and never resent; every write is
 * computed from a fresh read, so apply's re-run after an uncertain failure sends only what is still
 * missing. After writing it reads the tiles again and converges once more if another run wrote the
 * same dashboard meanwhile (both keep the oldest of equal tiles). Nothing is sent to any other
 * dashboard.
 */
async function convergeTiles({ api, id, fields, idOf }: ConvergeContext): Promise<void> {
  const desired = (fields.tiles as JsonObject[]) ?? [];
  const readTiles = async (): Promise<JsonObject[]> => {
    const dashboard = await api.get(`dashboards/${id}/`);
    const tiles = (Array.isArray(dashboard?.tiles) ? dashboard.tiles : []).filter(isJsonObject).filter((t) => t.deleted !== true);
    return tiles.sort((a, b) => Number(a.id) - Number(b.id));
  };
  const wantedInsights = desired.filter((t) => t.type === "insight").map((t) => ({ tile: t, id: idOf({ kind: "insights", key: t.insight as string }) }));

  for (let round = 1; ; round++) {
    let live = await readTiles();
    const liveInsightIds = new Set(live.filter((t) => isJsonObject(t.insight)).map((t) => (t.insight as JsonObject).id));
    const missing = wantedInsights.filter((wanted) => wanted.id !== undefined && !liveInsightIds.has(wanted.id));
    let { patches, newTexts } = planTileWrites(live, desired, wantedInsights);
    if (missing.length === 0 && patches.length === 0 && newTexts.length === 0) return;
    if (round === TILE_ROUNDS) throw new Error(`the tiles of dashboard ${String(id)} kept changing while this apply wrote them (is another run writing it?); plan again`);
    if (missing.length > 0) {
      for (const wanted of missing) await linkInsight(api, wanted.id!, id);
      live = await readTiles();
      ({ patches, newTexts } = planTileWrites(live, desired, wantedInsights));
    }
    for (const wanted of newTexts) {
      if (!(await createTextTile(api, id, wanted))) patches.push({ ...tileBody(wanted), layouts: layoutsOf(wanted) });
    }
    if (patches.length > 0) await api.patch(`dashboards/${id}/`, { tiles: patches }, { idempotent: patches.every((p) => p.id !== undefined) });
  }
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
  readme: { resource: "Dashboards", sdk: "`dashboard()` with `text()`, `button()` and insight tiles", identity: "tag" },
  ui: { path: "dashboard" },
  api: { collection: "dashboards", remove: "soft", readDetail: true },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: required(string({ max: 400, nonEmpty: true })),
    description: string(),
    pinned: boolean,
    tags: arrayOf(string({ max: 255 })),
    tiles: arrayOf(anyOf(insightTile, textTile, buttonTile)),
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
