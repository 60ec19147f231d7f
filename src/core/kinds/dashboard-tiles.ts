import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { textOrEmpty } from "../normalize.js";
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
 * `dashboards` itself is left out of API-key reads once PostHog enforces its opt-in. The read and the
 * write hold the insight's key, so two dashboards of one apply never write its list from one read.
 */
async function linkInsight({ api, exclusive }: ConvergeContext, insightId: string | number, dashboardId: string | number): Promise<void> {
  const link = async () => {
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
  };
  await (exclusive ? exclusive(`insights/${String(insightId)}`, link) : link());
}

/** An insight a dashboard should show, with its id once it exists. */
interface WantedInsight {
  tile: JsonObject;
  id: string | number | undefined;
}

/**
 * The `tiles` entries of one PATCH that take a dashboard's live tiles (oldest first) to the desired
 * ones. Equal live tiles are claimed oldest first, so two runs computing this from the same tiles
 * keep the same ones.
 */
function planTileWrites(live: JsonObject[], desired: JsonObject[], wantedInsights: WantedInsight[]): JsonObject[] {
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
  for (const wanted of unmatched) {
    // Reuse a stray tile of the same type before creating one, so edits do not churn tile ids.
    const reusable = liveContent.find((t) => !claimed.has(t.id as JsonValue) && contentOf(t)?.type === wanted.type);
    if (reusable) {
      claimed.add(reusable.id as JsonValue);
      const body = tileBody(wanted);
      if (wanted.type === "text" && isJsonObject(reusable.text)) (body.text as JsonObject).id = reusable.text.id as JsonValue;
      patches.push({ id: reusable.id as JsonValue, ...body, ...displayOf(wanted) });
    } else {
      patches.push({ ...tileBody(wanted), layouts: layoutsOf(wanted), ...displayOf(wanted) });
    }
  }
  for (const tile of live) {
    if (!claimed.has(tile.id as JsonValue)) patches.push({ id: tile.id as JsonValue, deleted: true });
  }
  return patches;
}

/** The live tiles of a dashboard as PostHog serves them (a read or a write's answer), oldest first. */
function liveTilesOf(dashboard: JsonObject | undefined): JsonObject[] {
  const tiles = (Array.isArray(dashboard?.tiles) ? dashboard.tiles : []).filter(isJsonObject).filter((t) => t.deleted !== true);
  return tiles.sort((a, b) => Number(a.id) - Number(b.id));
}

/**
 * The tiles the insights that joined this dashboard at their create have on it, from their create
 * answers (`dashboard_tiles`): PostHog made each with empty layouts and no colour.
 */
function joinedTiles(joined: readonly JsonObject[], dashboardId: string | number): JsonObject[] {
  return joined.flatMap((insight) =>
    (Array.isArray(insight.dashboard_tiles) ? insight.dashboard_tiles : [])
      .filter(isJsonObject)
      .filter((t) => t.deleted !== true && String(t.dashboard_id) === String(dashboardId))
      .map((t): JsonObject => ({ id: t.id as JsonValue, insight: { id: insight.id as JsonValue }, layouts: {}, color: null })),
  );
}

/** Read-and-write rounds of one tile converge: the writes, then checks that catch a racing run's tiles. */
const TILE_ROUNDS = 3;

/**
 * Links missing insights, then sets every tile's content and layout, creates new text and button
 * tiles and removes stray tiles in one PATCH of `tiles` (display updates and `deleted` by tile id are
 * idempotent, and unlike `delete_tile` do not compact the layouts of the tiles that stay). A `tiles`
 * entry without an id always creates a tile (`_update_tiles`), so a PATCH holding one is marked not
 * idempotent and never resent; every write is computed from a fresh read, so apply's re-run after an
 * uncertain failure sends only what is still missing. It starts from what the step's own write
 * answered when there is one (a new dashboard's create, plus the tiles its insights made when they
 * joined it), and the PATCH's answer, which carries every tile, is the check that catches another
 * run writing the same dashboard meanwhile (both keep the oldest of equal tiles). Nothing is sent to
 * any other dashboard.
 */
export async function convergeTiles(context: ConvergeContext): Promise<void> {
  const { api, id, fields, idOf } = context;
  const desired = (fields.tiles as JsonObject[]) ?? [];
  const readTiles = async (): Promise<JsonObject[]> => liveTilesOf(await api.get(`dashboards/${id}/`));
  const wantedInsights = desired.filter((t) => t.type === "insight").map((t) => ({ tile: t, id: idOf({ kind: "insights", key: t.insight as string }) }));
  const known = context.live && [...liveTilesOf(context.live), ...joinedTiles(context.joined ?? [], id)];
  let live = known ? [...new Map(known.map((t) => [String(t.id), t])).values()].sort((a, b) => Number(a.id) - Number(b.id)) : await readTiles();
  // A start from answers gets the rounds a start from a read gets, plus its own.
  const rounds = TILE_ROUNDS + (known ? 1 : 0);

  for (let round = 1; ; round++) {
    const liveInsightIds = new Set(live.filter((t) => isJsonObject(t.insight)).map((t) => (t.insight as JsonObject).id));
    const missing = wantedInsights.filter((wanted) => wanted.id !== undefined && !liveInsightIds.has(wanted.id));
    let patches = planTileWrites(live, desired, wantedInsights);
    if (missing.length === 0 && patches.length === 0) return;
    if (round === rounds) throw new Error(`the tiles of dashboard ${String(id)} kept changing while this apply wrote them (is another run writing it?); plan again`);
    if (missing.length > 0) {
      for (const wanted of missing) await linkInsight(context, wanted.id!, id);
      live = await readTiles();
      patches = planTileWrites(live, desired, wantedInsights);
    }
    if (patches.length === 0) continue;
    const answer = await api.patch(`dashboards/${id}/`, { tiles: patches }, { idempotent: patches.every((p) => p.id !== undefined) });
    live = Array.isArray(answer.tiles) ? liveTilesOf(answer) : await readTiles();
  }
}
