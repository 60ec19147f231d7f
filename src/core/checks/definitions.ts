import type { Diagnostic } from "../diagnostics.js";
import { formatAddress, type DesiredResource } from "../model.js";
import { NUMERIC_MATH, type NameReference, type PropertyScope } from "./references.js";
import { suggestNames } from "./suggest.js";

/** What the project has seen: each event definition (ingested or only declared) and each property's type. */
export interface ProjectCatalog {
  /** Event name → whether ingestion has seen it (`last_seen_at` set); absent when the list could not be read. */
  events?: ReadonlyMap<string, boolean>;
  /** Property name → PostHog's `property_type` (null when unknown), per scope; absent when unreadable. */
  properties?: Readonly<Record<PropertyScope, ReadonlyMap<string, string | null>>>;
  /** Names to suggest when a property is missing (the most used ones PostHog lists first). */
  propertySuggestions?: Readonly<Record<PropertyScope, readonly string[]>>;
}

/** A reference found in one resource, so findings can name its file and field. */
export interface LocatedReference {
  resource: DesiredResource;
  reference: NameReference;
}

const NUMERIC_OPERATORS = new Set(["gt", "gte", "lt", "lte"]);
const DATE_OPERATORS = new Set(["is_date_before", "is_date_after", "is_date_exact"]);

function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length === 0 ? "" : `; did you mean ${suggestions.map((name) => `\`${name}\``).join(" or ")}?`;
}

/**
 * Warnings for names this environment never ingested, with the nearest names
 * it has, and for properties used against their type (a numeric operator or a
 * sum on a String property). Each warning names its resource and field; the
 * caller places it on its line. One warning per name and field.
 */
export function checkNames(references: readonly LocatedReference[], catalog: ProjectCatalog): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const ingestedEvents = catalog.events ? [...catalog.events].filter(([, ingested]) => ingested).map(([name]) => name) : [];
  for (const { resource, reference } of references) {
    const id = `${formatAddress(resource)}|${reference.field}|${reference.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const warn = (code: string, message: string) =>
      diagnostics.push({ severity: "warning", code, message, field: reference.field, resource: formatAddress(resource), ...(resource.source ? { source: resource.source } : {}) });
    if (reference.what === "event") {
      if (!catalog.events || catalog.events.get(reference.name) === true) continue;
      const declared = catalog.events.has(reference.name);
      const state = declared ? "is defined but was never ingested" : "was never ingested";
      warn("unknown-event", `event \`${reference.name}\` ${state} in this project${didYouMean(suggestNames(reference.name, ingestedEvents))}`);
      continue;
    }
    const known = catalog.properties?.[reference.scope];
    if (!known) continue;
    const label = `${reference.scope} property \`${reference.name}\``;
    if (!known.has(reference.name)) {
      const candidates = [...(catalog.propertySuggestions?.[reference.scope] ?? []), ...known.keys()];
      warn("unknown-property", `${label} was never ingested in this project${didYouMean(suggestNames(reference.name, candidates))}`);
      continue;
    }
    const type = known.get(reference.name);
    if (!type) continue;
    const operator = reference.operator ?? "";
    if (reference.use === "math" && NUMERIC_MATH.has(operator) && type !== "Numeric") {
      warn("property-type", `\`${operator}\` of ${label} needs numbers, but PostHog types it ${type}`);
    } else if (reference.use === "filter" && NUMERIC_OPERATORS.has(operator) && type !== "Numeric") {
      warn("property-type", `\`${operator}\` compares numbers, but ${label} is a ${type} property`);
    } else if (reference.use === "filter" && DATE_OPERATORS.has(operator) && type !== "DateTime") {
      warn("property-type", `\`${operator}\` compares dates, but ${label} is a ${type} property`);
    }
  }
  return diagnostics;
}
