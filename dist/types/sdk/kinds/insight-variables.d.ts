/** Fields of `insightVariable()`. */
export interface InsightVariable {
    /** The code name queries write as `{variables.<key>}`; PostHog derives it from the name when it creates the variable and keeps it on a rename. */
    key: string;
    /** Shown above the variable's input on dashboards and in the SQL editor. */
    name: string;
    /** How the value is rendered and substituted in HogQL. */
    type: "String" | "Number" | "Boolean" | "List" | "Date";
    /** Used when a query gives no value. List values are strings. */
    defaultValue?: string | number | boolean | string[] | null;
    /** The allowed values of a List variable. */
    values?: string[];
    /** A List variable that accepts several values (its default is then an array). */
    isMulti?: boolean;
}
/** Defines an insight variable (a SQL variable); `hogql()` queries use it by object. */
export declare function insightVariable(spec: InsightVariable): InsightVariable;
