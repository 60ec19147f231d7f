import { checkEdgeWhitespace } from "../char-field.js";
import { buildTagPayload, normalizeUserTags, readIdentityTag } from "../identity.js";
import { isDeepEqual, isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import { readRef, type Address } from "../model.js";
import { dropNulls, flagOr, textOrEmpty, valueOr } from "../normalize.js";
import type { FieldChange, GridTile } from "../plan/types.js";
import { arrayOf, boolean, field, json, nullable, number, object, oneOf, recordOf, required, sdkType, string } from "../schema.js";
import { compactSpec, slugKey, unlessDefault } from "../spec.js";
import { checkAliases, readAliased, type AliasPairs } from "./aliases.js";
import { convergeTemplateFields, declaredTemplate, observedTemplate, specTemplate, TEMPLATE, templatePayload, templateTags } from "./dashboard-template-use.js";
import { comparedTiles, describeTile, desiredTile, INSIGHT_LAYOUTS, packTiles, sortTiles, specTile, TILE } from "./dashboard-tile-specs.js";
import { convergeTiles, observedTile, readLayout } from "./dashboard-tiles.js";
import { defineKind } from "./define.js";
import type { ConvergeContext, KindModule } from "./kind.js";

/** `restriction_level` by the names PostHog's tool gives it (`DashboardPrivilegeLevel`). */
const RESTRICTION_LEVELS: Record<string, number> = { everyone: 21, collaborators: 37 };

/** The camelCase spellings PostHog's tool uses for dashboard fields. */
const ALIASES: AliasPairs = [["breakdown_colors", "breakdownColors"]];

/**
 * Dashboard settings PostHog keeps until they are changed, compared only when declared: a filter
 * or variable set cannot be cleared by sending an empty one (`create` and `update` ignore a falsy
 * value), and restriction and colours are often set in PostHog's UI.
 */
const DECLARED_ONLY = ["filters", "variables", "restriction_level", "breakdown_colors", "data_color_theme_id"] as const;

/** A declared restriction as its level, from either spelling. */
function restrictionLevel(spec: JsonObject): JsonValue | undefined {
  if (spec.restriction_level !== undefined) return spec.restriction_level;
  return typeof spec.restriction === "string" ? RESTRICTION_LEVELS[spec.restriction] : undefined;
}

/** A JSON setting as compared: PostHog's nulls left out. */
function canonicalSetting(value: JsonValue | undefined): JsonValue | undefined {
  return value === undefined ? undefined : dropNulls(value);
}

/** How a reviewer recognises a tile: "insight weekly-signups", "text \"Updated weekly.\"". */
function labelTile(t: JsonObject): string {
  return t.type === "insight" ? `insight ${t.insight as string}` : t.type === "text" ? `text "${String(t.body).slice(0, 40)}"` : `button "${t.text as string}"`;
}

/** The tiles on PostHog's 12-column grid; a repeated tile (two equal text tiles) is told apart by its occurrence. */
function gridOf(fields: JsonObject): { columns: number; tiles: GridTile[] } {
  const seen = new Map<string, number>();
  const tiles = ((fields.tiles as JsonObject[] | undefined) ?? []).map((tile): GridTile => {
    const content = describeTile(tile);
    const occurrence = seen.get(content) ?? 0;
    seen.set(content, occurrence + 1);
    const box = readLayout(tile.layout);
    return { id: `${content}\u0000${occurrence}`, label: labelTile(tile), ...(box ? { box } : {}) };
  });
  return { columns: 12, tiles };
}

function summarizeDashboard(changes: readonly FieldChange[], before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  if (!changes.some((c) => c.path.startsWith("tiles"))) return [];
  const beforeTiles = (before?.tiles as JsonObject[] | undefined) ?? [];
  const afterTiles = (after?.tiles as JsonObject[] | undefined) ?? [];
  const lines: string[] = [];
  const keys = (tiles: JsonObject[]) => tiles.map((t) => describeTile(t));
  const beforeKeys = keys(beforeTiles);
  const afterKeys = keys(afterTiles);
  afterTiles.forEach((t, i) => {
    if (!beforeKeys.includes(afterKeys[i]!)) lines.push(`+ tile: ${labelTile(t)}`);
  });
  beforeTiles.forEach((t, i) => {
    if (!afterKeys.includes(beforeKeys[i]!)) lines.push(`- tile: ${labelTile(t)}`);
  });
  const moved = afterTiles.filter((t, i) => {
    const j = beforeKeys.indexOf(afterKeys[i]!);
    return j >= 0 && !isDeepEqual(beforeTiles[j]?.layout, t.layout);
  });
  if (moved.length > 0) lines.push(`~ layout of ${moved.length} tile(s)`);
  return lines;
}

/**
 * After the dashboard's own write: its variables, which PostHog ignores on create (`create` reads
 * them only on update), then its tiles.
 */
async function convergeDashboard(context: ConvergeContext): Promise<void> {
  const { api, id, fields } = context;
  let live = fields.template === undefined ? context.live : await convergeTemplateFields(context);
  if (fields.variables !== undefined) {
    live ??= await api.get(`dashboards/${id}/`);
    if (!isDeepEqual(canonicalSetting(live?.variables) ?? {}, fields.variables)) live = await api.patch(`dashboards/${id}/`, { variables: fields.variables });
  }
  if (fields.tiles !== undefined) await convergeTiles({ ...context, live });
}

/** Dashboards with insight, text and button tiles, tagged `iac:dashboards:<key>`. */
export const dashboards: KindModule<"dashboards"> = defineKind({
  name: "dashboards",
  label: "dashboard",
  constructorName: "dashboard",
  folder: "dashboards",
  // Not "dashboard-templates": a dashboard that names a template declares it, so that kind is read
  // anyway, and listing it would make every plan with a dashboard need `dashboard_template:read`.
  references: ["insights"],
  sdk: { spec: "DashboardSpec", doc: "Fields of `dashboard()`.", alias: { name: "Dashboard", doc: "A defined dashboard." }, constructorDoc: "Defines a dashboard and its tiles." },
  readme: { resource: "Dashboards", sdk: "`dashboard()` with `text()`, `button()` and insight tiles", identity: "tag" },
  ui: { path: "dashboard" },
  activityScope: "Dashboard",
  api: { collection: "dashboards", remove: "soft", readDetail: true },
  schema: object({
    key: required(string({ pattern: /^[a-zA-Z0-9_.-]+$/, patternHint: "use letters, digits, '-', '_' and '.'", max: 200 })),
    name: required(string({ max: 400, nonEmpty: true })),
    description: string(),
    pinned: boolean,
    tags: arrayOf(string({ max: 255 })),
    filters: field(sdkType(recordOf(json), { type: "{ [field: string]: unknown }" }), { doc: "Dashboard-wide filters (date range, properties); compared only when declared." }),
    variables: field(sdkType(recordOf(json), { type: "{ [field: string]: unknown }" }), { doc: "Values of the dashboard's insight variables; compared only when declared." }),
    restriction: field(oneOf("everyone", "collaborators"), { doc: "Who may edit: PostHog's tool's name for `restriction_level` 21 or 37." }),
    restriction_level: field(oneOf(21, 37), { doc: "21: everyone in the project can edit; 37: only collaborators. Compared only when declared." }),
    breakdown_colors: field(json, { doc: "Colours of breakdown values across the dashboard, as PostHog stores them; compared only when declared." }),
    breakdownColors: field(arrayOf(object({ value: required(string()), color: required(string()) })), { doc: "PostHog's tool's form of `breakdown_colors`, sent as written." }),
    data_color_theme_id: field(nullable(number({ integer: true })), { doc: "The id of the project's colour theme to use; compared only when declared." }),
    dataColorThemeKey: field(string(), { doc: "Accepted and not sent, as in PostHog's tool: PostHog names themes by id (`data_color_theme_id`)." }),
    insightLayout: field(oneOf(...INSIGHT_LAYOUTS), { doc: "Packs every tile in written order as PostHog's `reorder_tiles` does: two 6×5 columns or full-width 12×5 rows; `preserve` (the default) keeps written layouts." }),
    tiles: arrayOf(TILE),
    template: TEMPLATE,
  }),
  validate(spec, report) {
    checkEdgeWhitespace(spec, { name: "name", description: "description" }, report);
    checkAliases(spec, ALIASES, report);
    const level = typeof spec.restriction === "string" ? RESTRICTION_LEVELS[spec.restriction] : undefined;
    if (level !== undefined && spec.restriction_level !== undefined && spec.restriction_level !== level) {
      report("restriction", `means restriction_level ${level}, but restriction_level ${String(spec.restriction_level)} is also given; give only one`);
    }
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
    const template = declaredTemplate(spec);
    if (template !== undefined) dependsOn.push({ kind: "dashboard-templates", key: readRef(spec.template)!.key });
    const fields: JsonObject = {
      name: textOrEmpty(spec.name),
      description: textOrEmpty(spec.description),
      pinned: flagOr(spec.pinned, false),
      tags: normalizeUserTags(spec.tags),
      tiles: sortTiles(packTiles(tiles, textOrEmpty(spec.insightLayout))),
    };
    // A template's tiles belong to the dashboard: they are compared only when tiles are declared too.
    if (template !== undefined) {
      fields.template = template;
      if (spec.tiles === undefined) delete fields.tiles;
    }
    const declared: Record<(typeof DECLARED_ONLY)[number], JsonValue | undefined> = {
      filters: canonicalSetting(spec.filters),
      variables: canonicalSetting(spec.variables),
      restriction_level: restrictionLevel(spec),
      breakdown_colors: canonicalSetting(readAliased(spec, "breakdown_colors", "breakdownColors")),
      data_color_theme_id: spec.data_color_theme_id,
    };
    for (const [name, value] of Object.entries(declared)) if (value !== undefined) fields[name] = value;
    return { fields, dependsOn };
  },
  declaredOnly: [...DECLARED_ONLY, "tiles"],
  compare(live, desired) {
    return { ...live, tiles: comparedTiles(live.tiles, desired.tiles) };
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
      filters: canonicalSetting(raw.filters) ?? {},
      variables: canonicalSetting(raw.variables) ?? {},
      restriction_level: valueOr(raw.restriction_level, 21),
      breakdown_colors: canonicalSetting(raw.breakdown_colors) ?? [],
      data_color_theme_id: valueOr(raw.data_color_theme_id, null),
      ...observedTemplate(raw),
    };
  },
  // An update sends the fields that differ (tiles are converged apart) and always the tags, which
  // carry the identity (adoption and owner stamps write it).
  toPayload(key, fields, lookup, action, before) {
    const payload: JsonObject = {
      name: fields.name as string,
      description: fields.description as string,
      pinned: fields.pinned as boolean,
      tags: [...buildTagPayload("dashboards", key, fields.tags), ...templateTags(fields)],
    };
    for (const name of DECLARED_ONLY) if (fields[name] !== undefined) payload[name] = fields[name]!;
    if (action === "create" || before === undefined) return { ...payload, ...templatePayload(fields, lookup) };
    return Object.fromEntries(Object.entries(payload).filter(([name]) => name === "tags" || !isDeepEqual(before[name], fields[name])));
  },
  joinedBy: { kind: "insights", field: "dashboards" },
  proposeKey(raw) {
    return slugKey(raw.name, `dashboard-${String(raw.id)}`);
  },
  toSpec(fields, key, warn) {
    const tiles = fields.template === undefined ? (fields.tiles as JsonObject[]).map((tile) => specTile(tile, warn)).filter((t): t is JsonValue => t !== undefined) : [];
    return compactSpec({
      key,
      name: fields.name,
      description: unlessDefault(fields.description, ""),
      pinned: unlessDefault(fields.pinned, false),
      tags: unlessDefault(fields.tags, []),
      filters: unlessDefault(fields.filters, {}),
      variables: unlessDefault(fields.variables, {}),
      restriction_level: unlessDefault(fields.restriction_level, 21),
      breakdown_colors: unlessDefault(fields.breakdown_colors, []),
      data_color_theme_id: unlessDefault(fields.data_color_theme_id, null),
      tiles: unlessDefault(tiles, []),
      ...specTemplate(fields),
    });
  },
  converge: convergeDashboard,
  grid: gridOf,
  summarize: summarizeDashboard,
});
