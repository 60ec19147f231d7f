import { notFound } from "../errors.js";
import type { JsonRecord } from "../json.js";

/**
 * DRF's `PageNumberPagination` with a viewset's fixed `page_size` (no `page_size` parameter):
 * `?page=N`, 1-based, a 404 "Invalid page." past the end; `limit` and `offset` are ignored.
 */
export function paginateByPage(items: readonly unknown[], requestUrl: URL, pageSize: number): JsonRecord {
  const raw = requestUrl.searchParams.get("page");
  const number = raw === null || raw === "last" ? (raw === "last" ? Math.max(1, Math.ceil(items.length / pageSize)) : 1) : Number(raw);
  if (!Number.isInteger(number) || number < 1 || (number > 1 && (number - 1) * pageSize >= items.length)) throw notFound("Invalid page.");
  const link = (page: number) => {
    const url = new URL(requestUrl);
    if (page === 1) url.searchParams.delete("page");
    else url.searchParams.set("page", String(page));
    return url.toString();
  };
  return {
    count: items.length,
    next: number * pageSize < items.length ? link(number + 1) : null,
    previous: number > 1 ? link(number - 1) : null,
    results: items.slice((number - 1) * pageSize, number * pageSize),
  };
}
