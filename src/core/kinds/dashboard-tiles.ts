import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { textOrEmpty } from "../normalize.js";
import { isApiFailure, type ProjectApi } from "../ports.js";
import type { ConvergeContext } from "./kind.js";

/** A tile's box on PostHog's 12-column grid (its `sm` layout). */
export interface Layout extends JsonObject {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A layout only when all four numbers are there; PostHog stores partial or missing ones. */
export function readLayout(value: JsonValue | undefined): Layout | undefined {
  if (!isJsonObject(value)) return undefined;
  const { x, y, w, h } = value;
  if (typeof x !== "number" || typeof y !== "number" || typeof w !== "number" || typeof h !== "number") return undefined;
  return { x, y, w, h };
}

/** What a tile shows, without the display settings (layout, colour) that are written by tile id. */
function contentOnly(tile: JsonObject): JsonObject {
  const { layout: _layout, color: _color, ...content } = tile;
  return content;
}

/**
 * The display settings a desired tile manages, as a PATCH of `tiles` writes them: its layout and
 * its colour, each only when the definition gives one (PostHog places a tile without a layout).
 */
function displayOf(tile: JsonObject): JsonObject {
  const out: JsonObject = {};
  if (tile.layout !== undefined) out.layouts = layoutsOf(tile);
  if (tile.color !== undefined) out.color = tile.color;
  return out;
}

/** Whether a live tile shows a desired tile's declared display settings already. */
function sameDisplay(live: JsonObject, wanted: JsonObject): boolean {
  const current = observedTile(live, () => undefined) ?? {};
  return (wanted.layout === undefined || isDeepEqual(current.layout, wanted.layout)) && (wanted.color === undefined || current.color === wanted.color);
}

/** A live tile in the canonical shape plans compare; undefined for removed and unknown tiles. */
export function observedTile(tile: JsonObject, keyOfInsight: (id: string | number) => string | undefined): JsonObject | undefined {
  if (tile.deleted === true) return undefined;
  const base: JsonObject = {};
  const l = readLayout(isJsonObject(tile.layouts) ? tile.layouts.sm : undefined);
  if (l) base.layout = l;
  if (typeof tile.color === "string" && tile.color !== "") base.color = tile.color;
  if (isJsonObject(tile.insight)) {
    const id = tile.insight.id as number;
    // An insight the tool does not manage keeps a visible placeholder, so its tile shows as drift.
    return { ...base, type: "insight", insight: keyOfInsight(id) ?? `#${id}` };
  }
  if (isJsonObject(tile.button_tile)) {
    const b = tile.button_tile;
    return {
      ...base,
      type: "button",
      text: textOrEmpty(b.text),
      url: textOrEmpty(b.url),
      placement: typeof b.placement === "string" ? b.placement : "left",
      style: typeof b.style === "string" ? b.style : "primary",
    };
  }
  if (isJsonObject(tile.text)) return { ...base, type: "text", body: textOrEmpty(tile.text.body) };
  return undefined;
}

function tileBody(tile: JsonObject): JsonObject {
  if (tile.type === "text") return { text: { body: tile.body as string } };
  return { button_tile: { text: tile.text as string, url: tile.url as string, placement: tile.placement as string, style: tile.style as string } };
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
    await api.post(`dashboards/${dashboardId}/create_text_tile/`, { body, layouts: layoutsOf(tile), ...(tile.color !== undefined ? { color: tile.color } : {}) });
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
    if (!sameDisplay(tile, wanted.tile)) patches.push({ id: tile.id as JsonValue, ...displayOf(wanted.tile) });
  }

  const liveContent = live.filter((t) => !isJsonObject(t.insight));
  const contentOf = (t: JsonObject) => observedTile(t, () => undefined);
  const wantedContent = desired.filter((t) => t.type !== "insight");
  const unmatched: JsonObject[] = [];
  for (const wanted of wantedContent) {
    const same = liveContent.find((t) => !claimed.has(t.id as JsonValue) && isDeepEqual(contentOnly(contentOf(t) ?? {}), contentOnly(wanted)));
    if (!same) {
      unmatched.push(wanted);
      continue;
    }
    claimed.add(same.id as JsonValue);
    if (!sameDisplay(same, wanted)) patches.push({ id: same.id as JsonValue, ...displayOf(wanted) });
  }
  const newTexts: JsonObject[] = [];
  for (const wanted of unmatched) {
    // Reuse a stray tile of the same type before creating one, so edits do not churn tile ids.
    const reusable = liveContent.find((t) => !claimed.has(t.id as JsonValue) && contentOf(t)?.type === wanted.type);
    if (reusable) {
      claimed.add(reusable.id as JsonValue);
      const body = tileBody(wanted);
      if (wanted.type === "text" && isJsonObject(reusable.text)) (body.text as JsonObject).id = reusable.text.id as JsonValue;
      patches.push({ id: reusable.id as JsonValue, ...body, ...displayOf(wanted) });
    } else if (wanted.type === "text") {
      newTexts.push(wanted);
    } else {
      patches.push({ ...tileBody(wanted), layouts: layoutsOf(wanted), ...displayOf(wanted) });
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
export async function convergeTiles({ api, id, fields, idOf }: ConvergeContext): Promise<void> {
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
      if (!(await createTextTile(api, id, wanted))) patches.push({ ...tileBody(wanted), layouts: layoutsOf(wanted), ...displayOf(wanted) });
    }
    if (patches.length > 0) await api.patch(`dashboards/${id}/`, { tiles: patches }, { idempotent: patches.every((p) => p.id !== undefined) });
  }
}
