import { findResourceHogQL, type HogQLString } from "../hogql.js";
import { getKind } from "../kinds/index.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import type { DesiredResource } from "../model.js";

/** One HogQL text to check, with every resource field that holds it. */
export interface MetadataCheck {
  text: string;
  grammar: HogQLString["grammar"];
  holders: { resource: DesiredResource; field: string }[];
}

/** A problem PostHog's metadata check reported, at an offset (UTF-16 code units) into the text. */
export interface MetadataProblem {
  severity: "error" | "warning";
  message: string;
  offset: number;
}

/** Placeholders (`{filters}`, `{variables.x}`) need values PostHog takes from the saved query's context. */
const PLACEHOLDER = /\{\s*[A-Za-z_][\w.]*\s*\}/;

/**
 * The distinct HogQL texts of the resources (`hogql()` insights, endpoints,
 * HogQL property filters in cohorts, flags and insights), each checked once
 * however many resources hold it. Texts with placeholders are left out
 * (counted), since their values are not part of the definition, and so are the texts of resources
 * that reference a table this apply may create (a warehouse view), counted with them.
 */
export function collectMetadataChecks(resources: readonly DesiredResource[]): { checks: MetadataCheck[]; withPlaceholders: number } {
  const byText = new Map<string, MetadataCheck>();
  let withPlaceholders = 0;
  for (const resource of resources) {
    const readsNewTable = resource.dependsOn.some((address) => getKind(address.kind).hogqlTable === true);
    for (const hogql of findResourceHogQL(resource.fields, getKind(resource.kind).hogqlSelects)) {
      if (readsNewTable || PLACEHOLDER.test(hogql.text)) {
        withPlaceholders++;
        continue;
      }
      const id = `${hogql.grammar}\u0000${hogql.text}`;
      const check = byText.get(id) ?? { text: hogql.text, grammar: hogql.grammar, holders: [] };
      check.holders.push({ resource, field: hogql.field });
      byText.set(id, check);
    }
  }
  return { checks: [...byText.values()], withPlaceholders };
}

/** The query API body for PostHog's `HogQLMetadata` check of one text; `hogQLExpr` checks an expression on `events`. */
export function metadataQuery(check: MetadataCheck): JsonObject {
  return { query: { kind: "HogQLMetadata", language: check.grammar === "select" ? "hogQL" : "hogQLExpr", query: check.text } };
}

/** PostHog counts offsets in code points (Python strings); JavaScript counts UTF-16 code units. */
function toUtf16(text: string, codePoints: number): number {
  return Array.from(text).slice(0, Math.max(0, codePoints)).join("").length;
}

/**
 * The errors and warnings of a `HogQLMetadataResponse` (`{message, start, end, fix}`
 * notices); a notice without a position points at the start of the text.
 */
export function readMetadataProblems(text: string, response: JsonObject): MetadataProblem[] {
  const read = (notices: JsonValue | undefined, severity: MetadataProblem["severity"]): MetadataProblem[] =>
    (Array.isArray(notices) ? notices : []).filter(isJsonObject).map((notice) => ({
      severity,
      message: typeof notice.message === "string" ? notice.message : "unknown problem",
      offset: typeof notice.start === "number" ? toUtf16(text, notice.start) : 0,
    }));
  return [...read(response.errors, "error"), ...read(response.warnings, "warning")];
}
