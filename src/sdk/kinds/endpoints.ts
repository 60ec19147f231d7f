import { mark } from "../mark.js";
import type { InsightQuery } from "../queries.js";

/** Fields of `endpoint()`. */
export interface Endpoint {
  key: string;
  /** The URL path segment: a letter, then up to 127 letters, digits, "_" or "-". */
  name: string;
  description?: string;
  query: InsightQuery | { kind: string; [field: string]: unknown };
  is_active?: boolean;
  data_freshness_seconds?: 900 | 1800 | 3600 | 21600 | 43200 | 86400 | 604800;
}

/** Defines an endpoint (a named query exposed as an API). */
export function endpoint(spec: Endpoint): Endpoint {
  return mark("endpoints", spec);
}
