/** A copy of `spec` carrying its kind and call site, for the loader; both markers stay out of JSON. */
export declare function mark<T extends object>(kind: string, spec: T): T;
