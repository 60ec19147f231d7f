/** JSON-compatible values, the only values a definition may hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | {
    [key: string]: JsonValue;
};
