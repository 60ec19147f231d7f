import { endpointNotFound, methodNotAllowed, notFound } from "../errors.js";
import { paginate } from "../pagination.js";
import { currentUser } from "../users.js";
import { EMULATOR_ORGANIZATION_ID } from "./project-settings.js";
import { ok, type ResourceContext, type ResourceModule } from "./resource.js";

/**
 * The members of the emulator's one organization (`/api/organizations/{id}/members/`, after
 * `OrganizationMemberViewSet` in posthog/api/organization_member.py): a paginated list of
 * memberships, each with its user (`UserBasicSerializer`), ordered by level then newest joined.
 * Every key belongs to the emulator's one user, who is the organization's owner. `{id}` is the
 * organization's id (`organization` on the project) or `@current`.
 */
export const organizationMembersResource: ResourceModule = {
  segment: "members",
  scopeObject: "organization_member",
  environmentsAlias: false,
  throttle: "default",
  handle(context: ResourceContext) {
    if (context.id !== undefined) throw endpointNotFound();
    if (context.method !== "GET") throw methodNotAllowed(context.method);
    const user = currentUser();
    const member = { id: "0190b2f0-0000-7000-8000-0000000000bb", user, level: 15, joined_at: "2024-01-01T00:00:00Z", updated_at: "2024-01-01T00:00:00Z", is_2fa_enabled: false, has_social_auth: false, last_login: null };
    return ok(paginate([member], context.requestUrl));
  },
};

/** The organization a path names, or PostHog's 404 when it is not the emulator's. */
export function resolveOrganization(reference: string): string {
  if (reference === "@current" || reference === EMULATOR_ORGANIZATION_ID) return EMULATOR_ORGANIZATION_ID;
  throw notFound();
}
