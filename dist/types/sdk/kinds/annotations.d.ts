import type { Dashboard } from "./dashboards.js";
import type { Insight } from "./insights.js";
/** Fields of `annotation()`. */
export interface Annotation {
    key: string;
    /** The text shown on charts; it also carries the identity marker (a trailing HTML comment). */
    content: string;
    /** When it happened, as an ISO 8601 date or date-time ("2024-05-01", "2024-05-01T09:30:00Z"); no offset means UTC. */
    dateMarker: string;
    /** `project` (default): every chart of the project; `dashboard`: one dashboard (declare `dashboard`); `dashboard_item`: one insight (declare `insight`). */
    scope?: "project" | "dashboard" | "dashboard_item";
    /** The dashboard of a `scope: "dashboard"` annotation. */
    dashboard?: Dashboard;
    /** The insight of a `scope: "dashboard_item"` annotation. */
    insight?: Insight;
    /** Shown in place of the default badge. */
    emoji?: string;
    /** Hides it from the PostHog UI (it stays readable over the API), e.g. for frequent deploy markers. */
    hidden?: boolean;
    /** `USR` (default) for a person's note, `GIT` for a deployment or bot. */
    creationType?: "USR" | "GIT";
}
/** Defines an annotation: a note at a point in time on the project's charts, one dashboard or one insight. */
export declare function annotation(spec: Annotation): Annotation;
