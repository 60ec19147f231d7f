/** A request path decomposed into PostHog's project-scoped URL structure. */
export interface ApiRoute {
  prefix: "projects" | "environments";
  projectRef: string;
  /** Absent for the project/environment object itself (`/api/projects/{id}/`). */
  resource?: string;
  id?: string;
  /** One segment, or up to three joined by `/` for nested routers' actions (`logs/alerts/{id}/destinations/delete/`). */
  action?: string;
}

/**
 * Parses `/api/{projects|environments}/{id}/[{resource}/[{id}/[{action}/]]]`, with the trailing
 * slash optional as in PostHog's router; the action may run to three segments, since a viewset
 * registered under a nested prefix (`logs/alerts`) has actions two deeper (`{id}/destinations/delete`).
 * Returns `undefined` for any other shape.
 */
export function parseApiPath(pathname: string): ApiRoute | undefined {
  const trimmed = pathname.replace(/^\//, "").replace(/\/$/, "");
  const segments = trimmed.split("/");
  if (segments.some((segment) => segment === "") || segments.length < 3 || segments.length > 8) return undefined;
  const [api, prefix, projectRef, resource, id, ...rest] = segments.map((segment) => safeDecode(segment));
  const action = rest.length > 0 ? rest.join("/") : undefined;
  if (api !== "api" || (prefix !== "projects" && prefix !== "environments") || projectRef === undefined) return undefined;
  return { prefix, projectRef, resource, id, action };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A request path under `/api/organizations/{id}/{resource}/[{id}/]`. */
export interface OrganizationRoute {
  organizationRef: string;
  resource: string;
  id?: string;
}

/** Parses `/api/organizations/{id}/{resource}/[{id}/]`; `undefined` for any other shape. */
export function parseOrganizationPath(pathname: string): OrganizationRoute | undefined {
  const segments = pathname.replace(/^\//, "").replace(/\/$/, "").split("/");
  if (segments.some((segment) => segment === "") || segments.length < 4 || segments.length > 5) return undefined;
  const [api, prefix, organizationRef, resource, id] = segments.map((segment) => safeDecode(segment));
  if (api !== "api" || prefix !== "organizations" || organizationRef === undefined || resource === undefined) return undefined;
  return { organizationRef, resource, id };
}
