import { createHash } from "node:crypto";

/** JSON values: the only data that crosses the loader, the plan file and the API. */
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** Narrows to a plain JSON object, because arrays and null are also `typeof "object"`. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Serialises with object keys sorted at every depth, so equal data always gives
 * byte-identical text (plans, fingerprints and renderings depend on it).
 */
export function stringifyStable(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeysDeep(value), null, indent);
}

/** Returns a copy with keys sorted and `undefined` members dropped, the canonical form. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeysDeep(item)));
  if (isJsonObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) out[key] = sortKeysDeep(member);
    }
    return out;
  }
  return value;
}

/** Structural equality on JSON data, so that comparisons ignore key order. */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => isDeepEqual(item, b[i]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keysA = Object.keys(a).filter((k) => a[k] !== undefined);
    const keysB = Object.keys(b).filter((k) => b[k] !== undefined);
    return keysA.length === keysB.length && keysA.every((k) => isDeepEqual(a[k], b[k]));
  }
  return false;
}

/**
 * A short stable digest of JSON data: the digest of its `stringifyStable` text, which is written
 * into the hash piece by piece rather than built whole, so hashing a 5,000-resource plan holds
 * neither a sorted copy of it nor a text of several MB (issue 14). Hashing is computation, not
 * I/O, so the pure core may use it.
 */
export function hashJson(value: unknown): string {
  const hash = createHash("sha256");
  let pending = "";
  const write = (text: string) => {
    pending += text;
    if (pending.length >= 1 << 16) {
      hash.update(pending);
      pending = "";
    }
  };
  const visit = (member: unknown): boolean => {
    if (Array.isArray(member)) {
      write("[");
      member.forEach((item, i) => {
        if (i > 0) write(",");
        if (!visit(item)) write("null");
      });
      write("]");
      return true;
    }
    if (isJsonObject(member)) {
      write("{");
      let first = true;
      for (const key of Object.keys(member).sort()) {
        const item = (member as Record<string, unknown>)[key];
        if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
        write(`${first ? "" : ","}${JSON.stringify(key)}:`);
        first = false;
        visit(item);
      }
      write("}");
      return true;
    }
    const text = JSON.stringify(member) as string | undefined;
    if (text !== undefined) write(text);
    return text !== undefined;
  };
  if (!visit(value)) throw new TypeError("hashJson needs JSON data");
  hash.update(pending);
  return hash.digest("hex").slice(0, 16);
}
