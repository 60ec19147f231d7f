import type { ScopeAction } from "../auth.js";
import type { ThrottleClass } from "../rate-limit.js";
import type { EmulatorState, ProjectState } from "../state.js";

/** PostHog deployment settings (Django settings) that change what the API serves. */
export interface PostHogSettings {
  /**
   * `INSIGHT_DASHBOARDS_OPT_IN_ENFORCED`: personal-API-key responses omit insights' deprecated
   * `dashboards` field unless the request opts in with `?include_dashboards=true`.
   */
  insightDashboardsOptInEnforced: boolean;
  /**
   * `EE_AVAILABLE`: the enterprise edition is installed (PostHog Cloud). Without it, event
   * definitions use the open-source serializer, which refuses `description`, `verified` and `hidden`.
   */
  enterprise: boolean;
  /**
   * The organization has the `TAGGING` feature. Without it (old self-hosted versions), the tagging
   * mixin drops `tags` from every write without an error and reads them back as `[]`.
   */
  tagging: boolean;
  /**
   * PostHog's own feature flags as they evaluate for the organization, for viewsets behind
   * `PostHogFeatureFlagPermission` (logs views: `logs-saved-views`); a flag not listed is on.
   */
  posthogFeatureFlags?: Readonly<Record<string, boolean>>;
  /** Whether the key's user is PostHog staff (`User.is_staff`), which dashboard template writes need; unset is staff. */
  staffUser?: boolean;
}

/** Everything a resource handler needs to serve one request. */
export interface ResourceContext {
  state: EmulatorState;
  project: ProjectState;
  method: string;
  /** The path segment after the resource name: an id, a name, or a collection action. */
  id?: string;
  /** The path segment after the id, e.g. `launch` in `experiments/3/launch/`. */
  action?: string;
  body: unknown;
  query: URLSearchParams;
  /** The absolute request URL, used for pagination links and absolute URLs in bodies. */
  requestUrl: URL;
  settings: PostHogSettings;
}

/** What a handler answers; `body` undefined means an empty response. */
export interface ResourceResponse {
  status: number;
  body?: unknown;
}

/** One PostHog viewset, mounted at `/api/projects/{id}/{segment}/`. */
export interface ResourceModule {
  segment: string;
  scopeObject: string;
  /** Whether `/api/environments/{id}/{segment}/` is also routed (legacy dual-route resources only). */
  environmentsAlias: boolean;
  throttle: ThrottleClass;
  /**
   * The scope action a request needs, where the method does not decide it: PostHog's
   * `scope_object_read_actions` and an `@action`'s `required_scopes` make some POSTs reads.
   */
  scopeActionFor?(route: { method: string; id?: string; action?: string }): ScopeAction | undefined;
  handle(context: ResourceContext): ResourceResponse;
}

/** A 200 response. */
export function ok(body: unknown): ResourceResponse {
  return { status: 200, body };
}

/** A 201 response. */
export function created(body: unknown): ResourceResponse {
  return { status: 201, body };
}

/** A 204 response with no body. */
export function noContent(): ResourceResponse {
  return { status: 204 };
}
