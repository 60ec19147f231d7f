import { mark } from "../mark.js";
import type { InsightQuery } from "../queries.js";

/** Fields of `insight()`. */
export interface InsightSpec {
  key: string;
  name: string;
  description?: string;
  query: InsightQuery;
  tags?: string[];
}

/** A defined insight; pass it to dashboard tiles to place it. */
export type Insight = InsightSpec;

/** Defines an insight. It becomes one resource however many dashboards show it. */
export function insight(spec: InsightSpec): Insight {
  return mark("insights", spec);
}
