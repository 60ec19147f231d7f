/** Fields of `warehouseSavedQuery()`. */
export interface WarehouseSavedQuery {
    key: string;
    /** The table name queries read the view by (`SELECT * FROM <name>`), unique in the project. */
    name: string;
    /** The HogQL SELECT that defines the view; PostHog refuses `{variables.x}` and `{filters}` placeholders in views. */
    query: string;
    /** What the view holds; it also carries the identity marker (an HTML comment). */
    description?: string;
}
/** Defines a warehouse saved query: a HogQL view that queries read as a table by its name. */
export declare function warehouseSavedQuery(spec: WarehouseSavedQuery): WarehouseSavedQuery;
