import { randomUUID } from "node:crypto";
import { isoNow } from "../clock.js";
import { serverError, validationError, type FieldPath } from "../errors.js";
import { coerceString, hasField, isTruthy, readChoice } from "../fields.js";
import { cloneJson, isRecord, type JsonRecord } from "../json.js";
import { allocateId, type ButtonRecord, type DashboardRecord, type TextRecord, type TileRecord } from "../state.js";
import { currentUser, EMULATOR_USER, type UserBasic } from "../users.js";
import { createTile, isTileLive } from "./dashboard-tiles.js";
import type { ResourceContext } from "./resource.js";

/** Tile keys a PATCH may set directly (PostHog's TILE_DISPLAY_FIELDS). */
export const TILE_DISPLAY_FIELDS = ["color", "layouts", "filters_overrides", "show_description", "transparent_background", "deleted"] as const;

const PATHNAME_PATTERN = /^\/[a-zA-Z0-9._~:/?#[\]@!$&'()*+,;=%-]*$/;

/**
 * One element of PATCH `tiles`, dispatched like PostHog's `_update_tiles`: a truthy `text` upserts a
 * text tile, a truthy `button_tile` a button tile, otherwise display keys update an existing tile and
 * any `insight` key is ignored. Text and button tiles are upserted with `update_or_create(id=…,
 * dashboard=…)` over every tile row of this dashboard, soft-deleted ones included; an id held by a
 * tile of another dashboard fails in the database (500). A display update whose id is missing or not
 * a tile of this dashboard is skipped silently (`_update_existing_tile_display_fields`).
 */
export function applyTilePatch(context: ResourceContext, dashboard: DashboardRecord, tileData: unknown): void {
  if (!isRecord(tileData)) throw serverError();
  if (isTruthy(tileData.text)) {
    upsertTile(context, dashboard, tileData, { text_id: upsertText(context, dashboard, tileData.text) });
  } else if (isTruthy(tileData.button_tile)) {
    upsertTile(context, dashboard, tileData, { button_id: upsertButton(context, dashboard, tileData.button_tile) });
  } else if (TILE_DISPLAY_FIELDS.some((key) => hasField(tileData, key))) {
    updateDisplayFields(context, dashboard, tileData);
  }
}

function resolveAuthorship(content: JsonRecord): { created_by: UserBasic; last_modified_by: UserBasic | null } {
  const createdBy = content.created_by;
  if (!isTruthy(createdBy)) return { created_by: currentUser(), last_modified_by: null };
  if (!isRecord(createdBy) || createdBy.id !== EMULATOR_USER.id) throw validationError(null, "User not found in this organization.");
  return { created_by: currentUser(), last_modified_by: currentUser() };
}

function upsertText(context: ResourceContext, dashboard: DashboardRecord, textJson: unknown): number {
  const { project, state } = context;
  if (!isRecord(textJson)) throw serverError();
  const authorship = resolveAuthorship(textJson);
  const body = hasField(textJson, "body")
    ? coerceString(textJson.body, ["text", "body"], {
        allowNull: true,
        allowBlank: true,
        maxLength: 4000,
        maxLengthMessage: "Text body cannot exceed 4000 characters",
      })
    : undefined;
  const now = isoNow();
  if (isTruthy(textJson.id)) {
    const text = project.texts.find((candidate) => candidate.id === textJson.id);
    if (text === undefined) throw validationError("text", "Text tile not found in this team.");
    const onDashboard = project.tiles.some((tile) => tile.dashboard_id === dashboard.id && tile.text_id === text.id && isTileLive(project, tile));
    if (!onDashboard) throw validationError("text", "Text tile not found.");
    if (body !== undefined) text.body = body;
    Object.assign(text, authorship, { last_modified_at: now });
    return text.id;
  }
  const text: TextRecord = { id: allocateId(state, "text"), body: body ?? null, ...authorship, last_modified_at: now };
  project.texts.push(text);
  return text.id;
}

function upsertButton(context: ResourceContext, dashboard: DashboardRecord, buttonJson: unknown): string {
  const { project } = context;
  if (!isRecord(buttonJson)) throw serverError();
  const authorship = resolveAuthorship(buttonJson);
  const url = readButtonUrl(buttonJson);
  const text = coerceRequired(buttonJson, "text", (value, path) =>
    coerceString(value, path, { maxLength: 200, maxLengthMessage: "Button text cannot exceed 200 characters" }),
  );
  const placement = readChoice(buttonJson, "placement", ["left", "right"], { path: ["button_tile", "placement"] }) ?? "left";
  const style = readChoice(buttonJson, "style", ["primary", "secondary"], { path: ["button_tile", "style"] });
  const now = isoNow();
  if (isTruthy(buttonJson.id)) {
    const button = project.buttons.find((candidate) => candidate.id === buttonJson.id);
    if (button === undefined) throw validationError("button_tile", "Button tile not found in this team.");
    const onDashboard = project.tiles.some((tile) => tile.dashboard_id === dashboard.id && tile.button_id === button.id && isTileLive(project, tile));
    if (!onDashboard) throw validationError("button_tile", "Button tile not found.");
    Object.assign(button, { url, text, placement, ...(style === undefined || style === null ? {} : { style }) }, authorship, { last_modified_at: now });
    return button.id;
  }
  const button: ButtonRecord = {
    id: randomUUID(),
    url,
    text,
    placement: String(placement),
    style: typeof style === "string" ? style : "primary",
    ...authorship,
    last_modified_at: now,
  };
  project.buttons.push(button);
  return button.id;
}

function coerceRequired(source: JsonRecord, key: string, coerce: (value: unknown, path: FieldPath) => string | null): string {
  const path = ["button_tile", key];
  if (!hasField(source, key)) throw validationError(path, "This field is required.", "required");
  const value = coerce(source[key], path);
  if (value === null) throw validationError(path, "This field may not be null.", "null");
  return value;
}

function readButtonUrl(buttonJson: JsonRecord): string {
  const url = coerceRequired(buttonJson, "url", (value, path) =>
    coerceString(value, path, { maxLength: 2000, maxLengthMessage: "Button URL cannot exceed 2000 characters" }),
  );
  if (url.startsWith("/")) {
    if (!PATHNAME_PATTERN.test(url)) throw validationError(["button_tile", "url"], "Pathname must start with / and contain valid URL path characters");
    return url;
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  const validHost = parsed !== undefined && (parsed.hostname === "localhost" || parsed.hostname.includes("."));
  if (parsed === undefined || !["http:", "https:"].includes(parsed.protocol) || !validHost) {
    throw validationError(["button_tile", "url"], "Must be a valid URL or a pathname starting with /");
  }
  return url;
}

function readDisplayValues(tileData: JsonRecord): Partial<TileRecord> {
  const values: Partial<TileRecord> = {};
  for (const key of TILE_DISPLAY_FIELDS) {
    if (!hasField(tileData, key)) continue;
    const value = tileData[key];
    if (key === "layouts") values.layouts = isRecord(value) ? cloneJson(value) : (value as JsonRecord);
    else if (key === "filters_overrides") values.filters_overrides = cloneJson(value);
    else if (key === "color") {
      if (value !== null && (typeof value !== "string" || value.length > 400)) throw serverError();
      values.color = value;
    } else {
      if (value !== null && typeof value !== "boolean") throw serverError();
      values[key] = value;
    }
  }
  return values;
}


/** A tile row of this dashboard with the given id, soft-deleted or not (`objects_including_soft_deleted`). */
function findOwnTile(context: ResourceContext, dashboard: DashboardRecord, id: unknown): TileRecord | undefined {
  return context.project.tiles.find((candidate) => candidate.id === id && candidate.dashboard_id === dashboard.id);
}

function upsertTile(context: ResourceContext, dashboard: DashboardRecord, tileData: JsonRecord, link: Partial<TileRecord>): void {
  const { project, state } = context;
  const values = { ...readDisplayValues(tileData), ...link };
  const id = tileData.id;
  if (id !== undefined && id !== null) {
    const tile = findOwnTile(context, dashboard, id);
    if (tile !== undefined) {
      const linksAnotherKind = (link.text_id !== undefined && tile.text_id === null) || (link.button_id !== undefined && tile.button_id === null);
      if (linksAnotherKind) throw serverError();
      Object.assign(tile, values);
      return;
    }
    if (project.tiles.some((candidate) => candidate.id === id)) throw serverError();
  }
  createTile(state, project, { dashboard_id: dashboard.id, ...values });
}

function updateDisplayFields(context: ResourceContext, dashboard: DashboardRecord, tileData: JsonRecord): void {
  const tile = tileData.id === undefined || tileData.id === null ? undefined : findOwnTile(context, dashboard, tileData.id);
  if (tile !== undefined) Object.assign(tile, readDisplayValues(tileData));
}
