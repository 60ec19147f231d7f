import type { SourceLocation } from "./diagnostics.js";
import type { JsonObject, JsonValue } from "./json.js";
import type { RegisteredKindName } from "./kinds/index.js";

/**
 * Every kind the tool manages, derived from the kind registry (`kinds/index.ts`).
 * The name doubles as the folder under `posthog/` and as the middle part of the
 * identity tag `iac:<kind>:<key>`, the convention of PostHog's own tool, so
 * projects it manages are recognised.
 */
export type KindName = RegisteredKindName;

/** Stable identity of a resource across projects: its kind and user-chosen key. */
export interface Address {
  kind: KindName;
  key: string;
}

/** `kind/key`, the form used in plans, errors and `$ref` markers. */
export function formatAddress(address: Address): string {
  return `${address.kind}/${address.key}`;
}

/**
 * A definition as the loader hands it over: plain JSON, with references to other
 * resources written as `{ "$ref": "kind/key" }` and per-environment values as
 * `{ "$env": { ... } }`, so it can cross a process boundary.
 */
export interface Definition {
  kind: KindName;
  key: string;
  spec: JsonObject;
  source?: SourceLocation;
}

/** What the tool wants a resource to look like, in the kind's canonical field form. */
export interface DesiredResource {
  kind: KindName;
  key: string;
  fields: JsonObject;
  dependsOn: Address[];
  source?: SourceLocation;
}

/**
 * A resource as read from PostHog, normalised to the same canonical form.
 * `managed` is false only for objects a kind may adopt by natural key; those are
 * never deleted or reported as orphans.
 */
export interface ObservedResource {
  kind: KindName;
  key: string;
  id: string | number;
  fields: JsonObject;
  managed: boolean;
  /** The id the PostHog web app uses in its URL, when the kind has a page there. */
  uiId?: string | number;
  /**
   * Set on a managed object that carries the same identity as an older one (two
   * racing applies, a copy made by hand): the id of the object that is kept.
   */
  duplicateOf?: string | number;
}

/** An object this tool does not manage that holds a value PostHog keeps unique (see `KindModule.unique`). */
export interface UnmanagedHolder {
  kind: KindName;
  id: string | number;
  value: string;
}

/** A reference marker as written by the loader. */
export interface RefMarker {
  $ref: string;
}

/** Reads a `$ref` marker, because references survive serialisation only in that form. */
export function readRef(value: JsonValue | undefined): Address | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const ref = value.$ref;
  if (typeof ref !== "string") return undefined;
  const slash = ref.indexOf("/");
  return { kind: ref.slice(0, slash) as KindName, key: ref.slice(slash + 1) };
}
