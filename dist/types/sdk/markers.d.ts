/**
 * The two hidden properties an SDK constructor puts on a definition: its kind and
 * the file, line and column of the call. The loader worker reads them, so both
 * sides import them from here and cannot drift apart. `Symbol.for` keys, because
 * the worker and the user's copy of the SDK are separate module instances.
 */
export declare const KIND: unique symbol;
export declare const SITE: unique symbol;
/** Where a constructor was called: a `file:` (or `data:`) URL with a 1-based line and column. */
export interface CallSite {
    url: string;
    line: number;
    column: number;
}
