import { validationError } from "../errors.js";
import { readChoice, readList, readRequestBody } from "../fields.js";
import type { JsonRecord } from "../json.js";
import { applyBulkTagAction, normalizeTagNames } from "../tags.js";
import { ok, type ResourceContext, type ResourceResponse } from "./resource.js";

/**
 * `POST {resource}/bulk_update_tags/` for the viewsets that opt in (feature flags, event definitions):
 * add, remove or set tags on up to 500 objects, reporting which ids were skipped.
 */
export function handleBulkTagUpdate<T extends { tags: string[] }>(
  context: ResourceContext,
  records: readonly T[],
  idOf: (record: T) => string | number,
  serialize: (record: T) => JsonRecord,
): ResourceResponse {
  const body = readRequestBody(context.body);
  const ids = readList(body, "ids", { required: true }) ?? [];
  if (ids.length > 500) throw validationError("ids", "Ensure this field has no more than 500 elements.", "max_length");
  const action = readChoice(body, "action", ["add", "remove", "set"], { required: true });
  const rawTags = readList(body, "tags", { required: true }) ?? [];
  if (rawTags.length > 100) throw validationError("tags", "Ensure this field has no more than 100 elements.", "max_length");
  const tags = normalizeTagNames(rawTags);
  if (ids.length * tags.length > 10_000) throw validationError(null, "Too many tag assignments in one request (ids × tags must be at most 10000).");

  const updated: JsonRecord[] = [];
  const skipped: JsonRecord[] = [];
  for (const id of ids) {
    const record = records.find((candidate) => String(idOf(candidate)) === String(id));
    if (record === undefined) {
      skipped.push({ id, reason: "Not found or no edit access" });
      continue;
    }
    record.tags = applyBulkTagAction(record.tags, String(action), tags);
    updated.push({ id: idOf(record), tags: serialize(record).tags });
  }
  return ok({ updated, skipped });
}
