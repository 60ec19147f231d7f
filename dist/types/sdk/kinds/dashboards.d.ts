import type { JsonValue } from "../json.js";
import type { DashboardTemplateSpec } from "./dashboard-templates.js";
import type { Insight } from "./insights.js";
/** A position on the dashboard's 12-column grid; a tile without one is placed by PostHog, and its position is left alone. */
export interface Layout {
    x: number;
    y: number;
    w: number;
    h: number;
}
/** A tile that shows an insight. */
export interface InsightTile {
    type?: "insight";
    insight: Insight;
    layout?: Layout;
    /** The tile's colour (PostHog's tile `color`); left alone when not given. */
    color?: string | null;
}
/** A markdown text tile (`kind: "text"` is PostHog's tool's spelling of `type`). */
export type TextTile = {
    type: "text";
    kind?: never;
    body: string;
    layout?: Layout;
    color?: string | null;
} | {
    kind: "text";
    type?: never;
    body: string;
    layout?: Layout;
    color?: string | null;
};
/** A link button tile (`kind: "button"` is PostHog's tool's spelling of `type`). */
export type ButtonTile = {
    type: "button";
    kind?: never;
    text: string;
    url: string;
    placement?: "left" | "right";
    style?: "primary" | "secondary";
    layout?: Layout;
    color?: string | null;
} | {
    kind: "button";
    type?: never;
    text: string;
    url: string;
    placement?: "left" | "right";
    style?: "primary" | "secondary";
    layout?: Layout;
    color?: string | null;
};
/** Any dashboard tile. */
export type Tile = InsightTile | TextTile | ButtonTile;
/** Fields of `dashboard()`. */
export interface DashboardSpec {
    key: string;
    name: string;
    description?: string;
    pinned?: boolean;
    tags?: string[];
    /** Dashboard-wide filters (date range, properties); compared only when declared. */
    filters?: {
        [field: string]: unknown;
    };
    /** Values of the dashboard's insight variables; compared only when declared. */
    variables?: {
        [field: string]: unknown;
    };
    /** Who may edit: PostHog's tool's name for `restriction_level` 21 or 37. */
    restriction?: "everyone" | "collaborators";
    /** 21: everyone in the project can edit; 37: only collaborators. Compared only when declared. */
    restriction_level?: 21 | 37;
    /** Colours of breakdown values across the dashboard, as PostHog stores them; compared only when declared. */
    breakdown_colors?: JsonValue;
    /** PostHog's tool's form of `breakdown_colors`, sent as written. */
    breakdownColors?: {
        value: string;
        color: string;
    }[];
    /** The id of the project's colour theme to use; compared only when declared. */
    data_color_theme_id?: number | null;
    /** Accepted and not sent, as in PostHog's tool: PostHog names themes by id (`data_color_theme_id`). */
    dataColorThemeKey?: string;
    /** Packs every tile in written order as PostHog's `reorder_tiles` does: two 6×5 columns or full-width 12×5 rows; `preserve` (the default) keeps written layouts. */
    insightLayout?: "preserve" | "two_column" | "full_width";
    tiles?: Tile[];
    /** The dashboard template the dashboard is created from; its tiles then belong to the dashboard and are compared only when `tiles` is declared too. */
    template?: DashboardTemplateSpec;
}
/** A defined dashboard. */
export type Dashboard = DashboardSpec;
/** Defines a dashboard and its tiles. */
export declare function dashboard(spec: DashboardSpec): Dashboard;
