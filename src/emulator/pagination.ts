/** The LimitOffset envelope PostHog's list endpoints return. */
export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/** PostHog's PAGE_SIZE. */
const DEFAULT_PAGE_SIZE = 100;

function readPositiveInt(raw: string | null, strict: boolean): number | undefined {
  if (raw === null || !/^\s*\d+\s*$/.test(raw)) return undefined;
  const value = Number.parseInt(raw, 10);
  if (strict && value === 0) return undefined;
  return value;
}

/**
 * Slices `items` the way DRF's LimitOffsetPagination does, building absolute `next`/`previous`
 * links from the request URL so clients can follow them verbatim. `defaultLimit` is a viewset's own
 * `default_limit` (annotations: 1000), used when the request sends no `limit`.
 */
export function paginate<T>(items: readonly T[], requestUrl: URL, defaultLimit = DEFAULT_PAGE_SIZE): Page<T> {
  const limit = readPositiveInt(requestUrl.searchParams.get("limit"), true) ?? defaultLimit;
  const offset = readPositiveInt(requestUrl.searchParams.get("offset"), false) ?? 0;
  const count = items.length;

  let next: string | null = null;
  if (offset + limit < count) {
    const url = new URL(requestUrl);
    url.searchParams.set("limit", String(limit));
    url.searchParams.set("offset", String(offset + limit));
    next = url.toString();
  }

  let previous: string | null = null;
  if (offset > 0) {
    const url = new URL(requestUrl);
    url.searchParams.set("limit", String(limit));
    if (offset - limit <= 0) url.searchParams.delete("offset");
    else url.searchParams.set("offset", String(offset - limit));
    previous = url.toString();
  }

  return { count, next, previous, results: items.slice(offset, offset + limit) };
}
