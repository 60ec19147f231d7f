import { mark } from "../mark.js";
import type { Insight } from "./insights.js";

/** A position on the dashboard's 12-column grid. */
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
}

/** A markdown text tile. */
export interface TextTile {
  type: "text";
  body: string;
  layout?: Layout;
}

/** A link button tile. */
export interface ButtonTile {
  type: "button";
  text: string;
  url: string;
  placement?: "left" | "right";
  layout?: Layout;
}

/** Any dashboard tile. */
export type Tile = InsightTile | TextTile | ButtonTile;

/** Fields of `dashboard()`. */
export interface DashboardSpec {
  key: string;
  name: string;
  description?: string;
  pinned?: boolean;
  tags?: string[];
  tiles?: Tile[];
}

/** A defined dashboard. */
export type Dashboard = DashboardSpec;

/** Defines a dashboard and its tiles. */
export function dashboard(spec: DashboardSpec): Dashboard {
  return mark("dashboards", spec);
}

/** A markdown text tile. */
export function text(spec: Omit<TextTile, "type">): TextTile {
  return { type: "text", ...spec };
}

/** A link button tile. */
export function button(spec: Omit<ButtonTile, "type">): ButtonTile {
  return { type: "button", ...spec };
}
