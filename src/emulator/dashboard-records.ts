// Rows of the dashboards and insights tables, which tiles join; the rest of the state is in state.ts.
import type { JsonRecord } from "./json.js";
import type { UserBasic } from "./users.js";

/** A dashboard row, including soft-deleted ones. */
export interface DashboardRecord {
  id: number;
  name: string | null;
  description: string;
  pinned: boolean;
  created_at: string;
  created_by: UserBasic | null;
  last_accessed_at: string | null;
  deleted: boolean;
  creation_mode: string;
  filters: JsonRecord;
  variables: JsonRecord | null;
  breakdown_colors: unknown;
  data_color_theme_id: number | null;
  tags: string[];
  restriction_level: number;
  quick_filter_ids: string[] | null;
  last_refresh: string | null;
}

/** A dashboard tile; exactly one of insight_id, text_id and button_id is set. `deleted` is nullable as in PostHog. */
export interface TileRecord {
  id: number;
  dashboard_id: number;
  insight_id: number | null;
  text_id: number | null;
  button_id: string | null;
  layouts: JsonRecord;
  color: string | null;
  show_description: boolean | null;
  transparent_background: boolean | null;
  filters_overrides: unknown;
  deleted: boolean | null;
}

/** The markdown body behind a text tile. */
export interface TextRecord {
  id: number;
  body: string | null;
  created_by: UserBasic | null;
  last_modified_by: UserBasic | null;
  last_modified_at: string;
}

/** The link behind a button tile. */
export interface ButtonRecord {
  id: string;
  url: string;
  text: string;
  placement: string;
  style: string;
  created_by: UserBasic | null;
  last_modified_by: UserBasic | null;
  last_modified_at: string;
}

/** An insight row, including soft-deleted ones. */
export interface InsightRecord {
  id: number;
  short_id: string;
  name: string | null;
  derived_name: string | null;
  description: string | null;
  query: JsonRecord | null;
  filters: JsonRecord;
  tags: string[];
  favorited: boolean;
  saved: boolean;
  deleted: boolean;
  order: number | null;
  created_at: string;
  created_by: UserBasic | null;
  updated_at: string;
  last_modified_at: string;
  last_modified_by: UserBasic | null;
  is_sample: boolean;
}
