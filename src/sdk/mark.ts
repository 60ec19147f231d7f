import { KIND, SITE, type CallSite } from "./markers.js";

/**
 * The folder of the SDK's own modules: `src/sdk/` when run from source, the
 * bundle's folder when bundled. Its frames are skipped when finding the call site.
 */
const SDK_ROOT = new URL("./", import.meta.url).href;

/** The first stack frame outside the SDK: the user's constructor call. */
function captureSite(): CallSite | undefined {
  const stack = new Error().stack ?? "";
  for (const line of stack.split("\n").slice(1)) {
    const match = /((?:file|data):[^\s()]+?):(\d+):(\d+)\)?\s*$/.exec(line);
    if (match && !match[1]!.startsWith(SDK_ROOT)) return { url: match[1]!, line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}

/** A copy of `spec` carrying its kind and call site, for the loader; both markers stay out of JSON. */
export function mark<T extends object>(kind: string, spec: T): T {
  const copy = { ...spec };
  Object.defineProperty(copy, KIND, { value: kind, enumerable: false });
  Object.defineProperty(copy, SITE, { value: captureSite(), enumerable: false });
  return copy;
}
