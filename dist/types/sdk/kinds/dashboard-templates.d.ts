import type { JsonValue } from "../json.js";
/** Fields of `dashboardTemplate()`. */
export interface DashboardTemplateSpec {
    key: string;
    /** The template's name, unique among the project's templates. */
    name: string;
    /** Shown in the template picker; it also carries the identity marker, and PostHog keeps 400 characters of both. */
    description?: string;
    /** The tiles a dashboard made from the template gets (`type: "INSIGHT"` with a `query`, or `type: "TEXT"` with a `body`), with their `layouts`; at least one. */
    tiles: Record<string, JsonValue>[];
    /** The dashboard's filters (`date_from`, `properties`, …). */
    filters?: Record<string, JsonValue>;
    /** Variables the user fills in when creating a dashboard from it (`id`, `name`, `type`, `default`, `description`, `required`). */
    variables?: Record<string, JsonValue>[];
    tags?: string[];
    /** Highlights the template in the picker. */
    featured?: boolean;
    /** Only `team`: global templates are PostHog's. */
    scope?: "team";
}
/** Declares a dashboard template of this project, which new dashboards can start from. */
export declare function dashboardTemplate(spec: DashboardTemplateSpec): DashboardTemplateSpec;
